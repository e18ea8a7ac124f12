"""Meetings, invitations, responses and attendance."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sipdesk.domain.consent import check_can_invite, invitation_kind
from sipdesk.domain.deadlines import answer_deadline
from sipdesk.domain.entities import Invitation, Meeting
from sipdesk.domain.enums import (
    Attendance,
    DeviationKind,
    InvitationKind,
    Response,
    SentVia,
)
from sipdesk.domain.errors import ValidationError
from sipdesk.services.cases import _event
from sipdesk.store import mapping
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace


class MeetingService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def schedule(self, case_id: int, meeting: Meeting) -> Meeting:
        if meeting.start and meeting.end and meeting.end <= meeting.start:
            raise ValidationError("Mötet måste sluta efter att det börjar.", field="end")
        with self._ws.transaction() as s:
            case = s.get(m.CaseRow, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            row = m.MeetingRow(
                kind=meeting.kind,
                date=meeting.date,
                start=meeting.start,
                end=meeting.end,
                place=meeting.place,
                mode=meeting.mode,
                purpose=meeting.purpose,
            )
            case.meetings.append(row)
            when = meeting.date.isoformat() if meeting.date else "datum ej satt"
            _event(case, "meeting", f"{meeting.kind.label} planerat ({when}).")
            s.flush()
            return mapping.meeting(row)

    def invite(
        self,
        meeting_id: int,
        *,
        person_id: int | None = None,
        guardian_id: int | None = None,
        child: bool = False,
        sent_on: date | None = None,
        sent_via: SentVia | None = None,
    ) -> Invitation:
        """Invite one participant; professionals only within the consent's scope."""
        if sum((person_id is not None, guardian_id is not None, child)) != 1:
            raise ValueError("invite exactly one of person, guardian or child")
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            meeting = self._meeting(s, meeting_id)
            case_row = meeting.case
            case = mapping.case(case_row)
            on = sent_on or self._ws.today()
            row = m.InvitationRow(
                response=Response.NO_ANSWER,
                attendance=Attendance.UNKNOWN,
                kind=InvitationKind.INVITATION,
                is_child=child,
            )
            if person_id is not None:
                person = case.person(person_id)
                if person is None:
                    raise ValidationError(
                        "Personen måste först läggas till i ärendets nätverk.", field="person"
                    )
                org = orgs.get(person.organisation_id)
                if org is not None:
                    check_can_invite(case, org, on)
                    row.kind = invitation_kind(org, settings)
                    row.organisation_id = org.id
                row.person_id = person.id
                row.invitee_name = person.name
                row.profession = person.profession
            elif guardian_id is not None:
                guardian = next((g for g in case.guardians if g.id == guardian_id), None)
                if guardian is None:
                    raise ValidationError("Vårdnadshavaren hör inte till ärendet.", "guardian")
                row.guardian_id = guardian.id
                row.invitee_name = guardian.name
                row.profession = "Vårdnadshavare"
            else:
                row.invitee_name = case.child.full_name
                row.profession = "Barnet"
            if sent_on is not None:
                row.sent_on = sent_on
                row.sent_via = sent_via
                row.answer_by = answer_deadline(sent_on, settings)
            meeting.invitations.append(row)
            _event(case_row, "invitation", f"{row.kind.label} till {row.invitee_name}.")
            s.flush()
            return mapping.invitation(row)

    def mark_sent(self, invitation_id: int, on: date, via: SentVia) -> Invitation:
        settings = self._ws.settings.deadlines()
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.sent_on, row.sent_via = on, via
            row.answer_by = answer_deadline(on, settings)
            _event(row.meeting.case, "invitation",
                   f"{row.kind.label} skickad till {row.invitee_name} ({via.label.lower()}).")
            return mapping.invitation(row)

    def record_response(
        self, invitation_id: int, response: Response, on: date, substitute_name: str = ""
    ) -> Invitation:
        if response is Response.SUBSTITUTE and not substitute_name.strip():
            raise ValidationError("Skriv vem som kommer som ersättare.", field="substitute")
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.response = response
            row.responded_on = on if response.is_answer else None
            row.substitute_name = substitute_name.strip()
            _event(row.meeting.case, "response", f"{row.invitee_name}: {response.label.lower()}.")
            return mapping.invitation(row)

    def record_attendance(self, invitation_id: int, attendance: Attendance) -> Invitation:
        """Attendance at the meeting; a no-show without notice opens a draft deviation."""
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.attendance = attendance
            case = row.meeting.case
            if attendance is Attendance.ABSENT_WITHOUT_NOTICE and row.organisation_id:
                case.deviations.append(
                    m.DeviationRow(
                        kind=DeviationKind.DID_NOT_ATTEND,
                        occurred_on=row.meeting.date or self._ws.today(),
                        organisation_id=row.organisation_id,
                        description=f"{row.invitee_name} ({row.profession}) kom inte "
                        "till mötet och hade inte lämnat återbud.",
                        draft=True,
                    )
                )
            _event(case, "attendance", f"{row.invitee_name}: {attendance.label.lower()}.")
            return mapping.invitation(row)

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> m.MeetingRow:
        row = s.get(m.MeetingRow, meeting_id)
        if row is None:
            raise ValidationError("Mötet finns inte.", field="meeting")
        return row

    @staticmethod
    def _invitation(s: Session, invitation_id: int) -> m.InvitationRow:
        row = s.get(m.InvitationRow, invitation_id)
        if row is None:
            raise ValidationError("Kallelsen finns inte.", field="invitation")
        return row
