"""The what-if lab tab: how long a slider move takes to come back as a new chart (issue [7]: < 100 ms).

Measured on the example lesson, from the change of a control (the debounce left out) to the
chart and the sentences on screen, the fit already made; baseline: the same answer with the
model refitted every time, as a lab that kept no fit would do.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def measure(repeats: int = 7) -> tuple[float, float, float]:
    """(first answer with the fit, median slider move, median move with a refit), in seconds."""
    from PySide6.QtCore import QEventLoop

    from app.report.report import FixedSource, ensure_app
    from app.store.exports import load
    from app.ui.lab.panel import LabPanel
    from benchmarks.report import _demo

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        state = load(_demo(Path(tmp))).state
    lab = LabPanel(FixedSource(state, None))
    lab.resize(1200, 800)

    def wait(start) -> float:
        loop = QEventLoop()
        lab.answered.connect(loop.quit)
        t = time.perf_counter()
        start()
        loop.exec()
        lab.answered.disconnect(loop.quit)
        return time.perf_counter() - t

    lab._timer.stop()
    first = wait(lab.ask)
    moves, refits = [], []
    for i in range(repeats):
        lab.stubborn.blockSignals(True)
        lab.stubborn.setValue(8 + i % 5)
        lab.stubborn.blockSignals(False)
        moves.append(wait(lab.ask))
        lab._fit = None  # the baseline: no fit kept
        refits.append(wait(lab.ask))
    return first, statistics.median(moves), statistics.median(refits)


def bench(row) -> None:
    first, move, refit = measure()
    row("what-if lab: a slider move to a new chart (fit kept)", f"{move * 1000:.0f} ms", "< 100 ms (issue [7])",
        f"refitting each time {refit * 1000:.0f} ms; first answer with the fit {first * 1000:.0f} ms", move < 0.1)
