"""The meetings of one case: plan them, invite, follow the answers, send the documents.

A list of the case's meetings beside the response tracker of the one picked,
with the invitation documents (letter PDF, calendar file, e-mail text) and the
way into meeting mode. The list is read through Operations and read again
when a change touches the case's meetings; documents are written on the
worker, so the window stays responsive while reportlab works.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.changes import Part
from sipdesk.domain.entities import Meeting
from sipdesk.domain.views import CaseView
from sipdesk.export.email_text import EmailDraft, mailto_url
from sipdesk.ui import clipboard, memory, theme
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n_meetings import clock, enum_label, translate
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from sipdesk.ui.meetings.response_tracker import REREAD_MS, ResponseTracker
from sipdesk.ui.operations import Changes, Failure, Operations


def _open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def meeting_title(meeting: Meeting) -> str:
    """'SIP-möte · 2026-12-21 13.00': a line of the list, where ISO dates scan well."""
    start = f" {clock(meeting.start)}" if meeting.start else ""
    day = words.iso(meeting.date, translate("CaseMeetings", "datum ej satt"))
    return f"{enum_label(meeting.kind)} · {day}{start}"


class CaseMeetings(QWidget):
    """Emits protocolRequested(meeting_id) when the coordinator starts meeting mode.

    `.meetings` is the list, `.tracker` the ResponseTracker of the picked
    meeting and `.protocol_button` the way into meeting mode.
    """

    protocolRequested = Signal(int)

    def __init__(self, ops: Operations, case_id: int, parent: QWidget | None = None, *,
                 own_reads: bool = True):
        super().__init__(parent)
        # Inside the case record the record hands over each read of the case
        # (show_view); on its own the tab reads its meetings for itself.
        self.own_reads = own_reads
        self.setObjectName("CaseMeetings")
        self._ops = ops
        self._case_id = case_id
        self._generation = 0
        self._select: int | None = None  # a meeting to pick when the list arrives
        self.email_dialog: QDialog | None = None
        self._reread = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._reread.timeout.connect(self.reload)

        self.meetings = QListWidget()
        self.meetings.setObjectName("MeetingList")
        self.meetings.setAccessibleDescription(translate(
            "CaseMeetings", "Ärendets möten; välj ett för att se kallade och svar"))
        # A narrow list wraps a meeting's line rather than scrolling sideways.
        self.meetings.setWordWrap(True)
        self.meetings.setResizeMode(QListView.ResizeMode.Adjust)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setAccessibleName(translate("CaseMeetings", "Ärendets möten"))
        self.meetings.currentItemChanged.connect(self._picked)
        self.list_state = QLabel(translate("CaseMeetings", "Läser in…"))
        self.list_state.setObjectName("MeetingListState")
        self.list_state.setStyleSheet(theme.MUTED_TEXT)
        self.list_state.setWordWrap(True)
        self.new_button = QPushButton(translate("CaseMeetings", "Nytt möte…"))
        self.new_button.setObjectName("NewMeeting")
        self.new_button.setAccessibleDescription(translate(
            "CaseMeetings", "Bokar ett nytt möte i ärendet"))
        self.new_button.clicked.connect(self.new_meeting)
        self.protocol_button = QPushButton(
            translate("CaseMeetings", "Mötesläge: protokoll och skärm"))
        self.protocol_button.setObjectName("OpenProtocol")
        self.protocol_button.setToolTip(translate("CaseMeetings",
            "Skriv planen under mötet, synlig för alla på skärmen"))
        self.protocol_button.clicked.connect(self._request_protocol)

        self.pdf_button = QPushButton(translate("CaseMeetings", "Kallelse som PDF…"))
        self.pdf_button.setAccessibleDescription(translate(
            "CaseMeetings", "Skriver kallelser och inbjudningar till valt möte som PDF"))
        self.pdf_button.clicked.connect(self._ask_invitation_pdf)
        self.per_recipient = QCheckBox(translate("CaseMeetings", "En per mottagare"))
        self.per_recipient.setObjectName("PerRecipient")
        self.per_recipient.setChecked(True)
        self.per_recipient.setToolTip(translate(
            "CaseMeetings",
            "Ikryssad: en kallelse ställd till varje deltagare, en fil var i en mapp du väljer. "
            "Utan kryss: en gemensam kallelse till alla."))
        self.ics_button = QPushButton(translate("CaseMeetings", "Kalenderfil…"))
        self.ics_button.setToolTip(translate("CaseMeetings",
            "En .ics-fil som går att öppna i Outlook och andra kalendrar"))
        self.ics_button.clicked.connect(self._ask_ics)
        self.mail_button = QPushButton(translate("CaseMeetings", "E-posttext…"))
        self.mail_button.setAccessibleDescription(translate(
            "CaseMeetings", "Visar e-posttext till de inbjudna att kopiera"))
        self.mail_button.clicked.connect(self.show_email)

        left = QVBoxLayout()
        left.addWidget(QLabel(translate("CaseMeetings", "Möten")))
        left.addWidget(self.meetings, 1)
        left.addWidget(self.list_state)
        left.addWidget(self.new_button)
        left_box = QWidget()
        left_box.setLayout(left)

        self.tracker = ResponseTracker(ops, parent=self)
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("CaseMeetingsSplitter")
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(right_box)
        self.splitter.setStretchFactor(1, 1)
        if not memory.restore_splitter(self.splitter, "CaseMeetings"):
            self.splitter.setSizes([200, 960])  # the tracker's columns need the room
        self.splitter.splitterMoved.connect(
            lambda *_: memory.save_splitter(self.splitter, "CaseMeetings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter)
        self._enable()
        if own_reads:
            ops.changed.connect(self._on_changed)
            self.reload()
        describe(self)

    # --- the list ---------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the case's meetings again; `select` picks one when they arrive."""
        self._reread.stop()
        if select is not None:
            self._select = select
        self._generation += 1
        generation = self._generation
        case_id = self._case_id
        self._ops.read(self, lambda ws: ws.meetings.of_case(case_id),
                       lambda meetings: self._show_meetings(generation, meetings),
                       lambda failure: self._list_failed(generation, failure))

    def show_view(self, view: CaseView) -> None:
        """The case's meetings from the record's read of the whole case."""
        self._generation += 1
        self._show_meetings(self._generation, list(view.case.meetings))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self._case_id, Part.MEETINGS):
            self._reread.start()

    def _show_meetings(self, generation: int, meetings: list[Meeting]) -> None:
        if generation != self._generation:
            return
        wanted = self._select if self._select is not None else self.current_meeting_id()
        self._select = None
        # Rebuilt quietly: the tracker hears of its own meeting's changes itself,
        # and is only told when the picked meeting is another one.
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for meeting in meetings:
            item = QListWidgetItem(meeting_title(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            item.setToolTip(meeting.place or "")
            self.meetings.addItem(item)
            if meeting.id == wanted:
                self.meetings.setCurrentItem(item)
        if self.meetings.currentItem() is None and self.meetings.count():
            self.meetings.setCurrentRow(self.meetings.count() - 1)
        self.meetings.blockSignals(False)
        self.list_state.setText("" if meetings else translate(
            "CaseMeetings", "Inga möten ännu. Boka ett med Nytt möte."))
        self.list_state.setVisible(not meetings)
        self._picked()

    def _list_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.list_state.setText(failure.message)
            self.list_state.setStyleSheet(theme.ERROR_TEXT)
            self.list_state.show()

    def current_meeting_id(self) -> int | None:
        item = self.meetings.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _picked(self, *_args: object) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id != self.tracker.meeting_id:
            self.tracker.set_meeting(meeting_id)
        self._enable()

    def _enable(self) -> None:
        has = self.current_meeting_id() is not None
        for button in (self.protocol_button, self.pdf_button, self.ics_button, self.mail_button):
            button.setEnabled(has)

    # --- meetings ---------------------------------------------------------------

    def new_meeting(self) -> MeetingDialog:
        dialog = MeetingDialog(self._ops, case_id=self._case_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._booked(dialog.meeting_id))
        dialog.open()
        return dialog

    def _booked(self, meeting_id: int | None) -> None:
        # The write's change announcement reads the list again; this picks the new one.
        self._select = meeting_id
        self._reread.start()

    def _request_protocol(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.protocolRequested.emit(meeting_id)

    # --- documents --------------------------------------------------------------

    def export_invitation_pdf(self, path: Path) -> None:
        """One file: the shared letter, or with "En per mottagare" every recipient's letter
        one after another (for printing). Rendered on the worker; a pure export, so a read."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        per_recipient = self.per_recipient.isChecked()
        out = Path(path)
        self._ops.read(
            self,
            lambda ws: ws.documents.invitation_pdf(meeting_id, out, per_recipient=per_recipient),
            self._saved, self._failed,
        )

    def export_invitation_letters(self, folder: Path) -> None:
        """One file per recipient in `folder`, rendered and written on the worker."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        out = Path(folder)
        self._ops.read(self, lambda ws: ws.documents.invitation_pdfs(meeting_id, out),
                       lambda paths: self._letters_saved(out, paths), self._failed)

    def _letters_saved(self, folder: Path, paths: list[Path]) -> None:
        self.message.setStyleSheet(theme.OK_TEXT)
        self.message.setText(translate(
            "CaseMeetings", "Sparade {count} kallelser, en per mottagare, i {folder}").format(
                count=len(paths), folder=folder))

    def export_ics(self, path: Path) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        out = Path(path)
        self._ops.read(self, lambda ws: ws.documents.meeting_ics(meeting_id, out),
                       self._saved, self._failed)

    def _ask_invitation_pdf(self) -> None:
        if self.per_recipient.isChecked():  # a file per recipient: ask for a folder
            folder = QFileDialog.getExistingDirectory(
                self, translate("CaseMeetings", "Välj mapp för kallelserna"))
            if folder:
                self.export_invitation_letters(Path(folder))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("CaseMeetings", "Spara kallelsen"), "kallelse.pdf", "PDF (*.pdf)")
        if path:
            self.export_invitation_pdf(Path(path))

    def _ask_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("CaseMeetings", "Spara kalenderfilen"), "sip-mote.ics",
            translate("CaseMeetings", "Kalenderfil (*.ics)"))
        if path:
            self.export_ics(Path(path))

    def show_email(self) -> QDialog | None:
        """Read the e-mail text on the worker, then show it (returned when already there)."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        self.email_dialog = None
        self._ops.read(self, lambda ws: ws.documents.email_text(meeting_id),
                       lambda draft: self._show_email(draft, meeting_id), self._failed)
        return self.email_dialog

    def _show_email(self, draft: EmailDraft, meeting_id: int) -> None:
        mailto = mailto_url(draft)
        dialog = QDialog(self)
        dialog.setObjectName("EmailTextDialog")
        dialog.setWindowTitle(translate("CaseMeetings", "E-posttext till deltagarna"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The e-mail itself stays Swedish (it goes to Swedish services and families).
        text = QPlainTextEdit(f"Till: {', '.join(draft.to)}\nÄmne: {draft.subject}\n\n{draft.body}")
        text.setObjectName("EmailText")
        text.setAccessibleName(translate("CaseMeetings", "E-posttext"))
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("CaseMeetings", "Stäng"))
        copy = buttons.addButton(translate("CaseMeetings", "Kopiera texten"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("CopyEmailText")
        # The text names the child: off the clipboard again after 30 seconds.
        copy.clicked.connect(lambda: clipboard.copy_personal(draft.body))
        open_mail = buttons.addButton(translate("CaseMeetings", "Öppna i e-postprogrammet"),
                                      QDialogButtonBox.ButtonRole.ActionRole)
        open_mail.setObjectName("OpenMailProgram")
        # Logged as "mailed" first; the mail program opens once the entry is written.
        open_mail.clicked.connect(lambda: self._ops.write(
            self, lambda ws: ws.access.mailed(meeting_id),
            lambda _entry: _open_url(mailto), self._failed))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(translate(
            "CaseMeetings", "Texten innehåller inga personnummer och visar barnet med initialer.")
        ))
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialog.open()
        self.email_dialog = dialog

    def _saved(self, path: Any) -> None:
        self.message.setStyleSheet(theme.OK_TEXT)
        self.message.setText(translate("CaseMeetings", "Sparad: {path}").format(path=path))

    def _failed(self, failure: Failure) -> None:
        # failures.py says what went wrong with a file in Swedish ("Filen kunde inte sparas där").
        self.message.setStyleSheet(theme.ERROR_TEXT)
        self.message.setText(failure.message)
