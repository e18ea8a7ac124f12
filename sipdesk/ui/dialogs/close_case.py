"""Avsluta ärendet: why the case is closed, and a note; the one dialog for closing a case.

The record's close button and the plan versions' stage-6 box both open this
dialog. It checks the reason against the case's stage as you choose it (a
pure rule: "goals reached" only after the follow-up), then closes the case
through ops on the store worker. It closes itself when the case is closed,
and stays open with the Swedish reason when the services refuse.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Case
from sipdesk.domain.enums import CloseReason, Stage
from sipdesk.domain.stages import close_problem
from sipdesk.ui import theme
from sipdesk.ui.forms import describe, error_label, show_error
from sipdesk.ui.i18n_case import close_problem_text, domain_sentence, enum_label, translate
from sipdesk.ui.operations import Failure, Operations, UndoStep


def close_step(case_id: int, reason: CloseReason, note: str) -> UndoStep:
    """Undoing a close opens the case again where it was; redoing closes it the same way."""
    return UndoStep(
        translate("CloseCaseDialog", "Avsluta ärendet"), case_id,
        undo=lambda ws: ws.cases.reopen(case_id),
        redo=lambda ws: ws.cases.close(case_id, reason, note),
    )


class CloseCaseDialog(QDialog):
    """objectName CloseCaseDialog.

    `CloseCaseDialog(ops, case_id, stage=..., parent=widget).open()`; after
    `accepted`, `case` is the closed case and `chosen()` what was chosen.
    """

    def __init__(self, ops: Operations, case_id: int, *, stage: Stage | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CloseCaseDialog")
        self.setWindowTitle(translate("CloseCaseDialog", "Avsluta ärendet"))
        self.setMinimumWidth(420)
        self._ops = ops
        self.case_id = case_id
        self.stage = stage
        self.case: Case | None = None
        self._writing = False

        info = QLabel(translate(
            "CloseCaseDialog", "Ärendet försvinner från tavlan men finns kvar i arkivet och kan "
                               "sökas fram och återöppnas."
        ))
        info.setWordWrap(True)
        info.setStyleSheet(theme.MUTED_TEXT)
        self.reason = QComboBox()
        self.reason.setAccessibleDescription(translate(
            "CloseCaseDialog", "Varför ärendet avslutas"))
        self.reason.setObjectName("CloseReason")
        for reason in CloseReason:
            self.reason.addItem(enum_label(reason), reason)
        # The first reason this stage allows, so the dialog opens ready to use.
        allowed = [i for i, r in enumerate(CloseReason) if self._problem(r) is None]
        self.reason.setCurrentIndex(allowed[0] if allowed else 0)
        self.reason_error = error_label(self, "CloseReasonError")
        self.note = QLineEdit()
        self.note.setObjectName("CloseNote")
        self.note.setAccessibleDescription(translate(
            "CloseCaseDialog", "En kort anteckning om avslutet, om det behövs"))
        self.note.setPlaceholderText(translate("CloseCaseDialog", "Kort kommentar (frivilligt)"))
        form = QFormLayout()
        form.addRow(translate("CloseCaseDialog", "Anledning"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow(translate("CloseCaseDialog", "Kommentar"), self.note)
        self.failure = error_label(self, "CloseCaseError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleDescription(translate(
            "CloseCaseDialog", "Avslutar ärendet med valt skäl; det kan återöppnas senare"))
        self.ok_button.setText(translate("CloseCaseDialog", "Avsluta ärendet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("CloseCaseDialog", "Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(lambda _i: self._check())
        self._check()
        describe(self)

    def chosen(self) -> tuple[CloseReason, str]:
        return CloseReason(self.reason.currentData()), self.note.text().strip()

    def _problem(self, reason: CloseReason) -> str | None:
        return close_problem(self.stage, reason) if self.stage is not None else None

    def _check(self) -> str | None:
        problem = self._problem(self.chosen()[0])
        show_error(self.reason_error, self.reason,
                   close_problem_text(problem) if problem is not None else None)
        self.ok_button.setEnabled(problem is None and not self._writing)
        return problem

    def accept(self) -> None:
        if self._writing or self._check() is not None:
            return
        reason, note = self.chosen()
        case_id = self.case_id
        self._writing = True
        self.ok_button.setEnabled(False)
        show_error(self.failure, None, None)
        self._ops.write(self, lambda ws: ws.cases.close(case_id, reason, note),
                        self._closed, self._refused, undo=close_step(case_id, reason, note))

    def _closed(self, case: Case) -> None:
        self._writing = False
        self.case = case
        super().accept()

    def _refused(self, failure: Failure) -> None:
        """Nothing chosen is lost: the dialog stays open with the reason."""
        self._writing = False
        show_error(self.failure, None, domain_sentence(failure.message))
        self._check()
