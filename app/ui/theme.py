"""Light and dark palettes, and the large-text projector mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_PT = 11
LARGE_PT = 24  # projector mode: body text at least 24 pt (UX.md)
ACCENT = "#0072B2"  # Okabe-Ito blue, the one accent colour
GUILTY, NOT_GUILTY, UNDECIDED = "#D55E00", "#0072B2", "#8C8C8C"

def enlarge(widget: QWidget, scale: float, bold: bool = True) -> QWidget:
    """A heading, a clock or a verdict: the widget's own font `scale` times larger (it follows
    projector mode, which sets the application font), bold unless asked otherwise."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)
    return widget


_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#f0f0f0", QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#f0f0f0", QPalette.ColorRole.Highlight: "#56B4E9",
    QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.ToolTipBase: "#f0f0f0",
    QPalette.ColorRole.ToolTipText: "#000000", QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Link: "#56B4E9",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f7f7f7", QPalette.ColorRole.WindowText: "#111111",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eeeeee",
    QPalette.ColorRole.Text: "#111111", QPalette.ColorRole.Button: "#e9e9e9",
    QPalette.ColorRole.ButtonText: "#111111", QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#000000", QPalette.ColorRole.PlaceholderText: "#666666",
    QPalette.ColorRole.Link: ACCENT,
}


def apply(app: QApplication, theme: str = "light", large: bool = False) -> None:
    """Set the palette and the base font size for the whole app."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (_DARK if theme == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(LARGE_PT if large else BASE_PT)
    app.setFont(font)
    app.setProperty("alqa_theme", theme)
    app.setProperty("alqa_large", large)


def is_dark(app: QApplication) -> bool:
    return app.property("alqa_theme") == "dark"
