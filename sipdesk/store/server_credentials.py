"""The password of a team-server login: kept in the OS keychain, asked for when missing.

Never in a file, never in a URL written to disk or shown: every URL that is
logged, shown or saved goes through without_password() first. The keychain
entry is service "sipdesk-server", username LOGIN@HOST:PORT/DATABASE, so two
servers (or two logins on one) have entries of their own. A keychain that is
missing or refuses is not an error: the password is then asked for each time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from sipdesk.store import server
from sipdesk.store.server_errors import ServerPasswordNeeded, ServerWrongPassword

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

KEYRING_SERVICE = "sipdesk-server"
# After so many wrong passwords in a row the opening stops with the last message.
PASSWORD_TRIES = 5
KEYCHAIN_REFUSED = (
    "Lösenordet kunde inte sparas i nyckelringen; du får skriva det vid nästa start."
)


def without_password(url: str | URL) -> str:
    """`url` as text with any password taken out: for logs, messages, the title and the
    config file. Text that is no URL at all is given back as a placeholder."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "(ogiltig adress)"
    if parsed.password is not None:
        parsed = parsed._replace(password=None)
    text = parsed.render_as_string(hide_password=False).replace(
        f"{server.DRIVER}://", "postgresql://", 1)
    # A path in the query (sslrootcert=/etc/...) reads as the person wrote it.
    head, mark, query = text.partition("?")
    return head + mark + query.replace("%2F", "/")


def split_password(url: str | URL) -> tuple[URL, str | None]:
    """The server URL (checked, psycopg, TLS as required) without its password, and the
    password that was written in it (None if none)."""
    parsed = server.server_url(url)
    password = None if parsed.password is None else str(parsed.password)
    return parsed._replace(password=None), password


def account(url: URL) -> str:
    """The keychain's username for a login on a server: login@host:port/database."""
    return f"{url.username or ''}@{server.describe(url)}"


def _keyring(backend: keyring.backend.KeyringBackend | None) -> keyring.backend.KeyringBackend:
    import keyring

    return backend if backend is not None else keyring.get_keyring()


def stored_password(url: URL, backend: keyring.backend.KeyringBackend | None = None
                    ) -> str | None:
    """The password kept for this login on this server, or None (none, or no keychain)."""
    try:
        value = _keyring(backend).get_password(KEYRING_SERVICE, account(url))
    except Exception as exc:  # any backend's trouble means "not kept here"
        # No keychain on this computer at all is ordinary (a server, a minimal desktop).
        level = logging.DEBUG if type(exc).__name__ == "NoKeyringError" else logging.WARNING
        log.log(level, "Keychain lookup failed: %s", type(exc).__name__)
        return None
    return value or None


def store_password(url: URL, password: str,
                   backend: keyring.backend.KeyringBackend | None = None) -> bool:
    """Keep the password in the keychain; False (and a log line) if the keychain refuses."""
    try:
        _keyring(backend).set_password(KEYRING_SERVICE, account(url), password)
    except Exception as exc:
        log.warning("Keychain refused the server password: %s", type(exc).__name__)
        return False
    return True


def forget_password(url: URL, backend: keyring.backend.KeyringBackend | None = None) -> None:
    try:
        _keyring(backend).delete_password(KEYRING_SERVICE, account(url))
    except Exception as exc:  # none kept, or no keychain: nothing to forget
        log.debug("No server password forgotten: %s", type(exc).__name__)


@dataclass(frozen=True)
class PasswordAnswer:
    """What the person typed, and whether the keychain should keep it."""

    password: str
    remember: bool = False


# Asked with the server's short name and, after a failed try, the reason in Swedish
# (empty the first time); None: the person declined.
AskPassword = Callable[[str, str], PasswordAnswer | None]


def open_with_password(url: str | URL, data_dir: Path, *, ask: AskPassword | None = None,
                       create: bool = False,
                       backend: keyring.backend.KeyringBackend | None = None
                       ) -> server.ServerStore:
    """Open the store on the server with the login's password: the one in the URL, or
    the keychain's, or (when the server asks and `ask` is given) one typed in, again
    after a wrong one. A typed password the person wants kept goes to the keychain once
    it has opened the store. Without `ask`, a missing or wrong password is raised.

    Servers that need no password (a Unix socket with peer, GSSAPI/Kerberos) open at
    once: nothing is asked unless the server asks.
    """
    clean, given = split_password(url)
    password = given if given is not None else stored_password(clean, backend)
    from_keychain = given is None and password is not None
    typed: PasswordAnswer | None = None
    tries = 0
    while True:
        try:
            store = server.open_server(clean, data_dir, create=create, password=password)
            break
        except (ServerPasswordNeeded, ServerWrongPassword) as exc:
            if ask is None:
                raise
            if isinstance(exc, ServerWrongPassword):
                tries += 1
                if tries >= PASSWORD_TRIES:
                    raise
            # A kept password that no longer works is said as wrong, then asked for.
            problem = "" if isinstance(exc, ServerPasswordNeeded) else exc.message
            typed = ask(server.short_name(clean), problem)
            if typed is None or not typed.password:
                raise ServerPasswordNeeded() from None
            password = typed.password
            from_keychain = False
    if typed is not None and typed.remember and not from_keychain:
        if not store_password(clean, typed.password, backend):
            store.notice = KEYCHAIN_REFUSED
    return store


def is_password_error(exc: BaseException) -> bool:
    return isinstance(exc, ServerPasswordNeeded | ServerWrongPassword)

