"""Dialogs for a guardian of a case and a professional of the directory.

Both store what they hold themselves, through ops: OK runs the caller's
`submit(ws, value)` as a write on the store worker. The dialog closes when
the write succeeded (`result_value` is what it returned) and stays open with
the Swedish reason when it was refused, nothing typed lost. The class
methods `adding` and `editing` give the usual writes (with an undo step for
a case's guardian).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Guardian, Organisation, Person
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer
from sipdesk.ui.forms import (
    describe,
    error_label,
    fill_organisation_combo,
    organisation_combo,
    show_error,
)
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import domain_sentence, translate, typing_problem
from sipdesk.ui.operations import Failure, Operations, UndoStep

V = TypeVar("V")
# The write OK runs: a function of the workspace and the dialog's value.
Submit = Callable[[Any, V], Any]
UndoOf = UndoStep | Callable[[Any], UndoStep | None] | None

NO_ORGANISATION = QT_TRANSLATE_NOOP("PeopleDialogs", "(ingen organisation)")


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("PeopleDialogs", "Avbryt"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class _SubmitDialog(QDialog, Generic[V]):
    """OK writes `submit(ws, value())` through ops; a refusal is shown and the dialog stays."""

    def __init__(self, ops: Operations, title: str, submit: Submit[V], undo: UndoOf = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._ops = ops
        self._submit = submit
        self._undo = undo
        self._writing = False
        self.result_value: Any = None
        self.failure = error_label(self, "DialogError")
        self.buttons: QDialogButtonBox | None = None

    def value(self) -> V:  # pragma: no cover - overridden
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether what is typed may be sent (checks that need no store)."""
        return True

    def _ok_enabled(self) -> None:
        if self.buttons is not None:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(self.ready() and not self._writing)

    def accept(self) -> None:
        if self._writing or not self.ready():
            return
        value, submit = self.value(), self._submit
        self._writing = True
        self._ok_enabled()
        show_error(self.failure, None, None)
        self._ops.write(self, lambda ws: submit(ws, value), self._stored, self._refused,
                        undo=self._undo)

    def _stored(self, result: Any) -> None:
        self._writing = False
        self.result_value = result
        super().accept()

    def _refused(self, failure: Failure) -> None:
        self._writing = False
        show_error(self.failure, None, domain_sentence(failure.message))
        self._ok_enabled()


