"""The open store and the transaction boundary every use case goes through.

One Workspace owns one unlocked store. Use cases get a session only through
transaction(), which commits everything or nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from sipdesk.domain.changes import ChangeLog, Changes
from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.services.access_log import AccessLog
from sipdesk.services.backups import BackupService
from sipdesk.services.board import BoardService
from sipdesk.services.cases import CaseService
from sipdesk.services.demo import fill_demo_data
from sipdesk.services.directory import DirectoryService
from sipdesk.services.documents import DocumentService
from sipdesk.services.keys import KeyService, Unlocking
from sipdesk.services.meetings import MeetingService
from sipdesk.services.plans import PlanService
from sipdesk.services.protocol import ProtocolService
from sipdesk.services.retention import RetentionService
from sipdesk.services.server_connection import ServerConnection
from sipdesk.services.settings import SettingsService
from sipdesk.services.statistics import StatisticsService
from sipdesk.services.takealong import TakeAlongService
from sipdesk.services.undo import UndoHistory
from sipdesk.services.views import ViewService
from sipdesk.store import creation, opening, schema, server, server_credentials
from sipdesk.store.change_tracking import note_flush
from sipdesk.store.errors import StoreError
from sipdesk.store.lock import StoreLock
from sipdesk.store.opening import OpenStore, Secrets
from sipdesk.store.server_credentials import AskPassword

T = TypeVar("T")

DB_NAME = "sipdesk.db"
DEMO_PREFIX = "sipdesk-demo-"
DEMO_COORDINATOR = CoordinatorProfile(  # invented, like every name in the demo
    name="Karin Åkesson", title="SIP-samordnare", organisation="Norrby kommun",
    phone="010-123 45 67", email="sip.samordnare@norrby.example",
)


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


def _prepare(data_dir: Path) -> opening.PrepareSchema:
    """The schema step of opening a store: migrate it (copying it first), or refuse it."""
    return partial(schema.prepare_schema, db_path=Path(data_dir) / DB_NAME)


class Workspace:
    """One open store, its services, the clock, the undo history and the change log.

    A workspace is used by one thread at a time: in the window that is the one
    store worker (sipdesk.ui.operations), on the command line the main thread.
    There is no locking here because nothing shares it.
    """

    def __init__(
        self,
        store: OpenStore,
        clock: Callable[[], date] = date.today,
        now: Callable[[], datetime] | None = None,
    ):
        self.store = store
        self.clock = clock
        # History entries carry the workspace's day with the time of day, so a test
        # on a fixed day sees its history on that day.
        self._now = now or (lambda: datetime.combine(self.clock(), datetime.now().time()))
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", self._note_flush)
        self._temp_dir: Path | None = None
        self._session: Session | None = None
        self._writing = False
        self._log: ChangeLog | None = None
        # What each writing transaction changed, for hooks that write in the same
        # transaction before it commits (the access log).
        self._tx_log: ChangeLog | None = None
        self.before_commit: list[Callable[[Session, Changes], None]] = []
        self.undo = UndoHistory()
        self.settings = SettingsService(self)
        self.directory = DirectoryService(self)
        self.cases = CaseService(self)
        self.meetings = MeetingService(self)
        self.plans = PlanService(self)
        self.protocol = ProtocolService(self)
        self.board = BoardService(self)
        self.documents = DocumentService(self)
        self.views = ViewService(self)
        self.backups = BackupService(self)
        self.keys = KeyService(self)
        self.access = AccessLog(self)  # registers its before_commit hook
        self.retention = RetentionService(self)
        self.statistics = StatisticsService(self)
        self.takealong = TakeAlongService(self)
        self.server_connection = ServerConnection(self)

    # --- opening -----------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, secrets: Secrets, **kw: Any) -> Workspace:
        return cls(opening.open_store(Path(data_dir), secrets, _prepare(data_dir)), **kw)

    @classmethod
    def create(cls, data_dir: Path, secrets: Secrets, **kw: Any) -> Workspace:
        data_dir = Path(data_dir)
        return cls(opening.create_store(data_dir, secrets, _prepare(data_dir)), **kw)

    @classmethod
    def open_or_create(cls, data_dir: Path, secrets: Secrets, **kw: Any) -> Workspace:
        if opening.store_exists(Path(data_dir)):
            return cls.open(data_dir, secrets, **kw)
        return cls.create(data_dir, secrets, **kw)

    @classmethod
    def open_server(cls, url: str, data_dir: Path, *, create: bool = False,
                    ask_password: AskPassword | None = None, **kw: Any) -> Workspace:
        """The store on a PostgreSQL server (team mode); data_dir is this computer's folder.

        The login's password: the URL's, else the keychain's, else asked for with
        `ask_password` when the server wants one (see store.server_credentials).
        create=True makes the schema in an empty database.
        """
        return cls(server_credentials.open_with_password(
            url, Path(data_dir), ask=ask_password, create=create), **kw)

    @property
    def on_server(self) -> bool:
        return isinstance(self.store, server.ServerStore)

    @property
    def server_name(self) -> str | None:
        """host/database of the team server this workspace works on; None for a local store."""
        if isinstance(self.store, server.ServerStore):
            return server.short_name(self.store.url)
        return None

    @classmethod
    def demo(cls, cases: int = 40, seed: int = 2026, **kw: Any) -> Workspace:
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
        # A fictional coordinator, so that the demo's letters look as a real one's do
        # and the first-start question does not come up in a store that is thrown away.
        ws.settings.save_profile(DEMO_COORDINATOR)
        return ws

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return opening.store_exists(Path(data_dir))

    @staticmethod
    def clean_half_made(data_dir: Path) -> Path | None:
        """Clear what a cut-short creation left (ask the coordinator first); see
        sipdesk.store.creation. Returns the folder a possibly used file was moved to."""
        return creation.clean_half_made(Path(data_dir))

    # --- the lock ----------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.keys.locked

    def lock(self) -> str:
        """Close the store and drop its key until unlock(); returns the key source."""
        return self.keys.lock()

    def unlock(self, *, passphrase: str | None = None,
               recovery_key: str | None = None) -> Unlocking:
        return self.keys.unlock(passphrase=passphrase, recovery_key=recovery_key)

    def engine_changed(self) -> None:
        """The store has another engine (locked, unlocked, re-keyed): new sessions use it."""
        self._sessions.configure(bind=self.store.engine)

    def close(self) -> None:
        self.store.close()
        # SQLAlchemy keeps listeners of a sessionmaker's class for the life of the
        # process; left there, this bound method would keep the whole workspace alive.
        if event.contains(self._sessions, "after_flush", self._note_flush):
            event.remove(self._sessions, "after_flush", self._note_flush)
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All writes inside happen together, or none of them do.

        Inside another transaction it joins that one, so the outer transaction
        still decides for everything. Asked for inside a read, its writes are
        committed as one unit at its end.
        """
        outer = self._session
        if outer is not None:
            if self._writing:
                yield outer
                return
            try:
                yield outer
            except BaseException:
                outer.rollback()
                raise
            outer.commit()
            return
        with self._sessions() as session, session.begin(), self._opened(session, True):
            self._tx_log = ChangeLog()
            try:
                yield session
                session.flush()  # so that every change so far is in the log
                changes = self._tx_log.changes()
                if not changes.empty:
                    for hook in self.before_commit:
                        hook(session, changes)
                    session.flush()
            finally:
                self._tx_log = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; inside another session, that one."""
        outer = self._session
        if outer is not None:
            yield outer
            return
        with self._sessions() as session, self._opened(session, False):
            yield session

    @contextmanager
    def _opened(self, session: Session, writing: bool) -> Iterator[None]:
        self._session, self._writing = session, writing
        try:
            yield
        finally:
            self._session, self._writing = None, False

    # --- what changed ------------------------------------------------------

    @contextmanager
    def recording(self) -> Iterator[ChangeLog]:
        """Collect what every transaction inside changes (the operations module asks)."""
        outer, self._log = self._log, ChangeLog()
        try:
            yield self._log
        finally:
            if outer is not None:
                outer.add(self._log.changes())
            self._log = outer

    def changes_of(self, work: Callable[[Workspace], T]) -> tuple[T, Changes]:
        """Run `work` and return its result with the changes it made."""
        with self.recording() as log:
            result = work(self)
        return result, log.changes()

    def _note_flush(self, session: Session, _context: object) -> None:
        for log in (self._log, self._tx_log):
            if log is not None:
                note_flush(session, log)

    # --- facts -------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def db_path(self) -> Path:
        return self.store.data_dir / DB_NAME

    def today(self) -> date:
        return self.clock()

    def now(self) -> datetime:
        """The time of a history entry: the workspace's day, to the second."""
        return self._now().replace(microsecond=0)
