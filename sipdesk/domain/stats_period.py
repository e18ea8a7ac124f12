"""The period a statistics report covers, and the quick choices people ask for.

Both ends are included: "1 mars–31 maj" counts meetings on 31 May. The quick
choices are the ones a unit head or a regional SIP group asks for: this
month, the last full quarter, this year, the last twelve months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sipdesk.domain.dates import check_date
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.words import long_date

FIELD = "period"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        check_date(self.start, "Periodens första dag", field=FIELD)
        check_date(self.end, "Periodens sista dag", field=FIELD)
        if self.end < self.start:
            raise ValidationError(
                f"Perioden slutar ({long_date(self.end)}) innan den börjar "
                f"({long_date(self.start)}). Byt plats på datumen.", field=FIELD)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def title(self) -> str:
        """'1 mars 2026–31 maj 2026', as reports and files are titled."""
        return f"{long_date(self.start)}–{long_date(self.end)}"


def this_month(today: date) -> Period:
    return Period(today.replace(day=1), _month_end(today))


def last_quarter(today: date) -> Period:
    """The last full calendar quarter before the one `today` is in."""
    first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - timedelta(days=1)
    return Period(date(end.year, end.month - 2, 1), end)


def this_year(today: date) -> Period:
    return Period(date(today.year, 1, 1), date(today.year, 12, 31))


def last_twelve_months(today: date) -> Period:
    """From the first of the month a year ago up to and including `today`."""
    start = date(today.year - 1, today.month, 1)
    return Period(start, today)


QUICK_CHOICES = (
    ("Denna månad", this_month),
    ("Förra kvartalet", last_quarter),
    ("I år", this_year),
    ("Senaste tolv månaderna", last_twelve_months),
)


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)
