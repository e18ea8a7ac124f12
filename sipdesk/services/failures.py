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
from sipdesk.store.errors import StoreError

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
    "Arkivet verkar vara skadat. Kör ”sipdesk check” och återställ från den senaste "
    "säkerhetskopian om det behövs."
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


def describe(exc: BaseException) -> Failure:
    """The Swedish sentence for `exc`; logs what went wrong without its parameters."""
    if isinstance(exc, MoveRefused):
        return Failure(exc.message, reasons=tuple(exc.reasons))
    if isinstance(exc, ValidationError):
        return Failure(exc.message, field=exc.field)
    if isinstance(exc, DomainError):
        return Failure(exc.message)
    if isinstance(exc, StoreError):
        return Failure(exc.message, refused=False)
    text = _driver_message(exc)
    if "full" in text:
        message = DISK_FULL
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = READ_ONLY
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        message = DAMAGED
    elif isinstance(exc, OSError):
        message = _os_message(exc)
    elif isinstance(exc, sqlite3.Error) or "sqlalchemy" in type(exc).__module__:
        message = UNEXPECTED
    else:
        message = UNEXPECTED
    # The type and where it happened, never str(exc): a driver's text can quote a row.
    log.error("%s in %s", type(exc).__name__, _where(exc))
    return Failure(message, refused=False)


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
