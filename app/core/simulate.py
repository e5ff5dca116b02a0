"""The what-if lab: a Friedkin–Johnsen model fitted to a session, replayed under other panels and rules.

y(r+1) = A y(r) + b ∘ y(0), A = ΛW, b = 1 − λ (docs/what-if.md has every equation and default):
1. `fit`: A and b first from the members' own reports (Friedkin's measurement model), then refined
   by constrained least squares on the observed stance trajectories (each row of [A | b] on the
   simplex, non-zero only for self, the anchor y(0) and the people the member named), with its fit
   error, bootstrap refits on resampled reports, and each member's social power.
2. `Scenario`: switches and sliders (no judges, another panel, stubbornness, equal talk, open checks).
3. `simulate`: a vectorised Monte Carlo over the model's uncertainty; every court model's rule
   (app.core.compare + app.core.verdict, through faction.verdict_table) applied to the stances.
4. `what_if`: all of it for a session, or the faction model where the session has too little to fit.
5. `sentences`: one Msg per result, for a student to read aloud.
No Qt, no SciPy: numpy only.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from math import sqrt

import numpy as np

from app.core.court import CourtModel
from app.core.errors import AlqaError, DataError
from app.core.faction import GUILTY, NONE, NOT_GUILTY, VERDICTS, FactionOdds, faction_odds, verdict_table
from app.core.influence import Network
from app.core.lang import Msg
from app.core.state import SessionState

THRESHOLD = 0.1  # |y| <= THRESHOLD votes undecided (blank; for the accused where a court refuses blanks)
RIDGE = 0.1  # pull of the least squares toward the reported weights
NOISE = 50.0  # Dirichlet concentration of the noise on each fitted row (larger: less noise)
BOOTSTRAP = 8  # refits on resampled reports
CONFORMITY = 0.3  # open checks: share of the pull of others that goes to the visible majority
EXTRA_ROUNDS = 10  # rounds a court may deliberate on after the class's own length
MAX_RUNS = 200_000
MAX_PANEL = 40
Z95 = 1.959963984540054
GOOD_FIT, FAIR_FIT = 0.1, 0.2  # mean absolute error thresholds for the plain words


class NotEnoughData(AlqaError):
    """The session has too little to fit the network model; `msg` says what is missing."""


# --- the panel as arrays ------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Panel:
    """The members who gave stances, with their trajectories, reports, inferred pulls and talk."""

    members: tuple[str, ...]  # judges first, then jurors, in seat order
    roles: tuple[str, ...]  # "judge" or "juror"
    y: np.ndarray  # checks x members, NaN where no stance
    reports: np.ndarray  # [i, j]: how many times i named j as having moved them
    inferred: np.ndarray  # [i, j]: the inferred pull of j on i (docs/influence.md)
    talk: np.ndarray  # seconds spoken
    open: bool  # were most stance checks open (a show of hands)?

    @property
    def judges(self) -> int:
        return self.roles.count("judge")

    @classmethod
    def of(cls, state: SessionState) -> Panel:
        net = Network.of(state)
        idx = {m: k for k, m in enumerate(net.members)}
        given = ~np.isnan(net.y)
        people = [m for m in net.panel if given[:, idx[m]].any()]
        people.sort(key=lambda m: 0 if net.info[m][0] == "judge" else 1)  # stable: seat order kept
        cols = [idx[m] for m in people]
        rows = [r for r in range(len(net.round_nos)) if given[r, cols].any()] if cols else []
        sub = np.ix_(cols, cols)
        reports = net.edges[0].sum(axis=(0, 1)).T[sub] if cols else np.zeros((0, 0))
        inferred = net.edges[1].sum(axis=(0, 1)).T[sub] if cols else np.zeros((0, 0))
        opens = [s.open for r in state.rounds for m, s in r.stances.items() if m in set(people)]
        return cls(tuple(people), tuple("judge" if net.info[m][0] == "judge" else "juror" for m in people),
                   net.y[np.ix_(rows, cols)] if cols else np.zeros((0, 0)), reports, inferred,
                   net.talk[:, cols].sum(axis=0), bool(opens) and sum(opens) * 2 > len(opens))


def missing(panel: Panel) -> Msg | None:
    """What the network model still lacks, or None when it can be fitted."""
    if not panel.members:
        return Msg.of("simulate.no_stances")
    if len(panel.members) < 2:
        return Msg.of("simulate.one_member")
    if panel.y.shape[0] < 2:
        return Msg.of("simulate.one_check")
    return None


# --- the Friedkin–Johnsen model -----------------------------------------------------------------

def fj_run(A: np.ndarray, b: np.ndarray, y0: np.ndarray, steps: int) -> np.ndarray:
    """y(0..steps) of y(r+1) = A y(r) + b y(0); A may be a batch (runs x n x n) with y0 (runs x n)."""
    out = [y0]
    y = y0
    for _ in range(steps):
        y = np.einsum("...ij,...j->...i", A, y) + b * y0
        out.append(y)
    return np.stack(out, axis=-2)


def reduced_form(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """V with y(∞) = V y(0): (I − A)⁻¹ diag(b); by iteration where I − A is singular (nobody anchored)."""
    n = A.shape[-1]
    eye = np.eye(n)
    try:
        if np.linalg.cond(eye - A) < 1e10:
            return np.linalg.solve(eye - A, np.diag(b))
    except np.linalg.LinAlgError:
        pass
    v = eye.copy()
    for _ in range(5000):  # the FJ iteration on the identity: each column is one member's initial opinion
        nxt = A @ v + np.diag(b)
        if np.abs(nxt - v).max() < 1e-12:
            return nxt
        v = nxt
    return v


def social_power(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Each member's share of the final positions: the column means of V (sum 1 when V is row-stochastic)."""
    return reduced_form(A, b).mean(axis=0)


