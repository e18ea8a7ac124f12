"""Every write reports what it changed, worked out from the rows it touched."""

from __future__ import annotations

from datetime import date, time

import pytest

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.entities import Guardian, Meeting, Organisation, Person
from sipdesk.domain.enums import MeetingKind, OrgKind, Principal, Response
from sipdesk.domain.errors import ValidationError


@pytest.fixture
def case(ws):
    return ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")


def test_a_field_of_the_record_changes_the_card_and_the_record(ws, case):
    _, changes = ws.changes_of(lambda w: w.cases.update(case.id, coordinator="Karin"))
    assert changes.parts_of(case.id) == {Part.CARD, Part.RECORD}
    assert not changes.directory and not changes.touches(case.id + 1)


def test_adding_and_removing_a_guardian_are_both_reported(ws, case):
    g, added = ws.changes_of(lambda w: w.cases.add_guardian(case.id, Guardian("Maria Lind")))
    assert added.touches(case.id, Part.RECORD) and added.touches(case.id, Part.HISTORY)
    _, removed = ws.changes_of(lambda w: w.cases.remove_guardian(case.id, g.id))
    assert removed.touches(case.id, Part.RECORD)


def test_text_typed_into_the_plan_does_not_touch_the_board(ws, case):
    plan = ws.plans.start_version(case.id)
    _, changes = ws.changes_of(
        lambda w: w.plans.set_section(plan.id, "child_voice", "Jag vill ha lugn."))
    assert changes.parts_of(case.id) == {Part.PLAN}


def test_an_answer_to_an_invitation_changes_the_meetings(ws, case):
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=date(2026, 12, 21), start=time(13), end=time(14)))
    invitation = ws.meetings.invite(meeting.id, child=True)
    _, changes = ws.changes_of(lambda w: w.meetings.record_response(
        invitation.id, Response.ACCEPTED, date(2026, 11, 23)))
    assert changes.touches(case.id, Part.MEETINGS) and changes.touches(case.id, Part.CARD)


def test_the_directory_is_reported_apart_from_cases(ws):
    def add(w):
        org = w.directory.add_organisation(Organisation("BUP", OrgKind.BUP, Principal.REGION))
        return w.directory.add_person(Person("Anna Berg", "psykolog", org.id))

    _, changes = ws.changes_of(add)
    assert changes.directory and not changes.cases


def test_a_refused_write_reports_nothing_and_a_read_reports_nothing(ws, case):
    with pytest.raises(ValidationError):
        ws.changes_of(lambda w: w.cases.update(case.id, child_first_name="",
                                                child_last_name=""))
    _, changes = ws.changes_of(lambda w: w.views.case(case.id))
    assert changes.empty


def test_changes_merge():
    a = Changes.of_case(1, Part.CARD)
    b = Changes.of_case(1, Part.PLAN) | Changes.of_case(2, Part.HISTORY)
    merged = a | b
    assert merged.parts_of(1) == {Part.CARD, Part.PLAN}
    assert merged.case_ids == {1, 2}
    assert Changes.all().touches(99, Part.PLAN)
