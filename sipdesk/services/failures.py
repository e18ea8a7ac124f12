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
        type(exc).__module__.startswith(("sqlalchemy", "sqlcipher3"))
    )


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
