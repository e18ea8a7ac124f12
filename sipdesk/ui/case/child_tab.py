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
from sipdesk.ui.i18n_case import translate, typing_problem


class ChildTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self._guardians: list[Guardian] = []
        case_id = edits.case_id

        self.first_name = QLineEdit()
        self.first_name.setObjectName("ChildFirstName")
        self.first_name.setAccessibleDescription(translate(
            "ChildTab", "Barnets förnamn; sparas medan du skriver"))
        self.last_name = QLineEdit()
        self.last_name.setObjectName("ChildLastName")
        self.last_name.setAccessibleDescription(translate(
            "ChildTab", "Barnets efternamn; sparas medan du skriver"))
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("ChildPersonnummer")
        self.personnummer.setAccessibleDescription(translate(
            "ChildTab", "Barnets personnummer, ÅÅÅÅMMDD-NNNN; kontrolleras när du lämnar fältet"))
        self.personnummer.setPlaceholderText(translate("ChildTab", "ÅÅÅÅMMDD-NNNN"))
        self.personnummer.setMaximumWidth(220)
        for edit in (self.first_name, self.last_name):
            edit.setMaximumWidth(420)
        self.birth_date = label("", style=theme.MUTED_TEXT)
        self.name_error = error_label(self, "ChildNameError")
        self.personnummer_error = error_label(self, "ChildPersonnummerError")

        rows = form(QFormLayout())
        rows.addRow(translate("ChildTab", "Förnamn"), self.first_name)
        rows.addRow(translate("ChildTab", "Efternamn"), self.last_name)
        rows.addRow("", self.name_error)
        rows.addRow(translate("ChildTab", "Personnummer"), self.personnummer)
        rows.addRow("", self.personnummer_error)
        rows.addRow(translate("ChildTab", "Födelsedatum"), self.birth_date)

        edits.text("child_first_name", translate("ChildTab", "förnamn"), self.first_name,
                   get=lambda c: c.child.first_name,
                   put=lambda ws, v: ws.cases.set_field(case_id, "child_first_name", v),
                   error=self.name_error)
        edits.text("child_last_name", translate("ChildTab", "efternamn"), self.last_name,
                   get=lambda c: c.child.last_name,
                   put=lambda ws, v: ws.cases.set_field(case_id, "child_last_name", v),
                   error=self.name_error)
        edits.text("personnummer", translate("ChildTab", "personnummer"), self.personnummer,
                   get=lambda c: c.child.personnummer or "",
                   put=lambda ws, v: ws.cases.set_personnummer(case_id, v) or "",
                   error=self.personnummer_error, validate=self._check_personnummer,
                   while_typing=False)

        guardians = QGroupBox(translate("ChildTab", "Vårdnadshavare"))
        self.guardian_table = list_table(
            [translate("ChildTab", "Namn"), translate("ChildTab", "Personnummer"),
             translate("ChildTab", "Telefon"), translate("ChildTab", "E-post"),
             translate("ChildTab", "Adress")], "GuardianTable",
            translate("ChildTab", "Vårdnadshavare")
        )
        self.guardian_table.doubleClicked.connect(self.edit_guardian)
        add = QPushButton(translate("ChildTab", "Lägg till vårdnadshavare…"))
        add.setObjectName("AddGuardian")
        add.setAccessibleDescription(translate(
            "ChildTab", "Öppnar ett formulär för en ny vårdnadshavare"))
        add.clicked.connect(self.add_guardian)
        change = QPushButton(translate("ChildTab", "Ändra…"))
        change.setObjectName("EditGuardian")
        change.setAccessibleDescription(translate(
            "ChildTab", "Ändrar den vårdnadshavare som är vald i tabellen"))
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
            return typing_problem(error.message)
        return None

    # --- guardians (each change undoable) ----------------------------------------------

    def add_guardian(self, *_args: Any) -> None:
        """The dialog stores the guardian itself, with its undo step; the record hears of it."""
        GuardianDialog.adding(self._edits.ops, self._edits.case_id, parent=self).exec()

    def edit_guardian(self, *_args: Any) -> None:
        gid = selected_id(self.guardian_table)
        old = next((g for g in self._guardians if g.id == gid), None)
        if old is None:
            show_error(self.guardian_error, None, translate(
                "ChildTab", "Välj vårdnadshavaren som ska ändras i listan."))
            return
        show_error(self.guardian_error, None, None)
        GuardianDialog.editing(self._edits.ops, self._edits.case_id, old, parent=self).exec()
