"""Swedish working days: the days a SIP meeting can be held.

A day off is a Saturday, a Sunday, a Swedish public holiday (the `holidays`
package's list, with Swedish names), or one of the eves everyone takes off
although no law says so: midsommarafton, julafton and nyårsafton. Those eves
are added here, in `_EVES_OFF`, and nowhere else. The meeting form warns about a
day off (responses.meeting_problems); the demo data books only working days.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import cache

import holidays

from sipdesk.domain.words import WEEKDAYS


def _midsummer_eve(year: int) -> date:
    """The Friday before midsommardagen (the Saturday 20-26 June): 19-25 June."""
    first = date(year, 6, 19)
    return first + timedelta(days=(4 - first.weekday()) % 7)


# The eves taken off that are not public holidays: (name, its day in a year).
_EVES_OFF: tuple[tuple[str, Callable[[int], date]], ...] = (
    ("midsommarafton", _midsummer_eve),
    ("julafton", lambda year: date(year, 12, 24)),
    ("nyårsafton", lambda year: date(year, 12, 31)),
)
# Holiday names that begin with a proper noun keep their capital letter in a sentence.
_PROPER = ("Kristi ",)
# A meeting longer than this is more than a working day: the form asks whether it is right.
LONGEST_MEETING = timedelta(hours=8)


@cache
def _days_off(year: int) -> Mapping[date, str]:
    """The public holidays and eves off of `year`, by day, with their Swedish names."""
    found: dict[date, str] = {}
    # Sweden's public holidays (nyårsdagen, trettondedag jul, påsk, första maj, Kristi
    # himmelsfärdsdag, pingstdagen, nationaldagen, midsommardagen, alla helgons dag, jul).
    # Without include_sundays=False every Sunday is one too, named "Söndag"; the weekend
    # has its own words below. The eves are not public holidays: _EVES_OFF adds them.
    public = holidays.Sweden(years=year, language="sv", include_sundays=False)
    for day in sorted(public):
        found[day] = _in_sentence(public.get_list(day)[0])
    for name, of_year in _EVES_OFF:
        found.setdefault(of_year(year), name)
    return found


def _in_sentence(name: str) -> str:
    """'Juldagen' -> 'juldagen', as the word stands inside a sentence; 'Kristi ...' stays."""
    if name.startswith(_PROPER):
        return name
    return name[:1].lower() + name[1:]


def holiday(day: date) -> str | None:
    """The Swedish name of the public holiday or eve off on `day` ('julafton'), else None."""
    return _days_off(day.year).get(day)


def day_off(day: date) -> str | None:
    """Why `day` is no working day, to finish 'Den 24 december 2026 är ...': the holiday's
    name ('julafton', 'annandag jul'), else 'en lördag' or 'en söndag'; None on a working day.
    """
    name = holiday(day)
    if name is not None:
        return name
    if day.weekday() >= 5:
        return f"en {WEEKDAYS[day.weekday()]}"
    return None


def is_working_day(day: date) -> bool:
    """Monday to Friday and no public holiday or eve off: a day a SIP meeting can be held."""
    return day_off(day) is None


def next_working_day(day: date, step: int = 1) -> date:
    """`day` if it is a working day, else the nearest one after it (step 1) or before (-1)."""
    while not is_working_day(day):
        day += timedelta(days=step)
    return day
