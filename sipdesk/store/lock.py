"""One sipdesk process per store: an OS file lock on DATA/sipdesk.lock.

SQLite would let two processes share the file, but two sipdesk windows on one
store would autosave over each other's view of it, so the second one is told
to close the first instead. The OS releases the lock if the process dies, so a
crash never leaves a store "in use".
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import filelock

from sipdesk.store.errors import StoreError, StoreInUse

LOCK_NAME = "sipdesk.lock"


class StoreLock:
    """The store's lock; acquire() raises StoreInUse at once if it is held."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        # thread_local=False: the GUI may open on one thread and close on
        # another. timeout=0: never wait, tell the user instead.
        self._lock = filelock.FileLock(self.path, timeout=0, thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> StoreLock:
        if self._lock.is_locked:
            return self
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise StoreInUse() from None
        except OSError as exc:
            raise StoreError(
                f"Arkivets låsfil {self.path} kunde inte skapas ({exc.strerror})."
            ) from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
