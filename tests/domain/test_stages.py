from __future__ import annotations

from datetime import date, datetime

import pytest

from sipdesk.domain.enums import MeetingKind, PlanStatus, Stage
from sipdesk.domain.errors import MoveRefused
from sipdesk.domain.stages import (
    STAGE_EVENT,
    can_move,
    can_sign_plan,
    check_move,
    is_continuation,
    move,
    plan_owner_problems,
)

ON = date(2024, 3, 1)


@pytest.fixture
def ready(world):
    """A case with everything every stage needs, at the given stage."""

    def build(stage: Stage):
        return world.case(
            stage=stage,
            question="Hur kan Elsa komma tillbaka till skolan?",
            consents=[world.consent(date(2024, 2, 1))],
            meetings=[
                world.meeting(date(2024, 3, 20)),
                world.meeting(date(2024, 6, 10), MeetingKind.FOLLOW_UP),
            ],
            chair_id=world.JOHAN_EK,
            plan_owner_id=world.ANNA_BERG,
            plans=[world.plan(signed_on=date(2024, 3, 20))],
        )

    return build


class TestOrder:
    @pytest.mark.parametrize("source", list(Stage)[:-1])
    def test_forward_one_step_allowed_when_ready(self, ready, world, source):
        case = ready(source)
        target = Stage(source + 1)
        assert check_move(case, target, ON, organisations=world.orgs) == []

    @pytest.mark.parametrize(
        "source, target",
        [(Stage.NEED_FOUND, Stage.ACTORS_INVITED), (Stage.CONSENT_AND_PLANNING, Stage.FOLLOW_UP)],
    )
    def test_skipping_refused(self, ready, world, source, target):
        reasons = check_move(ready(source), target, ON, organisations=world.orgs)
        assert len(reasons) == 1
        assert reasons[0].startswith("Ett ärende går ett steg i taget")
        assert Stage(source + 1).label in reasons[0]
        assert target.label in reasons[0]

    def test_same_stage_refused(self, ready):
        assert check_move(ready(Stage.MEETING), Stage.MEETING, ON) == [
            "Ärendet är redan i steget ”Möte där SIP upprättas”."
        ]

    def test_archived_refused_even_backwards(self, ready):
        case = ready(Stage.CLOSE_OR_CONTINUE)
        case.archived = True
        reasons = check_move(case, Stage.MEETING, ON)
        assert len(reasons) == 1 and "arkiverat" in reasons[0]

    def test_backwards_any_number_without_conditions(self, world):
        empty = world.case(stage=Stage.FOLLOW_UP)  # no question, consent, plan...
        assert check_move(empty, Stage.NEED_FOUND, ON) == []
        assert check_move(empty, Stage.CONSENT_AND_PLANNING, ON) == []

    def test_continue_from_close_to_meeting(self, world):
        case = world.case(stage=Stage.CLOSE_OR_CONTINUE)
        assert check_move(case, Stage.MEETING, ON) == []
        assert is_continuation(Stage.CLOSE_OR_CONTINUE, Stage.MEETING)
        assert not is_continuation(Stage.FOLLOW_UP, Stage.MEETING)


