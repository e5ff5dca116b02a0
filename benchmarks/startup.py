"""Start-up: from launching `alqa` to the home window on screen, beside a bare QMainWindow."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow()\n"
    "w.show()\n"
    "QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))\n"
    "app.exec()\n"
)


def _time_to_shown(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("shown"):
            took = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never showed its window")
    proc.wait()
    return took


def measure(runs: int = 7) -> tuple[float, float, list[str]]:
    """Median seconds to the window for Alqa's home and for a bare QMainWindow (warm runs)."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALQA_DATA_DIR": data}
        alqa = [sys.executable, "-m", "app", "--exit-when-shown"]
        bare = [sys.executable, "-c", BARE]
        _time_to_shown(alqa, env), _time_to_shown(bare, env)  # warm the OS caches
        ours = statistics.median(_time_to_shown(alqa, env) for _ in range(runs))
        floor = statistics.median(_time_to_shown(bare, env) for _ in range(runs))
        probe = subprocess.run([sys.executable, "-c", "import sys, app.cli; app.cli.main(['--exit-when-shown']); "
                                "print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))"],
                               capture_output=True, text=True, env=env)
    return ours, floor, probe.stdout.strip().splitlines()[-1:]
