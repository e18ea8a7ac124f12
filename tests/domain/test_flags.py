from __future__ import annotations

from datetime import date, timedelta

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.deadlines import due_items
from sipdesk.domain.enums import MeetingKind, Response, Stage
from sipdesk.domain.flags import Flag, case_flags

ON = date(2024, 3, 1)


def flags(world, case, on=ON, settings=None):
    return case_flags(case, on, settings, world.orgs)


def test_every_flag_has_swedish_label_and_short_badge():
    for flag in Flag:
        assert flag.label and flag.badge
        assert len(flag.badge) <= 16


def test_a_new_case_has_no_flags(world):
    assert flags(world, world.case(stage=Stage.NEED_FOUND)) == []


def test_consent_missing_from_stage_two(world):
    assert flags(world, world.case(stage=Stage.CONSENT_AND_PLANNING)) == [Flag.CONSENT_MISSING]


def test_withdrawn_and_expired_consent(world):
    withdrawn = world.consent(date(2024, 1, 1), withdrawn_on=date(2024, 2, 1))
    case = world.case(stage=Stage.CONSENT_AND_PLANNING, consents=[withdrawn])
    assert flags(world, case) == [Flag.CONSENT_ENDED]
    expired = world.consent(date(2023, 1, 1), valid_until=date(2024, 1, 1))
    case = world.case(stage=Stage.NEED_FOUND, consents=[expired])
    assert flags(world, case) == [Flag.CONSENT_ENDED]


def test_active_consent_means_no_consent_flag(world):
    case = world.case(stage=Stage.ACTORS_INVITED, consents=[world.consent(date(2024, 1, 1))])
    assert Flag.CONSENT_MISSING not in flags(world, case)


def _invited_case(world, *, sent_on, response=Response.NO_ANSWER, meeting_on=None):
    meeting = world.meeting(meeting_on or ON + timedelta(days=20))
    meeting.invitations.append(world.invitation(sent_on=sent_on, response=response))
    return world.case(
        stage=Stage.ACTORS_INVITED,
        consents=[world.consent(date(2024, 1, 1))],
        meetings=[meeting],
        plan_owner_id=world.ANNA_BERG,
    )


def test_no_answer_after_the_answer_date(world):
    case = _invited_case(world, sent_on=ON - timedelta(days=15))
    assert Flag.NO_ANSWER in flags(world, case)
    answered = _invited_case(world, sent_on=ON - timedelta(days=15), response=Response.ACCEPTED)
    assert Flag.NO_ANSWER not in flags(world, answered)
    in_time = _invited_case(world, sent_on=ON - timedelta(days=5))
    assert Flag.NO_ANSWER not in flags(world, in_time)


def test_no_answer_is_history_once_the_meeting_is_past(world):
    case = _invited_case(
        world, sent_on=ON - timedelta(days=40), meeting_on=ON - timedelta(days=1)
    )
    assert Flag.NO_ANSWER not in flags(world, case)


def test_late_invitation_uses_the_lead_time_setting(world):
    # sent 15 days before the meeting: late with 21 days lead, in time with 14
    case = _invited_case(world, sent_on=ON + timedelta(days=5), meeting_on=ON + timedelta(days=20))
    assert Flag.LATE_INVITATION in flags(world, case, on=ON + timedelta(days=6))
    lenient = DeadlineSettings(invitation_lead_days=14)
    assert Flag.LATE_INVITATION not in flags(world, case, ON + timedelta(days=6), lenient)


def test_meeting_without_plan_owner(world):
    case = _invited_case(world, sent_on=ON - timedelta(days=3))
    case.plan_owner_id = None
    assert Flag.NO_PLAN_OWNER in flags(world, case)
    case.plan_owner_id = world.LENA_HOLM  # a mentor at a school cannot be plan owner
    assert Flag.NO_PLAN_OWNER in flags(world, case)
    case.plan_owner_id = world.JOHAN_EK
    assert Flag.NO_PLAN_OWNER not in flags(world, case)


def test_no_plan_owner_needs_a_dated_sip_meeting(world):
    case = world.case(
        stage=Stage.ACTORS_INVITED,
        consents=[world.consent(date(2024, 1, 1))],
        meetings=[world.meeting(None)],
    )
    assert Flag.NO_PLAN_OWNER not in flags(world, case)
    case.meetings = [world.meeting(ON + timedelta(days=3), kind=MeetingKind.PRE_MEETING)]
    assert Flag.NO_PLAN_OWNER not in flags(world, case)


def test_follow_up_overdue(world):
    case = world.case(
        stage=Stage.FOLLOW_UP,
        consents=[world.consent(date(2023, 6, 1))],
        meetings=[world.meeting(date(2023, 8, 1))],
        plans=[world.plan(signed_on=date(2023, 8, 1))],
        plan_owner_id=world.ANNA_BERG,
    )
    assert flags(world, case) == [Flag.FOLLOW_UP_OVERDUE]
    case.meetings.append(world.meeting(ON + timedelta(days=7), kind=MeetingKind.FOLLOW_UP))
    assert flags(world, case) == []


def test_archived_cases_have_no_flags(world):
    case = world.case(stage=Stage.CONSENT_AND_PLANNING, archived=True)
    assert flags(world, case) == []


def test_precomputed_items_give_the_same_flags(world):
    case = _invited_case(world, sent_on=ON - timedelta(days=15))
    case.plan_owner_id = None
    items = due_items(case, ON, None, world.orgs)
    assert case_flags(case, ON, None, world.orgs, items=items) == flags(world, case)


def test_flags_come_most_serious_first(world):
    case = _invited_case(world, sent_on=ON - timedelta(days=15))
    case.consents = []
    case.plan_owner_id = None
    result = flags(world, case)
    assert result == sorted(result, key=list(Flag).index)
    assert result[0] is Flag.CONSENT_MISSING
