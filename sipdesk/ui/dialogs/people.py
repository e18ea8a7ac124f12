"""Dialogs for a guardian of a case and a professional of the directory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from sipdesk.domain.entities import Guardian, Person
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer
from sipdesk.services.errors import DomainError
from sipdesk.ui.forms import error_label, organisation_combo, show_error


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class _SubmitDialog(QDialog):
    """OK calls `submit(value)`; a refusal is shown in the dialog, which stays open."""

    def __init__(self, title: str, submit: Callable, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._submit = submit
        self.result_value = None
        self.failure = error_label(self, "DialogError")

    def value(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.value())
        except DomainError as error:
            show_error(self.failure, None, str(error))
            return
        super().accept()


class GuardianDialog(_SubmitDialog):
    def __init__(self, submit: Callable[[Guardian], object], guardian: Guardian | None = None,
                 parent=None):
        super().__init__("Vårdnadshavare", submit, parent)
        self.setObjectName("GuardianDialog")
        self._id = guardian.id if guardian else None
        g = guardian or Guardian("")
        self.name = QLineEdit(g.name)
        self.name.setObjectName("GuardianName")
        self.personnummer = QLineEdit(g.personnummer or "")
        self.personnummer.setObjectName("GuardianPersonnummer")
        self.personnummer.setPlaceholderText("ÅÅÅÅMMDD-NNNN (frivilligt)")
        self.phone = QLineEdit(g.phone)
        self.email = QLineEdit(g.email)
        self.address = QLineEdit(g.address)
        self.pnr_error = error_label(self, "GuardianPersonnummerError")
        form = QFormLayout()
        form.addRow("Namn", self.name)
        form.addRow("Personnummer", self.personnummer)
        form.addRow("", self.pnr_error)
        form.addRow("Telefon", self.phone)
        form.addRow("E-post", self.email)
        form.addRow("Adress", self.address)
        self.buttons = _buttons(self, "Spara" if guardian else "Lägg till")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.personnummer.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.personnummer.text().strip()
        problem = None
        if sum(ch.isdigit() for ch in text) >= 10:
            try:
                parse_personnummer(text)
            except ValidationError as error:
                problem = error.message
        show_error(self.pnr_error, self.personnummer, problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and problem is None)

    def value(self) -> Guardian:
        return Guardian(
            name=self.name.text(),
            id=self._id,
            personnummer=self.personnummer.text() or None,
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
        )


class PersonDialog(_SubmitDialog):
    """A professional: name, profession (not an organisation) and organisation."""

    def __init__(self, organisations, submit: Callable[[Person], object],
                 person: Person | None = None, organisation_id: int | None = None, parent=None):
        super().__init__("Person i nätverket", submit, parent)
        self.setObjectName("PersonDialog")
        self._id = person.id if person else None
        p = person or Person("", "", organisation_id)
        self.name = QLineEdit(p.name)
        self.name.setObjectName("PersonName")
        self.profession = QLineEdit(p.profession)
        self.profession.setObjectName("PersonProfession")
        self.profession.setPlaceholderText("till exempel psykolog, kurator, mentor")
        self.organisation = organisation_combo(
            organisations, p.organisation_id, none_text="(ingen organisation)"
        )
        self.organisation.setObjectName("PersonOrganisation")
        self.phone = QLineEdit(p.phone)
        self.email = QLineEdit(p.email)
        form = QFormLayout()
        form.addRow("Namn", self.name)
        form.addRow("Yrke", self.profession)
        form.addRow("Organisation", self.organisation)
        form.addRow("Telefon", self.phone)
        form.addRow("E-post", self.email)
        self.buttons = _buttons(self, "Spara" if person else "Lägg till")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)

    def value(self) -> Person:
        return Person(
            name=self.name.text(),
            profession=self.profession.text(),
            organisation_id=self.organisation.currentData(),
            id=self._id,
            phone=self.phone.text(),
            email=self.email.text(),
        )
