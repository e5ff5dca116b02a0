"""Finding and driving real widgets by object name, and typing any text with key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def find(root: QWidget, cls, name: str):
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def click(qtbot, root: QWidget, name: str) -> None:
    button = find(root, QAbstractButton, name)
    assert button.isVisible() and button.isEnabled(), f"{name} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focusable(root: QWidget) -> list[QWidget]:
    """Every visible widget a keyboard user can reach."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.objectName() not in ("qt_scrollarea_viewport",)]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text with real key events (QTest's keyClicks aborts on letters outside Latin-1)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else (Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum()
                                                     else Qt.Key.Key_unknown)
        shown = "\r" if ch == "\n" else ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, shown))
