"""The record's history tab: the case's timeline with who made each entry, noting a contact,
and the access log extract (loggutdrag) for a guardian's request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sipdesk.domain import words
from sipdesk.domain.views import CaseView
from sipdesk.ui import theme
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.panel import ask_pdf_path
from sipdesk.ui.forms import date_edit, error_label, fill_table, list_table, pydate, show_error
from sipdesk.ui.i18n_case import event_label, translate
from sipdesk.ui.i18n_history import history_text
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.operations import Failure

ChoosePath = Callable[[str, str], Path | None]


class HistoryTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None):
        super().__init__(parent)
        self._edits = edits
        self._reference = ""
        # Tests answer the file dialog themselves.
        self.choose_path: ChoosePath = choose_path or (lambda t, s: ask_pdf_path(self, t, s))
        self.timeline = list_table(
            [translate("HistoryTab", "Datum"), translate("HistoryTab", "Händelse"),
             translate("HistoryTab", "Beskrivning"), translate("HistoryTab", "Användare")],
            "Timeline", translate("HistoryTab", "Händelser i ärendet"))
        self.contact_on = date_edit(edits.ops.today(),
                                    accessible=translate("HistoryTab", "Kontaktens datum"))
        self.contact_on.setObjectName("ContactOn")
        self.contact_on.setAccessibleDescription(translate(
            "HistoryTab", "Dagen då kontakten togs"))
        self.contact_text = QLineEdit()
        self.contact_text.setObjectName("ContactText")
        self.contact_text.setAccessibleDescription(translate(
            "HistoryTab", "Vad kontakten gällde, med några ord"))
        self.contact_text.setAccessibleName(translate("HistoryTab", "Anteckning om kontakt"))
        self.contact_text.setPlaceholderText(translate(
            "HistoryTab", "Kontakt med familj eller aktör, till exempel ”Ringde mamma om "
                          "samtycket”"))
        add = QPushButton(translate("HistoryTab", "Anteckna kontakt"))
        add.setObjectName("RecordContact")
        add.setAccessibleDescription(translate(
            "HistoryTab", "Antecknar kontakten i ärendets historik"))
        add.clicked.connect(self.record_contact)
        self.contact_text.returnPressed.connect(self.record_contact)
        self.contact_error = error_label(self, "ContactError")
        row = QHBoxLayout()
        row.addWidget(self.contact_on)
        row.addWidget(self.contact_text, 1)
        row.addWidget(add)

        self.log_button = QPushButton(translate("HistoryTab", "Loggutdrag (PDF)…"))
        self.log_button.setObjectName("AccessLogExtract")
        self.log_button.setToolTip(translate(
            "HistoryTab", "Vem har öppnat, ändrat och exporterat ärendet, och när (till exempel "
                          "när en vårdnadshavare begär det)"))
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self._ask_extract)
        self.log_message = QLabel()
        self.log_message.setObjectName("AccessLogMessage")
        self.log_message.setWordWrap(True)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_message, 1)
        log_row.addWidget(self.log_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)
        layout.addWidget(self.contact_error)
        layout.addLayout(log_row)

    def show_view(self, view: CaseView) -> None:
        self._reference = view.case.reference
        self.log_button.setEnabled(True)
        entries = view.timeline
        fill_table(self.timeline,
                   [[words.iso(e.at), event_label(e.label), history_text(e.text), e.user]
                    for e in entries],
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

    # --- the access log extract -----------------------------------------------------

    def _ask_extract(self) -> None:
        path = self.choose_path(translate("HistoryTab", "Spara loggutdrag"),
                                f"loggutdrag-{self._reference}.pdf")
        if path is not None:
            self.export_log(path)

    def export_log(self, path: Path) -> None:
        """Write the case's access log extract to `path` (on the store worker)."""
        reference, out = self._reference, Path(path)
        self._say(translate("HistoryTab", "Skapar loggutdraget …"), theme.MUTED_TEXT)
        self._edits.ops.write(self, lambda ws: ws.access.extract_pdf(reference, out),
                              self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        self._say(translate("HistoryTab", "Loggutdraget sparades: {path}").format(path=path),
                  theme.OK_TEXT)

    def _failed(self, failure: Failure) -> None:
        self._say(failure_text(failure), theme.ERROR_TEXT)

    def _say(self, text: str, style: str) -> None:
        self.log_message.setStyleSheet(style)
        self.log_message.setText(text)
