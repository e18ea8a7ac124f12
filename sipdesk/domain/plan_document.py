"""What the signed plan, the attendance list and the family version say.

The content is decided here, once, from the case, the plan version, the
template that version was written with, its meeting and the organisations;
sipdesk.export only lays it out. Rules decided here:

* The plan for signing is the legal record: full personnummer of the child,
  every section of the plan's own template version (never a newer one), every
  action with organisation AND named person, the follow-up review where there
  is one, who was present, and signature lines.
* Internal notes are never part of any document.
* The family version uses plain words, no personnummer (free text is masked
  as well), and names only this child's own network.
* No law paragraph numbers anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sipdesk.domain.entities import Case, Invitation, Meeting, Organisation, Plan, PlanSignature
from sipdesk.domain.enums import (
    Attendance,
    GoalStatus,
    MeetingKind,
    Participation,
    Response,
    ReviewStatus,
    SigningMethod,
)
from sipdesk.domain.fingerprint import plan_fingerprint, short_fingerprint
from sipdesk.domain.personnummer import mask_in_text
from sipdesk.domain.template import PlanTemplate
from sipdesk.domain.words import clock, long_date, time_range

GUARDIAN_ROLE = "Vårdnadshavare"
CHILD_ROLE = "Barnet"
FAMILY_ORG = "Familjen"

MEETING_KINDS = {
    MeetingKind.FIRST_SIP: "Första SIP-mötet",
    MeetingKind.FOLLOW_UP: "Uppföljning av SIP",
    MeetingKind.PRE_MEETING: "Förmöte",
}

# The enum's own words, so the editor, the wall and the paper say the same.
REVIEW_LABELS = {
    status: "" if status is ReviewStatus.NOT_REVIEWED else status.label
    for status in ReviewStatus
}
GOAL_LABELS = {
    GoalStatus.KEEP: "Målet behålls",
    GoalStatus.CHANGE: "Målet ändras",
    GoalStatus.CLOSE: "Målet avslutas",
}

SIGNING_TEXT = (
    "Genom att skriva under bekräftar du att du har varit med när planen togs fram och "
    "att planen beskriver det som bestämdes. Verksamheterna åtar sig de insatser som "
    "står under deras namn."
)

ADJUSTING_TEXT = (
    "Planen är justerad: de som står nedan har läst den och bekräftar att den beskriver "
    "det som bestämdes på mötet. Verksamheterna åtar sig de insatser som står under deras namn."
)


@dataclass(frozen=True)
class SectionBlock:
    key: str
    title: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    number: int
    need: str
    goal: str
    action: str
    organisation: str
    person: str
    due: str
    review: str = ""  # "Genomförd" / "Delvis genomförd" / "Inte genomförd", or ""
    review_comment: str = ""
    goal_status: str = ""  # "Målet behålls" ..., or ""

    @property
    def reviewed(self) -> bool:
        return bool(self.review or self.review_comment or self.goal_status)


@dataclass(frozen=True)
class PersonLine:
    """One person on a document: name, role (profession or family role), organisation.

    Who the line is for is kept by identity (the invitation, the guardian, the
    network person, or the child), never by name: a guardian may have the
    child's name.
    """

    name: str
    role: str = ""
    organisation: str = ""
    note: str = ""  # e.g. "ersättare för Anna Berg"
    invitation_id: int | None = None
    guardian_id: int | None = None
    person_id: int | None = None
    is_child: bool = False

    @property
    def description(self) -> str:
        """'psykolog, BUP Norrby (ersättare för Anna Berg)': what a signature's role says."""
        text = ", ".join(x for x in (self.role, self.organisation) if x)
        if self.note:
            text = f"{text} ({self.note})" if text else self.note
        return text


