"""Retention (gallring): when a closed case comes up for deletion.

The municipality decides the period in months after a case was closed;
there is no default, because guessing one could delete records too early.
A case closed on 31 August with a period of 6 months comes up on the last
day of February.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


def add_months(day: date, months: int) -> date:
    """`day` moved `months` calendar months on, on the same day or the month's last."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_on(closed_on: date, months: int) -> date:
    """The first day a case closed on `closed_on` may be deleted."""
    return add_months(closed_on, months)


def is_due(closed_on: date | None, months: int | None, today: date) -> bool:
    """Has a case closed on `closed_on` come up for deletion? Never without a period."""
    if closed_on is None or months is None:
        return False
    return due_on(closed_on, months) <= today


@dataclass(frozen=True)
class RetentionCandidate:
    """A closed case whose retention period has passed, as the gallring dialog lists it."""

    case_id: int
    reference: str
    initials: str  # the child by initials only, also on the coordinator's own screen
    closed_on: date
    reason: str  # why it was closed, in Swedish
    due_on: date
    latest_plan_id: int | None  # the plan version to export before deleting, if any


@dataclass(frozen=True)
class RetentionView:
    """What the gallring dialog shows: the period (None = not decided) and the cases due."""

    months: int | None
    today: date
    candidates: tuple[RetentionCandidate, ...] = ()

    @property
    def decided(self) -> bool:
        return self.months is not None
