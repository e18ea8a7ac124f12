"""The plan versions of one case: date, status and fingerprint; exports; copies; the end.

Embedded in the case record. Every store access and every PDF export runs
through the TaskManager (the store thread), so the window never freezes;
results come back on the GUI thread. Emits caseChanged(case_id) after a write
so the record around it can refresh.
"""

from __future__ import annotations

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

from sipdesk.domain.entities import Distribution
from sipdesk.domain.enums import CloseReason, PlanStatus, SentVia, Stage
from sipdesk.ui.case.panel import CasePanel, ChoosePath
from sipdesk.ui.forms import MUTED_STYLE, date_edit, list_table, pydate

COLUMNS = ("Version", "Status", "Datum", "Fingeravtryck", "Originalet hos", "Kopior")

# (window title, default file name) per export kind.
EXPORTS = {
    "plan": ("Spara planen som PDF", "plan-{ref}-v{version}.pdf"),
    "family": ("Spara familjens version som PDF", "plan-{ref}-v{version}-familj.pdf"),
    "attendance": ("Spara närvarolistan som PDF", "narvarolista-{ref}.pdf"),
}

class PlanVersions(CasePanel):

    def __init__(self, ws, tasks, case_id: int | None = None, parent: QWidget | None = None,
                 *, choose_path: ChoosePath | None = None):
        super().__init__(ws, tasks, parent, choose_path=choose_path)
        self.setObjectName("PlanVersions")
        self.case = None
        self.versions: list = []

        self.table = list_table(COLUMNS, "PlanVersionTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.export_plan = self._button("Exportera planen (PDF)…", "ExportPlan",
                                        lambda: self._export("plan"))
        self.export_family = self._button("Familjens version (PDF)…", "ExportFamilyPlan",
                                          lambda: self._export("family"))
        self.export_attendance = self._button("Närvarolista (PDF)…", "ExportAttendance",
                                              lambda: self._export("attendance"))
        self.new_version = self._button("Ny planversion", "NewPlanVersionFromSigned",
                                        self._new_version)
        buttons = QHBoxLayout()
        for b in (self.export_plan, self.export_family, self.export_attendance):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.new_version)

        self.status.setObjectName("PlanVersionsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self._distribution_box())
        layout.addWidget(self._end_box())
        if case_id is not None:
            self.set_case(case_id)

    # --- building ---------------------------------------------------------------

    def _distribution_box(self) -> QGroupBox:
        box = QGroupBox("Utskick av den valda versionen")
        box.setObjectName("DistributionBox")
        form = QFormLayout(box)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("DistributionRecipient")
        self.recipient.setPlaceholderText("Till vem, t.ex. Maria Lind eller BUP Norrby")
        self.via = QComboBox()
        self.via.setObjectName("DistributionVia")
        for via in SentVia:
            self.via.addItem(via.label, via)
        self.sent_on = date_edit(self._ws.today())
        self.sent_on.setObjectName("DistributionDate")
        self.dist_note = QLineEdit()
        self.dist_note.setObjectName("DistributionNote")
        self.record_copy = self._button("Registrera utskick", "RecordDistribution",
                                        self._record_distribution)
        self.original_org = QComboBox()
        self.original_org.setObjectName("OriginalKeptBy")
        self.keep_original = self._button("Spara", "SetOriginalKeptBy", self._set_original)
        original_row = QHBoxLayout()
        original_row.addWidget(self.original_org, 1)
        original_row.addWidget(self.keep_original)
        form.addRow("Mottagare", self.recipient)
        form.addRow("Hur", self.via)
        form.addRow("Datum", self.sent_on)
        form.addRow("Anteckning", self.dist_note)
        form.addRow("", self.record_copy)
        form.addRow("Originalet förvaras av", original_row)
        self.distribution_box = box
        return box

    def _end_box(self) -> QGroupBox:
        box = QGroupBox("Avslut eller fortsatt SIP")
        box.setObjectName("CloseOrContinueBox")
        form = QFormLayout(box)
        self.close_reason = QComboBox()
        self.close_reason.setObjectName("CloseReason")
        for reason in CloseReason:
            self.close_reason.addItem(reason.label, reason)
        self.close_note = QLineEdit()
        self.close_note.setObjectName("CloseNote")
        self.close_button = self._button("Avsluta ärendet", "CloseCase", self._close_case)
        self.continue_button = self._button("Fortsätt med ny planversion", "ContinueCase",
                                            self._continue_case)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        hint = QLabel("Uppföljningen är gjord. Avsluta ärendet med ett skäl, eller fortsätt "
                      "med en ny version av planen och ett nytt möte.")
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        form.addRow(hint)
        form.addRow("Skäl", self.close_reason)
        form.addRow("Kommentar", self.close_note)
        form.addRow(row)
        self.end_box = box
        box.setVisible(False)
        return box

    # --- loading ----------------------------------------------------------------

    def set_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        case_id, ws = self.case_id, self._ws

        def load():
            return (ws.cases.get(case_id), ws.plans.versions(case_id),
                    ws.directory.organisations_by_id(), ws.plans.owner_organisation_id(case_id))

        self._tasks.run(load, self._loaded, self._failed)

    def _loaded(self, result) -> None:
        case, versions, orgs, owner_org = result
        if case.id != self.case_id:
            return  # an older answer for another case
        self.case, self.versions = case, versions
        self.table.setRowCount(len(versions))
        for row, info in enumerate(versions):
            when = info.signed_on.isoformat() if info.signed_on else "–"
            values = (str(info.version), info.status.label, when,
                      info.short_fingerprint or "–", info.original_kept_by or "–",
                      str(info.copies))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3 and info.fingerprint:
                    item.setToolTip(f"SHA-256: {info.fingerprint}")
                self.table.setItem(row, col, item)
        self.original_org.clear()
        self.original_org.addItem("Ingen angiven", None)
        for org_id, org in sorted(orgs.items(), key=lambda kv: kv[1].display_name):
            self.original_org.addItem(org.display_name, org_id)
        if owner_org is not None:
            self.original_org.setCurrentIndex(max(0, self.original_org.findData(owner_org)))
        if versions:
            self.table.selectRow(len(versions) - 1)
        self.end_box.setVisible(case.stage is Stage.CLOSE_OR_CONTINUE and not case.archived)
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return self.versions[-1] if self.versions else None
        return self.versions[rows[0].row()]

    def _selection_changed(self) -> None:
        info = self.selected()
        has = info is not None
        signed = has and info.status is PlanStatus.SIGNED
        self.export_plan.setEnabled(has)
        self.export_family.setEnabled(has)
        self.export_attendance.setEnabled(self._meeting_id(info) is not None)
        latest_signed = bool(self.versions) and self.versions[-1].is_signed
        self.new_version.setEnabled(latest_signed)
        self.distribution_box.setEnabled(signed)

    def _meeting_id(self, info) -> int | None:
        if info is not None and info.meeting_id is not None:
            return info.meeting_id
        meetings = [m for m in (self.case.meetings if self.case else []) if m.date is not None]
        return max(meetings, key=lambda m: m.date).id if meetings else None

    # --- actions ----------------------------------------------------------------

    def _export(self, kind: str) -> None:
        info = self.selected()
        if info is None or self.case is None:
            return
        title, pattern = EXPORTS[kind]
        path = self._choose_path(title, pattern.format(ref=self.case.reference,
                                                       version=info.version))
        if path is None:
            return
        docs = self._ws.documents
        if kind == "plan":
            job = lambda: docs.plan_pdf(info.plan_id, path)  # noqa: E731
        elif kind == "family":
            job = lambda: docs.family_plan_pdf(info.plan_id, path)  # noqa: E731
        else:
            meeting_id = self._meeting_id(info)
            job = lambda: docs.attendance_pdf(meeting_id, path)  # noqa: E731
        self._say("Skapar PDF …")
        self._set_busy(True)
        self._tasks.run(job, self._exported, self._failed)

    def _exported(self, result) -> None:
        self._set_busy(False)
        path = getattr(result, "path", result)
        text = f"Sparad: {path}"
        if getattr(result, "short_fingerprint", ""):
            text += f" (plan version {result.version} · {result.short_fingerprint})"
        self._say(text)
        self.exported.emit(result)

    def _record_distribution(self) -> None:
        info = self.selected()
        if info is None:
            return
        copy = Distribution(recipient=self.recipient.text(), sent_on=pydate(self.sent_on.date()),
                            via=self.via.currentData(), note=self.dist_note.text())
        plans = self._ws.plans

        def job():
            return plans.record_distribution(info.plan_id, copy)

        def clear() -> None:
            self.recipient.clear()
            self.dist_note.clear()

        self._write(job, f"Utskicket av plan version {info.version} är registrerat.", clear)

    def _set_original(self) -> None:
        info = self.selected()
        if info is None:
            return
        org_id, plans = self.original_org.currentData(), self._ws.plans
        self._write(lambda: plans.set_original_kept_by(info.plan_id, org_id),
                    "Det är sparat var originalet förvaras.")

    def _new_version(self) -> None:
        case_id, plans = self.case_id, self._ws.plans
        self._write(lambda: plans.new_version(case_id), "En ny planversion är påbörjad.")

    def _close_case(self) -> None:
        case_id, plans = self.case_id, self._ws.plans
        reason, note = self.close_reason.currentData(), self.close_note.text()
        self._write(lambda: plans.close_case(case_id, reason, note), "Ärendet är avslutat.")

    def _continue_case(self) -> None:
        case_id, plans = self.case_id, self._ws.plans
        self._write(lambda: plans.continue_case(case_id),
                    "SIP:en fortsätter: ärendet är tillbaka i steget Möte, med en ny planversion.")

    # --- feedback ---------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        super()._failed(exc)

    def _set_busy(self, busy: bool) -> None:
        for b in (self.export_plan, self.export_family, self.export_attendance):
            b.setEnabled(not busy)
        if not busy:
            self._selection_changed()
