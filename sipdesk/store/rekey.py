"""Giving an open store a new key, so that a crash at any moment never locks anyone out.

SQLCipher's own PRAGMA rekey rewrites the pages in place; in WAL mode the
new pages sit in the -wal until a checkpoint, and a crash in between leaves a
main file under the old key with a log under the new one, which no single key
opens cleanly. So the store is copied instead, as a backup is: sqlcipher_export
into a new file under the new key, the copy checked table by table, and only
then put in the store's place with one rename. What the new key needs (the
store.json for a new passphrase, or the keychain entry) is written *before*
the rename, as store.json.pending or the keychain account "<id>.pending";
opening tries both the old and the pending key, so whichever file is on disk
after a crash opens.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

import sqlalchemy

from sipdesk.store import engine as engine_mod
from sipdesk.store.errors import StoreError
from sipdesk.store.handle import OpenStore
from sipdesk.store.header import (
    PENDING_NAME,
    StoreHeader,
    db_path,
    drop_pending,
    fsync_dir,
    fsync_file,
    promote_pending,
    write_header,
)
from sipdesk.store.keys import Keychain

log = logging.getLogger(__name__)

TEMP_NAME = ".sipdesk.db.rekey.tmp"
NOT_CHANGED = "Nyckeln kunde inte bytas. Ingenting har ändrats; arkivet har kvar sin gamla nyckel."


def pending_account(store_id: str) -> str:
    """The keychain account a new key waits under until the store file has it."""
    return f"{store_id}.pending"


def _remove(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


def _row_counts(cursor: Any, schema: str) -> dict[str, int]:
    names = [row[0] for row in cursor.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: int(cursor.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0])
            for n in names}


def _export(engine: sqlalchemy.Engine, target: Path, new_key: bytes) -> dict[str, int]:
    """Copy the store into `target` under `new_key`; the store's row counts per table."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("ATTACH DATABASE ? AS rekeyed KEY ?",
                           (str(target), f"x'{new_key.hex()}'"))
            try:
                cursor.execute("SELECT sqlcipher_export('rekeyed')")
            finally:
                cursor.execute("DETACH DATABASE rekeyed")
            return _row_counts(cursor, "main")
        finally:
            cursor.close()
    finally:
        raw.close()


def _verify(target: Path, new_key: bytes, expected: dict[str, int]) -> bool:
    """The copy opens with the new key, passes both integrity checks and holds every row."""
    copy = engine_mod.connect(target, new_key, create=False)
    try:
        if engine_mod.integrity_check(copy):
            return False
        raw = copy.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                return _row_counts(cursor, "main") == expected
            finally:
                cursor.close()
        finally:
            raw.close()
    finally:
        copy.dispose()  # folds the copy's -wal back in, so the rename moves one whole file
        engine_mod.forget_key(copy)


def rekey_store(
    store: OpenStore,
    new_key: bytes,
    *,
    header: StoreHeader | None = None,
    keychain: Keychain | None = None,
) -> None:
    """Give the open store `new_key`.

    `header` is the store.json that goes with the new key (a new passphrase's
    salt, or a new key source); None keeps store.json. A keyring store (after
    the change) gets the new key in the keychain. On failure before the file is
    replaced nothing has changed; the store keeps its old key and engine.
    """
    data_dir = store.data_dir
    db = db_path(data_dir)
    target = data_dir / TEMP_NAME
    key_source = header.key_source if header is not None else store.key_source
    keychain = keychain if keychain is not None else Keychain()
    _remove(target)
    pending_in_keychain = False
    try:
        # Owner-only from the start, as the store file itself.
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        expected = _export(store.engine, target, new_key)
        fsync_file(target)
        if not _verify(target, new_key, expected):
            log.error("re-keyed copy did not verify")
            raise StoreError(NOT_CHANGED)
        # From here on a crash may leave either file; both keys must stay findable.
        if header is not None:
            write_header(data_dir, header, PENDING_NAME)
        if key_source == "keyring":
            keychain.put(pending_account(store.store_id), new_key)
            pending_in_keychain = True
    except BaseException as exc:
        _remove(target)
        drop_pending(data_dir)
        if pending_in_keychain:
            keychain.delete(pending_account(store.store_id))
        if isinstance(exc, StoreError | KeyboardInterrupt | SystemExit):
            raise
        log.error("re-keying failed: %s", type(exc).__name__)
        raise StoreError(NOT_CHANGED) from None

    store.engine.dispose()  # the old file's -wal is folded in and removed
    for leftover in (f"{db.name}-wal", f"{db.name}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (data_dir / leftover).unlink()
    os.replace(target, db)
    fsync_dir(data_dir)
    try:
        store.replace_engine(engine_mod.connect(db, new_key, create=False))
    except StoreError:
        log.error("the re-keyed store did not open again")
        raise StoreError(
            "Arkivet har fått sin nya nyckel men kunde inte öppnas igen. Starta om sipdesk."
        ) from None
    finish_pending(store.data_dir, store.store_id, new_key, keychain,
                   header_pending=header is not None, keyring=key_source == "keyring")
    store.key_source = key_source


def finish_pending(data_dir: Path, store_id: str, key: bytes, keychain: Keychain, *,
                   header_pending: bool, keyring: bool) -> None:
    """The file has the pending key: make its header and keychain entry the real ones."""
    if header_pending and (Path(data_dir) / PENDING_NAME).exists():
        promote_pending(data_dir)
    if keyring:
        try:
            keychain.put(store_id, key)
        except StoreError:
            # The pending entry still holds it, and opening looks there too.
            log.warning("Could not move the new key to its keychain entry")
            return
        keychain.delete(pending_account(store_id))
