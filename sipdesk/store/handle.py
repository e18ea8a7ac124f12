"""What a caller hands in to open a store (Secrets) and what it gets back (OpenStore).

Secret fields are left out of repr(), so a Secrets or an OpenStore in a log
line or a traceback gives nothing away. An OpenStore can be sealed (the
window's lock): its engine is disposed and its key overwritten, and until it
is unsealed every use of it raises StoreLocked instead of touching the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sipdesk.store.errors import StoreLocked

if TYPE_CHECKING:  # imported when a store is opened: the window asks for Secrets before that
    import sqlalchemy

    from sipdesk.store.lock import StoreLock

ENV_PASSPHRASE = "SIPDESK_PASSPHRASE"
ENV_RECOVERY_KEY = "SIPDESK_RECOVERY_KEY"

Ask = Callable[[str], str | None]
# prepare_schema(engine, is_new): migrate the store (or refuse it) once the key is proven.
PrepareSchema = Callable[["sqlalchemy.Engine", bool], None]


@dataclass
class Secrets:
    """What the caller can supply to create or open a store."""

    passphrase: str | None = field(default=None, repr=False)
    recovery_key: str | None = field(default=None, repr=False)
    # prompt(text) -> passphrase, or None if the user cancels.
    ask_passphrase: Ask | None = field(default=None, repr=False)
    # The same for a new passphrase: the window and the command line ask twice
    # and check the rule before they answer. Without it, ask_passphrase is used.
    ask_new_passphrase: Ask | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, environ: MutableMapping[str, str] | Mapping[str, str] | None = None
                 ) -> Secrets:
        """SIPDESK_PASSPHRASE and SIPDESK_RECOVERY_KEY, for automation; empty = unset.

        Read from the process's own environment they are removed from it at
        once, so that no program sipdesk starts (the mail program) inherits them.
        """
        if environ is None:
            passphrase = os.environ.pop(ENV_PASSPHRASE, None)
            recovery_key = os.environ.pop(ENV_RECOVERY_KEY, None)
        else:
            passphrase = environ.get(ENV_PASSPHRASE)
            recovery_key = environ.get(ENV_RECOVERY_KEY)
        return cls(passphrase=passphrase or None, recovery_key=recovery_key or None)

    def asker_for_new(self) -> Ask | None:
        return self.ask_new_passphrase or self.ask_passphrase


def _forget_key(engine: sqlalchemy.Engine) -> None:
    from sipdesk.store import engine as engine_mod

    engine_mod.forget_key(engine)


def _refuse_while_locked() -> Any:
    raise StoreLocked()


def sealed_engine() -> sqlalchemy.Engine:
    """An engine without a file or a key: every connection it is asked for raises StoreLocked."""
    import sqlalchemy

    return sqlalchemy.create_engine("sqlite://", creator=_refuse_while_locked)


@dataclass
class OpenStore:
    """An open store: its engine, its header facts and the lock that keeps it ours."""

    engine: sqlalchemy.Engine
    data_dir: Path
    store_id: str
    key_source: str
    lock: StoreLock = field(repr=False)
    # Set only when the store was just created or got a new key: shown once.
    recovery_key: str | None = field(default=None, repr=False)
    # Something the coordinator should be told about how the store was opened
    # ("store.json was written again"), in Swedish; None when nothing happened.
    notice: str | None = None
    sealed: bool = False

    def seal(self) -> None:
        """Close the file and overwrite the key; the lock stays ours, so no one else opens it.

        A demo store ("memory") keeps its engine: its key exists nowhere else.
        """
        if self.sealed or self.key_source == "memory":
            self.sealed = True
            return
        old, self.engine = self.engine, sealed_engine()
        self.sealed = True
        try:
            old.dispose()
        finally:
            _forget_key(old)

    def unseal(self, engine: sqlalchemy.Engine) -> None:
        if self.sealed and self.key_source != "memory":
            self.engine.dispose()
            self.engine = engine
        self.sealed = False

    def replace_engine(self, engine: sqlalchemy.Engine) -> None:
        """After a new key: the old engine's key is overwritten, the new one used."""
        old, self.engine = self.engine, engine
        old.dispose()
        _forget_key(old)

    def close(self) -> None:
        """Dispose of the engine (checkpointing the WAL) and release the lock."""
        try:
            self.engine.dispose()
            _forget_key(self.engine)
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