@dataclass(frozen=True)
class PlanDocument:
    case_reference: str
    child_name: str
    child_personnummer: str  # full: this is the signed record ("" if the child has none)
    child_birth_date: str
    version: int
    is_signed: bool
    status: str
    signed_on: str
    fingerprint: str
    short_fingerprint: str
    template_name: str
    meeting_kind: str
    meeting_date: str
    meeting_time: str
    place: str
    mode: str
    chair: PersonLine | None
    note_taker: PersonLine | None
    plan_owner: PersonLine | None
    coordinator: str
    sections: tuple[SectionBlock, ...]
    action_columns: tuple[tuple[str, str], ...]  # (key, title) in the template's order
    actions: tuple[ActionRow, ...]
    next_follow_up: str
    present: tuple[PersonLine, ...]
    absent: tuple[PersonLine, ...]
    consent: str
    signatories: tuple[PersonLine, ...]
    # For a signed version: how, when and by whom it was signed, in one sentence.
    signed_how: str = ""
    adjusted: bool = False  # signed as "justerad": the lines are the adjusters'

    @property
    def has_review(self) -> bool:
        return any(a.reviewed for a in self.actions)

    @property
    def version_label(self) -> str:
        """'Plan version 2 · a1b2-c3d4-e5f6', as on every page."""
        return f"Plan version {self.version} · {self.short_fingerprint}"

    @property
    def title(self) -> str:
        return "Samordnad individuell plan (SIP)"


def organisation_names(organisations: Mapping[int, Organisation]) -> dict[int, str]:
    return {oid: org.display_name for oid, org in organisations.items()}


def fingerprint_of(
    case: Case, plan: Plan, template: PlanTemplate, organisations: Mapping[int, Organisation]
) -> str:
    """The stored fingerprint of a signed version, else the one its content gives now."""
    if plan.is_signed and plan.fingerprint:
        return plan.fingerprint
    return plan_fingerprint(
        case.reference, plan, template.section_keys, organisation_names(organisations)
    )


def meeting_of(case: Case, plan: Plan) -> Meeting | None:
    """The meeting the plan was written at, or the latest SIP meeting up to its signing."""
    if plan.meeting_id is not None:
        found = next((m for m in case.meetings if m.id == plan.meeting_id), None)
        if found is not None:
            return found
    sip = [
        (m.date, m)
        for m in case.meetings
        if m.kind is not MeetingKind.PRE_MEETING and m.date is not None
        and (plan.signed_on is None or m.date <= plan.signed_on)
    ]
    return max(sip, key=lambda dated: dated[0])[1] if sip else None


def next_follow_up(case: Case, meeting: Meeting | None) -> Meeting | None:
    after = meeting.date if meeting is not None and meeting.date is not None else None
    later = [
        (m.date, m)
        for m in case.meetings
        if m.kind is MeetingKind.FOLLOW_UP and m.date is not None
        and (after is None or m.date > after)
    ]
    return min(later, key=lambda dated: dated[0])[1] if later else None


def _org(organisations: Mapping[int, Organisation], org_id: int | None) -> str:
    org = organisations.get(org_id) if org_id is not None else None
    return org.display_name if org is not None else ""


def _staff(
    case: Case, person_id: int | None, organisations: Mapping[int, Organisation]
) -> PersonLine | None:
    person = case.person(person_id) if person_id is not None else None
    if person is None:
        return None
    return PersonLine(person.name, person.profession, _org(organisations, person.organisation_id))


def attendee(
    inv: Invitation, organisations: Mapping[int, Organisation], *, came: bool = True
) -> PersonLine:
    """The person on the list; a substitute who came signs in their own name."""
    name, note = inv.invitee_name, ""
    person_id = inv.person_id
    if came and inv.response is Response.SUBSTITUTE and inv.substitute_name.strip():
        name, note = inv.substitute_name.strip(), f"ersättare för {inv.invitee_name}"
        person_id = None  # the one who came is not the invited person
    if inv.is_child:
        role, org = CHILD_ROLE, FAMILY_ORG
    elif inv.guardian_id is not None:
        role, org = GUARDIAN_ROLE, FAMILY_ORG
    else:
        role, org = inv.profession, _org(organisations, inv.organisation_id)
    return PersonLine(name, role, org, note, invitation_id=inv.id,
                      guardian_id=inv.guardian_id, person_id=person_id, is_child=inv.is_child)


