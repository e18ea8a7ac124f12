"""Swedish working days: weekends, public holidays and the eves everyone takes off."""

from __future__ import annotations

from datetime import date, time

import pytest

from sipdesk.domain.entities import Meeting
from sipdesk.domain.enums import MeetingKind
from sipdesk.domain.responses import meeting_problems
from sipdesk.domain.working_days import day_off, is_working_day, next_working_day

ON = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 12, 24), "julafton"),  # a Thursday
    (date(2026, 12, 25), "juldagen"),
    (date(2026, 12, 26), "annandag jul"),  # a Saturday: the holiday's name, not the weekday
    (date(2026, 12, 31), "nyårsafton"),
    (date(2027, 1, 1), "nyårsdagen"),
    (date(2026, 1, 6), "trettondedag jul"),
    (date(2026, 4, 3), "långfredagen"),
    (date(2026, 4, 6), "annandag påsk"),
    (date(2026, 5, 1), "första maj"),
    (date(2026, 5, 14), "Kristi himmelsfärdsdag"),
    (date(2026, 6, 6), "nationaldagen"),
    (date(2026, 6, 19), "midsommarafton"),
    (date(2027, 6, 25), "midsommarafton"),
    (date(2026, 11, 22), "en söndag"),
    (date(2026, 11, 21), "en lördag"),
])
def test_a_day_off_has_its_swedish_name(day, name):
    assert day_off(day) == name
    assert not is_working_day(day)


@pytest.mark.parametrize("day", [
    date(2026, 12, 23), date(2026, 12, 28), date(2027, 1, 5), date(2026, 6, 18),
    date(2026, 6, 22), date(2026, 4, 2), date(2026, 4, 7), ON,
])
def test_working_days(day):
    assert day_off(day) is None
    assert is_working_day(day)


def test_every_sunday_is_a_day_off_but_named_as_a_sunday():
    # The holidays package counts every Sunday as a holiday unless told not to.
    assert day_off(date(2026, 3, 8)) == "en söndag"
    assert day_off(date(2026, 4, 5)) == "påskdagen"


def test_the_next_working_day():
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)
    assert next_working_day(date(2026, 12, 24), -1) == date(2026, 12, 23)
    assert next_working_day(ON) == ON


def _meeting(day, start=time(13), end=time(14, 30)) -> Meeting:
    return Meeting(MeetingKind.FIRST_SIP, day, start, end, "Rum 1", purpose="Skolan")


def test_a_meeting_on_julafton_is_a_warning_not_an_error():
    (warning,) = meeting_problems(_meeting(date(2026, 12, 24)), ON, is_new=True)
    assert (warning.field, warning.error) == ("date", False)
    assert warning.message == "24 december 2026 är julafton. Stämmer datumet?"


def test_a_meeting_on_a_sunday_or_a_holiday_warns_also_when_changed():
    for day, off in [(date(2026, 12, 27), "en söndag"), (date(2027, 1, 6), "trettondedag jul"),
                     (date(2026, 12, 26), "annandag jul")]:
        (warning,) = meeting_problems(_meeting(day), ON, is_new=False)
        assert warning.field == "date" and not warning.error and f"är {off}." in warning.message


def test_a_past_day_off_gives_one_warning_with_both():
    (warning,) = meeting_problems(_meeting(date(2026, 11, 22)), ON, is_new=True)
    assert warning.message == ("Datumet 2026-11-22 har redan varit. Stämmer det? "
                               "22 november 2026 är en söndag. Stämmer datumet?")


def test_a_meeting_on_a_working_day_gives_no_warning():
    assert meeting_problems(_meeting(date(2026, 12, 23)), ON, is_new=True) == []


def test_a_meeting_longer_than_a_working_day_warns():
    (warning,) = meeting_problems(_meeting(date(2026, 12, 23), time(6), time(23)), ON,
                                  is_new=True)
    assert (warning.field, warning.error) == ("end", False)
    assert warning.message == "Mötet varar i 17 timmar, längre än en arbetsdag. Stämmer tiderna?"
    (longer,) = meeting_problems(_meeting(date(2026, 12, 23), time(8), time(16, 30)), ON,
                                 is_new=True)
    assert "8 timmar och 30 minuter" in longer.message
    # Eight hours is a working day, not more.
    assert meeting_problems(_meeting(date(2026, 12, 23), time(8), time(16)), ON,
                            is_new=True) == []
