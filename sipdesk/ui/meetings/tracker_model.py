"""The response tracker's table: rows, badges and the delegate that draws them.

Per meeting the rows are TrackerRows (everyone invited); across all cases
they are ActionRows (what needs the coordinator today). Both show whom to
call: each invitee's phone (the switchboard when the person has none), with
the e-mail address in the tooltip. The model holds what one read answered
and nothing else, so it is tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sipdesk.domain import words
from sipdesk.domain.deadlines import DueItem
from sipdesk.domain.enums import Attendance, Response
from sipdesk.domain.responses import ActionRow, TrackerRow, TrackerStatus
from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_due import due_text
from sipdesk.ui.i18n_meetings import (
    action_text,
    days_late,
    enum_label,
    family_role,
    long_date,
    phone_text,
    status_label,
    translate,
)

RowRole = Qt.ItemDataRole.UserRole + 1
BadgesRole = Qt.ItemDataRole.UserRole + 2
InvitationIdRole = Qt.ItemDataRole.UserRole + 3

Badge = tuple[str, tuple[str, str]]  # text, (background, ink)
Index = QModelIndex | QPersistentModelIndex

OVERDUE_ROW = QColor(theme.OVERDUE_ROW)
INK = QColor(theme.INK)
MUTED = QColor(theme.MUTED)
ALARM = QColor(theme.ERROR_INK)

# The columns by their Swedish names (the model's keys), translated in the header.
MEETING_COLUMNS = (
    QT_TRANSLATE_NOOP("TrackerModel", "Namn"), QT_TRANSLATE_NOOP("TrackerModel", "Telefon"),
    QT_TRANSLATE_NOOP("TrackerModel", "Roll"), QT_TRANSLATE_NOOP("TrackerModel", "Verksamhet"),
    QT_TRANSLATE_NOOP("TrackerModel", "Typ"), QT_TRANSLATE_NOOP("TrackerModel", "Skickad"),
    QT_TRANSLATE_NOOP("TrackerModel", "Svar senast"), QT_TRANSLATE_NOOP("TrackerModel", "Svar"),
    QT_TRANSLATE_NOOP("TrackerModel", "Läge"), QT_TRANSLATE_NOOP("TrackerModel", "Närvaro"),
)
ALL_CASES_COLUMNS = (
    QT_TRANSLATE_NOOP("TrackerModel", "Ärende"), QT_TRANSLATE_NOOP("TrackerModel", "Möte"),
    "Namn", "Telefon", "Verksamhet", QT_TRANSLATE_NOOP("TrackerModel", "Att göra"), "Läge",
)
_MUTED_COLUMNS = ("Roll", "Verksamhet", "Typ", "Möte", "Ärende")


def status_badges(row: TrackerRow) -> list[Badge]:
    """The badges of the Läge column: the answer's state, then a late invitation."""
    badges: list[Badge] = []
    if row.status is TrackerStatus.OVERDUE:
        badges.append((days_late(row.days_overdue), theme.BADGE_RED))
    elif row.status is TrackerStatus.NOT_SENT:
        badges.append((translate("TrackerModel", "Ej skickad"), theme.BADGE_AMBER))
    elif row.status is TrackerStatus.WAITING:
        badges.append((translate("TrackerModel", "Väntar"), theme.BADGE_GREY))
    elif row.response is Response.DECLINED:
        badges.append((translate("TrackerModel", "Kommer inte"), theme.BADGE_GREY))
    else:
        badges.append((translate("TrackerModel", "Svarat"), theme.BADGE_GREEN))
    if row.late_invitation:
        badges.append((translate("TrackerModel", "Sen kallelse"), theme.BADGE_YELLOW))
    return badges


def answer_text(row: TrackerRow) -> str:
    """The answer, and on a second line who comes instead or when we called."""
    answer = enum_label(row.response)
    if row.response is Response.SUBSTITUTE:
        who = row.substitute_name or translate("TrackerModel", "namn saknas")
        return answer + "\n" + translate("TrackerModel", "Ersättare: {who}").format(who=who)
    if row.contacted_on and not row.response.is_answer:
        return answer + "\n" + translate("TrackerModel", "ringd {date}").format(
            date=words.iso(row.contacted_on))
    return answer


