"""Demo meetings worth counting: a convener on every meeting, working days only, a year
of meetings held, and the absences, late kallelser and late answers of real life."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from sipdesk.domain.consent import child_alone_refusal, child_alone_warning
from sipdesk.domain.enums import Attendance, MeetingKind, OrgKind, Response
from sipdesk.domain.working_days import is_working_day
from sipdesk.services.demo import fill_demo_data
from tests.services.conftest import TODAY

# Swedish public holidays (and the eves taken off) from a year before TODAY to a few
# months after it, written out by hand: the demo's own calendar is not its own judge.
HOLIDAYS = {
    date(2025, 11, 1), date(2025, 12, 24), date(2025, 12, 25), date(2025, 12, 26),
    date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 6), date(2026, 4, 3),
    date(2026, 4, 5), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 14),
    date(2026, 6, 6), date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 25),
    date(2026, 12, 26), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 6),
    date(2027, 3, 26), date(2027, 3, 29),
}
_SCHOOL = {OrgKind.SCHOOL, OrgKind.PRESCHOOL}
_SOCIAL = {OrgKind.SOCIAL_SERVICES, OrgKind.LSS}


def _party(org) -> str:
    return "school" if org.kind in _SCHOOL else "social" if org.kind in _SOCIAL else "region"


@pytest.fixture
def demo(demo_copy):
    """The 60 demo cases of seed 7 (the same store tests/services/test_demo.py reads)."""
    return demo_copy(60, seed=7)


def _meetings(ws):
    return [(case, m) for case in ws.cases.all() for m in case.meetings]


def _held(ws, today=TODAY):
    return [(case, m) for case, m in _meetings(ws) if m.date is not None and m.date <= today]


def test_every_meeting_has_a_convener_from_the_directory(demo):
    orgs = demo.directory.organisations_by_id()
    meetings = _meetings(demo)
    assert len(_held(demo)) > 30
    assert all(m.convened_by_org_id in orgs for _, m in meetings)


def test_follow_ups_are_convened_by_whoever_convened_the_first_meeting(demo):
    for case, meeting in _meetings(demo):
        if meeting.kind is MeetingKind.FOLLOW_UP:
            first = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
            assert meeting.convened_by_org_id == first.convened_by_org_id


def test_the_school_convenes_most_meetings_the_region_and_social_services_the_rest(demo):
    orgs = demo.directory.organisations_by_id()
    held = _held(demo)
    shares = Counter(_party(orgs[m.convened_by_org_id]) for _, m in held)
    assert set(shares) == {"school", "region", "social"}
    assert 0.6 <= shares["school"] / len(held) <= 0.9
    assert shares["region"] >= 2 and shares["social"] >= 2


def test_no_meeting_on_a_weekend_or_a_holiday(demo):
    days = [m.date for _, m in _meetings(demo) if m.date is not None]
    assert days
    assert [d for d in days if d.weekday() >= 5] == []
    assert [d for d in days if d in HOLIDAYS] == []


def test_kallelser_go_out_on_working_days(demo):
    sent = [i.sent_on for _, m in _meetings(demo) for i in m.invitations if i.sent_on]
    assert sent and all(is_working_day(d) for d in sent)


def test_the_meetings_held_are_spread_over_the_last_twelve_months(demo):
    held = [m.date for _, m in _held(demo)]
    assert min(held) >= TODAY - timedelta(days=366)
    assert min(held) <= TODAY - timedelta(days=240)
    months = {(d.year, d.month) for d in held}
    assert len(months) >= 10


def test_attendance_late_kallelser_late_answers_and_substitutes(demo):
    orgs = demo.directory.organisations_by_id()
    invitations = [(m, i) for _, m in _held(demo) for i in m.invitations]
    region = [i for _, i in invitations if _party(orgs[i.organisation_id]) == "region"]
    absent = Counter(i.attendance for i in region)
    assert absent[Attendance.ABSENT_WITHOUT_NOTICE] >= 1
    assert absent[Attendance.ABSENT_WITH_NOTICE] >= 1
    assert all(i.attendance is not Attendance.UNKNOWN for _, i in invitations)
    late = [i for m, i in invitations if i.sent_on and (m.date - i.sent_on).days < 21]
    assert 0 < len(late) < len(invitations) / 2
    answered = [i for _, i in invitations if i.responded_on]
    after = [i for i in answered if i.responded_on > i.answer_by]
    assert 0 < len(after) < len(answered) / 2
    assert all(i.responded_on <= m.date for m, i in invitations if i.responded_on)
    substitutes = [i for _, i in invitations if i.response is Response.SUBSTITUTE]
    assert substitutes and all(i.substitute_name for i in substitutes)


def test_a_no_show_without_notice_has_its_deviation(demo):
    for case in demo.cases.all():
        no_shows = {(m.date, i.organisation_id) for m in case.meetings for i in m.invitations
                    if i.attendance is Attendance.ABSENT_WITHOUT_NOTICE}
        deviations = {(d.occurred_on, d.organisation_id) for d in case.deviations}
        assert no_shows == deviations, case.reference


def test_the_same_seed_gives_the_same_meetings(ws, demo_copy):
    fill_demo_data(ws, cases=12, seed=2026)
    mine = [(m.date, m.convened_by_org_id, [i.attendance for i in m.invitations])
            for _, m in _meetings(ws)]
    theirs = demo_copy(12, seed=2026)  # filled once in this session, by another call
    assert [(m.date, m.convened_by_org_id, [i.attendance for i in m.invitations])
            for _, m in _meetings(theirs)] == mine


@pytest.mark.parametrize("today", [date(2027, 1, 2), date(2026, 6, 20), date(2026, 4, 6)])
def test_meetings_fall_on_working_days_whatever_today_is(ws, today):
    ws.clock = lambda: today
    fill_demo_data(ws, cases=12, seed=3)
    days = [m.date for _, m in _meetings(ws) if m.date is not None]
    assert days and all(is_working_day(d) for d in days)


def test_the_calendar_knows_easter_and_midsummer():
    # Långfredag and annandag påsk of 2025, 2026 and 2027 (Easter Sunday 20 April,
    # 5 April, 28 March).
    assert not any(is_working_day(d) for d in (date(2025, 4, 18), date(2025, 4, 21),
                                               date(2026, 4, 3), date(2026, 4, 6),
                                               date(2027, 3, 26), date(2027, 3, 29)))
    assert is_working_day(date(2026, 4, 2)) and is_working_day(date(2026, 4, 7))
    assert not is_working_day(date(2026, 6, 19))  # midsommarafton
    assert not is_working_day(date(2026, 12, 24))  # julafton, a Thursday
    assert is_working_day(date(2026, 12, 23))
    assert all(not is_working_day(d) for d in HOLIDAYS)


def test_no_demo_child_under_15_consents_alone(demo):
    consents = [(case, c) for case in demo.cases.all() for c in case.consents]
    assert consents
    # The guardians give every demo consent, the child too now and then (issue 13).
    assert all(c.guardian_ids and c.guardian_ids == {g.id for g in case.guardians}
               for case, c in consents)
    assert any(c.by_child for _, c in consents)
    assert [case.reference for case, c in consents
            if child_alone_refusal(case.child, c) or child_alone_warning(case.child, c)] == []
