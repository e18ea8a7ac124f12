from __future__ import annotations

from datetime import date, timedelta

import pytest

from sipdesk.domain.deadlines import (
    CHASE_AGAIN_DAYS,
    DeadlineSettings,
    DueItem,
    DueKind,
    add_months,
    answer_deadline,
    answer_due,
    due_across,
    due_items,
    follow_up_due,
    is_late,
    latest_send_date,
    next_due,
)
from sipdesk.domain.enums import InvitationKind, MeetingKind, Response, Stage
from sipdesk.domain.errors import ValidationError

ON = date(2024, 3, 1)
DEFAULT = DeadlineSettings()


def kinds(items):
    return [item.kind for item in items]


def only(items, kind):
    found = [item for item in items if item.kind is kind]
    assert len(found) == 1, items
    return found[0]


class TestSettings:
    def test_defaults(self):
        assert DEFAULT.to_dict() == {
            "invitation_lead_days": 21,
            "first_meeting_within_days": None,
            "answer_within_days": 14,
            "follow_up_after_months": 3,
            "consent_warning_days": 30,
            "school_obliged": False,
            "consent_within_days": 14,
        }

    def test_round_trip(self):
        settings = DeadlineSettings(28, 30, 10, 2, 45, True, 21)
        assert DeadlineSettings.from_dict(settings.to_dict()) == settings

    def test_consent_within_days_from_text(self):
        assert DeadlineSettings.from_dict({"consent_within_days": "10"}).consent_within_days == 10

    def test_unknown_keys_ignored_and_missing_default(self):
        settings = DeadlineSettings.from_dict({"invitation_lead_days": 28, "theme": "dark"})
        assert settings == DeadlineSettings(invitation_lead_days=28)

    def test_text_values_from_a_settings_table(self):
        settings = DeadlineSettings.from_dict(
            {"answer_within_days": " 10 ", "first_meeting_within_days": "", "school_obliged": "ja"}
        )
        assert settings.answer_within_days == 10
        assert settings.first_meeting_within_days is None
        assert settings.school_obliged is True
        assert DeadlineSettings.from_dict({"school_obliged": "false"}).school_obliged is False

    @pytest.mark.parametrize(
        "data, words",
        [
            ({"invitation_lead_days": "tre"}, "ska vara ett heltal, inte ”tre”"),
            ({"invitation_lead_days": 2.5}, "ska vara ett heltal"),
            ({"invitation_lead_days": True}, "ska vara ett heltal"),
            ({"invitation_lead_days": -1}, "ska vara mellan 0 och 180, inte -1"),
            ({"answer_within_days": 0}, "Svar på kallelsen inom"),
            ({"follow_up_after_months": None}, "Uppföljning efter (månader)"),
            ({"first_meeting_within_days": 0}, "Första SIP-mötet"),
            ({"consent_within_days": 0}, "Samtycke inhämtas inom"),
            ({"consent_within_days": None}, "ska vara ett heltal"),
            ({"school_obliged": "kanske"}, "ska vara ja eller nej, inte ”kanske”"),
            ({"school_obliged": 1}, "ska vara ja eller nej"),
        ],
    )
    def test_bad_values_refused_in_swedish(self, data, words):
        with pytest.raises(ValidationError) as caught:
            DeadlineSettings.from_dict(data)
        assert words in caught.value.message
        assert caught.value.field == "settings"

    def test_not_a_mapping(self):
        with pytest.raises(ValidationError):
            DeadlineSettings.from_dict(["invitation_lead_days"])

    def test_direct_construction_validated(self):
        with pytest.raises(ValidationError):
            DeadlineSettings(invitation_lead_days=-5)


class TestDateHelpers:
    @pytest.mark.parametrize(
        "start, months, expected",
        [
            (date(2024, 11, 30), 3, date(2025, 2, 28)),
            (date(2023, 11, 30), 3, date(2024, 2, 29)),
            (date(2024, 1, 31), 1, date(2024, 2, 29)),
            (date(2024, 8, 31), 1, date(2024, 9, 30)),
            (date(2024, 12, 15), 1, date(2025, 1, 15)),
            (date(2024, 3, 15), 12, date(2025, 3, 15)),
            (date(2024, 3, 31), -1, date(2024, 2, 29)),
            (date(2024, 3, 31), 0, date(2024, 3, 31)),
        ],
    )
    def test_add_months_clamps(self, start, months, expected):
        assert add_months(start, months) == expected

    def test_latest_send_date(self):
        assert latest_send_date(date(2024, 4, 22)) == date(2024, 4, 1)
        assert latest_send_date(date(2024, 4, 22), DeadlineSettings(invitation_lead_days=28)) == (
            date(2024, 3, 25)
        )

    def test_answer_deadline(self):
        assert answer_deadline(date(2024, 3, 1)) == date(2024, 3, 15)
        assert answer_deadline(date(2024, 3, 1), DeadlineSettings(answer_within_days=7)) == (
            date(2024, 3, 8)
        )

    def test_answer_due_prefers_written_date(self, world):
        assert answer_due(world.invitation()) is None
        sent = world.invitation(sent_on=date(2024, 3, 1))
        assert answer_due(sent) == date(2024, 3, 15)
        sent.answer_by = date(2024, 3, 8)
        assert answer_due(sent) == date(2024, 3, 8)

    def test_follow_up_due(self):
        assert follow_up_due(date(2023, 11, 30)) == date(2024, 2, 29)


class TestIsLate:
    MEETING_DAY = date(2024, 4, 22)

    @pytest.mark.parametrize("days_before, late", [(22, False), (21, False), (20, True), (0, True)])
    def test_boundary(self, world, days_before, late):
        meeting = world.meeting(self.MEETING_DAY)
        invitation = world.invitation(sent_on=self.MEETING_DAY - timedelta(days=days_before))
        assert is_late(invitation, meeting, DEFAULT) is late

    def test_setting_changes_boundary(self, world):
        meeting = world.meeting(self.MEETING_DAY)
        invitation = world.invitation(sent_on=self.MEETING_DAY - timedelta(days=21))
        assert is_late(invitation, meeting, DeadlineSettings(invitation_lead_days=28))

    def test_unsent_or_undated_is_not_late(self, world):
        assert not is_late(world.invitation(), world.meeting(self.MEETING_DAY))
        assert not is_late(world.invitation(sent_on=ON), world.meeting(None))