def due_text(due: str) -> str:
    """An ISO date as '1 februari 2027'; free text ('v. 12', 'före jul') as written."""
    text = due.strip()
    try:
        return long_date(date.fromisoformat(text))
    except ValueError:
        return text


def meeting_line(meeting: Meeting | None) -> str:
    if meeting is None or meeting.date is None:
        return ""
    parts = [long_date(meeting.date, weekday=True)]
    if meeting.start is not None:
        parts.append(time_range(meeting.start, meeting.end))
    if meeting.place.strip():
        parts.append(meeting.place.strip())
    return ", ".join(parts)


def _consent_text(case: Case, plan: Plan, on: date | None) -> str:
    if plan.consent_confirmed:
        return "Samtycket till samordningen bekräftades på mötet."
    active = case.active_consents(on) if on is not None else []
    if active:
        latest = max(active, key=lambda c: c.given_on)
        return (
            f"Samtycke finns ({latest.form.label.lower()}, lämnat {long_date(latest.given_on)}). "
            "Det bekräftades inte särskilt på mötet."
        )
    return "Samtycket har inte bekräftats i planen."


def build_plan_document(
    case: Case,
    plan: Plan,
    template: PlanTemplate,
    organisations: Mapping[int, Organisation],
    meeting: Meeting | None = None,
) -> PlanDocument:
    """The plan for signing, as the PDF shows it. `template` must be the plan's own."""
    if (template.id, template.version) != (plan.template_id, plan.template_version):
        raise ValueError("the plan must be rendered with the template it was written with")
    meeting = meeting if meeting is not None else meeting_of(case, plan)
    fingerprint = fingerprint_of(case, plan, template, organisations)
    sections = tuple(
        SectionBlock(s.key, s.title, plan.sections.get(s.key, "")) for s in template.sections
    )
    actions = tuple(
        ActionRow(
            number=n,
            need=a.need,
            goal=a.goal,
            action=a.action,
            organisation=_org(organisations, a.organisation_id),
            person=a.person_name,
            due=due_text(a.due),
            review=REVIEW_LABELS.get(a.review_status, ""),
            review_comment=a.review_comment,
            goal_status=GOAL_LABELS.get(a.goal_status, "") if a.goal_status else "",
        )
        for n, a in enumerate(plan.actions, start=1)
    )
    invitations = meeting.invitations if meeting is not None else []
    present = tuple(
        attendee(i, organisations) for i in invitations if i.attendance is Attendance.PRESENT
    )
    lines = signatories(case, invitations, organisations)
    if plan.is_signed and plan.signatures:
        lines = tuple(signed_line(sig) for sig in plan.signatures)
    absent = tuple(
        attendee(i, organisations, came=False)
        for i in invitations
        if i.attendance in (Attendance.ABSENT_WITH_NOTICE, Attendance.ABSENT_WITHOUT_NOTICE)
    )
    follow = next_follow_up(case, meeting)
    day = meeting.date if meeting is not None else plan.signed_on
    return PlanDocument(
        case_reference=case.reference,
        child_name=case.child.full_name,
        child_personnummer=case.child.personnummer or "",
        child_birth_date=long_date(case.child.birth_date),
        version=plan.version,
        is_signed=plan.is_signed,
        status=plan.status.label,
        signed_on=long_date(plan.signed_on),
        fingerprint=fingerprint,
        short_fingerprint=short_fingerprint(fingerprint),
        template_name=f"{template.name}, version {template.version}",
        meeting_kind=MEETING_KINDS.get(meeting.kind, "") if meeting is not None else "",
        meeting_date=long_date(meeting.date) if meeting is not None else "",
        meeting_time=(
            f"{clock(meeting.start)}–{clock(meeting.end)}" if meeting and meeting.start
            and meeting.end else clock(meeting.start) if meeting and meeting.start else ""
        ),
        place=meeting.place.strip() if meeting is not None else "",
        mode=meeting.mode.label if meeting is not None else "",
        chair=_staff(case, case.chair_id, organisations),
        note_taker=_staff(case, meeting.note_taker_id if meeting else None, organisations),
        plan_owner=_staff(case, case.plan_owner_id, organisations),
        coordinator=case.coordinator,
        sections=sections,
        action_columns=tuple((c.key, c.title) for c in template.action_columns),
        actions=actions,
        next_follow_up=meeting_line(follow),
        present=present,
        absent=absent,
        consent=_consent_text(case, plan, day),
        signatories=lines,
        signed_how=signed_how(plan),
        adjusted=plan.is_signed and plan.signing_method is SigningMethod.ADJUSTED,
    )


