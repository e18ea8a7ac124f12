"""The participant response tracker (objectName ResponseTracker).

Per meeting: everyone invited, who has answered, who has not and for how
long, and at the meeting who came. Overdue non-answers come first with a red
"3 dagar sen" badge; a late invitation has an amber badge. Per row, one click
(or a key) records "kontaktad per telefon" today, a response, that the
invitation was sent, or attendance. An absence without notice opens a draft
deviation against the organisation, which the coordinator completes here.

ResponseTracker(ws, all_cases=True) instead lists, across all cases, every
invitation that needs action today (the Today list's invitation items).

The widget asks the meeting service and shows what it answers: no rules, no
SQL. With a TaskManager (tasks=) every call runs on the store thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import Attendance, Response
from sipdesk.domain.responses import ActionRow, TrackerRow, TrackerStatus, late_by, summary
from sipdesk.services.errors import DomainError

RowRole = Qt.ItemDataRole.UserRole + 1
BadgesRole = Qt.ItemDataRole.UserRole + 2
InvitationIdRole = Qt.ItemDataRole.UserRole + 3

# (background, text) of the badges; red for what endangers the meeting.
RED = ("#fde7e7", "#a61b1b")
AMBER = ("#fff0dc", "#9a4a00")
YELLOW = ("#fff6cc", "#6f5600")
GREEN = ("#e3f4e8", "#1d6b3a")
GREY = ("#eef1f5", "#4a5564")
OVERDUE_ROW = QColor("#fff5f4")
INK = QColor("#1d2733")
MUTED = QColor("#5f6b7a")
ALARM = QColor("#a61b1b")

MEETING_COLUMNS = ("Namn", "Roll", "Verksamhet", "Typ", "Skickad", "Svar senast", "Svar",
                   "Läge", "Närvaro")
ALL_CASES_COLUMNS = ("Ärende", "Möte", "Namn", "Verksamhet", "Att göra", "Läge")

_RESPONSE_KEYS = {
    Response.ACCEPTED: "Ctrl+1",
    Response.DECLINED: "Ctrl+2",
    Response.SUBSTITUTE: "Ctrl+3",
    Response.REMOTE: "Ctrl+4",
    Response.NO_ANSWER: "Ctrl+0",
}
_ATTENDANCE_KEYS = {
    Attendance.PRESENT: "Alt+1",
    Attendance.ABSENT_WITH_NOTICE: "Alt+2",
    Attendance.ABSENT_WITHOUT_NOTICE: "Alt+3",
    Attendance.UNKNOWN: "Alt+0",
}


def _short(day: date | None) -> str:
    return day.isoformat() if day else "–"


def status_badges(row: TrackerRow) -> list[tuple[str, tuple[str, str]]]:
    """The badges of the Läge column: the answer's state, then a late invitation."""
    badges = []
    if row.status is TrackerStatus.OVERDUE:
        badges.append((late_by(row.days_overdue), RED))
    elif row.status is TrackerStatus.NOT_SENT:
        badges.append(("Ej skickad", AMBER))
    elif row.status is TrackerStatus.WAITING:
        badges.append(("Väntar", GREY))
    elif row.response is Response.DECLINED:
        badges.append(("Kommer inte", GREY))
    else:
        badges.append(("Svarat", GREEN))
    if row.late_invitation:
        badges.append(("Sen kallelse", YELLOW))
    return badges