class TestDueItemOrder:
    def item(self, due, overdue, kind=DueKind.SEND_INVITATIONS, ref="SIP-1"):
        return DueItem(due=due, case_reference=ref, kind=kind, text="x", overdue=overdue)

    def test_overdue_before_not_overdue_whatever_the_date(self):
        late = self.item(date(2024, 3, 5), True)
        early = self.item(date(2024, 3, 1), False)
        assert sorted([early, late]) == [late, early]

    def test_more_overdue_first_then_by_date(self):
        a = self.item(date(2024, 2, 1), True)
        b = self.item(date(2024, 2, 20), True)
        c = self.item(date(2024, 3, 3), False)
        d = self.item(date(2024, 3, 10), False)
        assert sorted([d, b, c, a]) == [a, b, c, d]

    def test_same_day_more_urgent_kind_first(self):
        expiring = self.item(ON, False, DueKind.CONSENT_EXPIRING)
        chase = self.item(ON, False, DueKind.CHASE_ANSWER)
        assert sorted([expiring, chase]) == [chase, expiring]

    def test_days_overdue(self):
        assert self.item(date(2024, 2, 27), True).days_overdue(ON) == 3
        assert self.item(date(2024, 3, 5), False).days_overdue(ON) == 0

    def test_case_id_does_not_affect_order_or_equality(self):
        a = DueItem(due=ON, case_reference="R", kind=DueKind.CHASE_ANSWER, text="t", case_id=1)
        b = DueItem(due=ON, case_reference="R", kind=DueKind.CHASE_ANSWER, text="t", case_id=2)
        assert a == b


class TestInvitations:
    MEETING_DAY = date(2024, 4, 1)  # latest send date 2024-03-11

    def case(self, world, *invitations, kind=MeetingKind.FIRST_SIP, stage=Stage.ACTORS_INVITED):
        meeting = world.meeting(self.MEETING_DAY, kind, invitations=list(invitations))
        return world.case(
            stage=stage, consents=[world.consent(date(2024, 2, 1))], meetings=[meeting]
        )

    def test_send_invitations_before_latest_date(self, world):
        case = self.case(world, world.invitation(), world.invitation("Lena Holm"))
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.SEND_INVITATIONS)
        assert item.due == date(2024, 3, 11)
        assert not item.overdue
        assert item.text == (
            "Skicka kallelser till SIP-mötet 2024-04-01 senast 2024-03-11: "
            "Anna Berg och Lena Holm har inte fått någon."
        )

    def test_send_invitations_overdue(self, world):
        case = self.case(world, world.invitation())
        item = only(
            due_items(case, date(2024, 3, 14), DEFAULT, world.orgs), DueKind.SEND_INVITATIONS
        )
        assert item.overdue
        assert "senast 2024-03-11 (3 dagar sen)" in item.text

    def test_many_unsent_names_shortened(self, world):
        names = ["Anna Berg", "Lena Holm", "Johan Ek", "Maria Lind", "Per Lind"]
        case = self.case(world, *[world.invitation(n) for n in names])
        item = only(due_items(case, ON, DEFAULT), DueKind.SEND_INVITATIONS)
        assert "Anna Berg, Lena Holm, Johan Ek och 2 till har inte fått någon" in item.text

    def test_all_sent_on_time_and_answered_leaves_only_the_next_step(self, world):
        invitation = world.invitation(
            sent_on=date(2024, 3, 1), response=Response.ACCEPTED, responded_on=date(2024, 3, 2)
        )
        items = due_items(self.case(world, invitation), date(2024, 3, 20), DEFAULT, world.orgs)
        assert kinds(items) == [DueKind.NEXT_STEP]

    def test_pre_meeting_has_no_lead_time_rule(self, world):
        case = self.case(world, world.invitation(), kind=MeetingKind.PRE_MEETING)
        items = due_items(case, ON, DEFAULT, world.orgs)
        assert DueKind.SEND_INVITATIONS not in kinds(items)
        assert DueKind.INVITE_PARTICIPANTS not in kinds(items)

    def test_past_meeting_gives_no_invitation_items(self, world):
        case = self.case(world, world.invitation())
        assert kinds(due_items(case, date(2024, 4, 2), DEFAULT, world.orgs)) == [DueKind.NEXT_STEP]

    def test_chase_after_answer_deadline(self, world):
        case = self.case(world, world.invitation(sent_on=date(2024, 3, 1)))
        on_deadline_day = due_items(case, date(2024, 3, 15), DEFAULT, world.orgs)
        assert DueKind.CHASE_ANSWER not in kinds(on_deadline_day)
        item = only(due_items(case, date(2024, 3, 18), DEFAULT, world.orgs), DueKind.CHASE_ANSWER)
        assert (
            item.text == "Ring Anna Berg, BUP Norrtälje: har inte svarat på kallelsen (3 dagar sen)"
        )
        assert item.overdue and item.due == date(2024, 3, 15)

    def test_chase_uses_written_answer_date_and_inbjudan(self, world):
        invitation = world.invitation(
            "Lena Holm",
            kind=InvitationKind.INVITATION,
            organisation_id=world.SCHOOL,
            sent_on=date(2024, 3, 1),
            answer_by=date(2024, 3, 8),
        )
        item = only(
            due_items(self.case(world, invitation), date(2024, 3, 9), DEFAULT, world.orgs),
            DueKind.CHASE_ANSWER,
        )
        assert (
            item.text == "Ring Lena Holm, Ekbackens skola: har inte svarat på inbjudan (1 dag sen)"
        )

    def test_chase_family_member_without_organisation(self, world):
        guardian = world.invitation(
            "Maria Lind",
            kind=InvitationKind.INVITATION,
            person_id=None,
            organisation_id=None,
            guardian_id=1,
            sent_on=date(2024, 3, 1),
        )
        item = only(due_items(self.case(world, guardian), date(2024, 3, 17)), DueKind.CHASE_ANSWER)
        assert item.text.startswith("Ring Maria Lind: har inte svarat på inbjudan")

    def test_answer_stops_the_chase(self, world):
        invitation = world.invitation(sent_on=date(2024, 3, 1), response=Response.DECLINED)
        assert kinds(due_items(self.case(world, invitation), date(2024, 3, 20), DEFAULT)) == [
            DueKind.NEXT_STEP
        ]

    def test_contact_pauses_the_chase(self, world):
        contacted = date(2024, 3, 18)
        invitation = world.invitation(sent_on=date(2024, 3, 1), contacted_on=contacted)
        case = self.case(world, invitation)
        for offset in range(CHASE_AGAIN_DAYS):
            paused = due_items(case, contacted + timedelta(days=offset), DEFAULT, world.orgs)
            assert kinds(paused) == [DueKind.NEXT_STEP]
        again = contacted + timedelta(days=CHASE_AGAIN_DAYS)
        item = only(due_items(case, again, DEFAULT, world.orgs), DueKind.CHASE_ANSWER)
        assert item.text.startswith("Ring Anna Berg, BUP Norrtälje igen")
        assert "kontaktad 2024-03-18" in item.text

    def test_late_invitation_flagged_until_answered(self, world):
        invitation = world.invitation(sent_on=date(2024, 3, 20))  # 12 days before
        case = self.case(world, invitation)
        item = only(
            due_items(case, date(2024, 3, 21), DEFAULT, world.orgs), DueKind.LATE_INVITATION
        )
        assert item.overdue and item.due == date(2024, 3, 11)
        assert "Kallelsen till Anna Berg, BUP Norrtälje skickades sent (2024-03-20" in item.text
        assert "12 dagar före mötet" in item.text
        invitation.response = Response.ACCEPTED
        assert kinds(due_items(case, date(2024, 3, 21), DEFAULT, world.orgs)) == [DueKind.NEXT_STEP]

    def test_on_time_invitation_not_flagged(self, world):
        case = self.case(world, world.invitation(sent_on=date(2024, 3, 11)))
        assert kinds(due_items(case, date(2024, 3, 12), DEFAULT, world.orgs)) == [DueKind.NEXT_STEP]


