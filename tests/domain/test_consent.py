from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.consent import (
    check_can_invite,
    consent_givers,
    consent_problem,
    consent_warnings,
    invitation_kind,
    may_invite,
)
from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import InvitationKind, OrgKind, Principal
from sipdesk.domain.errors import OutsideConsent

ON = date(2024, 3, 1)


def refusal(case, organisation, on=ON) -> str:
    with pytest.raises(OutsideConsent) as caught:
        check_can_invite(case, organisation, on)
    return str(caught.value)


class TestCheckCanInvite:
    def test_covered_organisation_allowed(self, world):
        case = world.case(consents=[world.consent(date(2024, 2, 1))])
        check_can_invite(case, world.orgs[world.BUP], ON)
        assert may_invite(case, world.orgs[world.SCHOOL], ON)

    def test_family_always_allowed_even_without_consent(self, world):
        check_can_invite(world.case(), None, ON)
        assert may_invite(world.case(), None, ON)

    def test_no_consent(self, world):
        message = refusal(world.case(), world.orgs[world.BUP])
        assert message == "Samtycke saknas. BUP Norrtälje kan inte kallas förrän samtycke finns."

    def test_withdrawn_consent(self, world):
        case = world.case(
            consents=[world.consent(date(2024, 1, 5), withdrawn_on=date(2024, 2, 20))]
        )
        assert refusal(case, world.orgs[world.BUP]).startswith("Samtycket återkallades 2024-02-20.")

    def test_withdrawn_later_still_allows_today(self, world):
        case = world.case(consents=[world.consent(date(2024, 1, 5), withdrawn_on=date(2024, 3, 2))])
        assert may_invite(case, world.orgs[world.BUP], ON)
        assert not may_invite(case, world.orgs[world.BUP], date(2024, 3, 2))

    def test_expired_consent(self, world):
        case = world.case(consents=[world.consent(date(2023, 1, 5), valid_until=date(2024, 1, 5))])
        assert refusal(case, world.orgs[world.BUP]).startswith("Samtycket gick ut 2024-01-05.")

    def test_not_covered(self, world):
        case = world.case(consents=[world.consent(date(2024, 2, 1))])
        message = refusal(case, world.orgs[world.LEISURE])
        assert message.startswith("Samtycket omfattar inte Fritidsgården Hamnen.")

    def test_excluded_by_guardians(self, world):
        case = world.case(
            consents=[
                world.consent(date(2024, 2, 1), covered=(world.SCHOOL,), excluded=(world.BUP,))
            ]
        )
        assert refusal(case, world.orgs[world.BUP]) == (
            "Samtycket omfattar inte BUP Norrtälje: vårdnadshavarna har sagt nej till det."
        )

    def test_exclusion_wins_over_another_consent_covering(self, world):
        case = world.case(
            consents=[
                world.consent(date(2024, 1, 1), covered=(world.BUP,)),
                world.consent(
                    date(2024, 2, 1),
                    covered=(),
                    excluded=(world.BUP,),
                    exclusions="Inte BUP just nu",
                    by_child=True,
                    guardian_ids=frozenset(),
                ),
            ]
        )
        assert refusal(case, world.orgs[world.BUP]) == (
            "Samtycket omfattar inte BUP Norrtälje: barnet har sagt nej till det. "
            "Familjens ord: ”Inte BUP just nu”."
        )

    def test_unsaved_organisation_is_not_covered(self, world):
        case = world.case(consents=[world.consent(date(2024, 2, 1))])
        new = Organisation("Ny mottagning", OrgKind.PRIMARY_CARE, Principal.REGION)
        assert "Ny mottagning" in refusal(case, new)

    def test_unit_shown_in_name(self, world):
        case = world.case(consents=[world.consent(date(2024, 2, 1), covered=())])
        assert "Socialtjänsten, Barn och unga" in refusal(case, world.orgs[world.SOCIAL])


