"""The response tracker's rules: status, lateness, overdue answers, order, needs action."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from sipdesk.domain.consent import check_can_invite
from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.deadlines import DueKind, due_items
from sipdesk.domain.entities import (
    Case,
    Child,
    Consent,
    Guardian,
    Invitation,
    Meeting,
    Organisation,
    Person,
)
from sipdesk.domain.enums import (
    ConsentForm,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    OrgKind,
    Principal,
    Response,
    SentVia,
    Stage,
)
from sipdesk.domain.responses import (
    TrackerStatus,
    invite_candidates,
    meeting_problems,
    needs_action,
    send_warning,
    summary,
    tracker_rows,
)

ON = date(2026, 11, 23)
MEETING_DAY = date(2026, 12, 21)
SETTINGS = DeadlineSettings()  # 21 days' lead, 14 days to answer
BUP = Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=1)
SCHOOL = Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=2)
ORGS = {1: BUP, 2: SCHOOL}


def _inv(name="Anna Berg", *, id=1, sent_on=None, answer_by=None, response=Response.NO_ANSWER,
         org=1, contacted_on=None, **kw) -> Invitation:
    return Invitation(
        invitee_name=name, kind=InvitationKind.SUMMONS, id=id, organisation_id=org,
        profession="psykolog", sent_on=sent_on, sent_via=SentVia.EMAIL if sent_on else None,
        answer_by=answer_by, response=response, contacted_on=contacted_on, **kw,
    )


def _meeting(*invitations, day=MEETING_DAY, kind=MeetingKind.FIRST_SIP) -> Meeting:
    return Meeting(kind=kind, date=day, start=time(13), end=time(14, 30), place="Kommunhuset",
                   purpose="Skolgång", invitations=list(invitations), id=7)


def _case(*meetings, ref="SIP-2026-0001") -> Case:
    return Case(reference=ref, child=Child("Elsa", "Lind"), stage=Stage.ACTORS_INVITED,
                meetings=list(meetings), id=3,
                consents=[Consent(ON - timedelta(days=30), ConsentForm.WRITTEN, by_child=True,
                                  covered_org_ids=frozenset({1}))])


@pytest.mark.parametrize(("days_before", "late"), [(22, False), (21, False), (20, True), (1, True)])
def test_late_invitation_at_the_boundary(days_before, late):
    sent = MEETING_DAY - timedelta(days=days_before)
    (row,) = tracker_rows(_meeting(_inv(sent_on=sent)), ON, SETTINGS, ORGS)
    assert row.late_invitation is late
    warning = send_warning(_meeting(), sent, SETTINGS)
    assert (warning is not None) is late
    if late:
        assert f"{days_before} dagar före mötet" in warning
        assert "21 dagar" in warning


def test_lead_time_is_a_setting():
    sent = MEETING_DAY - timedelta(days=25)
    strict = DeadlineSettings(invitation_lead_days=28)
    assert send_warning(_meeting(), sent, strict) is not None
    assert send_warning(_meeting(), sent, SETTINGS) is None


def test_pre_meeting_with_the_family_has_no_lead_time():
    sent = MEETING_DAY - timedelta(days=3)
    meeting = _meeting(_inv(sent_on=sent), kind=MeetingKind.PRE_MEETING)
    assert not tracker_rows(meeting, ON, SETTINGS, ORGS)[0].late_invitation


def test_unsent_invitation_is_not_late_but_not_sent():
    (row,) = tracker_rows(_meeting(_inv()), ON, SETTINGS, ORGS)
    assert row.status is TrackerStatus.NOT_SENT
    assert not row.late_invitation and row.answer_by is None and row.days_overdue == 0


def test_answer_date_itself_is_not_overdue_the_day_after_is():
    sent = date(2026, 11, 1)  # answer by 2026-11-15
    meeting = _meeting(_inv(sent_on=sent))
    (on_the_day,) = tracker_rows(meeting, date(2026, 11, 15), SETTINGS, ORGS)
    assert on_the_day.answer_by == date(2026, 11, 15)
    assert on_the_day.status is TrackerStatus.WAITING and on_the_day.days_overdue == 0
    (day_after,) = tracker_rows(meeting, date(2026, 11, 16), SETTINGS, ORGS)
    assert day_after.status is TrackerStatus.OVERDUE and day_after.days_overdue == 1
    (week_after,) = tracker_rows(meeting, date(2026, 11, 22), SETTINGS, ORGS)
    assert week_after.days_overdue == 7


def test_a_written_answer_date_wins_over_the_default():
    meeting = _meeting(_inv(sent_on=date(2026, 11, 1), answer_by=date(2026, 11, 20)))
    (row,) = tracker_rows(meeting, ON, SETTINGS, ORGS)
    assert row.answer_by == date(2026, 11, 20) and row.days_overdue == 3


@pytest.mark.parametrize(
    ("response", "status"),
    [
        (Response.NO_ANSWER, TrackerStatus.OVERDUE),
        (Response.ACCEPTED, TrackerStatus.ANSWERED),
        (Response.DECLINED, TrackerStatus.ANSWERED),
        (Response.SUBSTITUTE, TrackerStatus.ANSWERED),
        (Response.REMOTE, TrackerStatus.ANSWERED),
    ],
)
def test_every_response_state(response, status):
    substitute = "Kim Sjö" if response is Response.SUBSTITUTE else ""
    meeting = _meeting(_inv(sent_on=date(2026, 11, 1), response=response,
                            substitute_name=substitute))
    (row,) = tracker_rows(meeting, ON, SETTINGS, ORGS)
    assert row.status is status
    assert row.response is response
    assert row.days_overdue == (8 if status is TrackerStatus.OVERDUE else 0)
    assert row.response_label.startswith(response.label)
    if substitute:
        assert row.response_label == "Skickar ersättare: Kim Sjö"


def test_row_carries_who_how_and_when():
    meeting = _meeting(_inv(sent_on=date(2026, 11, 1), contacted_on=date(2026, 11, 20)))
    (row,) = tracker_rows(meeting, ON, SETTINGS, ORGS)
    assert (row.invitation_id, row.name, row.profession, row.organisation) == (
        1, "Anna Berg", "psykolog", "BUP Norrby")
    assert row.kind_label == "Kallelse" and row.sent_via is SentVia.EMAIL
    assert row.contacted_on == date(2026, 11, 20)


def test_overdue_first_most_days_first_then_unsent_waiting_answered():
    meeting = _meeting(
        _inv("Svarat Sson", id=1, sent_on=date(2026, 11, 1), response=Response.ACCEPTED),
        _inv("Väntar Wsson", id=2, sent_on=date(2026, 11, 20)),
        _inv("Lite Sen", id=3, sent_on=date(2026, 11, 5)),  # 4 days overdue
        _inv("Inte Skickad", id=4),
        _inv("Mycket Sen", id=5, sent_on=date(2026, 11, 1)),  # 8 days overdue
    )
    rows = tracker_rows(meeting, ON, SETTINGS, ORGS)
    assert [r.name for r in rows] == [
        "Mycket Sen", "Lite Sen", "Inte Skickad", "Väntar Wsson", "Svarat Sson"]
    assert [r.days_overdue for r in rows] == [8, 4, 0, 0, 0]
    assert summary(rows).startswith("5 inbjudna · 1 kommer · 2 svar saknas")


def test_needs_action_matches_the_today_list():
    """Chase items are the Today list's own, one per invitation, with the same due date."""
    meeting = _meeting(
        _inv("Mycket Sen", id=1, sent_on=date(2026, 11, 1)),
        _inv("Nyss Ringd", id=2, sent_on=date(2026, 11, 1), contacted_on=ON - timedelta(days=1)),
        _inv("Länge Sen Ringd", id=3, sent_on=date(2026, 11, 1),
             contacted_on=ON - timedelta(days=3)),
        _inv("Har Svarat", id=4, sent_on=date(2026, 11, 1), response=Response.DECLINED),
        _inv("Väntar", id=5, sent_on=date(2026, 11, 20)),
    )
    case = _case(meeting)
    actions = needs_action([case], ON, SETTINGS, ORGS)
    assert [a.row.name for a in actions] == ["Länge Sen Ringd", "Mycket Sen"]
    assert all(a.due_kind is DueKind.CHASE_ANSWER and a.overdue for a in actions)
    assert actions[0].days_overdue == 8 and actions[0].case_reference == "SIP-2026-0001"
    today = [i for i in due_items(case, ON, SETTINGS, ORGS) if i.kind is DueKind.CHASE_ANSWER]
    assert sorted(i.text for i in today) == sorted(a.text for a in actions)


