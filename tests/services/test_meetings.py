"""Meetings, invitations, responses, contacts and attendance, checked in the store."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from sipdesk.domain.entities import Consent, Guardian, Meeting
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    DeviationKind,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    Response,
    SentVia,
    Stage,
)
from sipdesk.domain.responses import TrackerStatus
from sipdesk.services.errors import OutsideConsent, ValidationError
from tests.services.conftest import TODAY

MEETING_DAY = TODAY + timedelta(days=28)


def build_case(ws, network) -> dict:
    """A case (fictional family) with consent for BUP and social services, not the school.

    Returns ids: case, meeting, and the invitations of the psychologist, the social
    worker, the guardian and the child; the school's mentor is in the network but
    outside the consent.
    """
    case = ws.cases.create(first_name="Elsa", last_name="Lind",
                           question="Hur får Elsa stöd att gå till skolan?")
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    guardian = ws.cases.add_guardian(case.id, Guardian("Maria Lind", phone="070-000 00 00"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY - timedelta(days=10), form=ConsentForm.WRITTEN, by_child=True,
        guardian_ids=frozenset({guardian.id}),
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id}),
    ))
    for key in ("psykolog", "socsek", "mentor"):
        ws.cases.add_to_network(case.id, network[key].id)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=MEETING_DAY, start=time(13), end=time(14, 30),
        place="Kommunhuset, rum 3", purpose="Skolgång och stöd hemma"))
    sent = TODAY - timedelta(days=2)
    ids = {
        "case": case.id,
        "guardian_id": guardian.id,
        "meeting": meeting.id,
        "psykolog": ws.meetings.invite(meeting.id, person_id=network["psykolog"].id,
                                       sent_on=sent, sent_via=SentVia.EMAIL).id,
        "socsek": ws.meetings.invite(meeting.id, person_id=network["socsek"].id).id,
        "guardian": ws.meetings.invite(meeting.id, guardian_id=guardian.id, sent_on=sent,
                                       sent_via=SentVia.LETTER).id,
        "child": ws.meetings.invite(meeting.id, child=True, sent_on=sent,
                                    sent_via=SentVia.HANDED_OVER).id,
    }
    return ids


@pytest.fixture
def built(ws, network):
    return build_case(ws, network)


def _invitation(ws, meeting_id, invitation_id):
    return next(i for i in ws.meetings.get(meeting_id).invitations if i.id == invitation_id)


@pytest.mark.parametrize(
    ("response", "substitute"),
    [
        (Response.ACCEPTED, ""),
        (Response.DECLINED, ""),
        (Response.SUBSTITUTE, "Kim Sjö"),
        (Response.REMOTE, ""),
        (Response.NO_ANSWER, ""),
    ],
)
def test_every_response_state_is_stored_and_read_back(ws, built, response, substitute):
    ws.meetings.record_response(built["psykolog"], Response.ACCEPTED, TODAY)
    ws.meetings.record_response(built["psykolog"], response, TODAY, substitute)
    stored = _invitation(ws, built["meeting"], built["psykolog"])
    assert stored.response is response
    assert stored.substitute_name == substitute
    assert stored.responded_on == (TODAY if response.is_answer else None)
    row = next(r for r in ws.meetings.tracker(built["meeting"])
               if r.invitation_id == built["psykolog"])
    assert row.response is response
    assert (row.status is TrackerStatus.ANSWERED) is response.is_answer


def test_substitute_needs_a_name_and_nothing_changes(ws, built):
    with pytest.raises(ValidationError) as err:
        ws.meetings.record_response(built["psykolog"], Response.SUBSTITUTE, TODAY, "  ")
    assert "ersättare" in str(err.value)
    assert _invitation(ws, built["meeting"], built["psykolog"]).response is Response.NO_ANSWER


def test_invitation_records_who_how_when_and_the_answer_date(ws, built, network):
    stored = _invitation(ws, built["meeting"], built["psykolog"])
    assert stored.kind is InvitationKind.SUMMONS
    assert stored.organisation_id == network["bup"].id
    assert stored.profession == "psykolog"
    assert stored.sent_via is SentVia.EMAIL
    assert stored.answer_by == TODAY - timedelta(days=2) + timedelta(days=14)
    family = {r.name: r for r in ws.meetings.tracker(built["meeting"])}
    assert family["Maria Lind"].profession == "Vårdnadshavare"
    assert family["Elsa Lind"].is_child and family["Elsa Lind"].kind is InvitationKind.INVITATION
    assert family["Johan Ek"].status is TrackerStatus.NOT_SENT


def test_outside_consent_is_refused_with_the_reason_and_nothing_stored(ws, built, network):
    before = len(ws.meetings.get(built["meeting"]).invitations)
    history = len(ws.cases.get(built["case"]).history)
    with pytest.raises(OutsideConsent) as err:
        ws.meetings.invite(built["meeting"], person_id=network["mentor"].id)
    assert "Ekbackaskolan" in str(err.value)
    assert len(ws.meetings.get(built["meeting"]).invitations) == before
    assert len(ws.cases.get(built["case"]).history) == history
    candidate = next(c for c in ws.meetings.candidates(built["meeting"])
                     if c.name == "Lena Holm")
    assert not candidate.allowed and candidate.reason == str(err.value)


def test_invite_many_invites_the_allowed_and_reports_the_refused(ws, built, network):
    meeting = ws.meetings.schedule(built["case"], Meeting(
        kind=MeetingKind.FOLLOW_UP, date=TODAY + timedelta(days=10), place="Skolan"))
    result = ws.meetings.invite_many(
        meeting.id,
        [("person", network["psykolog"].id), ("person", network["mentor"].id), ("child", 0)],
        sent_on=TODAY, sent_via=SentVia.EMAIL,
    )
    assert [i.invitee_name for i in result.invited] == ["Anna Berg", "Elsa Lind"]
    assert [name for name, _ in result.refused] == ["Lena Holm"]
    assert result.warning is not None and "10 dagar före mötet" in result.warning
    assert all(r.late_invitation for r in ws.meetings.tracker(meeting.id))


def test_send_warning_at_the_boundary(ws, built):
    assert ws.meetings.send_warning(built["meeting"], MEETING_DAY - timedelta(days=21)) is None
    assert ws.meetings.send_warning(built["meeting"], MEETING_DAY - timedelta(days=20))


def test_contact_is_stored_with_a_note_in_the_history(ws, built):
    ws.meetings.record_contact(built["psykolog"], TODAY, "Lovade svara i morgon.")
    assert _invitation(ws, built["meeting"], built["psykolog"]).contacted_on == TODAY
    last = ws.cases.get(built["case"]).history[-1]
    assert last.kind == "contact"
    assert "Kontaktad per telefon: Anna Berg (BUP Norrby)" in last.text
    assert "Lovade svara i morgon." in last.text
    with pytest.raises(ValidationError):
        ws.meetings.record_contact(built["psykolog"], TODAY + timedelta(days=1))


def test_absent_without_notice_creates_one_draft_deviation_against_the_organisation(
    ws, built, network
):
    ws.meetings.record_attendance(built["socsek"], Attendance.ABSENT_WITHOUT_NOTICE)
    ws.meetings.record_attendance(built["socsek"], Attendance.ABSENT_WITHOUT_NOTICE)
    ws.meetings.record_attendance(built["psykolog"], Attendance.ABSENT_WITH_NOTICE)
    ws.meetings.record_attendance(built["guardian"], Attendance.ABSENT_WITHOUT_NOTICE)
    (deviation,) = ws.meetings.deviations(built["case"])
    assert deviation.kind is DeviationKind.DID_NOT_ATTEND
    assert deviation.organisation_id == network["soc"].id
    assert deviation.draft and deviation.occurred_on == MEETING_DAY
    assert "Johan Ek" in deviation.description
    done = ws.meetings.complete_deviation(deviation.id, "Johan Ek kom inte; ingen ersättare.")
    assert not done.draft
    assert ws.meetings.deviations(built["case"])[0].description.startswith("Johan Ek kom inte;")
    with pytest.raises(ValidationError):
        ws.meetings.complete_deviation(deviation.id, " ")


def test_a_mistaken_no_show_can_be_corrected(ws, built):
    ws.meetings.record_attendance(built["socsek"], Attendance.ABSENT_WITHOUT_NOTICE)
    ws.meetings.record_attendance(built["socsek"], Attendance.PRESENT)
    assert ws.meetings.deviations(built["case"]) == []
    assert _invitation(ws, built["meeting"], built["socsek"]).attendance is Attendance.PRESENT


def test_needs_action_across_cases(ws, built):
    assert ws.meetings.needs_action(TODAY) == []  # answers not due, sending not yet due
    on = TODAY + timedelta(days=20)  # answers were due TODAY + 12; sending by TODAY + 7
    actions = ws.meetings.needs_action(on)
    assert [(a.row.name, a.days_overdue) for a in actions] == [
        ("Johan Ek", 13), ("Anna Berg", 8), ("Elsa Lind", 8), ("Maria Lind", 8)]
    assert actions[0].case_reference == "SIP-2026-0001"
    ws.meetings.record_response(built["child"], Response.ACCEPTED, TODAY)
    ws.meetings.record_contact(built["guardian"], TODAY)
    later = [a.row.name for a in ws.meetings.needs_action(on)]
    assert later == ["Johan Ek", "Anna Berg", "Maria Lind"]  # contacted long ago: call again
    board = [i for i in ws.board.today(on) if i.kind.value == "chase_answer"]
    assert len(board) == 2


def test_schedule_update_and_cancel(ws, built):
    with pytest.raises(ValidationError) as err:
        ws.meetings.schedule(built["case"], Meeting(
            kind=MeetingKind.FIRST_SIP, date=MEETING_DAY, start=time(14), end=time(13)))
    assert err.value.field == "end"
    meeting = ws.meetings.get(built["meeting"])
    meeting.start, meeting.end = time(9), time(10, 30)
    meeting.mode, meeting.place = MeetingMode.VIDEO, "https://video.example/sip-42"
    ws.meetings.update(meeting.id, meeting)
    again = ws.meetings.get(meeting.id)
    assert (again.start, again.mode, again.place) == (
        time(9), MeetingMode.VIDEO, "https://video.example/sip-42")
    changed = ws.cases.get(built["case"]).history[-1].text
    assert "start 13.00 → 09.00" in changed and "meddela deltagarna" in changed
    with pytest.raises(ValidationError):
        ws.meetings.cancel(meeting.id, "")
    ws.meetings.cancel(meeting.id, "Familjen är sjuk")
    assert ws.meetings.of_case(built["case"]) == []
    assert "inställt: Familjen är sjuk" in ws.cases.get(built["case"]).history[-1].text


def test_purpose_comes_from_the_question_or_is_required(ws, built):
    meeting = ws.meetings.schedule(built["case"], Meeting(
        kind=MeetingKind.FOLLOW_UP, date=MEETING_DAY + timedelta(days=90)))
    assert meeting.purpose == "Hur får Elsa stöd att gå till skolan?"
    bare = ws.cases.create(first_name="Noah", last_name="Berg", question="")
    with pytest.raises(ValidationError) as err:
        ws.meetings.schedule(bare.id, Meeting(kind=MeetingKind.FIRST_SIP, date=MEETING_DAY))
    assert err.value.field == "purpose"
    assert ws.meetings.of_case(bare.id) == []
    pre = ws.meetings.schedule(bare.id, Meeting(kind=MeetingKind.PRE_MEETING, date=MEETING_DAY))
    assert pre.purpose == ""
    problems = ws.meetings.check(Meeting(kind=MeetingKind.FIRST_SIP, date=date(2026, 1, 1)),
                                 is_new=True, case_id=built["case"])
    assert [(p.field, p.error) for p in problems] == [("place", False), ("date", False)]