def _sort_key(name: str, row: TrackerRow, action: ActionRow | None) -> tuple[Any, ...]:
    """What a click on a column's header sorts by: dates as dates, Läge by urgency."""
    if name == "Läge":
        overdue = action.overdue if action is not None else row.is_overdue
        days = action.days_overdue if action is not None else row.days_overdue
        return (not overdue, -days, row.status.value, row.name.casefold())
    if name == "Svar senast":
        return (row.answer_by or date.max, row.name.casefold())
    if name == "Skickad":
        return (row.sent_on or date.max, row.name.casefold())
    if name == "Möte" and action is not None:
        return (action.meeting_date or date.max, row.name.casefold())
    return (TrackerModel._text(name, row, action).casefold(), row.name.casefold())


def _action_text(action: ActionRow) -> str:
    """What to do, as the Today list says it (its sentences, in the window's language)."""
    own = action_text(action.text)
    if own is not None:
        return own
    return due_text(DueItem(due=action.due, case_reference=action.case_reference,
                            kind=action.due_kind, text=action.text))


def action_badges(action: ActionRow) -> list[Badge]:
    if action.overdue:
        return [(days_late(action.days_overdue), theme.BADGE_RED)]
    return [(translate("TrackerModel", "I dag"), theme.BADGE_AMBER)]


