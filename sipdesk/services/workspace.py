"""The open store and the transaction boundary every use case goes through.

One Workspace owns one unlocked store. Use cases get a session only through
transaction(), which commits everything or nothing.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from sipdesk.services.board import BoardService
from sipdesk.services.cases import CaseService
from sipdesk.services.demo import fill_demo_data
from sipdesk.services.directory import DirectoryService
from sipdesk.services.documents import DocumentService
from sipdesk.services.meetings import MeetingService
from sipdesk.services.plans import PlanService
from sipdesk.services.settings import SettingsService
from sipdesk.store import opening, schema
from sipdesk.store.errors import StoreError
from sipdesk.store.lock import StoreLock
from sipdesk.store.opening import OpenStore, Secrets

DB_NAME = "sipdesk.db"
DEMO_PREFIX = "sipdesk-demo-"


def sweep_abandoned_demos(temp_root: Path | None = None) -> list[Path]:
    """Remove demo stores left by a demo that was killed; a running demo holds its lock.

    What is left behind is unreadable anyway (the key lived only in memory);
    this only keeps the temporary folder tidy.
    """
    removed = []
    for folder in Path(temp_root or tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        lock = StoreLock(folder)
        try:
            lock.acquire()
        except StoreError:
            continue  # a demo is running there
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            lock.release()
    return removed


def _prepare(data_dir: Path):
    """The schema step of opening a store: migrate it (copying it first), or refuse it."""
    return partial(schema.prepare_schema, db_path=Path(data_dir) / DB_NAME)


class Workspace:
    def __init__(self, store: OpenStore, clock: Callable[[], date] = date.today):
        self.store = store
        self.clock = clock
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        self._temp_dir: Path | None = None
        # One SQLCipher connection serves every thread; sessions take turns on it,
        # so a write on the GUI thread never lands inside the worker's read.
        self._connection_turn = threading.RLock()
        # The session open on this thread, if any. A second session would share the
        # one connection, and closing it would roll back the first one's work.
        self._open = threading.local()
        self.settings = SettingsService(self)
        self.directory = DirectoryService(self)
        self.cases = CaseService(self)
        self.meetings = MeetingService(self)
        self.plans = PlanService(self)
        self.board = BoardService(self)
        self.documents = DocumentService(self)

    # --- opening -----------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, secrets: Secrets, **kw) -> Workspace:
        return cls(opening.open_store(Path(data_dir), secrets, _prepare(data_dir)), **kw)

    @classmethod
    def create(cls, data_dir: Path, secrets: Secrets, **kw) -> Workspace:
        data_dir = Path(data_dir)
        return cls(opening.create_store(data_dir, secrets, _prepare(data_dir)), **kw)

    @classmethod
    def open_or_create(cls, data_dir: Path, secrets: Secrets, **kw) -> Workspace:
        if opening.store_exists(Path(data_dir)):
            return cls.open(data_dir, secrets, **kw)
        return cls.create(data_dir, secrets, **kw)

    @classmethod
    def demo(cls, cases: int = 40, seed: int = 2026, **kw) -> Workspace:
        """A throwaway store in a temporary folder, key only in memory, removed on close."""
        sweep_abandoned_demos()
        temp_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        try:
            store = opening.create_store(
                temp_dir, Secrets(), _prepare(temp_dir), ephemeral_key=True
            )
        except BaseException:
            shutil.rmtree(temp_dir, ignore_errors=True)
            raise
        ws = cls(store, **kw)
        ws._temp_dir = temp_dir
        fill_demo_data(ws, cases=cases, seed=seed)
        return ws

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return opening.store_exists(Path(data_dir))

    def close(self) -> None:
        self.store.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions ------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All writes inside happen together, or none of them do.

        Inside another transaction on this thread it joins that one, so the outer
        transaction still decides for everything.
        """
        with self._connection_turn:
            outer = getattr(self._open, "session", None)
            if outer is not None:
                if getattr(self._open, "writing", False):
                    yield outer
                    return
                # Writes asked for inside a read: commit them as one unit here.
                try:
                    yield outer
                except BaseException:
                    outer.rollback()
                    raise
                outer.commit()
                return
            with self._sessions() as session, session.begin(), self._opened(session, True):
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; inside another session on this thread, that one."""
        with self._connection_turn:
            outer = getattr(self._open, "session", None)
            if outer is not None:
                yield outer
                return
            with self._sessions() as session, self._opened(session, False):
                yield session

    @contextmanager
    def _opened(self, session: Session, writing: bool) -> Iterator[None]:
        self._open.session, self._open.writing = session, writing
        try:
            yield
        finally:
            self._open.session = None
            self._open.writing = False

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def db_path(self) -> Path:
        return self.store.data_dir / DB_NAME

    def today(self) -> date:
        return self.clock()
