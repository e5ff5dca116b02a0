"""Export from the courtroom: the dialog chooses, warns when names are shown, and writes."""

from __future__ import annotations

import pytest
from gui import click, find, focusable
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QPushButton

from app import paths
from app.store.exports import load
from app.store.scenario import run


@pytest.fixture
def lesson(tmp_path):
    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", tmp_path / "lesson.alqa")
    return tmp_path / "lesson.alqa"


@pytest.fixture
def dialog(qtbot, window, lesson):
    assert window.open_session(lesson)
    page = window.courtroom
    button = find(page, QPushButton, "export")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible())
    return page.export_dialog


def save_to(monkeypatch, qtbot, dialog, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, dialog, "export_save")


def test_pdf_report_is_written_anonymised_by_default(qtbot, monkeypatch, dialog, tmp_path):
    from pypdf import PdfReader

    assert find(dialog, QCheckBox, "export_anonymous").isChecked()
    assert not find(dialog, QLabel, "export_warning").isVisible()
    assert find(dialog, QComboBox, "export_format").currentData() == "pdf"
    save_to(monkeypatch, qtbot, dialog, tmp_path / "out" / "report.pdf")
    assert (tmp_path / "out" / "report.pdf").exists()
    assert "Written:" in find(dialog, QLabel, "export_message").text()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "out" / "report.pdf").pages)
    names = load(dialog.session).state.people.names.values()
    assert not [n for n in names if n in text]


def test_turning_names_on_warns_and_shows_them(qtbot, monkeypatch, dialog, tmp_path):
    box = find(dialog, QCheckBox, "export_anonymous")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    warning = find(dialog, QLabel, "export_warning")
    assert warning.isVisible() and "real names" in warning.text()
    formats = find(dialog, QComboBox, "export_format")
    formats.setFocus()
    while formats.currentData() != "html":
        qtbot.keyClick(formats, Qt.Key.Key_Down)
    save_to(monkeypatch, qtbot, dialog, tmp_path / "named.html")
    html = (tmp_path / "named.html").read_text("utf-8")
    assert any(n in html for n in load(dialog.session).state.people.names.values())


def test_notes_only_for_data_and_errors_are_said(qtbot, monkeypatch, dialog, tmp_path):
    notes = find(dialog, QCheckBox, "export_notes")
    assert not notes.isEnabled()  # a report never carries the notes
    formats = find(dialog, QComboBox, "export_format")
    formats.setCurrentIndex(formats.findData("json"))
    assert notes.isEnabled()
    (tmp_path / "file").write_text("x")
    save_to(monkeypatch, qtbot, dialog, tmp_path / "file" / "s.json")
    message = find(dialog, QLabel, "export_message").text()
    assert "cannot be written" in message or "could not" in message.lower()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "lesson.alqa" and not p.name.startswith(
        "lesson.alqa")) == ["file"]


def test_every_control_has_a_name_and_a_language(qtbot, dialog):
    assert all(w.accessibleName() for w in focusable(dialog))
    languages = find(dialog, QComboBox, "export_language")
    assert [languages.itemData(i) for i in range(languages.count())] == ["kk", "ru", "en"]
    assert languages.currentData() == "en"


def test_csv_codebook_comes_in_the_chosen_language(qtbot, monkeypatch, dialog, tmp_path):
    import zipfile

    formats = find(dialog, QComboBox, "export_format")
    formats.setCurrentIndex(formats.findData("csv"))
    languages = find(dialog, QComboBox, "export_language")
    languages.setCurrentIndex(languages.findData("kk"))
    save_to(monkeypatch, qtbot, dialog, tmp_path / "tables.zip")
    codebook = zipfile.ZipFile(tmp_path / "tables.zip").read("codebook.md").decode("utf-8")
    assert set("ӘәҒғҚқҢңӨөҰұҮүІі") & set(codebook)
