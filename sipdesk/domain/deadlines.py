"""Deadlines of a case and the Today list built from them.

The lead times come from local agreements (invitations 3 to 4 weeks ahead,
answers within 2 weeks, follow-up after 2 to 3 months), so they are settings,
not constants. Every due item carries a Swedish sentence that says what to do.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sipdesk.domain.consent import consent_problem
from sipdesk.domain.entities import Case, Invitation, Meeting, Organisation
from sipdesk.domain.enums import InvitationKind, MeetingKind, Response, Stage
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.stages import NO_ORGANISATIONS, plan_owner_problems, sip_meetings

# After the coordinator has phoned someone who has not answered, wait this
# long before the Today list nags about them again.
CHASE_AGAIN_DAYS = 3

_SETTINGS_FIELD = "settings"

# name -> (Swedish label, lowest allowed, highest allowed)
_INT_LIMITS: dict[str, tuple[str, int, int]] = {
    "invitation_lead_days": ("Kallelser skickas senast (dagar före mötet)", 0, 180),
    "first_meeting_within_days": ("Första SIP-mötet senast (dagar efter samtycket)", 1, 365),
    "answer_within_days": ("Svar på kallelsen inom (dagar)", 1, 90),
    "follow_up_after_months": ("Uppföljning efter (månader)", 1, 36),
    "consent_warning_days": ("Varna när samtycket går ut inom (dagar)", 0, 365),
}
_OPTIONAL_INTS = frozenset({"first_meeting_within_days"})
_BOOL_LABELS = {"school_obliged": "Skolan är skyldig att delta (får kallelse, inte inbjudan)"}
_TRUE_WORDS = frozenset({"true", "ja", "1"})
_FALSE_WORDS = frozenset({"false", "nej", "0"})
_INTEGER_TEXT = re.compile(r"^\s*-?\d+\s*$")


@dataclass(frozen=True)
class DeadlineSettings:
    """The region's lead times; stored as settings through to_dict()/from_dict()."""

    invitation_lead_days: int = 21
    first_meeting_within_days: int | None = None
    answer_within_days: int = 14
    follow_up_after_months: int = 3
    consent_warning_days: int = 30
    school_obliged: bool = False

    def __post_init__(self) -> None:
        for name, (label, low, high) in _INT_LIMITS.items():
            _check_int(getattr(self, name), label, low, high, optional=name in _OPTIONAL_INTS)
        for name, label in _BOOL_LABELS.items():
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(f"”{label}” ska vara ja eller nej.", field=_SETTINGS_FIELD)

    def to_dict(self) -> dict[str, int | bool | None]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> DeadlineSettings:
        """Settings from stored values; unknown keys are ignored, missing ones default.

        Integers may also come as text ("21"), as settings tables often store them.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("Inställningarna kunde inte läsas.", field=_SETTINGS_FIELD)
        values: dict[str, object] = {}
        for name, (label, _low, _high) in _INT_LIMITS.items():
            if name in data:
                values[name] = _coerce_int(data[name], label, optional=name in _OPTIONAL_INTS)
        for name, label in _BOOL_LABELS.items():
            if name in data:
                values[name] = _coerce_bool(data[name], label)
        return cls(**values)


class DueKind(StrEnum):
    SEND_INVITATIONS = "send_invitations"
    LATE_INVITATION = "late_invitation"
    CHASE_ANSWER = "chase_answer"
    BOOK_MEETING = "book_meeting"
    BOOK_FOLLOW_UP = "book_follow_up"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    CONSENT_EXPIRING = "consent_expiring"
    CONSENT_MISSING = "consent_missing"
    NO_PLAN_OWNER = "no_plan_owner"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_DUE_LABELS = {
    DueKind.SEND_INVITATIONS: "Skicka kallelser",
    DueKind.LATE_INVITATION: "Sen kallelse",
    DueKind.CHASE_ANSWER: "Svar saknas",
    DueKind.BOOK_MEETING: "Boka SIP-möte",
    DueKind.BOOK_FOLLOW_UP: "Boka uppföljning",
    DueKind.FOLLOW_UP_OVERDUE: "Uppföljning försenad",
    DueKind.CONSENT_EXPIRING: "Samtycket går ut",
    DueKind.CONSENT_MISSING: "Samtycke saknas",
    DueKind.NO_PLAN_OWNER: "Samordningsansvarig saknas",
}

# On the same day, what endangers the meeting or the law comes first.
_URGENCY = {
    DueKind.CONSENT_MISSING: 0,
    DueKind.CHASE_ANSWER: 1,
    DueKind.LATE_INVITATION: 2,
    DueKind.SEND_INVITATIONS: 3,
    DueKind.NO_PLAN_OWNER: 4,
    DueKind.FOLLOW_UP_OVERDUE: 5,
    DueKind.BOOK_MEETING: 6,
    DueKind.BOOK_FOLLOW_UP: 7,
    DueKind.CONSENT_EXPIRING: 8,
}


@dataclass(frozen=True, order=True)
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
    invitation: Invitation, meeting: Meeting, settings: DeadlineSettings | None = None
) -> bool:
    """True when the invitation was sent after the latest send date (unsent is not late)."""
    if invitation.sent_on is None or meeting.date is None:
        return False
    return invitation.sent_on > latest_send_date(meeting.date, settings)


def answer_deadline(sent_on: date, settings: DeadlineSettings | None = None) -> date:
    return sent_on + timedelta(days=_settings(settings).answer_within_days)


def answer_due(invitation: Invitation, settings: DeadlineSettings | None = None) -> date | None:
    """The invitation's own answer date if one was written, else the default one."""
    if invitation.answer_by is not None:
        return invitation.answer_by
    if invitation.sent_on is None:
        return None
    return answer_deadline(invitation.sent_on, settings)


