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
import re
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2

from sipdesk.store import backup as backup_files
from sipdesk.store.errors import (
    NotASipdeskStore,
    NotEncrypted,
    StoreDamaged,
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
_SQLITE_CORRUPT = 11
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


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), _FAST_KDF_ITER, len(key)
    )


def _page_signed(page: bytes, number: int, hmac_key: bytes) -> bool:
    """Does page `number` carry the HMAC that `hmac_key` gives it (SQLCipher 4's layout)?"""
    if len(page) < PAGE_SIZE:
        return False
    # Page 1 starts with the salt, which is not encrypted and not signed.
    signed = page[_SALT_BYTES if number == 1 else 0 : PAGE_SIZE - _HMAC_BYTES]
    expected = hmac.new(hmac_key, signed + number.to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC_BYTES :])


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
    return _page_signed(page, 1, _hmac_key(key, page[:_SALT_BYTES]))


# How many pages after the first to try when page 1 refuses a key: with the
# right key page 2 answers at once; a wrong key costs a few hundred microseconds.
_PAGES_TO_PROBE = 64
# And how many backups: they are made with the same key, so one that accepts it
# proves the key right.
_BACKUPS_TO_PROBE = 5


def _other_page_accepts_key(path: Path, key: bytes) -> bool:
    with path.open("rb") as f:
        salt = f.read(_SALT_BYTES)
        f.seek(PAGE_SIZE)
        pages = [f.read(PAGE_SIZE) for _ in range(_PAGES_TO_PROBE)]
    hmac_key = _hmac_key(key, salt)
    return any(_page_signed(page, n, hmac_key) for n, page in enumerate(pages, start=2))


def _a_backup_accepts_key(data_dir: Path, key: bytes) -> bool:
    for info in backup_files.list_backups(data_dir)[:_BACKUPS_TO_PROBE]:
        try:
            if _page_one_accepts_key(info.path, key):
                return True
        except OSError:
            continue
    return False


def diagnose_unreadable(path: Path, key: bytes) -> StoreError:
    """The honest error for a store whose page 1 refuses `key`.

    The HMAC of page 1 fails alike for a wrong key and for a damaged page 1,
    so the error says "damaged" only when something proves the key right:
    another page of the file signed with it, or a backup of the store (made
    with the same key) that opens with it. A file that is not a whole number
    of pages was cut short or is no store at all: damaged either way.

    When nothing can tell, it is WrongKey, as before. Not even the keychain's
    entry for this store proves its key right: an entry replaced by another
    key looks the same as a file that is garbage from its first byte. A backup
    that the key opens is the proof that the key worked before.
    """
    try:
        size = path.stat().st_size
        if size % PAGE_SIZE:
            return StoreDamaged(damage_message(
                path, "Filen är inte ett helt antal sidor lång (avklippt eller överskriven)."
            ))
        if _other_page_accepts_key(path, key):
            return StoreDamaged(damage_message(
                path, "Sida 1 går inte att läsa, men nyckeln stämmer för filens övriga sidor."
            ))
        if _a_backup_accepts_key(path.parent, key):
            return StoreDamaged(damage_message(
                path, "Nyckeln öppnar arkivets säkerhetskopior men inte arkivfilen."
            ))
    except OSError as exc:
        return StoreError(f"Arkivfilen {path} kunde inte läsas ({exc.strerror}).")
    return WrongKey()


def damage_message(path: Path, what: str) -> str:
    """'The store file is damaged' with what shows it, and the way back: the newest backup."""
    return (f"Arkivfilen {path} är skadad. {what} Det är inte fel nyckel eller lösenfras. "
            f"{backup_files.restore_hint(path.parent)}")


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


def _opening_error(path: Path, exc: Exception) -> StoreError:
    if getattr(exc, "sqlite_errorcode", None) == _SQLITE_CORRUPT:
        # The key was proven on page 1; a page of the schema after it is damaged.
        return StoreDamaged(
            damage_message(path, "Arkivets innehållsförteckning går inte att läsa.")
        )
    return _driver_error(exc)


# The key of each engine, as a bytearray that forget_key() overwrites once the
# engine is done with (the lock): no hex string of it is kept between connections.
_ENGINE_KEYS: weakref.WeakKeyDictionary[sqlalchemy.Engine, bytearray] = (
    weakref.WeakKeyDictionary()
)