class GuardianDialog(_SubmitDialog[Guardian]):
    """objectName GuardianDialog: name, personnummer (checked as typed), phone, e-mail, address."""

    def __init__(self, ops: Operations, submit: Submit[Guardian],
                 guardian: Guardian | None = None, parent: QWidget | None = None, *,
                 undo: UndoOf = None):
        super().__init__(ops, translate("PeopleDialogs", "Vårdnadshavare"), submit, undo,
                         parent)
        self.setObjectName("GuardianDialog")
        self._id = guardian.id if guardian else None
        g = guardian or Guardian("")
        self.name = QLineEdit(g.name)
        self.name.setObjectName("GuardianName")
        self.name.setAccessibleDescription(translate(
            "PeopleDialogs", "Vårdnadshavarens för- och efternamn"))
        self.personnummer = QLineEdit(g.personnummer or "")
        self.personnummer.setObjectName("GuardianPersonnummer")
        self.personnummer.setAccessibleDescription(translate(
            "PeopleDialogs", "Vårdnadshavarens personnummer, ÅÅÅÅMMDD-NNNN, om det behövs"))
        self.personnummer.setPlaceholderText(
            translate("PeopleDialogs", "ÅÅÅÅMMDD-NNNN (frivilligt)"))
        self.phone = QLineEdit(g.phone)
        self.phone.setAccessibleDescription(translate(
            "PeopleDialogs", "Telefonnummer dit kallelser och frågor kan gå"))
        self.email = QLineEdit(g.email)
        self.email.setAccessibleDescription(translate(
            "PeopleDialogs", "E-postadress dit kallelser kan gå"))
        self.address = QLineEdit(g.address)
        self.address.setAccessibleDescription(translate(
            "PeopleDialogs", "Postadress för brev och kallelser"))
        self.pnr_error = error_label(self, "GuardianPersonnummerError")
        form = QFormLayout()
        form.addRow(translate("PeopleDialogs", "Namn"), self.name)
        form.addRow(translate("PeopleDialogs", "Personnummer"), self.personnummer)
        form.addRow("", self.pnr_error)
        form.addRow(translate("PeopleDialogs", "Telefon"), self.phone)
        form.addRow(translate("PeopleDialogs", "E-post"), self.email)
        form.addRow(translate("PeopleDialogs", "Adress"), self.address)
        self.buttons = _buttons(self, translate("PeopleDialogs", "Spara") if guardian
                                else translate("PeopleDialogs", "Lägg till"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.personnummer.textChanged.connect(self._check)
        self._check()
        describe(self)

    @classmethod
    def adding(cls, ops: Operations, case_id: int,
               parent: QWidget | None = None) -> GuardianDialog:
        """Add a guardian to the case; one undo step removes it again."""
        added: dict[str, int] = {}

        def submit(ws: Any, guardian: Guardian) -> Guardian:
            stored = ws.cases.add_guardian(case_id, guardian)
            added["id"] = stored.id
            return stored

        def step(stored: Guardian) -> UndoStep:
            def redo(ws: Any) -> None:
                added["id"] = ws.cases.add_guardian(case_id, _without_id(stored)).id

            return UndoStep(translate("PeopleDialogs", "Lägg till vårdnadshavare"), case_id,
                            undo=lambda ws: ws.cases.remove_guardian(case_id, added["id"]),
                            redo=redo)

        return cls(ops, submit, None, parent, undo=step)

    @classmethod
    def editing(cls, ops: Operations, case_id: int, guardian: Guardian,
                parent: QWidget | None = None) -> GuardianDialog:
        """Change a guardian of the case; one undo step puts back what was there."""
        def step(stored: Guardian) -> UndoStep:
            return UndoStep(translate("PeopleDialogs", "Ändra vårdnadshavare"), case_id,
                            undo=lambda ws: ws.cases.update_guardian(case_id, guardian),
                            redo=lambda ws: ws.cases.update_guardian(case_id, stored))

        return cls(ops, lambda ws, g: ws.cases.update_guardian(case_id, g), guardian, parent,
                   undo=step)

    def _problem(self) -> str | None:
        text = self.personnummer.text().strip()
        if sum(ch.isdigit() for ch in text) >= 10:
            try:
                parse_personnummer(text)
            except ValidationError as error:
                return typing_problem(error.message)
        return None

    def ready(self) -> bool:
        return bool(self.name.text().strip()) and self._problem() is None

    def _check(self) -> None:
        show_error(self.pnr_error, self.personnummer, self._problem())
        self._ok_enabled()

    def value(self) -> Guardian:
        return Guardian(
            name=self.name.text(),
            id=self._id,
            personnummer=self.personnummer.text() or None,
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
        )


def _without_id(guardian: Guardian) -> Guardian:
    return Guardian(guardian.name, None, guardian.personnummer, guardian.phone,
                    guardian.email, guardian.address)


class PersonDialog(_SubmitDialog[Person]):
    """objectName PersonDialog: name, profession (not an organisation) and organisation.

    The organisation list is read from the directory when the dialog opens.
    """

    def __init__(self, ops: Operations, submit: Submit[Person], person: Person | None = None,
                 organisation_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ops, translate("PeopleDialogs", "Person i nätverket"), submit, None,
                         parent)
        self.setObjectName("PersonDialog")
        self._id = person.id if person else None
        p = person or Person("", "", organisation_id)
        self._wanted_org = p.organisation_id
        self._organisations_known = False
        self.name = QLineEdit(p.name)
        self.name.setObjectName("PersonName")
        self.name.setAccessibleDescription(translate(
            "PeopleDialogs", "Personens för- och efternamn"))
        self.profession = QLineEdit(p.profession)
        self.profession.setObjectName("PersonProfession")
        self.profession.setAccessibleDescription(translate(
            "PeopleDialogs", "Personens yrke, till exempel kurator"))
        self.profession.setPlaceholderText(
            translate("PeopleDialogs", "till exempel psykolog, kurator, mentor"))
        self.organisation = organisation_combo(
            none_text=translate("PeopleDialogs", NO_ORGANISATION))
        self.organisation.setObjectName("PersonOrganisation")
        self.organisation.setAccessibleDescription(translate(
            "PeopleDialogs", "Organisationen i katalogen där personen arbetar"))
        self.organisation.activated.connect(
            lambda _i: setattr(self, "_wanted_org", self.organisation.currentData()))
        self.phone = QLineEdit(p.phone)
        self.phone.setAccessibleDescription(translate(
            "PeopleDialogs", "Personens telefonnummer i tjänsten"))
        self.email = QLineEdit(p.email)
        self.email.setAccessibleDescription(translate(
            "PeopleDialogs", "Personens e-postadress i tjänsten"))
        form = QFormLayout()
        form.addRow(translate("PeopleDialogs", "Namn"), self.name)
        form.addRow(translate("PeopleDialogs", "Yrke"), self.profession)
        form.addRow(translate("PeopleDialogs", "Organisation"), self.organisation)
        form.addRow(translate("PeopleDialogs", "Telefon"), self.phone)
        form.addRow(translate("PeopleDialogs", "E-post"), self.email)
        self.buttons = _buttons(self, translate("PeopleDialogs", "Spara") if person
                                else translate("PeopleDialogs", "Lägg till"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        ops.read(self, lambda ws: ws.directory.organisations(), self._organisations_read,
                 self._refused)
        describe(self)

    @classmethod
    def adding(cls, ops: Operations, organisation_id: int | None = None,
               parent: QWidget | None = None) -> PersonDialog:
        """Add a person to the directory; `result_value` is the stored Person."""
        return cls(ops, lambda ws, p: ws.directory.add_person(p),
                   organisation_id=organisation_id, parent=parent)

    @classmethod
    def editing(cls, ops: Operations, person: Person,
                parent: QWidget | None = None) -> PersonDialog:
        return cls(ops, lambda ws, p: ws.directory.update_person(p), person=person,
                   parent=parent)

    def _organisations_read(self, organisations: list[Organisation]) -> None:
        fill_organisation_combo(self.organisation, organisations, self._wanted_org,
                                translate("PeopleDialogs", NO_ORGANISATION))
        self._organisations_known = True

    def value(self) -> Person:
        return Person(
            name=self.name.text(),
            profession=self.profession.text(),
            # Before the directory is read, the organisation the dialog was opened with.
            organisation_id=self.organisation.currentData()
            if self._organisations_known else self._wanted_org,
            id=self._id,
            phone=self.phone.text(),
            email=self.email.text(),
        )

