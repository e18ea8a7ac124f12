"""Creating a store so that it appears complete or not at all, and what a crash leaves.

Creation writes a marker (.sipdesk-skapas, with the new store's id) before
anything else and removes it only after store.json, the last file, is on disk.
So after a crash:

- marker and store.json: the store was finished; the marker is only removed;
- marker without store.json: a half-made store that never held a case. With
  the coordinator's consent (HalfCreated says so) clean_half_made() removes it
  and a new store can be made;
- sipdesk.db without store.json and without a marker: made by an older
  sipdesk that crashed, or a real store that lost its store.json. It may hold
  cases, so it is never removed: the recovery key opens it, or, with consent,
  clean_half_made() moves it aside into a folder of its own.

SIPDESK_TEST_CRASH_AT names a step at which the process kills itself; only the
tests set it, to check that every step leaves a folder the next start handles.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy

from sipdesk.store import engine as engine_mod
from sipdesk.store.errors import (
    HalfCreated,
    PassphraseRequired,
    StoreError,
    StoreExists,
)
from sipdesk.store.handle import ENV_PASSPHRASE, OpenStore, PrepareSchema, Secrets
from sipdesk.store.header import (
    DB_NAME,
    HEADER_NAME,
    PENDING_NAME,
    StoreHeader,
    db_path,
    fsync_dir,
    write_header,
)
from sipdesk.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    Keychain,
    check_new_passphrase,
    derive_key,
    format_recovery_key,
    new_key,
    new_salt,
    passphrase_problem,
)
from sipdesk.store.lock import LOCK_NAME, StoreLock
from sipdesk.store.meta import write_store_id

log = logging.getLogger(__name__)

MARKER_NAME = ".sipdesk-skapas"
CRASH_ENV = "SIPDESK_TEST_CRASH_AT"
PASSPHRASE_TRIES = 3
ASIDE_PREFIX = "ofullständigt-arkiv-"

PROMPT_NEW_PASSPHRASE = (
    "Det finns ingen användbar nyckelring på den här datorn, så arkivet skyddas "
    f"med en lösenfras. Välj en lösenfras (minst {MIN_PASSPHRASE_LENGTH} tecken). "
    "Utan lösenfrasen eller återställningsnyckeln går arkivet inte att öppna."
)

STORE_FILES = (
    HEADER_NAME,
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}-journal",
)


def _crash_point(step: str) -> None:
    if os.environ.get(CRASH_ENV) == step:
        log.info("test crash at %s", step)
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)


# --- what a folder holds -------------------------------------------------------------------


def marker_store_id(data_dir: Path) -> str | None:
    """The id a cut-short creation wrote in its marker, if there is a readable one."""
    try:
        data = json.loads((Path(data_dir) / MARKER_NAME).read_text("utf-8"))
        value = data.get("store_id") if isinstance(data, dict) else None
        return str(uuid.UUID(value)) if isinstance(value, str) else None
    except (OSError, ValueError):
        return None


def has_marker(data_dir: Path) -> bool:
    return (Path(data_dir) / MARKER_NAME).exists()


def _db_files(data_dir: Path) -> list[Path]:
    return [Path(data_dir) / n for n in STORE_FILES[1:] if (Path(data_dir) / n).exists()]


def is_half_made(data_dir: Path) -> bool:
    """A creation was cut short and left store files: ask before cleaning."""
    data_dir = Path(data_dir)
    return (has_marker(data_dir) and not (data_dir / HEADER_NAME).exists()
            and bool(_db_files(data_dir)))


def half_made_error(data_dir: Path) -> HalfCreated:
    return HalfCreated(
        f"Ett tidigare försök att skapa arkivet i {data_dir} avbröts innan det blev klart "
        "(programmet stängdes eller datorn stängdes av). Det som finns kvar är inget "
        "användbart arkiv och har aldrig innehållit några ärenden. Mappen behöver rensas "
        "innan ett nytt arkiv kan skapas där."
    )


def finish_marker(data_dir: Path) -> None:
    """store.json is there: the creation that wrote the marker was complete."""
    with contextlib.suppress(FileNotFoundError):
        (Path(data_dir) / MARKER_NAME).unlink()
        fsync_dir(data_dir)


def clean_half_made(data_dir: Path, *, keychain: Keychain | None = None) -> Path | None:
    """Clear what a cut-short creation left, so that a store can be created there.

    A marked half-made store (never handed over, no cases) is removed with its
    keychain entry. A store file without store.json and without a marker may
    hold cases: it is moved, with its -wal, into a folder of its own, whose
    path is returned. Files sipdesk did not make are left alone. The caller
    asks the coordinator first.
    """
    data_dir = Path(data_dir)
    with StoreLock(data_dir):
        if (data_dir / HEADER_NAME).exists():
            raise StoreExists(
                f"I {data_dir} finns ett komplett sipdesk-arkiv; det rensas inte."
            )
        aside: Path | None = None
        if has_marker(data_dir):
            store_id = marker_store_id(data_dir)
            for path in _db_files(data_dir):
                path.unlink()
            if store_id is not None:
                (keychain or Keychain()).delete(store_id)
        elif _db_files(data_dir):
            aside = data_dir / (ASIDE_PREFIX + datetime.now().strftime("%Y%m%d-%H%M%S"))
            aside.mkdir(mode=0o700)
            for path in _db_files(data_dir):
                os.replace(path, aside / path.name)
            log.info("Moved an unfinished store aside to %s", aside.name)
        for name in (MARKER_NAME, PENDING_NAME):
            with contextlib.suppress(FileNotFoundError):
                (data_dir / name).unlink()
        for tmp in data_dir.glob(f".{HEADER_NAME}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()
        fsync_dir(data_dir)
    return aside


# --- creating ------------------------------------------------------------------------------


def new_passphrase(secrets: Secrets, prompt: str = PROMPT_NEW_PASSPHRASE) -> str:
    """The passphrase for a new key, from Secrets or by asking (a few times)."""
    if secrets.passphrase:
        return check_new_passphrase(secrets.passphrase)
    ask = secrets.asker_for_new()
    if ask is None:
        raise PassphraseRequired(
            "Det finns ingen användbar nyckelring på den här datorn, så arkivet måste "
            "skyddas med en lösenfras, men ingen lösenfras angavs "
            f"(i automatiska körningar: miljövariabeln {ENV_PASSPHRASE})."
        )
    for _ in range(PASSPHRASE_TRIES):
        passphrase = ask(prompt)
        if not passphrase:
            raise PassphraseRequired("Ingen lösenfras angavs, så inget arkiv skapades.")
        problem = passphrase_problem(passphrase)
        if problem is None:
            return passphrase
        prompt = problem
    return check_new_passphrase(passphrase)


def passphrase_kdf(salt: bytes) -> dict:
    return {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()}


def derive_for(passphrase: str, kdf: dict) -> bytes:
    return derive_key(passphrase, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])


def try_keychain(keychain: Keychain, store_id: str, key: bytes) -> bool:
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


def _write_marker(data_dir: Path, store_id: str) -> None:
    path = data_dir / MARKER_NAME
    with path.open("w", encoding="utf-8") as f:
        json.dump({"store_id": store_id,
                   "started": datetime.now(UTC).isoformat(timespec="seconds")}, f)
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(data_dir)


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
    passphrase from secrets.ask_new_passphrase (or ask_passphrase); else
    PassphraseRequired. Raises StoreExists if data_dir already holds a store
    and HalfCreated if it holds a cut-short one. If anything fails, nothing of
    the new store is left behind (files, keychain entry, or a folder we made).
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
    if is_half_made(data_dir):
        lock.release()
        raise half_made_error(data_dir)
    if any((data_dir / name).exists() for name in STORE_FILES):
        lock.release()
        raise StoreExists(
            f"Det finns redan ett sipdesk-arkiv (eller rester av ett) i {data_dir}. "
            "Det skrivs inte över; välj en annan mapp eller öppna det befintliga arkivet."
        )
    keychain = keychain if keychain is not None else Keychain()
    # A marker without store files: a creation cut short before it made any.
    stale_id = marker_store_id(data_dir)
    if stale_id is not None:
        keychain.delete(stale_id)
    store_id = str(uuid.uuid4())
    engine: sqlalchemy.Engine | None = None
    in_keychain = False
    try:
        _write_marker(data_dir, store_id)
        _crash_point("marker")
        kdf = None
        if ephemeral_key:
            key, key_source = new_key(), "memory"
        elif (
            not secrets.passphrase
            and keychain.usable()
            and try_keychain(keychain, store_id, candidate := new_key())
        ):
            key, key_source, in_keychain = candidate, "keyring", True
            _crash_point("keychain")
        else:
            passphrase = new_passphrase(secrets)
            kdf = passphrase_kdf(new_salt())
            key, key_source = derive_for(passphrase, kdf), "passphrase"
        header = StoreHeader(
            store_id=store_id,
            key_source=key_source,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            kdf=kdf,
        )
        engine = engine_mod.connect(db_path(data_dir), key, create=True)
        _crash_point("database")
        prepare_schema(engine, True)
        # The file knows which store it is: with the recovery key alone it opens
        # and its store.json can be written again.
        write_store_id(engine, store_id)
        _crash_point("schema")
        # store.json last: it is what makes the folder a store.
        write_header(data_dir, header)
        _crash_point("header")
        finish_marker(data_dir)
    except BaseException:
        if engine is not None:
            engine.dispose()
            engine_mod.forget_key(engine)
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


def _remove_half_made(data_dir: Path) -> None:
    """Remove what a failed create made. Only called when none of it existed before."""
    for name in (*STORE_FILES, MARKER_NAME):
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()
    for tmp in data_dir.glob(f".{HEADER_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _remove_dir_we_made(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / LOCK_NAME).unlink()
    with contextlib.suppress(OSError):
        data_dir.rmdir()  # only if empty: never delete anything we did not make