class TestFirstMeeting:
    SETTINGS = DeadlineSettings(first_meeting_within_days=30)

    def case(self, world, *meetings):
        return world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2024, 2, 1))],
            meetings=list(meetings),
        )

    def test_without_setting_the_booking_rule_takes_over(self, world):
        item = only(due_items(self.case(world), ON, DEFAULT), DueKind.BOOK_MEETING)
        assert "ska hållas senast" not in item.text  # that sentence needs the setting

    def test_book_meeting_within_days_of_consent(self, world):
        item = only(due_items(self.case(world), ON, self.SETTINGS), DueKind.BOOK_MEETING)
        assert item.due == date(2024, 3, 2) and not item.overdue
        assert (
            item.text
            == "Boka SIP-mötet: det ska hållas senast 2024-03-02, 30 dagar efter samtycket."
        )

    def test_overdue_when_deadline_passed(self, world):
        item = only(
            due_items(self.case(world), date(2024, 3, 4), self.SETTINGS), DueKind.BOOK_MEETING
        )
        assert item.overdue and "(2 dagar sen)" in item.text

    def test_meeting_in_time_satisfies(self, world):
        case = self.case(world, world.meeting(date(2024, 3, 2)))
        assert DueKind.BOOK_MEETING not in kinds(due_items(case, ON, self.SETTINGS))

    def test_meeting_after_deadline_flagged(self, world):
        case = self.case(world, world.meeting(date(2024, 3, 20)))
        item = only(due_items(case, ON, self.SETTINGS), DueKind.BOOK_MEETING)
        assert item.text.startswith("SIP-mötet 2024-03-20 ligger efter fristen")

    def test_pre_meeting_does_not_count(self, world):
        case = self.case(world, world.meeting(date(2024, 2, 10), MeetingKind.PRE_MEETING))
        assert DueKind.BOOK_MEETING in kinds(due_items(case, ON, self.SETTINGS))

    def test_not_after_plan_signed(self, world):
        case = self.case(world)
        case.plans = [world.plan(signed_on=date(2024, 3, 20))]
        assert DueKind.BOOK_MEETING not in kinds(due_items(case, ON, self.SETTINGS))


class TestFollowUp:
    def case(self, world, *meetings, stage=Stage.FOLLOW_UP, signed=date(2023, 11, 30)):
        return world.case(
            stage=stage,
            consents=[world.consent(date(2023, 11, 1))],
            plan_owner_id=world.ANNA_BERG,
            plans=[world.plan(signed_on=signed)],
            meetings=[world.meeting(signed), *meetings],
        )

    def test_book_follow_up_in_time_for_invitations(self, world):
        # Signed Nov 30, follow-up by Feb 29 (leap year), book by 21 days before.
        items = due_items(self.case(world), date(2024, 1, 15), DEFAULT, world.orgs)
        item = only(items, DueKind.BOOK_FOLLOW_UP)
        assert item.due == date(2024, 2, 8) and not item.overdue
        assert "uppföljningen ska hållas senast 2024-02-29" in item.text

    def test_booking_late(self, world):
        item = only(
            due_items(self.case(world), date(2024, 2, 10), DEFAULT, world.orgs),
            DueKind.BOOK_FOLLOW_UP,
        )
        assert item.overdue

    def test_follow_up_overdue(self, world):
        item = only(
            due_items(self.case(world), date(2024, 3, 4), DEFAULT, world.orgs),
            DueKind.FOLLOW_UP_OVERDUE,
        )
        assert item.text == (
            "Uppföljningen skulle ha hållits senast 2024-02-29 (4 dagar sen). "
            "Boka uppföljningsmötet."
        )

    def test_setting_months(self, world):
        items = due_items(
            self.case(world),
            date(2024, 1, 1),
            DeadlineSettings(follow_up_after_months=2),
            world.orgs,
        )
        assert "senast 2024-01-30" in only(items, DueKind.BOOK_FOLLOW_UP).text

    def test_booked_follow_up_satisfies(self, world):
        case = self.case(world, world.meeting(date(2024, 2, 20), MeetingKind.FOLLOW_UP))
        items = due_items(case, date(2024, 1, 15), DEFAULT, world.orgs)
        assert kinds(items) == [DueKind.INVITE_PARTICIPANTS]  # no BOOK_FOLLOW_UP any more

    def test_closing_stage_has_no_follow_up_items(self, world):
        case = self.case(world, stage=Stage.CLOSE_OR_CONTINUE)
        items = due_items(case, date(2024, 3, 4), DEFAULT, world.orgs)
        assert kinds(items) == [DueKind.CLOSE_OR_CONTINUE]


