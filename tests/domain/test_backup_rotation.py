"""The thinning rule for backups, on dates: exactly which copies are kept."""

from __future__ import annotations

from datetime import datetime, timedelta

from sipdesk.domain.backup_rotation import Rotation, to_keep

NOW = datetime(2026, 12, 1, 15, 0)


def test_nothing_to_keep_of_nothing():
    assert to_keep([], NOW) == set()


def test_every_backup_of_the_last_day_is_kept():
    times = [NOW - timedelta(minutes=30 * n) for n in range(48)]  # every half hour, a day
    assert to_keep(times, NOW) == set(times)


def test_older_days_keep_their_newest_copy_only():
    rotation = Rotation(recent_hours=24, daily=3, weekly=0, monthly=0)
    times = [
        datetime(2026, 12, 1, 9, 0),  # today, recent
        datetime(2026, 11, 30, 17, 0), datetime(2026, 11, 30, 9, 0),  # yesterday: 17.00 kept
        datetime(2026, 11, 29, 16, 0), datetime(2026, 11, 29, 8, 0),  # two days ago: 16.00
        datetime(2026, 11, 28, 12, 0),  # three days ago: outside daily=3
    ]
    kept = to_keep(times, NOW, rotation)
    assert kept == {datetime(2026, 12, 1, 9, 0), datetime(2026, 11, 30, 17, 0),
                    datetime(2026, 11, 29, 16, 0)}


def test_weeks_and_months_keep_one_copy_each():
    rotation = Rotation(recent_hours=0, daily=1, weekly=3, monthly=4)
    times = [
        datetime(2026, 12, 1, 12, 0),  # today (week 49): daily and weekly
        datetime(2026, 11, 26, 12, 0), datetime(2026, 11, 24, 12, 0),  # week 48: the 26th
        datetime(2026, 11, 18, 12, 0),  # week 47: kept
        datetime(2026, 11, 11, 12, 0),  # week 46: outside weekly=3, November already kept
        datetime(2026, 10, 20, 12, 0), datetime(2026, 10, 5, 12, 0),  # October: the 20th
        datetime(2026, 9, 30, 12, 0),  # September: kept (month 4 of 4 counting December)
        datetime(2026, 8, 31, 12, 0),  # August: outside monthly=4
    ]
    assert to_keep(times, NOW, rotation) == {
        datetime(2026, 12, 1, 12, 0), datetime(2026, 11, 26, 12, 0),
        datetime(2026, 11, 18, 12, 0), datetime(2026, 10, 20, 12, 0),
        datetime(2026, 9, 30, 12, 0),
    }


def test_the_newest_is_kept_even_when_it_is_old_and_the_future_is_never_thinned():
    rotation = Rotation(recent_hours=1, daily=1, weekly=1, monthly=1)
    old = datetime(2025, 1, 1, 12, 0)
    assert to_keep([old], NOW, rotation) == {old}
    future = NOW + timedelta(days=3)  # a clock that was set wrong
    assert future in to_keep([old, future], NOW, rotation)


def test_a_year_of_half_hourly_backups_thins_to_a_few_dozen():
    times = [NOW - timedelta(minutes=30 * n) for n in range(2 * 24 * 365)]
    kept = to_keep(times, NOW)
    assert 48 <= len(kept) <= 48 + 14 + 8 + 12
    assert max(times) in kept
