"""Avsluta mötet: the end of the meeting, in the room (objectName MeetingEnd).

Four parts, in the order the room goes through them:

1. what the plan still lacks before it can be signed, each item with a way
   back to the place in the editor where it is fixed;
2. the next follow-up (date, time, place), booked with the same people as
   this meeting, their invitations made and ready to send;
3. who signed and how (on paper, or "justerad" by named participants), and
   the date: registering freezes the version, and every surface hears of it
   (the board can then move the case on);
4. the plan for signing and the family version as PDF files, printed once
   the version is locked, so the paper carries the version's final
   fingerprint and no draft mark.

Everything is read and written through ops; the dialog reads again when the
case's plan or meetings change anywhere.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.deadlines import add_months
from sipdesk.domain.entities import Plan
from sipdesk.domain.signing import CheckItem, SigningState
from sipdesk.domain.views import FollowUpBooking
from sipdesk.export.cancelling import CANCELLED
from sipdesk.ui import theme
from sipdesk.ui.forms import date_edit, describe, error_label, pydate, qdate, show_error
from sipdesk.ui.i18n_case import signed_how
from sipdesk.ui.i18n_meetings import meeting_line, send_warning, translate
from sipdesk.ui.meeting_mode.checklist_view import ChecklistView
from sipdesk.ui.meeting_mode.signing_form import SigningForm
from sipdesk.ui.operations import Failure, Operations

ChoosePath = Callable[[str, str], Path | None]
REREAD_MS = 30


def _style() -> str:
    return f"""
