"""Asking before something that cannot be undone: the answer button names the action."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """True only if the teacher pressed the button labelled `action` (Cancel and Escape say no)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen
