"""Writing the plan live at a meeting: the protocol of one draft plan version.

Every write method is one transaction and safe to call from the store's
worker thread (the window calls them through sipdesk.ui.operations). Reading gives the
frozen `Protocol` read model of sipdesk.domain.protocol.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm.exc import StaleDataError

from sipdesk.domain.dates import check_date
from sipdesk.domain.entities import Invitation, Organisation, PlanAction, stored_id
from sipdesk.domain.enums import (
    Attendance,
    GoalStatus,
    MeetingKind,
    MeetingMode,
    PlanStatus,
    Response,
    ReviewStatus,
)
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.protocol import (
    ActionRef,
    Choice,
    Formalities,
    Participant,
    Protocol,
    ProtocolSection,
    masked_personnummer,
)
from sipdesk.domain.stages import plan_owner_problems
from sipdesk.domain.views import FollowUpBooking
from sipdesk.domain.words import long_date
from sipdesk.services.history import add_event
from sipdesk.services.plans import editable_plan_row, plan_row
from sipdesk.store import convert
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

# The columns of an action row the protocol may write.
ACTION_FIELDS = ("need", "goal", "action", "organisation_id", "person_name", "due")


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


class ProtocolService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # --- opening and reading -----------------------------------------------------

    def open(self, meeting_id: int) -> Protocol:
        """The draft plan version written at this meeting; started if there is none.

        If the case's latest version is signed, a new version starts; when a
        signed version exists its actions are carried over for review (done,
        partly, not done; goal kept, changed or closed).
        """
        with self._ws.transaction() as s:
            meeting = self._meeting(s, meeting_id)
            case = meeting.case
            latest = case.plans[-1] if case.plans else None
            if latest is not None and latest.status is PlanStatus.DRAFT:
                if latest.meeting_id is None:
                    latest.meeting_id = meeting.id
                return self._read(s, latest.id)
            if latest is not None and latest.meeting_id == meeting.id:
                return self._read(s, latest.id)  # signed at this meeting: shown, frozen
            case_id = case.id
        # start_version carries the signed version's actions over for review.
        plan = self._ws.plans.start_version(case_id, meeting_id)
        with self._ws.reading() as s:
            return self._read(s, stored_id(plan))

    def get(self, plan_id: int) -> Protocol:
        with self._ws.reading() as s:
            return self._read(s, plan_id)

    def _read(self, s: Session, plan_id: int) -> Protocol:
        row = s.get(m.PlanRow, plan_id)
        if row is None:
            raise ValidationError("Planen finns inte.", field="plan")
        case_row = row.case
        meeting = row.meeting or (case_row.meetings[-1] if case_row.meetings else None)
        if meeting is None:
            raise ValidationError("Planen hör inte till något möte.", field="meeting")
        template = self._ws.plans.templates.get(row.template_id, row.template_version)
        org_rows = s.query(m.OrganisationRow).order_by(m.OrganisationRow.name).all()
        orgs = {o.id: convert.organisation(o) for o in org_rows}
        case = convert.case(case_row)
        texts = {sec.key: sec for sec in row.sections}
        sections = tuple(
            ProtocolSection(
                key=t.key, title=t.title, help=t.help,
                text=texts[t.key].text if t.key in texts else "",
                internal_note=texts[t.key].internal_note if t.key in texts else "",
                version=texts[t.key].row_version if t.key in texts else 0,
            )
            for t in template.sections
        )
        actions = tuple(convert.plan_action(a) for a in row.actions)
        people = tuple(
            Choice(stored_id(p), p.name, ", ".join(x for x in (
                p.profession, orgs[p.organisation_id].display_name
                if p.organisation_id in orgs else "") if x))
            for p in case.network
        )
        participants = tuple(_participant(i, orgs) for i in meeting.invitations)
        follow_up = self._next_follow_up(case_row, meeting)
        return Protocol(
            plan_id=row.id,
            plan_version=row.version,
            case_id=case_row.id,
            case_reference=case_row.reference,
            child_name=case.child.full_name,
            personnummer_masked=masked_personnummer(case.child.personnummer),
            meeting_id=meeting.id,
            meeting_kind=meeting.kind,
            meeting_date=meeting.date,
            meeting_start=meeting.start,
            meeting_end=meeting.end,
            place=meeting.place,
            formalities=Formalities(
                consent_confirmed=row.consent_confirmed,
                plan_owner_id=case_row.plan_owner_id,
                plan_owner_problems=tuple(plan_owner_problems(case, orgs)),
                chair_id=case_row.chair_id,
                note_taker_id=meeting.note_taker_id,
            ),
            participants=participants,
            sections=sections,
            actions=actions,
            action_columns=tuple((c.key, c.title) for c in template.action_columns),
            people=people,
            organisations=tuple(
                Choice(stored_id(o), o.display_name, o.kind.label) for o in orgs.values()
            ),
            next_follow_up_date=follow_up.date if follow_up is not None else None,
            next_follow_up_place=follow_up.place if follow_up is not None else "",
            next_follow_up_start=follow_up.start if follow_up is not None else None,
            next_follow_up_end=follow_up.end if follow_up is not None else None,
            child_informed_on=row.child_informed_on,
            child_informed_by=row.child_informed_by,
            child_informed_how=row.child_informed_how,
            agenda_minutes=tuple(convert.agenda_minutes(meeting.agenda).items()),
            is_signed=row.status is PlanStatus.SIGNED,
            signed_on=row.signed_on,
        )

    @staticmethod
    def _next_follow_up(case: m.CaseRow, meeting: m.MeetingRow) -> m.MeetingRow | None:
        """The follow-up meeting booked after this one, if any."""
        later = [
            x for x in case.meetings
            if x.id != meeting.id and x.kind is MeetingKind.FOLLOW_UP
            and (x.date is None or meeting.date is None or x.date > meeting.date)
        ]
        return min(later, key=lambda x: (x.date or date.max, x.id), default=None)

    # --- sections ----------------------------------------------------------------

    def set_section(self, plan_id: int, key: str, text: str,
                    expected_version: int | None = None) -> int:
        """Store a section's text; the version it has now. EditConflict if a colleague
        changed it since `expected_version` (ProtocolSection.version) was read."""
        return self._ws.plans.set_section(plan_id, key, text, expected_version)

    def set_internal_note(self, plan_id: int, key: str, text: str) -> None:
        # The note is not versioned (only its writer sees it), but it shares a row with
        # the versioned text: a text stored in between is read again, never overwritten.
        try:
            self._set_internal_note(plan_id, key, text)
        except StaleDataError:
            self._set_internal_note(plan_id, key, text)

    def _set_internal_note(self, plan_id: int, key: str, text: str) -> None:
        with self._ws.transaction() as s:
            row = editable_plan_row(s, plan_id)
            template = self._ws.plans.templates.get(row.template_id, row.template_version)
            if key not in template.section_keys:
                raise ValidationError(f"Mallen har inget avsnitt som heter ”{key}”.", "section")
            section = next((x for x in row.sections if x.key == key), None)
            if section is None:
                row.sections.append(m.PlanSectionRow(key=key, text="", internal_note=text))
            else:
                section.internal_note = text

    # --- actions -------------------------------------------------------------------

    def add_action(self, plan_id: int, action: PlanAction | None = None,
                   ref: ActionRef | None = None) -> int:
        """A new row at the end (blank by default); returns its id and sets `ref.id`."""
        stored = self._ws.plans.add_action(plan_id, action or PlanAction(goal="", action=""))
        if ref is not None:
            ref.id = stored.id
        return stored_id(stored)

    def set_action(self, action: int | ActionRef, field: str, value: Any) -> None:
        """One cell of an action row: need, goal, action, organisation_id, person_name, due."""
        if field not in ACTION_FIELDS:
            raise ValueError(f"unknown action field {field!r}")
        with self._ws.transaction() as s:
            row = self._action_row(s, action)
            if field == "organisation_id":
                if value is not None and s.get(m.OrganisationRow, int(value)) is None:
                    raise ValidationError("Organisationen finns inte.", field="organisation")
                row.organisation_id = None if value is None else int(value)
            else:
                setattr(row, field, str(value or ""))

    def remove_action(self, action: int | ActionRef) -> None:
        with self._ws.transaction() as s:
            row = self._action_row(s, action)
            plan = row.plan
            plan.actions.remove(row)
            for position, other in enumerate(plan.actions):
                other.position = position

    def set_review(self, action: int | ActionRef, status: ReviewStatus, comment: str = "",
                   goal_status: GoalStatus | None = None) -> None:
        """The follow-up of one carried-over action: done, partly, not done; and its goal."""
        with self._ws.transaction() as s:
            row = self._action_row(s, action)
            row.review_status = ReviewStatus(status)
            row.review_comment = comment
            row.goal_status = GoalStatus(goal_status) if goal_status is not None else None

    # --- formalities and attendance ---------------------------------------------------

    def set_formalities(
        self,
        plan_id: int,
        *,
        consent_confirmed: bool = UNCHANGED,
        chair_id: int | None = UNCHANGED,
        note_taker_id: int | None = UNCHANGED,
        plan_owner_id: int | None = UNCHANGED,
    ) -> None:
        """Consent confirmed, chair, note-taker and plan owner; leave out what is unchanged."""
        with self._ws.transaction() as s:
            row = editable_plan_row(s, plan_id)
            case = row.case
            network = {n.person_id for n in case.network}
            for label, value in (("Mötesledaren", chair_id), ("Sekreteraren", note_taker_id),
                                 ("Samordningsansvarig", plan_owner_id)):
                if value is not UNCHANGED and value is not None and value not in network:
                    raise ValidationError(
                        f"{label} måste finnas i ärendets nätverk.", field="person"
                    )
            if consent_confirmed is not UNCHANGED:
                row.consent_confirmed = bool(consent_confirmed)
            if chair_id is not UNCHANGED:
                case.chair_id = chair_id
            if plan_owner_id is not UNCHANGED:
                case.plan_owner_id = plan_owner_id
            if note_taker_id is not UNCHANGED:
                meeting = row.meeting
                if meeting is None:
                    raise ValidationError("Planen hör inte till något möte.", field="meeting")
                meeting.note_taker_id = note_taker_id

    def record_attendance(self, invitation_id: int, attendance: Attendance) -> Invitation:
        return self._ws.meetings.record_attendance(invitation_id, attendance)

    # --- after the meeting ---------------------------------------------------------------

    def set_next_follow_up(self, plan_id: int, on: date | None, place: str = "") -> None:
        """Book (or move) the follow-up meeting after this one."""
        check_date(on, "Datumet för uppföljningen", field="follow_up")
        with self._ws.transaction() as s:
            row = editable_plan_row(s, plan_id)
            meeting = row.meeting
            if meeting is None:
                raise ValidationError("Planen hör inte till något möte.", field="meeting")
            if on is not None and meeting.date is not None and on <= meeting.date:
                raise ValidationError(
                    "Uppföljningen ska vara efter det här mötet.", field="follow_up"
                )
            follow = self._next_follow_up(row.case, meeting)
            if follow is None:
                if on is None:
                    return
                follow = m.MeetingRow(
                    kind=MeetingKind.FOLLOW_UP, date=on, place=place.strip(),
                    mode=MeetingMode(meeting.mode), purpose="Uppföljning av planen",
                    start=meeting.start, end=meeting.end,
                    convened_by_org_id=meeting.convened_by_org_id,  # who convened this one
                )
                row.case.meetings.append(follow)
                add_event(self._ws, row.case, "meeting",
                          f"Uppföljning bokad till {long_date(on)}.")
                return
            if follow.date != on and on is not None:
                add_event(self._ws, row.case, "meeting",
                          f"Uppföljningen flyttad till {long_date(on)}.")
            follow.date = on
            follow.place = place.strip()

    def book_follow_up(self, plan_id: int, on: date, start: time | None = None,
                       end: time | None = None, place: str = "") -> FollowUpBooking:
        """Book (or move) the follow-up after this plan's meeting, with the same people.

        Everyone invited to this meeting is put on the follow-up's list, ready to
        be invited: the invitations are made but not sent. Someone outside the
        consent's scope is left out, with the reason.
        """
        check_date(on, "Datumet för uppföljningen", field="follow_up")
        if start is not None and end is not None and end <= start:
            raise ValidationError("Mötet måste sluta efter att det börjar.", field="end")
        with self._ws.transaction() as s:
            row = plan_row(s, plan_id)
            meeting = row.meeting
            if meeting is None:
                raise ValidationError("Planen hör inte till något möte.", field="meeting")
            if meeting.date is not None and on <= meeting.date:
                raise ValidationError(
                    "Uppföljningen ska vara efter det här mötet.", field="follow_up")
            follow = self._next_follow_up(row.case, meeting)
            if follow is None:
                follow = m.MeetingRow(
                    kind=MeetingKind.FOLLOW_UP, mode=MeetingMode(meeting.mode),
                    purpose="Uppföljning av planen",
                    convened_by_org_id=meeting.convened_by_org_id)  # who convened this one
                row.case.meetings.append(follow)
                add_event(self._ws, row.case, "meeting",
                          f"Uppföljning bokad till {long_date(on)}.")
            elif follow.date != on:
                add_event(self._ws, row.case, "meeting",
                          f"Uppföljningen flyttad till {long_date(on)}.")
            follow.date = on
            # Without a time of its own it keeps the one it has, or this meeting's.
            follow.start = start if start is not None else (follow.start or meeting.start)
            follow.end = end if end is not None else (follow.end or meeting.end)
            follow.place = place.strip()
            s.flush()
            follow_id, keys, already = follow.id, *_same_people(meeting, follow)
        result = self._ws.meetings.invite_many(follow_id, keys)
        return FollowUpBooking(
            meeting=self._ws.meetings.get(follow_id),
            invited=tuple(i.invitee_name for i in result.invited),
            refused=tuple(result.refused),
            already=already,
        )

    def record_child_informed(self, plan_id: int, on: date | None, by: str, how: str) -> None:
        """How and by whom the child was told what was decided and how their views counted."""
        check_date(on, "Datumet då barnet fick veta", field="child_informed_on")
        with self._ws.transaction() as s:
            row = plan_row(s, plan_id)
            row.child_informed_on = on
            row.child_informed_by = by.strip()
            row.child_informed_how = how

    # --- rows ------------------------------------------------------------------------------

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> m.MeetingRow:
        row = s.get(m.MeetingRow, meeting_id)
        if row is None:
            raise ValidationError("Mötet finns inte.", field="meeting")
        return row


    def _action_row(self, s: Session, action: int | ActionRef) -> m.PlanActionRow:
        action_id = action.id if isinstance(action, ActionRef) else action
        row = s.get(m.PlanActionRow, action_id) if action_id is not None else None
        if row is None:
            raise ValidationError("Insatsraden finns inte.", field="action")
        if row.plan.status is PlanStatus.SIGNED:
            raise ValidationError(
                "Den här planversionen är undertecknad och kan inte ändras.", field="plan"
            )
        return row


def _same_people(meeting: m.MeetingRow, follow: m.MeetingRow
                 ) -> tuple[list[tuple[str, int]], tuple[str, ...]]:
    """The invitees of `meeting` as invite keys, less those already on `follow`'s list."""
    def key(inv: m.InvitationRow) -> tuple[str, int] | None:
        if inv.is_child:
            return ("child", 0)
        if inv.guardian_id is not None:
            return ("guardian", inv.guardian_id)
        if inv.person_id is not None:
            return ("person", inv.person_id)
        return None  # a person since removed from the directory

    on_list = {key(i) for i in follow.invitations}
    keys, already = [], []
    for inv in meeting.invitations:
        k = key(inv)
        if k is None or k in keys:
            continue
        if k in on_list:
            already.append(inv.invitee_name)
        else:
            keys.append(k)
    return keys, tuple(already)


def _participant(inv: m.InvitationRow, orgs: dict[int, Organisation]) -> Participant:
    org = orgs.get(inv.organisation_id) if inv.organisation_id is not None else None
    role = ", ".join(x for x in (inv.profession, org.display_name if org else "") if x)
    return Participant(
        invitation_id=inv.id, name=inv.invitee_name, role=role,
        attendance=inv.attendance, is_child=inv.is_child,
        substitute_name=(inv.substitute_name.strip()
                         if inv.response is Response.SUBSTITUTE else ""),
    )
