"""Signing a plan version: what it still lacks, and who signs it.

`checklist()` lists what a draft plan version needs before it can be signed,
one item per thing to check, each with a stable key (what the window jumps
to), a Swedish text and whether it is in place: consent confirmed at the
meeting, a plan owner from health care or social services, a chair and a
note-taker, each action with organisation, named person and when, the next
follow-up booked, and the child's voice written. `stages.can_sign_plan`
refuses signing with the same sentences.

A signer is kept by identity (an invitation of the meeting, a guardian, a
network person, or the child), never by name alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from types import MappingProxyType

from sipdesk.domain.board_facts import AnyCase
from sipdesk.domain.entities import (
    Case,
    Meeting,
    Organisation,
    Plan,
    PlanAction,
    PlanSignature,
    stored_id,
)
from sipdesk.domain.enums import GoalStatus, SigningMethod
from sipdesk.domain.plan_document import (
    PersonLine,
    meeting_of,
    names_in_words,
    next_follow_up,
    signatories,
    signed_how,
)

CONSENT = "consent"
PLAN_OWNER = "plan_owner"
CHAIR = "chair"
NOTE_TAKER = "note_taker"
ACTIONS = "actions"  # the plan has no action at all
ACTION = "action:"  # "action:2": the second row of the plan
FOLLOW_UP = "follow_up"
CHILD_VOICE = "section:child_voice"

NO_ORGANISATIONS: Mapping[int, Organisation] = MappingProxyType({})


@dataclass(frozen=True)
class CheckItem:
    """One thing a plan version needs before it is signed.

    `key` is stable ("consent", "action:2", "section:child_voice"); `text`
    says what is checked, `problem` what is missing (the sentence signing is
    refused with; "" when `ok`); `where` names the place to fix it.
    """

    key: str
    text: str
    ok: bool
    problem: str = ""
    where: str = ""
    action_id: int | None = None  # for "action:<row>": the row's id, when it has one

    @property
    def row(self) -> int | None:
        """The row number (from 1) of an action item."""
        return int(self.key[len(ACTION):]) if self.key.startswith(ACTION) else None


def checklist(
    case: Case,
    plan: Plan,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    *,
    section_keys: Sequence[str] | None = None,
) -> list[CheckItem]:
    """Everything `plan` needs before it can be signed, in the order of the meeting.

    `section_keys` are those of the plan's template; the child's voice is only
    asked for when the template has that section (every template of ours does).
    """
    meeting = meeting_of(case, plan)
    items = [
        _item(CONSENT, "Samtycket är bekräftat på mötet", plan.consent_confirmed,
              "Samtycket är inte bekräftat på mötet. Stäm av samtycket och kryssa i att "
              "det är bekräftat.", "Närvaro och formalia"),
    ]
    owner = plan_owner_problems(case, organisations)
    items.append(_item(PLAN_OWNER, "Samordningsansvarig från hälso- och sjukvården eller "
                       "socialtjänsten", not owner, " ".join(owner), "Närvaro och formalia"))
    items.append(_item(CHAIR, "Mötesledare är angiven", case.person(case.chair_id) is not None,
                       "Mötesledare saknas. Ange vem som leder mötet.",
                       "Närvaro och formalia"))
    note_taker = meeting.note_taker_id if meeting is not None else None
    items.append(_item(NOTE_TAKER, "Sekreterare är angiven",
                       case.person(note_taker) is not None,
                       "Sekreterare saknas. Ange vem som skriver protokollet.",
                       "Närvaro och formalia"))
    items.extend(_action_items(plan))
    items.append(_follow_up_item(case, plan, meeting))
    if section_keys is None or "child_voice" in section_keys:
        voice = plan.sections.get("child_voice", "").strip()
        items.append(_item(CHILD_VOICE, "Barnets röst är skriven", bool(voice),
                           "Barnets röst saknas. Skriv vad barnet tycker är viktigt, med "
                           "barnets egna ord.", "Barnets röst"))
    return items


def plan_owner_problems(
    case: AnyCase, organisations: Mapping[int, Organisation] = NO_ORGANISATIONS
) -> list[str]:
    """What is wrong with the named samordningsansvarig, if anything."""
    if case.plan_owner_id is None:
        return [
            "Samordningsansvarig saknas. Utse en namngiven person från hälso- och "
            "sjukvården eller socialtjänsten som har huvudansvaret för planen."
        ]
    owner = case.person(case.plan_owner_id)
    if owner is None:
        return [
            "Den som är angiven som samordningsansvarig finns inte bland ärendets "
            "deltagare. Välj en person i nätverket."
        ]
    organisation = (
        organisations.get(owner.organisation_id) if owner.organisation_id is not None else None
    )
    if organisation is None:
        return [
            f"Samordningsansvarig {owner.name} saknar känd verksamhet. Ange vilken "
            "verksamhet personen arbetar i, så att det syns att den hör till hälso- och "
            "sjukvården eller socialtjänsten."
        ]
    if not organisation.kind.is_health_or_social_care:
        return [
            f"Samordningsansvarig {owner.name} arbetar i {organisation.display_name} "
            f"({organisation.kind.label}). Samordningsansvarig ska komma från hälso- och "
            "sjukvården eller socialtjänsten."
        ]
    return []


def problems(items: Sequence[CheckItem]) -> list[str]:
    """The sentences of what is missing, in order."""
    return [item.problem for item in items if not item.ok]


def _item(key: str, text: str, ok: bool, problem: str, where: str,
          action_id: int | None = None) -> CheckItem:
    return CheckItem(key, text, ok, "" if ok else problem, where, action_id)


def _action_items(plan: Plan) -> list[CheckItem]:
    if not plan.actions:
        return [_item(ACTIONS, "Planen har minst en insats", False,
                      "Planen har inga insatser. Skriv minst en rad: mål, insats, "
                      "ansvarig organisation och ansvarig person.", "Insatser")]
    return [_action_item(number, action) for number, action in enumerate(plan.actions, 1)]


def _action_item(number: int, action: PlanAction) -> CheckItem:
    title = (action.action or action.goal).strip()
    label = f"Rad {number}" + (f" (”{title}”)" if title else "")
    missing = []
    if action.organisation_id is None:
        missing.append("ansvarig organisation")
    if not action.person_name.strip():
        missing.append("ansvarig person")
    # A goal closed at a follow-up goes on no further: it needs no new date.
    if not action.due.strip() and action.goal_status is not GoalStatus.CLOSE:
        missing.append("när det ska vara gjort")
    where = "Uppföljning av förra planen" if action.is_review else "Insatser"
    return _item(f"{ACTION}{number}",
                 f"{label}: organisation, namngiven person och när", not missing,
                 f"{label} saknar {names_in_words(missing)}.", where, action.id)


def ends_the_plan(plan: Plan) -> bool:
    """A follow-up version where every goal is closed and nothing new is planned."""
    return bool(plan.actions) and all(
        a.is_review and a.goal_status is GoalStatus.CLOSE for a in plan.actions
    )


def _follow_up_item(case: Case, plan: Plan, meeting: Meeting | None) -> CheckItem:
    booked = next_follow_up(case, meeting) is not None
    if not booked and ends_the_plan(plan):
        return CheckItem(FOLLOW_UP, "Alla mål avslutas: ingen ny uppföljning behövs", True,
                         where="Nästa uppföljning")
    return _item(FOLLOW_UP, "Nästa uppföljning är bokad", booked,
                 "Nästa uppföljning är inte bokad. Sätt datum och plats för uppföljningen.",
                 "Nästa uppföljning")


# --- who signs ---------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """Who signs, by identity: exactly one of an invitation of the plan's meeting (the
    person who came, a substitute as themself), a guardian, a network person, or the child."""

    invitation_id: int | None = None
    guardian_id: int | None = None
    person_id: int | None = None
    child: bool = False

    def __post_init__(self) -> None:
        given = (self.invitation_id is not None, self.guardian_id is not None,
                 self.person_id is not None, self.child)
        if sum(given) != 1:
            raise ValueError("a signer is exactly one of invitation, guardian, person or child")

    @classmethod
    def of_line(cls, line: PersonLine) -> Signer:
        """The identity a signature line of the plan is for."""
        if line.invitation_id is not None:
            return cls(invitation_id=line.invitation_id)
        if line.guardian_id is not None:
            return cls(guardian_id=line.guardian_id)
        if line.person_id is not None:
            return cls(person_id=line.person_id)
        if line.is_child:
            return cls(child=True)
        raise ValueError("the line has no identity")


@dataclass(frozen=True)
class SignerChoice:
    """One person the signing form offers: who, shown how, ticked by default or not."""

    signer: Signer
    name: str
    role: str  # "psykolog, BUP Norrby (ersättare för Anna Berg)", "Vårdnadshavare"
    present: bool  # at the meeting (a guardian or the child may sign without being there)


def signer_choices(
    case: Case, plan: Plan, organisations: Mapping[int, Organisation] = NO_ORGANISATIONS
) -> list[SignerChoice]:
    """Those who sign the plan on paper: everyone present, the guardians, the child where
    it applies (the plan's signature lines), each by identity."""
    meeting = meeting_of(case, plan)
    invitations = meeting.invitations if meeting is not None else []
    return [
        SignerChoice(Signer.of_line(line), line.name, line.description,
                     present=line.invitation_id is not None)
        for line in signatories(case, invitations, organisations)
        if _has_identity(line)
    ]


def _has_identity(line: PersonLine) -> bool:
    return (line.invitation_id is not None or line.guardian_id is not None
            or line.person_id is not None or line.is_child)


def signing_problem(method: SigningMethod, signers: Sequence[Signer]) -> str | None:
    """Why these signers cannot sign in this way (None when they can)."""
    if not signers:
        if method is SigningMethod.ADJUSTED:
            return "Välj minst en deltagare som justerar planen."
        return "Välj vem som skrev under planen."
    return None


@dataclass(frozen=True)
class SigningState:
    """One plan version at the end of its meeting, read in one go: what it lacks, who
    can sign it, the booked follow-up, and (once signed) who signed, how and when."""

    plan_id: int
    case_id: int
    case_reference: str
    child_name: str
    version: int
    meeting_id: int | None
    meeting_date: date | None
    meeting_start: time | None
    meeting_end: time | None
    meeting_place: str
    today: date
    items: tuple[CheckItem, ...]
    choices: tuple[SignerChoice, ...]
    follow_up: Meeting | None = None  # the next follow-up after this meeting, if booked
    is_signed: bool = False
    signed_on: date | None = None
    signing_method: SigningMethod | None = None
    signatures: tuple[PlanSignature, ...] = ()
    signed_how: str = ""
    short_fingerprint: str = ""

    @property
    def ready(self) -> bool:
        """Nothing is missing: the plan can be signed."""
        return all(item.ok for item in self.items)

    @property
    def missing(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.ok)

    @property
    def default_date(self) -> date:
        return default_signing_date(self.meeting_date, self.today)


def signing_state(case: Case, plan: Plan, organisations: Mapping[int, Organisation],
                  today: date, *, section_keys: Sequence[str] | None = None,
                  short_fingerprint: str = "") -> SigningState:
    meeting = meeting_of(case, plan)
    return SigningState(
        plan_id=stored_id(plan), case_id=stored_id(case), case_reference=case.reference,
        child_name=case.child.full_name, version=plan.version,
        meeting_id=meeting.id if meeting is not None else None,
        meeting_date=meeting.date if meeting is not None else None,
        meeting_start=meeting.start if meeting is not None else None,
        meeting_end=meeting.end if meeting is not None else None,
        meeting_place=meeting.place if meeting is not None else "",
        today=today,
        items=tuple(checklist(case, plan, organisations, section_keys=section_keys)),
        choices=tuple(signer_choices(case, plan, organisations)),
        follow_up=next_follow_up(case, meeting),
        is_signed=plan.is_signed, signed_on=plan.signed_on,
        signing_method=plan.signing_method, signatures=tuple(plan.signatures),
        signed_how=signed_how(plan), short_fingerprint=short_fingerprint,
    )


def default_signing_date(meeting_day: date | None, today: date) -> date:
    """The meeting's day when it has been, else today: a plan is signed at or after it."""
    if meeting_day is not None and meeting_day <= today:
        return meeting_day
    return today


__all__ = [
    "ACTION", "ACTIONS", "CHAIR", "CHILD_VOICE", "CONSENT", "FOLLOW_UP", "NOTE_TAKER",
    "PLAN_OWNER", "CheckItem", "Signer", "SignerChoice", "SigningState", "checklist",
    "default_signing_date", "ends_the_plan", "plan_owner_problems", "problems",
    "signer_choices", "signing_problem", "signing_state",
]
