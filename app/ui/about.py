"""The About dialog (one version, the licences of everything Alqa ships with) and the app's icon."""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths
from app.store import places

# (component, module whose __version__ tells its version, licence): everything the app or the
# bundle carries at run time. Licence names are proper names and stay as their authors give them.
COMPONENTS = (
    ("Qt", None, "LGPL-3.0"),
    ("PySide6", "PySide6", "LGPL-3.0"),
    ("Shiboken6", "shiboken6", "LGPL-3.0"),
    ("networkx", "networkx", "BSD-3-Clause"),
    ("NumPy", "numpy", "BSD-3-Clause (OpenBLAS: BSD-3-Clause)"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Pillow", "PIL", "MIT-CMU"),
    ("Python", None, "PSF-2.0"),
)


_icon: list[QIcon] = []  # made once (a missing file is looked for again next time)


def app_icon() -> QIcon:
    """Alqa's icon: the scales over a jury bench (resources/icons), drawn sharp at every size."""
    if _icon and not _icon[0].isNull():
        return _icon[0]
    folder = paths.resources() / "icons"
    icon = QIcon()
    for size in (48, 256):
        if (folder / f"alqa-{size}.png").is_file():
            icon.addFile(str(folder / f"alqa-{size}.png"))
    _icon[:] = [icon]
    return icon


def _version(module: str | None, name: str) -> str:
    if name == "Qt":
        return qVersion()
    if name == "Python":
        return sys.version.split()[0]
    try:
        return str(getattr(__import__(module), "__version__", ""))
    except ImportError:  # pragma: no cover - every one of them is a dependency
        return ""


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each component, as the dialog lists them."""
    return [(name, _version(module, name), licence) for name, module, licence in COMPONENTS]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Alqa"))
        icon = QLabel(objectName="about_icon")
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(objectName="about_title")
        self.title.setText("<h2>" + html.escape(self.tr("Alqa {version}").format(version=__version__)) + "</h2>")
        self.blurb = QLabel(objectName="about_blurb", wordWrap=True)
        self.blurb.setText(self.tr("Classroom mock trials: jury selection, deliberation, secret ballots on one "
                                   "laptop, and the influence network.") + "\n\n"
                           + self.tr("Alqa is free software under the MIT licence. It is built with these "
                                     "components, each under its own licence:"))
        self.licences = QWidget(objectName="about_licences")
        grid = QGridLayout(self.licences)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for column, header in enumerate((self.tr("Component"), self.tr("Version"), self.tr("Licence"))):
            grid.addWidget(QLabel(f"<b>{html.escape(header)}</b>"), 0, column)
        for row, cells in enumerate(components(), 1):
            for column, cell in enumerate(cells):
                grid.addWidget(QLabel(cell, textFormat=Qt.TextFormat.PlainText), row, column)
        grid.setColumnStretch(2, 1)
        self.lgpl = QLabel(objectName="about_lgpl", wordWrap=True)
        self.lgpl.setText(self.tr("Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as "
                                  "separate files in Alqa's folder, and you may replace them with your own build."))
        data = places.data_dir()
        where = self.tr("Sessions and settings are kept in {folder}.").format(folder=data)
        if places.portable_dir() is not None and data == places.portable_dir():
            where += " " + self.tr("(Portable mode: a file named 'portable' lies beside the program.)")
        self.where = QLabel(where, objectName="about_data", wordWrap=True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.setObjectName("about_qt")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("About Qt")))
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for widget in (self.title, self.blurb, self.licences, self.lgpl, self.where):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        # Wrapped texts make the height depend on the width, which a dialog's own size hint ignores:
        # fix the width and give the height the layout asks for at that width (nothing clipped).
        width = max(600, layout.sizeHint().width())
        height = max(layout.heightForWidth(width), layout.minimumSize().height())
        self.setMinimumSize(width, height)
        self.resize(width, height)
