"""The one way from a widget to the services (Anki's CollectionOp and QueryOp are the model).

A widget never holds the workspace. It asks Operations for a read or a write
with a function of the workspace; the function runs on the one store worker
thread; its result, or a Failure in Swedish, comes back on the GUI thread to
the callbacks, as long as the widget that asked (`owner`) still exists.

Every write is recorded: the rows it touched become a Changes value (which
cases, which parts), and Operations.changed carries it to every surface,
which decides for itself whether to read again. No surface is wired to
another, so none can be forgotten.

    ops.read(self, lambda ws: ws.views.case(case_id), self._show)
    ops.write(self, lambda ws: ws.cases.update(case_id, question=text),
              done=self._stored, failed=self._refused)

On a team server a colleague's change is heard too (services/live_changes.py:
LISTEN/NOTIFY in a thread of its own) and comes out of the same `changed`
signal, on the GUI thread, so a board card or an open record refreshes live.
A plan section written by a colleague since it was read ends the write in
EditConflict (services/conflicts.py), which widgets catch from here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from sipdesk.domain.changes import Changes
from sipdesk.services import live_changes
from sipdesk.services.conflicts import EditConflict
from sipdesk.services.failures import Failure, describe
from sipdesk.services.undo import UndoStep
from sipdesk.ui.tasks import TaskManager

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

__all__ = ["Changes", "EditConflict", "Failure", "Operations", "UndoStep"]

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[T], None]
Failed = Callable[[Failure], None]
# What to undo is often known only from the write's result (the id of what was added).
UndoOf = UndoStep | Callable[[Any], UndoStep | None]


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class Operations(QObject):
    """Reads and writes on the store worker; `changed` after every write that changed something.

    `failed` carries a write's Failure when its owner gave no `failed`
    callback or is gone, so a failed save is never silent: the window shows it.
    `synchronous=True` runs everything at once on the calling thread (tests).
    `live` (default: on a server workspace) hears colleagues' changes.
    """

    changed = Signal(object)  # Changes
    failed = Signal(object)  # Failure
    busyChanged = Signal(bool)
    _heard = Signal(object)  # Changes, emitted on the listener's thread

    def __init__(self, ws: Workspace, parent: QObject | None = None, *,
                 synchronous: bool = False, live: bool | None = None):
        super().__init__(parent)
        self._ws = ws
        self._tasks = TaskManager(self, synchronous=synchronous)
        self._tasks.busyChanged.connect(self.busyChanged)
        self._tasks.failed.connect(lambda exc: self.failed.emit(describe(exc)))
        # Queued: the listener's thread only posts; the GUI thread emits `changed`.
        self._heard.connect(self.announce, Qt.ConnectionType.QueuedConnection)
        self._listener = live_changes.listen(ws, self._heard.emit) \
            if live is not False else None

    # --- asking --------------------------------------------------------------------

    def read(self, owner: QObject | None, fn: Callable[[Workspace], T],
             done: Done[T] | None = None, failed: Failed | None = None) -> None:
        """Run `fn(ws)` on the worker and hand its result to `done` on the GUI thread."""
        ws = self._ws

        def on_done(result: T) -> None:
            if done is not None and _alive(owner):
                done(result)

        def on_error(exc: BaseException) -> None:
            self._fail(owner, describe(exc), failed)

        self._tasks.run(lambda: fn(ws), on_done, on_error, droppable=True)

    def write(self, owner: QObject | None, fn: Callable[[Workspace], T],
              done: Done[T] | None = None, failed: Failed | None = None, *,
              undo: UndoOf | None = None) -> None:
        """Run `fn(ws)` as a write: its result to `done`, then its Changes to everyone.

        `undo`, if given, is stored in the workspace's undo history once the
        write has succeeded (a callable gets the write's result first).
        """
        ws = self._ws

        def work() -> tuple[T, Changes]:
            result, changes = ws.changes_of(fn)
            step = undo(result) if callable(undo) else undo
            if step is not None:
                ws.undo.push(step)
            return result, changes

        def on_done(outcome: tuple[T, Changes]) -> None:
            result, changes = outcome
            if done is not None and _alive(owner):
                done(result)
            if not changes.empty:
                self.changed.emit(changes.with_origin(owner))

        def on_error(exc: BaseException) -> None:
            self._fail(owner, describe(exc), failed)

        self._tasks.run(work, on_done, on_error)

    def undo(self, owner: QObject | None, case_id: int,
             done: Done[str] | None = None, failed: Failed | None = None) -> None:
        """Undo the case's last change (through the services); `done` gets its label."""
        self.write(owner, lambda ws: ws.undo.undo(ws, case_id), done, failed)

    def redo(self, owner: QObject | None, case_id: int,
             done: Done[str] | None = None, failed: Failed | None = None) -> None:
        self.write(owner, lambda ws: ws.undo.redo(ws, case_id), done, failed)

    def end_typing(self, case_id: int, key: str) -> None:
        """A burst of typing in `key` ended: the next change there is its own undo step."""
        self._tasks.run(lambda: self._ws.undo.close(case_id, key), droppable=True)

    def announce(self, changes: Changes) -> None:
        """Tell every surface about changes made outside a write (a restore, an unlock)."""
        if not changes.empty:
            self.changed.emit(changes)

    # --- facts that need no store ----------------------------------------------------

    def today(self) -> date:
        """The workspace's day (a clock, not a read): what date fields start from."""
        return self._ws.today()

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    @property
    def synchronous(self) -> bool:
        return self._tasks.synchronous

    @property
    def live(self) -> bool:
        """Are colleagues' changes heard (a server workspace)?"""
        return self._listener is not None

    def shutdown(self) -> None:
        """Stop hearing colleagues, finish every queued write, drop queued reads, stop."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._tasks.shutdown(wait=True)

    # --- failing ---------------------------------------------------------------------

    def _fail(self, owner: QObject | None, failure: Failure, failed: Failed | None) -> None:
        if failed is not None and _alive(owner):
            failed(failure)
            if failure.refused:
                return
        # A fault (not a rule) is also shown by the window, so it is never missed.
        self.failed.emit(failure)