def forget_key(engine: sqlalchemy.Engine) -> None:
    """Overwrite the key an engine keeps for new connections; the engine cannot connect again."""
    kept = _ENGINE_KEYS.pop(engine, None)
    if kept is not None:
        kept[:] = bytes(len(kept))


def key_opens(path: Path, key: bytes) -> bool:
    """True if `key` is the key of the store file at `path` (reads page 1 only)."""
    try:
        return _page_one_accepts_key(Path(path), key)
    except OSError:
        return False


def _encrypted_creator(path: Path, secret: bytearray, mode: str) -> Callable[[], Any]:
    def creator() -> Any:
        conn = None
        try:
            if not any(secret):
                raise StoreError("Arkivet är stängt och nyckeln är borttagen.")
            conn = dbapi2.connect(_uri(path, mode), uri=True, check_same_thread=False)
            # SQLCipher writes HMAC failures to stderr by default; silence it
            # before the key goes in, so a wrong key is reported once, by us.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            # The pragma text exists only for this statement.
            if conn.execute(f"PRAGMA key = \"x'{secret.hex()}'\"").fetchall() != [("ok",)]:
                raise StoreError("Krypteringen kunde inte startas (SQLCipher saknas?).")
            _execute_pragmas(conn, CIPHER_PRAGMAS)
            # Prove the key with a read before any pragma that might write.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            _finish_session(conn)
            return conn
        except dbapi2.Error as exc:
            _close_quietly(conn)
            raise _opening_error(path, exc) from None
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
    # threads at the same time. hide_parameters: a failed statement's error,
    # traceback or log line never shows a row's values (a child's name).
    engine = sqlalchemy.create_engine(
        "sqlite://", creator=creator, module=module, poolclass=StaticPool, echo=echo,
        hide_parameters=True,
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
    folder exactly as they were; a damaged file raises StoreDamaged where that
    can be told (see diagnose_unreadable).
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
        if db_path.stat().st_size % PAGE_SIZE:
            # SQLite writes whole pages only: a part of one is damage, whatever the key.
            raise diagnose_unreadable(db_path, key)
        try:
            accepted = _page_one_accepts_key(db_path, key)
        except OSError as exc:
            raise StoreError(f"Arkivfilen {db_path} kunde inte läsas ({exc.strerror}).") from None
        if not accepted:
            raise diagnose_unreadable(db_path, key)
        mode = "rw"
    secret = bytearray(key)
    engine = _make_engine(_encrypted_creator(db_path, secret, mode), dbapi2, echo)
    _ENGINE_KEYS[engine] = secret
    return engine


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


@dataclass(frozen=True)
class Integrity:
    """What SQLCipher's page check and SQLite's own check found; nothing personal.

    `damaged_pages` are the pages whose HMAC failed (or that SQLite names);
    `problems` are the checks' own words. Once SQLCipher has refused a page,
    SQLite's check only repeats that failure for every tree it walks, so its
    words are kept only when every page passed SQLCipher's check.
    """

    damaged_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.damaged_pages and not self.problems


_PAGE_NUMBER = re.compile(r"\bpage (\d+)", re.IGNORECASE)
# SQLite's check can list thousands of lines for one bad tree; a few tell enough.
MAX_PROBLEMS = 10


def check_integrity(engine: sqlalchemy.Engine) -> Integrity:
    """SQLCipher's cipher_integrity_check (every page's HMAC), then SQLite's integrity_check."""
    with engine.connect() as conn:
        result = conn.exec_driver_sql("PRAGMA cipher_integrity_check")
        # No result set at all on plain SQLite, which does not know the pragma.
        cipher = [str(row[0]) for row in result] if result.returns_rows else []
        if cipher:
            pages = sorted({int(n) for line in cipher for n in _PAGE_NUMBER.findall(line)})
            return Integrity(tuple(pages), tuple(cipher[:MAX_PROBLEMS]))
        lines = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
    problems = [
        line for text in lines if text.lower() != "ok"
        for line in text.splitlines() if line.strip() and not line.startswith("***")
    ]
    pages = sorted({int(n) for line in problems for n in _PAGE_NUMBER.findall(line)})
    return Integrity(tuple(pages), tuple(problems[:MAX_PROBLEMS]))


def integrity_check(engine: sqlalchemy.Engine) -> list[str]:
    """Problems found by SQLCipher's HMAC check and SQLite's own; [] = all well."""
    return list(check_integrity(engine).problems)
