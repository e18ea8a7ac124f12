"""store.json: the non-secret header beside the store file, and the one waiting to replace it.

The header says how the key is found: in the keychain under the store id,
derived from a passphrase with the scrypt salt and parameters written here,
or only in memory (a demo). While the store's key is being changed, the
header that goes with the new key waits in store.json.pending until the file
has its new key; opening tries both, so a crash in between never locks the
coordinator out (see sipdesk.store.rekey).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sipdesk.store.errors import NotASipdeskStore, SchemaTooNew, StoreError
from sipdesk.store.keys import SALT_BYTES, check_scrypt_params, derive_key

DB_NAME = "sipdesk.db"
HEADER_NAME = "store.json"
PENDING_NAME = "store.json.pending"
HEADER_FORMAT = 1
KEY_SOURCES = ("keyring", "passphrase", "memory")


@dataclass(frozen=True)
class StoreHeader:
    """store.json: nothing personal and nothing secret."""

    store_id: str
    key_source: str
    created: str
    kdf: dict | None = None
    format: int = HEADER_FORMAT
    # When the store last got a new key (UTC, ISO 8601): backups made before it
    # open with the old key, which is then "old", not a sign of damage.
    key_changed: str | None = None

    def to_json(self) -> str:
        data: dict = {
            "format": self.format,
            "store_id": self.store_id,
            "key_source": self.key_source,
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf
        data["created"] = self.created
        if self.key_changed is not None:
            data["key_changed"] = self.key_changed
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


def _garbled(path: Path, why: str) -> NotASipdeskStore:
    return NotASipdeskStore(
        f"Arkivets beskrivning {path} är skadad ({why}). "
        "Det är inte ett sipdesk-arkiv, eller så har filen ändrats."
    )


def read_store_header(data_dir: Path, name: str = HEADER_NAME) -> StoreHeader:
    """store.json (or another header file), checked field by field.

    NotASipdeskStore or SchemaTooNew if not usable; a missing file is
    NotASipdeskStore too (open_store tells that case apart before asking).
    """
    path = Path(data_dir) / name
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
        raise _garbled(path, "inte giltig JSON") from None
    if not isinstance(data, dict):
        raise _garbled(path, "fel form")
    fmt = data.get("format")
    if type(fmt) is not int:
        raise _garbled(path, "format saknas")
    if fmt > HEADER_FORMAT:
        raise SchemaTooNew()
    if fmt != HEADER_FORMAT:
        raise _garbled(path, f"okänt format {fmt}")
    store_id = data.get("store_id")
    try:
        if not isinstance(store_id, str) or str(uuid.UUID(store_id)) != store_id:
            raise ValueError
    except ValueError:
        raise _garbled(path, "store_id är ogiltigt") from None
    key_source = data.get("key_source")
    if key_source not in KEY_SOURCES:
        raise _garbled(path, "key_source är ogiltigt")
    created = data.get("created")
    if not isinstance(created, str):
        raise _garbled(path, "created saknas")
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
            raise _garbled(path, "inställningarna för lösenfrasen är ogiltiga") from None
        kdf = {"name": "scrypt", "n": kdf["n"], "r": kdf["r"], "p": kdf["p"], "salt": kdf["salt"]}
    key_changed = data.get("key_changed")
    if key_changed is not None and not isinstance(key_changed, str):
        raise _garbled(path, "key_changed är ogiltigt")
    return StoreHeader(store_id=store_id, key_source=key_source, created=created, kdf=kdf,
                       key_changed=key_changed)


def read_pending(data_dir: Path) -> StoreHeader | None:
    """The header waiting for a new key (store.json.pending), if one is there and readable."""
    if not (Path(data_dir) / PENDING_NAME).exists():
        return None
    try:
        return read_store_header(data_dir, PENDING_NAME)
    except StoreError:
        return None


def write_header(data_dir: Path, header: StoreHeader, name: str = HEADER_NAME) -> None:
    """Write a header atomically: a crash leaves the old file or the new one."""
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=f".{HEADER_NAME}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(header.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, Path(data_dir) / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(data_dir)


def promote_pending(data_dir: Path) -> None:
    """The pending header becomes store.json (the file now has the key it describes)."""
    os.replace(Path(data_dir) / PENDING_NAME, Path(data_dir) / HEADER_NAME)
    fsync_dir(data_dir)


def drop_pending(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (Path(data_dir) / PENDING_NAME).unlink()
        fsync_dir(data_dir)


def fsync_file(path: Path) -> None:
    """Make a file's contents durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make renames and removals in `path` durable (POSIX; Windows cannot open a directory)."""
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
