"""The record's consent tab: the consents given, withdrawing one, and recording a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.entities import Consent
from sipdesk.domain.enums import ConsentForm
from sipdesk.domain.views import CaseView
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.pieces import checked_ids, fill_checklist, form, label, untick
from sipdesk.ui.forms import (
    date_edit,
    error_label,
    fill_table,
    list_table,
    pydate,
    selected_id,
    show_error,
)
from sipdesk.ui.i18n_case import enum_label, translate


def consent_rows(view: CaseView) -> list[list[str]]:
    """The consent table: given, by whom, form, covers, not, valid until, status."""
    case, orgs = view.case, view.organisations
    names = {g.id: g.name for g in case.guardians}
    rows = []
    for c in case.consents:
        givers = ([translate("ConsentTab", "barnet")] if c.by_child else []) + [
            names.get(i, translate("ConsentTab", "vårdnadshavare"))
            for i in sorted(c.guardian_ids)]
        status = (translate("ConsentTab", "Återkallat {date}").format(
                      date=words.iso(c.withdrawn_on)) if c.withdrawn_on
                  else translate("ConsentTab", "Gäller") if c.is_active(view.today)
                  else translate("ConsentTab", "Gäller inte"))
        excluded = [orgs[i].display_name for i in c.excluded_org_ids if i in orgs]
        rows.append([
            # Nobody named: domain.consent.consent_givers() says "vårdnadshavarna".
            words.iso(c.given_on),
            ", ".join(givers) or translate("ConsentTab", "vårdnadshavarna"),
            enum_label(c.form),
            ", ".join(sorted(orgs[i].display_name for i in c.covered_org_ids if i in orgs)),
            "; ".join(filter(None, [", ".join(sorted(excluded)), c.exclusions])),
            words.iso(c.valid_until, ""), status,
        ])
    return rows


def _fit_consent_columns(table: QTableWidget) -> None:
    """Dates, form and status as wide as they are; the organisations share the rest and
    are cut with "…" (whole in the tooltip), so "Gäller till" and "Status" stay in sight."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in (3, 4):  # Omfattar, Inte
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _untick_other(item: QListWidgetItem, other: QListWidget) -> None:
    if item.checkState() != Qt.CheckState.Checked:
        return
    ident = item.data(Qt.ItemDataRole.UserRole)
    for row in range(other.count()):
        twin = other.item(row)
        if twin.data(Qt.ItemDataRole.UserRole) == ident \
                and twin.checkState() == Qt.CheckState.Checked:
            twin.setCheckState(Qt.CheckState.Unchecked)


class ConsentTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        today = edits.ops.today()
        self.consent_table = list_table(
            [translate("ConsentTab", "Givet"), translate("ConsentTab", "Av"),
             translate("ConsentTab", "Form"), translate("ConsentTab", "Omfattar"),
             translate("ConsentTab", "Inte"), translate("ConsentTab", "Gäller till"),
             translate("ConsentTab", "Status")], "ConsentTable",
            translate("ConsentTab", "Samtycken")
        )
        _fit_consent_columns(self.consent_table)
        self.withdraw_on = date_edit(today)
        self.withdraw_on.setObjectName("WithdrawOn")
        self.withdraw_on.setAccessibleDescription(translate(
            "ConsentTab", "Dagen då samtycket återkallades"))
        withdraw = QPushButton(translate("ConsentTab", "Återkalla valt samtycke"))
        withdraw.setObjectName("WithdrawConsent")
        withdraw.setAccessibleDescription(translate(
            "ConsentTab", "Återkallar det samtycke som är valt i tabellen, från valt datum"))
        withdraw.clicked.connect(self.withdraw_consent)
        self.consent_error = error_label(self, "ConsentError")
        withdraw_row = QHBoxLayout()
        withdrawn_label = QLabel(translate("ConsentTab", "Återkallat den"))
        withdrawn_label.setBuddy(self.withdraw_on)
        withdraw_row.addWidget(withdrawn_label)
        withdraw_row.addWidget(self.withdraw_on)
        withdraw_row.addWidget(withdraw)
        withdraw_row.addStretch(1)

        new = QGroupBox(translate("ConsentTab", "Registrera samtycke"))
        grid = QGridLayout(new)
        grid.setHorizontalSpacing(16)
        self.consent_by_child = QCheckBox(translate("ConsentTab", "Barnet"))
        self.consent_by_child.setObjectName("ConsentByChild")
        self.consent_by_child.setAccessibleDescription(translate(
            "ConsentTab", "Kryssa i om barnet själv gav samtycket"))
        self.consent_guardians = QListWidget()
        self.consent_guardians.setObjectName("ConsentGuardians")
        self.consent_guardians.setAccessibleDescription(translate(
            "ConsentTab", "Kryssa i de vårdnadshavare som gav samtycket"))
        self.consent_guardians.setAccessibleName(
            translate("ConsentTab", "Vårdnadshavare som gav samtycket"))
        self.consent_guardians.setMaximumHeight(70)
        self.consent_form = QComboBox()
        self.consent_form.setObjectName("ConsentForm")
        self.consent_form.setAccessibleDescription(translate(
            "ConsentTab", "Hur samtycket gavs, till exempel skriftligt eller muntligt"))
        for consent_form in ConsentForm:
            self.consent_form.addItem(enum_label(consent_form), consent_form)
        self.consent_given_on = date_edit(today)
        self.consent_given_on.setObjectName("ConsentGivenOn")
        self.consent_given_on.setAccessibleDescription(translate(
            "ConsentTab", "Dagen då samtycket gavs"))
        self.consent_has_end = QCheckBox(translate("ConsentTab", "Gäller till"))
        self.consent_has_end.setObjectName("ConsentHasEnd")
        self.consent_has_end.setAccessibleDescription(translate(
            "ConsentTab", "Kryssa i om samtycket gäller till ett visst datum"))
        self.consent_valid_until = date_edit(today)
        self.consent_valid_until.setObjectName("ConsentValidUntil")
        self.consent_valid_until.setAccessibleName(
            translate("ConsentTab", "Samtycket gäller till"))
        self.consent_valid_until.setEnabled(False)
        self.consent_has_end.toggled.connect(self.consent_valid_until.setEnabled)
        self.consent_covered = QListWidget()
        self.consent_covered.setObjectName("ConsentCovered")
        self.consent_covered.setAccessibleDescription(translate(
            "ConsentTab", "Kryssa i verksamheterna som samtycket omfattar"))
        self.consent_covered.setAccessibleName(
            translate("ConsentTab", "Omfattar verksamheterna"))
        self.consent_excluded = QListWidget()
        self.consent_excluded.setObjectName("ConsentExcluded")
        self.consent_excluded.setAccessibleDescription(translate(
            "ConsentTab", "Kryssa i verksamheterna som samtycket inte får omfatta"))
        self.consent_excluded.setAccessibleName(translate("ConsentTab", "Får inte omfatta"))
        # An organisation is covered or excluded, never both (domain.consent.scope_refusal):
        # ticking it in one list unticks it in the other.
        self.consent_covered.itemChanged.connect(
            lambda item: _untick_other(item, self.consent_excluded))
        self.consent_excluded.itemChanged.connect(
            lambda item: _untick_other(item, self.consent_covered))
        self.consent_exclusions = QLineEdit()
        self.consent_exclusions.setObjectName("ConsentExclusions")
        self.consent_exclusions.setAccessibleDescription(translate(
            "ConsentTab", "Uppgifter som inte får delas, med familjens ord"))
        self.consent_exclusions.setAccessibleName(
            translate("ConsentTab", "Det samtycket inte får omfatta"))
        self.consent_exclusions.setPlaceholderText(
            translate("ConsentTab", "Det samtycket inte får omfatta, med familjens ord")
        )
        record = QPushButton(translate("ConsentTab", "Registrera samtycke"))
        record.setObjectName("RecordConsent")
        record.setAccessibleDescription(translate(
            "ConsentTab", "Registrerar samtycket med givare, form, datum och omfattning"))
        record.clicked.connect(self.record_consent)

        # Who may consent (a child under 15 not alone) is refused here, under the givers.
        self.given_by_error = error_label(self, "ConsentGivenByError")
        givers = QVBoxLayout()
        givers.addWidget(self.consent_by_child)
        givers.addWidget(self.consent_guardians)
        givers.addWidget(self.given_by_error)
        when = form(QFormLayout())
        when.addRow(translate("ConsentTab", "Form"), self.consent_form)
        when.addRow(translate("ConsentTab", "Givet den"), self.consent_given_on)
        when.addRow(self.consent_has_end, self.consent_valid_until)
        grid.addWidget(label(translate("ConsentTab", "Vem gav samtycket"), "SectionTitle"), 0, 0)
        grid.addLayout(givers, 1, 0)
        grid.addWidget(label(translate("ConsentTab", "Hur och när"), "SectionTitle"), 0, 1)
        grid.addLayout(when, 1, 1)
        grid.addWidget(label(translate("ConsentTab", "Omfattar verksamheterna"), "SectionTitle"),
                       2, 0)
        grid.addWidget(label(translate("ConsentTab", "Får inte omfatta"), "SectionTitle"), 2, 1)
        grid.addWidget(self.consent_covered, 3, 0)
        grid.addWidget(self.consent_excluded, 3, 1)
        grid.addWidget(self.consent_exclusions, 4, 0, 1, 2)
        grid.addWidget(self.consent_error, 5, 0, 1, 2)
        grid.addWidget(record, 6, 1, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.consent_table, 1)
        layout.addLayout(withdraw_row)
        layout.addWidget(new, 2)

    def show_view(self, view: CaseView) -> None:
        case = view.case
        fill_table(self.consent_table, consent_rows(view), [c.id for c in case.consents])
        fill_checklist(self.consent_guardians, [(g.id, g.name) for g in case.guardians])
        orgs = [(o.id, o.display_name) for o in view.organisations.values()]
        fill_checklist(self.consent_covered, orgs)
        fill_checklist(self.consent_excluded, orgs)

    def _filled_in(self) -> Consent:
        return Consent(
            given_on=pydate(self.consent_given_on.date()),
            form=ConsentForm(self.consent_form.currentData()),
            by_child=self.consent_by_child.isChecked(),
            guardian_ids=checked_ids(self.consent_guardians),
            covered_org_ids=checked_ids(self.consent_covered),
            excluded_org_ids=checked_ids(self.consent_excluded),
            exclusions=self.consent_exclusions.text().strip(),
            valid_until=pydate(self.consent_valid_until.date())
            if self.consent_has_end.isChecked() else None,
        )

    def record_consent(self, *_args: Any) -> None:
        consent = self._filled_in()
        case_id = self._edits.case_id
        recorded: dict[str, int] = {}  # the id changes when redo records it again

        def record(ws: Any) -> None:
            recorded["id"] = ws.cases.record_consent(case_id, consent).id

        self._edits.act(
            "Registrera samtycke", record, error=self.consent_error, done=self._clear_form,
            field_errors={"given_by": self.given_by_error},
            undo=self._edits.step(translate("ConsentTab", "Registrera samtycke"),
                                  lambda ws: ws.cases.remove_consent(case_id, recorded["id"]),
                                  record),
        )

    def _clear_form(self, _result: object) -> None:
        self.consent_exclusions.clear()
        for widget in (self.consent_guardians, self.consent_covered, self.consent_excluded):
            untick(widget)
        self.consent_by_child.setChecked(False)

    def withdraw_consent(self, *_args: Any) -> None:
        consent_id = selected_id(self.consent_table)
        if consent_id is None:
            show_error(self.consent_error, None, translate(
                "ConsentTab", "Välj samtycket som ska återkallas i listan."))
            return
        on = pydate(self.withdraw_on.date())
        case_id = self._edits.case_id
        self._edits.act(
            "Återkalla samtycke",
            lambda ws: ws.cases.withdraw_consent(case_id, consent_id, on),
            error=self.consent_error,
            undo=self._edits.step(
                translate("ConsentTab", "Återkalla samtycke"),
                lambda ws: ws.cases.reinstate_consent(case_id, consent_id),
                lambda ws: ws.cases.withdraw_consent(case_id, consent_id, on)),
        )
