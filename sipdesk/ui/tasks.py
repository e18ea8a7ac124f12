"""The one worker thread that owns the store, with results back on the GUI thread.

The store is one SQLCipher connection; one thread uses it, so there are no
locking puzzles (as Anki's taskman). Only sipdesk.ui.operations runs tasks
here; widgets ask operations. A task is a plain function that calls services
and returns plain data; it must never touch a widget. Its result or its
exception comes back to `on_done` / `on_error` on the GUI thread.

For tests, TaskManager(synchronous=True) runs each task at once on the calling
thread, so threaded code is deterministic (as picard's fake thread pool).
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Task:
    """What a queued task is: kept on the GUI thread only (see TaskManager)."""

    __slots__ = ("fn", "on_done", "on_error")

    def __init__(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None):
        self.fn, self.on_done, self.on_error = fn, on_done, on_error


class TaskManager(QObject):
    """Run `fn` on the store thread; call back on the GUI thread.

    `failed` carries exceptions of tasks that gave no on_error, so nothing is
    lost silently. `busyChanged` tells the window when to show that it works.

    The worker is handed only a task number. The function and its callbacks
    (which often hold widgets) stay in a table the GUI thread owns and are let
    go there, after the worker has dropped its own reference: if the worker
    held the last reference to a widget, Python would destroy the widget on
    the worker thread, which Qt does not allow ("Timers cannot be stopped from
    another thread", or a crash).
    """

    failed = Signal(object)
    busyChanged = Signal(bool)
    _finished = Signal(int, object, object)  # task number, result, exception

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self._synchronous = synchronous
        self._executor = (
            None
            if synchronous
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix="sipdesk-store")
        )
        self._pending = 0
        self._closed = False
        self._tasks: dict[int, _Task] = {}
        self._numbers = itertools.count(1)
        self._reads: set[Future[None]] = set()
        # Queued: the worker emits, this object (on the GUI thread) receives.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        droppable: bool = False,
    ) -> None:
        """Queue `fn`; a `droppable` task (a read) is dropped at shutdown, a write never."""
        if self._closed:
            log.debug("task ignored after shutdown: %r", fn)
            return
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        number = next(self._numbers)
        self._tasks[number] = _Task(fn, on_done, on_error)
        if self._executor is None:
            try:
                result = fn()
            except Exception as exc:  # handed to on_error, like the threaded path
                self._deliver(number, None, exc)
            else:
                self._deliver(number, result, None)
            return
        future = self._executor.submit(self._work, number)
        if droppable:
            self._reads.add(future)
            future.add_done_callback(self._reads.discard)

    def _work(self, number: int) -> None:
        # On the store thread: no widgets here, and no last reference to one.
        fn = self._tasks[number].fn
        result: Any = None
        error: BaseException | None = None
        try:
            result = fn()
        except Exception as exc:
            error = exc
            # The traceback's frames hold the task's locals (widgets among them):
            # cleared here, so the worker lets go of them now, not later.
            traceback.clear_frames(exc.__traceback__)
        del fn
        self._finished.emit(number, result, error)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, exc: BaseException | None) -> None:
        task = self._tasks.pop(number, None)
        if self._closed or task is None:
            return  # the window is going away (shutdown counted this task out already)
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if exc is not None:
            if task.on_error is not None:
                task.on_error(exc)
            else:
                log.error("task failed: %s", type(exc).__name__)
                self.failed.emit(exc)
        elif task.on_done is not None:
            task.on_done(result)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking tasks, drop pending reads, and finish every queued write.

        Call before the workspace is closed, so no task uses a closed store and
        nothing typed before closing is lost.
        """
        if self._closed:
            return
        self._closed = True
        for future in list(self._reads):
            future.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=wait)
        # Nothing is delivered after shutdown: a read that was in flight (or whose
        # answer is still queued) must not leave the manager busy for ever.
        if self._pending:
            self._pending = 0
            self.busyChanged.emit(False)
        self._tasks.clear()
