"""A fictional case with a meeting and invitations, built without a store.

All names are made up; 20121212-1212 and 19121212-1212 are Skatteverket test numbers.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sipdesk.domain.entities import Case, Child, Guardian, Invitation, Meeting, Organisation, Person
from sipdesk.domain.enums import InvitationKind, MeetingKind, OrgKind, Principal

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
TEST_PNR = "20121212-1212"  # Skatteverket test number
MEETING_DAY = date(2026, 12, 21)
ANSWER_BY = date(2026, 12, 7)

BUP = Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=1,
                   mailbox="bup.norrby@exempel.se")
SOC = Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY,
                   id=2, unit="Barn och unga")
SCHOOL = Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=3)
ORGS = {o.id: o for o in (BUP, SOC, SCHOOL)}


def sample_case(purpose: str = "Att göra en plan för hur Elsa kommer tillbaka till skolan.",
                ) -> tuple[Case, Meeting]:
    anna = Person("Anna Berg", "psykolog", BUP.id, id=11, email="anna.berg@exempel.se")
    johan = Person("Johan Ek", "socialsekreterare", SOC.id, id=12, phone="08-123 456 78")
    lena = Person("Lena Holm", "mentor", SCHOOL.id, id=13, email="lena.holm@exempel.se")
    maria = Guardian("Maria Lind", id=21, personnummer="19121212-1212",
                     email="maria.lind@exempel.se")
    meeting = Meeting(
        kind=MeetingKind.FIRST_SIP, date=MEETING_DAY, start=time(13), end=time(14, 30),
        place="Kommunhuset, rum Ekorren", purpose=purpose, id=5,
        invitations=[
            Invitation("Anna Berg", InvitationKind.SUMMONS, person_id=11, organisation_id=1,
                       profession="psykolog", answer_by=ANSWER_BY, id=101),
            Invitation("Johan Ek", InvitationKind.SUMMONS, person_id=12, organisation_id=2,
                       profession="socialsekreterare", answer_by=ANSWER_BY, id=102),
            Invitation("Lena Holm", InvitationKind.INVITATION, person_id=13, organisation_id=3,
                       profession="mentor", answer_by=ANSWER_BY, id=103),
            Invitation("Maria Lind", InvitationKind.INVITATION, guardian_id=21,
                       profession="Vårdnadshavare", answer_by=ANSWER_BY, id=104),
            Invitation("Elsa Lind", InvitationKind.INVITATION, is_child=True,
                       profession="Barnet", answer_by=ANSWER_BY, id=105),
        ],
    )
    case = Case(
        reference="SIP-2026-0001",
        child=Child("Elsa", "Lind", personnummer=TEST_PNR, birth_date=date(2012, 12, 12)),
        question="Hur får Elsa stöd i skolan?",
        chair_id=12, coordinator="Karin Sjöberg",
        guardians=[maria], network=[anna, johan, lena], meetings=[meeting], id=1,
    )
    return case, meeting