class TestConsentItems:
    def test_missing_consent_in_planning_not_overdue(self, world):
        case = world.case(stage=Stage.CONSENT_AND_PLANNING)
        item = only(due_items(case, ON), DueKind.CONSENT_MISSING)
        assert not item.overdue and item.due == ON
        assert item.text.startswith("Samtycke saknas.")

    def test_missing_consent_after_invitations_overdue(self, world):
        case = world.case(
            stage=Stage.ACTORS_INVITED,
            consents=[world.consent(date(2024, 1, 1), withdrawn_on=date(2024, 2, 15))],
        )
        item = only(due_items(case, ON), DueKind.CONSENT_MISSING)
        assert item.overdue and "återkallades 2024-02-15" in item.text

    def test_no_consent_item_when_need_just_found(self, world):
        # Stage 1 asks for consent through its own next step, not as a missing consent.
        assert kinds(due_items(world.case(), ON)) == [DueKind.START_PLANNING]

    def test_expiring(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2023, 6, 1), valid_until=date(2024, 3, 13))],
        )
        item = only(due_items(case, ON), DueKind.CONSENT_EXPIRING)
        assert item.due == date(2024, 3, 13) and not item.overdue
        assert (
            item.text
            == "Samtycket går ut 2024-03-13 (om 12 dagar): fråga familjen om det ska förnyas."
        )

    def test_not_yet_expiring(self, world):
        case = world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2023, 6, 1), valid_until=date(2024, 4, 1))],
        )
        assert DueKind.CONSENT_EXPIRING not in kinds(due_items(case, ON))  # 31 days away
        warned = due_items(case, ON, DeadlineSettings(consent_warning_days=31))
        assert DueKind.CONSENT_EXPIRING in kinds(warned)


class TestPlanOwner:
    def test_missing_plan_owner_at_meeting_stage(self, world):
        case = world.case(
            stage=Stage.MEETING,
            consents=[world.consent(date(2024, 2, 1))],
            meetings=[world.meeting(date(2024, 3, 12))],
        )
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NO_PLAN_OWNER)
        assert item.due == date(2024, 3, 12) and not item.overdue
        assert item.text.startswith("Samordningsansvarig saknas")

    def test_owner_from_school_overdue_in_follow_up(self, world):
        case = world.case(
            stage=Stage.FOLLOW_UP,
            consents=[world.consent(date(2024, 2, 1))],
            plan_owner_id=world.LENA_HOLM,
        )
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NO_PLAN_OWNER)
        assert item.overdue and "Lena Holm" in item.text


class TestAcrossCases:
    def test_archived_case_has_nothing_due(self, world):
        case = world.case(stage=Stage.ACTORS_INVITED, archived=True)
        assert due_items(case, ON) == []

    def test_items_carry_case_reference_and_id(self, world):
        case = world.case(stage=Stage.CONSENT_AND_PLANNING, reference="SIP-2024-007", id=7)
        item = due_items(case, ON)[0]
        assert (item.case_reference, item.case_id) == ("SIP-2024-007", 7)

    def test_sorted_most_urgent_first(self, world):
        overdue_chase = world.case(
            reference="A",
            stage=Stage.ACTORS_INVITED,
            consents=[world.consent(date(2024, 1, 1))],
            meetings=[
                world.meeting(
                    date(2024, 3, 20), invitations=[world.invitation(sent_on=date(2024, 2, 1))]
                )
            ],
        )
        send_later = world.case(
            reference="B",
            stage=Stage.ACTORS_INVITED,
            consents=[world.consent(date(2024, 1, 1))],
            meetings=[world.meeting(date(2024, 4, 5), invitations=[world.invitation()])],
        )
        expiring_soon = world.case(
            reference="C",
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2023, 1, 1), valid_until=date(2024, 3, 10))],
        )
        items = due_across([send_later, expiring_soon, overdue_chase], ON, DEFAULT, world.orgs)
        assert [(i.case_reference, i.kind) for i in items] == [
            ("C", DueKind.BOOK_MEETING),  # overdue since 2023-01-08
            ("A", DueKind.CHASE_ANSWER),  # overdue since 2024-02-15
            ("C", DueKind.CONSENT_EXPIRING),  # 2024-03-10
            ("B", DueKind.SEND_INVITATIONS),  # by 2024-03-15
        ]

    def test_next_due(self, world):
        case = world.case(
            stage=Stage.ACTORS_INVITED,
            consents=[world.consent(date(2023, 1, 1), valid_until=date(2024, 3, 25))],
            meetings=[world.meeting(date(2024, 4, 5), invitations=[world.invitation()])],
        )
        first = next_due(case, ON, DEFAULT, world.orgs)
        assert first is not None and first.kind is DueKind.SEND_INVITATIONS
        assert first.due == date(2024, 3, 15)

    def test_next_due_none_only_when_archived(self, world):
        assert next_due(world.case(archived=True), ON) is None
        assert next_due(world.case(), ON) is not None

    def test_labels_are_swedish(self):
        assert DueKind.CHASE_ANSWER.label == "Svar saknas"
        assert all(kind.label for kind in DueKind)


QUESTION = "Hur kan Elsa komma tillbaka till skolan?"


