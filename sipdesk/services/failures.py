"""Every error a use case can end in, told as one Swedish sentence without personal data.

The window and the command line both show errors through describe(), so a
full disk reads the same everywhere, and nothing from a driver (which may
quote a row with the child's name) ever reaches the screen or a log line.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from dataclasses import dataclass

from sipdesk.domain.errors import DomainError, MoveRefused, ValidationError
from sipdesk.services.conflicts import StaleWrite, is_stale
from sipdesk.store.errors import StoreDamaged, StoreError
from sipdesk.store.server_errors import (
    ServerCertificateNotVerified,
    ServerError,
    ServerNotReady,
    ServerPasswordNeeded,
    ServerRefusedLogin,
    ServerTlsRequired,
    ServerUnreachable,
    ServerWrongPassword,
)

log = logging.getLogger(__name__)

DISK_FULL = (
    "Det gick inte att spara: disken är full. Frigör utrymme och försök igen; "
    "det som redan var sparat finns kvar."
)
READ_ONLY = (
    "Det gick inte att spara: arkivet går inte att skriva till (skrivskyddat eller "
    "utan behörighet). Det som redan var sparat finns kvar."
)
DAMAGED = (
    "Arkivet är skadat: en del av arkivfilen går inte att läsa. Det är inte fel lösenfras. "
    "Kör ”sipdesk check” för att se var, och lägg tillbaka den senaste säkerhetskopian "
    "(Arkiv → Säkerhetskopior…, eller ”sipdesk restore”)."
)
FILE_NOT_WRITTEN = "Filen kunde inte sparas där. Välj en annan mapp och försök igen."
NOT_FOUND = "Mappen eller filen finns inte."
UNEXPECTED = (
    "Något gick fel, och ändringen sparades inte. Försök igen; om det händer igen, "
    "starta om programmet."
)

# --- the team server (PostgreSQL) ---------------------------------------------------------
# Opening: the store's own errors (store/server_errors.py), named here for the window's
# translation. At work: what psycopg says, mapped below. None names a child, a login's
# password or the driver's text.
SERVER_UNREACHABLE = ServerUnreachable.default_message
SERVER_PASSWORD_NEEDED = ServerPasswordNeeded.default_message
SERVER_WRONG_PASSWORD = ServerWrongPassword.default_message
SERVER_CERTIFICATE = ServerCertificateNotVerified.default_message
SERVER_TLS_REQUIRED = ServerTlsRequired.default_message
SERVER_REFUSED_LOGIN = ServerRefusedLogin.default_message
SERVER_NOT_READY = ServerNotReady.default_message
SERVER_FAILED = ServerError.default_message
SERVER_CONNECTION_LOST = (
    "Förbindelsen med teamservern bröts, så det senaste sparades inte. Kontrollera "
    "nätverket och försök igen; det som redan var sparat finns kvar på servern."
)
SERVER_NOT_PERMITTED = (
    "Teamservern nekade: din inloggning har inte behörighet till det här (ärendet kan höra "
    "till ett annat team). Ingenting ändrades."
)
SERVER_CASE_LEASED = (
    "Ärendet är taget med av en kollega och kan bara läsas tills det lämnats tillbaka. "
    "Ingenting ändrades."
)
SERVER_NOT_A_STORE = (
    "Teamservern svarar, men databasen är inget sipdesk-arkiv som inloggningen kan läsa. "
    "Kontrollera databasens namn i adressen, eller be IT-avdelningen köra "
    "”sipdesk server init”."
)
# Every sentence of the team server above (a test holds the window's English to it).
SERVER_MESSAGES = (
    SERVER_UNREACHABLE, SERVER_PASSWORD_NEEDED, SERVER_WRONG_PASSWORD, SERVER_CERTIFICATE,
    SERVER_TLS_REQUIRED, SERVER_REFUSED_LOGIN, SERVER_NOT_READY, SERVER_FAILED,
    SERVER_CONNECTION_LOST, SERVER_NOT_PERMITTED, SERVER_CASE_LEASED, SERVER_NOT_A_STORE,
)
# SQLSTATE: insufficient_privilege (grants, row-level security, the lease guard), the
# connection classes, and the server shutting down or the session being ended.
_REFUSED_STATE = "42501"
_LOST_STATES = ("08", "57P01", "57P02", "57P03")
_LEASE_GUARD = "taget med av"


@dataclass(frozen=True)
class Failure:
    """Why something did not happen, for the coordinator.

    `refused` is True when a rule said no (the input can be fixed), False when
    the disk, the store or the program failed. `field` names the input that a
    rule refused; `reasons` lists what is missing for a move or a signature.
    """

    message: str
    refused: bool = True
    field: str | None = None
    reasons: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.message


def _driver_message(exc: BaseException) -> str:
    # sqlite3 and sqlcipher3 errors carry their text in args[0]; SQLAlchemy wraps
    # them as .orig. Only the driver's own words are inspected, never the SQL.
    orig = getattr(exc, "orig", exc)
    return str(orig.args[0]).lower() if getattr(orig, "args", None) else ""


def is_damage(exc: BaseException) -> bool:
    """Does `exc` say the store file is damaged (rather than full, read-only or locked)?"""
    if isinstance(exc, StoreDamaged):
        return True
    if isinstance(exc, StoreError):
        return False
    text = _driver_message(exc)
    return "malformed" in text or "not a database" in text or "corrupt" in text


def describe(exc: BaseException, *, log_level: int = logging.ERROR) -> Failure:
    """The Swedish sentence for `exc`; logs what went wrong without its parameters.

    The command line logs at DEBUG (it prints the sentence itself); the window
    at ERROR, so the terminal it was started from keeps a trace of what failed.
    """
    if isinstance(exc, MoveRefused):
        return Failure(exc.message, reasons=tuple(exc.reasons))
    if isinstance(exc, ValidationError):
        return Failure(exc.message, field=exc.field)
    if isinstance(exc, DomainError):
        return Failure(exc.message)
    if isinstance(exc, StoreError):
        return Failure(exc.message, refused=False)
    if is_stale(exc):  # a colleague's write came first (row versions): say so, plainly
        return Failure(StaleWrite().message)
    on_server = _server_message(exc)
    if on_server is not None:
        message, refused = on_server
        log.log(log_level, "%s in %s", type(getattr(exc, "orig", None) or exc).__name__,
                _where(exc))
        return Failure(message, refused=refused)
    text = _driver_message(exc)
    if "full" in text:
        message = DISK_FULL
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = READ_ONLY
    elif is_damage(exc):
        message = DAMAGED
    elif isinstance(exc, OSError):
        message = _os_message(exc)
    else:
        message = UNEXPECTED
    # The type and where it happened, never str(exc): a driver's text can quote a row.
    log.log(log_level, "%s in %s", type(exc).__name__, _where(exc))
    return Failure(message, refused=False)


def is_store_fault(exc: BaseException) -> bool:
    """A failure of the store (its file, its disk, its driver), not of a rule or another file."""
    return isinstance(exc, (StoreError, sqlite3.Error)) or (
        type(exc).__module__.startswith(("sqlalchemy", "sqlcipher3", "psycopg"))
    )


def _server_message(exc: BaseException) -> tuple[str, bool] | None:
    """The sentence for a PostgreSQL error during work, and whether a rule refused; None
    for anything else. Only the error's class, SQLSTATE and our own trigger's words
    are read, never a row."""
    orig = getattr(exc, "orig", None) or exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    state = str(getattr(orig, "sqlstate", None) or "")
    if state == _REFUSED_STATE:
        # Our own lease guard's words (server_security), never a row's values.
        primary = str(getattr(getattr(orig, "diag", None), "message_primary", None)
                      or (orig.args[0] if orig.args else ""))
        return (SERVER_CASE_LEASED if _LEASE_GUARD in primary else SERVER_NOT_PERMITTED), True
    lost = getattr(exc, "connection_invalidated", False) or state.startswith(_LOST_STATES)
    if lost or (not state and type(orig).__name__ in ("OperationalError", "InterfaceError")):
        return SERVER_CONNECTION_LOST, False
    return None


def _os_message(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Det gick inte att skriva filen: du saknar behörighet i den mappen."
    if exc.errno == errno.ENOENT:
        return NOT_FOUND
    return FILE_NOT_WRITTEN


def _where(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    code = tb.tb_frame.f_code
    return f"{code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno} ({code.co_name})"
