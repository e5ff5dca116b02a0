"""The faction model: a social decision scheme for a whole class, from its opening split to verdict odds.

Used where the network model (app/core/simulate.py) has too little to fit (one stance check, one
member), and for a teacher planning a lesson without a class (`generated_class`). It is a Markov
chain on faction counts, in the spirit of Davis (1973) and Kerr (1981); docs/what-if.md gives the
equations, the default parameters and how they were checked against Kalven & Zeisel and MacCoun & Kerr.

Each round every decided member reconsiders with probability `reconsider`, every undecided member
always; a member who reconsiders joins the guilty side with probability q(s) = σ(k (s − c)), s the
guilty share of the panel (undecided members count half). c > 1/2 is the leniency asymmetry: at an
even split the pull goes toward acquittal (defendant protection); a large k makes the majority
nearly always win (Davis's "two-thirds majority wins"). The panel votes after every round; the first
vote that meets the court's rule is the verdict; no verdict after `rounds` votes is a hung panel.

The court's rule is never re-implemented here: `verdict_table` asks app.core.compare (the same
fitting of a panel to each court that issue [2] uses) and app.core.verdict for every possible count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from math import comb

import numpy as np

from app.core.case import Question
from app.core.compare import compare_one
from app.core.court import CourtModel
from app.core.errors import DataError
from app.core.lang import Msg
from app.core.verdict import Ballot, questions_in_order

GUILTY, NOT_GUILTY, NONE = 0, 1, 2  # verdict codes in the tables
VERDICTS = ("guilty", "not_guilty", "hung")
MAX_CLASS = 60  # a generated class larger than this is refused: the exact chain grows as n²


@dataclass(frozen=True, slots=True)
class FactionParams:
    """The scheme's parameters; the defaults are the ones checked in tests/core/test_faction.py."""

    steepness: float = 10.0  # k: how surely the larger side pulls a member who reconsiders
    balance: float = 0.56  # c: the guilty share at which a member who reconsiders goes either way
    reconsider: float = 0.5  # chance per round that a decided member reconsiders
    rounds: int = 10  # votes before the panel is declared hung


DEFAULT = FactionParams()


@dataclass(frozen=True, slots=True)
class FactionOdds:
    """The probability of each verdict under one rule (model None: unanimity, else hung), exact."""

    model_id: str | None
    guilty: float
    not_guilty: float
    hung: float
    rounds: float | None  # expected votes until the verdict, over panels that reached one

    def p(self) -> dict[str, float]:
        return {"guilty": self.guilty, "not_guilty": self.not_guilty, "hung": self.hung}


def pull(share: np.ndarray | float, params: FactionParams = DEFAULT) -> np.ndarray:
    """q(s): the chance that a member who reconsiders joins the guilty side."""
    return 1.0 / (1.0 + np.exp(-params.steepness * (np.asarray(share, dtype=float) - params.balance)))


def states(n: int) -> list[tuple[int, int]]:
    """(guilty, not guilty) counts of a panel of n; the rest are undecided."""
    return [(g, a) for g in range(n + 1) for a in range(n + 1 - g)]


def _binom(n: int, p: float) -> np.ndarray:
    k = np.arange(n + 1)
    return np.array([comb(n, int(i)) for i in k], dtype=float) * p ** k * (1 - p) ** (n - k)


@cache
def transition(n: int, params: FactionParams = DEFAULT) -> np.ndarray:
    """The one-round transition matrix over `states(n)` (rows sum to one)."""
    order = states(n)
    index = {s: i for i, s in enumerate(order)}
    out = np.zeros((len(order), len(order)))
    rho = params.reconsider
    decided = [index[(g, n - g)] for g in range(n + 1)]
    for g, a in order:
        u = n - g - a
        q = float(pull((g + u / 2) / n, params))
        # net change of the guilty side from the decided: + (not guilty -> guilty) - (guilty -> not guilty)
        to_ng, to_g = _binom(g, rho * (1 - q)), _binom(a, rho * q)
        net = np.convolve(to_g, to_ng[::-1])  # index k: net change k - g, so guilty after = k + joined
        joined = _binom(u, q)  # undecided members all reconsider
        after = np.convolve(net, joined)  # index: guilty members after the round; everyone has decided
        out[index[(g, a)], decided] += after
    return out


def _source(judges: int, jurors: int) -> CourtModel:
    """A panel of this shape as a court model: only its seats matter to compare."""
    voters = ["judge", "juror"] if judges else ["juror"]
    return CourtModel.from_dict({
        "format": 1, "id": f"alqa-panel-{judges}+{jurors}", "names": {"en": f"{judges} + {jurors}"},
        "panel": "mixed" if judges else "jury", "seats": {"judges": judges, "lay": jurors},
        "decision": {"voters": voters, "blank": "neither", "hung": True,
                     "stages": [{"against": {"kind": "majority"}, "favour": {"kind": "majority"}}]}})


@cache
def _questions(judges: int, jurors: int) -> tuple[CourtModel, tuple[Question, ...]]:
    source = _source(judges, jurors)
    return source, questions_in_order(source, ["q1"])


