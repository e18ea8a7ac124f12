"""Recording who signed a plan version, and how: the signing part of "Avsluta mötet".

SigningForm offers everyone on the plan's signature lines (each person present,
a substitute as the person who came, the guardians, the child where it applies),
on paper (everyone ticked) or "justerad" by the participants ticked, and the
date. Registering freezes the version through ops; every surface hears of it.
SigningDialog is the same form with the checklist, for a plan signed on paper
after the meeting (the case record's plan versions).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.entities import Plan
from sipdesk.domain.enums import SigningMethod
from sipdesk.domain.signing import Signer, SigningState, signing_problem
from sipdesk.ui import theme
from sipdesk.ui.forms import date_edit, describe, error_label, pydate, qdate, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import signed_how
from sipdesk.ui.i18n_meetings import check_text, family_role, translate
from sipdesk.ui.i18n_meetings import signing_problem as problem_text
from sipdesk.ui.meeting_mode.checklist_view import ChecklistView
from sipdesk.ui.operations import Failure, Operations

SignerRole = Qt.ItemDataRole.UserRole + 1
NOT_READY = QT_TRANSLATE_NOOP("SigningForm",
                              "Planen kan skrivas under när allt i listan ovan är klart.")


class SigningForm(QWidget):
    """objectName SigningForm. `signed(Plan)` once the version is signed and frozen."""

    signed = Signal(object)  # Plan

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SigningForm")
        self._ops = ops
        self.state: SigningState | None = None
        self._saving = False
        self.paper = QRadioButton(translate("SigningForm", "Alla skriver under på papper"))
        self.paper.setObjectName("SignedOnPaper")
        self.paper.setAccessibleDescription(translate(
            "SigningForm", "Alla deltagare skriver under planen på papper"))
        self.paper.setChecked(True)
        self.adjusted = QRadioButton(translate("SigningForm", "Justeras av namngivna deltagare"))
        self.adjusted.setObjectName("SignedAdjusted")
        self.adjusted.setAccessibleDescription(translate(
            "SigningForm", "Några namngivna deltagare justerar planen för alla"))
        self._method = QButtonGroup(self)
        self._method.addButton(self.paper)
        self._method.addButton(self.adjusted)
        self._method.buttonClicked.connect(lambda _b: self._method_chosen())
        self.signers = QListWidget()
        self.signers.setObjectName("Signers")
        self.signers.setAccessibleDescription(translate(
            "SigningForm", "Kryssa i dem som skrev under eller justerade"))
        self.signers.setAccessibleName(translate("SigningForm", "Vem skrev under"))
        self.signers.setSpacing(2)
        self.signers.itemChanged.connect(lambda _i: self._check())
        self.signed_on = date_edit(ops.today())
        self.signed_on.setObjectName("SignedOn")
        self.signed_on.setAccessibleDescription(translate(
            "SigningForm", "Dagen då planen skrevs under"))
        self.signed_on.setMaximumDate(qdate(ops.today()))
        self.signed_on.setMaximumWidth(170)
        self.record_button = QPushButton(
            translate("SigningForm", "Registrera underskrifterna och lås planen"))
        self.record_button.setObjectName("RecordSigning")
        self.record_button.setDefault(False)
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.hint = QLabel(translate("SigningForm", NOT_READY))
        self.hint.setObjectName("SigningHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(theme.MUTED_TEXT)
        self.error = error_label(self, "SigningError")
        self.result = QLabel("")
        self.result.setObjectName("SigningResult")
        self.result.setWordWrap(True)
        self.result.hide()

        methods = QHBoxLayout()
        methods.addWidget(self.paper)
        methods.addWidget(self.adjusted)
        methods.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("SigningForm", "Hur"), methods)
        form.addRow(translate("SigningForm", "Vem"), self.signers)
        form.addRow(translate("SigningForm", "Datum"), self.signed_on)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        self._inputs: list[QWidget] = [self.paper, self.adjusted, self.signers, self.signed_on]
        self._check()

    # --- showing ----------------------------------------------------------------------

    def show_state(self, state: SigningState) -> None:
        """A read of the plan arrived: who can sign; ticks already made here stay."""
        first = self.state is None or self.state.plan_id != state.plan_id
        old = self.state
        self.state = state
        if first or old is None or old.choices != state.choices:
            self._fill(state, keep=not first)
        if first:
            self.signed_on.setDate(qdate(state.default_date))
        if state.is_signed:
            self._show_signed(state)
        self._check()

    def _fill(self, state: SigningState, *, keep: bool) -> None:
        ticked = {s for s in self.chosen()} if keep else None
        self.signers.blockSignals(True)
        self.signers.clear()
        for choice in state.choices:
            note = "" if choice.present else " · " + translate("SigningForm", "inte på mötet")
            item = QListWidgetItem(f"{choice.name} – {family_role(choice.role)}{note}")
            item.setData(SignerRole, choice.signer)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            on = (choice.signer in ticked) if ticked is not None else self.paper.isChecked()
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.signers.addItem(item)
        self.signers.blockSignals(False)
        # As tall as its people (within reason): no empty box, no scrolling for a few.
        rows = min(max(self.signers.count(), 3), 9)
        row_height = self.signers.sizeHintForRow(0) if self.signers.count() else 20
        self.signers.setFixedHeight(rows * (row_height + 2 * self.signers.spacing())
                                    + 2 * self.signers.frameWidth() + 4)

    def _show_signed(self, state: SigningState) -> None:
        fingerprint = (" " + translate("SigningForm", "Fingeravtryck {fingerprint}.").format(
            fingerprint=state.short_fingerprint) if state.short_fingerprint else "")
        how = signed_how(state.signing_method, state.signed_on,
                         [s.name for s in state.signatures])
        locked = translate("SigningForm", "Plan version {version} är låst. {how}")
        self.result.setText(locked.format(version=state.version, how=how) + fingerprint)
        self.result.setStyleSheet(theme.banner("ok"))
        self.result.show()
        self.adjusted.setChecked(state.signing_method is SigningMethod.ADJUSTED)
        self.paper.setChecked(state.signing_method is not SigningMethod.ADJUSTED)
        signed = {(s.invitation_id, s.guardian_id, s.is_child) for s in state.signatures}
        self.signers.blockSignals(True)
        for item in self._items():
            signer: Signer = item.data(SignerRole)
            mine = any(signer.invitation_id is not None and signer.invitation_id == inv
                       or signer.guardian_id is not None and signer.guardian_id == g
                       or signer.child and child for inv, g, child in signed)
            item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
        self.signers.blockSignals(False)
        if state.signed_on is not None:
            self.signed_on.setDate(qdate(state.signed_on))

    # --- choosing ---------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.signers.item(row) for row in range(self.signers.count())]

    def method(self) -> SigningMethod:
        return SigningMethod.ADJUSTED if self.adjusted.isChecked() else SigningMethod.PAPER

    def chosen(self) -> list[Signer]:
        return [item.data(SignerRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) the person whose line starts with `name`."""
        for item in self._items():
            if item.text().startswith(f"{name} –"):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _method_chosen(self) -> None:
        # On paper everyone signs; "justerad" starts from nobody: tick the adjusters.
        on = self.paper.isChecked()
        self.signers.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.signers.blockSignals(False)
        self._check()

    def _check(self) -> None:
        state = self.state
        signed = state is not None and state.is_signed
        for widget in self._inputs:
            widget.setEnabled(state is not None and not signed and not self._saving)
        problem = problem_text(signing_problem(self.method(), self.chosen()))
        ready = state is not None and state.ready
        self.record_button.setEnabled(state is not None and not signed and ready
                                      and problem is None and not self._saving)
        self.record_button.setVisible(not signed)
        if signed:
            self.hint.hide()
        elif state is not None and not ready:
            self.hint.setText(translate("SigningForm", NOT_READY))
            self.hint.show()
        else:
            self.hint.setText(problem or translate(
                "SigningForm", "Registrera när alla har skrivit under (eller justerat). Sedan "
                               "kan planen inte ändras."))
            self.hint.show()

    # --- storing ----------------------------------------------------------------------

    def record(self) -> None:
        state = self.state
        if state is None or self._saving:
            return
        plan_id, method, signers = state.plan_id, self.method(), self.chosen()
        on: date = pydate(self.signed_on.date())
        self._saving = True
        show_error(self.error, None, None)
        self._check()
        self._ops.write(self, lambda ws: ws.plans.sign(plan_id, on, signers, method),
                        self._signed, self._refused)

    def _signed(self, plan: Plan) -> None:
        self._saving = False
        self._check()
        self.signed.emit(plan)

    def _refused(self, failure: Failure) -> None:
        self._saving = False
        lines = list(failure.reasons) or [failure.message]
        text = translate("SigningForm", "Planen skrevs inte under. {reasons}")
        show_error(self.error, None,
                   text.format(reasons=" ".join(check_text(line) for line in lines)))
        self._check()


