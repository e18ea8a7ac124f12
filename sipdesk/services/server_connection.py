"""The team server setting (ws.server_connection): which server the window opens at the
next start, and "Testa anslutningen" for an address before it is saved.

The address is this computer's setting, not the store's (store/server_config.py);
the password stays in the keychain. A test connects with the password kept there
(or none) and never asks: the window asks at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from sipdesk.domain.errors import ValidationError
from sipdesk.services.failures import SERVER_NOT_A_STORE
from sipdesk.store import server, server_config, server_credentials
from sipdesk.store.errors import StoreError
from sipdesk.store.server_credentials import PasswordAnswer
from sipdesk.store.server_errors import ServerPasswordNeeded

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


__all__ = ["ConnectionTest", "Outcome", "PasswordAnswer", "ServerConnection"]


class Outcome(Enum):
    WORKS = "works"  # connected, and a sipdesk store is there
    NEEDS_PASSWORD = "needs_password"  # the server answers and asks for a password
    FAILED = "failed"  # `message` says why


@dataclass(frozen=True)
class ConnectionTest:
    outcome: Outcome
    message: str = ""  # for FAILED: one of failures.py's server sentences, or the store's
    where: str = ""  # host/database


class ServerConnection:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def saved_url(self) -> str:
        """The address the window opens at its next start ("" for the local store)."""
        return server_config.saved_server_url() or ""

    def save_url(self, url: str) -> str:
        """Save the address for the next start ("" for the local store); returns it as saved
        (without any password). A wrong address is refused in Swedish, field "server"."""
        try:
            return server_config.save_server_url(url) or ""
        except StoreError as exc:
            raise ValidationError(exc.message, field="server") from None

    def test(self, url: str) -> ConnectionTest:
        """Connect once to `url` with the keychain's password, if any, and close again."""
        try:
            clean, given = server_credentials.split_password(url.strip())
        except StoreError as exc:
            return ConnectionTest(Outcome.FAILED, exc.message)
        where = server.short_name(clean)
        password = given if given is not None else server_credentials.stored_password(clean)
        try:
            engine = server.server_engine(clean, password=password)
        except ServerPasswordNeeded:
            return ConnectionTest(Outcome.NEEDS_PASSWORD, where=where)
        except StoreError as exc:
            return ConnectionTest(Outcome.FAILED, exc.message, where)
        try:
            server.read_store_id(engine)
        except StoreError as exc:
            return ConnectionTest(Outcome.FAILED, exc.message, where)
        except Exception:  # no sipdesk tables there, or none this login may read
            return ConnectionTest(Outcome.FAILED, SERVER_NOT_A_STORE, where)
        finally:
            engine.dispose()
        return ConnectionTest(Outcome.WORKS, where=where)

