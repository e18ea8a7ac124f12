"""Nytt ärende: who raised the need, the question, the child."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from sipdesk.services.errors import DomainError
from sipdesk.ui.forms import MUTED_STYLE, error_label, organisation_combo, show_error


class NewCaseDialog(QDialog):
    """Create a case; OK stays disabled until the services accept what is written.

    After exec() returns Accepted, `case` holds the created case.
    """

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.setObjectName("NewCaseDialog")
        self.setWindowTitle("Nytt ärende")
        self.setMinimumWidth(520)
        self._ws = ws
        self.case = None
        self._touched: set[str] = set()

        intro = QLabel(
            "Behov av samordning har upptäckts. Skriv vem som väckte behovet, "
            "vad SIP:en ska hjälpa till med och vilket barn det gäller."
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)

        self.organisation = organisation_combo(
            ws.directory.organisations(), none_text="(ingen organisation vald)"
        )
        self.organisation.setObjectName("RaisedByOrganisation")
        self.function = QLineEdit()
        self.function.setObjectName("RaisedByFunction")
        self.function.setPlaceholderText("till exempel mentor, kurator eller vårdnadshavare")
        self.question = QPlainTextEdit()
        self.question.setObjectName("Question")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText("Vad ska SIP:en hjälpa till med?")
        self.question.setFixedHeight(80)
        self.first_name = QLineEdit()
        self.first_name.setObjectName("FirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("LastName")
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("Personnummer")
        self.personnummer.setPlaceholderText("ÅÅÅÅMMDD-NNNN (frivilligt)")
        self.errors = {
            "question": error_label(self, "QuestionError"),
            "first_name": error_label(self, "NameError"),
            "personnummer": error_label(self, "PersonnummerError"),
        }

        form = QFormLayout()
        form.addRow("Väckt av organisation", self.organisation)
        form.addRow("Funktion", self.function)
        form.addRow("Frågeställning", self.question)
        form.addRow("", self.errors["question"])
        form.addRow("Barnets förnamn", self.first_name)
        form.addRow("Barnets efternamn", self.last_name)
        form.addRow("", self.errors["first_name"])
        form.addRow("Personnummer", self.personnummer)
        form.addRow("", self.errors["personnummer"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Skapa ärende")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
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

    def _fields(self) -> dict:
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
        problems = self._ws.cases.validate_new(**self._fields())
        widgets = {"question": self.question, "first_name": self.first_name,
                   "personnummer": self.personnummer}
        for field, label in self.errors.items():
            shown = problems.get(field) if field in self._touched else None
            show_error(label, widgets[field], shown)
        self.ok_button.setEnabled(not problems)
        return problems

    def accept(self) -> None:
        if self._validate():
            return
        try:
            self.case = self._ws.cases.create(
                **self._fields(),
                raised_by_org_id=self.organisation.currentData(),
                raised_by_function=self.function.text(),
            )
        except DomainError as error:  # nothing typed is lost: the dialog stays open
            show_error(self.failure, None, str(error))
            return
        super().accept()
