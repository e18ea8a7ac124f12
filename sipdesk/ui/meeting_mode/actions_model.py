"""The actions of the plan as a table typed by keyboard alone: who does what, and when.

ActionsModel holds the rows of the plan being written (or, for review, the
rows of the previous plan); KeyboardTable moves on with Tab and Enter and
asks for a new row at the end, so a note-taker never needs the mouse.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sipdesk.domain.protocol import ActionRef, PlanAction, Protocol
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_meetings import enum_label, translate

Index = QModelIndex | QPersistentModelIndex

# The template's action columns, by the name of the PlanAction field they edit.
ACTION_FIELD = {"need": "need", "goal": "goal", "action": "action",
                "organisation": "organisation_id", "person": "person_name", "due": "due"}
# The review's own columns, translated when shown; the plan's action columns are the
# template's headings and stay as it writes them.
REVIEW_COLUMNS = [("goal", QT_TRANSLATE_NOOP("ActionsModel", "Mål")),
                  ("action", QT_TRANSLATE_NOOP("ActionsModel", "Insats")),
                  ("who", QT_TRANSLATE_NOOP("ActionsModel", "Ansvarig")),
                  ("review_status", QT_TRANSLATE_NOOP("ActionsModel", "Hur gick det?")),
                  ("review_comment", QT_TRANSLATE_NOOP("ActionsModel", "Kommentar")),
                  ("goal_status", QT_TRANSLATE_NOOP("ActionsModel", "Målet"))]
REVIEW_EDITABLE = ("review_status", "review_comment", "goal_status")

_serials = itertools.count(1)


class ActionRow:
    """One row: the action as shown, the reference its writes use, and a key for autosave."""

    __slots__ = ("action", "key", "ref")

    def __init__(self, action: PlanAction, ref: ActionRef):
        self.action = action
        self.ref = ref
        self.key = next(_serials)  # stable while the row lives, unlike its id before storing


class ActionsModel(QAbstractTableModel):
    """The plan's action rows (or, with review=True, the previous plan's rows for review)."""

    cellEdited = Signal(object, str, object)  # ActionRow, field, value

    def __init__(self, protocol: Protocol, *, review: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.review = review
        self._orgs = {o.id: o.name for o in protocol.organisations}
        self.columns: list[tuple[str, str]] = (
            list(REVIEW_COLUMNS) if review
            else [(ACTION_FIELD[k], title) for k, title in protocol.action_columns]
        )
        self.rows = self._rows_of(protocol)

    def _rows_of(self, protocol: Protocol) -> list[ActionRow]:
        actions = protocol.review_actions if self.review else protocol.new_actions
        return [ActionRow(a, ActionRef(a.id)) for a in actions]

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            title = self.columns[section][1]
            return translate("ActionsModel", title) if self.review else title
        return str(section + 1)

    def field(self, column: int) -> str:
        return self.columns[column][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()].action
        key = self.field(index.column())
        if role == Qt.ItemDataRole.EditRole:
            return getattr(a, key, None) if key != "who" else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._shown(a, key)
        return None

    def _shown(self, a: PlanAction, key: str) -> str:
        if key == "organisation_id":
            return self._orgs.get(a.organisation_id, "") if a.organisation_id else ""
        if key == "who":
            org = self._orgs.get(a.organisation_id, "") if a.organisation_id else ""
            return ", ".join(x for x in (a.person_name, org) if x)
        if key == "review_status":
            return enum_label(a.review_status) if a.review_status else ""
        if key == "goal_status":
            return enum_label(a.goal_status) if a.goal_status else "–"
        return str(getattr(a, key))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.review and self.field(index.column()) not in REVIEW_EDITABLE:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self.rows[index.row()]
        key = self.field(index.column())
        if getattr(row.action, key) == value:
            return False
        row.action = dataclasses.replace(row.action, **{key: value})
        self.dataChanged.emit(index, index)
        self.cellEdited.emit(row, key, value)
        return True

    # --- rows -------------------------------------------------------------------------

    def add_row(self) -> ActionRow:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        row = ActionRow(PlanAction(id=None), ActionRef())
        self.rows.append(row)
        self.endInsertRows()
        return row

    def remove_row(self, position: int) -> ActionRow:
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self.rows.pop(position)
        self.endRemoveRows()
        return row

    def actions(self) -> list[PlanAction]:
        return [r.action for r in self.rows]

    def set_protocol(self, protocol: Protocol) -> None:
        """Show the rows as stored (after a change made elsewhere), and the organisations."""
        self.beginResetModel()
        self._orgs = {o.id: o.name for o in protocol.organisations}
        self.rows = self._rows_of(protocol)
        self.endResetModel()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (value, label) choices for one column."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QObject | None = None):
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for number, (_value, label) in enumerate(self.choices):
            combo.addItem(label, number)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        number = next((i for i, (v, _l) in enumerate(self.choices) if v == value), 0)
        editor.setCurrentIndex(number)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
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

    @property
    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def _at_end(self, index: Index) -> bool:
        return index.isValid() and index.column() == self.model().columnCount() - 1

    def _last_row(self, index: Index) -> bool:
        return index.row() == self.model().rowCount() - 1

    def closeEditor(self, editor: QWidget,  # noqa: N802
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        hints = QAbstractItemDelegate.EndEditHint
        if hint == hints.EditNextItem and self._at_end(index) and self._last_row(index):
            super().closeEditor(editor, hints.NoHint)
            self.rowAddRequested.emit()
            return
        # Enter in an editor that has the focus; focus moving away also submits.
        if hint == hints.SubmitModelCache and self.window().focusWidget() is editor \
                and index.isValid():
            super().closeEditor(editor, hints.NoHint)
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
        if not self.editing:
            self.edit(following)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.editing:
            self._enter_pressed(self.currentIndex())
            return
        super().keyPressEvent(event)
