"""The range of dates the program accepts, so one mistyped year cannot break the rules.

A "behov upptäckt" of 9999-12-31 once made every deadline computation
overflow and took the whole board down. Dates a SIP can have lie well inside
1900–2100; anything outside is a typing mistake and is refused at input.
"""

from __future__ import annotations

from datetime import date

from sipdesk.domain.board_facts import AnyCase
from sipdesk.domain.deadlines import DueItem, DueKind
from sipdesk.domain.errors import ValidationError

EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


def date_problem(value: date | None, what: str) -> str | None:
    """Why `value` cannot be a date of a case (None when it can, or when there is none)."""
    if value is None or EARLIEST <= value <= LATEST:
        return None
    return (f"{what} ({value.isoformat()}) ligger utanför det rimliga. Skriv ett datum "
            f"mellan {EARLIEST.year} och {LATEST.year}.")


def check_date(value: date | None, what: str, *, field: str | None = None) -> None:
    problem = date_problem(value, what)
    if problem:
        raise ValidationError(problem, field=field)


# What the board, the Today list and `sipdesk cases` say about a case whose stored
# dates the rules cannot count with (written before dates were checked at input).
CANNOT_COMPUTE = (
    "Förfallodagarna kan inte beräknas: ett datum i ärendet ligger utanför "
    f"{EARLIEST.year}–{LATEST.year}. Rätta datumet i akten."
)


def cannot_compute_item(case: AnyCase, on: date) -> DueItem:
    """The one Today item of a case whose dates break the rules: fix the date, today."""
    return DueItem(due=on, case_reference=case.reference, kind=DueKind.NEXT_STEP,
                   text=CANNOT_COMPUTE, case_id=case.id)