class TestStartPlanning:
    """Stage 1: the next step is consent and planning, within consent_within_days."""

    def case(self, world, **kwargs):
        values = {"question": QUESTION, "need_found_on": date(2024, 2, 20)}
        values.update(kwargs)
        return world.case(**values)

    def test_due_after_need_found(self, world):
        item = only(due_items(self.case(world), ON, DEFAULT, world.orgs), DueKind.START_PLANNING)
        assert item.due == date(2024, 3, 5) and not item.overdue
        assert item.text == (
            "Inhämta samtycke från vårdnadshavare och barnet och planera SIP-mötet "
            "senast 2024-03-05."
        )

    def test_overdue_after_the_days(self, world):
        case = self.case(world, need_found_on=date(2024, 2, 1))
        item = only(due_items(case, ON), DueKind.START_PLANNING)
        assert item.overdue and item.due == date(2024, 2, 15)
        assert "senast 2024-02-15 (15 dagar sen)." in item.text

    def test_setting_changes_the_days(self, world):
        item = only(
            due_items(self.case(world), ON, DeadlineSettings(consent_within_days=7)),
            DueKind.START_PLANNING,
        )
        assert item.due == date(2024, 2, 27) and item.overdue

    def test_without_a_date_due_today(self, world):
        item = only(due_items(self.case(world, need_found_on=None), ON), DueKind.START_PLANNING)
        assert item.due == ON and not item.overdue
        assert item.text == (
            "Inhämta samtycke från vårdnadshavare och barnet och planera SIP-mötet."
        )

    def test_missing_question_named(self, world):
        item = only(due_items(self.case(world, question=" "), ON), DueKind.START_PLANNING)
        assert item.text.endswith("Skriv också frågeställningen: vilken fråga ska SIP:en besvara?")

    def test_consent_already_given_moves_on(self, world):
        case = self.case(world, consents=[world.consent(date(2024, 2, 25))])
        item = only(due_items(case, ON), DueKind.START_PLANNING)
        assert item.due == ON and not item.overdue
        assert (
            item.text == "Samtycke finns: för ärendet vidare till steget ”Samtycke och planering”."
        )

    def test_only_in_stage_one(self, world):
        case = self.case(world, stage=Stage.CONSENT_AND_PLANNING)
        assert DueKind.START_PLANNING not in kinds(due_items(case, ON))


class TestBookFirstMeeting:
    """Active consent and no dated SIP meeting, without the first-meeting setting."""

    def case(self, world, *meetings, given_on=date(2024, 2, 27), stage=Stage.CONSENT_AND_PLANNING):
        return world.case(
            stage=stage,
            question=QUESTION,
            consents=[world.consent(given_on)],
            meetings=list(meetings),
        )

    def test_book_within_a_week_of_consent(self, world):
        items = due_items(self.case(world), ON, DEFAULT, world.orgs)
        item = only(items, DueKind.BOOK_MEETING)
        assert item.due == date(2024, 3, 5) and not item.overdue
        assert item.text == (
            "Boka SIP-mötet senast 2024-03-05, så att kallelserna hinner ut 21 dagar före mötet."
        )
        assert kinds(items) == [DueKind.BOOK_MEETING]

    def test_overdue(self, world):
        item = only(
            due_items(self.case(world, given_on=date(2024, 2, 1)), ON), DueKind.BOOK_MEETING
        )
        assert item.overdue and item.due == date(2024, 2, 8)
        assert "senast 2024-02-08 (22 dagar sen), så att" in item.text

    def test_lead_days_in_text(self, world):
        settings = DeadlineSettings(invitation_lead_days=28)
        item = only(due_items(self.case(world), ON, settings), DueKind.BOOK_MEETING)
        assert "hinner ut 28 dagar före mötet" in item.text

    def test_clock_runs_from_the_active_consent(self, world):
        case = self.case(world)
        case.consents.insert(0, world.consent(date(2023, 1, 1), withdrawn_on=date(2023, 6, 1)))
        assert only(due_items(case, ON), DueKind.BOOK_MEETING).due == date(2024, 3, 5)

    @pytest.mark.parametrize("kind", [MeetingKind.FIRST_SIP, MeetingKind.FOLLOW_UP])
    def test_dated_sip_meeting_satisfies(self, world, kind):
        case = self.case(world, world.meeting(date(2024, 4, 1), kind))
        assert DueKind.BOOK_MEETING not in kinds(due_items(case, ON))

    def test_undated_or_pre_meeting_does_not(self, world):
        case = self.case(
            world,
            world.meeting(None),
            world.meeting(date(2024, 3, 4), MeetingKind.PRE_MEETING),
        )
        assert DueKind.BOOK_MEETING in kinds(due_items(case, ON))

    def test_not_without_active_consent(self, world):
        case = self.case(world, given_on=date(2024, 3, 10))  # not yet valid
        assert kinds(due_items(case, ON)) == [DueKind.CONSENT_MISSING]

    def test_setting_rule_reused_not_duplicated(self, world):
        settings = DeadlineSettings(first_meeting_within_days=30)
        items = due_items(self.case(world), ON, settings)
        assert kinds(items) == [DueKind.BOOK_MEETING]
        assert items[0].due == date(2024, 3, 28)
        assert "30 dagar efter samtycket" in items[0].text

    def test_also_when_invited_stage_has_no_date(self, world):
        case = self.case(world, stage=Stage.ACTORS_INVITED)
        assert kinds(due_items(case, ON)) == [DueKind.BOOK_MEETING]


