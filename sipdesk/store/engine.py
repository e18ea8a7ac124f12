"""The encrypted SQLAlchemy engine over SQLCipher.

The key is handed to SQLCipher by our own creator as a raw key
(PRAGMA key = "x'..'"), so it is never part of a URL, never in SQLAlchemy's
echo log and never in an exception. Every connection is set up in the same
order: key, pinned cipher settings, a read that proves the key, and only then
the pragmas that may write to the file (journal_mode=WAL above all). Before
SQLite opens an existing file at all, the key is checked against the HMAC of
page 1 by reading the file (see _page_one_accepts_key), so a wrong key leaves
the file and its -wal/-shm exactly as they were, even after a crash.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2

from sipdesk.store.errors import (
    NotASipdeskStore,
    NotEncrypted,
    StoreError,
    StoreExists,
    StoreInUse,
    StoreNotFound,
    WrongKey,
)
from sipdesk.store.keys import KEY_BYTES

log = logging.getLogger(__name__)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
# The page size is pinned, so a real store is at least one whole page.
MIN_STORE_BYTES = PAGE_SIZE

# SQLCipher 4 settings, pinned so that a future driver with other defaults
# still reads and writes today's file format. kdf_iter does not matter for a
# raw key but is pinned all the same, so the settings are complete.
CIPHER_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("cipher_compatibility", "4"),
    ("cipher_page_size", str(PAGE_SIZE)),
    ("kdf_iter", "256000"),
    ("cipher_hmac_algorithm", "HMAC_SHA512"),
    ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"),
)

BUSY_TIMEOUT_MS = 5000
# 64 MiB of page cache (negative = KiB): 10,000 cases and their events fit,
# which keeps the encrypted store close to plain SQLite (decryption happens
# only when a page is read into the cache).
CACHE_SIZE_KIB = 65536

# Applied after the key is proven. temp_store=MEMORY because SQLCipher does
# not encrypt temporary files; synchronous=FULL so that a power cut loses no
# committed change.
SESSION_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("temp_store", "MEMORY"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("cache_size", str(-CACHE_SIZE_KIB)),
)

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOTADB = 26

REPORT_PRAGMAS = (
    "journal_mode",
    "synchronous",
    "temp_store",
    "cipher_version",
    "cipher_page_size",
    "kdf_iter",
    "cipher_hmac_algorithm",
    "cipher_kdf_algorithm",
    "foreign_keys",
    "cache_size",
)


def file_is_encrypted(path: Path) -> bool:
    """True if the file looks like an encrypted store rather than plain SQLite.

    Without the key this can only be told from the outside: at least one page
    long and not starting with SQLite's plain-text header (SQLCipher encrypts
    the header too, so an encrypted file looks like random bytes).
    """
    path = Path(path)
    try:
        if path.stat().st_size < MIN_STORE_BYTES:
            return False
        with path.open("rb") as f:
            return f.read(len(PLAIN_SQLITE_HEADER)) != PLAIN_SQLITE_HEADER
    except OSError:
        return False


def check_store_file(path: Path) -> None:
    """Refuse files that must not be handed to SQLCipher at all; reads only."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        raise StoreNotFound(f"Arkivfilen {path} finns inte.") from None
    except OSError as exc:
        raise StoreError(f"Arkivfilen {path} kunde inte läsas ({exc.strerror}).") from None
    if head == PLAIN_SQLITE_HEADER:
        raise NotEncrypted()
    if size < MIN_STORE_BYTES:
        raise NotASipdeskStore(
            f"Filen {path} är tom eller för kort för att vara ett sipdesk-arkiv."
        )


# SQLCipher 4's page layout, for _page_one_accepts_key: a 16-byte salt at the
# start of page 1, and at the end of every page the IV (16) and HMAC-SHA512 (64).
_SALT_BYTES = 16
_IV_BYTES = 16
_HMAC_BYTES = 64
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITER = 2


def _page_one_accepts_key(path: Path, key: bytes) -> bool:
    """Check the HMAC of page 1 the way SQLCipher 4 does, reading the file only.

    Why not just let SQLCipher try: if a -wal is left over from a crash,
    SQLite opens it before it decrypts anything, rebuilds the -shm and, when
    the failed connection closes, checkpoints the WAL into the main file. The
    data survives, but the file would no longer be the one the user had, and
    "Ingenting har ändrats" must be true. This check needs no SQLite at all.
    With a raw key, SQLCipher's HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a,
    2 iterations); the HMAC covers ciphertext + IV + the page number (LE).
    The test suite checks this against SQLCipher itself (right and wrong keys).
    """
    with path.open("rb") as f:
        page = f.read(PAGE_SIZE)
    if len(page) < PAGE_SIZE:
        return False
    salt = page[:_SALT_BYTES]
    hmac_key = hashlib.pbkdf2_hmac(
        "sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), _FAST_KDF_ITER, len(key)
    )
    signed = page[_SALT_BYTES : PAGE_SIZE - _HMAC_BYTES]
    expected = hmac.new(hmac_key, signed + (1).to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC_BYTES :])


def _uri(path: Path, mode: str) -> str:
    # A URI lets us say mode=rw: opening an existing store can then never
    # create an empty file by accident (e.g. if it was moved meanwhile).
    return f"{path.resolve().as_uri()}?mode={mode}"


