"""Undo commands whose undo and redo write to the store through the services.

An edit is stored first (so a value the services refuse never reaches the
stack) and then pushed with ``done=True``, so the stack does not write it a
second time. Undo and redo call the same write functions, so undoing changes
the store as well as the widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class EditCommand(QUndoCommand):
    """One field changed from `old` to `new`; `apply(value)` writes a value and shows it.

    While `open` (the user is still typing in the same field) later edits of the
    same field merge into this command, so one Ctrl+Z undoes one burst of typing.
    """

    def __init__(
        self,
        text: str,
        key: str,
        old: Any,
        new: Any,
        apply: Callable[[Any], None],
        *,
        open: bool = False,
        done: bool = True,
    ):
        super().__init__(text)
        self.key, self.old, self.new = key, old, new
        self.open = open
        self._apply = apply
        self._skip_redo = done

    def id(self) -> int:
        return _merge_id(self.key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.key != self.key or not self.open:
            return False
        self.new = other.new
        self.open = other.open
        self.setObsolete(self.new == self.old)
        return True

    def close(self) -> None:
        self.open = False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class ActionCommand(QUndoCommand):
    """A structural change (a guardian added, a consent recorded) with its opposite."""

    def __init__(
        self, text: str, do: Callable[[], None], undo: Callable[[], None], *, done: bool = True
    ):
        super().__init__(text)
        self._do, self._undo = do, undo
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()
