"""Words for exports of pictures and animations."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    "export.bad_animation": QT_TRANSLATE_NOOP(
        "Msg", "An animation is saved as .gif or .png (animated PNG), with at least one round to show: {path}"),
}
