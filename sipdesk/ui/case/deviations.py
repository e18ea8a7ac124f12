"""The deviations (avvikelser) of one case: list, complete a draft, add one, export the report.

Embedded in the case record. A no-show without notice opens a draft by
itself (MeetingService.record_attendance); here the coordinator writes what
happened, adds the other kinds (commitment not met, treatment) and exports the
report PDF for the organisation's management. Every store access and export
runs through the TaskManager; emits caseChanged(case_id) after a write.
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
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Deviation
from sipdesk.domain.enums import DeviationKind
from sipdesk.ui.case.panel import CasePanel, ChoosePath
from sipdesk.ui.forms import date_edit, list_table, pydate

COLUMNS = ("Datum", "Verksamhet", "Typ", "Status")

class Deviations(CasePanel):

    def __init__(self, ws, tasks, case_id: int, parent: QWidget | None = None,
                 *, choose_path: ChoosePath | None = None):
        super().__init__(ws, tasks, parent, choose_path=choose_path)
        self.setObjectName("Deviations")
        self.case_id = case_id
        self.deviations: list[Deviation] = []
        self._org_names: dict[int, str] = {}
        self.reference = ""

        intro = QLabel("En avvikelse registreras när en inbjuden aktör uteblev utan återbud, "
                       "inte gjorde det den åtagit sig, eller bemötte familjen illa. "
                       "Rapporten nämner barnet bara med initialer.")
        intro.setWordWrap(True)

        self.table = list_table(COLUMNS, "DeviationTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.description = QPlainTextEdit()
        self.description.setObjectName("DeviationDescription")
        self.description.setPlaceholderText("Vad hände? Skriv sakligt, utan barnets namn.")
        self.description.setFixedHeight(80)
        self.complete_button = self._button("Registrera avvikelsen", "CompleteDeviation",
                                            self._complete)
        self.export_button = self._button("Avvikelserapport (PDF)…", "ExportDeviation",
                                          self._export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.status.setObjectName("DeviationsStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("Beskrivning av den valda avvikelsen"))
        layout.addWidget(self.description)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self._add_box())
        self.refresh()

    def _add_box(self) -> QGroupBox:
        box = QGroupBox("Ny avvikelse")
        box.setObjectName("AddDeviationBox")
        form = QFormLayout(box)
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("NewDeviationKind")
        for kind in DeviationKind:
            if kind is not DeviationKind.DID_NOT_ATTEND:  # those come from the attendance
                self.new_kind.addItem(kind.label, kind)
        self.new_org = QComboBox()
        self.new_org.setObjectName("NewDeviationOrganisation")
        self.new_date = date_edit(self._ws.today())
        self.new_date.setObjectName("NewDeviationDate")
        self.new_description = QPlainTextEdit()
        self.new_description.setObjectName("NewDeviationDescription")
        self.new_description.setFixedHeight(70)
        self.add_button = self._button("Registrera", "AddDeviation", self._add)
        form.addRow("Typ", self.new_kind)
        form.addRow("Verksamhet", self.new_org)
        form.addRow("Datum", self.new_date)
        form.addRow("Vad hände", self.new_description)
        form.addRow("", self.add_button)
        return box

    # --- showing ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload through the worker; the table fills when the result comes back."""
        ws, case_id = self._ws, self.case_id

        def job():
            return (ws.meetings.deviations(case_id), ws.directory.organisations_by_id(),
                    ws.cases.get(case_id).reference)

        self._tasks.run(job, self._show, self._failed)

    def _show(self, result) -> None:
        deviations, orgs, self.reference = result
        selected = self.selected()
        keep = selected.id if selected is not None else None
        self._org_names = {i: o.display_name for i, o in orgs.items()}
        self.deviations = sorted(deviations, key=lambda d: (d.occurred_on, d.id or 0))
        self.table.setRowCount(len(self.deviations))
        for row, d in enumerate(self.deviations):
            values = (d.occurred_on.isoformat(), self._org_names.get(d.organisation_id, "–"),
                      d.kind.label, "Utkast" if d.draft else "Registrerad")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        current = self.new_org.currentData()
        self.new_org.clear()
        self.new_org.addItem("(välj verksamhet)", None)
        for org_id, name in sorted(self._org_names.items(), key=lambda kv: kv[1]):
            self.new_org.addItem(name, org_id)
        self.new_org.setCurrentIndex(max(0, self.new_org.findData(current)))
        index = next((i for i, d in enumerate(self.deviations) if d.id == keep), None)
        if index is None and self.deviations:
            drafts = [i for i, d in enumerate(self.deviations) if d.draft]
            index = drafts[0] if drafts else len(self.deviations) - 1
        if index is not None:
            self.table.selectRow(index)
        self._selection_changed()

    def selected(self) -> Deviation | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.deviations[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        d = self.selected()
        self.description.setPlainText(d.description if d else "")
        self.description.setEnabled(d is not None)
        self.complete_button.setEnabled(d is not None)
        self.complete_button.setText("Registrera avvikelsen" if d is None or d.draft
                                     else "Spara beskrivningen")
        self.export_button.setEnabled(d is not None)

    # --- actions ----------------------------------------------------------------

    def _complete(self) -> None:
        d = self.selected()
        if d is None:
            return
        meetings, text = self._ws.meetings, self.description.toPlainText()
        self._write(lambda: meetings.complete_deviation(d.id, text),
                    "Avvikelsen är registrerad.")

    def _add(self) -> None:
        deviation = Deviation(
            kind=self.new_kind.currentData(), occurred_on=pydate(self.new_date.date()),
            organisation_id=self.new_org.currentData(),
            description=self.new_description.toPlainText(), draft=False,
        )
        meetings, case_id = self._ws.meetings, self.case_id

        def clear() -> None:
            self.new_description.clear()

        self._write(lambda: meetings.add_deviation(case_id, deviation),
                    "Avvikelsen är registrerad.", clear)

    def _export(self) -> None:
        d = self.selected()
        if d is None:
            return
        path = self._choose_path("Spara avvikelserapporten som PDF",
                                 f"avvikelse-{self.reference}-{d.occurred_on.isoformat()}.pdf")
        if path is None:
            return
        docs = self._ws.documents
        self._say("Skapar PDF …")
        self.export_button.setEnabled(False)
        self._tasks.run(lambda: docs.deviation_pdf(d.id, path), self._exported, self._failed)

    def _exported(self, path) -> None:
        self.export_button.setEnabled(self.selected() is not None)
        self._say(f"Sparad: {path}")
        self.exported.emit(path)

    # --- feedback ---------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(self.selected() is not None)
        super()._failed(exc)
