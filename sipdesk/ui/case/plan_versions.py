"""The plan versions of one case: date, status and fingerprint; exports; copies; the end.

A tab of the case record. It fills from one read of the case and reads
again when a write anywhere changes the case's plan, card or record, or the
directory. Writes and PDF exports run on the store worker through ops.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.changes import Part
from sipdesk.domain.entities import Distribution
from sipdesk.domain.enums import SentVia, SigningMethod, Stage
from sipdesk.domain.views import CaseView, PlanVersionInfo
from sipdesk.domain.words import iso
from sipdesk.ui import theme
from sipdesk.ui.case.panel import CasePanel, ChoosePath
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.forms import date_edit, list_table, pydate
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import enum_label, signed_how, translate
from sipdesk.ui.meeting_mode.signing_form import SigningDialog
from sipdesk.ui.operations import Operations

# The Swedish words are shown through translate() in the context "PlanVersions".
COLUMNS = (QT_TRANSLATE_NOOP("PlanVersions", "Version"),
           QT_TRANSLATE_NOOP("PlanVersions", "Status"),
           QT_TRANSLATE_NOOP("PlanVersions", "Datum"),
           QT_TRANSLATE_NOOP("PlanVersions", "Fingeravtryck"),
           QT_TRANSLATE_NOOP("PlanVersions", "Originalet hos"),
           QT_TRANSLATE_NOOP("PlanVersions", "Kopior"),
           QT_TRANSLATE_NOOP("PlanVersions", "Underskrifter"))

# (window title, default file name) per export kind; the documents, and so their
# names, are Swedish whatever the window's language.
EXPORTS = {
    "plan": (QT_TRANSLATE_NOOP("PlanVersions", "Spara planen som PDF"),
             "plan-{ref}-v{version}.pdf"),
    "family": (QT_TRANSLATE_NOOP("PlanVersions", "Spara familjens version som PDF"),
               "plan-{ref}-v{version}-familj.pdf"),
    "attendance": (QT_TRANSLATE_NOOP("PlanVersions", "Spara närvarolistan som PDF"),
                   "narvarolista-{ref}.pdf"),
}

NO_ORGANISATION = QT_TRANSLATE_NOOP("PlanVersions", "Ingen angiven")


class PlanVersions(CasePanel):
    """objectName PlanVersions. `versions` holds what the table shows, oldest first."""

    PARTS = (Part.PLAN, Part.CARD, Part.RECORD)

    def __init__(self, ops: Operations, case_id: int, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None, own_reads: bool = True):
        super().__init__(ops, case_id, parent, choose_path=choose_path, own_reads=own_reads)
        self.setObjectName("PlanVersions")
        self.versions: list[PlanVersionInfo] = []
        self._owner_org: int | None = None  # what the original combo offers by default

        self.table = list_table([translate("PlanVersions", c) for c in COLUMNS],
                                "PlanVersionTable", translate("PlanVersions", "Planversioner"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.export_plan = self._button(translate("PlanVersions", "Exportera planen (PDF)…"),
                                        "ExportPlan", lambda: self._export_kind("plan"))
        self.export_family = self._button(translate("PlanVersions", "Familjens version (PDF)…"),
                                          "ExportFamilyPlan",
                                          lambda: self._export_kind("family"))
        self.export_attendance = self._button(translate("PlanVersions", "Närvarolista (PDF)…"),
                                              "ExportAttendance",
                                              lambda: self._export_kind("attendance"))
        self.export_attendance.setAccessibleDescription(translate(
            "PlanVersions", "Skriver en närvarolista för mötet som PDF"))
        self.new_version = self._button(translate("PlanVersions", "Ny planversion"),
                                        "NewPlanVersionFromSigned", self._new_version)
        self.register_signing = self._button(translate("PlanVersions", "Registrera underskrifter…"),
                                             "RegisterSignatures",
                                             lambda: None if self.open_signing() else None)
        self.register_signing.setToolTip(translate(
            "PlanVersions", "För en plan som skrevs under på papper efter mötet: vem skrev "
                            "under, hur och när"))
        self.signing_dialog: SigningDialog | None = None
        self.signed_by = QLabel("")
        self.signed_by.setObjectName("SignedBy")
        self.signed_by.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.export_plan, self.export_family, self.export_attendance):
            buttons.addWidget(b)
        buttons.addWidget(self.cancel_export)
        buttons.addStretch(1)
        buttons.addWidget(self.register_signing)
        buttons.addWidget(self.new_version)

        self.status.setObjectName("PlanVersionsStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.signed_by)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self._distribution_box())
        layout.addWidget(self._end_box())
        self._busy = False
        self._selection_changed()
        self.refresh()

    # --- building ---------------------------------------------------------------

    def _distribution_box(self) -> QGroupBox:
        box = QGroupBox(translate("PlanVersions", "Utskick av den valda versionen"))
        box.setObjectName("DistributionBox")
        form = QFormLayout(box)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("DistributionRecipient")
        self.recipient.setPlaceholderText(
            translate("PlanVersions", "Till vem, t.ex. Maria Lind eller BUP Norrby"))
        self.via = QComboBox()
        self.via.setObjectName("DistributionVia")
        for via in SentVia:
            self.via.addItem(enum_label(via), via)
        self.sent_on = date_edit(self._ops.today())
        self.sent_on.setObjectName("DistributionDate")
        self.dist_note = QLineEdit()
        self.dist_note.setObjectName("DistributionNote")
        self.record_copy = self._button(translate("PlanVersions", "Registrera utskick"),
                                        "RecordDistribution", self._record_distribution)
        self.original_org = QComboBox()
        self.original_org.setObjectName("OriginalKeptBy")
        self.original_org.setAccessibleName(translate("PlanVersions", "Originalet förvaras hos"))
        self.original_org.addItem(translate("PlanVersions", NO_ORGANISATION), None)
        self.keep_original = self._button(translate("PlanVersions", "Spara"), "SetOriginalKeptBy",
                                          self._set_original)
        original_row = QHBoxLayout()
        original_row.addWidget(self.original_org, 1)
        original_row.addWidget(self.keep_original)
        form.addRow(translate("PlanVersions", "Mottagare"), self.recipient)
        form.addRow(translate("PlanVersions", "Hur"), self.via)
        form.addRow(translate("PlanVersions", "Datum"), self.sent_on)
        form.addRow(translate("PlanVersions", "Anteckning"), self.dist_note)
        form.addRow("", self.record_copy)
        form.addRow(translate("PlanVersions", "Originalet förvaras av"), original_row)
        self.distribution_box = box
        return box

    def _end_box(self) -> QGroupBox:
        box = QGroupBox(translate("PlanVersions", "Avslut eller fortsatt SIP"))
        box.setObjectName("CloseOrContinueBox")
        self.close_button = self._button(translate("PlanVersions", "Avsluta ärendet…"), "CloseCase",
                                         self._close_case)
        self.continue_button = self._button(
            translate("PlanVersions", "Fortsätt med ny planversion"), "ContinueCase",
            self._continue_case)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        hint = QLabel(translate(
            "PlanVersions", "Uppföljningen är gjord. Avsluta ärendet med ett skäl, eller fortsätt "
                            "med en ny version av planen och ett nytt möte."))
        hint.setWordWrap(True)
        hint.setStyleSheet(theme.MUTED_TEXT)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(row)
        self.end_box = box
        box.setVisible(False)
        return box

    # --- showing ----------------------------------------------------------------

    def show_view(self, view: CaseView) -> None:
        self.view = view
        keep = self.selected()
        self.versions = list(view.versions)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.versions))
        for row, info in enumerate(self.versions):
            values = (str(info.version), enum_label(info.status), iso(info.signed_on),
                      info.short_fingerprint or "–", info.original_kept_by or "–",
                      str(info.copies), signers_text(info))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3 and info.fingerprint:
                    item.setToolTip(f"SHA-256: {info.fingerprint}")
                if col == 6 and info.signed_how:
                    item.setToolTip(signed_text(info))
                self.table.setItem(row, col, item)
        index = next((i for i, v in enumerate(self.versions)
                      if keep is not None and v.plan_id == keep.plan_id), len(self.versions) - 1)
        if index >= 0:
            self.table.selectRow(index)
        self.table.blockSignals(False)
        self._fill_original(view)
        case = view.case
        self.end_box.setVisible(case.stage is Stage.CLOSE_OR_CONTINUE and not case.archived)
        self._selection_changed()

    def _fill_original(self, view: CaseView) -> None:
        """The organisations, the plan owner's chosen by default; a choice not yet saved stays."""
        chosen = self.original_org.currentData()
        untouched = chosen == self._owner_org
        self._owner_org = view.owner_organisation_id
        self.original_org.blockSignals(True)
        self.original_org.clear()
        self.original_org.addItem(translate("PlanVersions", NO_ORGANISATION), None)
        for org_id, org in sorted(view.organisations.items(),
                                  key=lambda kv: kv[1].display_name):
            self.original_org.addItem(org.display_name, org_id)
        wanted = self._owner_org if untouched else chosen
        self.original_org.setCurrentIndex(max(0, self.original_org.findData(wanted)))
        self.original_org.blockSignals(False)

    def selected(self) -> PlanVersionInfo | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if rows and rows[0].row() < len(self.versions):
            return self.versions[rows[0].row()]
        return self.versions[-1] if self.versions else None

    def _selection_changed(self) -> None:
        info = self.selected()
        has = info is not None and not self._busy
        self.export_plan.setEnabled(has)
        self.export_family.setEnabled(has)
        self.export_attendance.setEnabled(not self._busy and self._meeting_id(info) is not None)
        self.new_version.setEnabled(bool(self.versions) and self.versions[-1].is_signed)
        self.register_signing.setEnabled(info is not None and not info.is_signed
                                         and not self._busy)
        self.distribution_box.setEnabled(info is not None and info.is_signed)
        self.signed_by.setText(
            signed_text(info) if info is not None and info.is_signed
            else translate("PlanVersions", "Utkast: inte undertecknad ännu.") if info is not None
            else "")

    def _meeting_id(self, info: PlanVersionInfo | None) -> int | None:
        if info is not None and info.meeting_id is not None:
            return info.meeting_id
        meetings = [m for m in (self.view.case.meetings if self.view else [])
                    if m.date is not None]
        return max(meetings, key=lambda m: m.date).id if meetings else None  # type: ignore

    # --- actions ----------------------------------------------------------------

    def _export_kind(self, kind: str) -> None:
        info = self.selected()
        if info is None or self.view is None:
            return
        source, pattern = EXPORTS[kind]
        title = translate("PlanVersions", source)
        suggestion = pattern.format(ref=self.view.case.reference, version=info.version)
        plan_id = info.plan_id
        if kind in ("plan", "family"):  # a long plan takes a while: it can be cancelled
            cancel = threading.Event()
            family = kind == "family"

            def job(ws: Any, path: Path) -> Any:
                write = ws.documents.family_plan_pdf if family else ws.documents.plan_pdf
                return write(plan_id, path, cancelled=cancel.is_set)

            self._export(title, suggestion, job, cancel=cancel)
        else:
            meeting_id = self._meeting_id(info)
            if meeting_id is None:
                return
            self._export(title, suggestion,
                         lambda ws, path: ws.documents.attendance_pdf(meeting_id, path))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._selection_changed()

    def _record_distribution(self) -> None:
        info = self.selected()
        if info is None:
            return
        copy = Distribution(recipient=self.recipient.text(), sent_on=pydate(self.sent_on.date()),
                            via=self.via.currentData(), note=self.dist_note.text())
        plan_id = info.plan_id

        def clear(_result: object) -> None:
            self.recipient.clear()
            self.dist_note.clear()

        self._write(lambda ws: ws.plans.record_distribution(plan_id, copy),
                    translate("PlanVersions",
                              "Utskicket av plan version {version} är registrerat.").format(
                        version=info.version), clear)

    def _set_original(self) -> None:
        info = self.selected()
        if info is None:
            return
        org_id, plan_id = self.original_org.currentData(), info.plan_id
        self._write(lambda ws: ws.plans.set_original_kept_by(plan_id, org_id),
                    translate("PlanVersions", "Det är sparat var originalet förvaras."))

    def open_signing(self) -> SigningDialog | None:
        """Record who signed the selected draft, how and when (the signing of MeetingEnd)."""
        info = self.selected()
        if info is None or info.is_signed:
            return None
        dialog = SigningDialog(self._ops, info.plan_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        version = info.version
        dialog.accepted.connect(lambda: self._say(translate(
            "PlanVersions", "Plan version {version} är undertecknad och låst.").format(
                version=version)))
        dialog.destroyed.connect(lambda: setattr(self, "signing_dialog", None))
        self.signing_dialog = dialog
        dialog.open()
        return dialog

    def _new_version(self) -> None:
        case_id = self.case_id
        self._write(lambda ws: ws.plans.start_version(case_id),
                    translate("PlanVersions", "En ny planversion är påbörjad."))

    def _close_case(self) -> None:
        """The one close dialog (as the record's): it closes the case or says why not."""
        stage = self.view.case.stage if self.view is not None else None
        dialog = CloseCaseDialog(self._ops, self.case_id, stage=stage, parent=self)
        dialog.accepted.connect(
            lambda: self._say(translate("PlanVersions", "Ärendet är avslutat.")))
        dialog.open()

    def _continue_case(self) -> None:
        case_id = self.case_id
        self._write(lambda ws: ws.plans.continue_case(case_id),
                    translate("PlanVersions", "SIP:en fortsätter: ärendet är tillbaka i steget "
                                              "Möte, med en ny planversion."))


def signers_text(info: PlanVersionInfo) -> str:
    """'Papper · 5 personer', 'Justerad · 2 personer', '–' for a draft."""
    if not info.is_signed:
        return "–"
    count = len(info.signatures)
    people = (translate("PlanVersions", "1 person") if count == 1
              else translate("PlanVersions", "{count} personer").format(count=count))
    how = (translate("PlanVersions", "Justerad") if info.signing_method is SigningMethod.ADJUSTED
           else translate("PlanVersions", "Papper"))
    return f"{how} · {people}" if count else how


def signed_text(info: PlanVersionInfo) -> str:
    """Who signed the version, how and when, in the window's language (the services'
    signed_how is the Swedish of it)."""
    return signed_how(info.signing_method, info.signed_on, [s.name for s in info.signatures])
