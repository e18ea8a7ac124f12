"""Encrypted, verified backups of the store, in the data folder's backups/ (Anki's are the model).

A backup is a consistent copy made by SQLCipher itself (sqlcipher_export into
an attached file that inherits the store's key), so it is encrypted with the
same key and opens with the same keychain entry, passphrase or recovery key.
It counts only once it has been attached again and has passed SQLCipher's and
SQLite's integrity checks with the same number of cases as the store. Beside
each .db lies a .json with what the recovery key or passphrase needs (the
store's header: id, key source, scrypt salt) and facts for the list; nothing
personal and nothing secret.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy

from sipdesk.domain import words
from sipdesk.store.errors import StoreError
from sipdesk.store.header import fsync_file

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
PREFIX = "sipdesk-"
STAMP = "%Y%m%d-%H%M%S"
INFO_FORMAT = 1
# What opening.py calls the store's files; repeated here, as the store layer's
# modules do not import the one that opens stores.
DB_NAME = "sipdesk.db"
HEADER_NAME = "store.json"
HEADER_FORMAT = 1
DAMAGED_SUFFIX = ".skadad-"


class BackupFailed(StoreError):
    default_message = (
        "Säkerhetskopian kunde inte göras eller kontrolleras. Arkivet är oförändrat."
    )


@dataclass(frozen=True)
class BackupInfo:
    """One backup: its file, when and why it was made, and how it checked out."""

    path: Path  # the encrypted .db
    made_at: datetime
    reason: str
    cases: int
    verified: bool
    store_id: str
    schema: str
    header: dict[str, Any]  # the store's store.json at the time: what the key needs

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def info_path(self) -> Path:
        return self.path.with_suffix(".json")


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _count_cases(cursor: Any, schema: str) -> int:
    return int(cursor.execute(f"SELECT count(*) FROM {schema}.cases").fetchone()[0])


def _verify_attached(cursor: Any, schema: str) -> list[str]:
    """SQLCipher's page check and SQLite's structural check of an attached file."""
    problems = [str(row[0]) for row in cursor.execute(f"PRAGMA {schema}.cipher_integrity_check")]
    rows = [str(row[0]) for row in cursor.execute(f"PRAGMA {schema}.integrity_check")]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems


def make_backup(engine: sqlalchemy.Engine, data_dir: Path, *, now: datetime, reason: str,
                header: dict[str, Any], schema: str) -> BackupInfo:
    """Copy the open store into backups/, verify the copy, and describe it beside it.

    Runs on the store's own connection (the one thread that uses the store),
    outside any transaction. Raises BackupFailed, leaving no partial file.
    """
    folder = backups_dir(data_dir)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        log.info("backup folder not made: %s", type(exc).__name__)
        raise BackupFailed(_why_not(exc) or (
            f"Säkerhetskopian kunde inte göras: mappen {folder} kunde inte skapas. "
            "Arkivet är oförändrat.")) from None
    name = f"{PREFIX}{now.strftime(STAMP)}"
    target = folder / f"{name}.db"
    n = 1
    while target.exists():  # two backups in one second (on close right after the timer)
        target = folder / f"{name}-{n}.db"
        n += 1
    tmp = target.with_name(f".{target.name}.tmp")
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            # Without KEY, SQLCipher gives the attached file the store's own key.
            cursor.execute("ATTACH DATABASE ? AS backup", (str(tmp),))
            try:
                cursor.execute("SELECT sqlcipher_export('backup')")
            finally:
                cursor.execute("DETACH DATABASE backup")
            fsync_file(tmp)
            cursor.execute("ATTACH DATABASE ? AS verify", (str(tmp),))
            try:
                problems = _verify_attached(cursor, "verify")
                copied, stored = _count_cases(cursor, "verify"), _count_cases(cursor, "main")
            finally:
                cursor.execute("DETACH DATABASE verify")
        finally:
            cursor.close()
    except Exception as exc:  # the driver's errors, the disk's, SQLite's: all mean "no backup"
        with contextlib.suppress(OSError):
            tmp.unlink()
        log.info("backup failed: %s", type(exc).__name__)
        raise BackupFailed(_why_not(exc)) from None
    finally:
        raw.close()
    if problems or copied != stored:
        with contextlib.suppress(OSError):
            tmp.unlink()
        log.error("backup did not verify (%d problems, %d of %d cases)",
                  len(problems), copied, stored)
        raise BackupFailed()
    os.replace(tmp, target)
    info = BackupInfo(path=target, made_at=now, reason=reason, cases=copied, verified=True,
                      store_id=str(header.get("store_id", "")), schema=schema, header=header)
    _write_atomically(info.info_path, _info_json(info))
    return info


def _why_not(exc: BaseException) -> str | None:
    """A backup's failure in words, when the driver's or the disk's own words tell why."""
    # Only the driver's own words are looked at (never the SQL), and never repeated.
    args = getattr(exc, "args", None)
    text = str(args[0]).lower() if args else ""
    if getattr(exc, "errno", None) == errno.ENOSPC or "full" in text:
        return "Säkerhetskopian kunde inte göras: disken är full. Arkivet är oförändrat."
    if "readonly" in text or "permission" in text or "unable to open" in text:
        return (
            "Säkerhetskopian kunde inte göras: mappen för säkerhetskopior går inte att "
            "skriva till. Arkivet är oförändrat."
        )
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        return (
            "Säkerhetskopian kunde inte göras: en del av arkivfilen går inte att läsa (den "
            "är skadad). Kör ”sipdesk check”. Arkivet är oförändrat."
        )
    return None


