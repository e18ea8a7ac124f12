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
        }

    def test_round_trip(self):
        settings = DeadlineSettings(28, 30, 10, 2, 45, True)
        assert DeadlineSettings.from_dict(settings.to_dict()) == settings

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

    def test_all_sent_on_time_and_answered_gives_nothing(self, world):
        invitation = world.invitation(
            sent_on=date(2024, 3, 1), response=Response.ACCEPTED, responded_on=date(2024, 3, 2)
        )
        assert due_items(self.case(world, invitation), date(2024, 3, 20), DEFAULT, world.orgs) == []

    def test_pre_meeting_has_no_lead_time_rule(self, world):
        case = self.case(world, world.invitation(), kind=MeetingKind.PRE_MEETING)
        assert due_items(case, ON, DEFAULT, world.orgs) == []

    def test_past_meeting_gives_nothing(self, world):
        case = self.case(world, world.invitation())
        assert due_items(case, date(2024, 4, 2), DEFAULT, world.orgs) == []

    def test_chase_after_answer_deadline(self, world):
        case = self.case(world, world.invitation(sent_on=date(2024, 3, 1)))
        assert due_items(case, date(2024, 3, 15), DEFAULT, world.orgs) == []  # deadline day
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
        assert due_items(self.case(world, invitation), date(2024, 3, 20), DEFAULT) == []

    def test_contact_pauses_the_chase(self, world):
        contacted = date(2024, 3, 18)
        invitation = world.invitation(sent_on=date(2024, 3, 1), contacted_on=contacted)
        case = self.case(world, invitation)
        for offset in range(CHASE_AGAIN_DAYS):
            assert due_items(case, contacted + timedelta(days=offset), DEFAULT, world.orgs) == []
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
        assert due_items(case, date(2024, 3, 21), DEFAULT, world.orgs) == []

    def test_on_time_invitation_not_flagged(self, world):
        case = self.case(world, world.invitation(sent_on=date(2024, 3, 11)))
        assert due_items(case, date(2024, 3, 12), DEFAULT, world.orgs) == []


class TestFirstMeeting:
    SETTINGS = DeadlineSettings(first_meeting_within_days=30)

    def case(self, world, *meetings):
        return world.case(
            stage=Stage.CONSENT_AND_PLANNING,
            consents=[world.consent(date(2024, 2, 1))],
            meetings=list(meetings),
        )

    def test_no_rule_without_setting(self, world):
        assert due_items(self.case(world), ON, DEFAULT) == []

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
        assert due_items(case, date(2024, 1, 15), DEFAULT, world.orgs) == []

    def test_closing_stage_has_no_follow_up_items(self, world):
        case = self.case(world, stage=Stage.CLOSE_OR_CONTINUE)
        assert due_items(case, date(2024, 3, 4), DEFAULT, world.orgs) == []


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
        assert due_items(world.case(), ON) == []

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
        assert due_items(case, ON) == []  # 31 days away
        assert kinds(due_items(case, ON, DeadlineSettings(consent_warning_days=31))) == [
            DueKind.CONSENT_EXPIRING
        ]


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

    def test_next_due_none(self, world):
        assert next_due(world.case(), ON) is None

    def test_labels_are_swedish(self):
        assert DueKind.CHASE_ANSWER.label == "Svar saknas"
        assert all(kind.label for kind in DueKind)
