"""Qt models of the case board and the Today list: one list model per stage, and the due items.

BoardModel holds the cards and Today items of a board snapshot and hands out
one StageModel per stage, so a move is a row leaving one list and entering
another, and each column filters only its own cards. The Today list is a
view of the same model, so a card and its due items can never disagree.
Filtering happens in memory in CardFilterProxy (matching_rows, one pass over
keys worked out once per card), never in SQL per keystroke. Nothing here writes
to the store: a drop only asks for a move (moveRequested).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QIdentityProxyModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from sipdesk.domain.board import (
    BoardSnapshot,
    Card,
    CardQuery,
    CardUpdate,
    matching_rows,
    narrows,
    search_key,
)
from sipdesk.domain.deadlines import DueItem, due_order
from sipdesk.domain.enums import Stage
from sipdesk.ui.i18n import flag_label
from sipdesk.ui.i18n_due import due_text
from sipdesk.ui.takealong_words import mark_sentence

# Overdue is red on the card and in the Today list, and always said in words too
# (a tooltip, a screen reader), so colour is never the only signal.


def _overdue_words(item: DueItem | None, on: date | None) -> str:
    if item is None or not item.overdue:
        return ""
    days = item.days_overdue(on) if on is not None else 0
    if days:
        return QCoreApplication.translate("CaseBoard", "⚠ försenad {days} d").format(days=days)
    return QCoreApplication.translate("CaseBoard", "⚠ försenad")


CASE_MIME = "application/x-sipdesk-case-id"

CardRole = Qt.ItemDataRole.UserRole + 1
CaseIdRole = Qt.ItemDataRole.UserRole + 2
StageRole = Qt.ItemDataRole.UserRole + 3
ShownNameRole = Qt.ItemDataRole.UserRole + 4
DueItemRole = Qt.ItemDataRole.UserRole + 5
QuestionRole = Qt.ItemDataRole.UserRole + 6  # the question, the name masked in initials mode
DueTextRole = Qt.ItemDataRole.UserRole + 7

Index = QModelIndex | QPersistentModelIndex
_Index = Index


def shown_name(card: Card, initials: bool) -> str:
    return card.initials if initials else card.full_name


def shown_text(card: Card | None, text: str, initials: bool) -> str:
    """`text` as the board may show it: in initials mode the child's names become initials,
    so a question like "Hur får Elsa stöd?" does not give the name away on a shared screen."""
    if not initials or card is None:
        return text
    for part in card.full_name.split():
        if len(part) > 1:
            text = re.sub(rf"\b{re.escape(part)}\b", part[0] + ".", text, flags=re.IGNORECASE)
    return text


def _reference(card: Card) -> str:
    return card.reference


class StageModel(QAbstractListModel):
    """The cards of one stage, in reference order."""

    def __init__(self, board: BoardModel, stage: Stage):
        super().__init__(board)
        self._board = board
        self.stage = stage
        self._cards: list[Card] = []
        self._keys: list[tuple[str, str]] = []

    # --- reading -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ShownNameRole):
            return shown_name(card, self._board.show_initials)
        if role == CardRole:
            return card
        if role == CaseIdRole:
            return card.id
        if role == StageRole:
            return int(card.stage)
        initials = self._board.show_initials
        if role == QuestionRole:
            return shown_text(card, card.question, initials)
        if role == DueTextRole:
            return shown_text(card, card.next_due_text, initials)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{shown_name(card, initials)} ({card.reference})"]
            if card.question:
                lines.append(shown_text(card, card.question, initials))
            if card.next_due is not None:
                due_text = shown_text(card, card.next_due.text, initials)
                late = _overdue_words(card.next_due, self._board.on)
                lines.append(f"{card.next_due.due.isoformat()}: {due_text}"
                             + (f" ({late})" if late else ""))
            lines.extend(f"• {flag_label(flag)}" for flag in card.flags)
            if card.taken_along is not None:
                lines.append(f"• {mark_sentence(card.taken_along)}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            late = _overdue_words(card.next_due, self._board.on)
            away = mark_sentence(card.taken_along) if card.taken_along is not None else ""
            return (f"{shown_name(card, initials)}, {card.reference}"
                    + (f", {late}" if late else "") + (f", {away}" if away else ""))
        return None

    def card_at(self, row: int) -> Card:
        return self._cards[row]

    def key_at(self, row: int) -> tuple[str, str]:
        return self._keys[row]

    def row_of(self, case_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == case_id), -1)

    def cards(self) -> list[Card]:
        return list(self._cards)

    # --- changing (only BoardModel calls these) -------------------------------

    def _reset(self, cards: list[Card]) -> None:
        self.beginResetModel()
        self._cards = cards
        self._keys = [search_key(c) for c in cards]
        self.endResetModel()

    def _insert(self, card: Card) -> None:
        row = bisect_right(self._cards, card.reference, key=_reference)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._keys.insert(row, search_key(card))
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
        del self._keys[row]
        self.endRemoveRows()

    def _replace(self, row: int, card: Card) -> None:
        self._cards[row] = card
        self._keys[row] = search_key(card)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _all_changed(self) -> None:
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    # --- drag and drop ---------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CASE_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [str(self._cards[i.row()].id) for i in indexes if i.isValid()]
        if ids:
            mime.setData(CASE_MIME, QByteArray(ids[0].encode("ascii")))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        case_id = case_id_from_mime(data)
        if case_id is None:
            return False
        return self._board.stage_of(case_id) not in (None, self.stage)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """A card dropped on this column: ask for the move; the card moves once it is stored.

        Returns False so the view never removes the dragged row itself: if the
        rules refuse the move, the card stays where it was.
        """
        case_id = case_id_from_mime(data)
        if case_id is None or action == Qt.DropAction.IgnoreAction:
            return False
        source = self._board.stage_of(case_id)
        if source is None or source == self.stage:
            return False
        self._board.moveRequested.emit(case_id, int(self.stage))
        return False


def case_id_from_mime(data: QMimeData | None) -> int | None:
    if data is None or not data.hasFormat(CASE_MIME):
        return None
    try:
        return int(bytes(data.data(CASE_MIME).data()).decode("ascii"))
    except ValueError:
        return None


class CardFilterProxy(QIdentityProxyModel):
    """One column's cards that match the board's CardQuery: the rows its view shows.

    Not a QSortFilterProxyModel: that one asks filterAcceptsRow, a Python call,
    for every card on every keystroke. Here a query is matched against the whole
    column in one pass (matching_rows over keys worked out once per card), and
    the view is told the result at once. Typing on ("sjö" after "sj") only looks
    again at the cards that matched before.

    The rows themselves live in a QStringListModel of empty strings, so that
    Qt counts and indexes them in C++: a view lays out every row of its model,
    and a row count answered in Python would cost two calls per card. Only
    data(), for the cards on screen, comes here. Like the proxy it replaces
    (without dynamic filtering), a card added to the column is filtered and a
    card changed in place keeps its row until the query changes. A new query
    resets the rows (CardListView keeps the current card across it).
    """

    def __init__(self, source: StageModel, parent: QObject | None = None):
        super().__init__(parent)
        self._query = CardQuery()
        self._source = source
        self._rows: list[int] = list(range(source.rowCount()))  # source rows shown, ascending
        self._next: list[int] = self._rows
        self._shown = QStringListModel(self)
        # Connected before setSourceModel, so it runs before this model passes the reset on.
        self._shown.modelReset.connect(self._take_next)
        self._shown.setStringList([""] * len(self._rows))
        self.setSourceModel(self._shown)
        source.modelReset.connect(self._refilter)
        source.rowsInserted.connect(self._source_inserted)
        source.rowsAboutToBeRemoved.connect(self._source_about_to_remove)
        source.rowsRemoved.connect(self._source_removed)
        source.dataChanged.connect(self._source_changed)
        source.layoutChanged.connect(self._refilter)

    @property
    def stage_model(self) -> StageModel:
        return self._source

    @property
    def query(self) -> CardQuery:
        return self._query

    def _match(self, rows: Iterable[int] | None = None) -> list[int]:
        source = self._source
        if self._query.is_empty:
            return list(range(source.rowCount())) if rows is None else list(rows)
        return matching_rows(self._query, source._cards, source._keys, rows)

    def set_query(self, query: CardQuery) -> None:
        if query == self._query:
            return
        before, self._query = self._query, query
        self._show(self._match(self._rows if narrows(query, before) else None))

    def _refilter(self, *_args: object) -> None:
        self._rows = self._next = []  # the column's rows are gone or moved: none is kept
        self._show(self._match(), always=True)

    def _show(self, rows: list[int], always: bool = False) -> None:
        if rows == self._rows and not always:
            return
        self._next = rows
        self._shown.setStringList([""] * len(rows))  # a reset: _take_next, then the view

    def _take_next(self) -> None:
        self._rows = self._next

    # --- following the column's own changes ---------------------------------------------

    def _source_inserted(self, _parent: _Index, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._rows, first)
        self._rows[at:] = [r + count for r in self._rows[at:]]
        added = self._match(range(first, last + 1))
        if added:
            self._rows[at:at] = added  # before the rows exist: the view reads them after
            self._shown.insertRows(at, len(added))

    def _source_about_to_remove(self, _parent: _Index, first: int, last: int) -> None:
        low, high = bisect_left(self._rows, first), bisect_right(self._rows, last)
        if high > low:
            self._shown.removeRows(low, high - low)
            del self._rows[low:high]

    def _source_removed(self, _parent: _Index, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._rows, first)
        self._rows[at:] = [r - count for r in self._rows[at:]]

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        low = bisect_left(self._rows, top.row())
        high = bisect_right(self._rows, bottom.row())
        if high > low:
            self.dataChanged.emit(self.index(low, 0), self.index(high - 1, 0), roles)

    # --- reading, through the column ----------------------------------------------------

    def source_row(self, row: int) -> int:
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        """The row showing case `case_id`, or -1 if it is filtered out or not in this column."""
        source_row = self._source.row_of(case_id)
        row = bisect_left(self._rows, source_row)
        shown = source_row >= 0 and row < len(self._rows) and self._rows[row] == source_row
        return row if shown else -1

    def _to_source(self, index: _Index) -> QModelIndex:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()], 0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        source = self._to_source(index)
        return self._source.data(source, role) if source.isValid() else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._source.flags(self._to_source(index))

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return self._source.supportedDropActions()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return self._source.supportedDragActions()

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return self._source.mimeTypes()

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:  # noqa: N802
        return self._source.mimeData([self._to_source(i) for i in indexes if i.isValid()])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return self._source.canDropMimeData(data, action, -1, column, QModelIndex())

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return self._source.dropMimeData(data, action, -1, column, QModelIndex())


class BoardModel(QObject):
    """All cards of the board, split by stage; the one place that changes them."""

    moveRequested = Signal(int, int)  # case id, target stage (as int)
    loaded = Signal()
    showInitialsChanged = Signal(bool)
    todayChanged = Signal()  # the Today items changed (a load, or one case's update)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stages = {stage: StageModel(self, stage) for stage in Stage}
        self._stage_of: dict[int, Stage] = {}
        self._show_initials = False
        self.on: date | None = None
        self.coordinators: list[str] = []
        self.organisations: list[str] = []
        self.today: list[DueItem] = []  # in due_order, as the snapshot sorts it
        self.today_overdue = 0
        self._today_of: dict[int | None, list[DueItem]] = {}

    def stage_model(self, stage: Stage) -> StageModel:
        return self._stages[stage]

    @property
    def show_initials(self) -> bool:
        return self._show_initials

    def set_show_initials(self, on: bool) -> None:
        if on == self._show_initials:
            return
        self._show_initials = on
        for model in self._stages.values():
            model._all_changed()
        self.showInitialsChanged.emit(on)

    def set_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.on = snapshot.on
        self.coordinators = list(snapshot.coordinators)
        self.organisations = list(snapshot.organisations)
        by_stage: dict[Stage, list[Card]] = {stage: [] for stage in Stage}
        for card in snapshot.cards:
            if not card.archived:
                by_stage[card.stage].append(card)
        self._stage_of = {c.id: c.stage for cards in by_stage.values() for c in cards}
        for stage, cards in by_stage.items():
            self._stages[stage]._reset(cards)
        self.today = list(snapshot.today)
        self._today_of = {}
        for item in self.today:
            self._today_of.setdefault(item.case_id, []).append(item)
        self.today_overdue = sum(1 for item in self.today if item.overdue)
        self.loaded.emit()
        self.todayChanged.emit()

    def update(self, update: CardUpdate) -> None:
        """One case as it is now: its card (moved, changed or gone) and its Today items."""
        self.put(update.card)
        case_id = update.card.id
        items = [] if update.card.archived else list(update.today)
        # The case's own items out and its new ones in, each found by bisection: sorting
        # the whole list again (50,000 items at 50,000 cases) took most of a move's time.
        for old in self._today_of.pop(case_id, []):
            key = due_order(old)
            low = bisect_left(self.today, key, key=due_order)
            high = bisect_right(self.today, key, key=due_order)
            # Among equal items, the case's own one.
            at = next((i for i in range(low, high) if self.today[i] is old), None)
            if at is None:  # never expected: then the slow way, never a wrong list
                self.today = [i for i in self.today if i is not old]
            else:
                del self.today[at]
            self.today_overdue -= old.overdue
        for item in items:
            insort(self.today, item, key=due_order)
            self.today_overdue += item.overdue
        if items:
            self._today_of[case_id] = items
        self.todayChanged.emit()

    def stage_of(self, case_id: int) -> Stage | None:
        return self._stage_of.get(case_id)

    def card(self, case_id: int) -> Card | None:
        stage = self._stage_of.get(case_id)
        if stage is None:
            return None
        model = self._stages[stage]
        row = model.row_of(case_id)
        return model.card_at(row) if row >= 0 else None

    def count(self, stage: Stage | None = None) -> int:
        if stage is None:
            return len(self._stage_of)
        return self._stages[stage].rowCount()

    def put(self, card: Card) -> None:
        """Show `card` as it is now: in place, moved to its new stage, or gone if archived."""
        old = self._stage_of.get(card.id)
        if old is not None:
            model = self._stages[old]
            row = model.row_of(card.id)
            if old == card.stage and not card.archived:
                model._replace(row, card)
                return
            model._remove(row)
            del self._stage_of[card.id]
        if card.archived:
            return
        self._stages[card.stage]._insert(card)
        self._stage_of[card.id] = card.stage


class TodayModel(QAbstractListModel):
    """Everything due or overdue across cases, most urgent first."""

    def __init__(self, board: BoardModel, parent: QObject | None = None):
        super().__init__(parent)
        self._board = board
        self._items: list[DueItem] = list(board.today)
        board.showInitialsChanged.connect(self._names_changed)
        self._overdue = board.today_overdue
        board.todayChanged.connect(lambda: self.set_items(board.today, board.today_overdue))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == DueItemRole:
            return item
        if role == CaseIdRole:
            return item.case_id
        card = self._board.card(item.case_id) if item.case_id is not None else None
        initials = self._board.show_initials
        if role == ShownNameRole:
            return shown_name(card, initials) if card else ""
        if role in (Qt.ItemDataRole.DisplayRole, DueTextRole):
            return shown_text(card, due_text(item), initials)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            late = _overdue_words(item, self._board.on)
            return (f"{item.case_reference}: {shown_text(card, due_text(item), initials)}"
                    + (f" ({late})" if late else ""))
        return None

    def items(self) -> list[DueItem]:
        return list(self._items)

    def set_items(self, items: list[DueItem], overdue: int | None = None) -> None:
        """The items to show, and how many are overdue (counted here when not given)."""
        self.beginResetModel()
        self._items = list(items)
        self._overdue = (overdue if overdue is not None
                         else sum(1 for item in self._items if item.overdue))
        self.endResetModel()

    def overdue_count(self) -> int:
        return self._overdue

    def _names_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