def test_needs_action_unsent_past_the_latest_send_date():
    soon = _meeting(_inv("Ej Skickad", id=1), day=ON + timedelta(days=14))
    later = _meeting(_inv("Har Tid", id=2), day=ON + timedelta(days=40))
    today = _meeting(_inv("Sista Dagen", id=3), day=ON + timedelta(days=21))
    actions = needs_action([_case(soon, later, today)], ON, SETTINGS, ORGS)
    assert [(a.row.name, a.due_kind, a.overdue, a.days_overdue) for a in actions] == [
        ("Ej Skickad", DueKind.SEND_INVITATIONS, True, 7),
        ("Sista Dagen", DueKind.SEND_INVITATIONS, False, 0),
    ]
    assert "7 dagar sen" in actions[0].text


def test_needs_action_ignores_held_meetings_and_archived_cases():
    held = _meeting(_inv(sent_on=date(2026, 10, 1)), day=ON - timedelta(days=1))
    assert needs_action([_case(held)], ON, SETTINGS, ORGS) == []
    upcoming = _meeting(_inv(sent_on=date(2026, 11, 1)))
    archived = _case(upcoming)
    archived.archived = True
    assert needs_action([archived], ON, SETTINGS, ORGS) == []


def test_late_invitation_still_awaiting_answer_needs_a_call():
    meeting = _meeting(_inv(sent_on=ON - timedelta(days=1)), day=ON + timedelta(days=10))
    (action,) = needs_action([_case(meeting)], ON, SETTINGS, ORGS)
    assert action.due_kind is DueKind.LATE_INVITATION and action.row.late_invitation


