"""The About dialog: the one version, every component's licence; the app's icon on the window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app import __version__
from app.ui.about import COMPONENTS, AboutDialog


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_the_version_and_every_licence(qtbot, qapp):
    from app import i18n

    i18n.install("en")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = _texts(dialog)
    assert f"Alqa {__version__}" in text
    for name in ("Qt", "PySide6", "networkx", "NumPy", "platformdirs", "Pillow"):
        assert name in text
    for name, _module, licence in COMPONENTS:
        assert name in text and licence in text
    assert "MIT" in text and "LGPL" in text
    for label in dialog.findChildren(QLabel):  # nothing clipped: each label has at least the room it asks for
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.minimumSizeHint().width(), label.text()
            assert label.height() >= label.minimumSizeHint().height(), label.text()


def test_the_versions_are_those_running(qtbot):
    import networkx
    import numpy
    import PySide6

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = _texts(dialog)
    for version in (PySide6.__version__, networkx.__version__, numpy.__version__):
        assert version in text


def test_the_help_menu_opens_it_and_the_window_has_the_icon(window, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_about.trigger()
    assert len(shown) == 1 and f"Alqa {__version__}" in _texts(shown[0])
    shown[0].deleteLater()
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()
