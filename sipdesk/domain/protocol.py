"""The meeting protocol: what the editor shows, what the wall may show, and the clock.

`Protocol` is the read model of one draft plan version written at one meeting.
`projected()` is the ONLY way data reaches the projector: it drops internal
notes, masks every personnummer (also inside free text) and speaks in plain
Swedish headings a child can follow. `agenda()` and `time_status()` keep the
meeting on time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sipdesk.domain import words
from sipdesk.domain.entities import Meeting, PlanAction
from sipdesk.domain.enums import (
    Attendance,
    GoalStatus,
    MeetingKind,
)
from sipdesk.domain.personnummer import mask, mask_in_text
from sipdesk.domain.plan_document import GOAL_LABELS, REVIEW_LABELS
from sipdesk.domain.plan_document import meeting_line as paper_meeting_line
from sipdesk.domain.template import PlanTemplate

FORMALITIES = "formalities"
REVIEW = "review"
ACTIONS = "actions"

# Plain headings for the wall, in words a child can follow. Unknown keys
# (a region's own template) fall back to the template's own title.
PLAIN_HEADINGS: Mapping[str, str] = {
    "question": "Varför vi träffas",
    "current_situation": "Så här är det nu",
    "child_voice": "Vad är viktigt för dig?",
    "long_term_wish": "Så här vill vi att det ska bli",
    "strengths": "Det som fungerar och hjälper",
    "obstacles": "Det som är svårt",
    "goals": "Det här vill vi nå",
    "family_part": "Det här gör barnet och familjen",
    "disagreements": "Det vi inte är överens om",
    "follow_up": "När vi ses igen",
    "child_feedback": "Så får barnet veta vad vi bestämde",
    "child_participation_next": "Så vill barnet vara med nästa gång",
    FORMALITIES: "Vilka som är med",
    REVIEW: "Hur gick det sedan sist?",
    ACTIONS: "Vem gör vad – och när?",
}

# Minutes per part when the meeting has no agenda of its own (about 90 minutes).
DEFAULT_MINUTES: Mapping[str, int] = {
    FORMALITIES: 10,
    REVIEW: 15,
    "question": 3,
    "current_situation": 8,
    "child_voice": 8,
    "long_term_wish": 5,
    "strengths": 5,
    "obstacles": 5,
    "goals": 8,
    ACTIONS: 20,
    "family_part": 4,
    "disagreements": 3,
    "follow_up": 3,
    "child_feedback": 2,
    "child_participation_next": 2,
}
DEFAULT_PART_MINUTES = 5

# How a substitute is named beside the person they came for: the words of the
# signed plan and the attendance list (sipdesk.domain.plan_document).
SUBSTITUTE_NOTE = "ersättare för {}"


# --- the read model ---------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """A person who can be picked for a role, or an organisation for an action."""

    id: int
    name: str
    detail: str = ""  # profession and organisation, or an organisation's kind

    @property
    def label(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name


@dataclass
class ActionRef:
    """An action row's id, known once the worker has stored it; later writes read it then.

    The window queues "add a row" and then edits to that row before the id is
    back on the GUI thread; the store thread runs them in order, so by the
    time an edit runs the id is set.
    """

    id: int | None = None


@dataclass(frozen=True)
class Participant:
    """One invitee of the meeting and whether they are present."""

    invitation_id: int
    name: str  # the person invited
    role: str  # profession and organisation, "Vårdnadshavare", "Barnet"
    attendance: Attendance
    is_child: bool = False
    substitute_name: str = ""  # who comes instead, when the invitee sends a substitute

    @property
    def shown_name(self) -> str:
        """The person in the room: the substitute, when one was sent."""
        return self.substitute_name or self.name

    @property
    def note(self) -> str:
        """'ersättare för Anna Berg' for a substitute, else ''."""
        return SUBSTITUTE_NOTE.format(self.name) if self.substitute_name else ""

    @property
    def line(self) -> str:
        """'Per Ek (ersättare för Anna Berg)', or just the name."""
        return f"{self.shown_name} ({self.note})" if self.note else self.name


@dataclass(frozen=True)
class Formalities:
    consent_confirmed: bool = False
    plan_owner_id: int | None = None
    plan_owner_problems: tuple[str, ...] = ()
    chair_id: int | None = None
    note_taker_id: int | None = None


@dataclass(frozen=True)
class ProtocolSection:
    key: str
    title: str  # the template's title, for the editor
    help: str = ""
    text: str = ""
    internal_note: str = ""  # never projected, never exported
    version: int = 0  # of the stored text, for services.plans.set_section (0: none stored)


@dataclass(frozen=True)
class Protocol:
    plan_id: int
    plan_version: int
    case_id: int
    case_reference: str
    child_name: str
    personnummer_masked: str  # '2012xxxx-xxxx', or '' when the child has none
    meeting_id: int
    meeting_kind: MeetingKind
    meeting_date: date | None
    meeting_start: time | None
    meeting_end: time | None
    place: str
    formalities: Formalities
    participants: tuple[Participant, ...]
    sections: tuple[ProtocolSection, ...]
    actions: tuple[PlanAction, ...]
    action_columns: tuple[tuple[str, str], ...]  # (key, title) from the template
    people: tuple[Choice, ...] = ()  # the case's network, for the role pickers
    organisations: tuple[Choice, ...] = ()
    next_follow_up_date: date | None = None
    next_follow_up_place: str = ""
    next_follow_up_start: time | None = None
    next_follow_up_end: time | None = None
    child_informed_on: date | None = None
    child_informed_by: str = ""
    child_informed_how: str = ""
    agenda_minutes: tuple[tuple[str, int], ...] = ()
    # A signed version is frozen: meeting mode shows it, read-only.
    is_signed: bool = False
    signed_on: date | None = None

    @property
    def is_follow_up(self) -> bool:
        return self.meeting_kind is MeetingKind.FOLLOW_UP or any(
            a.is_review for a in self.actions
        )

    @property
    def review_actions(self) -> tuple[PlanAction, ...]:
        return tuple(a for a in self.actions if a.is_review)

    @property
    def new_actions(self) -> tuple[PlanAction, ...]:
        return tuple(a for a in self.actions if not a.is_review)

    def section(self, key: str) -> ProtocolSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def organisation_name(self, organisation_id: int | None) -> str:
        return next((o.name for o in self.organisations if o.id == organisation_id), "")

    def with_section_text(self, key: str, text: str) -> Protocol:
        return dataclasses.replace(self, sections=tuple(
            dataclasses.replace(s, text=text) if s.key == key else s for s in self.sections
        ))

    def with_internal_note(self, key: str, text: str) -> Protocol:
        return dataclasses.replace(self, sections=tuple(
            dataclasses.replace(s, internal_note=text) if s.key == key else s
            for s in self.sections
        ))

    def with_actions(self, actions: Sequence[PlanAction]) -> Protocol:
        return dataclasses.replace(self, actions=tuple(actions))


def masked_personnummer(pnr: str | None) -> str:
    return mask(pnr) if pnr else ""


# --- what the wall shows -----------------------------------------------------------


@dataclass(frozen=True)
class ProjectedSection:
    key: str
    heading: str
    text: str


@dataclass(frozen=True)
class ProjectedAction:
    goal: str
    action: str
    who: str  # "Anna Berg, BUP Norrby"
    when: str


@dataclass(frozen=True)
class ProjectedReview:
    goal: str
    action: str
    who: str
    status: str  # "Genomförd", "Delvis genomförd", ...
    comment: str
    goal_status: str  # "Målet behålls", ...


@dataclass(frozen=True)
class ProjectedProtocol:
    """Everything the projector may show; nothing else ever reaches it."""

    title: str
    child_name: str
    personnummer: str  # masked
    meeting_line: str
    present: tuple[str, ...]
    sections: tuple[ProjectedSection, ...]
    actions: tuple[ProjectedAction, ...]
    review: tuple[ProjectedReview, ...] = ()
    next_meeting_line: str = ""
    actions_after: str = ""  # the section key the actions follow on the wall

    def texts(self) -> list[str]:
        """Every string on the wall, for tests and checks."""
        out = [self.title, self.child_name, self.personnummer, self.meeting_line,
               self.next_meeting_line, *self.present]
        for s in self.sections:
            out += [s.heading, s.text]
        for a in self.actions:
            out += [a.goal, a.action, a.who, a.when]
        for r in self.review:
            out += [r.goal, r.action, r.who, r.status, r.comment, r.goal_status]
        return out


def _who(protocol: Protocol, action: PlanAction) -> str:
    parts = [action.person_name.strip(), protocol.organisation_name(action.organisation_id)]
    return ", ".join(p for p in parts if p)


def meeting_line(protocol: Protocol) -> str:
    """'SIP-möte 23 november 2026 kl. 13.00–14.30, Ekbackaskolan' (words.meeting_line)."""
    line = (f"{protocol.meeting_kind.label} "
            f"{words.when(protocol.meeting_date, protocol.meeting_start, protocol.meeting_end)}")
    place = protocol.place.strip()
    return f"{line}, {place}" if place else line


def next_meeting_line(protocol: Protocol) -> str:
    """The booked follow-up as the signed plan writes it; '' when none is booked."""
    if protocol.next_follow_up_date is None:
        return ""
    return paper_meeting_line(Meeting(
        MeetingKind.FOLLOW_UP, protocol.next_follow_up_date, protocol.next_follow_up_start,
        protocol.next_follow_up_end, protocol.next_follow_up_place,
    ))


@lru_cache(maxsize=512)
def _masked(text: str) -> str:
    # Called on every keystroke for every section; unchanged sections hit the cache.
    return mask_in_text(text)


def projected(protocol: Protocol) -> ProjectedProtocol:
    """The protocol as the wall may show it: no internal notes, personnummer masked."""
    m = _masked
    sections = tuple(
        ProjectedSection(s.key, PLAIN_HEADINGS.get(s.key, s.title), m(s.text.strip()))
        for s in protocol.sections
    )
    carried_on = {GoalStatus.KEEP, GoalStatus.CHANGE}
    actions = tuple(
        ProjectedAction(m(a.goal.strip()), m(a.action.strip()), m(_who(protocol, a)),
                        m(a.due.strip()))
        for a in protocol.actions
        if (not a.is_review or a.goal_status in carried_on)
        and (a.goal.strip() or a.action.strip())
    )
    review = tuple(
        ProjectedReview(
            m(a.goal.strip()), m(a.action.strip()), m(_who(protocol, a)),
            REVIEW_LABELS.get(a.review_status, ""),
            m(a.review_comment.strip()),
            GOAL_LABELS.get(a.goal_status, "") if a.goal_status else "",
        )
        for a in protocol.review_actions
    )
    present = tuple(
        m(p.line) for p in protocol.participants if p.attendance is Attendance.PRESENT
    )
    keys = [s.key for s in protocol.sections]
    return ProjectedProtocol(
        title="Samordnad individuell plan",
        child_name=m(protocol.child_name),
        personnummer=protocol.personnummer_masked,
        meeting_line=m(meeting_line(protocol)),
        present=present,
        sections=sections,
        actions=actions,
        review=review,
        next_meeting_line=m(next_meeting_line(protocol)),
        actions_after="goals" if "goals" in keys else (keys[-1] if keys else ""),
    )


# --- the agenda and the clock -------------------------------------------------------


@dataclass(frozen=True)
class AgendaPart:
    key: str
    title: str
    minutes: int


def agenda(
    template: PlanTemplate | Protocol,
    minutes: Mapping[str, int] | None = None,
    *,
    follow_up: bool = False,
) -> list[AgendaPart]:
    """The meeting's parts in order with a time budget; `minutes` overrides the defaults.

    Formalities first, at a follow-up the review of the previous plan, then
    the template's sections, with the actions right after the goals. A
    Protocol works as well as a template (it has the same sections).
    """
    minutes = dict(minutes or {})

    def part(key: str, title: str) -> AgendaPart:
        budget = minutes.get(key, DEFAULT_MINUTES.get(key, DEFAULT_PART_MINUTES))
        return AgendaPart(key, title, max(0, int(budget)))

    parts = [part(FORMALITIES, "Närvaro och formalia")]
    if follow_up:
        parts.append(part(REVIEW, "Uppföljning av förra planen"))
    keys = [s.key for s in template.sections]
    after = "goals" if "goals" in keys else keys[-1]
    for section in template.sections:
        parts.append(part(section.key, section.title))
        if section.key == after:
            parts.append(part(ACTIONS, "Insatser: vem gör vad och när"))
    return parts


@dataclass(frozen=True)
class TimeStatus:
    current_key: str
    current_title: str
    elapsed_minutes: int
    planned_minutes: int  # the whole agenda
    part_minutes_left: int  # until the current part should be done; negative when over
    over_by_minutes: int  # 0 when on time
    message: str

    @property
    def on_time(self) -> bool:
        return self.over_by_minutes == 0


def time_status(
    parts: Sequence[AgendaPart],
    started_at: datetime,
    now: datetime,
    current_part: str,
) -> TimeStatus:
    """Where the meeting is against its budget: on time, or running over by N minutes.

    The current part should be done by the start plus the minutes of every
    part up to and including it; past that the meeting runs over.
    """
    elapsed = max(timedelta(0), now - started_at)
    planned = sum(p.minutes for p in parts)
    cumulative = 0
    title = ""
    own = 0  # the current part's own minutes
    for p in parts:
        cumulative += p.minutes
        if p.key == current_part:
            title, own = p.title, p.minutes
            break
    else:
        cumulative = planned
    planned_end = started_at + timedelta(minutes=cumulative)
    left = (planned_end - now).total_seconds() / 60
    left_minutes = int(left) if left >= 0 else -int(-left + 0.999)
    over = max(0, -left_minutes)
    elapsed_minutes = int(elapsed.total_seconds() // 60)
    if over:
        message = f"Mötet ligger {over} min efter tidsplanen."
    elif title and left_minutes > own:
        # Ahead of the plan: the time saved on earlier parts is not this part's time.
        message = (f"I tid, {left_minutes - own} min före tidsplanen. "
                   f"”{title}” har {own} min.")
    elif title:
        message = f"I tid. {left_minutes} min kvar av ”{title}”."
    else:
        message = "I tid."
    return TimeStatus(current_part, title, elapsed_minutes, planned, left_minutes, over, message)


__all__ = [
    "ACTIONS",
    "FORMALITIES",
    "REVIEW",
    "SUBSTITUTE_NOTE",
    "ActionRef",
    "AgendaPart",
    "Choice",
    "Formalities",
    "Participant",
    "ProjectedAction",
    "ProjectedProtocol",
    "ProjectedReview",
    "ProjectedSection",
    "Protocol",
    "PlanAction",
    "ProtocolSection",
    "TimeStatus",
    "agenda",
    "masked_personnummer",
    "meeting_line",
    "next_meeting_line",
    "projected",
    "time_status",
]