class TrackerModel(QAbstractTableModel):
    """Tracker rows for a view; testable without a window.

    Per meeting the rows are TrackerRows; with all_cases they are ActionRows.
    """

    def __init__(self, parent=None, *, all_cases: bool = False):
        super().__init__(parent)
        self.all_cases = all_cases
        self.columns = ALL_CASES_COLUMNS if all_cases else MEETING_COLUMNS
        self._items: list[Any] = []
        self.on: date | None = None

    # --- data in -----------------------------------------------------------------

    def set_rows(self, items: list[TrackerRow] | list[ActionRow], on: date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.on = on
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def tracker_row(self, row: int) -> TrackerRow:
        item = self._items[row]
        return item.row if isinstance(item, ActionRow) else item

    def action(self, row: int) -> ActionRow | None:
        item = self._items[row]
        return item if isinstance(item, ActionRow) else None

    def row_of(self, invitation_id: int | None) -> int:
        for number in range(len(self._items)):
            if self.tracker_row(number).invitation_id == invitation_id:
                return number
        return -1

    # --- Qt ------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def column(self, name: str) -> int:
        return self.columns.index(name)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = self.tracker_row(index.row())
        action = self.action(index.row())
        name = self.columns[index.column()]
        if role == RowRole:
            return row
        if role == InvitationIdRole:
            return row.invitation_id
        if role == BadgesRole and name == "Läge":
            return status_badges(row) if action is None else self._action_badges(action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(name, row, action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, action)
        if role == Qt.ItemDataRole.BackgroundRole:
            overdue = action.overdue if action is not None else row.is_overdue
            return OVERDUE_ROW if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "Närvaro" and row.attendance is Attendance.ABSENT_WITHOUT_NOTICE:
                return ALARM
            if name in ("Svar senast", "Att göra") and (
                row.is_overdue or (action is not None and action.overdue)
            ):
                return ALARM
            if name in ("Roll", "Verksamhet", "Typ", "Möte", "Ärende"):
                return MUTED
            return INK
        if role == Qt.ItemDataRole.FontRole and name == "Namn":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._text(name, row, action)}"
        return None

    def _action_badges(self, action: ActionRow):
        if action.overdue:
            return [(late_by(action.days_overdue), RED)]
        return [("I dag", AMBER)]

    @staticmethod
    def _text(name: str, row: TrackerRow, action: ActionRow | None) -> str:
        if name == "Namn":
            return row.name
        if name == "Roll":
            return row.profession
        if name == "Verksamhet":
            return row.organisation or ("Familjen" if row.is_family else "–")
        if name == "Typ":
            return row.kind_label
        if name == "Skickad":
            if row.sent_on is None:
                return "Ej skickad"
            via = f" · {row.sent_via.label}" if row.sent_via else ""
            return f"{row.sent_on.isoformat()}{via}"
        if name == "Svar senast":
            return _short(row.answer_by)
        if name == "Svar":
            text = row.response_label
            if row.contacted_on and not row.response.is_answer:
                text += f" · ringd {row.contacted_on.isoformat()}"
            return text
        if name == "Närvaro":
            if row.attendance is Attendance.UNKNOWN:
                return "–"
            if row.attendance is Attendance.ABSENT_WITHOUT_NOTICE and row.deviation_on_absence:
                return "Utan återbud · avvikelse"
            return row.attendance.label
        if name == "Läge":
            return " ".join(text for text, _ in status_badges(row))
        if action is not None:
            if name == "Ärende":
                return f"{action.case_reference} {action.child_name}"
            if name == "Möte":
                return f"{action.meeting_kind.label} {action.meeting_date.isoformat()}"
            if name == "Att göra":
                return action.text
        return ""

    @staticmethod
    def _tooltip(row: TrackerRow, action: ActionRow | None) -> str:
        lines = [f"{row.name} ({row.profession})" if row.profession else row.name]
        if row.organisation:
            lines.append(row.organisation)
        lines.append(f"{row.kind_label}: {row.status.label.lower()}")
        if row.status is TrackerStatus.OVERDUE:
            lines.append(f"Svaret skulle ha kommit {_short(row.answer_by)} "
                         f"({late_by(row.days_overdue)}).")
        if row.contacted_on:
            lines.append(f"Kontaktad per telefon {row.contacted_on.isoformat()}.")
        if row.late_invitation:
            lines.append("Kallelsen skickades senare än överenskommet före mötet.")
        if action is not None:
            lines.append(action.text)
        return "\n".join(lines)


class BadgeDelegate(QStyledItemDelegate):
    """Draws the Läge column as rounded badges ("3 dagar sen" in red)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        badges = index.data(BadgesRole) or []
        fm = QFontMetrics(self._font(option))
        width = sum(fm.horizontalAdvance(text) + 16 for text, _ in badges) + 6 * len(badges) + 8
        return QSize(width, fm.height() + 14)

    @staticmethod
    def _font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(max(option.font.pointSizeF() - 0.5, 7))
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        badges = index.data(BadgesRole)
        if not badges:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font(option)
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = option.rect.left() + 6
        height = fm.height() + 6
        y = option.rect.top() + (option.rect.height() - height) // 2
        for text, (background, ink) in badges:
            width = fm.horizontalAdvance(text) + 16
            rect = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor(ink))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6
        painter.restore()


class ResponseTracker(QWidget):
    """Who has answered, per meeting; or (all_cases=True) what needs action today.

    Signals: meetingOpened(meeting_id) and caseOpened(case_id) when a row of the
    all-cases view is opened (Enter or double click); changed() after every
    stored change, so a board or case record can refresh.
    """

    meetingOpened = Signal(int)
    caseOpened = Signal(int)
    changed = Signal()

    def __init__(self, ws, meeting_id: int | None = None, parent: QWidget | None = None, *,
                 all_cases: bool = False, tasks=None):
        super().__init__(parent)
        self.setObjectName("ResponseTracker")
        self.setAccessibleName("Svar på kallelser")
        self._ws = ws
        self._tasks = tasks
        self.all_cases = all_cases
        self.meeting_id = meeting_id
        self.case_id: int | None = None
        self.last_deviation_id: int | None = None
        self.model = TrackerModel(self, all_cases=all_cases)
        self._build()
        if all_cases or meeting_id is not None:
            self.refresh()
        else:
            self._show_empty()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel("")
        self.title.setObjectName("TrackerTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 13pt; color: #1d2733;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.details = QLabel("")
        self.details.setObjectName("TrackerDetails")
        self.details.setStyleSheet("color: #5f6b7a;")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.summary = QLabel("")
        self.summary.setObjectName("TrackerSummary")
        self.summary.setStyleSheet("color: #1d2733;")
        layout.addWidget(self.summary)
        self.banner = QLabel("")
        self.banner.setObjectName("TrackerBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.complete_button = QPushButton("Komplettera avvikelsen…")
        self.complete_button.setObjectName("CompleteDeviation")
        self.complete_button.hide()
        self.complete_button.clicked.connect(self._complete_deviation)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.complete_button)
        layout.addLayout(banner_row)

        self._make_actions()
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.contact_button = self._button(self.contact_action)
        bar.addWidget(self.contact_button)
        self.response_button = self._menu_button("Svar", self.response_actions.values())
        bar.addWidget(self.response_button)
        self.sent_button = self._button(self.sent_action)
        bar.addWidget(self.sent_button)
        if not self.all_cases:
            self.attendance_button = self._menu_button(
                "Närvaro", self.attendance_actions.values())
            bar.addWidget(self.attendance_button)
        bar.addStretch(1)
        if not self.all_cases:
            self.invite_button = QPushButton("Bjud in…")
            self.invite_button.setObjectName("InviteButton")
            self.invite_button.clicked.connect(self.open_invite_dialog)
            bar.addWidget(self.invite_button)
            self.edit_button = QPushButton("Ändra mötet…")
            self.edit_button.clicked.connect(self.open_meeting_dialog)
            bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        self.view = QTableView(self)
        self.view.setObjectName("TrackerView")
        self.view.setAccessibleName(
            "Inbjudna som behöver åtgärd i dag" if self.all_cases else "Inbjudna till mötet")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setItemDelegateForColumn(self.model.column("Läge"), BadgeDelegate(self.view))
        self.view.setStyleSheet(
            "QTableView { background: #ffffff; border: 1px solid #d9dee5; border-radius: 6px;"
            " selection-background-color: #dbe7fb; selection-color: #1d2733; }"
            "QHeaderView::section { background: #f4f6f9; color: #4a5564; border: none;"
            " border-bottom: 1px solid #d9dee5; padding: 6px 8px; font-weight: 600; }"
        )
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch = "Att göra" if self.all_cases else "Svar"
        header.setSectionResizeMode(self.model.column(stretch), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.hint = QLabel(
            "Ctrl+K kontaktad per telefon · Ctrl+1–4 svar (Ctrl+0 ej svarat) · "
            "Ctrl+Shift+S skickad"
            + (" · Enter öppnar mötet" if self.all_cases else " · Alt+1–3 närvaro")
        )
        self.hint.setStyleSheet("color: #8a94a3; font-size: 9pt;")
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    def _make_actions(self) -> None:
        def action(text: str, keys: str, slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.contact_action = action("Kontaktad per telefon", "Ctrl+K",
                                     lambda: self.contact_selected())
        self.contact_action.setToolTip("Notera att du ringt i dag (Ctrl+K)")
        self.response_actions = {
            response: action(response.label + ("…" if response is Response.SUBSTITUTE else ""),
                             keys, lambda _=False, r=response: self.set_response(r))
            for response, keys in _RESPONSE_KEYS.items()
        }
        self.sent_action = action("Markera skickad…", "Ctrl+Shift+S", lambda: self.mark_sent())
        self.attendance_actions = {}
        if not self.all_cases:
            self.attendance_actions = {
                attendance: action(attendance.label, keys,
                                   lambda _=False, a=attendance: self.set_attendance(a))
                for attendance, keys in _ATTENDANCE_KEYS.items()
            }

    def _button(self, act: QAction) -> QPushButton:
        button = QPushButton(act.text())
        button.setToolTip(f"{act.text()} ({act.shortcut().toString()})")
        button.clicked.connect(act.trigger)
        return button

    def _menu_button(self, text: str, actions) -> QPushButton:
        button = QPushButton(text)
        menu = QMenu(button)
        for act in actions:
            menu.addAction(act)
        button.setMenu(menu)
        button.setStyleSheet("QPushButton { padding: 3px 22px 3px 10px; }")
        return button

    # --- loading -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._show_message(None)
        if meeting_id is None:
            self._show_empty()
        else:
            self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """Load again from the services, keeping the selected invitation selected."""
        if keep is None:
            current = self.selected_row()
            keep = current.invitation_id if current else None
        ws = self._ws
        if self.all_cases:
            def load():
                return None, ws.meetings.needs_action(), ws.today()
        else:
            meeting_id = self.meeting_id

            def load():
                return ws.meetings.context(meeting_id), ws.meetings.tracker(meeting_id), ws.today()
        self._call(load, lambda result: self._loaded(result, keep))

    def _loaded(self, result, keep: int | None) -> None:
        ctx, rows, on = result
        self.model.set_rows(rows, on)
        if self.all_cases:
            self.title.setText("Behöver åtgärd i dag")
            overdue = sum(1 for a in rows if a.overdue)
            self.details.setText("Kallelser som inte besvarats i tid, sena kallelser och "
                                 "kallelser som skulle ha skickats, i alla ärenden.")
            self.summary.setText(f"{len(rows)} att göra · {overdue} försenade" if rows
                                 else "Inget att göra med kallelserna i dag.")
        else:
            self.case_id = ctx.case_id
            meeting = ctx.meeting
            when = meeting.date.isoformat() if meeting.date else "datum ej satt"
            if meeting.start:
                when += f" kl. {meeting.start.strftime('%H:%M')}"
                if meeting.end:
                    when += f"–{meeting.end.strftime('%H:%M')}"
            self.title.setText(f"{meeting.kind.label} {when}")
            place = f" · {meeting.place}" if meeting.place else ""
            purpose = f"\nSyfte: {meeting.purpose}" if meeting.purpose else ""
            self.details.setText(
                f"{ctx.case_reference} {ctx.child_name} · {meeting.mode.label}{place}{purpose}")
            self.summary.setText(summary(rows))
        self._resize_columns()
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

    def _resize_columns(self) -> None:
        self.view.resizeColumnsToContents()

    def _show_empty(self) -> None:
        self.model.set_rows([], self._ws.today())
        self.title.setText("Inget möte valt")
        self.details.setText("Välj ett möte för att se vem som har svarat.")
        self.summary.setText("")
        self._update_actions()

    # --- the selected row --------------------------------------------------------------

    def selected_row(self) -> TrackerRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.tracker_row(index.row())

    def select_invitation(self, invitation_id: int) -> None:
        row = self.model.row_of(invitation_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _selected_meeting_id(self) -> int | None:
        index = self.view.currentIndex()
        if self.all_cases and index.isValid():
            return self.model.action(index.row()).meeting_id
        return self.meeting_id

    def _update_actions(self, *_args) -> None:
        row = self.selected_row()
        has = row is not None
        self.contact_action.setEnabled(has and row.sent_on is not None
                                       and not row.response.is_answer)
        for act in self.response_actions.values():
            act.setEnabled(has)
        self.sent_action.setEnabled(has)
        for act in self.attendance_actions.values():
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
        ws, invitation_id = self._ws, row.invitation_id
        self._change(lambda: ws.meetings.record_contact(invitation_id, ws.today(), note),
                     f"{row.name}: kontaktad per telefon i dag.", invitation_id)

    def set_response(self, response: Response, substitute_name: str | None = None) -> None:
        """Record the selected invitee's answer; a substitute's name is asked for if not given."""
        row = self.selected_row()
        if row is None:
            return
        if response is Response.SUBSTITUTE and substitute_name is None:
            substitute_name, ok = QInputDialog.getText(
                self, "Skickar ersättare", f"Vem kommer i stället för {row.name}?",
                text=row.substitute_name,
            )
            if not ok:
                return
        ws, invitation_id = self._ws, row.invitation_id
        self._change(
            lambda: ws.meetings.record_response(invitation_id, response, ws.today(),
                                                substitute_name or ""),
            f"{row.name}: {response.label.lower()}.", invitation_id,
        )

    def mark_sent(self, on: date | None = None, via=None) -> None:
        """Record that the invitation went out; without a date, a dialog asks (and warns)."""
        row = self.selected_row()
        meeting_id = self._selected_meeting_id()
        if row is None or meeting_id is None:
            return
        if on is None or via is None:
            from sipdesk.ui.meetings.invite_dialog import SendDialog

            dialog = SendDialog(self._ws, meeting_id, row.name, self)
            if dialog.exec() != SendDialog.DialogCode.Accepted:
                return
            on, via = dialog.values()
        ws, invitation_id = self._ws, row.invitation_id

        def send():
            warning = ws.meetings.send_warning(meeting_id, on)
            ws.meetings.mark_sent(invitation_id, on, via)
            return warning

        def done(warning):
            self.changed.emit()
            self.refresh(keep=invitation_id)
            if warning:
                self._show_message(f"{row.name}: {warning}", warn=True)
            else:
                self._show_message(f"{row.name}: markerad som skickad {on.isoformat()}.")

        self._call(send, done)

    def set_attendance(self, attendance: Attendance) -> None:
        """Attendance at the meeting; absent without notice opens a draft deviation."""
        row = self.selected_row()
        if row is None or self.all_cases:
            return
        ws, invitation_id, case_id = self._ws, row.invitation_id, self.case_id

        def record():
            before = {d.id for d in ws.meetings.deviations(case_id)}
            ws.meetings.record_attendance(invitation_id, attendance)
            new = [d for d in ws.meetings.deviations(case_id) if d.id not in before]
            return new[0].id if new else None

        def done(deviation_id):
            self.changed.emit()
            self.refresh(keep=invitation_id)
            if deviation_id is not None:
                self.last_deviation_id = deviation_id
                where = f" mot {row.organisation}" if row.organisation else ""
                self._show_message(
                    f"{row.name} kom inte och hade inte lämnat återbud. Ett utkast till "
                    f"avvikelse (uteblev från mötet){where} har skapats.", warn=True,
                    complete=True)
            else:
                self._show_message(f"{row.name}: {attendance.label.lower()}.")

        self._call(record, done)

    def complete_deviation(self, description: str) -> None:
        deviation_id = self.last_deviation_id
        if deviation_id is None:
            return
        ws = self._ws

        def done(_deviation):
            self.last_deviation_id = None
            self.changed.emit()
            self._show_message("Avvikelsen är registrerad.")

        self._call(lambda: ws.meetings.complete_deviation(deviation_id, description), done)

    def _complete_deviation(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, "Komplettera avvikelsen", "Beskriv vad som hände och vad det fick för följder:")
        if ok:
            self.complete_deviation(text)

    def open_invite_dialog(self) -> None:
        if self.meeting_id is None:
            return
        from sipdesk.ui.meetings.invite_dialog import InviteDialog

        dialog = InviteDialog(self._ws, self.meeting_id, self)
        if dialog.exec() == InviteDialog.DialogCode.Accepted:
            result = dialog.result_
            self.changed.emit()
            self.refresh()
            if result is not None and result.warning:
                self._show_message(result.warning, warn=True)

    def open_meeting_dialog(self) -> None:
        if self.meeting_id is None:
            return
        from sipdesk.ui.meetings.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self._ws, meeting_id=self.meeting_id, parent=self)
        if dialog.exec() == MeetingDialog.DialogCode.Accepted:
            self.changed.emit()
            self.set_meeting(None if dialog.cancelled else self.meeting_id)

    # --- plumbing ------------------------------------------------------------------------

    def _change(self, fn: Callable[[], Any], message: str, keep: int | None) -> None:
        def done(_result):
            self.changed.emit()
            self.refresh(keep=keep)
            self._show_message(message)

        self._call(fn, done)

    def _call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self._tasks is not None:
            self._tasks.run(fn, on_done, self._failed)
            return
        try:
            result = fn()
        except DomainError as refused:
            self._failed(refused)
            return
        on_done(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._show_message(str(error), error=True)
        else:
            self._show_message("Det gick inte att spara. Försök igen.", error=True)
            raise error

    def _show_message(self, text: str | None, *, warn: bool = False, error: bool = False,
                      complete: bool = False) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))
        self.complete_button.setVisible(bool(text) and complete)
        if error:
            style = "background: #fde7e7; color: #a61b1b;"
        elif warn:
            style = "background: #fff6cc; color: #6f5600;"
        else:
            style = "background: #e3f4e8; color: #1d6b3a;"
        self.banner.setStyleSheet(style + " border-radius: 4px; padding: 6px 8px;")

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.contact_action)
        answers = menu.addMenu("Svar")
        for act in self.response_actions.values():
            answers.addAction(act)
        menu.addAction(self.sent_action)
        if self.attendance_actions:
            present = menu.addMenu("Närvaro")
            for act in self.attendance_actions.values():
                present.addAction(act)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        if not self.all_cases or not index.isValid():
            return
        action = self.model.action(index.row())
        if action.meeting_id is not None:
            self.meetingOpened.emit(action.meeting_id)
        if action.case_id is not None:
            self.caseOpened.emit(action.case_id)