class TrackerModel(QAbstractTableModel):
    """Tracker rows for a view; testable without a window.

    Per meeting the rows are TrackerRows; with all_cases they are ActionRows.
    """

    def __init__(self, parent: QObject | None = None, *, all_cases: bool = False):
        super().__init__(parent)
        self.all_cases = all_cases
        self.columns = ALL_CASES_COLUMNS if all_cases else MEETING_COLUMNS
        self._items: list[TrackerRow | ActionRow] = []
        self.on: date | None = None

    # --- data in -----------------------------------------------------------------

    def set_rows(self, items: Sequence[TrackerRow] | Sequence[ActionRow], on: date, *,
                 keep_order: bool = False) -> None:
        """Show `items`; with keep_order the rows already shown stay where they are
        (new ones at the end), so an answer never moves the row under the cursor."""
        fresh: list[TrackerRow | ActionRow] = list(items)
        if keep_order and self._items:
            place = {self._key(item): n for n, item in enumerate(self._items)}
            fresh.sort(key=lambda item: place.get(self._key(item), len(place)))
        self.beginResetModel()
        self._items = fresh
        self.on = on
        self.endResetModel()

    @staticmethod
    def _key(item: TrackerRow | ActionRow) -> tuple[Any, ...]:
        if isinstance(item, ActionRow):
            return (item.row.invitation_id, item.meeting_id, item.text)
        return (item.invitation_id, item.name)

    def sort(self, column: int,  # noqa: D102
             order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on request only (a click on a header); later reads keep this order."""
        if not 0 <= column < len(self.columns):
            return
        name = self.columns[column]
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = [self._items[i.row()] for i in before]
        self._items.sort(key=lambda item: _sort_key(
            name, item.row if isinstance(item, ActionRow) else item,
            item if isinstance(item, ActionRow) else None),
            reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(item): n for n, item in enumerate(self._items)}
        self.changePersistentIndexList(
            before, [self.index(where[id(item)], i.column()) for i, item in zip(before, old,
                                                                                strict=True)])
        self.layoutChanged.emit()

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

    def column(self, name: str) -> int:
        return self.columns.index(name)

    # --- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return translate("TrackerModel", self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = self.tracker_row(index.row())
        action = self.action(index.row())
        name = self.columns[index.column()]
        if role == RowRole:
            return row
        if role == InvitationIdRole:
            return row.invitation_id
        if role == BadgesRole:
            if name != "Läge":
                return None
            return status_badges(row) if action is None else action_badges(action)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(name, row, action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, action)
        if role == Qt.ItemDataRole.BackgroundRole:
            overdue = action.overdue if action is not None else row.is_overdue
            return OVERDUE_ROW if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._ink(name, row, action)
        if role == Qt.ItemDataRole.FontRole and name == "Namn":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    # --- what a cell says ----------------------------------------------------------

    @staticmethod
    def _ink(name: str, row: TrackerRow, action: ActionRow | None) -> QColor:
        if name == "Närvaro" and row.attendance is Attendance.ABSENT_WITHOUT_NOTICE:
            return ALARM
        if name in ("Svar senast", "Att göra") and (
            row.is_overdue or (action is not None and action.overdue)
        ):
            return ALARM
        return MUTED if name in _MUTED_COLUMNS else INK

    @staticmethod
    def _text(name: str, row: TrackerRow, action: ActionRow | None) -> str:
        if name == "Namn":
            return row.name
        if name == "Telefon":
            return phone_text(row) or "–"
        if name == "Roll":
            return family_role(row.profession)
        if name == "Verksamhet":
            if row.organisation:
                return row.organisation
            return translate("TrackerModel", "Familjen") if row.is_family else "–"
        if name == "Typ":
            return enum_label(row.kind)
        if name == "Skickad":
            if row.sent_on is None:
                return translate("TrackerModel", "Ej skickad")
            # How it went on a line of its own: the date stays whole in a narrow column.
            via = f"\n{enum_label(row.sent_via)}" if row.sent_via else ""
            return f"{words.iso(row.sent_on)}{via}"
        if name == "Svar senast":
            # Red when passed, and a sign as well: colour is never the only signal.
            late = row.is_overdue or (action is not None and action.overdue)
            return f"⚠ {words.iso(row.answer_by)}" if late else words.iso(row.answer_by)
        if name == "Svar":
            return answer_text(row)
        if name == "Närvaro":
            if row.attendance is Attendance.UNKNOWN:
                return "–"
            if row.attendance is Attendance.ABSENT_WITHOUT_NOTICE and row.deviation_on_absence:
                return translate("TrackerModel", "Utan återbud · avvikelse")
            return enum_label(row.attendance)
        if name == "Läge":
            return " ".join(text for text, _ in status_badges(row))
        if action is not None:
            if name == "Ärende":
                return f"{action.case_reference} {action.child_name}"
            if name == "Möte":
                return f"{enum_label(action.meeting_kind)} {words.iso(action.meeting_date)}"
            if name == "Att göra":
                return _action_text(action)
        return ""

    @staticmethod
    def _tooltip(row: TrackerRow, action: ActionRow | None) -> str:
        lines = [f"{row.name} ({family_role(row.profession)})" if row.profession else row.name]
        if row.organisation:
            lines.append(row.organisation)
        if row.phone:
            lines.append(
                translate("TrackerModel", "Telefon: {phone}").format(phone=phone_text(row)))
        if row.email:
            lines.append(translate("TrackerModel", "E-post: {email}").format(email=row.email))
        if row.is_child and not row.phone:
            lines.append(translate("TrackerModel", "Barnet nås genom vårdnadshavarna."))
        elif not (row.phone or row.email):
            lines.append(translate("TrackerModel", "Inget telefonnummer eller e-post i katalogen."))
        lines.append(f"{enum_label(row.kind)}: {status_label(row.status).lower()}")
        lines.append(translate("TrackerModel", "Svar: {answer}").format(
            answer=answer_text(row).replace(chr(10), ', ')))
        if row.attendance is not Attendance.UNKNOWN:
            lines.append(translate("TrackerModel", "Närvaro: {attendance}").format(
                attendance=enum_label(row.attendance).lower()))
        if row.status is TrackerStatus.OVERDUE:
            lines.append(translate("TrackerModel",
                                   "Svaret skulle ha kommit {date} ({late}).").format(
                date=long_date(row.answer_by), late=days_late(row.days_overdue)))
        if row.contacted_on:
            lines.append(translate("TrackerModel", "Kontaktad per telefon {date}.").format(
                date=long_date(row.contacted_on)))
        if row.late_invitation:
            lines.append(translate("TrackerModel",
                                   "Kallelsen skickades senare än överenskommet före mötet."))
        if action is not None:
            lines.append(_action_text(action))
        return "\n".join(lines)


class BadgeDelegate(QStyledItemDelegate):
    """Draws the Läge column as rounded badges ("3 dagar sen" in red)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        badges = index.data(BadgesRole) or []
        fm = QFontMetrics(self._font(option))
        width = sum(fm.horizontalAdvance(text) + 16 for text, _ in badges) + 6 * len(badges) + 8
        return QSize(width, fm.height() + 14)

    @staticmethod
    def _font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(max(font.pointSizeF() - 0.5, 7))
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badges = index.data(BadgesRole)
        if not badges:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect_of_cell: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font(option)
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = rect_of_cell.left() + 6
        height = fm.height() + 6
        y = rect_of_cell.top() + (rect_of_cell.height() - height) // 2
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
