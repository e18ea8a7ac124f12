"""The record's history tab: the case's timeline, and noting a contact with someone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sipdesk.domain import words
from sipdesk.domain.views import CaseView
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.forms import date_edit, error_label, fill_table, list_table, pydate, show_error


class HistoryTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self.timeline = list_table(["Datum", "Händelse", "Beskrivning"], "Timeline")
        self.contact_on = date_edit(edits.ops.today())
        self.contact_on.setObjectName("ContactOn")
        self.contact_text = QLineEdit()
        self.contact_text.setObjectName("ContactText")
        self.contact_text.setPlaceholderText("Kontakt med familj eller aktör, till exempel "
                                             "”Ringde mamma om samtycket”")
        add = QPushButton("Anteckna kontakt")
        add.setObjectName("RecordContact")
        add.clicked.connect(self.record_contact)
        self.contact_text.returnPressed.connect(self.record_contact)
        self.contact_error = error_label(self, "ContactError")
        row = QHBoxLayout()
        row.addWidget(self.contact_on)
        row.addWidget(self.contact_text, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)
        layout.addWidget(self.contact_error)

    def show_view(self, view: CaseView) -> None:
        entries = view.timeline
        fill_table(self.timeline,
                   [[words.iso(e.at), e.label, e.text] for e in entries],
                   [e.kind for e in entries])
        self.timeline.scrollToBottom()

    def record_contact(self, *_args: Any) -> None:
        case_id = self._edits.case_id
        on, text = pydate(self.contact_on.date()), self.contact_text.text()
        show_error(self.contact_error, self.contact_text, None)
        self._edits.act(
            "Anteckna kontakt", lambda ws: ws.cases.record_contact(case_id, on, text),
            error=self.contact_error, done=lambda _r: self.contact_text.clear(),
        )
