"""The stage rules of a case, as code.

A case moves forward one stage at a time, and only when what the next stage
needs is in place; it may move back any number of stages, because a
coordinator correcting a mistake must never be stuck. Every refusal is a
sentence the coordinator can act on, naming what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sipdesk.domain import signing
from sipdesk.domain.consent import consent_problem
from sipdesk.domain.entities import Case, CaseEvent, Organisation, Plan
from sipdesk.domain.enums import CloseReason, MeetingKind, Stage
from sipdesk.domain.errors import MoveRefused
from sipdesk.domain.signing import plan_owner_problems as plan_owner_problems  # callers

if TYPE_CHECKING:  # deadlines imports this module; a runtime import would be circular
    from sipdesk.domain.board_facts import AnyCase, AnyMeeting
    from sipdesk.domain.deadline_settings import DeadlineSettings

NO_ORGANISATIONS: Mapping[int, Organisation] = signing.NO_ORGANISATIONS

STAGE_EVENT = "stage"

_SIP_MEETINGS = frozenset({MeetingKind.FIRST_SIP, MeetingKind.FOLLOW_UP})


def check_move(
    case: Case,
    target: Stage,
    on: date,
    settings: DeadlineSettings | None = None,
    *,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[str]:
    """The Swedish reasons why `case` may not move to `target` on `on`; empty if it may.

    `settings` is accepted so every caller passes the region's settings the
    same way; no stage rule depends on them yet. `organisations` is needed to
    check that the plan owner comes from health care or social services.
    """
    current = case.stage
    if case.archived:
        return ["Ärendet är arkiverat och kan inte flyttas. Återöppna det först."]
    if target == current:
        return [f"Ärendet är redan i steget ”{target.label}”."]
    if target < current:
        return []  # corrections and "fortsatt SIP" go back without conditions
    if target > current + 1:
        following = Stage(current + 1)
        return [
            f"Ett ärende går ett steg i taget: från ”{current.label}” kan det flyttas till "
            f"”{following.label}”, inte direkt till ”{target.label}”."
        ]
    return _PRECONDITIONS[target](case, on, organisations)


def can_move(
    case: Case,
    target: Stage,
    on: date,
    settings: DeadlineSettings | None = None,
    *,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> bool:
    return not check_move(case, target, on, settings, organisations=organisations)


def move(
    case: Case,
    target: Stage,
    on: date,
    settings: DeadlineSettings | None = None,
    *,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    at: datetime | None = None,
) -> CaseEvent:
    """Move `case` to `target`, record it in the history, and return the event.

    Raises MoveRefused with every reason when the rules do not allow the move.
    `at` is when it happened; by default the current time of day on `on`.
    """
    reasons = check_move(case, target, on, settings, organisations=organisations)
    if reasons:
        raise MoveRefused(reasons)
    text = f"Steg ändrat: {case.stage.label} → {target.label}"
    if is_continuation(case.stage, target):
        text += " (fortsatt SIP: en ny version av planen skrivs)"
    event = CaseEvent(at=at or _at(on), kind=STAGE_EVENT, text=text)
    case.stage = target
    case.history.append(event)
    return event


def is_continuation(source: Stage, target: Stage) -> bool:
    """True for the move back from closing to a new meeting: a continued SIP."""
    return source is Stage.CLOSE_OR_CONTINUE and target is Stage.MEETING


def can_sign_plan(
    case: Case,
    plan: Plan,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    *,
    section_keys: Sequence[str] | None = None,
) -> list[str]:
    """The Swedish reasons why `plan` cannot be signed yet; empty if it can.

    The reasons are those of the signing checklist (sipdesk.domain.signing):
    consent confirmed, plan owner, chair, note-taker, every action with
    organisation, person and when, the next follow-up booked, the child's voice.
    """
    if plan.is_signed:
        return [f"Planen (version {plan.version}) är redan undertecknad."]
    return signing.problems(signing.checklist(case, plan, organisations,
                                              section_keys=section_keys))


class DatedMeeting(NamedTuple):
    """A meeting that has a date, with that date: what the deadline rules count from."""

    day: date
    meeting: AnyMeeting  # a Meeting, or the facts of one (board_facts)


def sip_meetings(
    case: AnyCase, kinds: frozenset[MeetingKind] = _SIP_MEETINGS
) -> list[DatedMeeting]:
    """Dated meetings of the given kinds, earliest first."""
    dated = [
        DatedMeeting(m.date, m)
        for m in case.meetings
        if m.kind in kinds and m.date is not None
    ]
    return sorted(dated, key=lambda d: d.day)


def _need_question(case: Case, on: date, organisations: Mapping[int, Organisation]) -> list[str]:
    if case.question.strip():
        return []
    return [
        "Frågeställningen saknas. Skriv vilken fråga SIP:en ska besvara innan "
        "samtycke och planering börjar."
    ]


def _need_consent(case: Case, on: date, organisations: Mapping[int, Organisation]) -> list[str]:
    problem = consent_problem(case, on)
    if problem is None:
        return []
    return [
        f"{problem} Inga kallelser får gå ut förrän barnet eller vårdnadshavarna har "
        f"gett ett samtycke som gäller {on.isoformat()}."
    ]


def _need_meeting(case: Case, on: date, organisations: Mapping[int, Organisation]) -> list[str]:
    reasons = []
    if not sip_meetings(case):
        reasons.append("Inget SIP-möte med datum är bokat. Boka mötet och sätt ett datum.")
    if case.chair_id is None:
        reasons.append("Mötesledare saknas. Ange vem som leder mötet.")
    return reasons


def _need_signed_plan(case: Case, on: date, organisations: Mapping[int, Organisation]) -> list[str]:
    plan = case.current_plan
    if plan is None:
        reasons = ["Ingen plan är skriven. Skriv planen på mötet och låt alla underteckna den."]
    elif not plan.is_signed:
        reasons = [f"Planen (version {plan.version}) är inte undertecknad ännu."]
    else:
        reasons = []
    return reasons + plan_owner_problems(case, organisations)


def _need_follow_up_meeting(
    case: Case, on: date, organisations: Mapping[int, Organisation]
) -> list[str]:
    plan = case.current_plan
    # In a continued SIP the previous round's follow-up does not count.
    since = plan.signed_on if plan is not None else None
    follow_ups = [
        m
        for m in sip_meetings(case, frozenset({MeetingKind.FOLLOW_UP}))
        if since is None or m.day >= since
    ]
    if follow_ups:
        return []
    return ["Inget uppföljningsmöte med datum är bokat för den gällande planen."]


def _at(on: date) -> datetime:
    return datetime.combine(on, datetime.now().time().replace(microsecond=0))


_Rule = Callable[[Case, date, Mapping[int, Organisation]], list[str]]

_PRECONDITIONS: dict[Stage, _Rule] = {
    Stage.CONSENT_AND_PLANNING: _need_question,
    Stage.ACTORS_INVITED: _need_consent,
    Stage.MEETING: _need_meeting,
    Stage.FOLLOW_UP: _need_signed_plan,
    Stage.CLOSE_OR_CONTINUE: _need_follow_up_meeting,
}


def close_problem(stage: Stage, reason: CloseReason) -> str | None:
    """Why a case at `stage` cannot be closed for `reason` (None when it can).

    A case may end at any stage: the family moves, consent ends. That the
    goals were reached can only be said once the plan has been followed up.
    """
    if reason is CloseReason.GOALS_REACHED and stage < Stage.FOLLOW_UP:
        return (
            f"Ärendet är i steget ”{stage.label}”. Att målen är uppnådda kan sägas först "
            "när planen har följts upp. Välj ett annat skäl, eller följ upp planen först."
        )
    return None
