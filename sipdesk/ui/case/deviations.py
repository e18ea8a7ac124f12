"""The deviations (avvikelser) of one case: list, complete a draft, add one, export the report.

A tab of the case record. A no-show without notice opens a draft by itself
(MeetingService.record_attendance); here the coordinator writes what
happened, adds the other kinds (commitment not met, treatment) and exports
the report PDF for the organisation's management. It fills from one read of
the case and reads again when a write changes the case's deviations or
meetings (or the directory, whose names it shows).
"""

from __future__ import annotations

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

from sipdesk.domain.changes import Part
from sipdesk.domain.entities import Deviation
from sipdesk.domain.enums import DeviationKind
from sipdesk.domain.views import CaseView
from sipdesk.domain.words import iso
from sipdesk.ui.case.panel import CasePanel, ChoosePath
from sipdesk.ui.forms import date_edit, list_table, pydate
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import enum_label, translate
from sipdesk.ui.operations import Operations

# In Swedish; shown through translate().
COLUMNS = (QT_TRANSLATE_NOOP("Deviations", "Datum"),
           QT_TRANSLATE_NOOP("Deviations", "Verksamhet"),
           QT_TRANSLATE_NOOP("Deviations", "Typ"),
           QT_TRANSLATE_NOOP("Deviations", "Status"))
CHOOSE_ORGANISATION = QT_TRANSLATE_NOOP("Deviations", "(välj verksamhet)")