class TestInviteParticipants:
    """A dated SIP meeting ahead with no invitations registered at all."""

    MEETING_DAY = date(2024, 4, 1)  # latest send date 2024-03-11

    def case(self, world, *meetings, stage=Stage.ACTORS_INVITED, consents=None):
        if consents is None:
            consents = [world.consent(date(2024, 2, 1))]
        return world.case(
            stage=stage,
            question=QUESTION,
            consents=consents,
            meetings=list(meetings) or [world.meeting(self.MEETING_DAY)],
        )

    def test_invite_before_latest_send_date(self, world):
        items = due_items(self.case(world), ON, DEFAULT, world.orgs)
        item = only(items, DueKind.INVITE_PARTICIPANTS)
        assert item.due == date(2024, 3, 11) and not item.overdue
        assert item.text == "Kalla deltagarna till SIP-mötet 2024-04-01 senast 2024-03-11."
        assert kinds(items) == [DueKind.INVITE_PARTICIPANTS]

    def test_overdue(self, world):
        item = only(due_items(self.case(world), date(2024, 3, 14)), DueKind.INVITE_PARTICIPANTS)
        assert item.overdue
        assert item.text.endswith("senast 2024-03-11 (3 dagar sen).")

    def test_booked_follow_up(self, world):
        case = world.case(
            stage=Stage.FOLLOW_UP,
            consents=[world.consent(date(2023, 11, 1))],
            plan_owner_id=world.ANNA_BERG,
            plans=[world.plan(signed_on=date(2023, 11, 30))],
            meetings=[
                world.meeting(date(2023, 11, 30)),
                world.meeting(date(2024, 2, 20), MeetingKind.FOLLOW_UP),
            ],
        )
        items = due_items(case, date(2024, 1, 15), DEFAULT, world.orgs)
        item = only(items, DueKind.INVITE_PARTICIPANTS)
        assert item.text == "Kalla deltagarna till uppföljningsmötet 2024-02-20 senast 2024-01-30."
        assert kinds(items) == [DueKind.INVITE_PARTICIPANTS]

    def test_registered_invitations_take_over(self, world):
        case = self.case(world, world.meeting(self.MEETING_DAY, invitations=[world.invitation()]))
        assert kinds(due_items(case, ON)) == [DueKind.SEND_INVITATIONS]

    def test_each_meeting_on_its_own(self, world):
        case = self.case(
            world,
            world.meeting(self.MEETING_DAY, invitations=[world.invitation()]),
            world.meeting(date(2024, 6, 3), MeetingKind.FOLLOW_UP),
        )
        assert sorted(kinds(due_items(case, ON))) == sorted(
            [DueKind.SEND_INVITATIONS, DueKind.INVITE_PARTICIPANTS]
        )

    def test_not_for_pre_meeting_or_past_meeting(self, world):
        case = self.case(
            world,
            world.meeting(date(2024, 3, 20), MeetingKind.PRE_MEETING),
            world.meeting(date(2024, 2, 20)),
        )
        assert DueKind.INVITE_PARTICIPANTS not in kinds(due_items(case, ON))

    def test_not_without_consent(self, world):
        case = self.case(world, consents=[])
        assert kinds(due_items(case, ON)) == [DueKind.CONSENT_MISSING]


class TestPlanNotSigned:
    """Stage 4: the meeting has been held but the plan is not signed."""

    HELD = date(2024, 2, 20)

    def case(self, world, *plans, meetings=None):
        return world.case(
            stage=Stage.MEETING,
            question=QUESTION,
            consents=[world.consent(date(2024, 1, 15))],
            plan_owner_id=world.ANNA_BERG,
            chair_id=world.JOHAN_EK,
            meetings=meetings if meetings is not None else [world.meeting(self.HELD, id=5)],
            plans=list(plans),
        )

    def test_draft_plan_after_the_meeting(self, world):
        items = due_items(self.case(world, world.plan()), ON, DEFAULT, world.orgs)
        item = only(items, DueKind.PLAN_NOT_SIGNED)
        assert item.due == self.HELD and item.overdue
        assert item.text == (
            "Planen (version 1) från SIP-mötet 2024-02-20 är inte undertecknad. "
            "Låt alla underteckna den."
        )
        assert kinds(items) == [DueKind.PLAN_NOT_SIGNED]

    def test_no_plan_written(self, world):
        item = only(due_items(self.case(world), ON, DEFAULT, world.orgs), DueKind.PLAN_NOT_SIGNED)
        assert item.text == (
            "SIP-mötet 2024-02-20 har hållits men ingen plan är registrerad. "
            "Skriv in planen och låt alla underteckna den."
        )

    def test_not_before_the_meeting_is_over(self, world):
        case = self.case(world, world.plan())
        assert DueKind.PLAN_NOT_SIGNED not in kinds(due_items(case, self.HELD, DEFAULT, world.orgs))

    def test_signed_plan_gives_follow_up_instead(self, world):
        case = self.case(world, world.plan(signed_on=self.HELD))
        assert kinds(due_items(case, ON, DEFAULT, world.orgs)) == [DueKind.BOOK_FOLLOW_UP]

    def test_plan_linked_to_its_meeting(self, world):
        meetings = [world.meeting(self.HELD, id=5), world.meeting(date(2024, 3, 20), id=6)]
        linked = self.case(world, world.plan(meeting_id=5), meetings=meetings)
        item = only(due_items(linked, ON, DEFAULT, world.orgs), DueKind.PLAN_NOT_SIGNED)
        assert item.due == self.HELD
        for_next = self.case(world, world.plan(meeting_id=6), meetings=meetings)
        assert DueKind.PLAN_NOT_SIGNED not in kinds(due_items(for_next, ON, DEFAULT, world.orgs))

    def test_unlinked_plan_waits_for_a_booked_meeting(self, world):
        meetings = [world.meeting(self.HELD), world.meeting(date(2024, 3, 20))]
        case = self.case(world, world.plan(), meetings=meetings)
        assert DueKind.PLAN_NOT_SIGNED not in kinds(due_items(case, ON, DEFAULT, world.orgs))

    def test_only_in_the_meeting_stage(self, world):
        case = self.case(world, world.plan())
        case.stage = Stage.ACTORS_INVITED
        assert DueKind.PLAN_NOT_SIGNED not in kinds(due_items(case, ON, DEFAULT, world.orgs))


class TestCloseOrContinue:
    """Stage 6: decide within two weeks of the latest follow-up meeting."""

    def case(self, world, *follow_up_days):
        return world.case(
            stage=Stage.CLOSE_OR_CONTINUE,
            question=QUESTION,
            consents=[world.consent(date(2023, 11, 1))],
            plan_owner_id=world.ANNA_BERG,
            plans=[world.plan(signed_on=date(2023, 11, 30))],
            meetings=[
                world.meeting(date(2023, 11, 30)),
                *[world.meeting(day, MeetingKind.FOLLOW_UP) for day in follow_up_days],
            ],
        )

    def test_due_two_weeks_after_the_follow_up(self, world):
        items = due_items(self.case(world, date(2024, 2, 20)), ON, DEFAULT, world.orgs)
        item = only(items, DueKind.CLOSE_OR_CONTINUE)
        assert item.due == date(2024, 3, 5) and not item.overdue
        assert item.text == (
            "Besluta om avslut eller fortsatt SIP senast 2024-03-05: "
            "uppföljningsmötet hölls 2024-02-20."
        )
        assert kinds(items) == [DueKind.CLOSE_OR_CONTINUE]

    def test_overdue_after_two_weeks(self, world):
        case = self.case(world, date(2024, 2, 20))
        assert not only(due_items(case, date(2024, 3, 5)), DueKind.CLOSE_OR_CONTINUE).overdue
        item = only(due_items(case, date(2024, 3, 10)), DueKind.CLOSE_OR_CONTINUE)
        assert item.overdue and "senast 2024-03-05 (5 dagar sen):" in item.text

    def test_latest_follow_up_counts(self, world):
        case = self.case(world, date(2024, 1, 10), date(2024, 2, 20))
        assert only(due_items(case, ON), DueKind.CLOSE_OR_CONTINUE).due == date(2024, 3, 5)

    def test_follow_up_still_ahead(self, world):
        case = self.case(world, date(2024, 3, 20))
        item = only(due_items(case, ON), DueKind.CLOSE_OR_CONTINUE)
        assert item.due == date(2024, 4, 3) and not item.overdue
        assert item.text == (
            "Besluta om avslut eller fortsatt SIP på uppföljningsmötet 2024-03-20, "
            "senast 2024-04-03."
        )

    def test_without_follow_up_due_today(self, world):
        item = only(due_items(self.case(world), ON), DueKind.CLOSE_OR_CONTINUE)
        assert item.due == ON and not item.overdue
        assert item.text == "Besluta om avslut eller fortsatt SIP."


