"""The what-if lab: 10,000 Monte Carlo runs of a 12-member panel over 10 rounds, every court model."""

from __future__ import annotations

import statistics
import time

import numpy as np

RUNS, ROUNDS, MEMBERS = 10_000, 10, 12


def _panel(seed: int = 1):
    """A 1 + 11 panel: three stance checks, each juror naming two others (the judge named by four)."""
    from app.core.simulate import Panel

    rng = np.random.default_rng(seed)
    reports = np.zeros((MEMBERS, MEMBERS))
    for i in range(MEMBERS):
        reports[i, rng.choice([k for k in range(MEMBERS) if k != i], 2, replace=False)] = 1
    reports[1:5, 0] = 2
    y = np.round(np.clip(rng.normal(0, 0.5, (3, MEMBERS)).cumsum(axis=0) / 2, -1, 1), 2)
    return Panel(tuple(f"m{i}" for i in range(MEMBERS)), ("judge",) + ("juror",) * (MEMBERS - 1), y, reports,
                 np.zeros((MEMBERS, MEMBERS)), rng.uniform(0, 300, MEMBERS), False)


def _naive(fit, models, seed: int) -> None:
    """The baseline: the same model, one run at a time in a plain Python loop."""
    from app.core.faction import verdict_table
    from app.core.simulate import THRESHOLD, perturbed

    rng = np.random.default_rng(seed)
    A, b = perturbed(fit, RUNS, rng)
    tables = [verdict_table(1, MEMBERS - 1, m) for m in models]
    y0 = fit.y0
    for r in range(RUNS):
        y = y0
        for _ in range(ROUNDS):
            y = A[r] @ y + b[r] * y0
        jy, jn = int(y[0] > THRESHOLD), int(y[0] < -THRESHOLD)
        ly, ln = int((y[1:] > THRESHOLD).sum()), int((y[1:] < -THRESHOLD).sum())
        for table in tables:
            table[jy, jn, ly, ln]


def measure() -> dict[str, float]:
    from app.core.simulate import Scenario, fit_panel, simulate
    from app.store.library import with_variants

    models = with_variants()
    t = time.perf_counter()
    fit = fit_panel(_panel())
    fitting = time.perf_counter() - t
    simulate(fit, Scenario(), models, runs=100, rounds=ROUNDS, extra=0)  # the verdict tables, built once
    times = []
    for seed in range(5):
        t = time.perf_counter()
        simulate(fit, Scenario(), models, runs=RUNS, seed=seed, rounds=ROUNDS, extra=0)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    simulate(fit, Scenario(no_judges=True, panel=(0, 12), equal_talk=True, ballot="open"), models, runs=RUNS,
             rounds=ROUNDS, extra=0)
    scenario = time.perf_counter() - t
    t = time.perf_counter()
    _naive(fit, models, 0)
    naive = time.perf_counter() - t
    return {"fit": fitting, "vectorised": statistics.median(times), "scenario": scenario, "naive": naive,
            "models": len(models)}


def bench(row) -> None:
    m = measure()
    row(f"what-if: {RUNS:,} Monte Carlo runs, {MEMBERS} members x {ROUNDS} rounds, {m['models']} courts",
        f"{m['vectorised']:.3f} s", "< 1 s", f"plain Python loop over runs {m['naive']:.2f} s", m["vectorised"] < 1.0)
    row("what-if: the same with every switch on (classic jury of 12, equal talk, open checks)",
        f"{m['scenario']:.3f} s", "< 1 s", "", m["scenario"] < 1.0)
    row(f"what-if: fit a {MEMBERS}-member panel (least squares + 8 bootstrap refits)", f"{m['fit'] * 1000:.0f} ms",
        "", "", None)