class Deviations(CasePanel):
    """objectName Deviations. `deviations` holds what the table shows, by date."""

    PARTS = (Part.DEVIATIONS, Part.MEETINGS)

    def __init__(self, ops: Operations, case_id: int, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None, own_reads: bool = True):
        super().__init__(ops, case_id, parent, choose_path=choose_path, own_reads=own_reads)
        self.setObjectName("Deviations")
        self.deviations: list[Deviation] = []
        self._org_names: dict[int, str] = {}
        self.reference = ""
        # The selected deviation's stored description, to tell it from what is being typed.
        self._shown: tuple[int | None, str] = (None, "")
        self._busy = False

        intro = QLabel(translate(
            "Deviations", "En avvikelse registreras när en inbjuden aktör uteblev utan återbud, "
                          "inte gjorde det den åtagit sig, eller bemötte familjen illa. "
                          "Rapporten nämner barnet bara med initialer."))
        intro.setWordWrap(True)

        self.table = list_table([translate("Deviations", c) for c in COLUMNS],
                                "DeviationTable", translate("Deviations", "Avvikelser"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.description = QPlainTextEdit()
        self.description.setObjectName("DeviationDescription")
        self.description.setAccessibleName(translate("Deviations", "Avvikelsens beskrivning"))
        self.description.setTabChangesFocus(True)  # Tab moves on, as in every text field
        self.description.setPlaceholderText(
            translate("Deviations", "Vad hände? Skriv sakligt, utan barnets namn."))
        self.description.setFixedHeight(80)
        self.complete_button = self._button(translate("Deviations", "Registrera avvikelsen"),
                                            "CompleteDeviation", self._complete)
        self.export_button = self._button(translate("Deviations", "Avvikelserapport (PDF)…"),
                                          "ExportDeviation", self._export_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.status.setObjectName("DeviationsStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(translate("Deviations", "Beskrivning av den valda avvikelsen")))
        layout.addWidget(self.description)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self._add_box())
        self._selection_changed()
        self.refresh()

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(translate("Deviations", "Ny avvikelse"))
        box.setObjectName("AddDeviationBox")
        form = QFormLayout(box)
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("NewDeviationKind")
        self.new_kind.setAccessibleDescription(translate(
            "Deviations", "Vilket slags avvikelse: uteblivet deltagande, sen kallelse eller annat"))
        for kind in DeviationKind:
            if kind is not DeviationKind.DID_NOT_ATTEND:  # those come from the attendance
                self.new_kind.addItem(enum_label(kind), kind)
        self.new_org = QComboBox()
        self.new_org.setObjectName("NewDeviationOrganisation")
        self.new_org.setAccessibleDescription(translate(
            "Deviations", "Verksamheten som avvikelsen gäller"))
        self.new_org.addItem(translate("Deviations", CHOOSE_ORGANISATION), None)
        self.new_date = date_edit(self._ops.today())
        self.new_date.setObjectName("NewDeviationDate")
        self.new_date.setAccessibleDescription(translate(
            "Deviations", "Dagen då avvikelsen inträffade"))
        self.new_description = QPlainTextEdit()
        self.new_description.setObjectName("NewDeviationDescription")
        self.new_description.setAccessibleDescription(translate(
            "Deviations", "Vad som hände, med egna ord"))
        self.new_description.setTabChangesFocus(True)
        self.new_description.setFixedHeight(70)
        self.add_button = self._button(translate("Deviations", "Registrera"), "AddDeviation",
                                       self._add)
        self.add_button.setAccessibleDescription(translate(
            "Deviations", "Registrerar avvikelsen med slag, verksamhet, datum och beskrivning"))
        form.addRow(translate("Deviations", "Typ"), self.new_kind)
        form.addRow(translate("Deviations", "Verksamhet"), self.new_org)
        form.addRow(translate("Deviations", "Datum"), self.new_date)
        form.addRow(translate("Deviations", "Vad hände"), self.new_description)
        form.addRow("", self.add_button)
        return box

    # --- showing ----------------------------------------------------------------

    def show_view(self, view: CaseView) -> None:
        self.view = view
        self.reference = view.case.reference
        selected = self.selected()
        keep = selected.id if selected is not None else None
        self._org_names = {i: o.display_name for i, o in view.organisations.items()}
        self.deviations = sorted(view.deviations, key=lambda d: (d.occurred_on, d.id or 0))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.deviations))
        for row, d in enumerate(self.deviations):
            state = (translate("Deviations", "Utkast") if d.draft
                     else translate("Deviations", "Registrerad"))
            values = (iso(d.occurred_on), self._org_names.get(d.organisation_id or -1, "–"),
                      enum_label(d.kind), state)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        index = next((i for i, d in enumerate(self.deviations) if d.id == keep), None)
        if index is None and self.deviations:
            drafts = [i for i, d in enumerate(self.deviations) if d.draft]
            index = drafts[0] if drafts else len(self.deviations) - 1
        self.table.clearSelection()
        if index is not None:
            self.table.selectRow(index)
        self.table.blockSignals(False)
        self._fill_organisations()
        self._selection_changed()

    def _fill_organisations(self) -> None:
        current = self.new_org.currentData()
        self.new_org.blockSignals(True)
        self.new_org.clear()
        self.new_org.addItem(translate("Deviations", CHOOSE_ORGANISATION), None)
        for org_id, name in sorted(self._org_names.items(), key=lambda kv: kv[1]):
            self.new_org.addItem(name, org_id)
        self.new_org.setCurrentIndex(max(0, self.new_org.findData(current)))
        self.new_org.blockSignals(False)

    def selected(self) -> Deviation | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if rows and rows[0].row() < len(self.deviations):
            return self.deviations[rows[0].row()]
        return None

    def _selection_changed(self) -> None:
        d = self.selected()
        ident, stored = self._shown
        typed = self.description.toPlainText()
        same = d is not None and d.id == ident
        # What is typed into the same deviation stays; otherwise show what is stored.
        if not (same and typed != stored):
            self.description.setPlainText(d.description if d else "")
        self._shown = (d.id if d else None, d.description if d else "")
        self.description.setEnabled(d is not None)
        self.complete_button.setEnabled(d is not None)
        self.complete_button.setText(
            translate("Deviations", "Registrera avvikelsen") if d is None or d.draft
            else translate("Deviations", "Spara beskrivningen"))
        self.export_button.setEnabled(d is not None and not self._busy)

    # --- actions ----------------------------------------------------------------

    def _complete(self) -> None:
        d = self.selected()
        if d is None or d.id is None:
            return
        deviation_id, text = d.id, self.description.toPlainText()
        self._write(lambda ws: ws.meetings.complete_deviation(deviation_id, text),
                    translate("Deviations", "Avvikelsen är registrerad."))

    def _add(self) -> None:
        deviation = Deviation(
            kind=self.new_kind.currentData(), occurred_on=pydate(self.new_date.date()),
            organisation_id=self.new_org.currentData(),
            description=self.new_description.toPlainText(), draft=False,
        )
        case_id = self.case_id

        def clear(_result: object) -> None:
            self.new_description.clear()

        self._write(lambda ws: ws.meetings.add_deviation(case_id, deviation),
                    translate("Deviations", "Avvikelsen är registrerad."), clear)

    def _export_report(self) -> None:
        d = self.selected()
        if d is None or d.id is None:
            return
        deviation_id = d.id
        self._export(translate("Deviations", "Spara avvikelserapporten som PDF"),
                     f"avvikelse-{self.reference}-{iso(d.occurred_on)}.pdf",
                     lambda ws, path: ws.documents.deviation_pdf(deviation_id, path))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.export_button.setEnabled(not busy and self.selected() is not None)