class TestGivers:
    @pytest.mark.parametrize(
        "by_child, guardians, expected",
        [
            (False, {1, 2}, "vårdnadshavarna"),
            (False, {1}, "vårdnadshavaren"),
            (True, set(), "barnet"),
            (True, {1, 2}, "barnet och vårdnadshavarna"),
            (True, {1}, "barnet och vårdnadshavaren"),
        ],
    )
    def test_who_gave_it(self, world, by_child, guardians, expected):
        consent = world.consent(ON, by_child=by_child, guardian_ids=frozenset(guardians))
        assert consent_givers(consent) == expected


class TestInvitationKind:
    @pytest.mark.parametrize(
        "kind",
        [
            OrgKind.BUP,
            OrgKind.SOCIAL_SERVICES,
            OrgKind.LSS,
            OrgKind.HABILITATION,
            OrgKind.PRIMARY_CARE,
            OrgKind.YOUTH_CLINIC,
        ],
    )
    def test_care_is_summoned(self, kind):
        organisation = Organisation("X", kind, Principal.REGION)
        assert invitation_kind(organisation, DeadlineSettings()) is InvitationKind.SUMMONS

    @pytest.mark.parametrize("kind", [OrgKind.SCHOOL, OrgKind.PRESCHOOL])
    def test_school_invited_unless_obliged(self, kind):
        school = Organisation("Ekbackens skola", kind, Principal.MUNICIPALITY)
        assert invitation_kind(school, DeadlineSettings()) is InvitationKind.INVITATION
        assert invitation_kind(school) is InvitationKind.INVITATION
        obliged = DeadlineSettings(school_obliged=True)
        assert invitation_kind(school, obliged) is InvitationKind.SUMMONS

    def test_other_actors_invited_even_when_schools_obliged(self, world):
        obliged = DeadlineSettings(school_obliged=True)
        assert invitation_kind(world.orgs[world.LEISURE], obliged) is InvitationKind.INVITATION

    def test_family_invited(self):
        assert invitation_kind(None, DeadlineSettings()) is InvitationKind.INVITATION


class TestProblemAndWarnings:
    def test_problem_none_when_active(self, world):
        assert consent_problem(world.case(consents=[world.consent(ON)]), ON) is None

    def test_problem_future_consent(self, world):
        case = world.case(consents=[world.consent(date(2024, 3, 5))])
        assert consent_problem(case, ON) == "Samtycket gäller först från 2024-03-05."

    def test_no_warnings_for_open_ended_consent(self, world):
        assert consent_warnings(world.case(consents=[world.consent(ON)]), ON) == []

    def test_no_warnings_without_consent(self, world):
        assert consent_warnings(world.case(), ON) == []

    def test_expiring_within_warning_days(self, world):
        case = world.case(consents=[world.consent(date(2024, 1, 1), valid_until=date(2024, 3, 31))])
        assert consent_warnings(case, ON, DeadlineSettings()) == [
            "Samtycket går ut 2024-03-31 (om 30 dagar). Fråga familjen om det ska förnyas."
        ]
        assert consent_warnings(case, ON, DeadlineSettings(consent_warning_days=29)) == []

    @pytest.mark.parametrize("until, words", [(ON, "i dag"), (date(2024, 3, 2), "i morgon")])
    def test_expiring_today_and_tomorrow(self, world, until, words):
        case = world.case(consents=[world.consent(date(2024, 1, 1), valid_until=until)])
        assert f"({words})" in consent_warnings(case, ON)[0]

    def test_withdrawn(self, world):
        case = world.case(
            consents=[world.consent(date(2024, 1, 5), withdrawn_on=date(2024, 2, 20))]
        )
        assert consent_warnings(case, ON) == [
            "Samtycket från 2024-01-05 återkallades 2024-02-20. "
            "Ingen ny kallelse får skickas med stöd av det."
        ]

    def test_expired(self, world):
        case = world.case(consents=[world.consent(date(2023, 1, 5), valid_until=date(2024, 1, 5))])
        assert consent_warnings(case, ON) == [
            "Samtycket från 2023-01-05 gällde till 2024-01-05 och har gått ut."
        ]

    def test_replaced_consent_is_not_a_warning(self, world):
        case = world.case(
            consents=[
                world.consent(date(2023, 1, 5), valid_until=date(2024, 1, 5)),
                world.consent(date(2024, 1, 6)),
            ]
        )
        assert consent_warnings(case, ON) == []
