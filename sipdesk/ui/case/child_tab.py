"""The record's first tab: the child's name and personnummer, and the guardians."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.entities import Guardian
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer
from sipdesk.domain.views import CaseView
from sipdesk.ui import theme
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.pieces import form, label
from sipdesk.ui.dialogs.people import GuardianDialog
from sipdesk.ui.forms import error_label, fill_table, list_table, selected_id, show_error


class ChildTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self._guardians: list[Guardian] = []
        case_id = edits.case_id

        self.first_name = QLineEdit()
        self.first_name.setObjectName("ChildFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("ChildLastName")
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("ChildPersonnummer")
        self.personnummer.setPlaceholderText("ÅÅÅÅMMDD-NNNN")
        self.personnummer.setMaximumWidth(220)
        for edit in (self.first_name, self.last_name):
            edit.setMaximumWidth(420)
        self.birth_date = label("", style=theme.MUTED_TEXT)
        self.name_error = error_label(self, "ChildNameError")
        self.personnummer_error = error_label(self, "ChildPersonnummerError")

        rows = form(QFormLayout())
        rows.addRow("Förnamn", self.first_name)
        rows.addRow("Efternamn", self.last_name)
        rows.addRow("", self.name_error)
        rows.addRow("Personnummer", self.personnummer)
        rows.addRow("", self.personnummer_error)
        rows.addRow("Födelsedatum", self.birth_date)

        edits.text("child_first_name", "förnamn", self.first_name,
                   get=lambda c: c.child.first_name,
                   put=lambda ws, v: ws.cases.set_field(case_id, "child_first_name", v),
                   error=self.name_error)
        edits.text("child_last_name", "efternamn", self.last_name,
                   get=lambda c: c.child.last_name,
                   put=lambda ws, v: ws.cases.set_field(case_id, "child_last_name", v),
                   error=self.name_error)
        edits.text("personnummer", "personnummer", self.personnummer,
                   get=lambda c: c.child.personnummer or "",
                   put=lambda ws, v: ws.cases.set_personnummer(case_id, v) or "",
                   error=self.personnummer_error, validate=self._check_personnummer,
                   while_typing=False)

        guardians = QGroupBox("Vårdnadshavare")
        self.guardian_table = list_table(
            ["Namn", "Personnummer", "Telefon", "E-post", "Adress"], "GuardianTable",
            "Vårdnadshavare"
        )
        self.guardian_table.doubleClicked.connect(self.edit_guardian)
        add = QPushButton("Lägg till vårdnadshavare…")
        add.setObjectName("AddGuardian")
        add.clicked.connect(self.add_guardian)
        change = QPushButton("Ändra…")
        change.setObjectName("EditGuardian")
        change.clicked.connect(self.edit_guardian)
        self.guardian_error = error_label(self, "GuardianError")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(change)
        buttons.addStretch(1)
        box = QVBoxLayout(guardians)
        box.addWidget(self.guardian_table)
        box.addWidget(self.guardian_error)
        box.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(rows)
        layout.addSpacing(8)
        layout.addWidget(guardians, 1)

    def show_view(self, view: CaseView) -> None:
        case = view.case
        self.birth_date.setText(words.iso(case.child.birth_date))
        self._guardians = list(case.guardians)
        fill_table(self.guardian_table,
                   [[g.name, g.personnummer or "", g.phone, g.email, g.address]
                    for g in case.guardians], [g.id for g in case.guardians])

    def _check_personnummer(self, text: str) -> str | None:
        text = text.strip()
        if not text or sum(ch.isdigit() for ch in text) < 10:
            return None  # still typing; leaving the field gives the full reason
        try:
            parse_personnummer(text, self._edits.ops.today())
        except ValidationError as error:
            return error.message
        return None

    # --- guardians (each change undoable) ----------------------------------------------

    def add_guardian(self, *_args: Any) -> None:
        """The dialog stores the guardian itself, with its undo step; the record hears of it."""
        GuardianDialog.adding(self._edits.ops, self._edits.case_id, parent=self).exec()

    def edit_guardian(self, *_args: Any) -> None:
        gid = selected_id(self.guardian_table)
        old = next((g for g in self._guardians if g.id == gid), None)
        if old is None:
            show_error(self.guardian_error, None, "Välj vårdnadshavaren som ska ändras i listan.")
            return
        show_error(self.guardian_error, None, None)
        GuardianDialog.editing(self._edits.ops, self._edits.case_id, old, parent=self).exec()
