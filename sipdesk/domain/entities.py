"""Entities of a SIP case as plain dataclasses.

Organisation, profession and person are kept apart on purpose: the surveys
show statistics ruined by vague roles such as "BUP" written where a person or
a profession belonged. Ids are None until the store has given one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Protocol

from sipdesk.domain.enums import (
    Attendance,
    CloseReason,
    ConsentForm,
    DeviationKind,
    GoalStatus,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    OrgKind,
    Participation,
    PlanStatus,
    Principal,
    Response,
    ReviewStatus,
    SentVia,
    SigningMethod,
    Stage,
)


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(entity: _Stored) -> int:
    """The id the store gave `entity`: for entities read back from the store, which have one."""
    if entity.id is None:
        raise ValueError(f"{type(entity).__name__} has no id: it has not been stored")
    return entity.id


@dataclass
class Organisation:
    name: str
    kind: OrgKind
    principal: Principal
    id: int | None = None
    unit: str = ""
    address: str = ""
    mailbox: str = ""
    phone: str = ""
    decision_maker: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.name}, {self.unit}" if self.unit else self.name


@dataclass
class Person:
    """A professional taking part: the person, their profession, their organisation."""

    name: str
    profession: str
    organisation_id: int | None
    id: int | None = None
    phone: str = ""
    email: str = ""


@dataclass
class Child:
    first_name: str
    last_name: str
    personnummer: str | None = None  # normalised YYYYMMDD-NNNN, or None if the child has none
    birth_date: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        parts = [p for p in (self.first_name, self.last_name) if p]
        return "".join(p[0].upper() + "." for p in parts)


@dataclass
class Guardian:
    name: str
    id: int | None = None
    personnummer: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass
class Consent:
    """Consent and its scope: who gave it, for which organisations, until when."""

    given_on: date
    form: ConsentForm
    by_child: bool = False
    guardian_ids: frozenset[int] = frozenset()
    covered_org_ids: frozenset[int] = frozenset()
    excluded_org_ids: frozenset[int] = frozenset()
    exclusions: str = ""  # what it must not cover, in the family's own words
    valid_until: date | None = None
    withdrawn_on: date | None = None
    id: int | None = None

    def is_active(self, on: date) -> bool:
        if self.given_on > on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        return self.valid_until is None or self.valid_until >= on


@dataclass
class Invitation:
    """One invitee of one meeting: a professional, a guardian or the child."""

    invitee_name: str
    kind: InvitationKind
    person_id: int | None = None
    guardian_id: int | None = None
    is_child: bool = False
    organisation_id: int | None = None
    profession: str = ""
    sent_on: date | None = None
    sent_via: SentVia | None = None
    answer_by: date | None = None
    response: Response = Response.NO_ANSWER
    responded_on: date | None = None
    substitute_name: str = ""
    contacted_on: date | None = None
    attendance: Attendance = Attendance.UNKNOWN
    id: int | None = None


@dataclass
class Meeting:
    kind: MeetingKind
    date: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""
    mode: MeetingMode = MeetingMode.IN_PERSON
    purpose: str = ""
    invitations: list[Invitation] = field(default_factory=list)
    note_taker_id: int | None = None
    # Minutes planned per part of the meeting, by template section key (or "formalities").
    agenda_minutes: dict[str, int] = field(default_factory=dict)
    # The organisation that convened the meeting (sammankallande); None when not given.
    convened_by_org_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class PlanAction:
    """One row of the plan: for a goal, what is done, by which organisation and person, by when.

    With previous_action_id it is a row carried over to a follow-up, where it is reviewed.
    """

    goal: str = ""
    action: str = ""
    need: str = ""
    organisation_id: int | None = None
    person_name: str = ""
    due: str = ""  # free text as agreed in the room ("v. 12", "före jul") or an ISO date
    review_status: ReviewStatus = ReviewStatus.NOT_REVIEWED
    review_comment: str = ""
    # Set on a follow-up version: the action of the previous version this one reviews.
    previous_action_id: int | None = None
    goal_status: GoalStatus | None = None
    id: int | None = None

    @property
    def is_review(self) -> bool:
        return self.previous_action_id is not None


@dataclass
class Distribution:
    """Who received a copy of a plan version, when and how."""

    recipient: str
    sent_on: date
    via: SentVia
    organisation_id: int | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PlanSignature:
    """One person who signed (or checked, "justerade") a plan version, kept by identity.

    Who they are is the invitation, guardian or network person they were, or
    the child; the name is kept too, as it was when they signed (a substitute
    signs in their own name), because a guardian may share a name with the child.
    """

    name: str
    signed_on: date
    role: str = ""
    invitation_id: int | None = None
    guardian_id: int | None = None
    person_id: int | None = None
    is_child: bool = False
    id: int | None = None


@dataclass
class Plan:
    """One version of the planning document, written against one template version."""

    version: int
    template_id: str
    template_version: int
    sections: dict[str, str] = field(default_factory=dict)
    actions: list[PlanAction] = field(default_factory=list)
    status: PlanStatus = PlanStatus.DRAFT
    meeting_id: int | None = None
    signed_on: date | None = None
    # Internal notes beside a section, by section key: never projected, never exported.
    internal_notes: dict[str, str] = field(default_factory=dict)
    consent_confirmed: bool = False
    # After the meeting: how and by whom the child was told what was decided.
    child_informed_on: date | None = None
    child_informed_by: str = ""
    child_informed_how: str = ""
    fingerprint: str = ""  # stored when signed; identifies exactly this version
    original_kept_by_org_id: int | None = None
    distribution: list[Distribution] = field(default_factory=list)
    # Who signed, and how: everyone on paper, or checked ("justerad") by named people.
    signing_method: SigningMethod | None = None
    signatures: list[PlanSignature] = field(default_factory=list)
    id: int | None = None

    @property
    def is_signed(self) -> bool:
        return self.status is PlanStatus.SIGNED


@dataclass
class Deviation:
    kind: DeviationKind
    occurred_on: date
    organisation_id: int | None = None
    description: str = ""
    draft: bool = True
    id: int | None = None


@dataclass
class CaseEvent:
    """One line of the case history: what happened, when, in words."""

    at: datetime
    kind: str
    text: str
    user: str = ""  # the user account that made the entry


@dataclass
class Case:
    reference: str
    child: Child
    stage: Stage = Stage.NEED_FOUND
    question: str = ""
    need_found_on: date | None = None
    raised_by_org_id: int | None = None
    raised_by_function: str = ""
    initiator_id: int | None = None
    chair_id: int | None = None
    plan_owner_id: int | None = None
    participation: Participation = Participation.UNDECIDED
    participation_note: str = ""
    coordinator: str = ""
    guardians: list[Guardian] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    network: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    deviations: list[Deviation] = field(default_factory=list)
    history: list[CaseEvent] = field(default_factory=list)
    archived: bool = False
    close_reason: CloseReason | None = None
    closed_on: date | None = None
    id: int | None = None

    def active_consents(self, on: date) -> list[Consent]:
        return [c for c in self.consents if c.is_active(on)]

    def person(self, person_id: int | None) -> Person | None:
        return next((p for p in self.network if p.id == person_id), None)

    @property
    def current_plan(self) -> Plan | None:
        return max(self.plans, key=lambda p: p.version, default=None)

    def next_meeting(self, on: date) -> Meeting | None:
        upcoming = [(m.date, m) for m in self.meetings if m.date is not None and m.date >= on]
        return min(upcoming, key=lambda dated: dated[0])[1] if upcoming else None
