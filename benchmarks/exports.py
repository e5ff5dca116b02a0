"""Exports of a demo-sized session (the kz-2007 example scenario) in each format."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def measure() -> dict[str, float]:
    """Median seconds to export the example lesson to each format (from its session file)."""
    from app import paths
    from app.store.exports import FORMATS, export_session
    from app.store.scenario import run

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", folder / "demo.alqa")
        out = {}
        for fmt in FORMATS:
            times = []
            for i in range(5):
                t = time.perf_counter()
                export_session(folder / "demo.alqa", fmt, folder / f"out{i}-{fmt}.{fmt}" if fmt != "csv"
                               else folder / f"out{i}.zip")
                times.append(time.perf_counter() - t)
            out[fmt] = statistics.median(times)
        return out
