"""When a closed case comes up for deletion: months after closing, clamped to the month's end."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.retention import RetentionView, add_months, due_on, is_due


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 15), 1, date(2026, 2, 15)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2023, 8, 31), 6, date(2024, 2, 29)),  # a leap year
    (date(2026, 11, 30), 2, date(2027, 1, 30)),  # over the new year
    (date(2026, 12, 1), 12, date(2027, 12, 1)),
    (date(2020, 5, 5), 120, date(2030, 5, 5)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_due_on_the_first_day_after_the_period():
    closed = date(2024, 11, 23)
    assert due_on(closed, 24) == date(2026, 11, 23)
    assert is_due(closed, 24, date(2026, 11, 23))
    assert not is_due(closed, 24, date(2026, 11, 22))


def test_never_due_without_a_period_or_a_closing_date():
    assert not is_due(date(2000, 1, 1), None, date(2026, 11, 23))
    assert not is_due(None, 12, date(2026, 11, 23))
    assert not RetentionView(None, date(2026, 11, 23)).decided
