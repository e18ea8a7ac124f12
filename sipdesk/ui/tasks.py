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

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskManager(QObject):
    """Run `fn` on the store thread; call back on the GUI thread.

    `failed` carries exceptions of tasks that gave no on_error, so nothing is
    lost silently. `busyChanged` tells the window when to show that it works.
    """

    failed = Signal(object)
    busyChanged = Signal(bool)
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, exception

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
        if self._executor is None:
            try:
                result = fn()
            except Exception as exc:  # handed to on_error, like the threaded path
                self._deliver(on_done, on_error, None, exc)
            else:
                self._deliver(on_done, on_error, result, None)
            return
        future = self._executor.submit(self._work, fn, on_done, on_error)
        if droppable:
            self._reads.add(future)
            future.add_done_callback(self._reads.discard)

    def _work(self, fn, on_done, on_error) -> None:
        # On the store thread: no widgets here.
        try:
            result = fn()
        except Exception as exc:
            self._finished.emit(on_done, on_error, None, exc)
        else:
            self._finished.emit(on_done, on_error, result, None)

    @Slot(object, object, object, object)
    def _deliver(self, on_done, on_error, result, exc) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if self._closed:
            return  # the window is going away; its widgets may already be gone
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                log.error("task failed", exc_info=exc)
                self.failed.emit(exc)
        elif on_done is not None:
            on_done(result)

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
