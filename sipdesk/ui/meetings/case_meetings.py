"""The meetings of one case: plan them, invite, follow the answers, send the documents.

A list of the case's meetings beside the response tracker of the one picked,
with the invitation documents (letter PDF, calendar file, e-mail text) and the
way into meeting mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Meeting
from sipdesk.services.errors import DomainError
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from sipdesk.ui.tasks import TaskManager


def meeting_title(meeting: Meeting) -> str:
    when = meeting.date.isoformat() if meeting.date else "datum ej satt"
    start = f" {meeting.start:%H:%M}" if meeting.start else ""
    return f"{meeting.kind.label} · {when}{start}"


class CaseMeetings(QWidget):
    """Emits protocolRequested(meeting_id) when the coordinator starts meeting mode."""

    protocolRequested = Signal(int)
    changed = Signal()

    def __init__(self, ws, case_id: int, parent: QWidget | None = None, *,
                 tasks: TaskManager | None = None):
        super().__init__(parent)
        self.setObjectName("CaseMeetings")
        self._ws = ws
        self._case_id = case_id
        self._tasks = tasks if tasks is not None else TaskManager(self, synchronous=True)

        self.meetings = QListWidget()
        self.meetings.setObjectName("MeetingList")
        self.meetings.currentItemChanged.connect(self._picked)
        new = QPushButton("Nytt möte…")
        new.clicked.connect(self.new_meeting)
        self.protocol_button = QPushButton("Mötesläge: protokoll och skärm")
        self.protocol_button.setObjectName("OpenProtocol")
        self.protocol_button.setToolTip("Skriv planen under mötet, synlig för alla på skärmen")
        self.protocol_button.clicked.connect(self._request_protocol)

        self.pdf_button = QPushButton("Kallelse som PDF…")
        self.pdf_button.clicked.connect(self._ask_invitation_pdf)
        self.per_recipient = QCheckBox("En per mottagare")
        self.per_recipient.setObjectName("PerRecipient")
        self.per_recipient.setChecked(True)
        self.per_recipient.setToolTip(
            "Ikryssad: en kallelse ställd till varje deltagare. "
            "Utan kryss: en gemensam kallelse till alla."
        )
        self.ics_button = QPushButton("Kalenderfil…")
        self.ics_button.setToolTip("En .ics-fil som går att öppna i Outlook och andra kalendrar")
        self.ics_button.clicked.connect(self._ask_ics)
        self.mail_button = QPushButton("E-posttext…")
        self.mail_button.clicked.connect(self.show_email)

        left = QVBoxLayout()
        left.addWidget(QLabel("Möten"))
        left.addWidget(self.meetings, 1)
        left.addWidget(new)
        left_box = QWidget()
        left_box.setLayout(left)

        self.tracker = ResponseTracker(ws, parent=self, tasks=self._tasks)
        self.tracker.changed.connect(self.changed)
        documents = QHBoxLayout()
        documents.addWidget(self.pdf_button)
        documents.addWidget(self.per_recipient)
        documents.addSpacing(8)
        for button in (self.ics_button, self.mail_button):
            documents.addWidget(button)
        documents.addStretch(1)
        documents.addWidget(self.protocol_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel("")
        self.message.setObjectName("DocumentMessage")
        self.message.setWordWrap(True)
        right.addLayout(documents)
        right.addWidget(self.message)
        right.addWidget(self.tracker, 1)
        right_box = QWidget()
        right_box.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.reload()

    # --- the list ---------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_meeting_id()
        self.meetings.clear()
        for meeting in self._ws.meetings.of_case(self._case_id):
            item = QListWidgetItem(meeting_title(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            item.setToolTip(meeting.place or "")
            self.meetings.addItem(item)
            if meeting.id == current:
                self.meetings.setCurrentItem(item)
        if self.meetings.currentItem() is None and self.meetings.count():
            self.meetings.setCurrentRow(self.meetings.count() - 1)
        self._enable()

    def current_meeting_id(self) -> int | None:
        item = self.meetings.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _picked(self, *_args) -> None:
        self.tracker.set_meeting(self.current_meeting_id())
        self._enable()

    def _enable(self) -> None:
        has = self.current_meeting_id() is not None
        for button in (self.protocol_button, self.pdf_button, self.ics_button, self.mail_button):
            button.setEnabled(has)

    # --- meetings ---------------------------------------------------------------

    def new_meeting(self) -> QDialog:
        return self._open_meeting_dialog(MeetingDialog(self._ws, case_id=self._case_id,
                                                       parent=self))

    def _open_meeting_dialog(self, dialog: MeetingDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._meeting_saved(dialog.meeting_id))
        dialog.open()
        return dialog

    def _meeting_saved(self, meeting_id: int | None) -> None:
        self.reload(select=meeting_id)
        self.changed.emit()

    def _request_protocol(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.protocolRequested.emit(meeting_id)

    # --- documents --------------------------------------------------------------

    def export_invitation_pdf(self, path: Path) -> None:
        """Render on the worker; the window stays responsive while reportlab works."""
        meeting_id = self.current_meeting_id()
        per_recipient = self.per_recipient.isChecked()
        documents = self._ws.documents
        self._tasks.run(
            lambda: documents.invitation_pdf(meeting_id, Path(path), per_recipient=per_recipient),
            lambda out: self._saved(out),
            self._failed,
        )

    def export_ics(self, path: Path) -> None:
        meeting_id = self.current_meeting_id()
        documents = self._ws.documents
        self._tasks.run(lambda: documents.meeting_ics(meeting_id, Path(path)),
                        lambda out: self._saved(out), self._failed)

    def _ask_invitation_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Spara kallelsen", "kallelse.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.export_invitation_pdf(Path(path))

    def _ask_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Spara kalenderfilen", "sip-mote.ics",
                                              "Kalenderfil (*.ics)")
        if path:
            self.export_ics(Path(path))

    def show_email(self) -> QDialog | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        draft = self._ws.documents.email_text(meeting_id)
        mailto = self._ws.documents.mailto_url(meeting_id)
        dialog = QDialog(self)
        dialog.setObjectName("EmailTextDialog")
        dialog.setWindowTitle("E-posttext till deltagarna")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QPlainTextEdit(f"Till: {', '.join(draft.to)}\nÄmne: {draft.subject}\n\n{draft.body}")
        text.setObjectName("EmailText")
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Kopiera texten", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(draft.body))
        open_mail = buttons.addButton("Öppna i e-postprogrammet",
                                      QDialogButtonBox.ButtonRole.ActionRole)
        open_mail.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(mailto)))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel("Texten innehåller inga personnummer och visar barnet "
                                "med initialer."))
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialog.open()
        return dialog

    def _saved(self, path: Path) -> None:
        self.message.setStyleSheet("color: #1f6f43;")
        self.message.setText(f"Sparad: {path}")

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, DomainError) else f"Filen kunde inte sparas: {exc}"
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(message)
