"""The graph view of a big deliberation: the first frame, and a slider move, drawn offscreen."""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure() -> tuple[float, float, float]:
    """(build + layout + first frame, one slider step redrawn, naive rebuild per step) in seconds."""
    from PySide6.QtCore import QObject, Signal

    from app.core import influence
    from app.ui.app import make_app
    from app.ui.network.graph_view import GraphView
    from benchmarks.influence import big_deliberation

    app = make_app()
    state = big_deliberation()

    class Controller(QObject):  # the view only reads .state and listens to state_changed
        state_changed = Signal(object, object)

        def __init__(self):
            super().__init__()
            self.state = state

    controller = Controller()

    def first_frame() -> GraphView:
        influence._cache.clear()
        view = GraphView(controller, revealed_only=False)
        view.animated = False
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view.grab()
        return view

    times = []
    for _ in range(5):
        t = time.perf_counter()
        view = first_frame()
        times.append(time.perf_counter() - t)
        view.close()
        view.deleteLater()
    first = statistics.median(times)
    view = first_frame()
    steps = []
    for r in range(1, 31):
        t = time.perf_counter()
        view.slider.setValue(r)
        app.processEvents()
        view.grab()
        steps.append(time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(3):
        naive = first_frame()
        naive.slider.setValue(15)
        app.processEvents()
        naive.grab()
        naive.close()
    naive_step = (time.perf_counter() - t) / 3
    return first, statistics.median(steps), naive_step
