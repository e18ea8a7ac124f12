"""The open store's key as the coordinator handles it: lock, unlock, change, renew.

Locking closes the store and overwrites its key; unlocking finds the key again
(the keychain, the passphrase or the recovery key). Changing the passphrase
or making a new recovery key gives the store a new key: a verified backup is
made first (under the old key, so the old recovery key still opens it), then
the store is re-keyed (sipdesk.store.rekey) and the new recovery key is
returned, to be shown once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sipdesk.domain.errors import ValidationError
from sipdesk.domain.passphrase import passphrase_problem
from sipdesk.store import creation, opening
from sipdesk.store import engine as engine_mod
from sipdesk.store.errors import (
    BadRecoveryKey,
    KeyUnavailable,
    PassphraseRequired,
    StoreError,
    WrongKey,
)
from sipdesk.store.handle import Secrets
from sipdesk.store.header import StoreHeader, db_path, read_store_header
from sipdesk.store.keys import Keychain, format_recovery_key, new_key, new_salt, parse_recovery_key
from sipdesk.store.keys import disable_core_dumps as disable_core_dumps  # for start-up
from sipdesk.store.rekey import rekey_store

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

NEEDS_PASSPHRASE = "passphrase"
NEEDS_RECOVERY_KEY = "recovery_key"


@dataclass(frozen=True)
class KeyFacts:
    """How the open store's key is kept, for the keys dialog (nothing secret)."""

    key_source: str  # "keyring", "passphrase" or "memory"
    where: str  # a Swedish sentence


@dataclass(frozen=True)
class Unlocking:
    """What an unlock attempt came to: unlocked, or what to ask for and why (Swedish)."""

    unlocked: bool
    needs: str = ""  # NEEDS_PASSPHRASE or NEEDS_RECOVERY_KEY when not unlocked
    message: str = ""


class KeyService:
    def __init__(self, ws: Workspace, keychain: Keychain | None = None):
        self._ws = ws
        self._keychain = keychain

    def _chain(self) -> Keychain:
        return self._keychain if self._keychain is not None else Keychain()

    # --- facts ------------------------------------------------------------------------

    def facts(self) -> KeyFacts:
        source = self._ws.store.key_source
        if source == "keyring":
            where = (f"Nyckeln till arkivet förvaras i {self._chain().describe_place()}. "
                     "Det finns ingen lösenfras att byta.")
        elif source == "passphrase":
            where = "Arkivet skyddas med en lösenfras som bara du känner till."
        else:
            where = ("Det här är ett demoarkiv: nyckeln finns bara i minnet och arkivet "
                     "tas bort när programmet stängs.")
        return KeyFacts(source, where)

    # --- the lock ---------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._ws.store.sealed

    def lock(self) -> str:
        """Close the store and overwrite its key; returns the key source (what unlocking needs)."""
        opening.seal_store(self._ws.store)
        self._ws.engine_changed()
        return self._ws.store.key_source

    def unlock(self, *, passphrase: str | None = None,
               recovery_key: str | None = None) -> Unlocking:
        """Open the locked store again; never raises for a missing or wrong key."""
        store = self._ws.store
        try:
            opening.unseal_store(store, Secrets(passphrase=passphrase or None,
                                                recovery_key=recovery_key or None),
                                 keychain=self._keychain)
        except PassphraseRequired:
            return Unlocking(False, NEEDS_PASSPHRASE)
        except KeyUnavailable as exc:
            return Unlocking(False, NEEDS_RECOVERY_KEY, exc.message)
        except BadRecoveryKey as exc:
            return Unlocking(False, NEEDS_RECOVERY_KEY, exc.message)
        except WrongKey as exc:
            if recovery_key:
                return Unlocking(False, NEEDS_RECOVERY_KEY, exc.message)
            if store.key_source == "passphrase":
                return Unlocking(False, NEEDS_PASSPHRASE, "Lösenfrasen stämmer inte. Försök igen.")
            return Unlocking(False, NEEDS_RECOVERY_KEY, exc.message)
        self._ws.engine_changed()
        return Unlocking(True)

    # --- new keys ---------------------------------------------------------------------

    def _header(self) -> StoreHeader:
        return read_store_header(self._ws.data_dir)

    def _check_current(self, current: str, *, passphrase_only: bool = False) -> None:
        """The current passphrase (or the recovery key) proves it is the coordinator."""
        path = db_path(self._ws.data_dir)
        if current:
            header = self._header()
            if header.kdf is not None and engine_mod.key_opens(path, header.derive(current)):
                return
            if not passphrase_only:
                try:
                    if engine_mod.key_opens(path, parse_recovery_key(current)):
                        return
                except BadRecoveryKey:
                    pass
        raise ValidationError(
            "Den nuvarande lösenfrasen stämmer inte." if passphrase_only else
            "Den nuvarande lösenfrasen (eller återställningsnyckeln) stämmer inte.",
            field="current",
        )

    def _rekey(self, key: bytes, header: StoreHeader) -> str:
        ws = self._ws
        ws.backups.make("before_rekey")
        # Noted in store.json: backups from before now open with the old key only.
        header = replace(header, key_changed=datetime.now(UTC).isoformat(timespec="seconds"))
        rekey_store(ws.store, key, header=header, keychain=self._chain())
        ws.engine_changed()
        log.info("Store %s has a new key", ws.store.store_id)
        return format_recovery_key(key)

    def change_passphrase(self, current: str, new: str) -> str:
        """A new passphrase (and with it a new key); returns the new recovery key."""
        if self._ws.store.key_source != "passphrase":
            raise ValidationError("Arkivet skyddas inte med en lösenfras; nyckeln förvaras i "
                                  "nyckelringen.", field="new")
        problem = passphrase_problem(new)
        if problem is not None:
            raise ValidationError(problem, field="new")
        self._check_current(current)
        return self._to_passphrase(new)

    def _to_passphrase(self, passphrase: str) -> str:
        header = self._header()
        kdf = creation.passphrase_kdf(new_salt())
        key = creation.derive_for(passphrase, kdf)
        return self._rekey(key, StoreHeader(header.store_id, "passphrase", header.created, kdf))

    def new_recovery_key(self, passphrase: str | None = None) -> str:
        """A new key, so that the old recovery key no longer opens the store.

        A passphrase store's key comes from its passphrase, so the passphrase is
        needed (it stays the same; the key gets a new salt).
        """
        source = self._ws.store.key_source
        if source == "keyring":
            return self._rekey(new_key(), self._header())
        if source == "passphrase":
            self._check_current(passphrase or "", passphrase_only=True)
            assert passphrase is not None
            return self._to_passphrase(passphrase)
        raise StoreError("Ett demoarkiv har ingen återställningsnyckel.")
