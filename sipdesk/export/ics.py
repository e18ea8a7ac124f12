"""The meeting as a calendar file (RFC 5545) that Outlook, Google and Apple import.

Calendars sync to servers outside the municipality, so the entry names the
case by its reference and the child by initials at most; no personnummer,
no participant list. The times carry TZID Europe/Stockholm with a VTIMEZONE
written out with the EU summer-time rules (RRULE form, which Outlook reads
best). The library writes CRLF line endings and folds long lines.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from sipdesk.domain.entities import Case, Meeting
from sipdesk.domain.enums import MeetingMode
from sipdesk.domain.invitation_letter import (
    MEETING_NAMES,
    Contact,
    check_can_send,
    clean_text,
    meeting_end,
    meeting_purpose,
    place_label,
    without_child_name,
)

TZID = "Europe/Stockholm"
STOCKHOLM = ZoneInfo(TZID)
PRODID = "-//sipdesk//SIP-samordning//SV"


def meeting_uid(store_id: str, meeting_id: int) -> str:
    """Stable per meeting: exporting again updates the calendar entry, never duplicates it."""
    return f"sipdesk-meeting-{store_id}-{meeting_id}@sipdesk.local"


def stockholm_timezone() -> Timezone:
    """VTIMEZONE for Europe/Stockholm: CET, CEST from the last Sunday of March to October."""
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def calendar_summary(case: Case, meeting: Meeting) -> str:
    """'SIP-möte SIP-2026-0001 (E.L.)': the reference and at most the initials."""
    initials = case.child.initials
    summary = f"{MEETING_NAMES[meeting.kind]} {case.reference}"
    return f"{summary} ({initials})" if initials else summary


def _safe(text: str, case: Case) -> str:
    return without_child_name(clean_text(text), case)


def meeting_calendar(
    case: Case,
    meeting: Meeting,
    uid: str,
    contact: Contact | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """The .ics content of one meeting (METHOD:PUBLISH, one VEVENT)."""
    day, start_time = check_can_send(meeting)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    start = datetime.combine(day, start_time, tzinfo=STOCKHOLM)
    end = datetime.combine(day, meeting_end(meeting), tzinfo=STOCKHOLM)
    if end <= start:  # a default end past midnight
        end = start + timedelta(minutes=90)

    place = _safe(meeting.place, case)
    purpose = _safe(meeting_purpose(case, meeting), case)
    lines = [f"Syfte: {purpose}" if purpose else "", f"Mötesform: {meeting.mode.label}"]
    if place:
        lines.append(f"{place_label(meeting.mode)}: {place}")
    if contact is not None and not contact.is_empty:
        lines.append(f"Kontakt: {contact.reach()}")
    lines.append(f"Ärende: {case.reference}")

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", calendar_summary(case, meeting))
    if place:
        location = place if meeting.mode is MeetingMode.IN_PERSON else (
            f"{meeting.mode.label}: {place}")
        event.add("location", location)
    if meeting.mode is MeetingMode.VIDEO and place.startswith(("https://", "http://")):
        event.add("url", place)
    event.add("description", "\n".join(line for line in lines if line))
    event.add("class", "PRIVATE")
    event.add("transp", "OPAQUE")
    event.add("status", "CONFIRMED")

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add_component(stockholm_timezone())
    cal.add_component(event)
    return cal.to_ical()


__all__ = ["PRODID", "TZID", "calendar_summary", "meeting_calendar", "meeting_uid"]
