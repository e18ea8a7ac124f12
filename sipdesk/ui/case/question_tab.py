"""The record's question tab: the question, how the need was found, who coordinates,
and the kartläggning (the mapping sections of the current plan version)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Case
from sipdesk.domain.views import CaseMapping, CaseView
from sipdesk.ui import theme
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.mapping_versions import MappingVersions
from sipdesk.ui.case.pieces import form, label, scrolling, text_box
from sipdesk.ui.forms import date_edit, error_label, pydate, qdate
from sipdesk.ui.i18n_case import mapping_reason, section_text, translate


def _section_of(key: str) -> Callable[[Case], str]:
    def get(case: Case) -> str:
        plan = case.current_plan
        return plan.sections.get(key, "") if plan is not None else ""
    return get


class QuestionTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        case_id = edits.case_id
        today = edits.ops.today()

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 12, 16, 8)

        self.question = text_box("Question", 70)
        self.question.setAccessibleDescription(translate(
            "QuestionTab", "Frågan som SIP:en ska besvara, gärna med familjens ord"))
        self.question.setPlaceholderText(
            translate("QuestionTab", "Vilken fråga ska SIP:en besvara?"))
        self.need_found_on = date_edit(today)
        self.need_found_on.setObjectName("NeedFoundOn")
        self.need_found_on.setAccessibleDescription(translate(
            "QuestionTab", "Dagen då behovet av en SIP upptäcktes; tidsfristerna räknas härifrån"))
        self.need_found_on.setMaximumWidth(160)
        self.raised_by = QComboBox()
        self.raised_by.setObjectName("RaisedBy")
        self.raised_by.setAccessibleDescription(translate(
            "QuestionTab", "Verksamheten som väckte frågan om SIP"))
        self.raised_by.setMaximumWidth(520)
        self.raised_by.addItem(translate("QuestionTab", "(ingen organisation vald)"), None)
        self.raised_by_function = QLineEdit()
        self.raised_by_function.setObjectName("RaisedByFunction")
        self.raised_by_function.setAccessibleDescription(translate(
            "QuestionTab", "Funktionen hos den som väckte frågan, till exempel mentor"))
        self.raised_by_function.setMaximumWidth(520)
        self.raised_by_function.setPlaceholderText(
            translate("QuestionTab", "till exempel mentor eller kurator"))
        self.coordinator = QLineEdit()
        self.coordinator.setObjectName("Coordinator")
        self.coordinator.setAccessibleDescription(translate(
            "QuestionTab", "Den som samordnar ärendet"))
        self.coordinator.setMaximumWidth(520)
        self.coordinator.setPlaceholderText(translate("QuestionTab", "Vem som samordnar ärendet"))
        self.question_error = error_label(self, "QuestionError")

        rows = form(QFormLayout())
        rows.addRow(translate("QuestionTab", "Frågeställning"), self.question)
        rows.addRow("", self.question_error)
        rows.addRow(translate("QuestionTab", "Behovet upptäcktes"), self.need_found_on)
        rows.addRow(translate("QuestionTab", "Väckt av"), self.raised_by)
        rows.addRow(translate("QuestionTab", "Funktion"), self.raised_by_function)
        rows.addRow(translate("QuestionTab", "SIP-samordnare"), self.coordinator)
        layout.addLayout(rows)

        edits.text("question", translate("QuestionTab", "frågeställningen"), self.question,
                   get=lambda c: c.question,
                   put=lambda ws, v: ws.cases.set_field(case_id, "question", v),
                   error=self.question_error)
        edits.text("raised_by_function", translate("QuestionTab", "funktion"),
                   self.raised_by_function, get=lambda c: c.raised_by_function,
                   put=lambda ws, v: ws.cases.set_field(case_id, "raised_by_function", v))
        edits.text("coordinator", translate("QuestionTab", "samordnare"), self.coordinator,
                   get=lambda c: c.coordinator,
                   put=lambda ws, v: ws.cases.set_field(case_id, "coordinator", v))
        edits.choice(
            "raised_by_org_id", translate("QuestionTab", "väckt av"), self.raised_by,
            read=self.raised_by.currentData,
            show=lambda v: self.raised_by.setCurrentIndex(max(self.raised_by.findData(v), 0)),
            get=lambda c: c.raised_by_org_id,
            put=lambda ws, v: ws.cases.set_field(case_id, "raised_by_org_id", v),
        )
        self.raised_by.activated.connect(lambda _i: edits.commit("raised_by_org_id"))
        edits.choice(
            "need_found_on", translate("QuestionTab", "datum"), self.need_found_on,
            read=lambda: pydate(self.need_found_on.date()),
            show=lambda v: self.need_found_on.setDate(qdate(v or today)),
            get=lambda c: c.need_found_on,
            put=lambda ws, v: ws.cases.set_field(case_id, "need_found_on", v),
        )
        self.need_found_on.dateChanged.connect(lambda _d: edits.commit("need_found_on"))

        title = label(translate("QuestionTab", "Kartläggning"), "SectionTitle")
        title.setStyleSheet(f"{theme.font_size(13)} font-weight: 600; margin-top: 12px;")
        layout.addWidget(title)
        self.mapping_note = label("", "Warning")
        self.new_version_button = QPushButton(translate("QuestionTab", "Påbörja ny planversion"))
        self.new_version_button.setObjectName("NewPlanVersion")
        self.new_version_button.clicked.connect(self.start_version)
        self.new_version_button.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.mapping_note, 1)
        note_row.addWidget(self.new_version_button)
        layout.addLayout(note_row)

        # The sections come from the plan's template, so they are built when the case is read.
        self.mapping_fields: dict[str, QPlainTextEdit] = {}
        self._mapping_keys: tuple[str, ...] | None = None
        self._mapping_box = QWidget()
        self._mapping_layout = QVBoxLayout(self._mapping_box)
        self._mapping_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._mapping_box)
        # Into the current draft plan (started if there is none), on the version read:
        # a colleague's newer text is never overwritten unseen.
        self._titles: dict[str, str] = {}
        self.versions = MappingVersions(self, edits, lambda: self.mapping_fields,
                                        lambda key: self._titles.get(key, key))
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

    def show_view(self, view: CaseView) -> None:
        self.raised_by.blockSignals(True)
        chosen = self.raised_by.currentData()
        self.raised_by.clear()
        self.raised_by.addItem(translate("QuestionTab", "(ingen organisation vald)"), None)
        for org in view.organisations.values():
            self.raised_by.addItem(org.display_name, org.id)
        self.raised_by.setCurrentIndex(max(self.raised_by.findData(chosen), 0))
        self.raised_by.blockSignals(False)
        self._show_mapping(view.mapping)

    def _show_mapping(self, mapping: CaseMapping) -> None:
        keys = tuple(section.key for section in mapping.sections)
        if keys != self._mapping_keys:
            self._build_mapping(mapping)
        for section in mapping.sections:
            self.mapping_fields[section.key].setReadOnly(not mapping.editable)
        if mapping.reason:
            note = mapping_reason(mapping.reason)
        elif mapping.plan_version:
            note = translate(
                "QuestionTab", "Kartläggningen skrivs i utkastet till plan version {version}."
            ).format(version=mapping.plan_version)
        else:
            note = translate(
                "QuestionTab", "Kartläggningen sparas i ett utkast till plan när du börjar skriva.")
        self.mapping_note.setText(note)
        self.new_version_button.setVisible(not mapping.editable)

    def _build_mapping(self, mapping: CaseMapping) -> None:
        for key in self._mapping_keys or ():
            self._edits.unbind(f"section:{key}")
        while self._mapping_layout.count():
            item = self._mapping_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_fields = {}
        case_id = self._edits.case_id
        for section in mapping.sections:
            title, help_ = section_text(section.title), section_text(section.help)
            edit = text_box(f"Mapping_{section.key}", 64, title)
            edit.setAccessibleDescription(help_)
            edit.setPlaceholderText(help_)
            edit.setToolTip(help_)
            error = error_label(self, f"MappingError_{section.key}")
            self._mapping_layout.addWidget(label(title, "SectionTitle"))
            self._mapping_layout.addWidget(edit)
            self._mapping_layout.addWidget(error)
            self.mapping_fields[section.key] = edit
            self._edits.text(f"section:{section.key}", title.lower(), edit,
                             get=_section_of(section.key),
                             put=self.versions.writer(case_id, section.key), error=error)
            self._titles[section.key] = title
        self._mapping_keys = tuple(self.mapping_fields)

    def know_versions(self, view: CaseView) -> None:
        """After the fields show `view`: the stored versions their texts are based on."""
        self.versions.know(view.mapping)

    def start_version(self, *_args: Any) -> None:
        """A signed plan is frozen: the kartläggning goes on in a new version."""
        case_id = self._edits.case_id
        self._edits.act("Påbörja ny planversion",
                        lambda ws: ws.plans.start_version(case_id))
