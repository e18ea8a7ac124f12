"""The participant response tracker (objectName ResponseTracker).

Per meeting: everyone invited, who has answered, who has not and for how
long, and at the meeting who came. Overdue non-answers come first with a red
"3 dagar sen" badge; a late invitation has an amber badge. Per row, one click
(or a key) records "kontaktad per telefon" today, a response, that the
invitation was sent, or attendance. An absence without notice opens a draft
deviation against the organisation, which the coordinator completes here.

ResponseTracker(ops, all_cases=True) instead lists, across all cases, every
invitation that needs action today (the Today list's invitation items).

Everything is read and written through Operations; after a write the tracker
reads again because ops.changed says its case's meetings changed, like every
other surface, and the selected invitation stays selected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sipdesk.domain.changes import Part
from sipdesk.domain.enums import Attendance, Response, SentVia
from sipdesk.domain.responses import ActionRow, TrackerRow, summary
from sipdesk.domain.views import MeetingView
from sipdesk.ui import theme
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n_meetings import (
    enum_label,
    long_date,
    meeting_line,
    send_warning,
    tracker_summary,
    translate,
)
from sipdesk.ui.meetings.invite_dialog import InviteDialog, SendDialog, sending
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from sipdesk.ui.meetings.text_dialog import TextDialog
from sipdesk.ui.meetings.tracker_model import TrackerModel
from sipdesk.ui.meetings.tracker_parts import (
    ATTENDANCE_KEYS,
    RESPONSE_KEYS,
    action_button,
    fit_columns,
    hint_text,
    menu_button,
    row_menu,
    tracker_table,
)
from sipdesk.ui.operations import Changes, Failure, Operations

D = TypeVar("D", bound=QDialog)

REREAD_MS = 20  # a burst of changes (invite eight people) becomes one read


class ResponseTracker(QWidget):
    """Who has answered, per meeting; or (all_cases=True) what needs action today.

    Signals: meetingOpened(meeting_id) and caseOpened(case_id) when a row of the
    all-cases view is opened (Enter or double click).
    """

    meetingOpened = Signal(int)
    caseOpened = Signal(int)

    def __init__(self, ops: Operations, meeting_id: int | None = None,
                 parent: QWidget | None = None, *, all_cases: bool = False):
        super().__init__(parent)
        self.setObjectName("ResponseTracker")
        self.setAccessibleName(translate("ResponseTracker", "Svar på kallelser"))
        self._ops = ops
        self.all_cases = all_cases
        self.meeting_id = meeting_id
        self.case_id: int | None = None
        self.meeting_view: MeetingView | None = None
        self.last_deviation_id: int | None = None
        self.model = TrackerModel(self, all_cases=all_cases)
        # Each read is numbered; an answer for a meeting no longer shown is dropped.
        self._generation = 0
        self._stale = False  # a change arrived while hidden: read when shown
        self._shown: int | None = None  # the meeting whose rows are in the order shown
        self._reread = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._reread.timeout.connect(self.refresh)
        self._build()
        ops.changed.connect(self._on_changed)
        if all_cases or meeting_id is not None:
            self._show_loading()
            self.refresh()
        else:
            self._show_empty()
        describe(self)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.title = QLabel("")
        self.title.setObjectName("TrackerTitle")
        self.title.setStyleSheet(f"font-weight: 600; {theme.font_size(13)} color: {theme.INK};")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.details = QLabel("")
        self.details.setObjectName("TrackerDetails")
        self.details.setStyleSheet(theme.MUTED_TEXT)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.summary = QLabel("")
        self.summary.setObjectName("TrackerSummary")
        self.summary.setStyleSheet(f"color: {theme.INK};")
        layout.addWidget(self.summary)
        self.banner = QLabel("")
        self.banner.setObjectName("TrackerBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.complete_button = QPushButton(translate("ResponseTracker", "Komplettera avvikelsen…"))
        self.complete_button.setObjectName("CompleteDeviation")
        self.complete_button.hide()
        self.complete_button.clicked.connect(self._complete_deviation)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.complete_button)
        layout.addLayout(banner_row)
        self._make_actions()
        layout.addLayout(self._make_bar())
        self.view = tracker_table(self.model, self)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.hint = QLabel(hint_text(self.all_cases))
        self.hint.setStyleSheet(f"color: {theme.FAINT}; {theme.font_size(9)}")
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    def _make_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.contact_button = action_button(self.contact_action)
        bar.addWidget(self.contact_button)
        self.response_button = menu_button(translate("ResponseTracker", "Svar"),
                                           self.response_actions.values())
        self.response_button.setAccessibleDescription(translate(
            "ResponseTracker",
            "Registrerar valt svar: kommer, kommer inte eller skickar ersättare"))
        bar.addWidget(self.response_button)
        self.sent_button = action_button(self.sent_action)
        bar.addWidget(self.sent_button)
        if not self.all_cases:
            self.attendance_button = menu_button(
                translate("ResponseTracker", "Närvaro"), self.attendance_actions.values())
            self.attendance_button.setAccessibleDescription(translate(
                "ResponseTracker", "Registrerar om den valda personen var på mötet"))
            bar.addWidget(self.attendance_button)
        bar.addStretch(1)
        if not self.all_cases:
            self.invite_button = QPushButton(translate("ResponseTracker", "Bjud in…"))
            self.invite_button.setObjectName("InviteButton")
            self.invite_button.setAccessibleDescription(translate(
                "ResponseTracker", "Bjuder in fler ur nätverket till mötet"))
            self.invite_button.clicked.connect(self.open_invite_dialog)
            bar.addWidget(self.invite_button)
            self.edit_button = QPushButton(translate("ResponseTracker", "Ändra mötet…"))
            self.edit_button.setAccessibleDescription(translate(
                "ResponseTracker", "Ändrar mötets tid, plats eller syfte, eller ställer in det"))
            self.edit_button.clicked.connect(self.open_meeting_dialog)
            bar.addWidget(self.edit_button)
        return bar

    def _make_actions(self) -> None:
        def action(text: str, keys: str, slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.contact_action = action(translate("ResponseTracker", "Kontaktad per telefon"),
                                     "Ctrl+K", self.contact_selected)
        self.contact_action.setToolTip(
            translate("ResponseTracker", "Notera att du ringt i dag (Ctrl+K)"))
        self.response_actions = {
            response: action(enum_label(response)
                             + ("…" if response is Response.SUBSTITUTE else ""),
                             keys, partial(self.set_response, response))
            for response, keys in RESPONSE_KEYS.items()
        }
        self.sent_action = action(translate("ResponseTracker", "Markera skickad…"), "Ctrl+Shift+S",
                                  self.mark_sent)
        self.attendance_actions: dict[Attendance, QAction] = {}
        if not self.all_cases:
            self.attendance_actions = {
                attendance: action(enum_label(attendance), keys,
                                   partial(self.set_attendance, attendance))
                for attendance, keys in ATTENDANCE_KEYS.items()
            }

    # --- reading -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting (None: none), read on the worker."""
        changed = meeting_id != self.meeting_id
        self.meeting_id = meeting_id
        self._show_message(None)
        if changed:
            self.case_id = None
            self.meeting_view = None
        if meeting_id is None:
            self._generation += 1  # an answer still on its way is for a meeting not shown
            self._reread.stop()
            self._show_empty()
            return
        if changed:
            self._show_loading()
        self.refresh()

    def refresh(self) -> None:
        """Read again; the selected invitation stays selected when the answer arrives."""
        self._reread.stop()
        self._stale = False
        if not self.all_cases and self.meeting_id is None:
            return
        self._generation += 1
        generation = self._generation
        read: Callable[[Any], Any]
        if self.all_cases:
            def read(ws: Any) -> tuple[list[ActionRow], date]:
                return ws.meetings.needs_action(), ws.today()
        else:
            meeting_id = self.meeting_id

            def read(ws: Any) -> MeetingView:
                return ws.views.meeting(meeting_id)

        self._ops.read(self, read, lambda result: self._loaded(generation, result),
                       lambda failure: self._read_failed(generation, failure))

    def _on_changed(self, changes: Changes) -> None:
        if self._concerns(changes):
            self._reread.start()
        elif (not self.all_cases and self.case_id is not None
              and changes.touches(self.case_id, Part.RECORD)):
            # The heading's child name: typing in the record must not cost a read per
            # pause while the tracker is out of sight, so it is read when shown.
            if self.isVisible():
                self._reread.start()
            else:
                self._stale = True

    def _concerns(self, changes: Changes) -> bool:
        # Organisation names come from the directory, answer dates from the settings.
        if changes.everything or changes.directory or changes.settings:
            return True
        if self.all_cases:
            return bool(changes.cases_with(Part.MEETINGS, Part.CARD, Part.RECORD))
        if self.meeting_id is None or self.case_id is None:
            return False
        return changes.touches(self.case_id, Part.MEETINGS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._reread.start()

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        current = self.selected_row()
        keep = current.invitation_id if current else None
        # The same meeting read again (after an answer): its rows stay where they are.
        same = self.model.rowCount() > 0 and self._shown == self.meeting_id
        self._shown = self.meeting_id
        if self.all_cases:
            actions, on = result
            self.model.set_rows(actions, on, keep_order=same)
            self._show_all_cases(actions)
        else:
            self.meeting_view = result
            self.case_id = result.context.case_id
            self.model.set_rows(result.rows, result.today, keep_order=same)
            self._show_meeting(result)
        fit_columns(self.view, self.model)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_actions()

    def _read_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.meeting_view = None
            title = (translate("ResponseTracker", "Kallelserna kunde inte läsas in")
                     if self.all_cases
                     else translate("ResponseTracker", "Mötet kunde inte läsas in"))
            self._show_state(title, failure.message)

    def _show_all_cases(self, actions: list[ActionRow]) -> None:
        self.title.setText(translate("ResponseTracker", "Behöver åtgärd i dag"))
        overdue = sum(1 for a in actions if a.overdue)
        self.details.setText(translate(
            "ResponseTracker", "Kallelser som inte besvarats i tid, sena kallelser och "
                               "kallelser som skulle ha skickats, i alla ärenden."))
        self.summary.setText(
            translate("ResponseTracker", "{count} att göra · {overdue} försenade").format(
                count=len(actions), overdue=overdue) if actions
            else translate("ResponseTracker", "Inget att göra med kallelserna i dag."))

    def _show_meeting(self, view: MeetingView) -> None:
        ctx = view.context
        meeting = ctx.meeting
        self.title.setText(meeting_line(meeting.kind.label, meeting.date, meeting.start,
                                        meeting.end))
        place = f" · {meeting.place}" if meeting.place else ""
        purpose = ("\n" + translate("ResponseTracker", "Syfte: {purpose}").format(
            purpose=meeting.purpose) if meeting.purpose else "")
        self.details.setText(
            f"{ctx.case_reference} {ctx.child_name} · {enum_label(meeting.mode)}{place}{purpose}")
        self.summary.setText(tracker_summary(summary(view.rows)))

    def _show_loading(self) -> None:
        self._show_state(translate("ResponseTracker", "Läser in…"))

    def _show_empty(self) -> None:
        self._show_state(
            translate("ResponseTracker", "Inget möte valt"),
            translate("ResponseTracker", "Välj ett möte för att se vem som har svarat."))

    def _show_state(self, title: str, details: str = "") -> None:
        self.model.set_rows([], self._ops.today())
        self._shown = None
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.title.setText(title)
        self.details.setText(details)
        self.summary.setText("")
        self._update_actions()

    # --- the selected row --------------------------------------------------------------

    def selected_row(self) -> TrackerRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.tracker_row(index.row())

    def select_invitation(self, invitation_id: int) -> None:
        row = self.model.row_of(invitation_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _selected_meeting_id(self) -> int | None:
        index = self.view.currentIndex()
        if self.all_cases and index.isValid():
            action = self.model.action(index.row())
            return action.meeting_id if action is not None else None
        return self.meeting_id

    def _update_actions(self, *_args: object) -> None:
        row = self.selected_row()
        has = row is not None
        self.contact_action.setEnabled(row is not None and row.sent_on is not None
                                       and not row.response.is_answer)
        for act in (*self.response_actions.values(), self.sent_action,
                    *self.attendance_actions.values()):
            act.setEnabled(has)
        self.contact_button.setEnabled(self.contact_action.isEnabled())
        self.response_button.setEnabled(has)
        self.sent_button.setEnabled(has)
        if not self.all_cases:
            self.attendance_button.setEnabled(has)
            self.invite_button.setEnabled(self.meeting_id is not None)
            self.edit_button.setEnabled(self.meeting_id is not None)

    # --- what the coordinator does -------------------------------------------------------

    def contact_selected(self, note: str = "") -> None:
        """One click: "kontaktad per telefon" today for the selected invitee."""
        row = self.selected_row()
        if row is None:
            return
        invitation_id = row.invitation_id
        self._write(lambda ws: ws.meetings.record_contact(invitation_id, ws.today(), note),
                    translate("ResponseTracker", "{name}: kontaktad per telefon i dag.").format(
                        name=row.name))

    def set_response(self, response: Response,
                     substitute_name: str | None = None) -> TextDialog | None:
        """Record the selected invitee's answer; a substitute's name is asked for if not given."""
        row = self.selected_row()
        if row is None:
            return None
        invitation_id = row.invitation_id
        message = f"{row.name}: {enum_label(response).lower()}."

        def write(name: str) -> Callable[[Any], Any]:
            return lambda ws: ws.meetings.record_response(invitation_id, response, ws.today(),
                                                          name)

        if response is Response.SUBSTITUTE and substitute_name is None:
            prompt = translate("ResponseTracker", "Vem kommer i stället för {name}?")
            dialog = TextDialog(self, enum_label(response), prompt.format(name=row.name),
                                text=row.substitute_name, name="SubstituteDialog")
            dialog.submitted.connect(lambda name: self._write(write(name), message, dialog))
            return self._open(dialog)
        self._write(write(substitute_name or ""), message)
        return None

    def mark_sent(self, on: date | None = None, via: SentVia | None = None) -> SendDialog | None:
        """Record that the invitation went out; without a date, a dialog asks (and warns)."""
        row = self.selected_row()
        meeting_id = self._selected_meeting_id()
        if row is None or meeting_id is None or row.invitation_id is None:
            return None
        name = row.name
        if on is None or via is None:
            dialog = SendDialog(self._ops, meeting_id, name, self,
                                invitation_id=row.invitation_id)
            dialog.sent.connect(lambda day, warning: self._sent(name, day, warning))
            return self._open(dialog)
        day = on
        self._ops.write(self, sending(row.invitation_id, meeting_id, day, via),
                        lambda warning: self._sent(name, day, warning), self._failed)
        return None

    def _sent(self, name: str, on: date, warning: str | None) -> None:
        if warning:
            self._show_message(f"{name}: {send_warning(warning)}", warn=True)
        else:
            text = translate("ResponseTracker", "{name}: markerad som skickad {date}.")
            self._show_message(text.format(name=name, date=long_date(on)))

    def set_attendance(self, attendance: Attendance) -> None:
        """Attendance at the meeting; absent without notice opens a draft deviation."""
        row = self.selected_row()
        case_id = self.case_id
        if row is None or self.all_cases or case_id is None:
            return
        invitation_id = row.invitation_id

        def record(ws: Any) -> int | None:
            before = {d.id for d in ws.meetings.deviations(case_id)}
            ws.meetings.record_attendance(invitation_id, attendance)
            new = [d for d in ws.meetings.deviations(case_id) if d.id not in before]
            return new[0].id if new else None

        def done(deviation_id: int | None) -> None:
            if deviation_id is None:
                self._show_message(f"{row.name}: {enum_label(attendance).lower()}.")
                return
            self.last_deviation_id = deviation_id
            text = (translate("ResponseTracker",
                              "{name} kom inte och hade inte lämnat återbud. Ett utkast till "
                              "avvikelse (uteblev från mötet) mot {organisation} har skapats.")
                    if row.organisation else
                    translate("ResponseTracker",
                              "{name} kom inte och hade inte lämnat återbud. Ett utkast till "
                              "avvikelse (uteblev från mötet) har skapats."))
            self._show_message(text.format(name=row.name, organisation=row.organisation),
                               warn=True, complete=True)

        self._ops.write(self, record, done, self._failed)

    def complete_deviation(self, description: str, dialog: TextDialog | None = None) -> None:
        deviation_id = self.last_deviation_id
        if deviation_id is None:
            return

        def done(_deviation: object) -> None:
            self.last_deviation_id = None
            if dialog is not None:
                dialog.succeed()
            self._show_message(translate("ResponseTracker", "Avvikelsen är registrerad."))

        self._ops.write(
            self, lambda ws: ws.meetings.complete_deviation(deviation_id, description), done,
            dialog.refuse_failure if dialog is not None else self._failed)

    def _complete_deviation(self) -> TextDialog:
        dialog = TextDialog(
            self, translate("ResponseTracker", "Komplettera avvikelsen"),
            translate("ResponseTracker", "Beskriv vad som hände och vad det fick för följder:"),
            multiline=True, accept_text=translate("ResponseTracker", "Registrera"),
            name="CompleteDeviationDialog")
        dialog.submitted.connect(lambda text: self.complete_deviation(text, dialog))
        return self._open(dialog)

    def open_invite_dialog(self) -> InviteDialog | None:
        if self.meeting_id is None:
            return None
        dialog = InviteDialog(self._ops, self.meeting_id, self)

        def invited() -> None:
            result = dialog.result_
            if result is not None and result.warning:
                self._show_message(send_warning(result.warning), warn=True)

        dialog.accepted.connect(invited)
        return self._open(dialog)

    def open_meeting_dialog(self) -> MeetingDialog | None:
        if self.meeting_id is None:
            return None
        dialog = MeetingDialog(self._ops, meeting_id=self.meeting_id, parent=self)
        dialog.accepted.connect(lambda: self.set_meeting(None) if dialog.cancelled else None)
        return self._open(dialog)

    # --- plumbing ------------------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        """Window-modal, so the rest of the program is not frozen by a nested event loop."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _write(self, fn: Callable[[Any], Any], message: str,
               dialog: TextDialog | None = None) -> None:
        def done(_result: object) -> None:
            if dialog is not None:
                dialog.succeed()
            self._show_message(message)

        failed = dialog.refuse_failure if dialog is not None else self._failed
        self._ops.write(self, fn, done, failed)

    def _failed(self, failure: Failure) -> None:
        self._show_message(failure.message, error=True)

    def _show_message(self, text: str | None, *, warn: bool = False, error: bool = False,
                      complete: bool = False) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))
        self.complete_button.setVisible(bool(text) and complete)
        self.banner.setStyleSheet(theme.banner("error" if error else "warning" if warn
                                               else "ok"))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = row_menu(self, self.contact_action, self.response_actions.values(),
                        self.sent_action, self.attendance_actions.values())
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        if not self.all_cases or not index.isValid():
            return
        action = self.model.action(index.row())
        if action is None:
            return
        if action.meeting_id is not None:
            self.meetingOpened.emit(action.meeting_id)
        if action.case_id is not None:
            self.caseOpened.emit(action.case_id)
