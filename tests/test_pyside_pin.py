"""PySide6 6.12.0 drops a reference to None on every void Qt call (issue [1]); catch its return."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version


def test_void_qt_calls_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for i in range(50):  # warm up caches first
        label.setText(str(i))
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))  # returns nothing
        label.setEnabled(bool(i % 2))
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"PySide6 {pyside_version} leaks references to None: {before} -> {after}"


def test_pyside_is_pinned_below_6_12():
    major, minor = (int(x) for x in pyside_version.split(".")[:2])
    assert (major, minor) < (6, 12)
