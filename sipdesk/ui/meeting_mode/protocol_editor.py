"""The protocol editor: the plan written live at the meeting, on the wall as it is typed.

Every change updates the protocol in memory and the projector at once (the
same event-loop turn, no store round trip) and is stored through the shared
Autosave: 400 ms after the last keystroke, and at least once within 750 ms
of the first unsaved one, so a note-taker who never pauses is still stored
every second. The editor opens its meeting with a write (opening may start a
draft version), and reads again when the case's plan or meetings change
elsewhere, refreshing only the fields nobody is typing in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.entities import PlanAction
from sipdesk.domain.enums import Attendance
from sipdesk.domain.protocol import (
    FORMALITIES,
    ProjectedProtocol,
    Protocol,
    agenda,
    meeting_line,
    projected,
)
from sipdesk.ui import theme
from sipdesk.ui.autosave import Autosave
from sipdesk.ui.elided import ElidedLabel
from sipdesk.ui.meeting_mode.actions_model import ActionRow, ActionsModel, KeyboardTable
from sipdesk.ui.meeting_mode.agenda import AgendaPanel
from sipdesk.ui.meeting_mode.conflict_dialog import SectionVersions
from sipdesk.ui.meeting_mode.ending import Ending
from sipdesk.ui.meeting_mode.form import INTERNAL_LABEL, PART, ProtocolForm
from sipdesk.ui.meeting_mode.frozen import freeze, is_frozen
from sipdesk.ui.meeting_mode.meeting_end import MeetingEnd
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.stored_values import StoredValues
from sipdesk.ui.meeting_mode.style import editor_style
from sipdesk.ui.meeting_mode.wall_controls import WallControls
from sipdesk.ui.operations import Failure, Operations

__all__ = ["INTERNAL_LABEL", "OPENING", "ProtocolEditor"]

OPENING = "Öppnar mötet…"
REFRESH_DELAY_MS = 30  # a burst of changes elsewhere is read once
_ROW_WRITES = ("action:", "review:", "add:", "remove:")
# The buttons beside the title stay on its first line when it wraps onto a second.
_TOP = Qt.AlignmentFlag.AlignTop


def _without_id(actions: tuple[PlanAction, ...] | list[PlanAction]) -> list[PlanAction]:
    return [dataclasses.replace(a, id=None) for a in actions]


class ProtocolEditor(QWidget):
    """Write the plan of one meeting live; the projector mirrors it as it is typed.

    `opened(Protocol)` once the meeting is open and the form built;
    `refreshed()` after a change made elsewhere has been read into it;
    `saved()` when everything typed is stored; `saveFailed(str)` with the reason.
    """

    opened = Signal(object)  # Protocol
    refreshed = Signal()
    currentSectionChanged = Signal(str)
    projectedChanged = Signal(object)  # ProjectedProtocol, on every change
    saved = Signal()
    saveFailed = Signal(str)

    def __init__(self, ops: Operations, meeting_id: int, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = datetime.now,
                 screens: ScreenList | None = None):
        super().__init__(parent)
        self.setObjectName("ProtocolEditor")
        self._ops = ops
        self.meeting_id = meeting_id
        self._now = now
        self._screens = screens if screens is not None else ScreenList(self)
        self.protocol: Protocol | None = None
        self.form: ProtocolForm | None = None
        self.agenda_panel: AgendaPanel | None = None
        self._projected: ProjectedProtocol | None = None
        self._current = ""
        self._stored = StoredValues()
        self._autosave = Autosave(ops, self)
        self._autosave.saving.connect(lambda: self.save_status.setText("Sparar …"))
        self._autosave.saved.connect(self._all_saved)
        self._autosave.failed.connect(self._save_failed)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self._read_again)
        self.ending = Ending(self, ops)  # "Avsluta mötet" (MeetingEnd)
        # A colleague's text stored since we read a section: both texts shown, nothing lost.
        self.conflicts = SectionVersions(
            self, current=lambda k: self.section_edits[k].toPlainText()
            if k in self.section_edits else "",
            drop=lambda k: self._autosave.drop(f"section:{k}"),
            resolve=self._resolve_section,
            title=lambda k: self.protocol.section(k).title if self.protocol else k)

        self._build()
        self._shortcuts()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        ops.changed.connect(self._changes)
        self._set_current(FORMALITIES)
        # Opening may start a draft plan version: a write, on the worker.
        ops.write(self, lambda ws: ws.protocol.open(meeting_id), self._opened,
                  self._open_failed)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        self.agenda_button = QToolButton()
        self.agenda_button.setObjectName("AgendaToggle")
        self.agenda_button.setCheckable(True)
        self.agenda_button.setChecked(True)
        self.agenda_button.setText("Dagordning")
        self.agenda_button.setToolTip("Visa eller dölj dagordningen och klockan (Ctrl+Shift+D)")
        self.agenda_button.toggled.connect(self.show_agenda)
        top.addWidget(self.agenda_button, 0, _TOP)
        # Which meeting this is must be readable whole: the title wraps onto a second
        # line at 1366 px rather than being cut (a tooltip needs a mouse). A long save
        # message is cut with "…" (whole in its tooltip), so that neither makes the
        # window wider than a laptop's screen while the meeting goes on.
        self.title = QLabel(OPENING)
        self.title.setObjectName("ProtocolTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_status = ElidedLabel("Alla ändringar sparas automatiskt.", min_chars=6)
        self.save_status.setObjectName("SaveStatus")
        heading = QVBoxLayout()  # the title, and under it whether all is saved
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.save_status)
        top.addLayout(heading, 1)
        self.wall = WallControls(self._screens)
        self.projectedChanged.connect(self.wall.show_protocol)
        self.currentSectionChanged.connect(self.wall.set_current_section)
        top.addWidget(self.wall, 0, _TOP)
        self.end_button = QPushButton("Avsluta mötet…")
        self.end_button.setObjectName("EndMeeting")
        self.end_button.setToolTip("Det som saknas, uppföljningen, underskrifterna och "
                                   "utskriften (Ctrl+Shift+E)")
        self.end_button.setEnabled(False)
        self.end_button.clicked.connect(self.open_meeting_end)
        top.addWidget(self.end_button, 0, _TOP)
        self.placeholder = QLabel(OPENING)
        self.placeholder.setObjectName("ProtocolOpening")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.placeholder)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setObjectName("ProtocolFormArea")
        # Scrolled by the wheel and by focus moving on (ensureWidgetVisible); as a Tab
        # stop of its own it would be an empty step between two fields.
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._splitter = QSplitter()
        self._splitter.setObjectName("ProtocolSplitter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self._pages, 1)
        self.setStyleSheet(editor_style())

    def _opened(self, protocol: Protocol) -> None:
        self.protocol = protocol
        form = self.form = ProtocolForm(protocol, protocol.meeting_date or self._ops.today())
        self._stored.start(form.fields, protocol)
        self.conflicts.know(protocol)
        form.sectionTyped.connect(self._section_typed)
        form.noteTyped.connect(self._note_typed)
        form.attendanceChosen.connect(self._attendance_chosen)
        form.consentToggled.connect(self._consent_toggled)
        form.personChosen.connect(self._person_chosen)
        form.actionEdited.connect(self._action_edited)
        form.reviewEdited.connect(self._review_edited)
        form.addRowRequested.connect(self.add_action_row)
        form.removeRowRequested.connect(self.remove_current_action)
        form.nextChanged.connect(self._next_changed)
        form.informedChanged.connect(self._informed_changed)
        self.form_area.setWidget(form)
        parts = agenda(protocol, dict(protocol.agenda_minutes), follow_up=protocol.is_follow_up)
        self.agenda_panel = AgendaPanel(parts, self._now)
        self.agenda_panel.setVisible(self.agenda_button.isChecked())
        self._splitter.addWidget(self.agenda_panel)
        self._splitter.addWidget(self.form_area)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([260, 900])
        self._pages.addWidget(self._splitter)
        self._pages.setCurrentWidget(self._splitter)
        self.title.setText(f"{protocol.child_name}\u2002·\u2002{meeting_line(protocol)}"
                           f"\u2002·\u2002plan version {protocol.plan_version}")
        current, self._current = self._current or FORMALITIES, ""
        self._set_current(current)
        self._project()
        self.end_button.setEnabled(True)
        if protocol.is_signed:
            self._show_signed(protocol)
        self.opened.emit(protocol)

    def _open_failed(self, failure: Failure) -> None:
        self.placeholder.setText(f"Mötet kunde inte öppnas. {failure.message}")
        self.placeholder.setStyleSheet(theme.ERROR_TEXT)

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("F8", self.toggle_blank),
                          ("Ctrl+Shift+D", self.agenda_button.toggle),
                          ("Ctrl++", lambda: self.step_font(1)),
                          ("Ctrl+=", lambda: self.step_font(1)),
                          ("Ctrl+-", lambda: self.step_font(-1)),
                          ("Ctrl+Shift+E", self.open_meeting_end)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(ctx)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """F8 and Ctrl+plus/minus also when the window is not the active one."""
        step = _font_step(event)
        if event.key() == Qt.Key.Key_F8:
            self.toggle_blank()
        elif step:
            self.step_font(step)
        else:
            super().keyPressEvent(event)

    def show_agenda(self, on: bool) -> None:
        """The agenda beside the form, or hidden to give the text the whole width."""
        if self.agenda_button.isChecked() != on:
            self.agenda_button.setChecked(on)
        if self.agenda_panel is not None:
            self.agenda_panel.setVisible(on)

    # --- what tests and the window reach ----------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.form is not None

    @property
    def section_edits(self) -> dict[str, QPlainTextEdit]:
        """The section fields by key; empty until the meeting is open."""
        return self.form.section_edits if self.form is not None else {}

    @property
    def note_edits(self) -> dict[str, QPlainTextEdit]:
        return self.form.note_edits if self.form is not None else {}

    @property
    def actions_model(self) -> ActionsModel:
        return self._open_form().actions_model

    @property
    def actions_table(self) -> KeyboardTable:
        return self._open_form().actions_table

    @property
    def review_model(self) -> ActionsModel | None:
        return self._open_form().review_model

    def _open_form(self) -> ProtocolForm:
        if self.form is None:
            raise RuntimeError("the meeting is not open yet")
        return self.form

    @property
    def projected_protocol(self) -> ProjectedProtocol | None:
        return self._projected

    @property
    def has_unsaved(self) -> bool:
        return self._autosave.has_unsaved

    def flush(self) -> None:
        """Hand everything typed to the store now (focus moving on, closing)."""
        self._autosave.flush()

    # --- typing: the wall first, the store soon after ---------------------------------------

    def _save(self, key: str, value: Any, write: Callable[[Any], Any], *, now: bool = False,
              part: str = "", done: Callable[[Any], None] | None = None) -> None:
        """Store `write` under `key` (soon, or `now`); `value` is what it stores."""
        n = self._stored.sent(key)
        shown_in = part or key.partition(":")[2] or key

        def stored(result: Any) -> None:
            self._stored.stored(key, n, value)
            if self.form is not None:
                self.form.show_error(shown_in, None)
            if done is not None:
                done(result)

        def refused(failure: Failure) -> None:
            if self.conflicts.paused(shown_in):
                self._stored.forget(key)  # the field keeps what was typed; the dialog decides
            elif self._stored.refused(key, n):
                self._refresh.start()  # the field goes back to what is stored
            if self.form is not None:
                self.form.show_error(shown_in, failure.message)

        schedule = self._autosave.now if now else self._autosave.schedule
        schedule(key, write, done=stored, failed=refused)

    def _plan_id(self) -> int:
        assert self.protocol is not None
        return self.protocol.plan_id

    def _section_typed(self, key: str, text: str) -> None:
        assert self.protocol is not None
        self.protocol = self.protocol.with_section_text(key, text)
        self._project()
        if self.conflicts.paused(key):
            return  # the conflict dialog decides what is stored
        self._save(f"section:{key}", text, self.conflicts.write(self._plan_id(), key, text))

    def _resolve_section(self, key: str, text: str, write: bool) -> None:
        """The conflict dialog's choice: `text` in the field, and stored if it is ours."""
        form = self._open_form()
        form.fields[f"section:{key}"].show(text)
        form.show_error(key, None)
        if write:
            self._section_typed(key, text)
        else:
            self._stored.stored(f"section:{key}", self._stored.sent(f"section:{key}"), text)
            assert self.protocol is not None
            self.protocol = self.protocol.with_section_text(key, text)
            self._project()

    def _note_typed(self, key: str, text: str) -> None:
        assert self.protocol is not None
        self.protocol = self.protocol.with_internal_note(key, text)
        plan_id = self._plan_id()
        # An internal note changes nothing on the wall: no projection here.
        self._save(f"internal:{key}", text,
                   lambda ws: ws.protocol.set_internal_note(plan_id, key, text))

    def _attendance_chosen(self, invitation_id: int, value: Attendance) -> None:
        assert self.protocol is not None
        self.protocol = dataclasses.replace(self.protocol, participants=tuple(
            dataclasses.replace(x, attendance=value) if x.invitation_id == invitation_id else x
            for x in self.protocol.participants))
        self._project()
        self._save(f"attendance:{invitation_id}", value,
                   lambda ws: ws.protocol.record_attendance(invitation_id, value),
                   now=True, part=FORMALITIES)

    def _consent_toggled(self, on: bool) -> None:
        plan_id = self._plan_id()
        self._save("formalities:consent_confirmed", on,
                   lambda ws: ws.protocol.set_formalities(plan_id, consent_confirmed=on),
                   now=True, part=FORMALITIES)

    def _person_chosen(self, field: str, person_id: int | None) -> None:
        plan_id = self._plan_id()

        def write(ws: Any) -> Any:
            ws.protocol.set_formalities(plan_id, **{field: person_id})
            return ws.protocol.get(plan_id).formalities

        self._save(f"formalities:{field}", person_id, write, now=True, part=FORMALITIES,
                   done=self._formalities_stored)

    def _formalities_stored(self, formalities: Any) -> None:
        if self.protocol is not None and self.form is not None:
            self.protocol = dataclasses.replace(self.protocol, formalities=formalities)
            self.form.show_owner_problems(formalities.plan_owner_problems)

    def _next_changed(self, on: date | None, place: str) -> None:
        p = self.protocol
        assert p is not None
        start, end = p.next_follow_up_start, p.next_follow_up_end
        if p.next_follow_up_date is None and start is None:
            start, end = p.meeting_start, p.meeting_end  # what booking one copies
        self.protocol = dataclasses.replace(p, next_follow_up_date=on, next_follow_up_place=place,
                                            next_follow_up_start=start, next_follow_up_end=end)
        self._project()
        plan_id = self._plan_id()
        self._save("next", (on, place),
                   lambda ws: ws.protocol.set_next_follow_up(plan_id, on, place))

    def _informed_changed(self, on: date | None, by: str, how: str) -> None:
        plan_id = self._plan_id()
        self._save("informed", (on, by, how),
                   lambda ws: ws.protocol.record_child_informed(plan_id, on, by, how))

    # --- the action rows ------------------------------------------------------------------

    def _action_edited(self, row: ActionRow, field: str, value: Any) -> None:
        self._sync_actions()
        ref = row.ref
        self._save(f"action:{row.key}:{field}", value,
                   lambda ws: ws.protocol.set_action(ref, field, value), part="actions")

    def _review_edited(self, row: ActionRow) -> None:
        self._sync_actions()
        ref, a = row.ref, row.action
        self._save(f"review:{row.key}", None, lambda ws: ws.protocol.set_review(
            ref, a.review_status, a.review_comment, a.goal_status), part="review")

    def _sync_actions(self) -> None:
        form = self._open_form()
        assert self.protocol is not None
        review = form.review_model.actions() if form.review_model is not None else []
        self.protocol = self.protocol.with_actions(review + form.actions_model.actions())
        self._project()

    def add_action_row(self) -> None:
        form = self._open_form()
        if is_frozen(form):
            return
        row = form.actions_model.add_row()
        plan_id, ref = self._plan_id(), row.ref
        self._save(f"add:{row.key}", None,
                   lambda ws: ws.protocol.add_action(plan_id, ref=ref), now=True, part="actions")
        self._sync_actions()
        table = form.actions_table
        index = form.actions_model.index(len(form.actions_model.rows) - 1, 0)
        table.setFocus()
        table.setCurrentIndex(index)
        if not table.editing:
            table.edit(index)

    def remove_current_action(self) -> None:
        form = self._open_form()
        if is_frozen(form):
            return
        index = form.actions_table.currentIndex()
        if not index.isValid():
            return
        row = form.actions_model.remove_row(index.row())
        prefix = f"action:{row.key}:"
        self._autosave.drop(prefix)
        self._stored.forget(prefix)
        ref = row.ref
        self._save(f"remove:{row.key}", None, lambda ws: ws.protocol.remove_action(ref),
                   now=True, part="actions")
        self._sync_actions()

    # --- changes made elsewhere -------------------------------------------------------------

    def _changes(self, changes: Changes) -> None:
        if self.protocol is None or changes.origin is self:
            return
        if changes.directory or changes.touches(self.protocol.case_id, Part.PLAN,
                                                Part.MEETINGS, Part.RECORD):
            self._refresh.start()

    def _read_again(self) -> None:
        if self.protocol is None:
            return
        plan_id = self.protocol.plan_id
        self._ops.read(self, lambda ws: ws.protocol.get(plan_id), self._refreshed)

    def _refreshed(self, fresh: Protocol) -> None:
        """Take what changed elsewhere into every field that still shows the stored value."""
        form = self._open_form()
        form.set_participants(fresh.participants)
        form.set_people(fresh.people)
        self._stored.refresh(form.fields, fresh)
        self.conflicts.know(fresh)
        if not self._stored.busy("formalities:plan_owner_id"):
            form.show_owner_problems(fresh.formalities.plan_owner_problems)
        self._refresh_actions(form, fresh)
        self.protocol = form.shown(fresh)
        self._project()
        if fresh.is_signed and not is_frozen(form):
            self._show_signed(fresh)
        self.refreshed.emit()

    def _refresh_actions(self, form: ProtocolForm, fresh: Protocol) -> None:
        if self._stored.busy(*_ROW_WRITES):
            return
        tables = [form.actions_table] + ([form.review_table] if form.review_table else [])
        if any(t.editing for t in tables):
            return
        review = form.review_model.actions() if form.review_model is not None else []
        if _without_id(review + form.actions_model.actions()) != _without_id(fresh.actions):
            form.show_actions(fresh)

    # --- saving, said quietly ---------------------------------------------------------------

    def _all_saved(self) -> None:
        self.save_status.setText(f"Sparat {words.seconds_clock(self._now())}")
        self.saved.emit()

    def _save_failed(self, failure: Failure) -> None:
        self.save_status.setText(f"Inte sparat: {failure.message}")
        self.saveFailed.emit(failure.message)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.flush()
        if new is not None and self.isAncestorOf(new):
            widget: QWidget | None = new
            while widget is not None and widget is not self:
                part = widget.property(PART)
                if part:
                    self._set_current(str(part))
                    break
                widget = widget.parentWidget()

    # --- the part we are in -------------------------------------------------------------------

    @property
    def current_section(self) -> str:
        return self._current

    def _set_current(self, key: str) -> None:
        if key == self._current:
            return
        self._current = key
        if self.form is not None:
            for part, box in self.form.boxes:
                on = part == key
                if box.property("current") != on:
                    box.setProperty("current", on)
                    box.style().unpolish(box)
                    box.style().polish(box)
        if self.agenda_panel is not None:
            self.agenda_panel.set_current(key)
        self.currentSectionChanged.emit(key)

    def show_part_of(self, widget: QWidget) -> None:
        """The part of the meeting `widget` belongs to becomes the current one."""
        part: QWidget | None = widget
        while part is not None and part is not self:
            if part.property(PART):
                self._set_current(str(part.property(PART)))
                return
            part = part.parentWidget()

    def focus_section(self, key: str) -> None:
        """Put the cursor in a section (and so tell the projector where we are)."""
        edit = self.section_edits[key]
        edit.setFocus()
        self.form_area.ensureWidgetVisible(edit)
        self._set_current(key)

    # --- the end of the meeting -----------------------------------------------------------------

    def open_meeting_end(self) -> MeetingEnd | None:
        """"Avsluta mötet" (Ctrl+Shift+E): what is missing, the follow-up, signing, printing."""
        return self.ending.open()

    @property
    def is_signed(self) -> bool:
        return self.protocol is not None and self.protocol.is_signed

    def _show_signed(self, protocol: Protocol) -> None:
        """The version is signed: shown as signed, nothing in it can be changed."""
        form = self._open_form()
        freeze(form)
        self.title.setText(f"{self.title.text()}\u2002·\u2002undertecknad "
                           f"{words.long_date(protocol.signed_on)}, skrivskyddad")

    # --- the projector ---------------------------------------------------------------------------

    def _project(self) -> None:
        if self.protocol is not None:
            self._projected = projected(self.protocol)
            self.projectedChanged.emit(self._projected)

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.wall.projector

    def open_projector(self) -> ProjectorWindow:
        """Show the projector on the chosen screen (full screen there; a window with one screen)."""
        return self.wall.open_projector()

    def attach_projector(self, projector: ProjectorWindow) -> ProjectorWindow:
        return self.wall.attach_projector(projector)

    @property
    def screen_choice(self) -> QComboBox:
        return self.wall.screen_choice

    @property
    def blank_button(self) -> QPushButton:
        return self.wall.blank_button

    def set_blank(self, blank: bool) -> None:
        self.wall.set_blank(blank)

    def toggle_blank(self) -> None:
        self.wall.toggle_blank()

    def step_font(self, steps: int) -> None:
        self.wall.step_font(steps)

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush()
        self.wall.close_projector()
        super().closeEvent(event)


def _font_step(event: QKeyEvent) -> int:
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return 0
    if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        return 1
    if event.key() == Qt.Key.Key_Minus:
        return -1
    return 0