class TestNextStep:
    """The generic step, only for a case that no other rule has anything for."""

    MEETING_DAY = date(2024, 3, 20)

    def case(self, world, stage, *meetings, **kwargs):
        values = {
            "stage": stage,
            "question": QUESTION,
            "consents": [world.consent(date(2024, 1, 15))],
            "plan_owner_id": world.ANNA_BERG,
            "chair_id": world.JOHAN_EK,
            "meetings": list(meetings),
        }
        values.update(kwargs)
        return world.case(**values)

    def answered(self, world, name="Anna Berg"):
        return world.invitation(name, sent_on=date(2024, 2, 20), response=Response.ACCEPTED)

    def test_hold_the_meeting(self, world):
        meeting = world.meeting(self.MEETING_DAY, invitations=[self.answered(world)])
        items = due_items(self.case(world, Stage.ACTORS_INVITED, meeting), ON, DEFAULT, world.orgs)
        assert kinds(items) == [DueKind.NEXT_STEP]
        assert items[0].due == self.MEETING_DAY and not items[0].overdue
        assert items[0].text == (
            "Håll SIP-mötet 2024-03-20 och skriv planen tillsammans med deltagarna."
        )

    def test_hold_names_who_has_not_answered_yet(self, world):
        waiting = world.invitation("Lena Holm", sent_on=date(2024, 2, 25))
        meeting = world.meeting(self.MEETING_DAY, invitations=[self.answered(world), waiting])
        item = only(
            due_items(self.case(world, Stage.ACTORS_INVITED, meeting), ON), DueKind.NEXT_STEP
        )
        assert item.text.endswith("Svar saknas ännu från Lena Holm.")

    def test_hold_follow_up(self, world):
        meeting = world.meeting(
            self.MEETING_DAY, MeetingKind.FOLLOW_UP, invitations=[self.answered(world)]
        )
        case = self.case(
            world,
            Stage.FOLLOW_UP,
            world.meeting(date(2023, 12, 1)),
            meeting,
            plans=[world.plan(signed_on=date(2023, 12, 1))],
        )
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NEXT_STEP)
        assert item.text == (
            "Håll uppföljningsmötet 2024-03-20 och gå igenom varje åtagande i planen."
        )

    def test_invitations_sent_in_planning_stage_moves_on(self, world):
        meeting = world.meeting(self.MEETING_DAY, invitations=[self.answered(world)])
        case = self.case(world, Stage.CONSENT_AND_PLANNING, meeting)
        item = only(due_items(case, ON), DueKind.NEXT_STEP)
        assert item.text.endswith(
            "Kallelserna är skickade: för ärendet vidare till steget ”Aktörer kallas”."
        )

    def test_meeting_held_moves_on(self, world):
        case = self.case(world, Stage.ACTORS_INVITED, world.meeting(date(2024, 2, 20)))
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NEXT_STEP)
        assert item.due == date(2024, 2, 20) and not item.overdue
        assert item.text == (
            "SIP-mötet 2024-02-20 har hållits: för ärendet vidare till steget "
            "”Möte där SIP upprättas”."
        )

    def test_follow_up_held_review_commitments(self, world):
        case = self.case(
            world,
            Stage.FOLLOW_UP,
            world.meeting(date(2023, 12, 1)),
            world.meeting(date(2024, 2, 20), MeetingKind.FOLLOW_UP),
            plans=[world.plan(signed_on=date(2023, 12, 1))],
        )
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NEXT_STEP)
        assert item.due == date(2024, 2, 20)
        assert item.text == (
            "Uppföljningsmötet 2024-02-20 har hållits: notera för varje åtagande om det är "
            "genomfört, delvis genomfört eller inte genomfört, och för ärendet vidare till "
            "steget ”Avslut eller fortsatt SIP”."
        )

    def test_follow_up_held_in_meeting_stage_moves_on(self, world):
        case = self.case(
            world,
            Stage.MEETING,
            world.meeting(date(2023, 12, 1)),
            world.meeting(date(2024, 2, 20), MeetingKind.FOLLOW_UP),
            plans=[world.plan(signed_on=date(2023, 12, 1))],
        )
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NEXT_STEP)
        assert item.text == (
            "Uppföljningsmötet 2024-02-20 har hållits: för ärendet vidare till steget "
            "”Uppföljning”."
        )

    def test_no_meeting_in_follow_up_stage(self, world):
        case = self.case(world, Stage.FOLLOW_UP)  # no signed plan, so no follow-up rule
        item = only(due_items(case, ON, DEFAULT, world.orgs), DueKind.NEXT_STEP)
        assert item.due == ON and not item.overdue
        assert item.text == "Inget SIP-möte med datum är bokat. Boka mötet och sätt ett datum."

    def test_not_added_when_another_rule_has_an_item(self, world):
        meeting = world.meeting(self.MEETING_DAY, invitations=[self.answered(world)])
        case = self.case(
            world,
            Stage.ACTORS_INVITED,
            meeting,
            consents=[world.consent(date(2023, 6, 1), valid_until=date(2024, 3, 13))],
        )
        assert kinds(due_items(case, ON, DEFAULT, world.orgs)) == [DueKind.CONSENT_EXPIRING]