#MeetingEnd {{ background: {theme.WINDOW}; }}
#EndPart {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER}; border-radius: 8px; }}
#EndHeading {{ {theme.font_size(15, "px")} font-weight: 700; color: {theme.HEADING}; }}
#EndTitle {{ {theme.font_size(17, "px")} font-weight: 600; color: {theme.INK}; }}
"""


def ask_pdf_path(parent: QWidget | None, title: str, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, "PDF (*.pdf)")
    return Path(name) if name else None


def _time_edit(value: time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class MeetingEnd(QDialog):
    """Avsluta mötet for one plan version.

    `jumpRequested(CheckItem)` asks the editor to put the cursor where a missing
    item is fixed (the dialog closes first); `signed(Plan)` once the version is
    signed; `exported(object)` after each PDF; `booked(FollowUpBooking)`.
    `choose_path(title, suggestion)` picks where a PDF goes (a file dialog by default).
    """

    jumpRequested = Signal(object)  # CheckItem
    signed = Signal(object)  # Plan
    booked = Signal(object)  # FollowUpBooking
    exported = Signal(object)  # PlanExport

    def __init__(self, ops: Operations, plan_id: int, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None):
        super().__init__(parent)
        self.setObjectName("MeetingEnd")
        self.setWindowTitle(translate("MeetingEnd", "Avsluta mötet"))
        self.setStyleSheet(_style())
        self._ops = ops
        self.plan_id = plan_id
        self.state: SigningState | None = None
        self._choose_path = choose_path or (lambda t, s: ask_pdf_path(self, t, s))
        self._follow_up_touched = False
        self._booking_words: tuple[str, str] | None = None
        self._filling = False  # the fields are being filled from a read, not typed in
        self._reread = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._reread.timeout.connect(self.refresh)

        self.title = QLabel(translate("MeetingEnd", "Läser in…"))
        self.title.setObjectName("EndTitle")
        self.checklist = ChecklistView()
        self.checklist.jumpRequested.connect(self._jump)
        self.signing = SigningForm(ops)
        self.signing.signed.connect(self._signed)

        # Two columns: on a 1366x768 laptop everything is in sight without scrolling.
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setSpacing(10)
            columns.addLayout(column, 1)
        left.addWidget(self._part(translate("MeetingEnd", "1. Klart för underskrift?"),
                                  self.checklist))
        left.addWidget(self._part(translate("MeetingEnd", "2. Nästa uppföljning"),
                                  self._follow_up_box()))
        right.addWidget(self._part(translate("MeetingEnd", "3. Underskrifter"), self.signing))
        right.addWidget(self._part(translate("MeetingEnd", "4. Skriv ut"), self._export_box()))
        left.addStretch(1)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from control to control
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("MeetingEnd", "Tillbaka till protokollet"))
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(1160, 620)
        ops.changed.connect(self._changed)
        self.refresh()
        describe(self)

    # --- building ---------------------------------------------------------------------

    def _part(self, heading: str, content: QWidget) -> QFrame:
        box = QFrame()
        box.setObjectName("EndPart")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        title = QLabel(heading)
        title.setObjectName("EndHeading")
        layout.addWidget(title)
        layout.addWidget(content)
        return box

    def _follow_up_box(self) -> QWidget:
        box = QWidget()
        self.follow_up_date = date_edit(self._ops.today())
        self.follow_up_date.setObjectName("FollowUpDate")
        self.follow_up_date.setAccessibleDescription(translate(
            "MeetingEnd", "Dagen för uppföljningsmötet"))
        self.follow_up_date.setAccessibleName(translate("MeetingEnd", "Uppföljningens datum"))
        self.follow_up_start = _time_edit(time(13, 0))
        self.follow_up_start.setObjectName("FollowUpStart")
        self.follow_up_start.setAccessibleDescription(translate(
            "MeetingEnd", "När uppföljningsmötet börjar"))
        self.follow_up_start.setAccessibleName(translate("MeetingEnd", "Uppföljningen börjar"))
        self.follow_up_end = _time_edit(time(14, 30))
        self.follow_up_end.setObjectName("FollowUpEnd")
        self.follow_up_end.setAccessibleDescription(translate(
            "MeetingEnd", "När uppföljningsmötet slutar"))
        self.follow_up_end.setAccessibleName(translate("MeetingEnd", "Uppföljningen slutar"))
        self.follow_up_place = QLineEdit()
        self.follow_up_place.setObjectName("FollowUpPlace")
        self.follow_up_place.setAccessibleDescription(translate(
            "MeetingEnd", "Var uppföljningsmötet hålls"))
        self.follow_up_place.setAccessibleName(translate("MeetingEnd", "Uppföljningens plats"))
        self.follow_up_place.setPlaceholderText(
            translate("MeetingEnd", "Plats, länk eller nummer att ringa"))
        self.follow_up_date.dateChanged.connect(self._touched)
        for edit in (self.follow_up_start, self.follow_up_end):
            edit.timeChanged.connect(self._touched)
        self.follow_up_place.textEdited.connect(self._touched)
        self.book_button = QPushButton(translate("MeetingEnd", "Boka uppföljningen"))
        self.book_button.setObjectName("BookFollowUp")
        self.book_button.setAccessibleDescription(translate(
            "MeetingEnd", "Bokar uppföljningsmötet med datum, tid och plats ovan"))
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.book_follow_up)
        self.follow_up_status = QLabel("")
        self.follow_up_status.setObjectName("FollowUpStatus")
        self.follow_up_status.setWordWrap(True)
        self.follow_up_error = error_label(box, "FollowUpError")
        hint = QLabel(translate(
            "MeetingEnd", "Samma deltagare som i dag får kallelser, klara att skickas: de skickas "
                          "inte härifrån. Den som samtycket inte täcker tas inte med."))
        hint.setWordWrap(True)
        hint.setStyleSheet(theme.MUTED_TEXT)
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("MeetingEnd", "Datum")), 0, 0)
        grid.addWidget(self.follow_up_date, 0, 1)
        grid.addWidget(QLabel(translate("MeetingEnd", "Kl.")), 0, 2)
        grid.addWidget(self.follow_up_start, 0, 3)
        grid.addWidget(QLabel("–"), 0, 4)
        grid.addWidget(self.follow_up_end, 0, 5)
        grid.addWidget(QLabel(translate("MeetingEnd", "Plats")), 1, 0)
        grid.addWidget(self.follow_up_place, 1, 1, 1, 5)
        grid.setColumnStretch(6, 1)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.book_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.follow_up_status)
        layout.addWidget(self.follow_up_error)
        return box

    def _export_box(self) -> QWidget:
        box = QWidget()
        self.export_plan = QPushButton(translate("MeetingEnd", "Planen för underskrift (PDF)…"))
        self.export_plan.setObjectName("ExportPlanForSigning")
        self.export_plan.setAccessibleDescription(translate(
            "MeetingEnd", "Skriver planen som PDF att skriva under"))
        self.export_plan.clicked.connect(lambda: self.export("plan"))
        self.export_family = QPushButton(translate("MeetingEnd", "Familjens version (PDF)…"))
        self.export_family.setObjectName("ExportFamilyVersion")
        self.export_family.setAccessibleDescription(translate(
            "MeetingEnd", "Skriver familjens version av planen som PDF, utan interna anteckningar"))
        self.export_family.clicked.connect(lambda: self.export("family"))
        for button in (self.export_plan, self.export_family):
            button.setAutoDefault(False)
        self.export_note = QLabel("")
        self.export_note.setObjectName("ExportNote")
        self.export_note.setWordWrap(True)
        self.export_status = QLabel("")
        self.export_status.setObjectName("ExportStatus")
        self.export_status.setWordWrap(True)
        # Shown while the plan renders: a long plan takes a while.
        self.cancel_export = QPushButton(translate("MeetingEnd", "Avbryt exporten"))
        self.cancel_export.setObjectName("CancelExport")
        self.cancel_export.setAutoDefault(False)
        self.cancel_export.hide()
        self._cancel: threading.Event | None = None
        self.cancel_export.clicked.connect(self._cancel_export)
        row = QHBoxLayout()
        row.addWidget(self.export_plan)
        row.addWidget(self.export_family)
        row.addWidget(self.cancel_export)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_note)
        layout.addLayout(row)
        layout.addWidget(self.export_status)
        return box

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        plan_id = self.plan_id
        self._ops.read(self, lambda ws: ws.plans.signing_state(plan_id), self._show,
                       self._read_failed)

    def _changed(self, changes: Changes) -> None:
        state = self.state
        if state is None or changes.origin is self.signing:
            return
        if changes.touches(state.case_id, Part.PLAN, Part.MEETINGS, Part.RECORD) \
                or changes.directory:
            self._reread.start()

    def _read_failed(self, failure: Failure) -> None:
        self.title.setText(translate("MeetingEnd", "Planen kunde inte läsas in. {reason}").format(
            reason=failure.message))
        self.title.setStyleSheet(theme.ERROR_TEXT)

    def _show(self, state: SigningState) -> None:
        self.state = state
        status = (translate("MeetingEnd", "låst") if state.is_signed
                  else translate("MeetingEnd", "utkast"))
        self.title.setText(translate("MeetingEnd", "{child} · {reference} · plan version {version} "
                                                     "({status})").format(
            child=state.child_name, reference=state.case_reference, version=state.version,
            status=status))
        self.checklist.show_items(state.items)
        self.signing.show_state(state)
        self._show_follow_up(state)
        if state.is_signed:
            how = signed_how(state.signing_method, state.signed_on,
                             [s.name for s in state.signatures])
            self.export_note.setText(translate(
                "MeetingEnd", "{how} Utskriften är den låsta versionen (fingeravtryck "
                              "{fingerprint}).").format(how=how,
                                                        fingerprint=state.short_fingerprint))
            self.export_note.setStyleSheet(theme.MUTED_TEXT)
        else:
            self.export_note.setText(translate(
                "MeetingEnd", "Planen är inte låst ännu: en utskrift nu blir ett utkast. "
                              "Registrera underskrifterna först, så får papperet planens "
                              "slutliga fingeravtryck."))
            self.export_note.setStyleSheet(theme.WARNING_BOX)

    def _show_follow_up(self, state: SigningState) -> None:
        follow = state.follow_up
        if follow is not None and follow.date is not None:
            line = meeting_line(follow.kind.label, follow.date, follow.start, follow.end) + (
                f", {follow.place}" if follow.place else "")
            # A re-read after the booking must not wipe what the booking said (who got
            # an invitation), so the booking's own words stay while it is the same meeting.
            kept = self._booking_words
            self.follow_up_status.setText(kept[1] if kept is not None and kept[0] == line else
                                          translate("MeetingEnd", "Bokad: {meeting}.").format(
                                              meeting=line))
            self.follow_up_status.setStyleSheet(theme.OK_TEXT)
            self.book_button.setText(translate("MeetingEnd", "Ändra bokningen"))
        else:
            self.follow_up_status.setText(
                translate("MeetingEnd", "Ingen uppföljning är bokad ännu."))
            self.follow_up_status.setStyleSheet(theme.MUTED_TEXT)
            self.book_button.setText(translate("MeetingEnd", "Boka uppföljningen"))
        if self._follow_up_touched:
            return  # what is typed here stays
        self._filling = True
        try:
            self._fill_follow_up(state)
        finally:
            self._filling = False

    def _fill_follow_up(self, state: SigningState) -> None:
        follow = state.follow_up
        day = follow.date if follow is not None and follow.date is not None else \
            add_months(state.meeting_date or state.today, 3)
        self.follow_up_date.setDate(qdate(day))
        start = follow.start if follow is not None and follow.start else state.meeting_start
        end = follow.end if follow is not None and follow.end else state.meeting_end
        if start is not None:
            self.follow_up_start.setTime(QTime(start.hour, start.minute))
        if end is not None:
            self.follow_up_end.setTime(QTime(end.hour, end.minute))
        self.follow_up_place.setText(follow.place if follow is not None and follow.place
                                     else state.meeting_place)

    def _touched(self, *_args: object) -> None:
        if not self._filling:
            self._follow_up_touched = True

    # --- the checklist ----------------------------------------------------------------

    def _jump(self, item: CheckItem) -> None:
        self.close()
        self.jumpRequested.emit(item)

    # --- the follow-up ----------------------------------------------------------------

    def follow_up_values(self) -> tuple[date, time, time, str]:
        return (pydate(self.follow_up_date.date()), _pytime(self.follow_up_start.time()),
                _pytime(self.follow_up_end.time()), self.follow_up_place.text())

    def book_follow_up(self) -> None:
        if self.state is None:
            return
        plan_id = self.plan_id
        on, start, end, place = self.follow_up_values()
        self.book_button.setEnabled(False)
        show_error(self.follow_up_error, None, None)
        self._ops.write(self, lambda ws: ws.protocol.book_follow_up(plan_id, on, start, end,
                                                                    place),
                        self._booked, self._booking_refused)

    def _booked(self, booking: FollowUpBooking) -> None:
        self.book_button.setEnabled(True)
        self._follow_up_touched = False
        meeting = booking.meeting
        line = meeting_line(meeting.kind.label, meeting.date, meeting.start, meeting.end) + (
            f", {meeting.place}" if meeting.place else "")
        lines = [translate("MeetingEnd", "Uppföljningen är bokad: {meeting}.").format(meeting=line)]
        if booking.invited:
            lines.append(translate(
                "MeetingEnd", "Kallelser är förberedda till {count} deltagare (inte skickade "
                              "än): {names}.").format(count=len(booking.invited),
                                                      names=", ".join(booking.invited)))
        if booking.already:
            lines.append(translate("MeetingEnd", "Redan på listan: {names}.").format(
                names=", ".join(booking.already)))
        self._booking_words = (line, "\n".join(lines))
        self.follow_up_status.setText(self._booking_words[1])
        self.follow_up_status.setStyleSheet(theme.OK_TEXT)
        if booking.refused:
            refused = "; ".join(f"{name}: {send_warning(reason)}"
                                for name, reason in booking.refused)
            show_error(self.follow_up_error, None,
                       translate("MeetingEnd", "Inte inbjudna: {list}").format(list=refused))
        self.booked.emit(booking)

    def _booking_refused(self, failure: Failure) -> None:
        self.book_button.setEnabled(True)
        show_error(self.follow_up_error, None, failure.message)

    # --- signing ----------------------------------------------------------------------

    def _signed(self, plan: Plan) -> None:
        self.signed.emit(plan)
        self.refresh()

    # --- exports ----------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then render on the worker: "plan" for signing, or "family"."""
        state = self.state
        if state is None:
            return
        family = kind == "family"
        title = (translate("MeetingEnd", "Spara familjens version som PDF") if family
                 else translate("MeetingEnd", "Spara planen som PDF"))
        suffix = "-familj" if family else ""
        path = self._choose_path(title, f"plan-{state.case_reference}-v{state.version}"
                                        f"{suffix}.pdf")
        if path is None:
            return
        plan_id = self.plan_id
        self.export_status.setText(translate("MeetingEnd", "Skapar PDF …"))
        self.export_status.setStyleSheet(theme.MUTED_TEXT)
        cancel = self._cancel = threading.Event()  # the worker asks it, never the widget
        self.cancel_export.setEnabled(True)
        self.cancel_export.show()

        def job(ws: Any) -> Any:
            write = ws.documents.family_plan_pdf if family else ws.documents.plan_pdf
            return write(plan_id, path, cancelled=cancel.is_set)

        self._ops.read(self, job, self._exported, self._export_failed)

    def _cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_export.setEnabled(False)
            self.export_status.setText(translate("MeetingEnd", "Avbryter exporten …"))

    def _export_ended(self) -> None:
        self._cancel = None
        self.cancel_export.hide()

    def _exported(self, result: Any) -> None:
        self._export_ended()
        self.export_status.setText(translate(
            "MeetingEnd", "Sparad: {path} (plan version {version} · {fingerprint})").format(
                path=result.path, version=result.version, fingerprint=result.short_fingerprint))
        self.export_status.setStyleSheet(theme.OK_TEXT)
        self.exported.emit(result)

    def _export_failed(self, failure: Failure) -> None:
        self._export_ended()
        if failure.message == CANCELLED:
            self.export_status.setText(translate("MeetingEnd", "Exporten avbröts."))
            self.export_status.setStyleSheet(theme.MUTED_TEXT)
            return
        self.export_status.setText(translate("MeetingEnd", "PDF:en sparades inte. {reason}").format(
            reason=failure.message))
        self.export_status.setStyleSheet(theme.ERROR_TEXT)
