"""Who has answered an invitation, who is late, and what the coordinator should do.

The participant response tracker shows one TrackerRow per invitation of a
meeting; needs_action() lists, across all cases, every invitation that needs
the coordinator today. The rules of what is late come from deadlines.py (the
same rules the board's Today list uses), so the tracker and the Today list
never disagree; this module only arranges them per invitation.

Rules that deadlines.py does not have and that live here:
- the status of one invitation (NOT_SENT / WAITING / OVERDUE / ANSWERED);
- the warning shown when an invitation is about to be sent late;
- the checks of a meeting before it is scheduled or changed (a day off or a
  meeting longer than a working day is a warning; working_days.py knows the days);
- who of the case's network and family can be invited, and as what;
- how to reach each invitee (the call list): the person's phone and e-mail from
  the directory, a guardian's from the case, else the organisation's switchboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from sipdesk.domain import deadlines, words
from sipdesk.domain.consent import check_can_invite, invitation_kind
from sipdesk.domain.deadlines import (
    DeadlineSettings,
    DueKind,
    answer_due,
    is_late,
    latest_send_date,
)
from sipdesk.domain.entities import Case, Invitation, Meeting, Organisation, stored_id
from sipdesk.domain.enums import (
    Attendance,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    Response,
    SentVia,
)
from sipdesk.domain.errors import OutsideConsent
from sipdesk.domain.reach import reach_of
from sipdesk.domain.working_days import LONGEST_MEETING, day_off

NO_ORGANISATIONS: Mapping[int, Organisation] = {}


class TrackerStatus(StrEnum):
    NOT_SENT = "not_sent"
    WAITING = "waiting"
    OVERDUE = "overdue"
    ANSWERED = "answered"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    TrackerStatus.NOT_SENT: "Ej skickad",
    TrackerStatus.WAITING: "Väntar på svar",
    TrackerStatus.OVERDUE: "Svar saknas",
    TrackerStatus.ANSWERED: "Svarat",
}
# Overdue non-answers first, then what is still to be sent, then the waiting, then the done.
_STATUS_ORDER = {
    TrackerStatus.OVERDUE: 0,
    TrackerStatus.NOT_SENT: 1,
    TrackerStatus.WAITING: 2,
    TrackerStatus.ANSWERED: 3,
}


@dataclass(frozen=True)
class TrackerRow:
    """One invitee of one meeting, as the response tracker shows it."""

    invitation_id: int | None
    name: str
    profession: str
    organisation: str  # the organisation's display name; "" for the family
    organisation_id: int | None
    kind: InvitationKind
    sent_on: date | None
    sent_via: SentVia | None
    answer_by: date | None  # the invitation's own answer date, else the default one
    response: Response
    substitute_name: str
    contacted_on: date | None
    attendance: Attendance
    status: TrackerStatus
    days_overdue: int
    late_invitation: bool
    is_child: bool = False
    is_guardian: bool = False
    phone: str = ""  # whom to call: the person's or guardian's number, else the switchboard
    phone_is_switchboard: bool = False
    email: str = ""

    @property
    def phone_text(self) -> str:
        """'070-123 45 67', '010-123 00 00 (växel)', or '' when there is none."""
        if not self.phone:
            return ""
        return f"{self.phone} (växel)" if self.phone_is_switchboard else self.phone

    @property
    def response_label(self) -> str:
        if self.response is Response.SUBSTITUTE and self.substitute_name:
            return f"{self.response.label}: {self.substitute_name}"
        return self.response.label

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def is_overdue(self) -> bool:
        return self.status is TrackerStatus.OVERDUE

    @property
    def is_family(self) -> bool:
        return self.is_child or self.is_guardian

    @property
    def deviation_on_absence(self) -> bool:
        """An absence without notice opens a deviation only against an organisation."""
        return self.organisation_id is not None


def late_by(days: int) -> str:
    """'1 dag sen', '3 dagar sen': the words the Today list uses."""
    return "1 dag sen" if days == 1 else f"{days} dagar sen"


def invitation_status(
    invitation: Invitation, on: date, settings: DeadlineSettings | None = None
) -> tuple[TrackerStatus, int]:
    """The status of one invitation on `on`, and the days its answer is overdue.

    The answer date itself is not overdue; the day after it is (deadlines.py's rule).
    """
    if invitation.sent_on is None:
        return TrackerStatus.NOT_SENT, 0
    if invitation.response.is_answer:
        return TrackerStatus.ANSWERED, 0
    due = answer_due(invitation, settings)
    if due is not None and due < on:
        return TrackerStatus.OVERDUE, (on - due).days
    return TrackerStatus.WAITING, 0


def invitation_is_late(
    invitation: Invitation, meeting: Meeting, settings: DeadlineSettings | None = None
) -> bool:
    """Sent after the latest send date; a pre-meeting with the family has no lead time."""
    return meeting.kind is not MeetingKind.PRE_MEETING and is_late(invitation, meeting, settings)


def tracker_row(
    invitation: Invitation,
    meeting: Meeting,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    case: Case | None = None,
) -> TrackerRow:
    """`case` (the meeting's) gives the invitees' phone numbers and e-mail addresses."""
    status, days = invitation_status(invitation, on, settings)
    org = (
        organisations.get(invitation.organisation_id)
        if invitation.organisation_id is not None
        else None
    )
    reach = reach_of(invitation, case, org)
    return TrackerRow(
        invitation_id=invitation.id,
        name=invitation.invitee_name,
        profession=invitation.profession,
        organisation=org.display_name if org is not None else "",
        organisation_id=invitation.organisation_id,
        kind=invitation.kind,
        sent_on=invitation.sent_on,
        sent_via=invitation.sent_via,
        answer_by=answer_due(invitation, settings),
        response=invitation.response,
        substitute_name=invitation.substitute_name,
        contacted_on=invitation.contacted_on,
        attendance=invitation.attendance,
        status=status,
        days_overdue=days,
        late_invitation=invitation_is_late(invitation, meeting, settings),
        is_child=invitation.is_child,
        is_guardian=invitation.guardian_id is not None,
        phone=reach.phone,
        phone_is_switchboard=reach.phone_is_switchboard,
        email=reach.email,
    )


def tracker_rows(
    meeting: Meeting,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    case: Case | None = None,
) -> list[TrackerRow]:
    """Everyone invited to `meeting`: overdue non-answers first (most days first),
    then the unsent, the waiting (earliest answer date first), and those who answered.
    With the meeting's `case`, each row carries how to reach the invitee."""
    rows = [tracker_row(i, meeting, on, settings, organisations, case)
            for i in meeting.invitations]
    return sorted(rows, key=_row_key)


def _row_key(row: TrackerRow) -> tuple[int, int, date, str, int]:
    return (
        _STATUS_ORDER[row.status],
        -row.days_overdue,
        row.answer_by or date.max,
        row.name.casefold(),
        row.invitation_id or 0,
    )


def summary(rows: Iterable[TrackerRow]) -> str:
    """'6 inbjudna · 3 kommer · 1 svar saknas · 1 ej skickad', for the tracker's heading."""
    rows = list(rows)
    if not rows:
        return "Ingen är inbjuden ännu."
    coming = sum(
        1 for r in rows if r.response in (Response.ACCEPTED, Response.SUBSTITUTE, Response.REMOTE)
    )
    declined = sum(1 for r in rows if r.response is Response.DECLINED)
    parts = [f"{len(rows)} inbjudna", f"{coming} kommer"]
    if declined:
        parts.append(f"{declined} kommer inte")
    overdue = sum(1 for r in rows if r.status is TrackerStatus.OVERDUE)
    waiting = sum(1 for r in rows if r.status is TrackerStatus.WAITING)
    unsent = sum(1 for r in rows if r.status is TrackerStatus.NOT_SENT)
    late = sum(1 for r in rows if r.late_invitation)
    if overdue:
        parts.append(f"{overdue} svar saknas")
    if waiting:
        parts.append(f"{waiting} väntar på svar")
    if unsent:
        parts.append(f"{unsent} ej skickad" if unsent == 1 else f"{unsent} ej skickade")
    if late:
        parts.append(f"{late} sen kallelse" if late == 1 else f"{late} sena kallelser")
    return " · ".join(parts)


# --- across all cases: what needs action today ------------------------------------


@dataclass(frozen=True)
class ActionRow:
    """One invitation that needs the coordinator today, with its case and meeting."""

    case_id: int | None
    case_reference: str
    child_name: str
    meeting_id: int | None
    meeting_kind: MeetingKind
    meeting_date: date
    due_kind: DueKind  # CHASE_ANSWER, LATE_INVITATION or SEND_INVITATIONS
    due: date
    overdue: bool
    days_overdue: int
    text: str
    row: TrackerRow

    @property
    def invitation_id(self) -> int | None:
        return self.row.invitation_id


def needs_action(
    cases: Iterable[Case],
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[ActionRow]:
    """Every invitation that needs action on `on`, most overdue first.

    - an answer past its date from someone not phoned in the last few days
      (deadlines.CHASE_AGAIN_DAYS), and a late invitation whose answer is still
      awaited: the very items of the board's Today list, one per invitation;
    - an invitation not yet sent when the latest send date is today or past:
      the Today list's "Skicka kallelser" item, split per invitee.

    Archived cases and meetings already held need nothing, as in the Today list.
    """
    settings = settings if settings is not None else DeadlineSettings()
    found: list[ActionRow] = []
    for case in cases:
        if case.archived:
            continue
        for meeting in case.meetings:
            day = meeting.date
            if day is None or day < on:
                continue
            for invitation in meeting.invitations:
                found.extend(
                    _actions(case, meeting, day, invitation, on, settings, organisations)
                )
    return sorted(found, key=lambda a: (not a.overdue, -a.days_overdue, a.due,
                                        a.case_reference, a.row.name.casefold()))


def _actions(
    case: Case,
    meeting: Meeting,
    day: date,
    invitation: Invitation,
    on: date,
    settings: DeadlineSettings,
    organisations: Mapping[int, Organisation],
) -> list[ActionRow]:
    row = tracker_row(invitation, meeting, on, settings, organisations, case)
    items: list[tuple[DueKind, date, bool, str]] = []
    if invitation.sent_on is None:
        if meeting.kind is not MeetingKind.PRE_MEETING:
            latest = latest_send_date(day, settings)
            if latest <= on:
                what = "kallelsen" if invitation.kind is InvitationKind.SUMMONS else "inbjudan"
                text = f"Skicka {what} till {_who(row)} (senast {latest.isoformat()}"
                text += f", {late_by((on - latest).days)})." if latest < on else ", i dag)."
                items.append((DueKind.SEND_INVITATIONS, latest, latest < on, text))
    else:
        # The Today list's own rule for one invitation: chase the answer, or
        # confirm a late invitation. Reused, not copied, so both always agree.
        items.extend(
            deadlines.answer_items(invitation, meeting, on, settings, organisations)
        )
    return [
        ActionRow(
            case_id=case.id,
            case_reference=case.reference,
            child_name=case.child.full_name,
            meeting_id=meeting.id,
            meeting_kind=meeting.kind,
            meeting_date=day,
            due_kind=kind,
            due=due,
            overdue=overdue,
            days_overdue=max((on - due).days, 0) if overdue else 0,
            text=text,
            row=row,
        )
        for kind, due, overdue, text in items
    ]


def _who(row: TrackerRow) -> str:
    return f"{row.name}, {row.organisation}" if row.organisation else row.name


# --- sending ------------------------------------------------------------------------


def send_warning(
    meeting: Meeting, sent_on: date, settings: DeadlineSettings | None = None
) -> str | None:
    """The Swedish warning when an invitation sent on `sent_on` is late; None when on time.

    21 days before the meeting (by default) is on time, 20 days is late.
    """
    if meeting.date is None:
        return None
    probe = Invitation(invitee_name="", kind=InvitationKind.INVITATION, sent_on=sent_on)
    if not invitation_is_late(probe, meeting, settings):
        return None
    lead = settings.invitation_lead_days if settings else DeadlineSettings().invitation_lead_days
    latest = latest_send_date(meeting.date, settings)
    days = (meeting.date - sent_on).days
    if days < 0:
        return f"Mötet {meeting.date.isoformat()} har redan hållits."
    return (
        f"Sen kallelse: den skickas {days} dagar före mötet, men ska skickas minst "
        f"{lead} dagar före (senast {latest.isoformat()}). Ring också och bekräfta "
        "att tiden passar."
    )


# --- checking a meeting before it is stored --------------------------------------


@dataclass(frozen=True)
class Problem:
    """One finding about a form: an error stops saving, a warning only informs."""

    field: str
    message: str
    error: bool = True


def meeting_problems(meeting: Meeting, on: date, *, is_new: bool) -> list[Problem]:
    """Errors and warnings for a meeting about to be scheduled (is_new) or changed."""
    problems: list[Problem] = []
    if meeting.start is not None and meeting.end is not None and meeting.end <= meeting.start:
        problems.append(Problem("end", "Mötet måste sluta efter att det börjar."))
    if meeting.kind is not MeetingKind.PRE_MEETING and not meeting.purpose.strip():
        problems.append(
            Problem("purpose", "Skriv mötets syfte: vilken fråga ska SIP-mötet besvara?")
        )
    if meeting.mode is MeetingMode.VIDEO and not meeting.place.strip():
        problems.append(Problem("place", "Skriv länken till videomötet.", error=False))
    elif meeting.mode is MeetingMode.IN_PERSON and not meeting.place.strip():
        problems.append(Problem("place", "Skriv var mötet hålls.", error=False))
    date_warnings: list[str] = []
    if is_new and meeting.date is not None and meeting.date < on:
        date_warnings.append(f"Datumet {meeting.date.isoformat()} har redan varit. Stämmer det?")
    if meeting.date is not None and (off := day_off(meeting.date)) is not None:
        date_warnings.append(f"{words.long_date(meeting.date)} är {off}. Stämmer datumet?")
    if date_warnings:  # one line under the date field, which shows one problem
        problems.append(Problem("date", " ".join(date_warnings), error=False))
    if meeting.start is not None and meeting.end is not None:
        length = _minutes(meeting.end) - _minutes(meeting.start)
        if length > LONGEST_MEETING // timedelta(minutes=1):
            problems.append(
                Problem(
                    "end",
                    f"Mötet varar i {_duration(length)}, längre än en arbetsdag. "
                    "Stämmer tiderna?",
                    error=False,
                )
            )
    return problems


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _duration(minutes: int) -> str:
    """'17 timmar', '8 timmar och 30 minuter'."""
    hours, rest = divmod(minutes, 60)
    text = "1 timme" if hours == 1 else f"{hours} timmar"
    return f"{text} och {rest} minuter" if rest else text


# --- who can be invited ------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """Someone of the case's network or family who can (or cannot) be invited."""

    key: tuple[str, int]  # ("person", id), ("guardian", id) or ("child", 0)
    name: str
    role: str  # profession, "Vårdnadshavare" or "Barnet"
    organisation: str
    kind: InvitationKind
    allowed: bool
    reason: str = ""  # why not, in Swedish
    already_invited: bool = False


def invite_candidates(
    case: Case,
    meeting: Meeting,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
) -> list[Candidate]:
    """The child, the guardians and the network, each with kallelse or inbjudan,
    and for an organisation outside the consent's scope the reason it cannot be invited."""
    invited_people = {i.person_id for i in meeting.invitations if i.person_id is not None}
    invited_guardians = {i.guardian_id for i in meeting.invitations if i.guardian_id is not None}
    child_invited = any(i.is_child for i in meeting.invitations)
    found = [
        Candidate(("child", 0), case.child.full_name, "Barnet", "",
                  InvitationKind.INVITATION, True, already_invited=child_invited)
    ]
    for guardian in case.guardians:
        found.append(
            Candidate(("guardian", stored_id(guardian)), guardian.name, "Vårdnadshavare", "",
                      InvitationKind.INVITATION, True,
                      already_invited=guardian.id in invited_guardians)
        )
    for person in case.network:
        org = organisations.get(person.organisation_id) if person.organisation_id else None
        reason = ""
        try:
            check_can_invite(case, org, on)
        except OutsideConsent as refused:
            reason = str(refused)
        found.append(
            Candidate(
                ("person", stored_id(person)), person.name, person.profession,
                org.display_name if org else "", invitation_kind(org, settings),
                not reason, reason, already_invited=person.id in invited_people,
            )
        )
    return found