class TestEveryCaseHasANextStep:
    """Whatever state a case is in, the case list shows a dated step to take."""

    @pytest.fixture
    def per_stage(self, world):
        answered = world.invitation(sent_on=date(2024, 2, 1), response=Response.ACCEPTED)
        common = {
            "question": QUESTION,
            "plan_owner_id": world.ANNA_BERG,
            "chair_id": world.JOHAN_EK,
        }
        consent = [world.consent(date(2024, 1, 15))]
        return {
            Stage.NEED_FOUND: world.case(need_found_on=date(2024, 2, 20), **common),
            Stage.CONSENT_AND_PLANNING: world.case(
                stage=Stage.CONSENT_AND_PLANNING, consents=consent, **common
            ),
            Stage.ACTORS_INVITED: world.case(
                stage=Stage.ACTORS_INVITED,
                consents=consent,
                meetings=[world.meeting(date(2024, 3, 20), invitations=[answered])],
                **common,
            ),
            Stage.MEETING: world.case(
                stage=Stage.MEETING,
                consents=consent,
                meetings=[world.meeting(date(2024, 2, 26))],
                plans=[world.plan()],
                **common,
            ),
            Stage.FOLLOW_UP: world.case(
                stage=Stage.FOLLOW_UP,
                consents=consent,
                meetings=[
                    world.meeting(date(2024, 1, 30)),
                    world.meeting(date(2024, 4, 29), MeetingKind.FOLLOW_UP),
                ],
                plans=[world.plan(signed_on=date(2024, 1, 30))],
                **common,
            ),
            Stage.CLOSE_OR_CONTINUE: world.case(
                stage=Stage.CLOSE_OR_CONTINUE,
                consents=consent,
                meetings=[
                    world.meeting(date(2023, 11, 30)),
                    world.meeting(date(2024, 2, 26), MeetingKind.FOLLOW_UP),
                ],
                plans=[world.plan(signed_on=date(2023, 11, 30))],
                **common,
            ),
        }

    @pytest.mark.parametrize(
        "stage, kind",
        [
            (Stage.NEED_FOUND, DueKind.START_PLANNING),
            (Stage.CONSENT_AND_PLANNING, DueKind.BOOK_MEETING),
            (Stage.ACTORS_INVITED, DueKind.NEXT_STEP),
            (Stage.MEETING, DueKind.PLAN_NOT_SIGNED),
            (Stage.FOLLOW_UP, DueKind.INVITE_PARTICIPANTS),
            (Stage.CLOSE_OR_CONTINUE, DueKind.CLOSE_OR_CONTINUE),
        ],
    )
    def test_each_stage(self, world, per_stage, stage, kind):
        assert {case.stage for case in per_stage.values()} == set(Stage)
        first = next_due(per_stage[stage], ON, DEFAULT, world.orgs)
        assert first is not None and first.kind is kind
        assert isinstance(first.due, date) and first.text.strip()

    @pytest.mark.parametrize("stage", list(Stage))
    @pytest.mark.parametrize("first_meeting_within_days", [None, 30])
    def test_every_state(self, world, stage, first_meeting_within_days):
        settings = DeadlineSettings(first_meeting_within_days=first_meeting_within_days)
        consents = {
            "none": [],
            "active": [world.consent(date(2024, 1, 15))],
            "withdrawn": [world.consent(date(2024, 1, 15), withdrawn_on=date(2024, 2, 1))],
        }
        invitation_sets = {
            "none": lambda: [],
            "unsent": lambda: [world.invitation()],
            "waiting": lambda: [world.invitation(sent_on=date(2024, 2, 1))],
            "answered": lambda: [
                world.invitation(sent_on=date(2024, 2, 1), response=Response.ACCEPTED)
            ],
        }
        meeting_sets = {
            "none": lambda inv: [],
            "undated": lambda inv: [world.meeting(None, invitations=inv())],
            "pre": lambda inv: [
                world.meeting(date(2024, 3, 5), MeetingKind.PRE_MEETING, invitations=inv())
            ],
            "past": lambda inv: [world.meeting(date(2024, 2, 10), invitations=inv())],
            "today": lambda inv: [world.meeting(ON, invitations=inv())],
            "ahead": lambda inv: [world.meeting(date(2024, 4, 15), invitations=inv())],
            "follow_up_ahead": lambda inv: [
                world.meeting(date(2023, 12, 1)),
                world.meeting(date(2024, 3, 25), MeetingKind.FOLLOW_UP, invitations=inv()),
            ],
            "follow_up_held": lambda inv: [
                world.meeting(date(2023, 12, 1)),
                world.meeting(date(2024, 2, 25), MeetingKind.FOLLOW_UP, invitations=inv()),
            ],
        }
        plan_sets = {
            "none": lambda: [],
            "draft": lambda: [world.plan()],
            "signed": lambda: [world.plan(signed_on=date(2023, 12, 1))],
        }
        for consent_name, consent in consents.items():
            for meeting_name, meetings in meeting_sets.items():
                for invitation_name, invitations in invitation_sets.items():
                    for plan_name, plans in plan_sets.items():
                        case = world.case(
                            stage=stage,
                            consents=list(consent),
                            meetings=meetings(invitations),
                            plans=plans(),
                            plan_owner_id=world.ANNA_BERG,
                        )
                        state = (consent_name, meeting_name, invitation_name, plan_name)
                        items = due_items(case, ON, settings, world.orgs)
                        assert items, state
                        assert all(isinstance(i.due, date) and i.text.strip() for i in items)
                        # The generic step never sits beside a more specific one.
                        if DueKind.NEXT_STEP in kinds(items):
                            assert len(items) == 1, (state, items)
                        assert kinds(items).count(DueKind.BOOK_MEETING) <= 1, (state, items)
                        assert kinds(items).count(DueKind.START_PLANNING) <= 1, (state, items)
                        assert kinds(items).count(DueKind.CLOSE_OR_CONTINUE) <= 1, (state, items)
                        assert len({(i.kind, i.text) for i in items}) == len(items), state

    def test_archived_case_still_has_nothing(self, world, per_stage):
        for case in per_stage.values():
            case.archived = True
            assert due_items(case, ON, DEFAULT, world.orgs) == []
