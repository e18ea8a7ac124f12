"""Which backups to keep: every recent one, then one a day, a week and a month (Anki's model).

A coordinator who notices a mistake the same afternoon wants the copy from
an hour ago; one who notices it after the summer wants last month's. Keeping
the newest copy of each recent day, week and month gives both with a few
dozen files. The rule is pure so that it is tested on dates, not on disks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Rotation:
    recent_hours: int = 24  # every backup this young is kept
    daily: int = 14  # then the newest of each of this many days
    weekly: int = 8  # then the newest of each of this many weeks
    monthly: int = 12  # then the newest of each of this many months


def _newest_per(times: list[datetime], bucket: Callable[[datetime], Hashable],
                wanted: Iterable[Hashable]) -> set[datetime]:
    wanted = set(wanted)
    kept: dict[Hashable, datetime] = {}
    for t in times:  # newest first, so the first seen of a bucket is its newest
        b = bucket(t)
        if b in wanted and b not in kept:
            kept[b] = t
    return set(kept.values())


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def _months_back(day: date, n: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - n
    return index // 12, index % 12 + 1


def to_keep(times: Iterable[datetime], now: datetime,
            rotation: Rotation = Rotation()) -> set[datetime]:
    """The backup times to keep of `times`, at `now`; the newest is always kept."""
    ordered = sorted(set(times), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    recent = timedelta(hours=rotation.recent_hours)
    keep |= {t for t in ordered if timedelta(0) <= now - t <= recent}
    today = now.date()
    keep |= _newest_per(ordered, lambda t: t.date(),
                        (today - timedelta(days=n) for n in range(rotation.daily)))
    keep |= _newest_per(ordered, lambda t: _week(t.date()),
                        (_week(today - timedelta(weeks=n)) for n in range(rotation.weekly)))
    keep |= _newest_per(ordered, lambda t: (t.year, t.month),
                        (_months_back(today, n) for n in range(rotation.monthly)))
    # A clock set wrong must never make the program delete what it cannot place.
    keep |= {t for t in ordered if t > now}
    return keep