def signatories(
    case: Case, invitations: list[Invitation], organisations: Mapping[int, Organisation]
) -> tuple[PersonLine, ...]:
    """Everyone present, then guardians who were not, then the child where it applies.

    Matched by identity, not by name: a guardian with the child's name keeps
    her line whoever of the two was there.
    """
    present = [i for i in invitations if i.attendance is Attendance.PRESENT]
    lines = [attendee(i, organisations) for i in present]
    guardians_present = {i.guardian_id for i in present if i.guardian_id is not None}
    for guardian in case.guardians:
        if guardian.id is None or guardian.id not in guardians_present:
            lines.append(PersonLine(guardian.name, GUARDIAN_ROLE, FAMILY_ORG,
                                    guardian_id=guardian.id))
    child_present = any(i.is_child for i in present)
    child_takes_part = case.participation in (
        Participation.PRESENT, Participation.PART_OF_MEETING
    )
    if child_takes_part and not child_present:
        lines.append(PersonLine(case.child.full_name, CHILD_ROLE, FAMILY_ORG, is_child=True))
    return tuple(lines)


def signer_line(
    case: Case, guardian_id: int | None, person_id: int | None, child: bool,
    organisations: Mapping[int, Organisation],
) -> PersonLine | None:
    """The line of a guardian, a network person or the child of the case, by identity."""
    if guardian_id is not None:
        guardian = next((g for g in case.guardians if g.id == guardian_id), None)
        return None if guardian is None else PersonLine(
            guardian.name, GUARDIAN_ROLE, FAMILY_ORG, guardian_id=guardian.id)
    if person_id is not None:
        person = case.person(person_id)
        return None if person is None else PersonLine(
            person.name, person.profession, _org(organisations, person.organisation_id),
            person_id=person.id)
    if child:
        return PersonLine(case.child.full_name, CHILD_ROLE, FAMILY_ORG, is_child=True)
    return None


def signed_line(sig: PlanSignature) -> PersonLine:
    """A stored signature as a line of the signed plan (its role says the rest)."""
    return PersonLine(sig.name, sig.role, "", "", invitation_id=sig.invitation_id,
                      guardian_id=sig.guardian_id, person_id=sig.person_id,
                      is_child=sig.is_child)


