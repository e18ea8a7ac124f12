"""Undo and redo beside the services, per case, so they outlive the window that made them.

A step is stored after its write succeeded: what to call to undo it and to
do it again, both through the services, so undo changes the store and every
surface learns of it through the usual change announcement. Typing in one
field is one step while it goes on (`key` and `open`), as in a text editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sipdesk.domain.errors import DomainError
from sipdesk.domain.views import UndoState

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

UNDO_LIMIT = 200


@dataclass
class UndoStep:
    """One change of one case that can be undone: `label` is Swedish ("Ändra frågeställning")."""

    label: str
    case_id: int
    undo: Callable[[Workspace], object]
    redo: Callable[[Workspace], object]
    key: str | None = None  # steps with the same key merge while `open`
    open: bool = False


class NothingToUndo(DomainError):
    def __init__(self, what: str = "ångra"):
        super().__init__(f"Det finns inget att {what} i ärendet.")


class UndoHistory:
    def __init__(self) -> None:
        self._done: dict[int, list[UndoStep]] = {}
        self._undone: dict[int, list[UndoStep]] = {}

    def push(self, step: UndoStep) -> None:
        done = self._done.setdefault(step.case_id, [])
        self._undone.pop(step.case_id, None)
        top = done[-1] if done else None
        if top is not None and step.key is not None and top.key == step.key and top.open:
            # Same burst of typing: keep the first undo, take the latest redo.
            top.redo, top.open = step.redo, step.open
            return
        done.append(step)
        del done[:-UNDO_LIMIT]

    def close(self, case_id: int, key: str) -> None:
        """The burst of typing in `key` ended (the field lost focus)."""
        done = self._done.get(case_id)
        if done and done[-1].key == key:
            done[-1].open = False

    def undo(self, ws: Workspace, case_id: int) -> str:
        done = self._done.get(case_id)
        if not done:
            raise NothingToUndo()
        step = done.pop()
        try:
            step.undo(ws)
        except BaseException:
            done.append(step)
            raise
        step.open = False
        self._undone.setdefault(case_id, []).append(step)
        return step.label

    def redo(self, ws: Workspace, case_id: int) -> str:
        undone = self._undone.get(case_id)
        if not undone:
            raise NothingToUndo("göra om")
        step = undone.pop()
        try:
            step.redo(ws)
        except BaseException:
            undone.append(step)
            raise
        self._done.setdefault(case_id, []).append(step)
        return step.label

    def status(self, case_id: int) -> UndoState:
        done, undone = self._done.get(case_id, []), self._undone.get(case_id, [])
        return UndoState(
            bool(done), bool(undone),
            done[-1].label if done else "", undone[-1].label if undone else "",
        )

    def forget(self, case_id: int) -> None:
        """After something that cannot be undone step by step (a case deleted, a restore)."""
        self._done.pop(case_id, None)
        self._undone.pop(case_id, None)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
