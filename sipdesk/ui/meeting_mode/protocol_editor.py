"""The protocol editor: the plan written live at the meeting, saved as it is typed.

Every change updates the in-memory protocol and the projector at once (same
event-loop turn), and is stored through the TaskManager's worker within half a
second of the last keystroke, or at once when the focus moves. The GUI thread
never waits for the disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import Attendance, GoalStatus, ReviewStatus
from sipdesk.domain.protocol import (
    ACTIONS,
    FORMALITIES,
    REVIEW,
    AgendaPart,
    PlanAction,
    ProjectedProtocol,
    Protocol,
    agenda,
    projected,
    swedish_date,
    time_status,
)
from sipdesk.services.protocol import ActionRef, ProtocolService
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.tasks import TaskManager

TYPING_PAUSE_MS = 400  # store this long after the last keystroke (and on focus change)
INTERNAL_LABEL = "Internt – visas inte på skärmen"
_PART = "agendaPart"

_ACTION_FIELD = {"need": "need", "goal": "goal", "action": "action",
                 "organisation": "organisation_id", "person": "person_name", "due": "due"}


# --- the actions tables ------------------------------------------------------------------


class _Row:
    __slots__ = ("action", "ref")

    def __init__(self, action: PlanAction, ref: ActionRef):
        self.action = action
        self.ref = ref


class ActionsModel(QAbstractTableModel):
    """The plan's action rows (or, with review=True, the previous plan's rows for review)."""

    cellEdited = Signal(object, str, object)  # ActionRef, field, value

    def __init__(self, protocol: Protocol, *, review: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.review = review
        self._orgs = {o.id: o.name for o in protocol.organisations}
        if review:
            self.columns = [("goal", "Mål"), ("action", "Insats"), ("who", "Ansvarig"),
                            ("review_status", "Hur gick det?"), ("review_comment", "Kommentar"),
                            ("goal_status", "Målet")]
        else:
            self.columns = [(_ACTION_FIELD[k], title) for k, title in protocol.action_columns]
        rows = protocol.review_actions if review else protocol.new_actions
        self.rows = [_Row(a, ActionRef(a.id)) for a in rows]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section][1]
            return str(section + 1)
        return None

    def field(self, column: int) -> str:
        return self.columns[column][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()].action
        key = self.field(index.column())
        if role == Qt.ItemDataRole.EditRole:
            return getattr(a, key, None) if key != "who" else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "organisation_id":
                return self._orgs.get(a.organisation_id, "")
            if key == "who":
                return ", ".join(x for x in (a.person_name,
                                             self._orgs.get(a.organisation_id, "")) if x)
            if key == "review_status":
                return a.review_status.label if a.review_status else ""
            if key == "goal_status":
                return a.goal_status.label if a.goal_status else "–"
            return getattr(a, key)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.review and self.field(index.column()) not in (
                "review_status", "review_comment", "goal_status"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        key = self.field(index.column())
        if getattr(row.action, key) == value:
            return False
        row.action = dataclasses.replace(row.action, **{key: value})
        self.dataChanged.emit(index, index)
        self.cellEdited.emit(row.ref, key, value)
        return True

    def add_row(self) -> _Row:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        row = _Row(PlanAction(id=None), ActionRef())
        self.rows.append(row)
        self.endInsertRows()
        return row

    def remove_row(self, position: int) -> _Row:
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self.rows.pop(position)
        self.endRemoveRows()
        return row

    def actions(self) -> list[PlanAction]:
        return [r.action for r in self.rows]


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (value, label) choices for one column."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QObject | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for number, (_value, label) in enumerate(self.choices):
            combo.addItem(label, number)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        number = next((i for i, (v, _l) in enumerate(self.choices) if v == value), 0)
        editor.setCurrentIndex(number)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, self.choices[editor.currentIndex()][0], Qt.ItemDataRole.EditRole)


class KeyboardTable(QTableView):
    """Tab goes to the next cell; Enter (or Tab) at the end of the last row adds a row."""

    rowAddRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _at_end(self, index: QModelIndex) -> bool:
        model = self.model()
        return index.isValid() and index.column() == model.columnCount() - 1

    def _last_row(self, index: QModelIndex) -> bool:
        return index.row() == self.model().rowCount() - 1

    def closeEditor(self, editor, hint):  # noqa: N802
        index = self.currentIndex()
        Hint = QAbstractItemDelegate.EndEditHint
        if hint == Hint.EditNextItem and self._at_end(index) and self._last_row(index):
            super().closeEditor(editor, Hint.NoHint)
            self.rowAddRequested.emit()
            return
        # Enter in an editor that has the focus; focus moving away also submits.
        if hint == Hint.SubmitModelCache and self.window().focusWidget() is editor \
                and index.isValid():
            super().closeEditor(editor, Hint.NoHint)
            # After the editor is gone and its key event is done with.
            QTimer.singleShot(0, self, lambda: self._enter_pressed(index))
            return
        super().closeEditor(editor, hint)

    def _enter_pressed(self, index: QModelIndex) -> None:
        """Enter: on to the next cell; in the last cell of a row, a new row."""
        if not index.isValid() or self._at_end(index):
            self.rowAddRequested.emit()
            return
        following = index.siblingAtColumn(index.column() + 1)
        self.setCurrentIndex(following)
        if self.state() != QAbstractItemView.State.EditingState:
            self.edit(following)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            self._enter_pressed(self.currentIndex())
            return
        super().keyPressEvent(event)


# --- the agenda panel -------------------------------------------------------------------------


class AgendaPanel(QFrame):
    """The meeting's parts with their time budget, a clock, and a calm warning when over."""

    def __init__(self, parts: list[AgendaPart], now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AgendaPanel")
        self.parts = parts
        self._now = now
        self.started_at = now()
        self.current = FORMALITIES
        self.clock = QLabel()
        self.clock.setObjectName("AgendaClock")
        self.status = QLabel()
        self.status.setObjectName("AgendaStatus")
        self.status.setWordWrap(True)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("AgendaElapsed")
        restart = QToolButton()
        restart.setText("Starta klockan nu")
        restart.setToolTip("Räkna mötets tid från och med nu")
        restart.clicked.connect(self.restart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(6)
        caption = QLabel("Dagordning")
        caption.setObjectName("AgendaCaption")
        layout.addWidget(caption)
        layout.addWidget(self.clock)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        self.rows: dict[str, QLabel] = {}
        for part in parts:
            label = QLabel(f"{part.title}\u2002·\u2002{part.minutes} min")
            label.setObjectName("AgendaPart")
            label.setWordWrap(True)
            label.setProperty("current", False)
            self.rows[part.key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(restart)
        self._timer = QTimer(self, interval=10_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def restart(self) -> None:
        self.started_at = self._now()
        self.refresh()

    def set_current(self, key: str) -> None:
        if key in self.rows and key != self.current:
            self.current = key
            self.refresh()

    def refresh(self) -> None:
        now = self._now()
        st = time_status(self.parts, self.started_at, now, self.current)
        self.clock.setText(now.strftime("%H:%M"))
        self.elapsed.setText(f"{st.elapsed_minutes} av {st.planned_minutes} min")
        self.status.setText(st.message)
        self.status.setProperty("over", not st.on_time)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        for key, label in self.rows.items():
            current = key == self.current
            if label.property("current") != current:
                label.setProperty("current", current)
                label.style().unpolish(label)
                label.style().polish(label)
        self.time_status = st


# --- the editor -------------------------------------------------------------------------------


class ProtocolEditor(QWidget):
    """Write the plan of one meeting live; the projector mirrors it as it is typed."""

    currentSectionChanged = Signal(str)
    projectedChanged = Signal(object)  # ProjectedProtocol, on every change
    blankRequested = Signal(bool)
    fontStepRequested = Signal(int)
    saved = Signal()  # every queued write has been stored
    saveFailed = Signal(str)

    def __init__(self, ws, meeting_id: int, parent: QWidget | None = None, *,
                 tasks: TaskManager | None = None,
                 now: Callable[[], datetime] = datetime.now,
                 screens: ScreenList | None = None):
        super().__init__(parent)
        self.setObjectName("ProtocolEditor")
        self._ws = ws
        self._svc = ProtocolService(ws)
        self._own_tasks = tasks is None
        self._tasks = tasks or TaskManager(self)
        self._now = now
        self._screens = screens
        self.protocol: Protocol = self._svc.open(meeting_id)
        self.meeting_id = meeting_id
        self.projector: ProjectorWindow | None = None
        self._pending: dict[str, Callable[[], Any]] = {}
        self._timers: dict[str, QTimer] = {}
        self._in_flight = 0
        self._current = ""
        self._blank = False
        self._projected: ProjectedProtocol = projected(self.protocol)

        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.note_edits: dict[str, QPlainTextEdit] = {}
        self._build()
        self._shortcuts()
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        self.destroyed.connect(lambda *_: None)
        self._set_current(FORMALITIES)

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        p = self.protocol
        top = QHBoxLayout()
        title = QLabel(f"{p.child_name}\u2002·\u2002{p.meeting_kind.label} "
                       f"{swedish_date(p.meeting_date)}\u2002·\u2002plan version "
                       f"{p.plan_version}")
        title.setObjectName("ProtocolTitle")
        top.addWidget(title, 1)
        self.save_status = QLabel("Alla ändringar sparas automatiskt.")
        self.save_status.setObjectName("SaveStatus")
        top.addWidget(self.save_status)
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("ScreenChoice")
        self.screen_choice.setToolTip("Vilken skärm protokollet visas på")
        top.addWidget(self.screen_choice)
        self.show_button = QPushButton("Visa på skärmen")
        self.show_button.setObjectName("ShowOnScreen")
        self.show_button.clicked.connect(self.open_projector)
        top.addWidget(self.show_button)
        self.blank_button = QPushButton("Pausa skärmen (F8)")
        self.blank_button.setObjectName("BlankButton")
        self.blank_button.setCheckable(True)
        self.blank_button.toggled.connect(self.set_blank)
        top.addWidget(self.blank_button)
        for text, step, tip in (("A−", -1, "Mindre text på skärmen (Ctrl+minus)"),
                                ("A+", 1, "Större text på skärmen (Ctrl+plus)")):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=step: self.step_font(s))
            top.addWidget(button)

        form = QWidget()
        form.setObjectName("ProtocolForm")
        self._form = QVBoxLayout(form)
        self._form.setContentsMargins(18, 12, 18, 24)
        self._form.setSpacing(14)
        self._form.addWidget(self._formalities_box())
        if p.review_actions:
            self._form.addWidget(self._review_box())
        after_actions = "goals" if any(s.key == "goals" for s in p.sections) \
            else p.sections[-1].key
        for section in p.sections:
            self._form.addWidget(self._section_box(section))
            if section.key == after_actions:
                self._form.addWidget(self._actions_box())
            if section.key == "follow_up":
                self._form.addWidget(self._next_meeting_box())
            if section.key == "child_feedback":
                self._form.addWidget(self._child_informed_box())
        if not any(s.key == "follow_up" for s in p.sections):
            self._form.addWidget(self._next_meeting_box())
        if not any(s.key == "child_feedback" for s in p.sections):
            self._form.addWidget(self._child_informed_box())
        self._form.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        parts = agenda(p, dict(p.agenda_minutes), follow_up=p.is_follow_up)
        self.agenda_panel = AgendaPanel(parts, self._now)
        splitter = QSplitter()
        splitter.addWidget(self.agenda_panel)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._fill_screens()
        self.setStyleSheet(_STYLE)

    def _box(self, title: str, part: str, help_text: str = "") -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        box.setObjectName("ProtocolPart")
        box.setProperty(_PART, part)
        box.setProperty("current", False)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("PartHeading")
        layout.addWidget(heading)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName("PartHelp")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self._boxes = getattr(self, "_boxes", {})
        self._boxes[part] = box
        return box, layout

    def _formalities_box(self) -> QFrame:
        p = self.protocol
        box, layout = self._box("Närvaro och formalia", FORMALITIES,
                                "Vilka är med? Stäm av samtycke, samordningsansvarig, "
                                "mötesledare och sekreterare.")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.attendance: dict[int, QComboBox] = {}
        for row, person in enumerate(p.participants):
            name = QLabel(person.name)
            role = QLabel(person.role)
            role.setObjectName("PartHelp")
            combo = QComboBox()
            for value in Attendance:
                combo.addItem(value.label, value.value)
            combo.setCurrentIndex(combo.findData(person.attendance.value))
            combo.currentIndexChanged.connect(
                lambda _i, inv=person.invitation_id, c=combo: self._attendance_changed(inv, c))
            self.attendance[person.invitation_id] = combo
            grid.addWidget(name, row, 0)
            grid.addWidget(role, row, 1)
            grid.addWidget(combo, row, 2)
        if not p.participants:
            grid.addWidget(QLabel("Ingen är kallad till mötet ännu."), 0, 0)
        layout.addLayout(grid)
        form = QFormLayout()
        self.consent = QCheckBox("Samtycket är bekräftat och gäller de verksamheter som är här")
        self.consent.setChecked(p.formalities.consent_confirmed)
        self.consent.toggled.connect(
            lambda on: self._write_now("formalities:consent", lambda: self._svc.set_formalities(
                p.plan_id, consent_confirmed=on)))
        form.addRow(self.consent)
        self.plan_owner = self._person_combo(p.formalities.plan_owner_id, "plan_owner_id")
        self.chair = self._person_combo(p.formalities.chair_id, "chair_id")
        self.note_taker = self._person_combo(p.formalities.note_taker_id, "note_taker_id")
        form.addRow("Samordningsansvarig", self.plan_owner)
        self.owner_problem = QLabel("\n".join(p.formalities.plan_owner_problems))
        self.owner_problem.setObjectName("CalmWarning")
        self.owner_problem.setWordWrap(True)
        self.owner_problem.setVisible(bool(p.formalities.plan_owner_problems))
        form.addRow("", self.owner_problem)
        form.addRow("Mötesledare", self.chair)
        form.addRow("Sekreterare", self.note_taker)
        layout.addLayout(form)
        return box

    def _person_combo(self, current: int | None, field: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem("– Välj –", None)
        for person in self.protocol.people:
            combo.addItem(person.label, person.id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.currentIndexChanged.connect(lambda _i: self._person_changed(field, combo))
        return combo

    def _section_box(self, section) -> QFrame:
        box, layout = self._box(section.title, section.key, section.help)
        edit = QPlainTextEdit()
        edit.setObjectName(f"section:{section.key}")
        edit.setTabChangesFocus(True)
        edit.setPlainText(section.text)
        edit.setMinimumHeight(84)
        edit.textChanged.connect(lambda k=section.key, e=edit: self._section_typed(k, e))
        self.section_edits[section.key] = edit
        layout.addWidget(edit)
        toggle = QToolButton()
        toggle.setObjectName("InternalToggle")
        toggle.setText(INTERNAL_LABEL)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        note = QPlainTextEdit()
        note.setObjectName(f"internal:{section.key}")
        note.setProperty("internal", True)
        note.setTabChangesFocus(True)
        note.setPlaceholderText(f"{INTERNAL_LABEL}. Anteckningen följer inte med i planen.")
        note.setPlainText(section.internal_note)
        note.setMaximumHeight(70)
        note.setVisible(bool(section.internal_note))
        toggle.setChecked(bool(section.internal_note))
        toggle.toggled.connect(note.setVisible)
        note.textChanged.connect(lambda k=section.key, e=note: self._note_typed(k, e))
        self.note_edits[section.key] = note
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        return box

    def _actions_box(self) -> QFrame:
        box, layout = self._box("Insatser: vem gör vad och när", ACTIONS,
                                "En rad per insats: mål, insats, ansvarig organisation, "
                                "namngiven person och när. Tab till nästa ruta, Enter i sista "
                                "rutan ger en ny rad.")
        self.actions_model = ActionsModel(self.protocol, parent=self)
        self.actions_model.cellEdited.connect(self._action_edited)
        self.actions_table = KeyboardTable()
        self.actions_table.setObjectName("ActionsTable")
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setMinimumHeight(180)
        org_col = next((i for i, (k, _t) in enumerate(self.actions_model.columns)
                        if k == "organisation_id"), None)
        if org_col is not None:
            choices = [(None, "– Välj –")] + [(o.id, o.name) for o in self.protocol.organisations]
            self.actions_table.setItemDelegateForColumn(org_col, _ChoiceDelegate(choices, self))
        self.actions_table.rowAddRequested.connect(self.add_action_row)
        layout.addWidget(self.actions_table)
        buttons = QHBoxLayout()
        add = QPushButton("Ny rad")
        add.clicked.connect(self.add_action_row)
        remove = QPushButton("Ta bort raden")
        remove.clicked.connect(self.remove_current_action)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _review_box(self) -> QFrame:
        box, layout = self._box("Uppföljning av förra planen", REVIEW,
                                "Gå igenom varje åtagande: genomfört, delvis eller inte – och "
                                "varför. Behålls, ändras eller avslutas målet?")
        self.review_model = ActionsModel(self.protocol, review=True, parent=self)
        self.review_model.cellEdited.connect(self._review_edited)
        self.review_table = KeyboardTable()
        self.review_table.setObjectName("ReviewTable")
        self.review_table.setModel(self.review_model)
        self.review_table.setMinimumHeight(150)
        status = [(s, s.label) for s in ReviewStatus]
        goal = [(None, "–")] + [(g, g.label) for g in GoalStatus]
        self.review_table.setItemDelegateForColumn(3, _ChoiceDelegate(status, self))
        self.review_table.setItemDelegateForColumn(5, _ChoiceDelegate(goal, self))
        layout.addWidget(self.review_table)
        return box

    def _next_meeting_box(self) -> QFrame:
        p = self.protocol
        box, layout = self._box("Nästa uppföljning", "follow_up",
                                "Datum och plats för uppföljningen. Den bokas direkt.")
        row = QHBoxLayout()
        floor = (p.meeting_date or self._ws.today())
        self.next_date = _optional_date(floor, p.next_follow_up_date, "Inte bokad")
        self.next_place = QLineEdit(p.next_follow_up_place)
        self.next_place.setPlaceholderText("Plats")
        row.addWidget(QLabel("Datum"))
        row.addWidget(self.next_date)
        row.addWidget(QLabel("Plats"))
        row.addWidget(self.next_place, 1)
        layout.addLayout(row)
        self.next_date.dateChanged.connect(lambda _d: self._next_changed())
        self.next_place.textEdited.connect(lambda _t: self._next_changed())
        return box

    def _child_informed_box(self) -> QFrame:
        p = self.protocol
        box, layout = self._box("Efter mötet: så fick barnet veta", "child_feedback",
                                "Fylls i efteråt: när och av vem barnet fick veta vad som "
                                "bestämdes och hur barnets åsikter vägdes in.")
        row = QHBoxLayout()
        floor = (p.meeting_date or self._ws.today()) - timedelta(days=1)
        self.informed_on = _optional_date(floor, p.child_informed_on, "Inte ännu")
        self.informed_by = QLineEdit(p.child_informed_by)
        self.informed_by.setPlaceholderText("Av vem")
        row.addWidget(QLabel("Datum"))
        row.addWidget(self.informed_on)
        row.addWidget(QLabel("Av"))
        row.addWidget(self.informed_by, 1)
        layout.addLayout(row)
        self.informed_how = QPlainTextEdit(p.child_informed_how)
        self.informed_how.setTabChangesFocus(True)
        self.informed_how.setPlaceholderText("Hur barnet fick veta, och hur barnets åsikter "
                                             "vägdes in")
        self.informed_how.setMaximumHeight(70)
        layout.addWidget(self.informed_how)
        self.informed_on.dateChanged.connect(lambda _d: self._informed_changed())
        self.informed_by.textEdited.connect(lambda _t: self._informed_changed())
        self.informed_how.textChanged.connect(self._informed_changed)
        return box

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("F8", self.toggle_blank),
                          ("Ctrl++", lambda: self.step_font(1)),
                          ("Ctrl+=", lambda: self.step_font(1)),
                          ("Ctrl+-", lambda: self.step_font(-1))):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(ctx)

    def keyPressEvent(self, event):  # noqa: N802
        """F8 and Ctrl+plus/minus also when the window is not the active one."""
        step = _font_step(event)
        if event.key() == Qt.Key.Key_F8:
            self.toggle_blank()
        elif step:
            self.step_font(step)
        else:
            super().keyPressEvent(event)

    # --- typing: projector first, store soon after ----------------------------------------

    def _section_typed(self, key: str, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        self.protocol = self.protocol.with_section_text(key, text)
        self._project()
        plan_id = self.protocol.plan_id
        self._schedule(f"section:{key}", lambda: self._svc.set_section(plan_id, key, text))

    def _note_typed(self, key: str, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        self.protocol = self.protocol.with_internal_note(key, text)
        plan_id = self.protocol.plan_id
        # An internal note changes nothing on the wall: no projection here.
        self._schedule(f"internal:{key}",
                       lambda: self._svc.set_internal_note(plan_id, key, text))

    def _action_edited(self, ref: ActionRef, field: str, value: Any) -> None:
        self._sync_actions()
        self._schedule(f"action:{id(ref)}:{field}",
                       lambda: self._svc.set_action(ref, field, value))

    def _review_edited(self, ref: ActionRef, _field: str, _value: Any) -> None:
        self._sync_actions()
        row = next(r for r in self.review_model.rows if r.ref is ref)
        a = row.action
        self._schedule(f"review:{id(ref)}", lambda: self._svc.set_review(
            ref, a.review_status, a.review_comment, a.goal_status))

    def _sync_actions(self) -> None:
        review = self.review_model.actions() if hasattr(self, "review_model") else []
        self.protocol = self.protocol.with_actions(review + self.actions_model.actions())
        self._project()

    def add_action_row(self) -> None:
        row = self.actions_model.add_row()
        plan_id = self.protocol.plan_id
        self._write_now(f"add:{id(row.ref)}",
                        lambda: self._svc.add_action(plan_id, ref=row.ref))
        self._sync_actions()
        index = self.actions_model.index(len(self.actions_model.rows) - 1, 0)
        self.actions_table.setFocus()
        self.actions_table.setCurrentIndex(index)
        if self.actions_table.state() != QAbstractItemView.State.EditingState:
            self.actions_table.edit(index)

    def remove_current_action(self) -> None:
        index = self.actions_table.currentIndex()
        if not index.isValid():
            return
        row = self.actions_model.remove_row(index.row())
        prefix = f"action:{id(row.ref)}:"
        for key in [k for k in self._pending if k.startswith(prefix)]:
            self._pending.pop(key)
            self._timers[key].stop()
        self._write_now(f"remove:{id(row.ref)}", lambda: self._svc.remove_action(row.ref))
        self._sync_actions()

    def _attendance_changed(self, invitation_id: int, combo: QComboBox) -> None:
        value = Attendance(combo.currentData())
        self.protocol = dataclasses.replace(self.protocol, participants=tuple(
            dataclasses.replace(x, attendance=value) if x.invitation_id == invitation_id else x
            for x in self.protocol.participants))
        self._project()
        self._write_now(f"attendance:{invitation_id}",
                        lambda: self._svc.record_attendance(invitation_id, value))

    def _person_changed(self, field: str, combo: QComboBox) -> None:
        value = combo.currentData()
        plan_id = self.protocol.plan_id

        def write():
            self._svc.set_formalities(plan_id, **{field: value})
            return self._svc.get(plan_id).formalities

        self._write_now(f"formalities:{field}", write, on_done=self._formalities_stored)

    def _formalities_stored(self, formalities) -> None:
        self.protocol = dataclasses.replace(self.protocol, formalities=formalities)
        self.owner_problem.setText("\n".join(formalities.plan_owner_problems))
        self.owner_problem.setVisible(bool(formalities.plan_owner_problems))

    def _next_changed(self) -> None:
        on = _date_of(self.next_date)
        place = self.next_place.text()
        self.protocol = dataclasses.replace(self.protocol, next_follow_up_date=on,
                                            next_follow_up_place=place)
        self._project()
        plan_id = self.protocol.plan_id
        self._schedule("next", lambda: self._svc.set_next_follow_up(plan_id, on, place))

    def _informed_changed(self) -> None:
        on, by = _date_of(self.informed_on), self.informed_by.text()
        how = self.informed_how.toPlainText()
        plan_id = self.protocol.plan_id
        self._schedule("informed",
                       lambda: self._svc.record_child_informed(plan_id, on, by, how))

    def _project(self) -> None:
        self._projected = projected(self.protocol)
        self.projectedChanged.emit(self._projected)

    @property
    def projected_protocol(self) -> ProjectedProtocol:
        return self._projected

    # --- autosave through the worker --------------------------------------------------------

    def _schedule(self, key: str, write: Callable[[], Any]) -> None:
        """Store `write` TYPING_PAUSE_MS after the last change to `key` (or on focus change)."""
        self._pending[key] = write
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
            timer.timeout.connect(lambda k=key: self._flush_key(k))
            self._timers[key] = timer
        timer.start()

    def _flush_key(self, key: str) -> None:
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        write = self._pending.pop(key, None)
        if write is not None:
            self._write_now(key, write)

    def _write_now(self, key: str, write: Callable[[], Any],
                   on_done: Callable[[Any], None] | None = None) -> None:
        self._in_flight += 1
        self.save_status.setText("Sparar …")

        def done(result):
            self._in_flight -= 1
            if on_done is not None:
                on_done(result)
            self._maybe_saved()

        def failed(error):
            self._in_flight -= 1
            self.save_status.setText(f"Inte sparat: {error}")
            self.saveFailed.emit(str(error))

        self._tasks.run(write, done, failed)

    def _maybe_saved(self) -> None:
        if self._in_flight == 0 and not self._pending:
            self.save_status.setText(f"Sparat {self._now().strftime('%H:%M:%S')}")
            self.saved.emit()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._in_flight > 0

    def flush(self) -> None:
        """Queue every pending change for storing now (focus change, closing)."""
        for key in list(self._pending):
            self._flush_key(key)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.flush()
        if new is not None and self.isAncestorOf(new):
            widget: QWidget | None = new
            while widget is not None and widget is not self:
                part = widget.property(_PART)
                if part:
                    self._set_current(str(part))
                    break
                widget = widget.parentWidget()

    # --- the part we are in ---------------------------------------------------------------

    @property
    def current_section(self) -> str:
        return self._current

    def _set_current(self, key: str) -> None:
        if key == self._current:
            return
        for part, box in getattr(self, "_boxes", {}).items():
            on = part == key
            if box.property("current") != on:
                box.setProperty("current", on)
                box.style().unpolish(box)
                box.style().polish(box)
        self._current = key
        self.agenda_panel.set_current(key)
        self.currentSectionChanged.emit(key)

    def focus_section(self, key: str) -> None:
        """Put the cursor in a section (and so tell the projector where we are)."""
        edit = self.section_edits[key]
        edit.setFocus()
        self.scroll.ensureWidgetVisible(edit)
        self._set_current(key)

    # --- the projector -------------------------------------------------------------------------

    def _fill_screens(self) -> None:
        if self._screens is None:
            self._screens = ScreenList(self)
        self._screens.changed.connect(self._refill_screens)
        self._refill_screens()

    def _refill_screens(self) -> None:
        chosen = self.screen_choice.currentData()
        self.screen_choice.clear()
        for info in self._screens.screens():
            self.screen_choice.addItem(info.label, info.number)
        best = self._screens.projector_screen(chosen)
        if best is not None:
            self.screen_choice.setCurrentIndex(self.screen_choice.findData(best.number))

    def attach_projector(self, projector: ProjectorWindow) -> ProjectorWindow:
        """Mirror this editor on `projector`: text, current part, blanking and type size."""
        self.projector = projector
        self.projectedChanged.connect(projector.show_protocol)
        self.currentSectionChanged.connect(projector.set_current_section)
        self.blankRequested.connect(projector.set_blank)
        self.fontStepRequested.connect(projector.zoom)
        projector.blankChanged.connect(self._projector_blanked)
        projector.set_current_section(self._current)
        projector.show_protocol(self._projected)
        projector.set_blank(self._blank)
        return projector

    def open_projector(self) -> ProjectorWindow:
        """Show the projector on the chosen screen (full screen there; a window with one screen)."""
        if self.projector is None:
            self.attach_projector(ProjectorWindow(self, screens=self._screens))
        number = self.screen_choice.currentData()
        self.projector.place_on(self._screens.projector_screen(number))
        self.show_button.setText("Flytta till vald skärm")
        return self.projector

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        if self.blank_button.isChecked() != blank:
            self.blank_button.setChecked(blank)
        self.blank_button.setText("Visa skärmen igen (F8)" if blank else "Pausa skärmen (F8)")
        self.blankRequested.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    def _projector_blanked(self, blank: bool) -> None:
        if blank != self._blank:
            self.set_blank(blank)

    def step_font(self, steps: int) -> None:
        self.fontStepRequested.emit(steps)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event):  # noqa: N802
        self.flush()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Store what is pending, then (for an editor with its own worker) stop the worker."""
        self.flush()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        if self._own_tasks:
            self._tasks.shutdown(wait=True)


def _font_step(event) -> int:
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return 0
    if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        return 1
    if event.key() == Qt.Key.Key_Minus:
        return -1
    return 0


def _optional_date(floor: date, value: date | None, none_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(floor.year, floor.month, floor.day))
    edit.setSpecialValueText(none_text)
    shown = value or floor
    edit.setDate(QDate(shown.year, shown.month, shown.day))
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    if edit.date() == edit.minimumDate():
        return None
    d = edit.date()
    return date(d.year(), d.month(), d.day())


_STYLE = """
#ProtocolTitle { font-size: 17px; font-weight: 600; }
#SaveStatus { color: #3C6E47; padding: 0 10px; }
#ProtocolForm { background: #F6F7F9; }
#ProtocolPart { background: white; border: 1px solid #D9DDE3; border-radius: 8px; }
#ProtocolPart[current="true"] { border: 2px solid #D99400; background: #FFFBEA; }
#PartHeading { font-size: 15px; font-weight: 700; color: #0B3D91; }
#PartHelp { color: #5A6270; }
#InternalToggle { color: #7A4B00; border: none; padding: 2px 0; }
QPlainTextEdit[internal="true"] { background: #FFF6E0; border: 1px dashed #C98A00; }
#CalmWarning { color: #7A4B00; background: #FFF6E0; padding: 6px; border-radius: 4px; }
#AgendaPanel { background: #FBFBFC; border-right: 1px solid #D9DDE3; }
#AgendaCaption { font-weight: 700; color: #5A6270; text-transform: uppercase; }
#AgendaClock { font-size: 40px; font-weight: 700; color: #111418; }
#AgendaElapsed { color: #5A6270; }
#AgendaStatus { color: #3C6E47; font-weight: 600; }
#AgendaStatus[over="true"] { color: #7A4B00; background: #FFF6E0; padding: 4px;
                             border-radius: 4px; }
#AgendaPart { padding: 4px 6px; border-radius: 4px; color: #303640; }
#AgendaPart[current="true"] { background: #FFF1B8; font-weight: 700;
                              border-left: 4px solid #D99400; }
"""