_tables: dict[tuple[int, int, str], np.ndarray] = {}


def _table(judges: int, jurors: int, model: CourtModel) -> np.ndarray:
    key = (judges, jurors, json.dumps(model.raw, sort_keys=True, ensure_ascii=False))
    if key not in _tables:
        _tables[key] = _build_table(judges, jurors, model)
    return _tables[key]


def _build_table(judges: int, jurors: int, model: CourtModel) -> np.ndarray:
    source, questions = _questions(judges, jurors)
    out = np.full((judges + 1, judges + 1, jurors + 1, jurors + 1), -1, dtype=np.int8)
    for jy in range(judges + 1):
        for jn in range(judges + 1 - jy):
            for ly in range(jurors + 1):
                for ln in range(jurors + 1 - ly):
                    ballots = ([Ballot("judge", "yes")] * jy + [Ballot("judge", "no")] * jn
                               + [Ballot("judge", "blank")] * (judges - jy - jn)
                               + [Ballot("juror", "yes")] * ly + [Ballot("juror", "no")] * ln
                               + [Ballot("juror", "blank")] * (jurors - ly - ln))
                    outcome = compare_one(source, model, questions, {"q1": ballots}).outcome
                    decided = outcome.status == "decided" and outcome.verdict in ("guilty", "not_guilty")
                    out[jy, jn, ly, ln] = (GUILTY if outcome.verdict == "guilty" else NOT_GUILTY) if decided else NONE
    out.setflags(write=False)
    return out


def verdict_table(judges: int, jurors: int, model: CourtModel) -> np.ndarray:
    """Verdict code for every count [judges yes, judges no, jurors yes, jurors no] (the rest blank).

    A panel of `judges` + `jurors` members, fitted to `model`'s own panel by app.core.compare and
    decided by app.core.verdict (deliberated long enough for every time rule). Cached per shape.
    """
    return _table(judges, jurors, model)


def _decider(n: int, model: CourtModel | None) -> np.ndarray:
    """Verdict code of each state of a class of n lay members, under `model` (None: unanimity)."""
    order = states(n)
    if model is None:
        return np.array([GUILTY if g == n else NOT_GUILTY if a == n else NONE for g, a in order], dtype=np.int8)
    table = verdict_table(0, n, model)
    return np.array([table[0, 0, g, a] for g, a in order], dtype=np.int8)


def check_split(guilty: int, not_guilty: int, undecided: int) -> int:
    """The class size, or a DataError naming what is wrong with the split."""
    counts = (guilty, not_guilty, undecided)
    if any(isinstance(c, bool) or not isinstance(c, int) or c < 0 for c in counts):
        raise DataError(Msg.of("simulate.bad_split", guilty=guilty, not_guilty=not_guilty, undecided=undecided))
    n = sum(counts)
    if n < 1:
        raise DataError(Msg.of("simulate.empty_class"))
    if n > MAX_CLASS:
        raise DataError(Msg.of("simulate.class_too_large", n=n, limit=MAX_CLASS))
    return n


def faction_odds(guilty: int, not_guilty: int, undecided: int = 0, model: CourtModel | None = None,
                 params: FactionParams = DEFAULT) -> FactionOdds:
    """The verdict odds of a class that opens with this split, under `model` (None: unanimity or hung)."""
    n = check_split(guilty, not_guilty, undecided)
    order = states(n)
    dist = np.zeros(len(order))
    dist[order.index((guilty, not_guilty))] = 1.0
    step = transition(n, params)
    code = _decider(n, model)
    absorbed = np.zeros(3)
    when = 0.0
    for vote in range(1, params.rounds + 1):
        dist = dist @ step
        for verdict in (GUILTY, NOT_GUILTY):
            mass = dist[code == verdict].sum()
            absorbed[verdict] += mass
            when += vote * mass
        dist = np.where(code == NONE, dist, 0.0)
    done = absorbed[GUILTY] + absorbed[NOT_GUILTY]
    hung = float(max(0.0, 1.0 - done))
    return FactionOdds(model.id if model else None, float(absorbed[GUILTY]), float(absorbed[NOT_GUILTY]), hung,
                       float(when / done) if done > 1e-12 else None)


def generated_class(n: int, guilty: int, undecided: int = 0, models: tuple[CourtModel, ...] = (),
                    params: FactionParams = DEFAULT) -> tuple[FactionOdds, ...]:
    """A class of n members planned without a class: `guilty` start at guilty, `undecided` undecided,
    the rest at not guilty; the odds under each model (unanimity or hung when `models` is empty)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1 or not isinstance(guilty, int) \
            or not isinstance(undecided, int) or guilty < 0 or undecided < 0 or guilty + undecided > n:
        raise DataError(Msg.of("simulate.bad_generated", n=n, guilty=guilty, undecided=undecided))
    not_guilty = n - guilty - undecided
    return tuple(faction_odds(guilty, not_guilty, undecided, m, params) for m in (models or (None,)))
