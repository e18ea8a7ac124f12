"""Autosave for typed text: stored after a pause, and at least once a second while typing.

One Autosave per surface (the case record, the protocol editor). Each field
schedules its latest write under a key; the write goes to the store worker
PAUSE_MS after the last keystroke, or MAX_WAIT_MS after the first unsaved
one, whichever comes first, so a person who types without pausing is still
saved within a second. flush() sends everything pending at once (focus
leaving a field, closing a window, locking).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sipdesk.ui.operations import Failure, Operations, UndoStep

PAUSE_MS = 400
MAX_WAIT_MS = 750  # plus the write itself: well within a second of the keystroke

Write = Callable[[Any], Any]  # a function of the workspace


@dataclass
class _Pending:
    write: Write
    done: Callable[[Any], None] | None
    failed: Callable[[Failure], None] | None
    undo: UndoStep | Callable[[Any], UndoStep | None] | None


class Autosave(QObject):
    """Debounced writes with a maximum wait, through Operations.

    Signals: saving() when a write is queued, saved() when nothing is pending
    or in flight any more, failed(Failure) when a write was refused or failed.
    """

    saving = Signal()
    saved = Signal()
    failed = Signal(object)

    def __init__(self, ops: Operations, owner: QObject, *, pause_ms: int = PAUSE_MS,
                 max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(owner)
        self._ops = ops
        self._owner = owner
        self._pause_ms = pause_ms
        self._max_wait_ms = max_wait_ms
        self._pending: dict[str, _Pending] = {}
        self._pause: dict[str, QTimer] = {}
        self._deadline: dict[str, QTimer] = {}
        self._in_flight = 0

    def schedule(self, key: str, write: Write, *, done: Callable[[Any], None] | None = None,
                 failed: Callable[[Failure], None] | None = None,
                 undo: UndoStep | Callable[[Any], UndoStep | None] | None = None) -> None:
        """Store `write` soon; a later schedule under the same key replaces it."""
        self._pending[key] = _Pending(write, done, failed, undo)
        self._timer(self._pause, key, self._pause_ms).start()
        deadline = self._timer(self._deadline, key, self._max_wait_ms)
        if not deadline.isActive():  # not restarted by typing: that is the point
            deadline.start()

    def now(self, key: str, write: Write, *, done: Callable[[Any], None] | None = None,
            failed: Callable[[Failure], None] | None = None,
            undo: UndoStep | Callable[[Any], UndoStep | None] | None = None) -> None:
        """Store `write` at once (a choice in a list, a button), after what is pending."""
        self.schedule(key, write, done=done, failed=failed, undo=undo)
        self.flush(key)

    def flush(self, key: str | None = None) -> None:
        """Send what is pending (under `key`, or everything) to the store now."""
        for k in [key] if key is not None else list(self._pending):
            self._send(k)

    def drop(self, prefix: str) -> None:
        """Forget pending writes whose key starts with `prefix` (a row that was removed)."""
        for key in [k for k in self._pending if k.startswith(prefix)]:
            self._stop(key)
            del self._pending[key]

    def pending(self, key: str) -> bool:
        return key in self._pending

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._in_flight > 0

    # --- inside ---------------------------------------------------------------------

    def _timer(self, timers: dict[str, QTimer], key: str, interval: int) -> QTimer:
        timer = timers.get(key)
        if timer is None:
            timer = QTimer(self, singleShot=True, interval=interval)
            timer.timeout.connect(lambda k=key: self._send(k))
            timers[key] = timer
        return timer

    def _stop(self, key: str) -> None:
        for timers in (self._pause, self._deadline):
            timer = timers.get(key)
            if timer is not None:
                timer.stop()

    def _send(self, key: str) -> None:
        self._stop(key)
        pending = self._pending.pop(key, None)
        if pending is None:
            return
        self._in_flight += 1
        self.saving.emit()

        def done(result: Any) -> None:
            self._in_flight -= 1
            if pending.done is not None:
                pending.done(result)
            self._maybe_saved()

        def failed(failure: Failure) -> None:
            self._in_flight -= 1
            if pending.failed is not None:
                pending.failed(failure)
            self.failed.emit(failure)

        self._ops.write(self._owner, pending.write, done, failed, undo=pending.undo)

    def _maybe_saved(self) -> None:
        if not self.has_unsaved:
            self.saved.emit()