def test_meeting_problems():
    ok = _meeting()
    assert [p for p in meeting_problems(ok, ON, is_new=True) if p.error] == []
    backwards = Meeting(MeetingKind.FIRST_SIP, MEETING_DAY, time(14), time(13), "Rum 1",
                        purpose="x")
    assert [p.field for p in meeting_problems(backwards, ON, is_new=True)] == ["end"]
    no_purpose = Meeting(MeetingKind.FIRST_SIP, MEETING_DAY, place="Rum 1")
    (problem,) = meeting_problems(no_purpose, ON, is_new=True)
    assert problem.field == "purpose" and problem.error and "syfte" in problem.message
    pre = Meeting(MeetingKind.PRE_MEETING, MEETING_DAY, place="Hemma")
    assert meeting_problems(pre, ON, is_new=True) == []
    # A Friday: a Sunday would add its own warning (tests/domain/test_working_days.py).
    past = Meeting(MeetingKind.FIRST_SIP, ON - timedelta(days=3), place="Rum", purpose="x")
    (warning,) = meeting_problems(past, ON, is_new=True)
    assert warning.field == "date" and not warning.error
    assert meeting_problems(past, ON, is_new=False) == []
    video = Meeting(MeetingKind.FIRST_SIP, MEETING_DAY, mode=MeetingMode.VIDEO, purpose="x")
    (link,) = meeting_problems(video, ON, is_new=True)
    assert link.field == "place" and "länken" in link.message


def test_candidates_show_who_is_outside_consent_and_why():
    case = _case(_meeting())
    case.guardians = [Guardian("Maria Lind", id=11)]
    case.network = [Person("Anna Berg", "psykolog", 1, id=21),
                    Person("Lena Holm", "mentor", 2, id=22)]
    meeting = _meeting(Invitation("Maria Lind", InvitationKind.INVITATION, guardian_id=11))
    found = {c.key: c for c in invite_candidates(case, meeting, ON, SETTINGS, ORGS)}
    assert found[("child", 0)].allowed and found[("child", 0)].role == "Barnet"
    assert found[("guardian", 11)].already_invited
    assert found[("person", 21)].allowed and found[("person", 21)].kind is InvitationKind.SUMMONS
    school = found[("person", 22)]
    assert not school.allowed and school.kind is InvitationKind.INVITATION
    with pytest.raises(Exception) as refused:
        check_can_invite(case, SCHOOL, ON)
    assert school.reason == str(refused.value) and "Ekbackaskolan" in school.reason
