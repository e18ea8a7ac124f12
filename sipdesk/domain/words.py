"""One way to write dates, clock times and meetings in Swedish, for screens, the wall and paper.

The board, the record, the projector and every PDF write a meeting the same
way ("SIP-möte 21 december 2026 kl. 13.00–14.30"), so what the meeting sees
on the wall is what it signs on paper. Clock times use the Swedish full stop
(13.00), as Språkrådet recommends. Lists and tables keep ISO dates
(2026-12-21), which sort and scan well in columns.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Protocol

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")
NO_DATE = "datum ej satt"


class _Dated(Protocol):
    """Anything with a meeting's date and times: a Meeting, a stored row, a protocol."""

    @property
    def date(self) -> date | None: ...

    @property
    def start(self) -> time | None: ...

    @property
    def end(self) -> time | None: ...


def long_date(day: date | None, weekday: bool = False) -> str:
    """'21 december 2026', or 'måndag 21 december 2026'; '' without a date."""
    if day is None:
        return ""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def short_date(day: date) -> str:
    """'3 dec': a date on a card, where the year is this one or the next."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]}"


def iso(day: date | datetime | None, empty: str = "–") -> str:
    """'2026-12-21' in a list or a table; `empty` without a date."""
    if day is None:
        return empty
    return (day.date() if isinstance(day, datetime) else day).isoformat()


def clock(t: time) -> str:
    """'13.00'."""
    return f"{t.hour:02d}.{t.minute:02d}"


def seconds_clock(t: datetime | time) -> str:
    """'13.02.45', for 'Sparat 13.02.45'."""
    return f"{t.hour:02d}.{t.minute:02d}.{t.second:02d}"


def time_range(start: time, end: time | None = None) -> str:
    """'kl. 13.00–14.30', or 'kl. 13.00' without an end."""
    return f"kl. {clock(start)}–{clock(end)}" if end else f"kl. {clock(start)}"


def when(day: date | None, start: time | None = None, end: time | None = None, *,
         weekday: bool = False) -> str:
    """'21 december 2026 kl. 13.00–14.30'; 'datum ej satt' without a date."""
    if day is None:
        return NO_DATE
    text = long_date(day, weekday)
    return f"{text} {time_range(start, end)}" if start is not None else text


def meeting_when(meeting: _Dated, *, weekday: bool = False) -> str:
    return when(meeting.date, meeting.start, meeting.end, weekday=weekday)


def meeting_line(kind_label: str, meeting: _Dated) -> str:
    """'SIP-möte 21 december 2026 kl. 13.00–14.30' (the kind as its label gives it)."""
    return f"{kind_label} {meeting_when(meeting)}"


def days(n: int) -> str:
    """'1 dag', '3 dagar'."""
    return "1 dag" if n == 1 else f"{n} dagar"