def _fill(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each member's first opinion, and the trajectory with gaps filled by the last check (first before it)."""
    first = np.array([col[~np.isnan(col)][0] if (~np.isnan(col)).any() else 0.0 for col in y.T])
    filled = y.copy()
    last = first.copy()
    for r in range(y.shape[0]):
        seen = ~np.isnan(filled[r])
        last = np.where(seen, filled[r], last)
        filled[r] = last
    return first, filled


def measurement(reports: np.ndarray, inferred: np.ndarray, transitions: int,
                support: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Friedkin's measurement model from the reports: support, A₀ = ΛW and b₀ = 1 − λ, λᵢ = 1 − wᵢᵢ.

    The weight i gives j is how often i named j plus j's inferred pull on i, per round; i's own
    weight is one unit: wᵢᵢ = 1 / (1 + Σⱼ weight). Only named members count (the support: self and
    whoever i named; given, for resampled reports, so that a resample changes weights, not names).
    """
    n = reports.shape[0]
    if support is None:
        support = (reports > 0) | np.eye(n, dtype=bool)
    raw = np.where(support & ~np.eye(n, dtype=bool), reports + inferred, 0.0) / max(transitions, 1)
    w_self = 1.0 / (1.0 + raw.sum(axis=1))
    W = raw * w_self[:, None] + np.diag(w_self)
    lam = 1.0 - w_self
    return support, lam[:, None] * W, w_self


def _project(v: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Each row of v projected on the probability simplex over its masked entries (the rest 0)."""
    v = np.where(mask, v, -1e9)
    u = -np.sort(-v, axis=1)
    css = np.cumsum(u, axis=1) - 1.0
    ind = np.arange(1, v.shape[1] + 1)
    cond = u - css / ind > 0
    k = cond.shape[1] - 1 - np.argmax(cond[:, ::-1], axis=1)
    theta = css[np.arange(v.shape[0]), k] / (k + 1)
    return np.where(mask, np.maximum(v - theta[:, None], 0.0), 0.0)


def fit_rows(y: np.ndarray, support: np.ndarray, prior_A: np.ndarray, prior_b: np.ndarray,
             ridge: float = RIDGE, iterations: int = 3000) -> tuple[np.ndarray, np.ndarray]:
    """Constrained least squares of the FJ rows on a trajectory (checks x members, NaN gaps).

    Minimises Σ_r [yᵢ(r+1) − Σⱼ aᵢⱼ yⱼ(r) − bᵢ yᵢ(0)]² + ridge·|θᵢ − θᵢ⁰|² over θᵢ = [aᵢ | bᵢ] on the
    simplex, aᵢⱼ = 0 off the support: accelerated projected gradient (FISTA), all rows at once.
    """
    A, b = fit_rows_batch(y, support[None], prior_A[None], prior_b[None], ridge, iterations)
    return A[0], b[0]


def fit_rows_batch(y: np.ndarray, support: np.ndarray, prior_A: np.ndarray, prior_b: np.ndarray,
                   ridge: float = RIDGE, iterations: int = 3000) -> tuple[np.ndarray, np.ndarray]:
    """`fit_rows` for a batch of priors and supports (B x n x n, B x n) on one trajectory at once:
    the bootstrap's refits share the data, so one FISTA loop serves them all."""
    batch, n = support.shape[0], y.shape[1]
    y0, filled = _fill(y)
    prev, target = filled[:-1], y[1:]
    seen = ~np.isnan(target)
    target = np.where(seen, target, 0.0)
    mask = np.concatenate([support, np.ones((batch, n, 1), dtype=bool)], axis=2).reshape(batch * n, n + 1)
    theta0 = np.concatenate([prior_A, prior_b[:, :, None]], axis=2)
    design = np.hstack([prev, np.full((prev.shape[0], 1), float(np.abs(y0).max(initial=0.0)))])
    step = 1.0 / (2.0 * (np.linalg.norm(design, 2) ** 2 + ridge) + 1e-12)

    def project(v: np.ndarray) -> np.ndarray:
        return _project(v.reshape(batch * n, n + 1), mask).reshape(batch, n, n + 1)

    theta = project(theta0.copy())
    z, t = theta.copy(), 1.0
    for _ in range(iterations):
        A, b = z[:, :, :n], z[:, :, n]
        resid = np.where(seen, prev @ A.transpose(0, 2, 1) + b[:, None, :] * y0 - target, 0.0)  # B x r x n
        grad = np.concatenate([resid.transpose(0, 2, 1) @ prev, (resid * y0).sum(axis=1)[:, :, None]], axis=2)
        nxt = project(z - step * (2 * grad + 2 * ridge * (z - theta0)))
        t_next = (1 + sqrt(1 + 4 * t * t)) / 2
        z = nxt + (t - 1) / t_next * (nxt - theta)
        if np.abs(nxt - theta).max() < 1e-11:
            theta = nxt
            break
        theta, t = nxt, t_next
    return theta[:, :, :n], theta[:, :, n]


def fit_error(y: np.ndarray, A: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute error of the model run freely from y(0) against every later observed stance."""
    y0, _ = _fill(y)
    run = fj_run(A, b, y0, y.shape[0] - 1)
    seen = ~np.isnan(y[1:])
    return float(np.abs(run[1:] - np.where(seen, y[1:], 0.0))[seen].mean()) if seen.any() else 0.0


@dataclass(frozen=True, eq=False)
class Fit:
    """The fitted model of one session: A = ΛW, b = 1 − λ, its error, and its bootstrap refits."""

    panel: Panel
    y0: np.ndarray
    support: np.ndarray
    A: np.ndarray
    b: np.ndarray
    prior_A: np.ndarray
    prior_b: np.ndarray
    error: float  # mean absolute error of the fitted model (scale -1..+1)
    prior_error: float  # the same for the reports alone
    boot_A: np.ndarray  # refits on resampled reports: B x n x n
    boot_b: np.ndarray  # B x n

    @property
    def susceptibility(self) -> np.ndarray:
        """λ = 1 − b: how open each member is to the others (and to their own last view)."""
        return 1.0 - self.b

    @property
    def W(self) -> np.ndarray:
        """The row-stochastic influence matrix (a member anchored entirely keeps wᵢᵢ = 1)."""
        lam = self.susceptibility
        safe = np.where(lam > 1e-12, lam, 1.0)
        return np.where(lam[:, None] > 1e-12, self.A / safe[:, None], np.eye(len(lam)))

    @property
    def power(self) -> np.ndarray:
        return social_power(self.A, self.b)

    @property
    def judges_share(self) -> float:
        return float(self.power[: self.panel.judges].sum())

    @property
    def quality(self) -> str:
        """"good", "fair" or "poor": the words the Lab shows beside any result."""
        return "good" if self.error < GOOD_FIT else "fair" if self.error < FAIR_FIT else "poor"


def fit_panel(panel: Panel, *, ridge: float = RIDGE, bootstrap: int = BOOTSTRAP, seed: int = 0) -> Fit:
    """Fit the model to a panel; NotEnoughData names what is missing."""
    lack = missing(panel)
    if lack is not None:
        raise NotEnoughData(lack)
    transitions = panel.y.shape[0] - 1
    support, prior_A, prior_b = measurement(panel.reports, panel.inferred, transitions)
    rng = np.random.default_rng(seed)
    priors = [(support, prior_A, prior_b)]
    for _ in range(bootstrap):  # resampled reports: the same names, other weights
        priors.append(measurement(rng.poisson(panel.reports).astype(float), panel.inferred, transitions, support))
    fitted_A, fitted_b = fit_rows_batch(panel.y, np.stack([p[0] for p in priors]), np.stack([p[1] for p in priors]),
                                        np.stack([p[2] for p in priors]), ridge)
    A, b = fitted_A[0], fitted_b[0]
    n = len(panel.members)
    y0, _ = _fill(panel.y)
    return Fit(panel, y0, support, A, b, prior_A, prior_b, fit_error(panel.y, A, b),
               fit_error(panel.y, prior_A, prior_b), fitted_A[1:].reshape(-1, n, n), fitted_b[1:].reshape(-1, n))


def fit(state: SessionState, **kwargs) -> Fit:
    """The session's model (see fit_panel)."""
    return fit_panel(Panel.of(state), **kwargs)


# --- scenarios ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scenario:
    """One what-if: each field a switch or a slider; the default is the class as it deliberated."""

    no_judges: bool = False  # the classic jury: the judges' influence and votes removed
    panel: tuple[int, int] | None = None  # (judges, jurors) deliberating, e.g. (1, 10)
    rule: str | None = None  # one court model id; None: every model given
    stubborn: float = 1.0  # stubbornness (1 − λ) multiplied by this, capped at 1
    equal_talk: bool = False  # every member gets the panel's mean talk time
    ballot: str | None = None  # "open" or "secret" stance checks; None: as the class did

    @property
    def is_base(self) -> bool:
        return replace(self, rule=None) == Scenario()

    def label(self) -> Msg:
        """The scenario in a few words (a quoted label inside a sentence)."""
        parts: list[Msg] = []
        if self.no_judges:
            parts.append(Msg.of("simulate.scenario.no_judges"))
        if self.panel is not None:
            parts.append(Msg.of("simulate.scenario.panel", judges=self.panel[0], jurors=self.panel[1]))
        if self.stubborn != 1.0:
            parts.append(Msg.of("simulate.scenario.stubborn", factor=f"{self.stubborn:g}"))
        if self.equal_talk:
            parts.append(Msg.of("simulate.scenario.equal_talk"))
        if self.ballot in ("open", "secret"):
            parts.append(Msg.of(f"simulate.scenario.{self.ballot}"))
        if not parts:
            return Msg.of("simulate.scenario.as_is")
        if len(parts) == 1:
            return parts[0]
        out = parts[0]
        for part in parts[1:]:
            out = Msg.of("simulate.scenario.and", first=out, second=part)
        return out


def parse_scenario(tokens: Sequence[str]) -> Scenario:
    """Scenario from words like no-judges, panel=1+10, rule=ew, stubborn=1.5, equal-talk, open, secret."""
    scenario = Scenario()
    for token in tokens:
        key, _, value = token.strip().partition("=")
        key = key.strip().lower()
        if key in ("no-judges", "classic") and not value:
            scenario = replace(scenario, no_judges=True)
        elif key == "equal-talk" and not value:
            scenario = replace(scenario, equal_talk=True)
        elif key in ("open", "secret") and not value:
            scenario = replace(scenario, ballot=key)
        elif key == "panel" and value:
            scenario = replace(scenario, panel=_panel(value))
        elif key == "rule" and value.strip():
            scenario = replace(scenario, rule=value.strip())
        elif key == "stubborn" and value:
            try:
                factor = float(value)
            except ValueError:
                factor = -1.0
            if not 0 <= factor <= 10:
                raise DataError(Msg.of("simulate.bad_stubborn", value=value))
            scenario = replace(scenario, stubborn=factor)
        else:
            raise DataError(Msg.of("simulate.bad_scenario", scenario=token))
    return scenario


def _panel(text: str) -> tuple[int, int]:
    judges, plus, jurors = text.partition("+")
    if not plus:
        judges, jurors = "0", judges
    try:
        shape = int(judges), int(jurors)
    except ValueError:
        shape = (-1, -1)
    if shape[0] < 0 or shape[1] < 1 or sum(shape) > MAX_PANEL:
        raise DataError(Msg.of("simulate.bad_panel", panel=text, limit=MAX_PANEL))
    return shape


# --- the Monte Carlo ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Odds:
    """One court's verdict odds in one scenario, each with a Wilson 95 % interval."""

    model_id: str
    p: dict[str, float]  # guilty, not_guilty, hung
    low: dict[str, float]
    high: dict[str, float]
    rounds: float | None  # mean rounds to the verdict, over runs that reached one
    runs: int

    @property
    def likeliest(self) -> str:
        return max(VERDICTS, key=lambda v: self.p[v])


@dataclass(frozen=True)
class ScenarioResult:
    """What one scenario gives: the odds per court, and the judges' share against their seats."""

    scenario: Scenario
    odds: tuple[Odds, ...]
    judges: int
    jurors: int
    judges_share: float  # mean over runs of the judges' social power
    seat_share: float  # judges / panel
    final: np.ndarray  # mean final opinion per position (judges first)
    notes: tuple[Msg, ...] = ()
    fit_error: float | None = None
    faction: bool = False  # the faction model answered (too little to fit)

    def by_model(self, model_id: str) -> Odds:
        return next(o for o in self.odds if o.model_id == model_id)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n runs."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half))


def perturbed(fit_: Fit, runs: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A and b for each run: a bootstrap refit (or the fit) drawn at random, with Dirichlet noise per row."""
    stack_A = np.concatenate([fit_.A[None], fit_.boot_A])
    stack_b = np.concatenate([fit_.b[None], fit_.boot_b])
    pick = rng.integers(0, len(stack_A), runs)
    theta = np.concatenate([stack_A[pick], stack_b[pick][:, :, None]], axis=2)  # runs x n x (n+1)
    mask = theta > 0
    shape = np.where(mask, NOISE * theta, 1.0)
    draws = np.where(mask, rng.gamma(shape), 0.0)
    total = draws.sum(axis=2, keepdims=True)
    theta = np.where(total > 0, draws / np.where(total > 0, total, 1.0), theta)
    return theta[:, :, :-1], theta[:, :, -1]


_PERTURBED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # fit -> {(runs, seed): (A, b, rng state)}


def _perturbed_once(fit_: Fit, runs: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.random.Generator]:
    """`perturbed` from a fresh generator of `seed`, drawn once per fit, runs and seed: every scenario
    of a lab (and every slider move) starts from the same runs, and the generator goes on from the
    same state, so results are exactly those of drawing again."""
    per_fit = _PERTURBED.setdefault(fit_, {})
    if (runs, seed) not in per_fit:
        rng = np.random.default_rng(seed)
        A, b = perturbed(fit_, runs, rng)
        per_fit[(runs, seed)] = (A, b, rng.bit_generator.state)
    A, b, state = per_fit[(runs, seed)]
    rng = np.random.default_rng(seed)
    rng.bit_generator.state = state
    return A.copy(), b.copy(), rng


def _choose(pool: np.ndarray, k: int, runs: int, rng: np.random.Generator) -> np.ndarray:
    """k members of `pool` for each run: a random subset if fewer, all plus random copies if more."""
    if k == 0 or pool.size == 0:
        return np.zeros((runs, 0), dtype=int)
    if k <= pool.size:
        if k == pool.size:
            return np.broadcast_to(pool, (runs, k)).copy()
        return pool[np.argsort(rng.random((runs, pool.size)), axis=1)[:, :k]]
    extra = pool[rng.integers(0, pool.size, (runs, k - pool.size))]
    return np.hstack([np.broadcast_to(pool, (runs, pool.size)), extra])


def _gather(A: np.ndarray, b: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The model of the panel idx (runs x n'): a copy shares the weight others gave its original; weight
    on members left out goes back to the rest of the row in proportion; self-weight stays self."""
    runs, n = idx.shape
    r = np.arange(runs)[:, None, None]
    sel = A[r, idx[:, :, None], idx[:, None, :]]
    same = idx[:, :, None] == idx[:, None, :]
    mult = same.sum(axis=1)  # copies of each column's member
    diag = A[np.arange(runs)[:, None], idx, idx]
    sel = np.where(same, 0.0, sel / mult[:, None, :])
    sel[:, np.arange(n), np.arange(n)] = diag
    b_sel = b[np.arange(runs)[:, None], idx]
    return _renormalise(sel, b_sel), b_sel


def _renormalise(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rows of A rescaled to sum to 1 − b; a row with nothing left puts it all on self."""
    n = A.shape[-1]
    want = 1.0 - b
    have = A.sum(axis=2)
    scale = np.where(have > 1e-15, want / np.where(have > 1e-15, have, 1.0), 0.0)
    out = A * scale[:, :, None]
    empty = have <= 1e-15
    out[:, np.arange(n), np.arange(n)] += np.where(empty, want, 0.0)
    return out


@dataclass
class _Runs:
    A: np.ndarray
    b: np.ndarray
    y0: np.ndarray
    talk: np.ndarray
    judges: int
    jurors: int
    conformity: float = 0.0
    notes: list[Msg] = field(default_factory=list)


def _apply(fit_: Fit, scenario: Scenario, A: np.ndarray, b: np.ndarray, rng: np.random.Generator) -> _Runs:
    """The scenario's changes to the perturbed runs (documented in docs/what-if.md)."""
    panel = fit_.panel
    runs = A.shape[0]
    roles = np.array(panel.roles)
    judges_pool, jurors_pool = np.flatnonzero(roles == "judge"), np.flatnonzero(roles == "juror")
    out = _Runs(A, b, np.broadcast_to(fit_.y0, (runs, len(roles))), np.broadcast_to(panel.talk, (runs, len(roles))),
                judges_pool.size, jurors_pool.size)
    want_j, want_l = scenario.panel if scenario.panel is not None else (judges_pool.size, jurors_pool.size)
    if scenario.no_judges:
        want_j = 0
    if (want_j, want_l) != (judges_pool.size, jurors_pool.size):
        if want_j > judges_pool.size and judges_pool.size == 0:
            out.notes.append(Msg.of("simulate.note.judge_copied"))
            judges = _choose(jurors_pool, want_j, runs, rng)
        else:
            judges = _choose(judges_pool, want_j, runs, rng)
        if jurors_pool.size == 0:
            raise NotEnoughData(Msg.of("simulate.no_jurors"))
        jurors = _choose(jurors_pool, want_l, runs, rng)
        if want_l < jurors_pool.size or 0 < want_j < judges_pool.size:
            out.notes.append(Msg.of("simulate.note.members_sampled"))
        if want_l > jurors_pool.size or want_j > judges_pool.size > 0:
            out.notes.append(Msg.of("simulate.note.members_copied"))
        idx = np.hstack([judges, jurors])
        out.A, out.b = _gather(A, b, idx)
        out.y0 = fit_.y0[idx]
        out.talk = panel.talk[idx]
        out.judges, out.jurors = want_j, want_l
    if scenario.equal_talk:
        out.A = _equal_talk(out.A, out.talk, out.notes)
    if scenario.stubborn != 1.0:
        out.A, out.b = _stubborn(out.A, out.b, scenario.stubborn)
    if scenario.ballot == "open":
        if panel.open:
            out.notes.append(Msg.of("simulate.note.open_already"))
        else:
            out.conformity = CONFORMITY
    elif scenario.ballot == "secret" and panel.open:
        out.notes.append(Msg.of("simulate.note.secret_from_open"))
    return out


def _equal_talk(A: np.ndarray, talk: np.ndarray, notes: list[Msg]) -> np.ndarray:
    """Weight on each other member divided by their talk relative to the mean (floored at a tenth),
    then each row's weight on others brought back to what it was: openness kept, voices evened."""
    mean = talk.mean(axis=-1, keepdims=True)
    if not (mean > 0).all():
        notes.append(Msg.of("simulate.note.nobody_spoke"))
        return A
    n = A.shape[-1]
    off = ~np.eye(n, dtype=bool)
    factor = mean / np.maximum(talk, 0.1 * mean)  # runs x n: per speaker j
    others = np.where(off, A, 0.0)
    scaled = others * factor[:, None, :]
    before, after = others.sum(axis=2), scaled.sum(axis=2)
    scaled *= np.where(after > 0, before / np.where(after > 0, after, 1.0), 0.0)[:, :, None]
    return np.where(off, scaled, A)


def _stubborn(A: np.ndarray, b: np.ndarray, factor: float) -> tuple[np.ndarray, np.ndarray]:
    """Stubbornness (b) times factor, capped at 1; the rest of each row rescaled to fill 1 − b."""
    new_b = np.clip(b * factor, 0.0, 1.0)
    return _renormalise(A, new_b), new_b


def _step(A: np.ndarray, b: np.ndarray, y: np.ndarray, y0: np.ndarray, conformity: float) -> np.ndarray:
    """One round; with conformity, part of each member's pull of others goes to the majority side's mean."""
    if not conformity:
        return np.einsum("rij,rj->ri", A, y) + b * y0
    n = A.shape[-1]
    diag = A[:, np.arange(n), np.arange(n)]
    off = np.einsum("rij,rj->ri", A, y) - diag * y
    openness = A.sum(axis=2) - diag
    guilty, acquit = y > THRESHOLD, y < -THRESHOLD
    g, a = guilty.sum(axis=1), acquit.sum(axis=1)
    side = np.where((g > a)[:, None], guilty, acquit)
    count = np.where(g > a, g, a)
    majority = np.where(count > 0, (y * side).sum(axis=1) / np.maximum(count, 1), 0.0)
    pull = np.where((g != a)[:, None], openness * majority[:, None], off)
    return diag * y + (1 - conformity) * off + conformity * pull + b * y0


def _votes(y: np.ndarray, judges: int) -> tuple[np.ndarray, ...]:
    guilty, acquit = y > THRESHOLD, y < -THRESHOLD
    return (guilty[:, :judges].sum(axis=1), acquit[:, :judges].sum(axis=1),
            guilty[:, judges:].sum(axis=1), acquit[:, judges:].sum(axis=1))


def simulate(fit_: Fit, scenario: Scenario, models: Sequence[CourtModel], runs: int = 2000, seed: int = 0,
             rounds: int | None = None, extra: int = EXTRA_ROUNDS) -> ScenarioResult:
    """The Monte Carlo of one scenario: `runs` perturbed models, each court's verdict and its round.

    The panel deliberates as many rounds as the class did (`rounds` to choose), then votes; a court
    whose rule is not met deliberates on, voting after each round, up to `extra` more; no
    verdict by then is a hung panel. Reproducible: the same seed gives the same result.
    """
    if isinstance(runs, bool) or not isinstance(runs, int) or not 1 <= runs <= MAX_RUNS:
        raise DataError(Msg.of("simulate.bad_runs", limit=MAX_RUNS))
    chosen = [m for m in models if scenario.rule is None or m.id == scenario.rule]
    if not chosen:
        raise DataError(Msg.of("simulate.unknown_rule", model=scenario.rule or ""))
    A, b, rng = _perturbed_once(fit_, runs, seed)
    setup = _apply(fit_, scenario, A, b, rng)
    first_vote = max(1, rounds if rounds is not None else fit_.panel.y.shape[0] - 1)
    tables = [verdict_table(setup.judges, setup.jurors, m) for m in chosen]
    verdict = np.full((len(chosen), runs), NONE, dtype=np.int8)
    when = np.zeros((len(chosen), runs), dtype=np.int16)
    y = setup.y0.copy()
    for step in range(1, first_vote + extra + 1):
        y = _step(setup.A, setup.b, y, setup.y0, setup.conformity)
        if step < first_vote:
            continue
        counts = _votes(y, setup.judges)
        for k, table in enumerate(tables):
            code = table[counts]
            new = (verdict[k] == NONE) & (code != NONE)
            verdict[k][new] = code[new]
            when[k][new] = step
        if (verdict != NONE).all():
            break
    odds = tuple(_odds(m.id, verdict[k], when[k]) for k, m in enumerate(chosen))
    size = setup.judges + setup.jurors
    share = _judges_share(setup.A, setup.b, setup.judges) if setup.judges else 0.0
    return ScenarioResult(scenario, odds, setup.judges, setup.jurors, share, setup.judges / size,
                          y.mean(axis=0), _unique(setup.notes), fit_.error)


def _unique(notes: list[Msg]) -> tuple[Msg, ...]:
    out: list[Msg] = []
    for note in notes:
        if note not in out:
            out.append(note)
    return tuple(out)


def _judges_share(A: np.ndarray, b: np.ndarray, judges: int, sample: int = 500) -> float:
    """Mean over (up to `sample`) runs of the judges' social power."""
    take = slice(0, min(sample, A.shape[0]))
    n = A.shape[-1]
    eye = np.eye(n)
    try:
        V = np.linalg.solve(eye - A[take], b[take][:, :, None] * eye)
    except np.linalg.LinAlgError:
        V = np.stack([reduced_form(a, bb) for a, bb in zip(A[take], b[take], strict=True)])
    return float(V.mean(axis=1)[:, :judges].sum(axis=1).mean())


def _odds(model_id: str, verdict: np.ndarray, when: np.ndarray) -> Odds:
    n = verdict.size
    counts = {"guilty": int((verdict == GUILTY).sum()), "not_guilty": int((verdict == NOT_GUILTY).sum()),
              "hung": int((verdict == NONE).sum())}
    intervals = {v: wilson(c, n) for v, c in counts.items()}
    done = verdict != NONE
    return Odds(model_id, {v: c / n for v, c in counts.items()}, {v: i[0] for v, i in intervals.items()},
                {v: i[1] for v, i in intervals.items()}, float(when[done].mean()) if done.any() else None, n)


# --- a whole lab: the network model, or the faction model where it cannot be fitted ---------------

@dataclass(frozen=True)
class Lab:
    """The what-if results of a session: one ScenarioResult per scenario, or why the model is missing."""

    results: tuple[ScenarioResult, ...]
    fit: Fit | None
    missing: Msg | None  # what the network model lacks (then the faction model answered, if it could)
    own_verdict: str | None  # the class's own verdict ("guilty", "not_guilty") if it has one

    def keeping(self, court: Callable[[str], bool]) -> Lab:
        """The same lab with only the courts (model ids) `court` keeps, in every result."""
        return replace(self, results=tuple(replace(r, odds=tuple(o for o in r.odds if court(o.model_id)))
                                           for r in self.results))


def _from_faction(panel: Panel, scenario: Scenario, models: Sequence[CourtModel]) -> ScenarioResult | None:
    """The faction model on the opening split: only the judges' removal and the rule can change it."""
    if not panel.members:
        return None
    first = panel.y[0]
    keep = [k for k, r in enumerate(panel.roles) if not (scenario.no_judges and r == "judge")]
    y = first[keep]
    y = y[~np.isnan(y)]
    if y.size == 0:
        return None
    g, a = int((y > THRESHOLD).sum()), int((y < -THRESHOLD).sum())
    u = y.size - g - a
    chosen = [m for m in models if scenario.rule is None or m.id == scenario.rule]
    odds = tuple(_exact(faction_odds(g, a, u, m)) for m in chosen)
    judges = 0 if scenario.no_judges else panel.judges
    return ScenarioResult(scenario, odds, judges, y.size - judges, 0.0, judges / y.size, y, (), None, True)


def _exact(odds: FactionOdds) -> Odds:
    p = odds.p()
    return Odds(odds.model_id or "", p, dict(p), dict(p), odds.rounds, 0)


def what_if(state: SessionState, scenarios: Sequence[Scenario], models: Sequence[CourtModel], runs: int = 2000,
            seed: int = 0, fit: Fit | None = None) -> Lab:
    """Every scenario for a session: the network model, or the faction model with the reason it had to.
    `fit`: the session's model fitted before (the Lab keeps it between questions), else fitted here."""
    panel = Panel.of(state)
    own = state.outcome.verdict
    lack = missing(panel)
    if lack is None:
        model = fit or fit_panel(panel, seed=seed)
        return Lab(tuple(simulate(model, s, models, runs, seed) for s in scenarios), model, None, own)
    results = tuple(r for s in scenarios if (r := _from_faction(panel, s, models)) is not None)
    return Lab(results, None, lack, own)


# --- words --------------------------------------------------------------------------------------

def _pct(x: float) -> int:
    return int(round(100 * x))


def sentences(lab: Lab, court_names: dict[str, Msg | str] | None = None) -> tuple[Msg, ...]:
    """One sentence per result for a student to read aloud, plus how sure the model is."""
    names = court_names or {}
    out: list[Msg] = []
    if lab.missing is not None:
        out.append(lab.missing)
        if lab.results:
            out.append(Msg.of("simulate.say.faction_used"))
    if lab.fit is not None:
        out.append(Msg.of(f"simulate.fit.{lab.fit.quality}", error=f"{lab.fit.error:.2f}"))
    for result in lab.results:
        label = result.scenario.label()
        for odds in result.odds:
            verdict = odds.likeliest
            court = names.get(odds.model_id, odds.model_id)
            if result.faction:
                out.append(Msg.of(f"simulate.say.faction_{verdict}", scenario=label, court=court,
                                  percent=_pct(odds.p[verdict])))
            else:
                out.append(Msg.of(f"simulate.say.{verdict}", scenario=label, court=court,
                                  percent=_pct(odds.p[verdict]), low=_pct(odds.low[verdict]),
                                  high=_pct(odds.high[verdict])))
            if lab.own_verdict in ("guilty", "not_guilty"):
                out.append(Msg.of("simulate.say.own_verdict", verdict=Msg.of(f"simulate.verdict.{lab.own_verdict}"),
                                  percent=_pct(odds.p[lab.own_verdict])))
            if odds.rounds is not None and not result.faction:
                out.append(Msg.of("simulate.say.rounds", rounds=f"{odds.rounds:.1f}"))
        if result.judges and not result.faction:
            out.append(Msg.of("simulate.say.judges_share", share=_pct(result.judges_share),
                              seats=_pct(result.seat_share)))
        out.extend(result.notes)
    return tuple(out)
