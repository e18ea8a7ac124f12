"""Deadlines of a case and the Today list built from them.

The lead times come from local agreements (invitations 3 to 4 weeks ahead,
answers within 2 weeks, follow-up after 2 to 3 months), so they are settings,
not constants. Every due item carries a Swedish sentence that says what to do.

Every case that is not archived has at least one item: a coordinator always
has a next step. The specific rules (invitations, answers, consent, plan,
follow-up, the decision in stage 6) come first; when none of them has
anything for a case, a generic next step (DueKind.NEXT_STEP) says what moves
the case on, so it never sits beside a more specific item.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from operator import attrgetter

from sipdesk.domain.board_facts import (
    AnyCase,
    AnyInvitation,
    AnyMeeting,
    CaseFacts,
    MeetingFacts,
    PlanFacts,
    as_facts,
)
from sipdesk.domain.consent import consent_problem
from sipdesk.domain.deadline_settings import DeadlineSettings as DeadlineSettings  # re-export
from sipdesk.domain.due_kind import DueKind as DueKind  # re-export
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import InvitationKind, MeetingKind, Response, Stage
from sipdesk.domain.stages import (
    NO_ORGANISATIONS,
    DatedMeeting,
    plan_owner_problems,
    sip_meetings,
)

# After the coordinator has phoned someone who has not answered, wait this
# long before the Today list nags about them again.
CHASE_AGAIN_DAYS = 3

# Without a regional deadline for the first meeting (first_meeting_within_days)
# the meeting date should still be set soon after the consent: no invitation
# can go out before there is a date, and the invitations must then go out
# invitation_lead_days before the meeting, so every day without a date pushes
# the earliest possible meeting a day further away. A week is enough to agree
# a time with the family and the principals; the meeting then lies at the
# earliest invitation_lead_days + 7 days (four weeks by default) after consent.
BOOK_MEETING_WITHIN_DAYS = 7

# After the latest follow-up meeting, the decision to close or to continue
# with a new plan version should not wait longer than this.
DECIDE_WITHIN_DAYS = 14

# On the same day, what endangers the meeting or the law comes first, and the
# generic next step last. Only the order matters; the numbers are not stored.
_URGENCY = {
    DueKind.CONSENT_MISSING: 0,
    DueKind.CHASE_ANSWER: 1,
    DueKind.LATE_INVITATION: 2,
    DueKind.SEND_INVITATIONS: 3,
    DueKind.INVITE_PARTICIPANTS: 4,
    DueKind.PLAN_NOT_SIGNED: 5,
    DueKind.NO_PLAN_OWNER: 6,
    DueKind.FOLLOW_UP_OVERDUE: 7,
    DueKind.START_PLANNING: 8,
    DueKind.BOOK_MEETING: 9,
    DueKind.BOOK_FOLLOW_UP: 10,
    DueKind.CLOSE_OR_CONTINUE: 11,
    DueKind.CONSENT_EXPIRING: 12,
    DueKind.NEXT_STEP: 13,
}


@dataclass(frozen=True, order=True, slots=True)
class DueItem:
    """One line of the Today list. Sorting puts overdue items first, most overdue
    first, then the rest by date; on the same day the more urgent kind first."""

    group: int = field(init=False, repr=False)  # 0 overdue, 1 not yet
    due: date
    urgency: int = field(init=False, repr=False)
    case_reference: str
    kind: DueKind
    text: str
    overdue: bool = False
    case_id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Derived, so the ordering can never disagree with the overdue flag.
        object.__setattr__(self, "group", 0 if self.overdue else 1)
        object.__setattr__(self, "urgency", _URGENCY[self.kind])

    def days_overdue(self, on: date) -> int:
        return max((on - self.due).days, 0) if self.overdue else 0


# DueItem's own order as a sort key, for sorting thousands at once (the Today list):
# the key is built once per item rather than twice per comparison.
due_order = attrgetter(*(f.name for f in fields(DueItem) if f.compare))


def add_months(start: date, months: int) -> date:
    """Calendar months later, the day clamped to the month's length (Nov 30 + 3 = Feb 28/29)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def latest_send_date(meeting_date: date, settings: DeadlineSettings | None = None) -> date:
    """The last day an invitation to a meeting on `meeting_date` is on time."""
    return meeting_date - timedelta(days=_settings(settings).invitation_lead_days)


