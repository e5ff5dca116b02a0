"""Debrief questions from the session's own numbers, tied to the debate Alqa comes from.

Each question (spec/influence.md, section 6) gets an answer that quotes this session's figures
and a research anchor a teacher can set it against. Everything is a Msg, so the report and the
GUI word it in kk, ru or en. The questions asked in every lesson: did the judges sway the jurors?
did everyone speak, and who spoke most? did the first stance check already decide? would another
court have decided otherwise? how long did it take? Two more follow from the stance checks: did
members vote what they last said they thought, and did doubt have an edge in split rounds?
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.core.compare import Comparison
from app.core.influence import Network
from app.core.lang import Msg
from app.core.metrics import Metrics
from app.core.state import SessionState

QUESTION_IDS = ("first_check", "talk", "judges", "other_courts", "conformity", "doubt", "time")


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    question: Msg
    answer: tuple[Msg, ...]  # one or more sentences with the session's numbers
    anchor: Msg  # what research says, to set the answer against


def _pct(part: float, whole: float) -> int:
    return round(100 * part / whole) if whole else 0


def _verdict(verdict: str | None) -> Msg:
    return Msg.of(f"debrief.verdict.{verdict if verdict in ('guilty', 'not_guilty') else 'none'}")


def _minutes(seconds: float) -> int:
    return round(seconds / 60)


def questions(state: SessionState, comparisons: Sequence[Comparison] = (), *,
              name: Callable[[str], str] = str, court_name: Callable[[Comparison], str] = lambda c: c.model.id,
              session_seconds: float | None = None) -> tuple[Question, ...]:
    """The debrief questions for `state` (what a class sees: revealed stances only).

    `comparisons`: what the other court models would decide on the deciding vote's ballots;
    `name`: how to call a member (a pseudonym or the name); `court_name`: a court in the
    report's language; `session_seconds`: first event to last, when the log is at hand.
    """
    net = Network.of(state, revealed_only=True)
    metrics = Metrics.compute(state, revealed_only=True)
    return (_first_check(state, net), _talk(net, name), _judges(state, net, metrics),
            _other_courts(state, comparisons, court_name), _conformity(state, net), _doubt(net),
            _time(state, session_seconds))


def _q(qid: str, *answer: Msg) -> Question:
    return Question(qid, Msg.of(f"debrief.{qid}.question"), answer, Msg.of(f"debrief.{qid}.anchor"))


def _panel_cols(net: Network) -> list[int]:
    return [net.members.index(m) for m in net.panel]


def _counts(row: np.ndarray) -> tuple[int, int, int]:
    given = row[~np.isnan(row)]
    return int((given > 0).sum()), int((given < 0).sum()), int((given == 0).sum())


def _first_check(state: SessionState, net: Network) -> Question:
    cols = _panel_cols(net)
    checked = [r for r in range(len(net.round_nos)) if not np.isnan(net.cat[r, cols]).all()] if cols else []
    if not checked:
        return _q("first_check", Msg.of("debrief.first_check.none"))
    first = net.cat[checked[0], cols]
    guilty, not_guilty, undecided = _counts(first)
    split = Msg.of("debrief.first_check.split", guilty=guilty, not_guilty=not_guilty, undecided=undecided)
    last = np.array([next((net.cat[r, k] for r in reversed(checked) if not np.isnan(net.cat[r, k])), np.nan)
                     for k in cols])
    began = ~np.isnan(first) & ~np.isnan(last)
    same = Msg.of("debrief.first_check.same_place", same=int((first[began] == last[began]).sum()),
                  members=int(began.sum()))
    verdict = state.outcome.verdict
    if verdict not in ("guilty", "not_guilty"):
        return _q("first_check", split, Msg.of("debrief.first_check.no_verdict"), same)
    leaning = "guilty" if guilty > not_guilty else "not_guilty" if not_guilty > guilty else None
    if leaning is None:
        answer = Msg.of("debrief.first_check.tied", verdict=_verdict(verdict))
    elif leaning == verdict:
        answer = Msg.of("debrief.first_check.yes", verdict=_verdict(verdict))
    else:
        answer = Msg.of("debrief.first_check.no", first=_verdict(leaning), verdict=_verdict(verdict))
    return _q("first_check", split, answer, same)


def _talk(net: Network, name: Callable[[str], str]) -> Question:
    cols = _panel_cols(net)
    talk = net.talk.sum(axis=0)[cols] if cols else np.zeros(0)
    total = float(talk.sum())
    if total <= 0:
        return _q("talk", Msg.of("debrief.talk.none"))
    top = int(np.argmax(talk))
    spoke = int((talk > 0).sum())
    out = [Msg.of("debrief.talk.spoke", spoke=spoke, members=len(cols)),
           Msg.of("debrief.talk.top", name=name(net.panel[top]), share=_pct(talk[top], total),
                  equal=_pct(1, len(cols)), minutes=_minutes(talk[top]))]
    silent = [name(net.panel[k]) for k in range(len(cols)) if talk[k] == 0]
    if silent:
        out.append(Msg.of("debrief.talk.silent", names=", ".join(silent)))
    from app.core.metrics import gini

    g = gini(talk)
    if g is not None:
        out.append(Msg.of("debrief.talk.gini", gini=f"{g:.2f}"))
    return _q("talk", *out)


def _judges(state: SessionState, net: Network, metrics: Metrics) -> Question:
    judges = [m for m in net.panel if net.info[m][0] == "judge"]
    jurors = [m for m in net.panel if net.info[m][0] == "juror"]
    if not judges or not jurors:
        return _q("judges", Msg.of("debrief.judges.apart"))
    seats, share = metrics.judges_seat_share or 0.0, metrics.judges_share
    if share is None:
        return _q("judges", Msg.of("debrief.judges.no_influence", seats=_pct(seats, 1)))
    idx = {m: k for k, m in enumerate(net.members)}
    to_jurors = net.edges[0][:, :, [idx[j] for j in judges]][..., [idx[j] for j in jurors]]  # round x toward x J x jurors
    named = int((to_jurors.sum(axis=(0, 1, 2)) > 0).sum())
    weight = "heavy" if share > 1.5 * seats else "light" if share < 0.5 * seats else "fair"
    return _q("judges", Msg.of("debrief.judges.share", seats=_pct(seats, 1), share=_pct(share, 1)),
              Msg.of("debrief.judges.named", named=named, jurors=len(jurors)),
              Msg.of(f"debrief.judges.{weight}"))


def _other_courts(state: SessionState, comparisons: Sequence[Comparison],
                  court_name: Callable[[Comparison], str]) -> Question:
    verdict = state.outcome.verdict
    if state.outcome.vote_no is None or not comparisons:
        return _q("other_courts", Msg.of("debrief.other_courts.none"))
    own = verdict if verdict in ("guilty", "not_guilty") else "none"
    differ = [c for c in comparisons if c.outcome.verdict != own]
    if not differ:
        return _q("other_courts", Msg.of("debrief.other_courts.same", courts=len(comparisons)))
    lines = [Msg.of("debrief.other_courts.differ", differ=len(differ), courts=len(comparisons))]
    lines += [Msg.of("debrief.other_courts.one", court=court_name(c), verdict=_verdict(c.outcome.verdict))
              for c in differ]
    return _q("other_courts", *lines)


def _conformity(state: SessionState, net: Network) -> Question:
    verdict = state.outcome.verdict
    cols = _panel_cols(net)
    if verdict not in ("guilty", "not_guilty") or not cols:
        return _q("conformity", Msg.of("debrief.conformity.none"))
    sign = 1.0 if verdict == "guilty" else -1.0
    last = [next((net.cat[r, k] for r in reversed(range(len(net.round_nos))) if not np.isnan(net.cat[r, k])), None)
            for k in cols]
    given = [c for c in last if c is not None]
    if not given:
        return _q("conformity", Msg.of("debrief.conformity.none"))
    apart = sum(1 for c in given if c != sign)
    return _q("conformity", Msg.of("debrief.conformity.apart", apart=apart, members=len(given),
                                   verdict=_verdict(verdict)))


def _doubt(net: Network) -> Question:
    cols = _panel_cols(net)
    acquit = convict = splits = 0
    for r in range(1, len(net.round_nos)):
        before, after = net.cat[r - 1, cols], net.cat[r, cols]
        g0, n0, _ = _counts(before)
        if not (g0 and n0):
            continue
        splits += 1
        g1, n1, _ = _counts(after)
        acquit += max(0, n1 - n0)
        convict += max(0, g1 - g0)
    if not splits:
        return _q("doubt", Msg.of("debrief.doubt.none"))
    side = "acquit" if acquit > convict else "convict" if convict > acquit else "even"
    return _q("doubt", Msg.of("debrief.doubt.gains", splits=splits, acquit=acquit, convict=convict),
              Msg.of(f"debrief.doubt.{side}"))


def _time(state: SessionState, session_seconds: float | None) -> Question:
    trial = sum(s.seconds for s in state.stages.values())
    votes = sum(1 for v in state.votes if not v.annulled)
    out = [Msg.of("debrief.time.parts", trial=_minutes(trial), deliberation=_minutes(state.deliberation_seconds),
                  rounds=len(state.rounds), votes=votes)]
    if session_seconds is not None:
        out.append(Msg.of("debrief.time.session", minutes=_minutes(session_seconds)))
    return _q("time", *out)
