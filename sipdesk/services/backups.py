"""Backups as the coordinator uses them: made, thinned, mirrored, listed and restored.

The store is the only copy of every child's plan. A verified backup is made
when the program closes, every half hour while there are changes, and before
anything that cannot be undone (a restore, a migration, deleting a case).
Old copies are thinned by sipdesk.domain.backup_rotation. A second folder (a
USB stick, a network share) can receive each copy too.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sipdesk.domain.backup_rotation import Rotation, to_keep
from sipdesk.domain.changes import Changes
from sipdesk.domain.errors import ValidationError
from sipdesk.store import backup, schema
from sipdesk.store.backup import BackupInfo
from sipdesk.store.errors import StoreError
from sipdesk.store.models import Setting

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

MIRROR_KEY = "backup_mirror_dir"
# The window warns when the newest verified backup is older than this.
STALE_AFTER = timedelta(days=2)

REASONS = {
    "close": "när programmet stängdes",
    "timer": "automatiskt under arbetet",
    "manual": "på begäran",
    "before_restore": "före en återställning",
    "before_delete": "före en gallring",
    "before_rekey": "före byte av nyckel",
}


class BackupService:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self.rotation = Rotation()

    # --- making ----------------------------------------------------------------------

    def make(self, reason: str = "manual") -> BackupInfo:
        """A verified, encrypted copy of the store now; thinned, and mirrored if set up."""
        ws = self._ws
        now = datetime.now().replace(microsecond=0)
        info = backup.make_backup(
            ws.store.engine, ws.data_dir, now=now, reason=reason,
            header=self._header(), schema=schema.current_revision(ws.store.engine) or "",
        )
        self.thin(now)
        mirror = self.mirror_dir()
        if mirror is not None:
            try:
                backup.mirror(info, mirror)
            except StoreError:
                # The copy in the data folder is made and verified; a missing USB
                # stick must not make the whole backup count as failed.
                log.warning("backup could not be mirrored")
        return info

    def _header(self) -> dict[str, Any]:
        try:
            data = json.loads((self._ws.data_dir / "store.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"store_id": self._ws.store.store_id, "key_source": self._ws.store.key_source}
        return dict(data) if isinstance(data, dict) else {}

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

    def find(self, name: str) -> BackupInfo:
        wanted = Path(name).stem
        for info in self.list():
            if info.name == wanted:
                return info
        raise ValidationError(f"Det finns ingen säkerhetskopia som heter ”{wanted}”.",
                              field="backup")

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

        The backup is of this store (same key); after the file is replaced the
        store is opened again through the same engine and its schema brought
        up to date. Every surface must read again: the returned Changes say so.
        """
        ws = self._ws
        chosen = self.find(name)
        if chosen.store_id and chosen.store_id != ws.store.store_id:
            raise ValidationError(
                "Säkerhetskopian kommer från ett annat arkiv och kan inte läggas tillbaka här.",
                field="backup",
            )
        safety = self.make("before_restore")
        engine = ws.store.engine
        engine.dispose()  # closes the one connection; the next use opens the new file
        backup.put_in_place(chosen.path, ws.db_path)
        try:
            schema.prepare_schema(engine, False, ws.db_path)
        except StoreError:
            engine.dispose()
            backup.put_in_place(safety.path, ws.db_path)
            raise
        ws.undo.clear()
        return Changes.all()
