"""How to reach one invitee: the phone number and e-mail address the call list shows.

A professional's own number and address come from the directory (the case's
network), a guardian's from the case; what is missing comes from the
organisation (its switchboard, its mailbox). The child has none of its own:
the guardians are called.
"""

from __future__ import annotations

from dataclasses import dataclass

from sipdesk.domain.entities import Case, Invitation, Organisation


@dataclass(frozen=True)
class Reach:
    """How to reach one invitee."""

    phone: str = ""
    phone_is_switchboard: bool = False
    email: str = ""


def reach_of(invitation: Invitation, case: Case | None,
             organisation: Organisation | None = None) -> Reach:
    """The invitee's own phone and e-mail (a professional's from the directory, a
    guardian's from the case); missing ones from the organisation's switchboard and
    mailbox. The child has none of its own: the guardians are called."""
    phone = email = ""
    if case is not None:
        if invitation.person_id is not None:
            person = case.person(invitation.person_id)
            if person is not None:
                phone, email = person.phone.strip(), person.email.strip()
        elif invitation.guardian_id is not None:
            guardian = next((g for g in case.guardians if g.id == invitation.guardian_id), None)
            if guardian is not None:
                phone, email = guardian.phone.strip(), guardian.email.strip()
    switchboard = False
    if organisation is not None:
        if not phone and organisation.phone.strip():
            phone, switchboard = organisation.phone.strip(), True
        email = email or organisation.mailbox.strip()
    return Reach(phone, switchboard, email)
