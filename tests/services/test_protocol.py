"""ProtocolService: the draft plan of a meeting, written one transaction at a time."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.entities import PlanAction
from sipdesk.domain.enums import Attendance, GoalStatus, MeetingKind, ReviewStatus, Stage
from sipdesk.domain.errors import ValidationError
from sipdesk.services.protocol import ActionRef, ProtocolService


@pytest.fixture
def demo(demo_ws):
    """fill_demo_data(cases=12) in a store of its own (a copy of the session's demo store)."""
    return demo_ws


def _meeting(ws, stage: Stage, kind: MeetingKind):
    case = next(c for c in ws.cases.all() if c.stage is stage)
    return case, next(m for m in case.meetings if m.kind is kind)


def test_open_starts_a_draft_once(demo):
    case, meeting = _meeting(demo, Stage.ACTORS_INVITED, MeetingKind.FIRST_SIP)
    svc = ProtocolService(demo)
    first = svc.open(meeting.id)
    assert first.plan_version == 1 and first.meeting_id == meeting.id
    assert [s.key for s in first.sections][0] == "question"
    assert first.section("question").text == case.question
    assert svc.open(meeting.id).plan_id == first.plan_id
    assert first.personnummer_masked.endswith("xxxx-xxxx")
    assert not first.review_actions


def test_follow_up_carries_previous_actions_for_review(demo):
    case, meeting = _meeting(demo, Stage.FOLLOW_UP, MeetingKind.FOLLOW_UP)
    previous = case.current_plan
    assert previous.is_signed
    svc = ProtocolService(demo)
    protocol = svc.open(meeting.id)
    assert protocol.plan_version == previous.version + 1
    assert protocol.is_follow_up
    assert [a.previous_action_id for a in protocol.review_actions] == \
        [a.id for a in previous.actions]
    assert [a.goal for a in protocol.review_actions] == [a.goal for a in previous.actions]
    first = protocol.review_actions[0]
    svc.set_review(first.id, ReviewStatus.PARTLY, "Halvvägs", GoalStatus.KEEP)
    again = svc.get(protocol.plan_id).review_actions[0]
    assert (again.review_status, again.review_comment, again.goal_status) == \
        (ReviewStatus.PARTLY, "Halvvägs", GoalStatus.KEEP)


def test_sections_notes_and_actions(demo):
    _case, meeting = _meeting(demo, Stage.ACTORS_INVITED, MeetingKind.FIRST_SIP)
    svc = ProtocolService(demo)
    plan_id = svc.open(meeting.id).plan_id
    svc.set_section(plan_id, "child_voice", "Jag vill ha lugn i klassrummet.")
    svc.set_internal_note(plan_id, "child_voice", "Mamma oroad, ta upp efteråt")
    ref = ActionRef()
    svc.add_action(plan_id, ref=ref)
    assert ref.id is not None
    org = demo.directory.organisations()[0]
    svc.set_action(ref, "goal", "Komma till skolan")
    svc.set_action(ref, "organisation_id", org.id)
    svc.set_action(ref, "person_name", "Anna Berg")
    other = svc.add_action(plan_id, PlanAction(goal="Sova", action="Sömnskola"))
    got = svc.get(plan_id)
    assert got.section("child_voice").text == "Jag vill ha lugn i klassrummet."
    assert got.section("child_voice").internal_note.startswith("Mamma")
    assert [(a.goal, a.organisation_id, a.person_name) for a in got.actions][0] == \
        ("Komma till skolan", org.id, "Anna Berg")
    svc.remove_action(ref)
    assert [a.id for a in svc.get(plan_id).actions] == [other]
    with pytest.raises(ValueError):
        svc.set_action(other, "review_status", "x")


def test_formalities_attendance_follow_up_and_child_informed(demo):
    case, meeting = _meeting(demo, Stage.ACTORS_INVITED, MeetingKind.FIRST_SIP)
    svc = ProtocolService(demo)
    protocol = svc.open(meeting.id)
    person = protocol.people[0]
    svc.set_formalities(protocol.plan_id, consent_confirmed=True, chair_id=person.id,
                        note_taker_id=person.id)
    inv = protocol.participants[0]
    svc.record_attendance(inv.invitation_id, Attendance.PRESENT)
    svc.set_next_follow_up(protocol.plan_id, date(2027, 3, 1), "Ekbackaskolan")
    svc.set_next_follow_up(protocol.plan_id, date(2027, 3, 8), "BUP Norrby")
    svc.record_child_informed(protocol.plan_id, date(2026, 12, 20), "Anna Berg",
                              "Samtal hemma, med bilder")
    got = svc.get(protocol.plan_id)
    assert got.formalities.consent_confirmed
    assert got.formalities.chair_id == person.id == got.formalities.note_taker_id
    assert got.participants[0].attendance is Attendance.PRESENT
    assert (got.next_follow_up_date, got.next_follow_up_place) == (date(2027, 3, 8),
                                                                    "BUP Norrby")
    follow_ups = [m for m in demo.cases.get(case.id).meetings if m.kind is MeetingKind.FOLLOW_UP]
    assert len(follow_ups) == 1
    assert got.child_informed_by == "Anna Berg"
    with pytest.raises(ValidationError):
        svc.set_next_follow_up(protocol.plan_id, meeting.date, "")


def test_plan_owner_problems_are_reported(demo):
    _case, meeting = _meeting(demo, Stage.ACTORS_INVITED, MeetingKind.FIRST_SIP)
    svc = ProtocolService(demo)
    protocol = svc.open(meeting.id)
    assert protocol.formalities.plan_owner_problems  # nobody named yet
    orgs = {o.id: o for o in demo.directory.organisations()}
    case = demo.cases.get(protocol.case_id)
    carer = next(p for p in case.network if orgs[p.organisation_id].kind.is_health_or_social_care)
    svc.set_formalities(protocol.plan_id, plan_owner_id=carer.id)
    assert svc.get(protocol.plan_id).formalities.plan_owner_problems == ()


def test_signed_version_cannot_be_written(demo):
    case, _meeting_ = _meeting(demo, Stage.FOLLOW_UP, MeetingKind.FOLLOW_UP)
    signed = case.current_plan
    svc = ProtocolService(demo)
    with pytest.raises(ValidationError):
        svc.set_internal_note(signed.id, "question", "x")
    with pytest.raises(ValidationError):
        svc.set_action(signed.actions[0].id, "goal", "x")
