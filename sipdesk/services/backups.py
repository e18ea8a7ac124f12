"""Backups as the coordinator uses them: made, thinned, mirrored, listed and restored.

The store is the only copy of every child's plan. A verified backup is made
when the program closes, every half hour while there are changes, and before
anything that cannot be undone (a restore, a migration, deleting a case).
Old copies are thinned by sipdesk.domain.backup_rotation. A second folder (a
USB stick, a network share) can receive each copy too.

A restore puts a backup in the store's place after backing up the store as it
was. When the store cannot be opened at all (a new computer, a damaged file),
restore_in_folder() puts the backup and its header in place and opens it with
the recovery key or the passphrase, which proves the key before it counts.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sipdesk.domain.backup_rotation import Rotation, to_keep
from sipdesk.domain.changes import Changes
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.views import BackupEntry, BackupsOverview
from sipdesk.store import backup, schema
from sipdesk.store import engine as store_engine
from sipdesk.store.backup import DB_NAME, HEADER_FORMAT, HEADER_NAME, BackupFailed, BackupInfo
from sipdesk.store.errors import StoreError
from sipdesk.store.lock import StoreLock
from sipdesk.store.models import CaseRow, Setting

if TYPE_CHECKING:
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

MIRROR_KEY = "backup_mirror_dir"
# The window warns when the newest verified backup is older than this.
STALE_AFTER = timedelta(days=2)
# How many of the newest backups `check` tries before it gives up finding a good one.
CHECK_AT_MOST = 5

REASONS = {
    "close": "när programmet stängdes",
    "timer": "automatiskt under arbetet",
    "manual": "på begäran",
    "before_restore": "före en återställning",
    "before_delete": "före en gallring",
    "before_rekey": "före byte av nyckel",
}


def reason_text(reason: str) -> str:
    return REASONS.get(reason, reason)


def restore_hint(data_dir: Path) -> str:
    """The newest verified backup of the store in `data_dir` and how to put it back."""
    return backup.restore_hint(data_dir)


@dataclass(frozen=True)
class Restored:
    """What a restore did: which backup is now the store, and where the old store went."""

    backup: BackupInfo
    safety: BackupInfo | None  # the replaced store, backed up first
    set_aside: Path | None  # or, when it was too damaged to back up, where its file was moved
    cases: int
    changes: Changes


class BackupService:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self.rotation = Rotation()
        # Why the newest backup did not reach the second folder ("" when it did).
        self.mirror_problem = ""

    # --- making ----------------------------------------------------------------------

    def make(self, reason: str = "manual") -> BackupInfo:
        """A verified, encrypted copy of the store now; thinned, and mirrored if set up.

        Call it outside a transaction: the copy is made on the store's own
        connection, which SQLite refuses to attach a file to mid-transaction.
        """
        ws = self._ws
        if ws.on_server:
            raise ValidationError("Ärendena finns på teamservern, som kommunens IT-avdelning "
                                  "säkerhetskopierar. Datorn gör inga egna kopior av den.",
                                  field="backup")
        now = datetime.now().replace(microsecond=0)
        info = backup.make_backup(
            ws.store.engine, ws.data_dir, now=now, reason=reason,
            header=self._header(), schema=schema.current_revision(ws.store.engine) or "",
        )
        self.thin(now)
        self.mirror_problem = ""
        mirror = self.mirror_dir()
        if mirror is not None:
            try:
                backup.mirror(info, mirror)
            except StoreError as exc:
                # The copy in the data folder is made and verified; a missing USB
                # stick must not make the whole backup count as failed. It is told.
                self.mirror_problem = exc.message
                log.warning("backup could not be mirrored")
        return info

    def make_auto(self, reason: str) -> BackupInfo | None:
        """An automatic backup (the timer, closing): None when there is nothing to make.

        A demo store's key dies with the program, so a copy of it could never
        be opened; a locked store has no key until it is unlocked (the next
        automatic backup catches up).
        """
        store = self._ws.store
        if store.key_source == "memory" or getattr(store, "sealed", False):
            return None
        if self._ws.on_server:  # the server's own backups (pg_dump, archiving) keep it
            return None
        return self.make(reason)

    def _header(self) -> dict[str, Any]:
        """store.json as it is: what the key of this backup needs on another computer."""
        try:
            data = json.loads((self._ws.data_dir / HEADER_NAME).read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("store_id") == self._ws.store.store_id:
                return dict(data)
        except (OSError, ValueError):
            pass
        # Without store.json (a store opened by its recovery key alone) the backup
        # still opens with the recovery key; a passphrase needs the scrypt salt,
        # which only store.json holds.
        return {
            "format": HEADER_FORMAT,
            "store_id": self._ws.store.store_id,
            "key_source": self._ws.store.key_source,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    def thin(self, now: datetime | None = None) -> list[BackupInfo]:
        now = now or datetime.now()
        infos = backup.list_backups(self._ws.data_dir)
        keep = to_keep([i.made_at for i in infos], now, self.rotation)
        return backup.thin(self._ws.data_dir, keep)

    # --- reading ---------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        return backup.list_backups(self._ws.data_dir)

    def last_verified(self) -> BackupInfo | None:
        return next((i for i in self.list() if i.verified), None)

    def is_stale(self, now: datetime | None = None) -> bool:
        last = self.last_verified()
        return last is None or (now or datetime.now()) - last.made_at > STALE_AFTER

    def overview(self, now: datetime | None = None) -> BackupsOverview:
        """What the window shows: every backup, where they go, and whether they are old."""
        infos = self.list()
        mirror = self.mirror_dir()
        return BackupsOverview(
            entries=tuple(
                BackupEntry(name=i.name, made_at=i.made_at, reason=reason_text(i.reason),
                            cases=i.cases, verified=i.verified)
                for i in infos
            ),
            folder=str(backup.backups_dir(self._ws.data_dir)),
            mirror=str(mirror) if mirror is not None else "",
            stale=self.is_stale(now),
            mirror_problem=self.mirror_problem,
            demo=self._ws.store.key_source == "memory",
            on_server=self._ws.on_server,
        )

    def find(self, name: str) -> BackupInfo:
        """A backup by name, or by the path of its file (in the second folder, say)."""
        found = backup.resolve(self._ws.data_dir, name)
        if found is None:
            raise _no_such_backup(name)
        return found

    def newest_good(
        self, limit: int = CHECK_AT_MOST
    ) -> tuple[BackupInfo | None, tuple[str, ...]]:
        """The newest backup that passes the integrity check now, and what failed on the way.

        A backup verified when it was made can have been damaged since (it lies
        on the same disk as the store), so `check` opens it again.
        """
        skipped: builtins.list[str] = []
        for info in [i for i in self.list() if i.verified][:limit]:
            problems, cases = backup.verify_file(self._ws.store.engine, info.path)
            if not problems and cases == info.cases:
                return info, tuple(skipped)
            skipped.append(info.name)
        return None, tuple(skipped)

    # --- the second folder ------------------------------------------------------------

    def mirror_dir(self) -> Path | None:
        with self._ws.reading() as s:
            row = s.get(Setting, MIRROR_KEY)
            text = json.loads(row.value) if row else ""
        return Path(text) if text else None

    def set_mirror_dir(self, folder: Path | None) -> None:
        if folder is not None and not Path(folder).is_dir():
            raise ValidationError(f"Mappen {folder} finns inte.", field="folder")
        with self._ws.transaction() as s:
            s.merge(Setting(key=MIRROR_KEY, value=json.dumps(str(folder) if folder else "")))

    # --- restoring -------------------------------------------------------------------

    def restore(self, name: str) -> Changes:
        """Put a backup in the store's place; the store as it was is backed up first.

        Every surface must read again: the returned Changes say so.
        """
        return self.restore_report(name).changes

    def restore_report(self, name: str) -> Restored:
        """restore(), telling which backup now is the store and where the old one went.

        The backup must be of this store and open with its key now (a backup
        made before the key was changed does not: it is refused, and nothing
        changes). After the file is replaced the store is opened again through
        the same engine and its schema brought up to date; if that fails, the
        store as it was goes back.
        """
        ws = self._ws
        chosen = self.find(name)
        if chosen.store_id and chosen.store_id != ws.store.store_id:
            raise ValidationError(
                "Säkerhetskopian kommer från ett annat arkiv och kan inte läggas tillbaka här.",
                field="backup",
            )
        problems, _cases = backup.verify_file(ws.store.engine, chosen.path)
        if problems:
            raise ValidationError(
                f"Säkerhetskopian {chosen.name} går inte att öppna med arkivets nuvarande "
                "nyckel, eller så är den skadad. Är den gjord före ett byte av lösenfras "
                "eller nyckel, lägg tillbaka den med återställningsnyckeln från då "
                "(i en tom mapp: sipdesk --data-dir MAPP restore SÖKVÄG). Ingenting har ändrats.",
                field="backup",
            )
        safety: BackupInfo | None
        try:
            safety = self.make("before_restore")
        except BackupFailed:
            # A damaged store cannot be copied (the copy would not verify): its
            # file is moved aside instead, kept as it is. Any other failure stops here.
            if store_engine.check_integrity(ws.store.engine).ok:
                raise
            safety = None
        engine = ws.store.engine
        engine.dispose()  # closes the one connection; the next use opens the new file
        set_aside = None
        if safety is None:
            set_aside = backup.set_aside(ws.db_path, datetime.now().replace(microsecond=0))
        backup.put_in_place(chosen.path, ws.db_path)
        try:
            schema.prepare_schema(engine, False, ws.db_path)
        except Exception:
            engine.dispose()
            if safety is not None:
                backup.put_in_place(safety.path, ws.db_path)
            elif set_aside is not None:
                backup.put_back(set_aside, ws.db_path)
            raise
        ws.undo.clear()
        with ws.reading() as s:
            cases = int(s.scalar(select(func.count()).select_from(CaseRow)) or 0)
        return Restored(chosen, safety, set_aside, cases, Changes.all())


def _no_such_backup(name: str) -> ValidationError:
    text = str(name).strip()
    path = Path(text)
    if path.suffix == ".db" and path.is_file():
        return ValidationError(
            f"Beskrivningen {path.with_suffix('.json').name} saknas bredvid {path.name}; "
            "utan den kan säkerhetskopian inte läggas tillbaka.", field="backup")
    return ValidationError(f"Det finns ingen säkerhetskopia som heter ”{path.stem or text}”.",
                           field="backup")


def restore_in_folder(data_dir: Path, name: str, secrets: Secrets, *,
                      damaged: bool = False) -> Restored:
    """Restore where the store cannot be opened: an empty folder, or a damaged store.

    On a new computer the folder holds no store: the backup and its header
    (from the backup's description) become the store. A damaged store file is
    moved aside (kept, named *.skadad-TIME) instead of being backed up, since
    it cannot be read. Then the store is opened with `secrets`, which proves
    the key (and puts a recovered key in the keychain); if that fails, the
    folder is left as it was.
    """
    from sipdesk.services.workspace import Workspace  # the workspace imports this module

    data_dir = Path(data_dir)
    chosen = backup.resolve(data_dir, name)
    if chosen is None:
        raise _no_such_backup(name)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(f"Mappen {data_dir} kunde inte skapas ({exc.strerror}).") from None
    db_path, header_path = data_dir / DB_NAME, data_dir / HEADER_NAME
    now = datetime.now().replace(microsecond=0)
    set_aside: Path | None = None
    old_header: Path | None = None
    with StoreLock(data_dir):
        if not damaged and (db_path.exists() or header_path.exists()):
            raise StoreError(
                f"Det finns redan ett arkiv i {data_dir}. Öppna det och lägg tillbaka "
                "säkerhetskopian därifrån, så säkerhetskopieras det först."
            )
        if damaged and db_path.exists():
            set_aside = backup.set_aside(db_path, now)
        if header_path.exists():
            old_header = header_path.with_name(f"{HEADER_NAME}{backup.DAMAGED_SUFFIX}"
                                               f"{now.strftime(backup.STAMP)}")
            os.replace(header_path, old_header)
        try:
            backup.place_as_store(chosen, data_dir)
        except BaseException:
            _undo_placing(data_dir, set_aside, old_header)
            raise
    try:
        with Workspace.open(data_dir, secrets) as ws:
            with ws.reading() as s:
                cases = int(s.scalar(select(func.count()).select_from(CaseRow)) or 0)
    except BaseException:
        with StoreLock(data_dir):
            _undo_placing(data_dir, set_aside, old_header)
        raise
    return Restored(chosen, None, set_aside, cases, Changes.all())


def _undo_placing(data_dir: Path, set_aside: Path | None, old_header: Path | None) -> None:
    backup.remove_placed(data_dir)
    if set_aside is not None:
        backup.put_back(set_aside, data_dir / DB_NAME)
    if old_header is not None:
        with contextlib.suppress(OSError):
            os.replace(old_header, data_dir / HEADER_NAME)
