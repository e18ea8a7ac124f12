"""How to reach an invitee: own number, else the switchboard; guardians from the case."""

from __future__ import annotations

from sipdesk.domain.entities import Case, Child, Guardian, Invitation, Organisation, Person
from sipdesk.domain.enums import InvitationKind, OrgKind, Principal
from sipdesk.domain.reach import reach_of

ANNA_PHONE = "010-123 45 67"
SWITCHBOARD = "08-123 000 00"


def test_reach_prefers_the_persons_own_number_then_the_switchboard():
    org = Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY,
                       id=2, phone=SWITCHBOARD, mailbox="soc@x.se")
    case = Case("2026-001", Child("Elsa", "Lind"))
    case.network = [Person("Anna Berg", "psykolog", 1, id=5, phone=ANNA_PHONE),
                    Person("Johan Ek", "socialsekreterare", 2, id=6)]
    case.guardians = [Guardian("Maria Lind", id=9, phone="070-000 00 00", email="m@x.se")]
    anna = reach_of(Invitation("Anna Berg", InvitationKind.SUMMONS, person_id=5), case)
    assert (anna.phone, anna.phone_is_switchboard, anna.email) == (ANNA_PHONE, False, "")
    johan = reach_of(Invitation("Johan Ek", InvitationKind.SUMMONS, person_id=6,
                                organisation_id=2), case, org)
    assert (johan.phone, johan.phone_is_switchboard, johan.email) == (SWITCHBOARD, True,
                                                                       "soc@x.se")
    maria = reach_of(Invitation("Maria Lind", InvitationKind.INVITATION, guardian_id=9), case)
    assert (maria.phone, maria.email) == ("070-000 00 00", "m@x.se")
    child = reach_of(Invitation("Elsa Lind", InvitationKind.INVITATION, is_child=True), case)
    assert child.phone == "" and child.email == ""
