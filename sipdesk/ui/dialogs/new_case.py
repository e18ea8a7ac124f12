"""Nytt ärende: who raised the need, the question, the child.

What the form checks as you type needs no store (sipdesk.domain.case_rules),
so it runs on every keystroke on the GUI thread. The organisations come from
a read, and the case is created through ops on the store worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.case_rules import new_case_problems
from sipdesk.domain.entities import Case, Organisation
from sipdesk.ui import theme
from sipdesk.ui.forms import (
    describe,
    error_label,
    fill_organisation_combo,
    organisation_combo,
    show_error,
)
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import domain_sentence, translate, typing_problem
from sipdesk.ui.operations import Failure, Operations

NO_ORGANISATION = QT_TRANSLATE_NOOP("NewCaseDialog", "(ingen organisation vald)")


class NewCaseDialog(QDialog):
    """Create a case; OK stays disabled until what is written makes a complete case.

    After `accepted`, `case` holds the created case. A refusal keeps the
    dialog open with the Swedish reason, nothing typed lost.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NewCaseDialog")
        self.setWindowTitle(translate("NewCaseDialog", "Nytt ärende"))
        self.setMinimumWidth(520)
        self._ops = ops
        self.case: Case | None = None
        self._touched: set[str] = set()
        self._creating = False

        intro = QLabel(translate(
            "NewCaseDialog", "Behov av samordning har upptäckts. Skriv vem som väckte behovet, "
                             "vad SIP:en ska hjälpa till med och vilket barn det gäller."
        ))
        intro.setWordWrap(True)
        intro.setStyleSheet(theme.MUTED_TEXT)

        self.organisation = organisation_combo(
            none_text=translate("NewCaseDialog", NO_ORGANISATION))
        self.organisation.setObjectName("RaisedByOrganisation")
        self.organisation.setAccessibleDescription(translate(
            "NewCaseDialog", "Verksamheten som väckte frågan om SIP"))
        self.function = QLineEdit()
        self.function.setObjectName("RaisedByFunction")
        self.function.setAccessibleDescription(translate(
            "NewCaseDialog", "Funktionen hos den som väckte frågan, till exempel mentor"))
        self.function.setPlaceholderText(
            translate("NewCaseDialog", "till exempel mentor, kurator eller vårdnadshavare"))
        self.question = QPlainTextEdit()
        self.question.setAccessibleDescription(translate(
            "NewCaseDialog", "Frågan som SIP:en ska besvara, gärna med familjens ord"))
        self.question.setObjectName("Question")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(
            translate("NewCaseDialog", "Vad ska SIP:en hjälpa till med?"))
        self.question.setFixedHeight(80)
        self.first_name = QLineEdit()
        self.first_name.setObjectName("FirstName")
        self.first_name.setAccessibleDescription(translate(
            "NewCaseDialog", "Barnets förnamn"))
        self.last_name = QLineEdit()
        self.last_name.setObjectName("LastName")
        self.last_name.setAccessibleDescription(translate(
            "NewCaseDialog", "Barnets efternamn"))
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("Personnummer")
        self.personnummer.setAccessibleDescription(translate(
            "NewCaseDialog", "Barnets personnummer, ÅÅÅÅMMDD-NNNN, om det är känt"))
        self.personnummer.setPlaceholderText(
            translate("NewCaseDialog", "ÅÅÅÅMMDD-NNNN (frivilligt)"))
        self.errors = {
            "question": error_label(self, "QuestionError"),
            "first_name": error_label(self, "NameError"),
            "personnummer": error_label(self, "PersonnummerError"),
        }

        form = QFormLayout()
        form.addRow(translate("NewCaseDialog", "Väckt av organisation"), self.organisation)
        form.addRow(translate("NewCaseDialog", "Funktion"), self.function)
        form.addRow(translate("NewCaseDialog", "Frågeställning"), self.question)
        form.addRow("", self.errors["question"])
        form.addRow(translate("NewCaseDialog", "Barnets förnamn"), self.first_name)
        form.addRow(translate("NewCaseDialog", "Barnets efternamn"), self.last_name)
        form.addRow("", self.errors["first_name"])
        form.addRow(translate("NewCaseDialog", "Personnummer"), self.personnummer)
        form.addRow("", self.errors["personnummer"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("NewCaseDialog", "Skapa ärende"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("NewCaseDialog", "Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.failure = error_label(self, "CreateError")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)

        self.question.textChanged.connect(lambda: self._changed("question"))
        self.first_name.textEdited.connect(lambda: self._changed("first_name"))
        self.last_name.textEdited.connect(lambda: self._changed("first_name"))
        self.personnummer.textChanged.connect(lambda: self._changed("personnummer"))
        self.personnummer.editingFinished.connect(lambda: self._changed("personnummer", True))
        self._validate()
        ops.read(self, lambda ws: ws.directory.organisations(), self._organisations_read,
                 self._failed)
        describe(self)

    def _organisations_read(self, organisations: list[Organisation]) -> None:
        # A choice made while the list was being read is kept.
        fill_organisation_combo(self.organisation, organisations,
                                self.organisation.currentData(),
                                translate("NewCaseDialog", NO_ORGANISATION))

    def _fields(self) -> dict[str, Any]:
        return dict(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            question=self.question.toPlainText(),
            personnummer=self.personnummer.text(),
        )

    def _changed(self, field: str, finished: bool = False) -> None:
        if field != "personnummer" or finished or self._looks_complete():
            self._touched.add(field)
        self._validate()

    def _looks_complete(self) -> bool:
        return sum(ch.isdigit() for ch in self.personnummer.text()) >= 10

    def _validate(self) -> dict[str, str]:
        problems = new_case_problems(**self._fields())
        widgets = {"question": self.question, "first_name": self.first_name,
                   "personnummer": self.personnummer}
        for field, label in self.errors.items():
            shown = problems.get(field) if field in self._touched else None
            show_error(label, widgets[field], typing_problem(shown))
        self.ok_button.setEnabled(not problems and not self._creating)
        return problems

    def accept(self) -> None:
        if self._creating or self._validate():
            return
        fields = self._fields()
        fields.update(raised_by_org_id=self.organisation.currentData(),
                      raised_by_function=self.function.text())
        self._creating = True
        self.ok_button.setEnabled(False)
        show_error(self.failure, None, None)
        self._ops.write(self, lambda ws: ws.cases.create(**fields), self._created, self._failed)

    def _created(self, case: Case) -> None:
        self._creating = False
        self.case = case
        super().accept()

    def _failed(self, failure: Failure) -> None:
        """Nothing typed is lost: the dialog stays open with the reason."""
        self._creating = False
        show_error(self.failure, None, domain_sentence(failure.message))
        self._validate()
