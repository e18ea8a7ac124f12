"""What the due and flag rules read of a case: a light, read-only copy of part of it.

The board works out the due items and flags of every case at start-up. Whole
case graphs cost four times the memory the board keeps and most of its load
time, so the rules (deadlines.due_items, flags.case_flags) read these facts
only. The board's read (store.board_queries) selects exactly these columns;
a whole Case (the record, a card refreshed after a change) is turned into the
same facts by case_facts, so the board and the record run one rule set and
cannot disagree.

The names mirror the entities' (meetings, invitations, active_consents, person,
current_plan), so a rule reads the same either way.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sipdesk.domain.entities import Case, Child, Consent, Invitation, Meeting, Person, Plan
from sipdesk.domain.enums import InvitationKind, MeetingKind, PlanStatus, Response, Stage


class InvitationFacts(NamedTuple):
    invitee_name: str
    kind: InvitationKind
    organisation_id: int | None
    sent_on: date | None
    answer_by: date | None
    response: Response
    contacted_on: date | None


class MeetingFacts(NamedTuple):
    id: int | None
    kind: MeetingKind
    date: date | None
    invitations: tuple[InvitationFacts, ...]


class ConsentFacts(NamedTuple):
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None

    def is_active(self, on: date) -> bool:
        # As Consent.is_active (tests/services/test_board_light.py checks they agree).
        if self.given_on > on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        return self.valid_until is None or self.valid_until >= on


class PlanFacts(NamedTuple):
    """The current plan (the highest version); the rules look at no other."""

    version: int
    status: PlanStatus
    meeting_id: int | None
    signed_on: date | None

    @property
    def is_signed(self) -> bool:
        return self.status is PlanStatus.SIGNED


class PersonFacts(NamedTuple):
    """A professional of the case's network: who, and in which organisation."""

    id: int | None
    name: str
    organisation_id: int | None


class CaseFacts(NamedTuple):
    id: int | None
    reference: str
    stage: Stage
    archived: bool
    child: Child
    question: str
    need_found_on: date | None
    plan_owner_id: int | None
    coordinator: str
    consents: tuple[ConsentFacts, ...]
    network: tuple[PersonFacts, ...]
    meetings: tuple[MeetingFacts, ...]
    current_plan: PlanFacts | None

    def active_consents(self, on: date) -> list[ConsentFacts]:
        return [c for c in self.consents if c.is_active(on)]

    def person(self, person_id: int | None) -> PersonFacts | None:
        return next((p for p in self.network if p.id == person_id), None)


AnyCase = Case | CaseFacts
AnyMeeting = Meeting | MeetingFacts
AnyInvitation = Invitation | InvitationFacts


def as_facts(case: AnyCase) -> CaseFacts:
    """The facts of `case`; facts are passed through as they are."""
    return case if isinstance(case, CaseFacts) else case_facts(case)


def case_facts(case: Case) -> CaseFacts:
    """What the rules read of a whole case (the full path; the board reads the same columns)."""
    return CaseFacts(
        id=case.id,
        reference=case.reference,
        stage=case.stage,
        archived=case.archived,
        # The rules and the card read no birth date, and the board's read selects none.
        child=Child(case.child.first_name, case.child.last_name, case.child.personnummer),
        question=case.question,
        need_found_on=case.need_found_on,
        plan_owner_id=case.plan_owner_id,
        coordinator=case.coordinator,
        consents=tuple(consent_facts(c) for c in case.consents),
        network=tuple(person_facts(p) for p in case.network),
        meetings=tuple(meeting_facts(m) for m in case.meetings),
        current_plan=plan_facts(case.current_plan),
    )


def consent_facts(consent: Consent) -> ConsentFacts:
    return ConsentFacts(consent.given_on, consent.valid_until, consent.withdrawn_on)


def person_facts(person: Person) -> PersonFacts:
    return PersonFacts(person.id, person.name, person.organisation_id)


def meeting_facts(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(
        meeting.id, meeting.kind, meeting.date,
        tuple(invitation_facts(i) for i in meeting.invitations),
    )


def invitation_facts(invitation: Invitation) -> InvitationFacts:
    return InvitationFacts(
        invitation.invitee_name, invitation.kind, invitation.organisation_id,
        invitation.sent_on, invitation.answer_by, invitation.response, invitation.contacted_on,
    )


def plan_facts(plan: Plan | None) -> PlanFacts | None:
    if plan is None:
        return None
    return PlanFacts(plan.version, plan.status, plan.meeting_id, plan.signed_on)
