"""A passphrase's key, derived while the rest of the program still loads.

scrypt takes most of half a second and 128 MiB by design (store.keys), and
nothing in it needs the engine or the services: store.json's salt and
parameters and the passphrase are enough. So start-up derives it on a thread
of its own as soon as it knows the passphrase (from the environment, or typed
in the first dialog), at the same time as it imports the rest and prepares
the window, and opening takes the key from here instead of deriving it again,
if it is for the same passphrase, salt and parameters. A key is taken once,
or dropped by the next derivation; opening still proves it against the file.

A keychain store has no scrypt, but its lookup is as slow at start-up:
importing keyring and its backend, then asking the OS keychain (D-Bus, the
Keychain service). That too starts here, beside the imports, and opening
takes its answers through keychain_for() instead of asking again.
"""

from __future__ import annotations

import hmac
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk.store.errors import StoreError
from sipdesk.store.header import HEADER_NAME, StoreHeader, read_store_header

if TYPE_CHECKING:
    from sipdesk.store.keychain_ahead import KeychainAnswers
    from sipdesk.store.keys import Keychain

_lock = threading.Lock()
# (passphrase, the kdf it is derived under, the key to come): one at a time.
_ahead: tuple[str, dict, Future[bytes]] | None = None
# (the store's folder, the keychain's answers to come): a keychain store's lookup begun ahead.
_fetched: tuple[Path, Future[KeychainAnswers]] | None = None


def derive_ahead(data_dir: Path, passphrase: str) -> bool:
    """Start deriving the key of the passphrase store in data_dir, or looking up the key of
    the keychain store there; False if it is neither (or a passphrase store and no
    passphrase)."""
    global _ahead
    data_dir = Path(data_dir)
    try:
        if not (data_dir / HEADER_NAME).is_file():
            return False
        header = read_store_header(data_dir)
    except (StoreError, OSError):
        return False  # opening says what is wrong
    if header.key_source == "keyring":
        return _fetch_ahead(data_dir, header.store_id)
    if not passphrase or header.key_source != "passphrase" or header.kdf is None:
        return False
    future: Future[bytes] = Future()
    future.set_running_or_notify_cancel()
    with _lock:
        _ahead = (passphrase, dict(header.kdf), future)
    threading.Thread(target=_derive, args=(header, passphrase, future),
                     name="sipdesk-key", daemon=True).start()
    return True


def _derive(header: StoreHeader, passphrase: str, future: Future[bytes]) -> None:
    try:
        future.set_result(header.derive(passphrase))
    except BaseException as exc:
        future.set_exception(exc)


def derived(header: StoreHeader, passphrase: str) -> bytes:
    """The key of `passphrase` under header's scrypt parameters: taken from a derivation
    started ahead if there is one for it (waiting for it to end), else derived now."""
    global _ahead
    with _lock:
        ahead = _ahead
        if ahead is not None and _same(ahead, header, passphrase):
            _ahead = None
    if ahead is not None and _same(ahead, header, passphrase):
        try:
            return ahead[2].result()
        except Exception:  # derived again below, which says what is wrong
            pass
    return header.derive(passphrase)


def _same(ahead: tuple[str, dict, Future[bytes]], header: StoreHeader, passphrase: str) -> bool:
    return (header.kdf == ahead[1]
            and hmac.compare_digest(passphrase.encode("utf-8"), ahead[0].encode("utf-8")))


def _fetch_ahead(data_dir: Path, store_id: str) -> bool:
    global _fetched
    future: Future[KeychainAnswers] = Future()
    future.set_running_or_notify_cancel()
    with _lock:
        _fetched = (data_dir.resolve(), future)
    threading.Thread(target=_look_up, args=(store_id, future),
                     name="sipdesk-keychain", daemon=True).start()
    return True


def _look_up(store_id: str, future: Future[KeychainAnswers]) -> None:
    try:
        from sipdesk.store.keychain_ahead import look_up  # keyring is imported here

        future.set_result(look_up(store_id))
    except BaseException as exc:
        future.set_exception(exc)


def keychain_for(data_dir: Path) -> Keychain:
    """The OS keychain as opening the store in data_dir asks it: answering from the lookup
    begun ahead for it, if there is one (waiting for it), else asking the keychain itself."""
    global _fetched
    from sipdesk.store.keychain_ahead import AnsweredKeychain
    from sipdesk.store.keys import Keychain

    with _lock:
        fetched = _fetched
        if fetched is not None and fetched[0] == Path(data_dir).resolve():
            _fetched = None
        else:
            fetched = None
    if fetched is None:
        return Keychain()
    try:
        answers = fetched[1].result()
    except Exception:  # asked again, which says what is wrong
        return Keychain()
    return AnsweredKeychain(answers)


def forget() -> None:
    """Drop a key derived or looked up ahead and not taken (waited for, then let go)."""
    global _ahead, _fetched
    with _lock:
        _ahead = None
        _fetched = None
