"""The report and the network picture: the demo lesson in each format, and a 100,000-event session as PDF.

Baselines: for the demo, the same report without its what-if page (the model fit of issue [7],
which costs most of the time); for the big session, the plain event log printed as text into a
PDF, the simplest "report" there is.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def _median(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _demo(folder: Path) -> Path:
    from app import paths
    from app.store.scenario import run

    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", folder / "demo.alqa")
    return folder / "demo.alqa"


def _without_what_if(session: Path, fmt: str, out: Path) -> None:
    from app.report.exporting import export
    from app.report.report import Report

    page, Report._what_if = Report._what_if, lambda self, lang: ""
    try:
        export(session, fmt, out)
    finally:
        Report._what_if = page


def _plain_log(session: Path, out: Path) -> None:
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from app.store.session import SessionStore

    with SessionStore.open(session, readonly=True) as store:
        lines = [f"{r.seq} {r.at} {type(r.event).__name__}" for r in store.records()]
    document = QTextDocument()
    document.setPlainText("\n".join(lines))
    document.print_(QPdfWriter(str(out)))


def measure(events: int = 100_000) -> dict[str, tuple[float, float]]:
    """Seconds per export, with its baseline: {name: (alqa, baseline)}."""
    from app.report.exporting import export as export_session
    from app.report.report import ensure_app
    from app.store.exports import REPORT_FORMATS
    from app.store.session import SessionStore
    from benchmarks.sessions import big_session

    ensure_app()
    out: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = _demo(folder)
        export_session(demo, "pdf", folder / "warm.pdf")  # fonts and plugins load once
        for fmt in REPORT_FORMATS:
            lighter = 0.0 if fmt in ("png", "svg") else \
                _median(lambda fmt=fmt: _without_what_if(demo, fmt, folder / f"light.{fmt}"))
            out[f"export the example lesson as {fmt}"] = (
                _median(lambda fmt=fmt: export_session(demo, fmt, folder / f"r.{fmt}")), lighter)
        big = folder / "big.alqa"
        with SessionStore.create(big, {"session_id": "big"}) as store:
            store.append_many(big_session(events))
        out[f"export a {events:,}-event session as pdf"] = (
            _median(lambda: export_session(big, "pdf", folder / "big.pdf"), 1),
            _median(lambda: _plain_log(big, folder / "log.pdf"), 1))
    return out


def bench(row) -> None:
    for name, (seconds, lighter) in measure().items():
        if "event session" in name:
            row(name, f"{seconds * 1000:.0f} ms", "< 5 s (issue [6])", f"plain event log as a PDF: {lighter * 1000:.0f} ms",
                seconds < 5.0)
            continue
        if lighter:  # the report: issue [6]'s content, then with issue [7]'s what-if page (the model fit)
            row(f"{name}, without the what-if page", f"{lighter * 1000:.0f} ms", "< 100 ms (issue [6])", "",
                lighter < 0.1)
        row(name + (", with the what-if page" if lighter else ""), f"{seconds * 1000:.0f} ms", "< 100 ms (issue [6])",
            "the page fits the model and runs five scenarios" if lighter else "", seconds < 0.1)
