"""The lifecycle of a data dir: open a store, lock and unlock it, recover it without store.json.

A data dir holds one store:

    sipdesk.db    the SQLCipher file (it knows its own store id, in sipdesk_meta)
    store.json    a non-secret header: format, store_id, key_source, scrypt
                  parameters and salt (passphrase stores only), created
    sipdesk.lock  the lock that keeps a second sipdesk process out

The key itself is never written here: it is in the OS keychain (key_source
"keyring"), derived from a passphrase the user knows ("passphrase"), or held
only in memory for a demo ("memory"). The recovery key, shown once when the
store is made, opens the store whatever its key source, even when store.json
is gone. Creating a store is in sipdesk.store.creation, giving it a new key in
sipdesk.store.rekey.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy

from sipdesk.store import backup, creation, key_ahead, meta
from sipdesk.store import engine as engine_mod
from sipdesk.store.creation import create_store, derive_for, passphrase_kdf, try_keychain
from sipdesk.store.errors import (
    HeaderMissing,
    KeyUnavailable,
    NotASipdeskStore,
    PassphraseRequired,
    StoreError,
    StoreNotFound,
    WrongKey,
)
from sipdesk.store.first_question import PROMPT_PASSPHRASE
from sipdesk.store.handle import (
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    OpenStore,
    PrepareSchema,
    Secrets,
)
from sipdesk.store.header import (
    DB_NAME,
    HEADER_FORMAT,
    HEADER_NAME,
    KEY_SOURCES,
    PENDING_NAME,
    StoreHeader,
    db_path,
    drop_pending,
    read_pending,
    read_store_header,
    write_header,
)
from sipdesk.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    Keychain,
    format_recovery_key,
    new_salt,
    parse_recovery_key,
)
from sipdesk.store.lock import StoreLock
from sipdesk.store.rekey import finish_pending, pending_account, rekey_store

__all__ = [
    "DB_NAME",
    "ENV_PASSPHRASE",
    "ENV_RECOVERY_KEY",
    "HEADER_FORMAT",
    "HEADER_NAME",
    "KEY_SOURCES",
    "MIN_PASSPHRASE_LENGTH",
    "OpenStore",
    "PrepareSchema",
    "Secrets",
    "StoreHeader",
    "create_store",
    "db_path",
    "open_store",
    "read_store_header",
    "store_exists",
    "unseal_store",
]

log = logging.getLogger(__name__)

PASSPHRASE_TRIES = 3

PROMPT_PASSPHRASE_AGAIN = (
    "Lösenfrasen stämmer inte för arkivet i {data_dir}. Försök igen "
    "(eller avbryt och använd återställningsnyckeln)."
)
PROMPT_PASSPHRASE_AFTER_RECOVERY = (
    "Filen store.json saknades. Arkivet öppnades med återställningsnyckeln, men det finns "
    "ingen användbar nyckelring på den här datorn, så arkivet ska skyddas med en lösenfras. "
    f"Välj en lösenfras (minst {MIN_PASSPHRASE_LENGTH} tecken)."
)
OLD_KEY = (
    "Det är arkivets gamla nyckel, från före det senaste nyckelbytet: den öppnar äldre "
    "säkerhetskopior men inte arkivet. Använd den nya lösenfrasen eller den nya "
    "återställningsnyckeln. Ingenting har ändrats."
)
NOTICE_KEYRING_AGAIN = (
    "Filen store.json saknades och har skrivits på nytt. Arkivet öppnades med "
    "återställningsnyckeln, och nyckeln förvaras nu i {place}, så nästa start behöver "
    "ingen återställningsnyckel."
)
NOTICE_PASSPHRASE_AGAIN = (
    "Filen store.json saknades och har skrivits på nytt. Arkivet öppnades med "
    "återställningsnyckeln och skyddas nu med lösenfrasen du valde. Eftersom nyckeln "
    "byttes har arkivet fått en ny återställningsnyckel; den gamla gäller inte längre "
    "(utom för äldre säkerhetskopior)."
)
NOTICE_PASSPHRASE_FORGOTTEN = (
    "Arkivet öppnades med återställningsnyckeln. Har du glömt lösenfrasen kan du välja en "
    "ny under Arkiv → Lösenfras och återställningsnyckel."
)


def store_exists(data_dir: Path) -> bool:
    """True if data_dir holds a store (or the remains of one): never create over it."""
    data_dir = Path(data_dir)
    return any((data_dir / name).exists() for name in (HEADER_NAME, DB_NAME, PENDING_NAME))


# --- finding the key ---------------------------------------------------------------------


@dataclass
class _Found:
    key: bytes
    header: StoreHeader | None  # the header that goes with the key (None: unknown)
    pending: bool = False  # the key is the pending one: finish what a re-key began
    recovered: bool = False  # from the recovery key
    stale_pending: bool = False  # a re-key's pending key is there but never took


def key_from_before(data_dir: Path, header: StoreHeader | None, key: bytes) -> bool:
    """True if `key` is one the store had before its key was last changed.

    Such a key still opens the backups made before the change; that says
    nothing about damage to the store file.
    """
    if header is None or header.key_changed is None:
        return False
    try:
        changed = datetime.fromisoformat(header.key_changed)
    except ValueError:
        return False
    for info in backup.list_backups(data_dir):
        made = info.made_at if info.made_at.tzinfo else info.made_at.astimezone()
        if made <= changed and engine_mod.key_opens(info.path, key):
            return True
    return False


def _refusal(path: Path, key: bytes | None, header: StoreHeader | None = None) -> StoreError:
    """Why `key` does not open the file: wrong, old, or (the engine tells) the file is damaged."""
    if key is None:
        return WrongKey()
    if key_from_before(path.parent, header, key):
        return WrongKey(OLD_KEY)
    try:
        engine_mod.connect(path, key, create=False).dispose()
    except StoreError as exc:
        return exc
    return WrongKey()


def _from_recovery_key(path: Path, text: str, header: StoreHeader | None) -> _Found:
    key = parse_recovery_key(text)
    if not engine_mod.key_opens(path, key):
        raise _refusal(path, key, header)
    return _Found(key, header, recovered=True)


def _from_keychain(path: Path, header: StoreHeader, keychain: Keychain) -> _Found:
    if not keychain.usable():
        raise KeyUnavailable.no_keychain(header.store_id)
    key = keychain.get(header.store_id)
    waiting = keychain.get(pending_account(header.store_id))
    for candidate, pending in ((key, False), (waiting, True)):
        if candidate is not None and engine_mod.key_opens(path, candidate):
            return _Found(candidate, header, pending=pending,
                          stale_pending=not pending and waiting is not None)
    if key is None and waiting is None:
        raise KeyUnavailable.missing_from(keychain.describe_place(), header.store_id)
    refusal = _refusal(path, key or waiting, header)
    if isinstance(refusal, WrongKey):
        return_message = (
            "Nyckeln i nyckelringen stämmer inte för det här arkivet. "
            "Ange återställningsnyckeln som visades när arkivet skapades. "
            "Ingenting har ändrats."
        )
        raise WrongKey(return_message)
    raise refusal


def _match_passphrase(path: Path, passphrase: str,
                      headers: list[tuple[StoreHeader, bool]]) -> _Found | None:
    for header, pending in headers:
        key = key_ahead.derived(header, passphrase)  # start-up may have begun it
        if engine_mod.key_opens(path, key):
            return _Found(key, header, pending=pending,
                          stale_pending=not pending and len(headers) > 1)
    return None


def _from_passphrase(data_dir: Path, headers: list[tuple[StoreHeader, bool]],
                     secrets: Secrets, *, ask: bool = True) -> _Found:
    path = db_path(data_dir)
    if secrets.passphrase:
        found = _match_passphrase(path, secrets.passphrase, headers)
        if found is None:
            raise _refusal(path, headers[0][0].derive(secrets.passphrase), headers[0][0])
        return found
    if not ask or secrets.ask_passphrase is None:
        raise PassphraseRequired()
    prompt = PROMPT_PASSPHRASE.format(data_dir=data_dir)
    for attempt in range(PASSPHRASE_TRIES):
        passphrase = secrets.ask_passphrase(prompt)
        if not passphrase:
            raise PassphraseRequired("Ingen lösenfras angavs, så arkivet öppnades inte.")
        found = _match_passphrase(path, passphrase, headers)
        if found is not None:
            return found
        if attempt == PASSPHRASE_TRIES - 1:
            raise _refusal(path, headers[0][0].derive(passphrase), headers[0][0])
        prompt = PROMPT_PASSPHRASE_AGAIN.format(data_dir=data_dir)
    raise AssertionError("unreachable")


def _find_key(data_dir: Path, secrets: Secrets, keychain: Keychain, *,
              ask: bool = True) -> _Found:
    """The key that opens the file, from the recovery key, the keychain or the passphrase.

    store.json and a pending store.json (a re-key cut short) are both tried.
    """
    path = db_path(data_dir)
    header = read_store_header(data_dir) if (data_dir / HEADER_NAME).exists() else None
    pending = read_pending(data_dir)
    current = header or pending
    if secrets.recovery_key is not None:
        return _from_recovery_key(path, secrets.recovery_key, current)
    if current is None:
        raise HeaderMissing()
    if current.key_source == "keyring":
        return _from_keychain(path, current, keychain)
    if current.key_source == "passphrase":
        headers = [(h, h is not header) for h in (header, pending)
                   if h is not None and h.kdf is not None]
        return _from_passphrase(data_dir, headers, secrets, ask=ask)
    # "memory": the demo key died with the process that made it
    raise KeyUnavailable(
        "Det här är ett demoarkiv vars nyckel bara fanns i minnet medan det "
        "användes, så det kan inte öppnas igen. Skapa ett nytt demoarkiv."
    )


def _settle_pending(data_dir: Path, found: _Found, keychain: Keychain) -> None:
    """A re-key was cut short: the file has the pending key, or still the old one."""
    if found.pending and found.header is not None:
        finish_pending(data_dir, found.header.store_id, found.key, keychain,
                       header_pending=(data_dir / PENDING_NAME).exists(),
                       keyring=found.header.key_source == "keyring")
    elif found.stale_pending:
        # The old key opened the file: the new one never took; forget it.
        if (data_dir / PENDING_NAME).exists() and (data_dir / HEADER_NAME).exists():
            drop_pending(data_dir)
        if found.header is not None and found.header.key_source == "keyring":
            keychain.delete(pending_account(found.header.store_id))


def _note_store_id(engine: sqlalchemy.Engine, store_id: str) -> None:
    """Stores made before the id was kept in the file get it now (if the file is writable)."""
    try:
        known = meta.read_store_id(engine)
        if known is None:
            meta.write_store_id(engine, store_id)
        elif known != store_id:
            log.warning("store.json and the store file name different store ids")
    except (StoreError, sqlalchemy.exc.SQLAlchemyError) as exc:
        log.warning("Could not note the store id in the file: %s", type(exc).__name__)


# --- opening -----------------------------------------------------------------------------


def open_store(
    data_dir: Path,
    secrets: Secrets,
    prepare_schema: PrepareSchema,
    *,
    keychain: Keychain | None = None,
) -> OpenStore:
    """Open the store in data_dir.

    secrets.recovery_key, if given, is used whatever the key source (and puts
    a keyring store's key back into the keychain once it has proven right);
    it also opens a store file whose store.json is gone, and writes store.json
    again (HeaderMissing without it). Otherwise the key comes from the keychain
    (missing -> KeyUnavailable, never WrongKey) or from the passphrase
    (secrets.passphrase, else secrets.ask_passphrase, else PassphraseRequired).
    A creation cut short raises HalfCreated.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir() or not store_exists(data_dir):
        raise StoreNotFound(f"Det finns inget sipdesk-arkiv i {data_dir}.")
    lock = StoreLock(data_dir).acquire()
    # A lookup start-up began beside its imports answers first (key_ahead.py).
    keychain = keychain if keychain is not None else key_ahead.keychain_for(data_dir)
    engine: sqlalchemy.Engine | None = None
    try:
        if creation.is_half_made(data_dir):
            raise creation.half_made_error(data_dir)
        # The file first: a plain SQLite file is reported as such, header or not.
        engine_mod.check_store_file(db_path(data_dir))
        if not (data_dir / HEADER_NAME).exists() and (
            read_pending(data_dir) is None or secrets.recovery_key is not None
        ):
            return _open_without_header(data_dir, lock, secrets, prepare_schema, keychain)
        found = _find_key(data_dir, secrets, keychain)
        header = found.header
        assert header is not None
        engine = engine_mod.connect(db_path(data_dir), found.key, create=False)
        prepare_schema(engine, False)
        _settle_pending(data_dir, found, keychain)
        creation.finish_marker(data_dir)
        _note_store_id(engine, header.store_id)
        notice = None
        if found.recovered and header.key_source == "keyring" and keychain.usable():
            # So that the next start works without the recovery key again.
            try:
                keychain.put(header.store_id, found.key)
            except StoreError:
                log.warning("Could not put the recovered key back into the keychain")
        elif found.recovered and header.key_source == "passphrase":
            notice = NOTICE_PASSPHRASE_FORGOTTEN
    except BaseException:
        if engine is not None:
            engine.dispose()
            engine_mod.forget_key(engine)
        lock.release()
        raise
    return OpenStore(
        engine=engine,
        data_dir=data_dir,
        store_id=header.store_id,
        key_source=header.key_source,
        lock=lock,
        notice=notice,
    )


def _open_without_header(data_dir: Path, lock: StoreLock, secrets: Secrets,
                         prepare_schema: PrepareSchema, keychain: Keychain) -> OpenStore:
    """The store file without store.json: the recovery key opens it, and store.json is
    written again (the key to the keychain, or a new passphrase and a new key)."""
    path = db_path(data_dir)
    if secrets.recovery_key is None:
        raise HeaderMissing(
            f"Filen {HEADER_NAME} saknas i {data_dir}. Arkivfilen finns, men utan {HEADER_NAME} "
            "kan den bara öppnas med återställningsnyckeln: ange den, så öppnas arkivet och "
            f"{HEADER_NAME} skrivs på nytt."
        )
    found = _from_recovery_key(path, secrets.recovery_key, None)
    # A header waiting from a re-key cut short belongs to another key: a new one is written.
    drop_pending(data_dir)
    engine = engine_mod.connect(path, found.key, create=False)
    store: OpenStore | None = None
    try:
        prepare_schema(engine, False)
        store_id = meta.read_store_id(engine)
        if store_id is None:
            store_id = str(uuid.uuid4())
            meta.write_store_id(engine, store_id)
        created = (meta.read_fact(engine, meta.CREATED)
                   or datetime.now(UTC).isoformat(timespec="seconds"))
        store = OpenStore(engine=engine, data_dir=data_dir, store_id=store_id,
                          key_source="keyring", lock=lock)
        if keychain.usable() and try_keychain(keychain, store_id, found.key):
            write_header(data_dir, StoreHeader(store_id, "keyring", created))
            store.notice = NOTICE_KEYRING_AGAIN.format(place=keychain.describe_place())
        else:
            passphrase = creation.new_passphrase(secrets, PROMPT_PASSPHRASE_AFTER_RECOVERY)
            kdf = passphrase_kdf(new_salt())
            new = derive_for(passphrase, kdf)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            rekey_store(store, new, keychain=keychain,
                        header=StoreHeader(store_id, "passphrase", created, kdf, key_changed=now))
            store.recovery_key = format_recovery_key(new)
            store.notice = NOTICE_PASSPHRASE_AGAIN
    except BaseException:
        (store.engine if store is not None else engine).dispose()
        engine_mod.forget_key(store.engine if store is not None else engine)
        raise
    creation.finish_marker(data_dir)
    log.info("Wrote store.json again for store %s (key source %s)", store_id, store.key_source)
    return store


# --- the lock ----------------------------------------------------------------------------


def seal_store(store: OpenStore) -> None:
    """The window locks: close the file and overwrite the key (the file lock stays held)."""
    store.seal()


def unseal_store(store: OpenStore, secrets: Secrets, *,
                 keychain: Keychain | None = None) -> None:
    """Open the sealed store's file again with a key found as at opening (never asking).

    The keychain for a keyring store, secrets.passphrase for a passphrase
    store, or secrets.recovery_key for either; KeyUnavailable, PassphraseRequired,
    WrongKey or BadRecoveryKey say what is missing.
    """
    if not store.sealed:
        return
    if store.key_source == "memory":
        store.unseal(store.engine)
        return
    keychain = keychain if keychain is not None else Keychain()
    data_dir = store.data_dir
    found = _find_key(data_dir, secrets, keychain, ask=False)
    engine = engine_mod.connect(db_path(data_dir), found.key, create=False)
    try:
        known = meta.read_store_id(engine)
        if known is not None and known != store.store_id:
            raise NotASipdeskStore(
                "Arkivfilen har bytts ut medan sipdesk var låst; den öppnas inte. "
                "Starta om sipdesk."
            )
    except BaseException:
        engine.dispose()
        engine_mod.forget_key(engine)
        raise
    _settle_pending(data_dir, found, keychain)
    if found.recovered and store.key_source == "keyring" and keychain.usable():
        try:
            keychain.put(store.store_id, found.key)
        except StoreError:
            log.warning("Could not put the recovered key back into the keychain")
    store.unseal(engine)