class SigningDialog(QDialog):
    """The checklist and the signing form for one plan version (objectName SigningDialog).

    Reads the plan through ops, reads again when the case's plan or meetings
    change, and closes (accepted) once the version is signed.
    """

    def __init__(self, ops: Operations, plan_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SigningDialog")
        self.setWindowTitle(translate("SigningDialog", "Registrera underskrifter"))
        self._ops = ops
        self.plan_id = plan_id
        self.case_id: int | None = None
        self.plan: Plan | None = None
        self.heading = QLabel(translate("SigningDialog", "Läser in…"))
        self.heading.setObjectName("SigningHeading")
        self.heading.setStyleSheet(f"font-weight: 600; {theme.font_size(13)} color: {theme.INK};")
        self.checklist = ChecklistView(jumps=False)
        self.form = SigningForm(ops)
        self.form.signed.connect(self._signed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("SigningDialog", "Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.checklist)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._reread = QTimer(self, singleShot=True, interval=20)
        self._reread.timeout.connect(self.refresh)
        ops.changed.connect(self._changed)
        self.refresh()
        describe(self)

    def refresh(self) -> None:
        plan_id = self.plan_id
        self._ops.read(self, lambda ws: ws.plans.signing_state(plan_id), self._show,
                       lambda failure: self.heading.setText(failure.message))

    def _show(self, state: SigningState) -> None:
        self.case_id = state.case_id
        heading = translate("SigningDialog", "{reference} {child} · plan version {version}")
        self.heading.setText(heading.format(reference=state.case_reference,
                                            child=state.child_name, version=state.version))
        self.checklist.show_items(state.items)
        self.form.show_state(state)

    def _changed(self, changes: Changes) -> None:
        if self.case_id is not None and changes.origin is not self.form and \
                changes.touches(self.case_id, Part.PLAN, Part.MEETINGS, Part.RECORD):
            self._reread.start()

    def _signed(self, plan: Plan) -> None:
        self.plan = plan
        self.accept()