def is_late(
    invitation: AnyInvitation, meeting: AnyMeeting, settings: DeadlineSettings | None = None
) -> bool:
    """True when the invitation was sent after the latest send date (unsent is not late)."""
    if invitation.sent_on is None or meeting.date is None:
        return False
    return invitation.sent_on > latest_send_date(meeting.date, settings)


def answer_deadline(sent_on: date, settings: DeadlineSettings | None = None) -> date:
    return sent_on + timedelta(days=_settings(settings).answer_within_days)


def answer_due(invitation: AnyInvitation, settings: DeadlineSettings | None = None) -> date | None:
    """The invitation's own answer date if one was written, else the default one."""
    if invitation.answer_by is not None:
        return invitation.answer_by
    if invitation.sent_on is None:
        return None
    return answer_deadline(invitation.sent_on, settings)


def follow_up_due(signed_on: date, settings: DeadlineSettings | None = None) -> date:
    return add_months(signed_on, _settings(settings).follow_up_after_months)


def due_items(
    case: AnyCase,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[DueItem]:
    """Everything due in `case`, most urgent first.

    Archived cases have nothing due; every other case has at least one item.
    A whole Case is first turned into its facts, so it meets the very rules the
    board's light read does.
    """
    case = as_facts(case)
    if case.archived:
        return []
    settings = _settings(settings)
    texts = [
        *_start_items(case, on, settings),
        *_consent_items(case, on, settings),
        *_meeting_items(case, on, settings, organisations),
        *_first_meeting_items(case, on, settings),
        *_signature_items(case, on),
        *_follow_up_items(case, on, settings),
        *_plan_owner_items(case, on, organisations),
        *_decision_items(case, on),
    ]
    if not texts:
        texts = _next_step_items(case, on)
    return sorted(
        DueItem(
            due=due,
            case_reference=case.reference,
            kind=kind,
            text=text,
            overdue=overdue,
            case_id=case.id,
        )
        for kind, due, overdue, text in texts
    )


def due_across(
    cases: Iterable[AnyCase],
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[DueItem]:
    """The Today list over all cases, most urgent first."""
    return sorted(item for case in cases for item in due_items(case, on, settings, organisations))


def next_due(
    case: AnyCase,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> DueItem | None:
    """The most urgent item of `case`; None only for an archived case."""
    items = due_items(case, on, settings, organisations)
    return items[0] if items else None


_MEETING_NOUNS = {
    MeetingKind.PRE_MEETING: "förmötet",
    MeetingKind.FIRST_SIP: "SIP-mötet",
    MeetingKind.FOLLOW_UP: "uppföljningsmötet",
}

# A rule yields (kind, due date, overdue, text); due_items turns them into DueItems.
_Found = tuple[DueKind, date, bool, str]


def _start_items(case: CaseFacts, on: date, settings: DeadlineSettings) -> list[_Found]:
    """Stage 1: get consent and plan the meeting, within consent_within_days of the need."""
    if case.stage is not Stage.NEED_FOUND:
        return []
    ask_question = (
        ""
        if case.question.strip()
        else " Skriv också frågeställningen: vilken fråga ska SIP:en besvara?"
    )
    if case.active_consents(on):
        text = (
            "Samtycke finns: för ärendet vidare till steget "
            f"”{Stage.CONSENT_AND_PLANNING.label}”.{ask_question}"
        )
        return [(DueKind.START_PLANNING, on, False, text)]
    text = "Inhämta samtycke från vårdnadshavare och barnet och planera SIP-mötet"
    if case.need_found_on is None:
        return [(DueKind.START_PLANNING, on, False, f"{text}.{ask_question}")]
    due = case.need_found_on + timedelta(days=settings.consent_within_days)
    overdue = due < on
    late = f" ({_late_by((on - due).days)})" if overdue else ""
    text = f"{text} senast {due.isoformat()}{late}.{ask_question}"
    return [(DueKind.START_PLANNING, due, overdue, text)]


def _consent_items(case: CaseFacts, on: date, settings: DeadlineSettings) -> list[_Found]:
    found: list[_Found] = []
    problem = consent_problem(case, on)
    if case.stage >= Stage.CONSENT_AND_PLANNING and problem is not None:
        # Before invitations it is the next step; after, the process runs without consent.
        overdue = case.stage >= Stage.ACTORS_INVITED
        text = f"{problem} Hämta in samtycke från barnet och vårdnadshavarna."
        found.append((DueKind.CONSENT_MISSING, on, overdue, text))
    for consent in case.active_consents(on):
        if consent.valid_until is None:
            continue
        days = (consent.valid_until - on).days
        if days <= settings.consent_warning_days:
            text = (
                f"Samtycket går ut {consent.valid_until.isoformat()} ({_in_days(days)}): "
                "fråga familjen om det ska förnyas."
            )
            found.append((DueKind.CONSENT_EXPIRING, consent.valid_until, False, text))
    return found


def _meeting_items(
    case: CaseFacts, on: date, settings: DeadlineSettings, organisations: Mapping[int, Organisation]
) -> list[_Found]:
    found: list[_Found] = []
    # Without consent nobody may be invited; the consent item says so instead.
    may_invite = consent_problem(case, on) is None
    for meeting in case.meetings:
        day = meeting.date
        if day is None or day < on:
            continue  # a past meeting cannot be saved by chasing anyone
        if meeting.kind is not MeetingKind.PRE_MEETING:
            found.extend(_unsent_items(meeting, day, on, settings))
            if may_invite and not meeting.invitations:
                found.append(_invite_item(meeting, day, on, settings))
        for invitation in meeting.invitations:
            found.extend(answer_items(invitation, meeting, on, settings, organisations))
    return found


def _unsent_items(
    meeting: MeetingFacts, day: date, on: date, settings: DeadlineSettings
) -> list[_Found]:
    unsent = [i for i in meeting.invitations if i.sent_on is None]
    if not unsent:
        return []
    latest = latest_send_date(day, settings)
    overdue = latest < on
    text = (
        f"Skicka kallelser till {_MEETING_NOUNS[meeting.kind]} {day.isoformat()} "
        f"senast {latest.isoformat()}"
    )
    if overdue:
        text += f" ({_late_by((on - latest).days)})"
    text += f": {_names(unsent)} har inte fått någon."
    return [(DueKind.SEND_INVITATIONS, latest, overdue, text)]


def _invite_item(meeting: MeetingFacts, day: date, on: date, settings: DeadlineSettings) -> _Found:
    """A dated meeting with nobody on its list yet (once someone is, _unsent_items takes over)."""
    latest = latest_send_date(day, settings)
    overdue = latest < on
    late = f" ({_late_by((on - latest).days)})" if overdue else ""
    text = (
        f"Kalla deltagarna till {_MEETING_NOUNS[meeting.kind]} {day.isoformat()} "
        f"senast {latest.isoformat()}{late}."
    )
    return (DueKind.INVITE_PARTICIPANTS, latest, overdue, text)


def answer_items(
    invitation: AnyInvitation,
    meeting: AnyMeeting,
    on: date,
    settings: DeadlineSettings,
    organisations: Mapping[int, Organisation],
) -> list[_Found]:
    sent_on = invitation.sent_on
    deadline = answer_due(invitation, settings)  # None only while unsent
    if sent_on is None or deadline is None or invitation.response is not Response.NO_ANSWER:
        return []
    who = _who(invitation, organisations)
    what = "kallelsen" if invitation.kind is InvitationKind.SUMMONS else "inbjudan"
    if deadline < on:
        contacted = invitation.contacted_on
        if contacted is not None and contacted >= deadline:
            if on < contacted + timedelta(days=CHASE_AGAIN_DAYS):
                return []
            text = (
                f"Ring {who} igen: har fortfarande inte svarat på {what} "
                f"(kontaktad {contacted.isoformat()})"
            )
        else:
            text = f"Ring {who}: har inte svarat på {what} ({_late_by((on - deadline).days)})"
        return [(DueKind.CHASE_ANSWER, deadline, True, text)]
    day = meeting.date
    if (
        day is not None
        and meeting.kind is not MeetingKind.PRE_MEETING
        and is_late(invitation, meeting, settings)
    ):
        latest = latest_send_date(day, settings)
        lead = (day - sent_on).days
        text = (
            f"{what.capitalize()} till {who} skickades sent ({sent_on.isoformat()}, "
            f"{lead} dagar före mötet; senast {latest.isoformat()}). "
            "Ring och bekräfta att tiden passar."
        )
        return [(DueKind.LATE_INVITATION, latest, True, text)]
    return []


def _first_meeting_items(case: CaseFacts, on: date, settings: DeadlineSettings) -> list[_Found]:
    within = settings.first_meeting_within_days
    if within is None:
        return _book_meeting_items(case, on, settings)
    plan = case.current_plan
    if not case.consents or case.stage >= Stage.FOLLOW_UP:
        return []
    if plan is not None and plan.is_signed:
        return []
    deadline = min(c.given_on for c in case.consents) + timedelta(days=within)
    firsts = sip_meetings(case, frozenset({MeetingKind.FIRST_SIP}))
    if any(m.day <= deadline for m in firsts):
        return []
    overdue = deadline < on
    late = f" ({_late_by((on - deadline).days)})" if overdue else ""
    if firsts:
        if firsts[0].day < on:
            return []  # held, if late; nothing left to do about it
        text = (
            f"SIP-mötet {firsts[0].day.isoformat()} ligger efter fristen: det första mötet "
            f"ska hållas senast {deadline.isoformat()}, {within} dagar efter samtycket{late}. "
            "Se om det går att flytta mötet."
        )
    else:
        text = (
            f"Boka SIP-mötet: det ska hållas senast {deadline.isoformat()}, "
            f"{within} dagar efter samtycket{late}."
        )
    return [(DueKind.BOOK_MEETING, deadline, overdue, text)]


def _book_meeting_items(case: CaseFacts, on: date, settings: DeadlineSettings) -> list[_Found]:
    """Book the first meeting when the region has no first-meeting deadline.

    From stage 2 to 4, with an active consent and no dated SIP meeting; due
    BOOK_MEETING_WITHIN_DAYS after the earliest consent that is active now
    (an ended consent's clock does not count).
    """
    active = case.active_consents(on)
    if not Stage.CONSENT_AND_PLANNING <= case.stage <= Stage.MEETING or not active:
        return []
    plan = case.current_plan
    if (plan is not None and plan.is_signed) or sip_meetings(case):
        return []
    due = min(c.given_on for c in active) + timedelta(days=BOOK_MEETING_WITHIN_DAYS)
    overdue = due < on
    late = f" ({_late_by((on - due).days)})" if overdue else ""
    text = (
        f"Boka SIP-mötet senast {due.isoformat()}{late}, så att kallelserna hinner ut "
        f"{settings.invitation_lead_days} dagar före mötet."
    )
    return [(DueKind.BOOK_MEETING, due, overdue, text)]


def _signature_items(case: CaseFacts, on: date) -> list[_Found]:
    """Stage 4: the meeting has been held, but the plan is not signed."""
    if case.stage is not Stage.MEETING:
        return []
    plan = case.current_plan
    if plan is not None and plan.is_signed:
        return []
    dated = _plan_meeting(case, plan)
    if dated is None or dated.day >= on:
        return []  # not held yet: the plan is written and signed at the meeting
    noun = _MEETING_NOUNS[dated.meeting.kind]
    held = dated.day.isoformat()
    if plan is None:
        text = (
            f"{_first_upper(noun)} {held} har hållits men ingen plan är registrerad. "
            "Skriv in planen och låt alla underteckna den."
        )
    else:
        text = (
            f"Planen (version {plan.version}) från {noun} {held} är inte undertecknad. "
            "Låt alla underteckna den."
        )
    # The plan is signed at the meeting, so after it the signatures are late.
    return [(DueKind.PLAN_NOT_SIGNED, dated.day, True, text)]


def _plan_meeting(case: CaseFacts, plan: PlanFacts | None) -> DatedMeeting | None:
    """The meeting the plan was written at, if linked; else the latest dated SIP meeting."""
    if plan is not None and plan.meeting_id is not None:
        linked = next(
            (
                DatedMeeting(m.date, m)
                for m in case.meetings
                if m.id == plan.meeting_id and m.date is not None
            ),
            None,
        )
        if linked is not None:
            return linked
    meetings = sip_meetings(case)
    return meetings[-1] if meetings else None


def _decision_items(case: CaseFacts, on: date) -> list[_Found]:
    """Stage 6: decide on closing or a continued SIP, soon after the latest follow-up."""
    if case.stage is not Stage.CLOSE_OR_CONTINUE:
        return []
    decide = "Besluta om avslut eller fortsatt SIP"
    follow_ups = sip_meetings(case, frozenset({MeetingKind.FOLLOW_UP}))
    if not follow_ups:
        return [(DueKind.CLOSE_OR_CONTINUE, on, False, f"{decide}.")]
    held = follow_ups[-1].day
    # Due is the decision's own deadline, so days_overdue counts from it.
    due = held + timedelta(days=DECIDE_WITHIN_DAYS)
    overdue = due < on
    late = f" ({_late_by((on - due).days)})" if overdue else ""
    if held >= on:
        text = f"{decide} på uppföljningsmötet {held.isoformat()}, senast {due.isoformat()}."
    else:
        text = (
            f"{decide} senast {due.isoformat()}{late}: uppföljningsmötet hölls {held.isoformat()}."
        )
    return [(DueKind.CLOSE_OR_CONTINUE, due, overdue, text)]


def _next_step_items(case: CaseFacts, on: date) -> list[_Found]:
    """The generic step for a case no other rule has anything for (stages 2 to 5).

    Stage 1 and stage 6 always have their own item, so they never get here.
    """
    meetings = sip_meetings(case)
    upcoming = [m for m in meetings if m.day >= on]
    if upcoming:
        return [_hold_meeting_item(case, upcoming[0])]
    if not meetings:
        text = "Inget SIP-möte med datum är bokat. Boka mötet och sätt ett datum."
        return [(DueKind.NEXT_STEP, on, False, text)]
    held = meetings[-1]
    noun = _first_upper(_MEETING_NOUNS[held.meeting.kind])
    text = f"{noun} {held.day.isoformat()} har hållits: "
    if case.stage is Stage.FOLLOW_UP and held.meeting.kind is MeetingKind.FOLLOW_UP:
        text += (
            "notera för varje åtagande om det är genomfört, delvis genomfört eller inte "
            "genomfört, och för ärendet vidare till steget "
            f"”{Stage.CLOSE_OR_CONTINUE.label}”."
        )
    else:
        following = Stage(min(case.stage + 1, Stage.CLOSE_OR_CONTINUE))
        text += f"för ärendet vidare till steget ”{following.label}”."
    return [(DueKind.NEXT_STEP, held.day, False, text)]


def _hold_meeting_item(case: CaseFacts, dated: DatedMeeting) -> _Found:
    meeting = dated.meeting
    if meeting.kind is MeetingKind.FOLLOW_UP:
        task = "gå igenom varje åtagande i planen"
    else:
        task = "skriv planen tillsammans med deltagarna"
    text = f"Håll {_MEETING_NOUNS[meeting.kind]} {dated.day.isoformat()} och {task}."
    waiting = [
        i for i in meeting.invitations if i.sent_on is not None and i.response is Response.NO_ANSWER
    ]
    if waiting:
        text += f" Svar saknas ännu från {_names(waiting)}."
    if case.stage is Stage.CONSENT_AND_PLANNING:
        # Here every invitation has gone out, or a more specific item would exist.
        text += (
            " Kallelserna är skickade: för ärendet vidare till steget "
            f"”{Stage.ACTORS_INVITED.label}”."
        )
    return (DueKind.NEXT_STEP, dated.day, False, text)


def _follow_up_items(case: CaseFacts, on: date, settings: DeadlineSettings) -> list[_Found]:
    plan = case.current_plan
    if case.stage not in (Stage.MEETING, Stage.FOLLOW_UP):
        return []
    if plan is None or not plan.is_signed or plan.signed_on is None:
        return []
    follow_ups = sip_meetings(case, frozenset({MeetingKind.FOLLOW_UP}))
    if any(m.day >= plan.signed_on for m in follow_ups):
        return []  # booked; the invitation rules take over from here
    due = follow_up_due(plan.signed_on, settings)
    if due < on:
        text = (
            f"Uppföljningen skulle ha hållits senast {due.isoformat()} "
            f"({_late_by((on - due).days)}). Boka uppföljningsmötet."
        )
        return [(DueKind.FOLLOW_UP_OVERDUE, due, True, text)]
    book_by = latest_send_date(due, settings)
    text = (
        f"Boka uppföljningsmötet senast {book_by.isoformat()}, så att kallelserna hinner ut: "
        f"uppföljningen ska hållas senast {due.isoformat()}."
    )
    return [(DueKind.BOOK_FOLLOW_UP, book_by, book_by < on, text)]


def _plan_owner_items(
    case: CaseFacts, on: date, organisations: Mapping[int, Organisation]
) -> list[_Found]:
    if case.stage not in (Stage.MEETING, Stage.FOLLOW_UP):
        return []
    problems = plan_owner_problems(case, organisations)
    if not problems:
        return []
    upcoming = [m for m in sip_meetings(case) if m.day >= on]
    due = upcoming[0].day if upcoming else on
    # Before the meeting it is something to settle there; after, the plan lacks it.
    return [(DueKind.NO_PLAN_OWNER, due, case.stage >= Stage.FOLLOW_UP, problems[0])]


def _who(invitation: AnyInvitation, organisations: Mapping[int, Organisation]) -> str:
    organisation = (
        organisations.get(invitation.organisation_id)
        if invitation.organisation_id is not None
        else None
    )
    if organisation is None:
        return invitation.invitee_name
    return f"{invitation.invitee_name}, {organisation.display_name}"


def _names(invitations: Sequence[AnyInvitation], shown: int = 3) -> str:
    names = [i.invitee_name for i in invitations]
    if len(names) > shown:
        return ", ".join(names[:shown]) + f" och {len(names) - shown} till"
    if len(names) > 1:
        return ", ".join(names[:-1]) + " och " + names[-1]
    return names[0]


def _first_upper(text: str) -> str:
    """Capital first letter; unlike str.capitalize() it keeps "SIP" as it is."""
    return text[:1].upper() + text[1:]


def _late_by(days: int) -> str:
    return "1 dag sen" if days == 1 else f"{days} dagar sen"


def _in_days(days: int) -> str:
    if days == 0:
        return "i dag"
    if days == 1:
        return "i morgon"
    return f"om {days} dagar"


def _settings(settings: DeadlineSettings | None) -> DeadlineSettings:
    return settings if settings is not None else DeadlineSettings()
