"""Documents for a meeting: the invitation letter (PDF), the calendar file, the e-mail.

The content is decided in sipdesk.domain.invitation_letter, the layout in
sipdesk.export; this use case gathers the case, the meeting and the
organisations, and writes every file atomically (never a half-written file).
Every document a family or an actor reads names the coordinator from the
profile in the settings (phone and e-mail); without one, the case's coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk.domain.deviation_report import DeviationReport, build_deviation_report
from sipdesk.domain.entities import Case, Meeting, Plan, stored_id
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.invitation_letter import Contact, Letter, build_letter, build_letters
from sipdesk.domain.plan_document import (
    AttendanceList,
    FamilyPlan,
    PlanDocument,
    build_attendance_list,
    build_family_plan,
    build_plan_document,
)
from sipdesk.domain.profile import contact_for
from sipdesk.export import email_text
from sipdesk.export.email_text import EmailDraft
from sipdesk.export.files import unique_file_names, write_atomically, write_bytes
from sipdesk.services.resources import fonts_dir
from sipdesk.store.models import DeviationRow, MeetingRow, PlanRow

if TYPE_CHECKING:
    from sipdesk.export.cancelling import Cancelled
    from sipdesk.services.workspace import Workspace

__all__ = ["Contact", "DocumentService", "EmailDraft", "PlanExport"]


@dataclass(frozen=True)
class PlanExport:
    """What an export wrote: the file, and which version with which fingerprint."""

    path: Path
    case_reference: str
    version: int
    fingerprint: str
    short_fingerprint: str


class DocumentService:
    def __init__(self, ws: Workspace, fonts: Path | None = None):
        self._ws = ws
        self._fonts = fonts or fonts_dir()

    # --- reading -------------------------------------------------------------

    def case_and_meeting(self, meeting_id: int) -> tuple[Case, Meeting]:
        with self._ws.reading() as s:
            row = s.get(MeetingRow, meeting_id)
            if row is None:
                raise ValidationError("Mötet finns inte.", field="meeting")
            case_id = row.case_id
        case = self._ws.cases.get(case_id)
        meeting = next(m for m in case.meetings if m.id == meeting_id)
        return case, meeting

    def letters(
        self, meeting_id: int, per_recipient: bool = False, contact: Contact | None = None
    ) -> list[Letter]:
        """The letters' content, as the PDF will show it (for a preview, or tests)."""
        case, meeting = self.case_and_meeting(meeting_id)
        orgs = self._ws.directory.organisations_by_id()
        return build_letters(case, meeting, orgs, self._contact(case, contact), per_recipient)

    def recipients(self, meeting_id: int) -> list[str]:
        """E-mail addresses of the invitees where known: the person's, else the organisation's."""
        case, meeting = self.case_and_meeting(meeting_id)
        orgs = self._ws.directory.organisations_by_id()
        guardians = {g.id: g for g in case.guardians}
        found = []
        for inv in meeting.invitations:
            address = ""
            if inv.person_id is not None:
                person = case.person(inv.person_id)
                org = orgs.get(inv.organisation_id) if inv.organisation_id else None
                address = (person.email if person else "") or (org.mailbox if org else "")
            elif inv.guardian_id is not None and inv.guardian_id in guardians:
                address = guardians[inv.guardian_id].email
            if address.strip():
                found.append(address.strip())
        return found

    # --- documents -----------------------------------------------------------

    def invitation_pdf(
        self,
        meeting_id: int,
        out_path: Path,
        per_recipient: bool = False,
        contact: Contact | None = None,
    ) -> Path:
        """One shared letter, or one page set per invitee (kallelse or inbjudan as invited)."""
        from sipdesk.export import invitation_pdf  # reportlab: only when exporting

        letters = self.letters(meeting_id, per_recipient, contact)
        path = write_atomically(
            Path(out_path),
            lambda handle: invitation_pdf.render_invitation_pdf(letters, handle, self._fonts),
        )
        what = "kallelser som PDF, en per mottagare" if per_recipient else "kallelse som PDF"
        return self._ws.access.exported(path, what, meeting_id=meeting_id)

    def invitation_pdfs(
        self, meeting_id: int, folder: Path, contact: Contact | None = None
    ) -> list[Path]:
        """One PDF file per invitee in `folder`, named after the recipient.

        "Kallelse Anna Berg.pdf", "Inbjudan Maria Lind.pdf": a name that is
        taken (by another recipient of the same name, or a file already in
        the folder) gets a number, "(2)"; no file is overwritten. Every letter
        is rendered before the first file is written, each file is written
        atomically, and the export is logged once; if anything fails, the
        files this export wrote are taken away again.
        """
        from sipdesk.export import invitation_pdf  # reportlab: only when exporting

        letters = self.letters(meeting_id, per_recipient=True, contact=contact)
        folder = Path(folder)
        documents = [invitation_pdf.invitation_pdf_bytes([letter], self._fonts)
                     for letter in letters]
        names = unique_file_names([letter.file_stem for letter in letters], folder)
        written: list[Path] = []
        try:
            for name, data in zip(names, documents, strict=True):
                written.append(write_bytes(folder / name, data))
            self._ws.access.exported(
                written[0], f"kallelser som PDF, en fil per mottagare ({len(written)} filer)",
                meeting_id=meeting_id)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return written

    def meeting_ics(
        self, meeting_id: int, out_path: Path, contact: Contact | None = None
    ) -> Path:
        from sipdesk.export import ics  # icalendar: only when a calendar file is written

        case, meeting = self.case_and_meeting(meeting_id)
        data = ics.meeting_calendar(
            case, meeting,
            uid=ics.meeting_uid(self._ws.store.store_id, meeting_id),
            contact=self._contact(case, contact),
            stamp=datetime.now(UTC),
        )
        return self._ws.access.exported(write_bytes(Path(out_path), data),
                                        "kalenderfil för möte", meeting_id=meeting_id)

    def email_text(self, meeting_id: int, contact: Contact | None = None) -> EmailDraft:
        case, meeting = self.case_and_meeting(meeting_id)
        orgs = self._ws.directory.organisations_by_id()
        letter = build_letter(case, meeting, orgs, self._contact(case, contact),
                              initials_only=True)
        return email_text.email_draft(letter, self.recipients(meeting_id))

    def mailto_url(self, meeting_id: int, contact: Contact | None = None) -> str:
        return email_text.mailto_url(self.email_text(meeting_id, contact))

    def _contact(self, case: Case, contact: Contact | None = None) -> Contact:
        """`contact` if given, else the coordinator's profile, else the case's coordinator."""
        if contact is not None:
            return contact
        return contact_for(self._ws.settings.profile(), case.coordinator,
                           self._ws.directory.organisations_by_id())

    # --- the plan ------------------------------------------------------------

    def case_and_plan(self, plan_id: int) -> tuple[Case, Plan]:
        with self._ws.reading() as s:
            row = s.get(PlanRow, plan_id)
            if row is None:
                raise ValidationError("Planen finns inte.", field="plan")
            case_id = row.case_id
        case = self._ws.cases.get(case_id)
        return case, next(p for p in case.plans if p.id == plan_id)

    def plan_document(self, plan_id: int) -> PlanDocument:
        """The plan's content as the PDF shows it, by the plan's own template version."""
        case, plan = self.case_and_plan(plan_id)
        template = self._ws.plans.template_of(plan)
        return build_plan_document(case, plan, template, self._ws.directory.organisations_by_id())

    def family_plan(self, plan_id: int) -> FamilyPlan:
        case, plan = self.case_and_plan(plan_id)
        template = self._ws.plans.template_of(plan)
        return build_family_plan(case, plan, template, self._ws.directory.organisations_by_id())

    def attendance_list(self, meeting_id: int) -> AttendanceList:
        case, meeting = self.case_and_meeting(meeting_id)
        return build_attendance_list(case, meeting, self._ws.directory.organisations_by_id())

    def plan_pdf(self, plan_id: int, out_path: Path,
                 cancelled: Cancelled | None = None) -> PlanExport:
        """The plan for signing, written atomically; safe to call from the worker thread.

        `cancelled` is asked between the document's parts (from any thread):
        once it says yes, ExportCancelled is raised and no file is left.
        """
        from sipdesk.export import plan_pdf  # reportlab: only when exporting

        case, _plan = self.case_and_plan(plan_id)
        doc = self.plan_document(plan_id)
        contact = self._contact(case)
        path = write_atomically(
            Path(out_path),
            lambda handle: plan_pdf.render_plan_pdf(doc, handle, self._fonts, contact,
                                                    cancelled),
        )
        self._ws.access.exported(path, f"plan version {doc.version} som PDF", plan_id=plan_id)
        return PlanExport(path, doc.case_reference, doc.version, doc.fingerprint,
                          doc.short_fingerprint)

    def latest_plan_pdf(self, case_id: int, out_path: Path,
                        cancelled: Cancelled | None = None) -> PlanExport:
        """The latest plan version of a case (what `sipdesk export-plan` writes)."""
        return self.plan_pdf(stored_id(self._ws.plans.latest(case_id)), out_path, cancelled)

    def family_plan_pdf(self, plan_id: int, out_path: Path,
                        cancelled: Cancelled | None = None) -> PlanExport:
        """The family version, written atomically; cancelled as plan_pdf is."""
        from sipdesk.export import family_plan_pdf  # reportlab: only when exporting

        case, _plan = self.case_and_plan(plan_id)
        family = self.family_plan(plan_id)
        doc = self.plan_document(plan_id)
        contact = self._contact(case)
        path = write_atomically(
            Path(out_path),
            lambda handle: family_plan_pdf.render_family_plan_pdf(family, handle, self._fonts,
                                                                  contact, cancelled),
        )
        self._ws.access.exported(path, f"familjeversion av plan version {doc.version} som PDF",
                                 plan_id=plan_id)
        return PlanExport(path, doc.case_reference, doc.version, doc.fingerprint,
                          doc.short_fingerprint)

    def attendance_pdf(self, meeting_id: int, out_path: Path) -> Path:
        """The attendance list (närvarolista) of a meeting, for signing on arrival."""
        from sipdesk.export import attendance_pdf  # reportlab: only when exporting

        listing = self.attendance_list(meeting_id)
        path = write_atomically(
            Path(out_path),
            lambda handle: attendance_pdf.render_attendance_pdf(listing, handle, self._fonts),
        )
        return self._ws.access.exported(path, "närvarolista som PDF", meeting_id=meeting_id)

    # --- deviations ----------------------------------------------------------

    def deviation_report(self, deviation_id: int) -> DeviationReport:
        """The deviation report's content, as the PDF shows it (child by initials only)."""
        with self._ws.reading() as s:
            row = s.get(DeviationRow, deviation_id)
            if row is None:
                raise ValidationError("Avvikelsen finns inte.", field="deviation")
            case_id = row.case_id
        case = self._ws.cases.get(case_id)
        deviation = next(d for d in case.deviations if d.id == deviation_id)
        return build_deviation_report(case, deviation, self._ws.directory.organisations_by_id(),
                                      self._ws.today(), self._contact(case))

    def deviation_pdf(self, deviation_id: int, out_path: Path) -> Path:
        """The deviation report for the organisation's management, written atomically."""
        from sipdesk.export import deviation_pdf  # reportlab: only when exporting

        report = self.deviation_report(deviation_id)
        path = write_atomically(
            Path(out_path),
            lambda handle: deviation_pdf.render_deviation_pdf(report, handle, self._fonts),
        )
        return self._ws.access.exported(path, "avvikelserapport som PDF",
                                        deviation_id=deviation_id)
