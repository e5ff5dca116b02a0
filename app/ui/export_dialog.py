"""Export the session from the courtroom: the report, the data, the network; anonymised by default.

The dialog only chooses (format, language, names, notes) and where to write; the export itself
is app.report.exporting.export, the same as `alqa export`, reading the committed log.
Turning anonymisation off shows a warning in words before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import AlqaError
from app.core.lang import LANGS
from app.ui.retranslate import Retranslating

FORMATS = ("pdf", "html", "json", "csv", "graphml", "gexf", "png", "svg")
SUFFIX = {"pdf": "-report.pdf", "html": "-report.html", "json": ".json", "csv": "-tables.zip",
          "graphml": "-network.graphml", "gexf": "-network.gexf", "png": "-network.png", "svg": "-network.svg"}
WITH_NOTES = ("json", "csv")  # the formats that can carry the free-text notes


class ExportDialog(Retranslating, QDialog):
    """Choose what to export and how; `export_to(path)` writes it (the Save button asks where)."""

    def __init__(self, session: Path, anonymous: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.session = Path(session)
        self.written: list[Path] = []
        self.format = QComboBox(objectName="export_format")
        self.lang = QComboBox(objectName="export_language")
        for lang in LANGS:
            self.lang.addItem("", lang)
        self.lang.setCurrentIndex(LANGS.index(i18n.current()))
        self.anonymous = QCheckBox(objectName="export_anonymous", checked=anonymous)
        self.notes = QCheckBox(objectName="export_notes")
        self.warning = QLabel(objectName="export_warning", wordWrap=True)
        self.warning.setStyleSheet("color: #8a2c00; font-weight: bold;")
        self.message = QLabel(objectName="export_message", wordWrap=True,
                              textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save = QPushButton(objectName="export_save", default=True)
        self.save.clicked.connect(self._ask_where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.form = QFormLayout()
        self._labels = (QLabel(buddy=self.format), QLabel(buddy=self.lang))
        self.form.addRow(self._labels[0], self.format)
        self.form.addRow(self._labels[1], self.lang)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.warning)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.anonymous.toggled.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self._retranslate()
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> str:
        return self.format.currentData()

    def _update(self) -> None:
        self.warning.setVisible(not self.anonymous.isChecked())
        self.notes.setEnabled(self.chosen() in WITH_NOTES)
        if not self.notes.isEnabled():
            self.notes.setChecked(False)

    def _ask_where(self) -> None:
        fmt = self.chosen()
        suggested = str(self.session.with_name(self.session.stem + SUFFIX[fmt]))
        patterns = {"pdf": self.tr("PDF files (*.pdf)"), "html": self.tr("Web pages (*.html)"),
                    "json": self.tr("JSON files (*.json)"), "csv": self.tr("Zip archives (*.zip)"),
                    "graphml": self.tr("GraphML files (*.graphml)"), "gexf": self.tr("GEXF files (*.gexf)"),
                    "png": self.tr("PNG pictures (*.png)"), "svg": self.tr("SVG drawings (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, patterns[fmt])
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the chosen export to `path`; the outcome is said in the dialog."""
        from app.report.exporting import export as export_session

        self._say(self.tr("Exporting…"))
        self.message.repaint()  # the words show before the work starts
        self.save.setEnabled(False)
        # On this thread: the report is painted by widgets, and an export in another language swaps
        # the application's translator for a moment. A big session takes a few seconds (the cursor says so).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = export_session(self.session, self.chosen(), path, names=not self.anonymous.isChecked(),
                                          notes=self.notes.isChecked(), lang=self.lang.currentData())
        except AlqaError as exc:
            self._say(i18n.text(exc.msg))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            self.save.setEnabled(True)
        self._say(self.tr("Written: {path}").format(path=", ".join(str(p) for p in self.written)))
        return True

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setAccessibleName(words)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the session"))
        names = {"pdf": self.tr("Report for the class (PDF)"), "html": self.tr("Report as a web page (HTML)"),
                 "json": self.tr("The whole session for research (JSON)"),
                 "csv": self.tr("Tables for a spreadsheet, R or Python (CSV, zip)"),
                 "graphml": self.tr("Influence network for Gephi or igraph (GraphML)"),
                 "gexf": self.tr("Influence network with its timeline for Gephi (GEXF)"),
                 "png": self.tr("Network picture (PNG)"), "svg": self.tr("Network drawing (SVG)")}
        current = self.format.currentData() or "pdf"
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.format.setCurrentIndex(FORMATS.index(current))
        self.format.blockSignals(False)
        languages = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
        for i, lang in enumerate(LANGS):
            self.lang.setItemText(i, languages[lang])
        labels = ((self.format, self.tr("&What:")), (self.lang, self.tr("&Language of the words:")))
        for (widget, text), label in zip(labels, self._labels, strict=True):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.anonymous.setText(self.tr("&Call people by their seats (Juror 3, Judge 1), not by name"))
        self.anonymous.setAccessibleName(self.anonymous.text().replace("&", ""))
        self.warning.setText(self.tr("Warning: the export will show the participants' real names. Share it only "
                                     "with people allowed to see them."))
        self.warning.setAccessibleName(self.warning.text())
        self.notes.setText(self.tr("Include the free-text &notes"))
        self.notes.setAccessibleName(self.notes.text().replace("&", ""))
        self.save.setText(self.tr("&Save as…"))
        self.save.setAccessibleName(self.tr("Save the export as a file"))
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))
        self.message.setAccessibleName(self.message.text())
        self._update()