class TestPreconditions:
    def test_question_needed_for_consent_and_planning(self, world):
        case = world.case(question="   ")
        reasons = check_move(case, Stage.CONSENT_AND_PLANNING, ON)
        assert len(reasons) == 1 and reasons[0].startswith("Frågeställningen saknas")

    def test_no_invitations_without_consent(self, world):
        case = world.case(stage=Stage.CONSENT_AND_PLANNING)
        reasons = check_move(case, Stage.ACTORS_INVITED, ON)
        assert reasons[0].startswith("Samtycke saknas.")
        assert "Inga kallelser får gå ut" in reasons[0]

    def test_withdrawn_consent_refused(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2024, 1, 10), withdrawn_on=date(2024, 2, 1))],
        )
        reasons = check_move(case, Stage.ACTORS_INVITED, ON)
        assert "återkallades 2024-02-01" in reasons[0]

    def test_expired_consent_refused(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2023, 1, 10), valid_until=date(2024, 2, 29))],
        )
        assert "gick ut 2024-02-29" in check_move(case, Stage.ACTORS_INVITED, ON)[0]

    def test_consent_must_be_active_on_the_move_date(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING, consents=[world.consent(date(2024, 3, 2))]
        )
        assert check_move(case, Stage.ACTORS_INVITED, ON)
        assert check_move(case, Stage.ACTORS_INVITED, date(2024, 3, 2)) == []

    def test_consent_valid_until_the_move_date_is_enough(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2024, 1, 1), valid_until=ON)],
        )
        assert check_move(case, Stage.ACTORS_INVITED, ON) == []

    def test_meeting_needs_dated_sip_meeting_and_chair(self, world):
        case = world.case(
            stage=Stage.ACTORS_INVITED,
            meetings=[
                world.meeting(date(2024, 3, 5), MeetingKind.PRE_MEETING),
                world.meeting(None),
            ],
        )
        reasons = check_move(case, Stage.MEETING, ON)
        assert len(reasons) == 2
        assert reasons[0].startswith("Inget SIP-möte med datum är bokat")
        assert reasons[1].startswith("Mötesledare saknas")

    def test_meeting_allowed_with_follow_up_kind_meeting(self, world):
        case = world.case(
            stage=Stage.ACTORS_INVITED,
            chair_id=world.JOHAN_EK,
            meetings=[world.meeting(date(2024, 3, 5), MeetingKind.FOLLOW_UP)],
        )
        assert check_move(case, Stage.MEETING, ON) == []

    def test_follow_up_needs_a_plan(self, ready, world):
        case = ready(Stage.MEETING)
        case.plans = []
        reasons = check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert reasons == [
            "Ingen plan är skriven. Skriv planen på mötet och låt alla underteckna den."
        ]

    def test_follow_up_needs_the_latest_plan_signed(self, ready, world):
        case = ready(Stage.MEETING)
        case.plans.append(world.plan(version=2))
        reasons = check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert reasons == ["Planen (version 2) är inte undertecknad ännu."]

    def test_follow_up_needs_plan_owner(self, ready, world):
        case = ready(Stage.MEETING)
        case.plan_owner_id = None
        reasons = check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert len(reasons) == 1 and reasons[0].startswith("Samordningsansvarig saknas")

    def test_plan_owner_from_school_refused(self, ready, world):
        case = ready(Stage.MEETING)
        case.plan_owner_id = world.LENA_HOLM
        reasons = check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert reasons == [
            "Samordningsansvarig Lena Holm arbetar i Ekbackens skola (Skola). Samordningsansvarig "
            "ska komma från hälso- och sjukvården eller socialtjänsten."
        ]

    def test_plan_owner_from_social_services_accepted(self, ready, world):
        case = ready(Stage.MEETING)
        case.plan_owner_id = world.JOHAN_EK
        assert check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs) == []

    def test_plan_owner_must_be_in_network(self, ready, world):
        case = ready(Stage.MEETING)
        case.plan_owner_id = 999
        reasons = check_move(case, Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert "finns inte bland ärendets deltagare" in reasons[0]

    def test_plan_owner_organisation_unknown_without_lookup(self, ready):
        # Without the organisation lookup the rule cannot be confirmed, so it refuses.
        reasons = check_move(ready(Stage.MEETING), Stage.FOLLOW_UP, ON)
        assert reasons and "Anna Berg saknar känd verksamhet" in reasons[0]

    def test_close_needs_dated_follow_up_meeting(self, ready, world):
        case = ready(Stage.FOLLOW_UP)
        case.meetings = [
            world.meeting(date(2024, 3, 20)),
            world.meeting(None, MeetingKind.FOLLOW_UP),
        ]
        reasons = check_move(case, Stage.CLOSE_OR_CONTINUE, ON)
        assert reasons == ["Inget uppföljningsmöte med datum är bokat för den gällande planen."]

    def test_previous_rounds_follow_up_does_not_count(self, world):
        # A continued SIP: the 2023 follow-up belongs to plan version 1.
        case = world.case(
            stage=Stage.FOLLOW_UP,
            meetings=[world.meeting(date(2023, 12, 1), MeetingKind.FOLLOW_UP)],
            plans=[world.plan(date(2023, 9, 1)), world.plan(date(2024, 2, 1), version=2)],
        )
        assert check_move(case, Stage.CLOSE_OR_CONTINUE, ON)
        case.meetings.append(world.meeting(date(2024, 5, 2), MeetingKind.FOLLOW_UP))
        assert check_move(case, Stage.CLOSE_OR_CONTINUE, ON) == []


class TestMove:
    def test_move_sets_stage_and_records_history(self, ready):
        case = ready(Stage.CONSENT_AND_PLANNING)
        at = datetime(2024, 3, 1, 9, 30)
        event = move(case, Stage.ACTORS_INVITED, ON, at=at)
        assert case.stage is Stage.ACTORS_INVITED
        assert case.history == [event]
        assert event.text == "Steg ändrat: Samtycke och planering → Aktörer kallas"
        assert event.kind == STAGE_EVENT
        assert event.at == at

    def test_default_time_is_on_the_move_date(self, ready):
        case = ready(Stage.NEED_FOUND)
        event = move(case, Stage.CONSENT_AND_PLANNING, ON)
        assert event.at.date() == ON

    def test_refused_move_raises_with_all_reasons_and_changes_nothing(self, world):
        case = world.case(stage=Stage.ACTORS_INVITED)
        with pytest.raises(MoveRefused) as caught:
            move(case, Stage.MEETING, ON)
        assert len(caught.value.reasons) == 2
        assert "Mötesledare saknas" in str(caught.value)
        assert case.stage is Stage.ACTORS_INVITED
        assert case.history == []

    def test_continuation_noted_in_history(self, world):
        case = world.case(stage=Stage.CLOSE_OR_CONTINUE)
        event = move(case, Stage.MEETING, ON)
        assert event.text.startswith("Steg ändrat: Avslut eller fortsatt SIP → Möte där SIP")
        assert "fortsatt SIP" in event.text.split("→")[1]

    def test_can_move(self, ready, world):
        assert can_move(ready(Stage.MEETING), Stage.FOLLOW_UP, ON, organisations=world.orgs)
        assert not can_move(ready(Stage.MEETING), Stage.FOLLOW_UP, ON)


class TestSignPlan:
    def test_complete_plan_can_be_signed(self, world):
        case = world.signing_case(plan_owner_id=world.ANNA_BERG)
        assert can_sign_plan(case, world.signing_plan(), world.orgs) == []

    def test_needs_plan_owner_from_care(self, world):
        case = world.signing_case(plan_owner_id=world.LENA_HOLM)
        reasons = can_sign_plan(case, world.signing_plan(), world.orgs)
        assert len(reasons) == 1 and "Lena Holm arbetar i Ekbackens skola" in reasons[0]

    def test_needs_an_action(self, world):
        case = world.signing_case(plan_owner_id=world.ANNA_BERG)
        reasons = can_sign_plan(case, world.signing_plan(actions=[]), world.orgs)
        assert reasons == [
            "Planen har inga insatser. Skriv minst en rad: mål, insats, ansvarig organisation "
            "och ansvarig person."
        ]

    def test_every_action_needs_organisation_and_person(self, world):
        case = world.signing_case(plan_owner_id=world.ANNA_BERG)
        plan = world.signing_plan(
            actions=[
                world.action(),
                world.action(action="Samtal varannan vecka", organisation_id=None),
                world.action(action="Läxhjälp", organisation_id=None, person_name=" "),
                world.action(action="", goal="Sova bättre", person_name=""),
            ]
        )
        assert can_sign_plan(case, plan, world.orgs) == [
            "Rad 2 (”Samtal varannan vecka”) saknar ansvarig organisation.",
            "Rad 3 (”Läxhjälp”) saknar ansvarig organisation och ansvarig person.",
            "Rad 4 (”Sova bättre”) saknar ansvarig person.",
        ]

    def test_all_reasons_together(self, world):
        case = world.signing_case(plan_owner_id=None)
        plan = world.signing_plan(actions=[world.action(person_name="")])
        assert len(can_sign_plan(case, plan, world.orgs)) == 2

    def test_signed_plan_cannot_be_signed_again(self, world):
        case = world.signing_case(plan_owner_id=world.ANNA_BERG)
        plan = world.signing_plan(signed_on=ON)
        assert plan.status is PlanStatus.SIGNED
        assert can_sign_plan(case, plan, world.orgs) == [
            "Planen (version 1) är redan undertecknad."
        ]

    def test_plan_owner_problems_empty_for_bup(self, world):
        assert plan_owner_problems(world.case(plan_owner_id=world.ANNA_BERG), world.orgs) == []