def names_in_words(names: list[str]) -> str:
    """'Anna Berg, Johan Ek och Maria Lind'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


def signed_how(plan: Plan) -> str:
    """'Undertecknad på papper 21 december 2026 av Anna Berg och Maria Lind.'; '' for a draft."""
    if not plan.is_signed:
        return ""
    names = names_in_words([s.name for s in plan.signatures])
    by = f" av {names}" if names else ""
    when = f" {long_date(plan.signed_on)}" if plan.signed_on else ""
    if plan.signing_method is SigningMethod.ADJUSTED:
        return f"Justerad{when}{by}."
    if plan.signing_method is SigningMethod.PAPER:
        return f"Undertecknad på papper{when}{by}."
    return f"Undertecknad{when}{by}."


# --- the attendance list ------------------------------------------------------


@dataclass(frozen=True)
class AttendanceList:
    case_reference: str
    child_name: str
    meeting_kind: str
    date: str
    time: str
    place: str
    mode: str
    chair: str
    rows: tuple[PersonLine, ...]
    blank_rows: int


def build_attendance_list(
    case: Case, meeting: Meeting, organisations: Mapping[int, Organisation], blank_rows: int = 4
) -> AttendanceList:
    """One row per invitee (for signing on arrival), plus empty rows for the unexpected."""
    rows = []
    for inv in meeting.invitations:
        line = attendee(inv, organisations)
        if inv.response is Response.SUBSTITUTE and inv.substitute_name.strip():
            line = PersonLine(inv.substitute_name.strip(), inv.profession,
                              _org(organisations, inv.organisation_id),
                              f"ersättare för {inv.invitee_name}")
        rows.append(line)
    chair = _staff(case, case.chair_id, organisations)
    return AttendanceList(
        case_reference=case.reference,
        child_name=case.child.full_name,
        meeting_kind=MEETING_KINDS.get(meeting.kind, ""),
        date=long_date(meeting.date),
        time=(time_range(meeting.start, meeting.end) if meeting.start else ""),
        place=meeting.place.strip(),
        mode=meeting.mode.label,
        chair=chair.name if chair else "",
        rows=tuple(rows),
        blank_rows=max(0, blank_rows),
    )


# --- the family version ---------------------------------------------------------


@dataclass(frozen=True)
class FamilyTask:
    """One 'vem gör vad och när' line in plain words."""

    who: str
    what: str
    when: str
    why: str  # the goal it works towards


@dataclass(frozen=True)
class FamilyPlan:
    case_reference: str
    child_first_name: str
    greeting: str
    intro: str
    child_voice: str
    goals: str
    family_part: str
    tasks: tuple[FamilyTask, ...]
    next_meeting: str
    contact: str
    version: int
    short_fingerprint: str


def _plain(text: str) -> str:
    return mask_in_text(text.strip())


def build_family_plan(
    case: Case,
    plan: Plan,
    template: PlanTemplate,
    organisations: Mapping[int, Organisation],
    meeting: Meeting | None = None,
) -> FamilyPlan:
    """The same decisions for the child and the guardians: who does what, and when."""
    doc = build_plan_document(case, plan, template, organisations, meeting)
    first = case.child.first_name or case.child.full_name
    tasks = []
    for a in plan.actions:
        org = organisations.get(a.organisation_id) if a.organisation_id is not None else None
        where = org.display_name if org is not None else ""
        who = a.person_name.strip()
        if who and where:
            who = f"{who} på {where}"
        tasks.append(FamilyTask(
            who=_plain(who or where or "Inte bestämt ännu"),
            what=_plain(a.action),
            when=_plain(due_text(a.due)) or "Inte bestämt ännu",
            why=_plain(a.goal),
        ))
    owner = doc.plan_owner
    contact = (
        f"Har ni frågor om planen? Hör av er till {owner.name}"
        + (f" på {owner.organisation}" if owner.organisation else "")
        + ". Hen har huvudansvaret för att planen blir av."
        if owner is not None
        else "Har ni frågor om planen? Hör av er till den som ledde mötet."
    )
    when = f" den {doc.meeting_date}" if doc.meeting_date else ""
    return FamilyPlan(
        case_reference=case.reference,
        child_first_name=first,
        greeting=f"Det här bestämde vi – planen för {first}",
        intro=(
            f"Vi träffades{when} för att göra en plan tillsammans. Här står det vi kom "
            "överens om: vem som gör vad, och när. Spara papperet."
        ),
        child_voice=_plain(plan.sections.get("child_voice", "")),
        goals=_plain(plan.sections.get("goals", "")),
        family_part=_plain(plan.sections.get("family_part", "")),
        tasks=tuple(tasks),
        next_meeting=_plain(doc.next_follow_up),
        contact=contact,
        version=plan.version,
        short_fingerprint=doc.short_fingerprint,
    )