def _execute_pragmas(conn: Any, pragmas: tuple[tuple[str, str], ...]) -> None:
    for name, value in pragmas:
        conn.execute(f"PRAGMA {name} = {value}").fetchall()


def _driver_error(exc: Exception) -> StoreError:
    """Our error for a driver error; never carries the driver's exception along."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SQLITE_NOTADB:
        return WrongKey()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreInUse()
    return StoreError(f"Arkivet kunde inte öppnas ({exc}).")


def _encrypted_creator(path: Path, key: bytes, mode: str) -> Callable[[], Any]:
    key_pragma = f"PRAGMA key = \"x'{key.hex()}'\""

    def creator() -> Any:
        conn = None
        try:
            conn = dbapi2.connect(_uri(path, mode), uri=True, check_same_thread=False)
            # SQLCipher writes HMAC failures to stderr by default; silence it
            # before the key goes in, so a wrong key is reported once, by us.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            if conn.execute(key_pragma).fetchall() != [("ok",)]:
                raise StoreError("Krypteringen kunde inte startas (SQLCipher saknas?).")
            _execute_pragmas(conn, CIPHER_PRAGMAS)
            # Prove the key with a read before any pragma that might write.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            _finish_session(conn)
            return conn
        except dbapi2.Error as exc:
            _close_quietly(conn)
            raise _driver_error(exc) from None
        except BaseException:
            _close_quietly(conn)
            raise

    return creator


def fold(text: str | None) -> str | None:
    """Case folding for search that knows Å, Ä and Ö (SQLite's lower() is ASCII only)."""
    return None if text is None else text.casefold()


def _finish_session(conn: Any) -> None:
    conn.create_function("fold", 1, fold, deterministic=True)
    _execute_pragmas(conn, SESSION_PRAGMAS)
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"Arkivet kunde inte ställas i WAL-läge (läget är {mode}).")


def _close_quietly(conn: Any) -> None:
    if conn is None:
        return
    try:
        conn.close()
    except Exception:
        # Closing after a failure: the first error is the one that matters.
        log.debug("Closing a failed connection raised", exc_info=True)


def _make_engine(creator: Callable[[], Any], module: Any, echo: bool) -> sqlalchemy.Engine:
    # One connection (StaticPool): SQLite with WAL needs no pool, and one
    # connection keeps the key set up once. check_same_thread=False because
    # Qt may close it from another thread; callers must not use it from two
    # threads at the same time.
    engine = sqlalchemy.create_engine(
        "sqlite://", creator=creator, module=module, poolclass=StaticPool, echo=echo
    )
    try:
        # Connect now, so that WrongKey & co. come from connect(), not from
        # whatever happens to be the first query.
        with engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def connect(db_path: Path, key: bytes, *, create: bool, echo: bool = False) -> sqlalchemy.Engine:
    """An engine over the encrypted store at db_path.

    create=True makes a new file and refuses if anything exists there;
    create=False opens an existing file and refuses plain SQLite
    (NotEncrypted), empty or tiny files (NotASipdeskStore) and a missing file
    (StoreNotFound). A wrong key raises WrongKey and leaves the file and its
    folder exactly as they were.
    """
    db_path = Path(db_path)
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    if create:
        if db_path.exists():
            raise StoreExists()
        # Only the owner may read the file; SQLite gives -wal and -shm the same mode.
        os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        mode = "rwc"
    else:
        check_store_file(db_path)
        try:
            accepted = _page_one_accepts_key(db_path, key)
        except OSError as exc:
            raise StoreError(f"Arkivfilen {db_path} kunde inte läsas ({exc.strerror}).") from None
        if not accepted:
            raise WrongKey()
        mode = "rw"
    return _make_engine(_encrypted_creator(db_path, key, mode), dbapi2, echo)


def connect_plain(db_path: Path, *, echo: bool = False) -> sqlalchemy.Engine:
    """An unencrypted engine with the same pragmas, for the benchmark only."""
    db_path = Path(db_path)

    def creator() -> Any:
        conn = sqlite3.connect(str(db_path), check_same_thread=False)
        try:
            _finish_session(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    return _make_engine(creator, sqlite3, echo)


def pragma_report(engine: sqlalchemy.Engine) -> dict[str, str]:
    """The settings that matter, as strings (cipher_* are "" on plain SQLite)."""
    report: dict[str, str] = {}
    with engine.connect() as conn:
        for name in REPORT_PRAGMAS:
            # Unknown pragmas (cipher_* on plain SQLite) return no row at all.
            result = conn.exec_driver_sql(f"PRAGMA {name}")
            row = result.first() if result.returns_rows else None
            report[name] = "" if row is None or row[0] is None else str(row[0])
    return report


def integrity_check(engine: sqlalchemy.Engine) -> list[str]:
    """Problems found by SQLCipher's HMAC check and SQLite's own; [] = all well."""
    problems: list[str] = []
    with engine.connect() as conn:
        result = conn.exec_driver_sql("PRAGMA cipher_integrity_check")
        # No result set at all on plain SQLite, which does not know the pragma.
        if result.returns_rows:
            problems.extend(str(row[0]) for row in result)
        for row in conn.exec_driver_sql("PRAGMA integrity_check"):
            if str(row[0]).lower() != "ok":
                problems.append(str(row[0]))
    return problems
