"""A small window-modal question with one text field, whose answer is stored by its asker.

The asker connects `submitted`, starts a write, and calls refuse(message) when
a rule says no: the dialog stays open with the Swedish reason beside what was
typed, so nothing is lost; on success the asker calls accept(). The asker gives
the title, prompt and button in the window's language.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.ui.forms import error_label, show_error
from sipdesk.ui.i18n_meetings import translate
from sipdesk.ui.operations import Failure


class TextDialog(QDialog):
    """Asks for one text; `submitted(text)` when the coordinator confirms it."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, text: str = "",
                 multiline: bool = False, accept_text: str = "", name: str = "TextDialog"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field: QLineEdit | QPlainTextEdit
        if multiline:
            self.field = QPlainTextEdit(text)
            self.field.setTabChangesFocus(True)
            self.setMinimumWidth(480)
        else:
            self.field = QLineEdit(text)
            self.setMinimumWidth(380)
        self.field.setObjectName(f"{name}Text")
        label.setBuddy(self.field)
        layout.addWidget(self.field, 1)
        self.error = error_label(self, f"{name}Error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(accept_text or translate("TextDialog", "Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("TextDialog", "Avbryt"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def value(self) -> str:
        if isinstance(self.field, QPlainTextEdit):
            return self.field.toPlainText()
        return self.field.text()

    def set_value(self, text: str) -> None:
        if isinstance(self.field, QPlainTextEdit):
            self.field.setPlainText(text)
        else:
            self.field.setText(text)

    def refuse(self, message: str) -> None:
        """A rule said no: show why, keep what was typed, and let the coordinator try again."""
        if not shiboken6.isValid(self):
            return
        show_error(self.error, self.field, message)
        self.ok.setEnabled(True)
        self.field.setFocus()

    def refuse_failure(self, failure: Failure) -> None:
        self.refuse(failure.message)

    def succeed(self) -> None:
        if shiboken6.isValid(self):
            self.accept()

    def _submit(self) -> None:
        show_error(self.error, self.field, None)
        self.ok.setEnabled(False)  # one write at a time, not one per impatient click
        self.submitted.emit(self.value())