def follow_up_due(signed_on: date, settings: DeadlineSettings | None = None) -> date:
    return add_months(signed_on, _settings(settings).follow_up_after_months)


def due_items(
    case: Case,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[DueItem]:
    """Everything due in `case`, most urgent first. Archived cases have nothing due."""
    if case.archived:
        return []
    settings = _settings(settings)
    texts = [
        *_consent_items(case, on, settings),
        *_meeting_items(case, on, settings, organisations),
        *_first_meeting_items(case, on, settings),
        *_follow_up_items(case, on, settings),
        *_plan_owner_items(case, on, organisations),
    ]
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
    cases: Iterable[Case],
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[DueItem]:
    """The Today list over all cases, most urgent first."""
    return sorted(item for case in cases for item in due_items(case, on, settings, organisations))


def next_due(
    case: Case,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> DueItem | None:
    items = due_items(case, on, settings, organisations)
    return items[0] if items else None


_MEETING_NOUNS = {
    MeetingKind.PRE_MEETING: "förmötet",
    MeetingKind.FIRST_SIP: "SIP-mötet",
    MeetingKind.FOLLOW_UP: "uppföljningsmötet",
}

# A rule yields (kind, due date, overdue, text); due_items turns them into DueItems.
_Found = tuple[DueKind, date, bool, str]


def _consent_items(case: Case, on: date, settings: DeadlineSettings) -> list[_Found]:
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
    case: Case, on: date, settings: DeadlineSettings, organisations: Mapping[int, Organisation]
) -> list[_Found]:
    found: list[_Found] = []
    for meeting in case.meetings:
        if meeting.date is None or meeting.date < on:
            continue  # a past meeting cannot be saved by chasing anyone
        if meeting.kind is not MeetingKind.PRE_MEETING:
            found.extend(_unsent_items(meeting, on, settings))
        for invitation in meeting.invitations:
            found.extend(_answer_items(invitation, meeting, on, settings, organisations))
    return found


def _unsent_items(meeting: Meeting, on: date, settings: DeadlineSettings) -> list[_Found]:
    unsent = [i for i in meeting.invitations if i.sent_on is None]
    if not unsent:
        return []
    latest = latest_send_date(meeting.date, settings)
    overdue = latest < on
    text = (
        f"Skicka kallelser till {_MEETING_NOUNS[meeting.kind]} {meeting.date.isoformat()} "
        f"senast {latest.isoformat()}"
    )
    if overdue:
        text += f" ({_late_by((on - latest).days)})"
    text += f": {_names(unsent)} har inte fått någon."
    return [(DueKind.SEND_INVITATIONS, latest, overdue, text)]


def _answer_items(
    invitation: Invitation,
    meeting: Meeting,
    on: date,
    settings: DeadlineSettings,
    organisations: Mapping[int, Organisation],
) -> list[_Found]:
    if invitation.sent_on is None or invitation.response is not Response.NO_ANSWER:
        return []
    deadline = answer_due(invitation, settings)
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
    if meeting.kind is not MeetingKind.PRE_MEETING and is_late(invitation, meeting, settings):
        latest = latest_send_date(meeting.date, settings)
        lead = (meeting.date - invitation.sent_on).days
        text = (
            f"{what.capitalize()} till {who} skickades sent ({invitation.sent_on.isoformat()}, "
            f"{lead} dagar före mötet; senast {latest.isoformat()}). "
            "Ring och bekräfta att tiden passar."
        )
        return [(DueKind.LATE_INVITATION, latest, True, text)]
    return []


def _first_meeting_items(case: Case, on: date, settings: DeadlineSettings) -> list[_Found]:
    within = settings.first_meeting_within_days
    plan = case.current_plan
    if within is None or not case.consents or case.stage >= Stage.FOLLOW_UP:
        return []
    if plan is not None and plan.is_signed:
        return []
    deadline = min(c.given_on for c in case.consents) + timedelta(days=within)
    firsts = sip_meetings(case, frozenset({MeetingKind.FIRST_SIP}))
    if any(m.date <= deadline for m in firsts):
        return []
    overdue = deadline < on
    late = f" ({_late_by((on - deadline).days)})" if overdue else ""
    if firsts:
        if firsts[0].date < on:
            return []  # held, if late; nothing left to do about it
        text = (
            f"SIP-mötet {firsts[0].date.isoformat()} ligger efter fristen: det första mötet "
            f"ska hållas senast {deadline.isoformat()}, {within} dagar efter samtycket{late}. "
            "Se om det går att flytta mötet."
        )
    else:
        text = (
            f"Boka SIP-mötet: det ska hållas senast {deadline.isoformat()}, "
            f"{within} dagar efter samtycket{late}."
        )
    return [(DueKind.BOOK_MEETING, deadline, overdue, text)]


def _follow_up_items(case: Case, on: date, settings: DeadlineSettings) -> list[_Found]:
    plan = case.current_plan
    if case.stage not in (Stage.MEETING, Stage.FOLLOW_UP):
        return []
    if plan is None or not plan.is_signed or plan.signed_on is None:
        return []
    follow_ups = sip_meetings(case, frozenset({MeetingKind.FOLLOW_UP}))
    if any(m.date >= plan.signed_on for m in follow_ups):
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
    case: Case, on: date, organisations: Mapping[int, Organisation]
) -> list[_Found]:
    if case.stage not in (Stage.MEETING, Stage.FOLLOW_UP):
        return []
    problems = plan_owner_problems(case, organisations)
    if not problems:
        return []
    upcoming = [m for m in sip_meetings(case) if m.date >= on]
    due = upcoming[0].date if upcoming else on
    # Before the meeting it is something to settle there; after, the plan lacks it.
    return [(DueKind.NO_PLAN_OWNER, due, case.stage >= Stage.FOLLOW_UP, problems[0])]


