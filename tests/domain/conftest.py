"""A small fictional world for the domain tests, offered as the `world` fixture.

All names are invented. The child's personnummer is Skatteverket's official
test number 20121212-1212, not a real person's. Tests reach everything through
the fixture rather than importing this file, so they work whether or not the
tests directory is a package.
"""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.entities import (
    Case,
    Child,
    Consent,
    Invitation,
    Meeting,
    Organisation,
    Person,
    Plan,
    PlanAction,
)
from sipdesk.domain.enums import (
    ConsentForm,
    InvitationKind,
    MeetingKind,
    OrgKind,
    PlanStatus,
    Principal,
)


class World:
    BUP = 1
    SOCIAL = 2
    SCHOOL = 3
    PRESCHOOL = 4
    LEISURE = 5

    ANNA_BERG = 10  # psykolog at BUP
    JOHAN_EK = 11  # socialsekreterare
    LENA_HOLM = 12  # mentor at the school

    TEST_PNR = "20121212-1212"  # Skatteverket test number

    def __init__(self) -> None:
        self.orgs: dict[int, Organisation] = {
            self.BUP: Organisation("BUP Norrtälje", OrgKind.BUP, Principal.REGION, id=self.BUP),
            self.SOCIAL: Organisation(
                "Socialtjänsten",
                OrgKind.SOCIAL_SERVICES,
                Principal.MUNICIPALITY,
                id=self.SOCIAL,
                unit="Barn och unga",
            ),
            self.SCHOOL: Organisation(
                "Ekbackens skola", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=self.SCHOOL
            ),
            self.PRESCHOOL: Organisation(
                "Förskolan Solrosen", OrgKind.PRESCHOOL, Principal.PRIVATE, id=self.PRESCHOOL
            ),
            self.LEISURE: Organisation(
                "Fritidsgården Hamnen", OrgKind.OTHER, Principal.OTHER, id=self.LEISURE
            ),
        }

    def network(self) -> list[Person]:
        return [
            Person("Anna Berg", "psykolog", self.BUP, id=self.ANNA_BERG),
            Person("Johan Ek", "socialsekreterare", self.SOCIAL, id=self.JOHAN_EK),
            Person("Lena Holm", "mentor", self.SCHOOL, id=self.LENA_HOLM),
        ]

    def case(self, **kwargs: object) -> Case:
        values: dict[str, object] = {
            "reference": "SIP-2024-001",
            "child": Child("Elsa", "Lind", personnummer=self.TEST_PNR),
            "network": self.network(),
        }
        values.update(kwargs)
        return Case(**values)

    def consent(
        self,
        given_on: date,
        covered: tuple[int, ...] | None = None,
        excluded: tuple[int, ...] = (),
        **kwargs: object,
    ) -> Consent:
        covered = (self.BUP, self.SOCIAL, self.SCHOOL) if covered is None else covered
        values: dict[str, object] = {"guardian_ids": frozenset({1, 2})}
        values.update(kwargs)
        return Consent(
            given_on=given_on,
            form=ConsentForm.WRITTEN,
            covered_org_ids=frozenset(covered),
            excluded_org_ids=frozenset(excluded),
            **values,
        )

    def meeting(
        self, on: date | None, kind: MeetingKind = MeetingKind.FIRST_SIP, **kwargs: object
    ) -> Meeting:
        return Meeting(kind=kind, date=on, **kwargs)

    def invitation(self, name: str = "Anna Berg", **kwargs: object) -> Invitation:
        values: dict[str, object] = {
            "kind": InvitationKind.SUMMONS,
            "person_id": self.ANNA_BERG,
            "organisation_id": self.BUP,
        }
        values.update(kwargs)
        return Invitation(invitee_name=name, **values)

    def action(self, **kwargs: object) -> PlanAction:
        values: dict[str, object] = {
            "goal": "Elsa går till skolan varje dag",
            "action": "Anpassat schema",
            "organisation_id": self.SCHOOL,
            "person_name": "Lena Holm",
            "due": "v. 12",
        }
        values.update(kwargs)
        return PlanAction(**values)

    def plan(self, signed_on: date | None = None, version: int = 1, **kwargs: object) -> Plan:
        values: dict[str, object] = {"actions": [self.action()]}
        values.update(kwargs)
        return Plan(
            version=version,
            template_id="standard",
            template_version=1,
            status=PlanStatus.SIGNED if signed_on else PlanStatus.DRAFT,
            signed_on=signed_on,
            **values,
        )

    # --- a plan with everything signing needs, so a test can take one thing away ---------

    FIRST_MEETING = 7
    MEETING_DAY = date(2024, 3, 20)
    FOLLOW_UP_DAY = date(2024, 6, 10)

    def signing_case(self, **kwargs: object) -> Case:
        """A case whose plan can be signed: chair, plan owner, note-taker, follow-up booked."""
        values: dict[str, object] = {
            "chair_id": self.JOHAN_EK,
            "plan_owner_id": self.ANNA_BERG,
            "meetings": [
                self.meeting(self.MEETING_DAY, note_taker_id=self.LENA_HOLM,
                             id=self.FIRST_MEETING),
                self.meeting(self.FOLLOW_UP_DAY, MeetingKind.FOLLOW_UP, id=8),
            ],
        }
        values.update(kwargs)
        return self.case(**values)

    def signing_plan(self, **kwargs: object) -> Plan:
        """A draft with consent confirmed, the child's voice and a complete action."""
        values: dict[str, object] = {
            "consent_confirmed": True,
            "meeting_id": self.FIRST_MEETING,
            "sections": {"child_voice": "Jag vill ha en lugn plats i skolan."},
        }
        values.update(kwargs)
        return self.plan(**values)


@pytest.fixture
def world() -> World:
    return World()
