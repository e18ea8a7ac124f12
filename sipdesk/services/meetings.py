"""Meetings, invitations, responses and attendance."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sipdesk.domain import responses, words
from sipdesk.domain.consent import check_can_invite, invitation_kind
from sipdesk.domain.dates import check_date
from sipdesk.domain.deadlines import answer_deadline
from sipdesk.domain.entities import Deviation, Invitation, Meeting
from sipdesk.domain.enums import (
    Attendance,
    DeviationKind,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    Response,
    SentVia,
)
from sipdesk.domain.errors import OutsideConsent, ValidationError
from sipdesk.domain.responses import ActionRow, Candidate, Problem, TrackerRow
from sipdesk.domain.views import InviteResult, MeetingContext
from sipdesk.services.history import add_event
from sipdesk.store import convert
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace


def _meeting_fields(row: m.MeetingRow, meeting: Meeting) -> None:
    row.kind = MeetingKind(meeting.kind)
    row.date = meeting.date
    row.start = meeting.start
    row.end = meeting.end
    row.place = meeting.place.strip()
    row.mode = MeetingMode(meeting.mode)
    row.purpose = meeting.purpose.strip()
    row.convened_by_org_id = meeting.convened_by_org_id


def _when(meeting: Meeting | m.MeetingRow) -> str:
    """'21 december 2026 kl. 13.00–14.30', as every document writes the meeting."""
    return words.meeting_when(meeting)


class MeetingService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # --- reading ---------------------------------------------------------------

    def get(self, meeting_id: int) -> Meeting:
        with self._ws.reading() as s:
            return convert.meeting(self._meeting(s, meeting_id))

    def context(self, meeting_id: int) -> MeetingContext:
        with self._ws.reading() as s:
            row = self._meeting(s, meeting_id)
            case = row.case
            return MeetingContext(
                case_id=case.id,
                case_reference=case.reference,
                child_name=f"{case.child_first_name} {case.child_last_name}".strip(),
                case_question=case.question,
                meeting=convert.meeting(row),
            )

    def of_case(self, case_id: int) -> list[Meeting]:
        """The case's meetings, by date (undated last)."""
        with self._ws.reading() as s:
            case = s.get(m.CaseRow, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            meetings = [convert.meeting(r) for r in case.meetings]
        return sorted(meetings, key=lambda mt: (mt.date is None, mt.date or date.min, mt.id))

    def tracker(self, meeting_id: int, on: date | None = None) -> list[TrackerRow]:
        """Everyone invited to the meeting, overdue non-answers first."""
        on = on or self._ws.today()
        meeting = self.get(meeting_id)
        case = self._ws.cases.get(self.context(meeting_id).case_id)  # the invitees' phones
        return responses.tracker_rows(
            meeting, on, self._ws.settings.deadlines(), self._ws.directory.organisations_by_id(),
            case,
        )

    def needs_action(self, on: date | None = None) -> list[ActionRow]:
        """Across all open cases, every invitation that needs action today."""
        on = on or self._ws.today()
        return responses.needs_action(
            self._ws.cases.all(), on, self._ws.settings.deadlines(),
            self._ws.directory.organisations_by_id(),
        )

    def candidates(self, meeting_id: int, on: date | None = None) -> list[Candidate]:
        """Who of the family and the network can be invited, and as what; or why not."""
        on = on or self._ws.today()
        ctx = self.context(meeting_id)
        case = self._ws.cases.get(ctx.case_id)
        return responses.invite_candidates(
            case, ctx.meeting, on, self._ws.settings.deadlines(),
            self._ws.directory.organisations_by_id(),
        )

    def send_warning(self, meeting_id: int, sent_on: date) -> str | None:
        """The late-invitation warning for sending on `sent_on`; None when on time."""
        return responses.send_warning(self.get(meeting_id), sent_on, self._ws.settings.deadlines())

    def check(self, meeting: Meeting, *, is_new: bool, case_id: int | None = None,
              on: date | None = None) -> list[Problem]:
        """Errors and warnings of a meeting form, without storing anything.

        An empty purpose is no error when the case has a question: the question
        becomes the purpose when the meeting is stored.
        """
        problems = responses.meeting_problems(meeting, on or self._ws.today(), is_new=is_new)
        if case_id is not None and not meeting.purpose.strip():
            question = self._ws.cases.get(case_id).question.strip()
            if question:
                problems = [p for p in problems if p.field != "purpose"]
        return problems

    # --- meetings ----------------------------------------------------------------

    def schedule(self, case_id: int, meeting: Meeting) -> Meeting:
        """Book a meeting. An empty purpose takes the case's question (frågeställning).

        Without a convener (sammankallande) the coordinator's own organisation
        convenes it, when the profile names one that is in the directory.
        """
        check_date(meeting.date, "Mötesdatumet", field="date")
        with self._ws.transaction() as s:
            case = s.get(m.CaseRow, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            meeting = self._with_purpose(meeting, case)
            self._refuse_errors(meeting, is_new=True)
            if meeting.convened_by_org_id is None:
                meeting = dataclasses.replace(
                    meeting, convened_by_org_id=self._own_organisation(s))
            _check_convener(s, meeting.convened_by_org_id)
            row = m.MeetingRow()
            _meeting_fields(row, meeting)
            case.meetings.append(row)
            add_event(
                self._ws, case, "meeting", f"{meeting.kind.label} planerat ({_when(meeting)})."
            )
            s.flush()
            return convert.meeting(row)

    def update(self, meeting_id: int, meeting: Meeting) -> Meeting:
        """Change a meeting's time, place, mode, purpose or convener (None: not given);
        the change goes into the history."""
        check_date(meeting.date, "Mötesdatumet", field="date")
        with self._ws.transaction() as s:
            row = self._meeting(s, meeting_id)
            meeting = self._with_purpose(meeting, row.case)
            self._refuse_errors(meeting, is_new=False)
            _check_convener(s, meeting.convened_by_org_id)
            before = convert.meeting(row)
            _meeting_fields(row, meeting)
            changes = _changes(before, convert.meeting(row))
            texts = []
            if changes:
                texts.append(f"{row.kind.label} {_when(before)} ändrat: {'; '.join(changes)}.")
                if any(i.sent_on for i in row.invitations) and (
                    before.date != row.date or before.start != row.start
                    or before.place != row.place or before.mode != row.mode
                ):
                    texts.append("Kallelser är redan skickade: meddela deltagarna.")
            if before.convened_by_org_id != row.convened_by_org_id:
                if not changes:
                    texts.append(f"{row.kind.label} {_when(before)}.")
                texts.append(
                    f"Sammankallande ändrad: {_convener_name(s, before.convened_by_org_id)} → "
                    f"{_convener_name(s, row.convened_by_org_id)}."
                )
            if texts:
                add_event(self._ws, row.case, "meeting", " ".join(texts))
            s.flush()
            return convert.meeting(row)

    def cancel(self, meeting_id: int, reason: str) -> None:
        """Cancel (delete) a meeting and its invitations; the reason stays in the history."""
        if not reason.strip():
            raise ValidationError("Skriv varför mötet ställs in.", field="reason")
        with self._ws.transaction() as s:
            row = self._meeting(s, meeting_id)
            case = row.case
            for plan in case.plans:
                if plan.meeting_id == row.id:
                    plan.meeting_id = None
            invited = len(row.invitations)
            text = f"{row.kind.label} {_when(row)} inställt: {reason.strip()}"
            if invited:
                text += f" ({invited} inbjudna behöver få veta det)"
            add_event(self._ws, case, "meeting", text + ".")
            case.meetings.remove(row)

    def _own_organisation(self, s: Session) -> int | None:
        """The coordinator's organisation from the profile, when it is in the directory."""
        org_id = self._ws.settings.profile().organisation_id
        if org_id is None or s.get(m.OrganisationRow, org_id) is None:
            return None
        return org_id

    @staticmethod
    def _with_purpose(meeting: Meeting, case: m.CaseRow) -> Meeting:
        if meeting.purpose.strip() or not case.question.strip():
            return meeting
        return dataclasses.replace(meeting, purpose=case.question.strip())

    def _refuse_errors(self, meeting: Meeting, *, is_new: bool) -> None:
        for problem in responses.meeting_problems(meeting, self._ws.today(), is_new=is_new):
            if problem.error:
                raise ValidationError(problem.message, field=problem.field)

    # --- invitations ---------------------------------------------------------------

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
        check_date(sent_on, "Datumet då kallelsen skickades", field="sent_on")
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            meeting = self._meeting(s, meeting_id)
            case_row = meeting.case
            case = convert.case(case_row)
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
                org = (
                    orgs.get(person.organisation_id)
                    if person.organisation_id is not None
                    else None
                )
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
            add_event(self._ws, case_row, "invitation",
                      f"{row.kind.label} till {row.invitee_name}.")
            s.flush()
            return convert.invitation(row)

    def invite_many(
        self,
        meeting_id: int,
        keys: list[tuple[str, int]],
        *,
        sent_on: date | None = None,
        sent_via: SentVia | None = None,
    ) -> InviteResult:
        """Invite several candidates (keys from candidates()); each one on its own.

        Someone outside the consent's scope is refused with the reason and the
        others are still invited. `warning` says when the invitations go out late.
        """
        check_date(sent_on, "Datumet då kallelserna skickades", field="sent_on")
        result = InviteResult(
            warning=self.send_warning(meeting_id, sent_on) if sent_on is not None else None
        )
        names = {c.key: c.name for c in self.candidates(meeting_id, sent_on)}
        for what, ident in keys:
            if what not in ("person", "guardian", "child"):
                raise ValueError(f"unknown invitee kind {what!r}")
            try:
                result.invited.append(
                    self.invite(
                        meeting_id,
                        person_id=ident if what == "person" else None,
                        guardian_id=ident if what == "guardian" else None,
                        child=what == "child",
                        sent_on=sent_on,
                        sent_via=sent_via,
                    )
                )
            except (OutsideConsent, ValidationError) as refused:
                result.refused.append((names.get((what, ident), ""), str(refused)))
        return result

    def mark_sent(self, invitation_id: int, on: date, via: SentVia) -> Invitation:
        """Record that the invitation went out; send_warning() says beforehand if it is late."""
        check_date(on, "Datumet då kallelsen skickades", field="sent_on")
        settings = self._ws.settings.deadlines()
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.sent_on, row.sent_via = on, via
            row.answer_by = answer_deadline(on, settings)
            add_event(self._ws, row.meeting.case, "invitation",
                   f"{row.kind.label} skickad till {row.invitee_name} ({via.label.lower()}).")
            return convert.invitation(row)

    def record_response(
        self, invitation_id: int, response: Response, on: date, substitute_name: str = ""
    ) -> Invitation:
        """Not yet answered, accepted, declined, sends a substitute (who), or joins remotely."""
        check_date(on, "Datumet för svaret", field="responded_on")
        if response is Response.SUBSTITUTE and not substitute_name.strip():
            raise ValidationError("Skriv vem som kommer som ersättare.", field="substitute")
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.response = response
            row.responded_on = on if response.is_answer else None
            row.substitute_name = (
                substitute_name.strip() if response is Response.SUBSTITUTE else ""
            )
            text = f"{row.invitee_name}: {response.label.lower()}"
            if row.substitute_name:
                text += f" ({row.substitute_name})"
            add_event(self._ws, row.meeting.case, "response", text + ".")
            return convert.invitation(row)

    def record_contact(
        self, invitation_id: int, on: date | None = None, note: str = ""
    ) -> Invitation:
        """One click: "kontaktad per telefon" on `on`; the note goes into the case history."""
        on = on or self._ws.today()
        check_date(on, "Datumet för kontakten", field="contact")
        if on > self._ws.today():
            raise ValidationError("En kontakt kan inte ha skett i framtiden.", field="contact")
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            row.contacted_on = on
            meeting = row.meeting
            who = row.invitee_name
            if row.organisation_id is not None:
                org = s.get(m.OrganisationRow, row.organisation_id)
                if org is not None:
                    who += f" ({org.name})"
            text = (
                f"Kontaktad per telefon: {who} om {_DEFINITE[row.kind]} till "
                f"{meeting.kind.label.lower()} {_when(meeting)}."
            )
            if note.strip():
                text += f" {note.strip()}"
            now = self._ws.now()
            at = now if on == now.date() else datetime.combine(on, datetime.min.time())
            meeting.case.events.append(m.EventRow(at=at, kind="contact", text=text))
            return convert.invitation(row)

    def record_attendance(self, invitation_id: int, attendance: Attendance) -> Invitation:
        """Attendance at the meeting; a no-show without notice opens a draft deviation.

        Setting it twice opens one deviation; correcting a mistaken no-show
        removes the draft it opened (a completed one stays).
        """
        with self._ws.transaction() as s:
            row = self._invitation(s, invitation_id)
            before = row.attendance
            row.attendance = attendance
            case = row.meeting.case
            occurred = row.meeting.date or self._ws.today()
            was_no_show = before is Attendance.ABSENT_WITHOUT_NOTICE
            is_no_show = attendance is Attendance.ABSENT_WITHOUT_NOTICE
            if is_no_show and not was_no_show and row.organisation_id:
                case.deviations.append(
                    m.DeviationRow(
                        kind=DeviationKind.DID_NOT_ATTEND,
                        occurred_on=occurred,
                        organisation_id=row.organisation_id,
                        description=_no_show_text(row),
                        draft=True,
                    )
                )
                add_event(self._ws, case, "no_show",
                       f"Utkast till avvikelse: {row.invitee_name} uteblev utan återbud.")
            elif was_no_show and not is_no_show and row.organisation_id:
                draft = next(
                    (d for d in case.deviations
                     if d.draft and d.kind is DeviationKind.DID_NOT_ATTEND
                     and d.organisation_id == row.organisation_id
                     and d.occurred_on == occurred and d.description == _no_show_text(row)),
                    None,
                )
                if draft is not None:
                    case.deviations.remove(draft)
            add_event(self._ws, case, "attendance",
                      f"{row.invitee_name}: {attendance.label.lower()}.")
            return convert.invitation(row)

    # --- deviations ------------------------------------------------------------------

    def deviations(self, case_id: int) -> list[Deviation]:
        with self._ws.reading() as s:
            case = s.get(m.CaseRow, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            return [convert.deviation(d) for d in case.deviations]

    def complete_deviation(self, deviation_id: int, description: str) -> Deviation:
        """The coordinator's own words make the draft a recorded deviation."""
        if not description.strip():
            raise ValidationError("Beskriv vad som hände.", field="description")
        with self._ws.transaction() as s:
            row = s.get(m.DeviationRow, deviation_id)
            if row is None:
                raise ValidationError("Avvikelsen finns inte.", field="deviation")
            row.description = description.strip()
            row.draft = False
            add_event(self._ws, row.case, "no_show",
                      f"Avvikelse registrerad ({row.kind.label.lower()}).")
            s.flush()
            return convert.deviation(row)

    def add_deviation(self, case_id: int, deviation: Deviation) -> Deviation:
        """A deviation the coordinator enters: a commitment not met, bad treatment, or other.

        The organisation is required, the date may not be in the future, and a
        deviation that is not a draft needs a description. Nothing is stored on error.
        """
        if deviation.organisation_id is None:
            raise ValidationError("Välj vilken verksamhet avvikelsen gäller.",
                                  field="organisation")
        if deviation.occurred_on is None:
            raise ValidationError("Skriv när det hände.", field="occurred_on")
        check_date(deviation.occurred_on, "Datumet för avvikelsen", field="occurred_on")
        if deviation.occurred_on > self._ws.today():
            raise ValidationError("En avvikelse kan inte ha skett i framtiden.",
                                  field="occurred_on")
        description = deviation.description.strip()
        if not deviation.draft and not description:
            raise ValidationError("Beskriv vad som hände.", field="description")
        with self._ws.transaction() as s:
            case = s.get(m.CaseRow, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            if s.get(m.OrganisationRow, deviation.organisation_id) is None:
                raise ValidationError("Verksamheten finns inte i katalogen.",
                                      field="organisation")
            row = m.DeviationRow(
                kind=DeviationKind(deviation.kind),
                occurred_on=deviation.occurred_on,
                organisation_id=deviation.organisation_id,
                description=description,
                draft=deviation.draft,
            )
            case.deviations.append(row)
            state = "Utkast till avvikelse" if deviation.draft else "Avvikelse registrerad"
            add_event(self._ws, case, "deviation", f"{state} ({row.kind.label.lower()}).")
            s.flush()
            return convert.deviation(row)

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


NOT_GIVEN = "(inte angiven)"  # a meeting without a convener, in the history and the dialog


def _check_convener(s: Session, org_id: int | None) -> None:
    if org_id is not None and s.get(m.OrganisationRow, org_id) is None:
        raise ValidationError(
            "Den sammankallande verksamheten finns inte i katalogen. Välj en annan.",
            field="convened_by",
        )


def _convener_name(s: Session, org_id: int | None) -> str:
    row = s.get(m.OrganisationRow, org_id) if org_id is not None else None
    return convert.organisation(row).display_name if row is not None else NOT_GIVEN


def _no_show_text(row: m.InvitationRow) -> str:
    role = f" ({row.profession})" if row.profession else ""
    return f"{row.invitee_name}{role} kom inte till mötet och hade inte lämnat återbud."


_DEFINITE = {InvitationKind.SUMMONS: "kallelsen", InvitationKind.INVITATION: "inbjudan"}

_FIELD_NAMES = {
    "kind": "typ",
    "date": "datum",
    "start": "start",
    "end": "slut",
    "place": "plats",
    "mode": "form",
    "purpose": "syfte",
}


def _changes(before: Meeting, after: Meeting) -> list[str]:
    changes: list[str] = []
    for name, label in _FIELD_NAMES.items():
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name == "purpose":
            changes.append("syftet ändrat")
            continue
        changes.append(f"{label} {_shown(old)} → {_shown(new)}")
    return changes


def _shown(value: MeetingKind | MeetingMode | date | time | str | None) -> str:
    """One field of a meeting in the history: 'SIP-möte', '21 december 2026', '13.00'."""
    if value is None or value == "":
        return "–"
    if isinstance(value, MeetingKind | MeetingMode):
        return value.label
    if isinstance(value, time):
        return words.clock(value)
    if isinstance(value, date):
        return words.long_date(value)
    return value
