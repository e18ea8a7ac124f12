"""The lifecycle of a data dir: create a store, open it, close it.

A data dir holds one store:

    sipdesk.db    the SQLCipher file
    store.json    a non-secret header: format, store_id, key_source, scrypt
                  parameters and salt (passphrase stores only), created
    sipdesk.lock  the lock that keeps a second sipdesk process out

The key itself is never written here: it is in the OS keychain (key_source
"keyring"), derived from a passphrase the user knows ("passphrase"), or held
only in memory for a demo ("memory"). The recovery key, shown once when the
store is made, opens the store whatever its key source.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import sqlalchemy

from sipdesk.store import engine as engine_mod
from sipdesk.store.errors import (
    KeyUnavailable,
    NotASipdeskStore,
    PassphraseRequired,
    SchemaTooNew,
    StoreError,
    StoreExists,
    StoreNotFound,
    WeakPassphrase,
    WrongKey,
)
from sipdesk.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    Keychain,
    check_scrypt_params,
    derive_key,
    format_recovery_key,
    new_key,
    new_salt,
    parse_recovery_key,
)
from sipdesk.store.lock import LOCK_NAME, StoreLock

log = logging.getLogger(__name__)

DB_NAME = "sipdesk.db"
HEADER_NAME = "store.json"
HEADER_FORMAT = 1
KEY_SOURCES = ("keyring", "passphrase", "memory")
PASSPHRASE_TRIES = 3

ENV_PASSPHRASE = "SIPDESK_PASSPHRASE"
ENV_RECOVERY_KEY = "SIPDESK_RECOVERY_KEY"

PrepareSchema = Callable[[sqlalchemy.Engine, bool], None]

PROMPT_NEW_PASSPHRASE = (
    "Det finns ingen användbar nyckelring på den här datorn, så arkivet skyddas "
    f"med en lösenfras. Välj en lösenfras (minst {MIN_PASSPHRASE_LENGTH} tecken). "
    "Utan lösenfrasen eller återställningsnyckeln går arkivet inte att öppna."
)
PROMPT_SHORT_PASSPHRASE = (
    f"Lösenfrasen är för kort. Välj en lösenfras med minst {MIN_PASSPHRASE_LENGTH} tecken."
)
PROMPT_PASSPHRASE = "Ange lösenfrasen för arkivet i {data_dir}."
PROMPT_PASSPHRASE_AGAIN = (
    "Lösenfrasen stämmer inte för arkivet i {data_dir}. Försök igen "
    "(eller avbryt och använd återställningsnyckeln)."
)


@dataclass
class Secrets:
    """What the caller can supply to create or open a store.

    Secret fields are left out of repr(), so a Secrets in a log line or a
    traceback does not give the passphrase away.
    """

    passphrase: str | None = field(default=None, repr=False)
    recovery_key: str | None = field(default=None, repr=False)
    # prompt(text) -> passphrase, or None if the user cancels. When creating,
    # the UI should ask twice and compare; this module asks once per try.
    ask_passphrase: Callable[[str], str | None] | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Secrets:
        """SIPDESK_PASSPHRASE and SIPDESK_RECOVERY_KEY, for automation; empty = unset."""
        env = os.environ if environ is None else environ
        return cls(
            passphrase=env.get(ENV_PASSPHRASE) or None,
            recovery_key=env.get(ENV_RECOVERY_KEY) or None,
        )


@dataclass
class OpenStore:
    """An open store: its engine, its header facts and the lock that keeps it ours."""

    engine: sqlalchemy.Engine
    data_dir: Path
    store_id: str
    key_source: str
    lock: StoreLock = field(repr=False)
    # Set only when the store was just created: the UI/CLI shows it once.
    recovery_key: str | None = field(default=None, repr=False)

    def close(self) -> None:
        """Dispose of the engine (checkpointing the WAL) and release the lock."""
        try:
            self.engine.dispose()
        finally:
            self.lock.release()

    def __enter__(self) -> OpenStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@dataclass(frozen=True)
class StoreHeader:
    """store.json: nothing personal and nothing secret."""

    store_id: str
    key_source: str
    created: str
    kdf: dict | None = None
    format: int = HEADER_FORMAT

    def to_json(self) -> str:
        data: dict = {
            "format": self.format,
            "store_id": self.store_id,
            "key_source": self.key_source,
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf
        data["created"] = self.created
        return json.dumps(data, indent=2) + "\n"

    def derive(self, passphrase: str) -> bytes:
        if self.kdf is None:
            raise StoreError("Arkivet skyddas inte med en lösenfras.")
        return derive_key(
            passphrase,
            bytes.fromhex(self.kdf["salt"]),
            self.kdf["n"],
            self.kdf["r"],
            self.kdf["p"],
        )


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def store_exists(data_dir: Path) -> bool:
    """True if data_dir holds a store (or the remains of one): never create over it."""
    data_dir = Path(data_dir)
    return (data_dir / HEADER_NAME).exists() or (data_dir / DB_NAME).exists()


def _garbled(data_dir: Path, why: str) -> NotASipdeskStore:
    return NotASipdeskStore(
        f"Arkivets beskrivning {Path(data_dir) / HEADER_NAME} är skadad ({why}). "
        "Det är inte ett sipdesk-arkiv, eller så har filen ändrats."
    )


def read_store_header(data_dir: Path) -> StoreHeader:
    """store.json, checked field by field; NotASipdeskStore or SchemaTooNew if not usable."""
    path = Path(data_dir) / HEADER_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotASipdeskStore(
            f"Filen {HEADER_NAME} saknas i {data_dir}, så det är inte ett komplett sipdesk-arkiv."
        ) from None
    except OSError as exc:
        raise StoreError(f"Filen {path} kunde inte läsas ({exc.strerror}).") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _garbled(data_dir, "inte giltig JSON") from None
    if not isinstance(data, dict):
        raise _garbled(data_dir, "fel form")
    fmt = data.get("format")
    if type(fmt) is not int:
        raise _garbled(data_dir, "format saknas")
    if fmt > HEADER_FORMAT:
        raise SchemaTooNew()
    if fmt != HEADER_FORMAT:
        raise _garbled(data_dir, f"okänt format {fmt}")
    store_id = data.get("store_id")
    try:
        if not isinstance(store_id, str) or str(uuid.UUID(store_id)) != store_id:
            raise ValueError
    except ValueError:
        raise _garbled(data_dir, "store_id är ogiltigt") from None
    key_source = data.get("key_source")
    if key_source not in KEY_SOURCES:
        raise _garbled(data_dir, "key_source är ogiltigt")
    created = data.get("created")
    if not isinstance(created, str):
        raise _garbled(data_dir, "created saknas")
    kdf = None
    if key_source == "passphrase":
        kdf = data.get("kdf")
        try:
            if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
                raise ValueError
            salt = bytes.fromhex(kdf["salt"])
            if len(salt) < SALT_BYTES:
                raise ValueError
            check_scrypt_params(kdf["n"], kdf["r"], kdf["p"])
        except (ValueError, KeyError, TypeError, StoreError):
            raise _garbled(data_dir, "inställningarna för lösenfrasen är ogiltiga") from None
        kdf = {"name": "scrypt", "n": kdf["n"], "r": kdf["r"], "p": kdf["p"], "salt": kdf["salt"]}
    return StoreHeader(store_id=store_id, key_source=key_source, created=created, kdf=kdf)


def _write_header(data_dir: Path, header: StoreHeader) -> None:
    """Write store.json atomically: a crash leaves the old file or the new one."""
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=f".{HEADER_NAME}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(header.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, Path(data_dir) / HEADER_NAME)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(data_dir)


def _fsync_dir(path: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open a directory.
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_STORE_FILES = (
    HEADER_NAME,
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}-journal",
)


def _remove_half_made(data_dir: Path) -> None:
    """Remove what a failed create made. Only called when none of it existed before."""
    for name in _STORE_FILES:
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()
    for tmp in data_dir.glob(f".{HEADER_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _new_passphrase(secrets: Secrets) -> str:
    """The passphrase for a new store, from Secrets or by asking (a few times)."""
    if secrets.passphrase:
        if len(secrets.passphrase) < MIN_PASSPHRASE_LENGTH:
            raise WeakPassphrase(PROMPT_SHORT_PASSPHRASE)
        return secrets.passphrase
    if secrets.ask_passphrase is None:
        raise PassphraseRequired(
            "Det finns ingen användbar nyckelring på den här datorn, så arkivet måste "
            "skyddas med en lösenfras, men ingen lösenfras angavs "
            f"(i automatiska körningar: miljövariabeln {ENV_PASSPHRASE})."
        )
    prompt = PROMPT_NEW_PASSPHRASE
    for _ in range(PASSPHRASE_TRIES):
        passphrase = secrets.ask_passphrase(prompt)
        if not passphrase:
            raise PassphraseRequired("Ingen lösenfras angavs, så inget arkiv skapades.")
        if len(passphrase) >= MIN_PASSPHRASE_LENGTH:
            return passphrase
        prompt = PROMPT_SHORT_PASSPHRASE
    raise WeakPassphrase(PROMPT_SHORT_PASSPHRASE)


def _try_keychain(keychain: Keychain, store_id: str, key: bytes) -> bool:
    """Put the key in the keychain and read it back; False if that did not work."""
    try:
        keychain.put(store_id, key)
    except StoreError:
        return False
    if keychain.get(store_id) == key:
        return True
    # Some backends accept a write and lose it (or hand back something else);
    # a store whose key cannot be read back must not be made.
    log.warning("Keychain did not give the new key back; using a passphrase instead")
    keychain.delete(store_id)
    return False


def create_store(
    data_dir: Path,
    secrets: Secrets,
    prepare_schema: PrepareSchema,
    *,
    keychain: Keychain | None = None,
    ephemeral_key: bool = False,
) -> OpenStore:
    """Make a new store in data_dir and return it open.

    Key source: "memory" if ephemeral_key (demo); else "passphrase" if
    secrets.passphrase is given; else "keyring" if the keychain works; else a
    passphrase from secrets.ask_passphrase; else PassphraseRequired. Raises
    StoreExists if data_dir already holds a store. If anything fails, nothing
    of the new store is left behind (files, keychain entry, or a folder we made).
    """
    data_dir = Path(data_dir)
    made_dir = not data_dir.exists()
    try:
        # Owner-only: the file is encrypted, but nobody else needs to see it.
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(f"Mappen {data_dir} kunde inte skapas ({exc.strerror}).") from None
    lock = StoreLock(data_dir)
    try:
        lock.acquire()
    except BaseException:
        if made_dir:
            _remove_dir_we_made(data_dir)
        raise

    # Checked under the lock and before the try below: the clean-up there
    # deletes the store's files, which is only right once we know none of
    # them existed before this call.
    if any((data_dir / name).exists() for name in _STORE_FILES):
        lock.release()
        raise StoreExists(
            f"Det finns redan ett sipdesk-arkiv (eller rester av ett) i {data_dir}. "
            "Det skrivs inte över; välj en annan mapp eller öppna det befintliga arkivet."
        )
    keychain = keychain if keychain is not None else Keychain()
    store_id = str(uuid.uuid4())
    engine: sqlalchemy.Engine | None = None
    in_keychain = False
    try:
        kdf = None
        if ephemeral_key:
            key, key_source = new_key(), "memory"
        elif (
            not secrets.passphrase
            and keychain.usable()
            and _try_keychain(keychain, store_id, candidate := new_key())
        ):
            key, key_source, in_keychain = candidate, "keyring", True
        else:
            passphrase = _new_passphrase(secrets)
            salt = new_salt()
            kdf = {
                "name": "scrypt",
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": salt.hex(),
            }
            key, key_source = (
                derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P),
                "passphrase",
            )
        header = StoreHeader(
            store_id=store_id,
            key_source=key_source,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            kdf=kdf,
        )
        engine = engine_mod.connect(db_path(data_dir), key, create=True)
        prepare_schema(engine, True)
        # store.json last: it is what makes the folder a store.
        _write_header(data_dir, header)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if in_keychain:
            keychain.delete(store_id)
        _remove_half_made(data_dir)
        lock.release()
        if made_dir:
            _remove_dir_we_made(data_dir)
        raise
    log.info("Created store %s in %s (key source %s)", store_id, data_dir, key_source)
    return OpenStore(
        engine=engine,
        data_dir=data_dir,
        store_id=store_id,
        key_source=key_source,
        lock=lock,
        # A demo store is thrown away; showing it a recovery key would only confuse.
        recovery_key=None if ephemeral_key else format_recovery_key(key),
    )


def _remove_dir_we_made(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / LOCK_NAME).unlink()
    with contextlib.suppress(OSError):
        data_dir.rmdir()  # only if empty: never delete anything we did not make


def _open_with_passphrase(
    data_dir: Path, header: StoreHeader, secrets: Secrets
) -> sqlalchemy.Engine:
    path = db_path(data_dir)
    if secrets.passphrase:
        return engine_mod.connect(path, header.derive(secrets.passphrase), create=False)
    if secrets.ask_passphrase is None:
        raise PassphraseRequired()
    prompt = PROMPT_PASSPHRASE.format(data_dir=data_dir)
    for attempt in range(PASSPHRASE_TRIES):
        passphrase = secrets.ask_passphrase(prompt)
        if not passphrase:
            raise PassphraseRequired("Ingen lösenfras angavs, så arkivet öppnades inte.")
        try:
            return engine_mod.connect(path, header.derive(passphrase), create=False)
        except WrongKey:
            if attempt == PASSPHRASE_TRIES - 1:
                raise
            prompt = PROMPT_PASSPHRASE_AGAIN.format(data_dir=data_dir)
    raise AssertionError("unreachable")


def open_store(
    data_dir: Path,
    secrets: Secrets,
    prepare_schema: PrepareSchema,
    *,
    keychain: Keychain | None = None,
) -> OpenStore:
    """Open the store in data_dir.

    secrets.recovery_key, if given, is used whatever the key source (and puts
    a keyring store's key back into the keychain once it has proven right).
    Otherwise the key comes from the keychain (missing -> KeyUnavailable,
    never WrongKey) or from the passphrase (secrets.passphrase, else
    secrets.ask_passphrase, else PassphraseRequired).
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir() or not store_exists(data_dir):
        raise StoreNotFound(f"Det finns inget sipdesk-arkiv i {data_dir}.")
    lock = StoreLock(data_dir).acquire()
    keychain = keychain if keychain is not None else Keychain()
    engine: sqlalchemy.Engine | None = None
    try:
        # The file first: a plain SQLite file is reported as such, header or not.
        engine_mod.check_store_file(db_path(data_dir))
        header = read_store_header(data_dir)
        recovered_key: bytes | None = None
        if secrets.recovery_key is not None:
            recovered_key = parse_recovery_key(secrets.recovery_key)
            engine = engine_mod.connect(db_path(data_dir), recovered_key, create=False)
        elif header.key_source == "keyring":
            if not keychain.usable():
                raise KeyUnavailable.no_keychain(header.store_id)
            key = keychain.get(header.store_id)
            if key is None:
                raise KeyUnavailable.missing_from(keychain.describe_place(), header.store_id)
            try:
                engine = engine_mod.connect(db_path(data_dir), key, create=False)
            except WrongKey:
                raise WrongKey(
                    "Nyckeln i nyckelringen stämmer inte för det här arkivet. "
                    "Ange återställningsnyckeln som visades när arkivet skapades. "
                    "Ingenting har ändrats."
                ) from None
        elif header.key_source == "passphrase":
            engine = _open_with_passphrase(data_dir, header, secrets)
        else:  # "memory": the demo key died with the process that made it
            raise KeyUnavailable(
                "Det här är ett demoarkiv vars nyckel bara fanns i minnet medan det "
                "användes, så det kan inte öppnas igen. Skapa ett nytt demoarkiv."
            )
        prepare_schema(engine, False)
        if recovered_key is not None and header.key_source == "keyring" and keychain.usable():
            # So that the next start works without the recovery key again.
            try:
                keychain.put(header.store_id, recovered_key)
            except StoreError:
                log.warning("Could not put the recovered key back into the keychain")
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise
    return OpenStore(
        engine=engine,
        data_dir=data_dir,
        store_id=header.store_id,
        key_source=header.key_source,
        lock=lock,
    )