def _info_json(info: BackupInfo) -> str:
    return json.dumps({
        "format": INFO_FORMAT,
        "made_at": info.made_at.isoformat(timespec="seconds"),
        "reason": info.reason,
        "cases": info.cases,
        "verified": info.verified,
        "schema": info.schema,
        "store": info.header,
    }, indent=2) + "\n"


def read_info(db_file: Path) -> BackupInfo | None:
    """The description beside a backup file; None when it is missing or unreadable."""
    try:
        data = json.loads(db_file.with_suffix(".json").read_text(encoding="utf-8"))
        header = data["store"]
        return BackupInfo(
            path=db_file, made_at=datetime.fromisoformat(data["made_at"]),
            reason=str(data["reason"]), cases=int(data["cases"]),
            verified=bool(data["verified"]), store_id=str(header.get("store_id", "")),
            schema=str(data.get("schema", "")), header=dict(header),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every described backup in the data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    infos = [read_info(p) for p in folder.glob(f"{PREFIX}*.db")]
    return sorted((i for i in infos if i is not None), key=_newness, reverse=True)


def _newness(info: BackupInfo) -> tuple[datetime, int]:
    # Two backups in one second (closing right after the timer) are told apart by
    # the number make_backup gave the second one: sipdesk-20261123-143200-1.
    serial = info.name[len(PREFIX) + len("20261123-143200"):].lstrip("-")
    return info.made_at, int(serial) if serial.isdigit() else 0


def newest_verified(data_dir: Path) -> BackupInfo | None:
    return next((i for i in list_backups(data_dir) if i.verified), None)


def made_text(info: BackupInfo) -> str:
    """'23 november 2026 kl. 14.32'."""
    return f"{words.long_date(info.made_at.date())} kl. {words.clock(info.made_at.time())}"


def describe_backup(info: BackupInfo) -> str:
    """'sipdesk-20261123-143200 (23 november 2026 kl. 14.32, 200 ärenden)'."""
    cases = "1 ärende" if info.cases == 1 else f"{info.cases} ärenden"
    return f"{info.name} ({made_text(info)}, {cases})"


def restore_hint(data_dir: Path) -> str:
    """Where the way back is: the newest verified backup and the command that restores it."""
    newest = newest_verified(data_dir)
    if newest is None:
        return (f"Det finns ingen säkerhetskopia i {backups_dir(data_dir)}. Finns en kopia i "
                "den extra mappen (ett USB-minne, en nätverksmapp), lägg tillbaka den med "
                "”sipdesk restore SÖKVÄG”.")
    return (f"Den senaste säkerhetskopian är {describe_backup(newest)}. Lägg tillbaka den med "
            f"”sipdesk restore {newest.name}”.")


def verify_file(engine: sqlalchemy.Engine, db_file: Path) -> tuple[list[str], int]:
    """Check a backup file now, through the open store's connection (same key).

    Returns SQLCipher's and SQLite's problems ([] = all well) and its number of
    cases. Works even while the store itself is damaged: the backup is a file
    of its own, attached beside it.
    """
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("ATTACH DATABASE ? AS verify", (str(db_file),))
            try:
                problems = _verify_attached(cursor, "verify")
                cases = _count_cases(cursor, "verify") if not problems else 0
            finally:
                cursor.execute("DETACH DATABASE verify")
        finally:
            cursor.close()
    except Exception as exc:  # a file that cannot even be attached is no good backup
        log.info("backup did not verify: %s", type(exc).__name__)
        return [type(exc).__name__], 0
    finally:
        raw.close()
    return problems, cases


def resolve(data_dir: Path, name_or_path: str | Path) -> BackupInfo | None:
    """A backup by its name in the data folder, or by the path of its .db (a USB stick).

    None when there is no such backup (or its description is missing).
    """
    text = str(name_or_path).strip()
    candidate = Path(text).expanduser()
    if candidate.suffix == ".json":
        candidate = candidate.with_suffix(".db")
    if candidate.is_file():
        return read_info(candidate)
    wanted = Path(text).stem if candidate.suffix == ".db" else Path(text).name
    return next((i for i in list_backups(data_dir) if i.name == wanted), None)


def remove_backup(info: BackupInfo) -> None:
    for path in (info.path, info.info_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def thin(data_dir: Path, keep: Iterable[datetime]) -> list[BackupInfo]:
    """Remove the backups whose time is not in `keep`; returns what was removed."""
    wanted = set(keep)
    removed = [i for i in list_backups(data_dir) if i.made_at not in wanted]
    for info in removed:
        remove_backup(info)
    return removed


def mirror(info: BackupInfo, folder: Path) -> Path:
    """Copy a verified backup to a second place (a USB stick, a network share)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(
            f"Mappen {folder} för extra säkerhetskopior finns inte (är den ansluten?)."
        )
    target = folder / info.path.name
    for source, dest in ((info.path, target), (info.info_path, target.with_suffix(".json"))):
        tmp = dest.with_name(f".{dest.name}.tmp")
        try:
            shutil.copyfile(source, tmp)
            fsync_file(tmp)
            os.replace(tmp, dest)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StoreError(
                f"Säkerhetskopian kunde inte kopieras till {folder}. Den finns kvar i "
                "arkivets egen mapp."
            ) from None
    return target


def put_in_place(backup_file: Path, db_path: Path) -> None:
    """Replace the (closed) store file with a backup's copy, atomically.

    The caller has closed the store and made a backup of the file replaced.
    A left-over WAL of the old file must not be replayed into the restored one.
    """
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        shutil.copyfile(backup_file, tmp)
        fsync_file(tmp)
        for leftover in (f"{db_path.name}-wal", f"{db_path.name}-shm"):
            with contextlib.suppress(FileNotFoundError):
                (db_path.parent / leftover).unlink()
        os.replace(tmp, db_path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError("Säkerhetskopian kunde inte läggas tillbaka.") from None


def place_as_store(info: BackupInfo, data_dir: Path) -> None:
    """Make a backup the store of an empty data folder (a new computer): its file and store.json.

    The backup's description holds the store's header, which is all the
    recovery key or the passphrase needs. store.json is written last, as it
    is what makes a folder a store; a failure leaves neither file behind.
    The caller holds the folder's lock and then opens the store to prove the key.
    """
    data_dir = Path(data_dir)
    db_path = data_dir / DB_NAME
    header_path = data_dir / HEADER_NAME
    if db_path.exists() or header_path.exists():
        raise StoreError(f"Det finns redan ett arkiv i {data_dir}; det skrivs inte över.")
    try:
        put_in_place(info.path, db_path)
        _write_atomically(header_path, json.dumps(info.header, indent=2) + "\n")
    except (OSError, StoreError):
        remove_placed(data_dir)
        raise StoreError(f"Säkerhetskopian kunde inte läggas i {data_dir}.") from None


def remove_placed(data_dir: Path) -> None:
    """Take away what place_as_store put in a folder (the key did not open it)."""
    for name in (HEADER_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (Path(data_dir) / name).unlink()


def set_aside(db_path: Path, now: datetime) -> Path:
    """Move a damaged store file (and its -wal) out of the way, kept for whoever can mend it."""
    target = db_path.with_name(f"{db_path.name}{DAMAGED_SUFFIX}{now.strftime(STAMP)}")
    try:
        os.replace(db_path, target)
        for leftover in ("-wal", "-shm"):
            source = db_path.with_name(db_path.name + leftover)
            if source.exists():
                os.replace(source, target.with_name(target.name + leftover))
    except OSError:
        raise StoreError(f"Den skadade arkivfilen {db_path} kunde inte flyttas undan.") from None
    return target


def put_back(set_aside_file: Path, db_path: Path) -> None:
    """Undo set_aside: the restored copy did not open, so the old file goes back."""
    with contextlib.suppress(OSError):
        os.replace(set_aside_file, db_path)
        wal = set_aside_file.with_name(set_aside_file.name + "-wal")
        if wal.exists():
            os.replace(wal, db_path.with_name(db_path.name + "-wal"))
