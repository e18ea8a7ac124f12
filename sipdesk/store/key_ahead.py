"""A passphrase's key, derived while the rest of the program still loads.

scrypt takes most of half a second and 128 MiB by design (store.keys), and
nothing in it needs the engine or the services: store.json's salt and
parameters and the passphrase are enough. So start-up derives it on a thread
of its own as soon as it knows the passphrase (from the environment, or typed
in the first dialog), at the same time as it imports the rest and prepares
the window, and opening takes the key from here instead of deriving it again,
if it is for the same passphrase, salt and parameters. A key is taken once,
or dropped by the next derivation; opening still proves it against the file.
"""

from __future__ import annotations

import hmac
import threading
from concurrent.futures import Future
from pathlib import Path

from sipdesk.store.errors import StoreError
from sipdesk.store.header import HEADER_NAME, StoreHeader, read_store_header

_lock = threading.Lock()
# (passphrase, the kdf it is derived under, the key to come): one at a time.
_ahead: tuple[str, dict, Future[bytes]] | None = None


def derive_ahead(data_dir: Path, passphrase: str) -> bool:
    """Start deriving the key of the passphrase store in data_dir; False if it is none."""
    global _ahead
    data_dir = Path(data_dir)
    try:
        if not passphrase or not (data_dir / HEADER_NAME).is_file():
            return False
        header = read_store_header(data_dir)
    except (StoreError, OSError):
        return False  # opening says what is wrong
    if header.key_source != "passphrase" or header.kdf is None:
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


def forget() -> None:
    """Drop a key derived ahead and not taken (it is waited for, then let go)."""
    global _ahead
    with _lock:
        _ahead = None
