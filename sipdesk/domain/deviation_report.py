"""The content of a deviation report (avvikelse i SIP-ärende), decided without any layout.

A deviation is recorded when an invited actor did not attend, did not carry
out a commitment, or treated the family badly (DESIGN.md section 2). The
report goes to the organisation's management, so:

* the child is named by initials only, also inside the description;
* no personnummer, of the child or of anyone else;
* the coordinator who reports it signs it, and the organisation has a field
  for its response;
* the coordinator's phone and e-mail (from the profile) say where questions and
  the response go; without a profile only the case's coordinator is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sipdesk.domain.entities import Case, Deviation, Meeting, Organisation
from sipdesk.domain.enums import Attendance, DeviationKind
from sipdesk.domain.invitation_letter import without_child_name
from sipdesk.domain.personnummer import mask_in_text
from sipdesk.domain.profile import DEFAULT_TITLE, Contact
from sipdesk.domain.words import long_date, meeting_line

NO_DESCRIPTION = "Ingen beskrivning ännu."


@dataclass(frozen=True)
class DeviationReport:
    """What the report PDF shows, in display strings (dates already in Swedish)."""

    case_reference: str
    child_initials: str
    organisation: str  # display name, "" when unknown
    principal: str  # the organisation's huvudman, e.g. "Region"
    kind: DeviationKind
    kind_label: str
    occurred_on: str  # "21 december 2026"
    meeting: str  # "SIP-möte 21 december 2026 kl. 13.00–14.00", or "" when none
    description: str
    draft: bool
    reported_by: str  # the coordinator
    reported_on: str  # the day the report was made
    reporter_title: str = DEFAULT_TITLE
    # "Karin Sjöberg, SIP-samordnare, Norrby kommun, telefon …, e-post …"; "" without
    # a phone or an e-mail to print.
    contact_line: str = ""
    answer_to: str = ""  # where the organisation sends its response: an e-mail, or ""

    @property
    def status(self) -> str:
        return "Utkast – inte färdigställd" if self.draft else "Registrerad"


def concerned_meeting(case: Case, deviation: Deviation) -> Meeting | None:
    """The meeting the deviation concerns: the one on its day, preferably where
    someone from the organisation stayed away without notice."""
    same_day = [m for m in case.meetings if m.date == deviation.occurred_on]

    def no_show_there(meeting: Meeting) -> bool:
        return any(
            i.organisation_id == deviation.organisation_id
            and i.attendance is Attendance.ABSENT_WITHOUT_NOTICE
            for i in meeting.invitations
        )

    return next((m for m in same_day if no_show_there(m)), same_day[0] if same_day else None)


def meeting_text(meeting: Meeting | None) -> str:
    if meeting is None or meeting.date is None:
        return ""
    return meeting_line(meeting.kind.label, meeting)


def scrub(text: str, case: Case) -> str:
    """`text` with the child's name as initials and any personnummer masked."""
    text = without_child_name(text, case)
    return mask_in_text(text)


def build_deviation_report(
    case: Case,
    deviation: Deviation,
    orgs: dict[int, Organisation],
    on: date,
    contact: Contact | None = None,
) -> DeviationReport:
    """The report as of `on`; `contact` is the coordinator's profile (None: the case's
    coordinator by name only)."""
    contact = contact or Contact(name=case.coordinator.strip())
    org = orgs.get(deviation.organisation_id) if deviation.organisation_id else None
    description = scrub(deviation.description.strip(), case) or NO_DESCRIPTION
    return DeviationReport(
        case_reference=case.reference,
        child_initials=case.child.initials or "–",
        organisation=org.display_name if org else "",
        principal=org.principal.label if org else "",
        kind=deviation.kind,
        kind_label=deviation.kind.label,
        occurred_on=long_date(deviation.occurred_on),
        meeting=meeting_text(concerned_meeting(case, deviation)),
        description=description,
        draft=deviation.draft,
        reported_by=contact.name.strip() or case.coordinator.strip(),
        reported_on=long_date(on),
        reporter_title=contact.title.strip() or DEFAULT_TITLE,
        contact_line=contact.one_line() if contact.can_be_reached else "",
        answer_to=contact.email.strip(),
    )