def _who(invitation: Invitation, organisations: Mapping[int, Organisation]) -> str:
    organisation = (
        organisations.get(invitation.organisation_id)
        if invitation.organisation_id is not None
        else None
    )
    if organisation is None:
        return invitation.invitee_name
    return f"{invitation.invitee_name}, {organisation.display_name}"


def _names(invitations: list[Invitation], shown: int = 3) -> str:
    names = [i.invitee_name for i in invitations]
    if len(names) > shown:
        return ", ".join(names[:shown]) + f" och {len(names) - shown} till"
    if len(names) > 1:
        return ", ".join(names[:-1]) + " och " + names[-1]
    return names[0]


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


def _check_int(value: object, label: str, low: int, high: int, *, optional: bool) -> None:
    if value is None and optional:
        return
    # bool is an int in Python, but True days is never what anyone meant.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"”{label}” ska vara ett heltal.", field=_SETTINGS_FIELD)
    if not low <= value <= high:
        raise ValidationError(
            f"”{label}” ska vara mellan {low} och {high}, inte {value}.", field=_SETTINGS_FIELD
        )


def _coerce_int(value: object, label: str, *, optional: bool) -> object:
    if optional and (value is None or (isinstance(value, str) and not value.strip())):
        return None
    if isinstance(value, str):
        if not _INTEGER_TEXT.match(value):
            raise ValidationError(
                f"”{label}” ska vara ett heltal, inte ”{value}”.", field=_SETTINGS_FIELD
            )
        return int(value)
    return value  # checked, with its type, by DeadlineSettings itself


def _coerce_bool(value: object, label: str) -> object:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise ValidationError(
            f"”{label}” ska vara ja eller nej, inte ”{value}”.", field=_SETTINGS_FIELD
        )
    return value
