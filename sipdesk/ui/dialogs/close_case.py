"""Avsluta ärendet: why the case is closed, and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from sipdesk.domain.enums import CloseReason
from sipdesk.ui.forms import MUTED_STYLE


class CloseCaseDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CloseCaseDialog")
        self.setWindowTitle("Avsluta ärendet")
        self.setMinimumWidth(420)
        info = QLabel(
            "Ärendet försvinner från tavlan men finns kvar i arkivet och kan sökas fram "
            "och återöppnas."
        )
        info.setWordWrap(True)
        info.setStyleSheet(MUTED_STYLE)
        self.reason = QComboBox()
        self.reason.setObjectName("CloseReason")
        for reason in CloseReason:
            self.reason.addItem(reason.label, reason)
        self.note = QLineEdit()
        self.note.setObjectName("CloseNote")
        self.note.setPlaceholderText("Kort kommentar (frivilligt)")
        form = QFormLayout()
        form.addRow("Anledning", self.reason)
        form.addRow("Kommentar", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Avsluta ärendet")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[CloseReason, str]:
        return CloseReason(self.reason.currentData()), self.note.text().strip()
