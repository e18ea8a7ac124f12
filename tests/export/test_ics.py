"""The calendar file parsed back by icalendar: right time zone, no personal data."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from icalendar import Calendar

from sipdesk.domain.enums import MeetingMode
from sipdesk.domain.invitation_letter import Contact
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.export.ics import meeting_calendar, meeting_uid
from tests.export.sample import MEETING_DAY, sample_case

STAMP = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se")


def _event(data: bytes):
    cal = Calendar.from_ical(data)
    (event,) = cal.walk("VEVENT")
    return cal, event


def test_event_round_trips_with_stockholm_time():
    case, meeting = sample_case()
    data = meeting_calendar(case, meeting, meeting_uid("store-1", 5), CONTACT, STAMP)
    cal, event = _event(data)
    assert str(cal["METHOD"]) == "PUBLISH"
    assert "sipdesk" in str(cal["PRODID"])
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime.combine(MEETING_DAY, time(13), tzinfo=ZoneInfo("Europe/Stockholm"))
    assert start.utcoffset().total_seconds() == 3600  # CET in December
    assert end - start == datetime(1, 1, 1, 14, 30) - datetime(1, 1, 1, 13)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert str(event["UID"]) == "sipdesk-meeting-store-1-5@sipdesk.local"
    assert str(event["SUMMARY"]) == "SIP-möte SIP-2026-0001 (E.L.)"
    assert str(event["LOCATION"]) == "Kommunhuset, rum Ekorren"
    assert "Syfte: Att göra en plan" in str(event["DESCRIPTION"])


def test_summer_meeting_is_cest():
    case, meeting = sample_case()
    meeting.date = meeting.date.replace(month=6, day=15)
    _, event = _event(meeting_calendar(case, meeting, "u", stamp=STAMP))
    assert event.decoded("DTSTART").utcoffset().total_seconds() == 7200


def test_no_child_name_and_no_personnummer():
    case, meeting = sample_case(purpose="Elsa Lind 20121212-1212 behöver stöd; Elsas skola.")
    data = meeting_calendar(case, meeting, "u", CONTACT, STAMP)
    text = Calendar.from_ical(data).to_ical().decode()
    unfolded = data.decode().replace("\r\n ", "")
    for blob in (text, unfolded):
        assert "Elsa" not in blob and "Lind" not in blob
        assert find_personnummer(blob) == []


def test_crlf_and_folded_lines_for_outlook():
    case, meeting = sample_case(purpose="Ett långt syfte " * 20)
    data = meeting_calendar(case, meeting, "u", CONTACT, STAMP)
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)


def test_same_uid_every_export_so_calendars_update():
    case, meeting = sample_case()
    first = _event(meeting_calendar(case, meeting, meeting_uid("s", 5), stamp=STAMP))[1]
    meeting.start, meeting.end = time(10), time(11)
    again = _event(meeting_calendar(case, meeting, meeting_uid("s", 5), stamp=STAMP))[1]
    assert first["UID"] == again["UID"]


def test_video_meeting_has_link_as_location_and_url():
    case, meeting = sample_case()
    meeting.mode, meeting.place = MeetingMode.VIDEO, "https://video.exempel.se/sip-5"
    _, event = _event(meeting_calendar(case, meeting, "u", stamp=STAMP))
    assert str(event["LOCATION"]) == "Video: https://video.exempel.se/sip-5"
    assert str(event["URL"]) == "https://video.exempel.se/sip-5"
