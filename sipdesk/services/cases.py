"""Use cases on a case: create, read, change, move between stages, close."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sipdesk.domain import stages
from sipdesk.domain.consent import child_alone_refusal, scope_refusal
from sipdesk.domain.dates import cannot_compute_item, check_date
from sipdesk.domain.deadlines import DueItem, next_due
from sipdesk.domain.entities import Case, Consent, Guardian, stored_id
from sipdesk.domain.enums import CloseReason, ConsentForm, Participation, PlanStatus, Stage
from sipdesk.domain.errors import DomainError, ValidationError
from sipdesk.domain.personnummer import birth_date, parse_personnummer
from sipdesk.domain.views import CaseMapping, MappingSection, TimelineEntry
from sipdesk.services.history import add_event
from sipdesk.store import convert, queries
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace


class CaseNotFound(DomainError):
    def __init__(self, what: str):
        super().__init__(f"Ärendet {what} finns inte.")


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list: enough for the board and `sipdesk cases`."""

    id: int
    reference: str
    stage: Stage
    child_name: str
    child_initials: str
    question: str
    next_due: DueItem | None
    archived: bool


# Fields a coordinator may edit directly on the case record.
EDITABLE_FIELDS = {
    "question",
    "need_found_on",
    "raised_by_org_id",
    "raised_by_function",
    "participation",
    "participation_note",
    "coordinator",
    "child_first_name",
    "child_last_name",
}


# The plan sections that make up the mapping (kartläggning) shown on the case record,
# in the order the record shows them; a region's template may lack some of them.
MAPPING_KEYS = ("current_situation", "child_voice", "long_term_wish", "strengths", "obstacles")

# The roles of a case (DESIGN.md: three roles can be three different people).
ROLES = {
    "initiator": ("initiator_id", "Initiativtagare"),
    "chair": ("chair_id", "Mötesledare"),
    "plan_owner": ("plan_owner_id", "Samordningsansvarig"),
}

# Swedish headings of history events, for the timeline.
EVENT_LABELS = {
    "created": "Ärende",
    "contact": "Kontakt",
    "guardian": "Vårdnadshavare",
    "consent": "Samtycke",
    "network": "Nätverk",
    "roles": "Roller",
    "invitation": "Kallelse",
    "response": "Svar",
    "meeting": "Möte",
    "attendance": "Närvaro",
    "no_show": "Uteblev",
    "plan": "Plan",
    "stage": "Steg",
    "closed": "Avslut",
    "reopened": "Återöppnat",
    "continued": "Fortsatt SIP",
    "deviation": "Avvikelse",
}


def _clean_pnr(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return parse_personnummer(text.strip())


class CaseService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # --- reading -----------------------------------------------------------

    def get(self, case_id: int) -> Case:
        with self._ws.reading() as s:
            return convert.case(self._row(s, case_id))

    def id_of(self, reference: str) -> int:
        with self._ws.reading() as s:
            case_id = queries.case_id_by_reference(s, reference)
        if case_id is None:
            raise CaseNotFound(reference)
        return case_id

    def all(self, *, include_archived: bool = False, stage: Stage | None = None) -> list[Case]:
        with self._ws.reading() as s:
            rows = queries.case_rows(
                s, include_archived=include_archived, stage=int(stage) if stage else None
            )
            return [convert.case(r) for r in rows]

    def summaries(
        self, *, include_archived: bool = False, on: date | None = None
    ) -> list[CaseSummary]:
        on = on or self._ws.today()
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        result = []
        for case in self.all(include_archived=include_archived):
            try:
                due = next_due(case, on, settings, organisations=orgs)
            except (OverflowError, ValueError):
                # A stored date the rules cannot count with: this case says so, the rest load.
                due = cannot_compute_item(case, on)
            result.append(
                CaseSummary(
                    id=stored_id(case),
                    reference=case.reference,
                    stage=case.stage,
                    child_name=case.child.full_name,
                    child_initials=case.child.initials,
                    question=case.question,
                    next_due=due,
                    archived=case.archived,
                )
            )
        return result

    def search(self, text: str, *, include_archived: bool = False) -> list[int]:
        with self._ws.reading() as s:
            return queries.search_case_ids(s, text, include_archived=include_archived)

    # --- creating and editing ------------------------------------------------

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        question: str,
        personnummer: str | None = None,
        need_found_on: date | None = None,
        raised_by_org_id: int | None = None,
        raised_by_function: str = "",
        coordinator: str = "",
    ) -> Case:
        if not first_name.strip() and not last_name.strip():
            raise ValidationError("Skriv barnets namn.", field="first_name")
        pnr = _clean_pnr(personnummer)
        check_date(need_found_on, "Datumet då behovet upptäcktes", field="need_found_on")
        found_on = need_found_on or self._ws.today()
        with self._ws.transaction() as s:
            year = found_on.year
            number = queries.next_sequence(s, f"case:{year}")
            row = m.CaseRow(
                reference=f"SIP-{year}-{number:04d}",
                stage=int(Stage.NEED_FOUND),
                child_first_name=first_name.strip(),
                child_last_name=last_name.strip(),
                child_personnummer=pnr,
                child_birth_date=birth_date(pnr) if pnr else None,
                question=question.strip(),
                need_found_on=found_on,
                raised_by_org_id=raised_by_org_id,
                raised_by_function=raised_by_function.strip(),
                participation=Participation.UNDECIDED,
                coordinator=coordinator,
                archived=False,
                created_at=self._ws.now(),
            )
            s.add(row)
            add_event(self._ws, row, "created", "Ärendet skapades: behov av samordning upptäckt.")
            s.flush()
            return convert.case(row)

    # Any: each value is of its own column's type, checked here and by the store.
    def update(self, case_id: int, **fields: Any) -> Case:
        """Change fields of the record (EDITABLE_FIELDS); returns the whole case."""
        self._store_fields(case_id, fields)
        return self.get(case_id)

    def set_field(self, case_id: int, name: str, value: Any) -> Any:
        """Change one field of the record and return it as stored (tidied).

        What the record's autosave calls: it loads only the case's own row (and,
        for the question, the draft plan that repeats it), not the whole case.
        """
        return self._store_fields(case_id, {name: value})[name]

    def _store_fields(self, case_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        fields = {k: v.strip() if isinstance(v, str) and k != "question" else v
                  for k, v in fields.items()}
        if "participation" in fields:
            try:
                fields["participation"] = Participation(fields["participation"])
            except ValueError:
                raise ValidationError(
                    "Välj hur barnet deltar.", field="participation"
                ) from None
        if "need_found_on" in fields:
            check_date(fields["need_found_on"], "Datumet då behovet upptäcktes",
                       field="need_found_on")
        with self._ws.transaction() as s:
            row = self._case_only(s, case_id)
            first = fields.get("child_first_name", row.child_first_name)
            last = fields.get("child_last_name", row.child_last_name)
            if not first.strip() and not last.strip():
                raise ValidationError(
                    "Barnet måste ha ett namn: skriv förnamn eller efternamn.",
                    field="child_first_name",
                )
            org_id = fields.get("raised_by_org_id")
            if org_id is not None and s.get(m.OrganisationRow, org_id) is None:
                raise ValidationError(
                    "Organisationen finns inte i registret.", field="raised_by_org_id"
                )
            for name, value in fields.items():
                setattr(row, name, value)
            if "question" in fields:
                draft = _draft(row)
                section = next(
                    (sec for sec in draft.sections if sec.key == "question"), None
                ) if draft else None
                if section is not None:
                    section.text = fields["question"]
            return {name: getattr(row, name) for name in fields}

    def set_personnummer(self, case_id: int, text: str | None) -> str | None:
        """The child's personnummer (normalised, or None to clear); returns it as stored."""
        pnr = _clean_pnr(text)  # raises before anything is touched
        with self._ws.transaction() as s:
            row = self._case_only(s, case_id)
            row.child_personnummer = pnr
            row.child_birth_date = birth_date(pnr) if pnr else None
            return pnr

    def add_guardian(self, case_id: int, guardian: Guardian) -> Guardian:
        if not guardian.name.strip():
            raise ValidationError("Skriv vårdnadshavarens namn.", field="name")
        pnr = _clean_pnr(guardian.personnummer)
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            g = m.GuardianRow(
                name=guardian.name.strip(),
                personnummer=pnr,
                phone=guardian.phone,
                email=guardian.email,
                address=guardian.address,
            )
            row.guardians.append(g)
            add_event(self._ws, row, "guardian", f"Vårdnadshavare tillagd: {g.name}.")
            s.flush()
            return convert.guardian(g)

    def add_to_network(self, case_id: int, person_id: int) -> None:
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            if any(n.person_id == person_id for n in row.network):
                return
            person = s.get(m.PersonRow, person_id)
            if person is None:
                raise ValidationError("Personen finns inte i registret.", field="person")
            row.network.append(m.CaseNetworkRow(person_id=person_id))
            org = f", {person.organisation.name}" if person.organisation else ""
            add_event(self._ws, row, "network",
                      f"{person.name} ({person.profession}{org}) ingår i nätverket.")

    def record_consent(self, case_id: int, consent: Consent) -> Consent:
        check_date(consent.given_on, "Datumet då samtycket gavs", field="given_on")
        check_date(consent.valid_until, "Sista dagen samtycket gäller", field="valid_until")
        check_date(consent.withdrawn_on, "Datumet då samtycket återkallades",
                   field="withdrawn_on")
        try:
            form = ConsentForm(consent.form)
        except ValueError:
            raise ValidationError(
                "Ange om samtycket är muntligt eller skriftligt.", field="form"
            ) from None
        if consent.valid_until is not None and consent.valid_until < consent.given_on:
            raise ValidationError(
                "Samtycket kan inte gälla till ett datum före det gavs.", field="valid_until"
            )
        if not consent.by_child and not consent.guardian_ids:
            raise ValidationError(
                "Ange vem som gav samtycket: barnet och/eller vårdnadshavare.", field="given_by"
            )
        refusal = scope_refusal(consent)
        if refusal:
            raise ValidationError(refusal, field="scope")
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            if not consent.guardian_ids <= {g.id for g in row.guardians}:
                raise ValidationError("Vårdnadshavaren hör inte till ärendet.", field="given_by")
            too_young = child_alone_refusal(convert.child(row), consent)
            if too_young is not None:
                raise ValidationError(too_young, field="given_by")
            c = m.ConsentRow(
                given_on=consent.given_on,
                form=form,
                by_child=consent.by_child,
                guardian_ids=convert.ids_text(consent.guardian_ids),
                exclusions=consent.exclusions,
                valid_until=consent.valid_until,
                withdrawn_on=consent.withdrawn_on,
            )
            c.scope = [
                m.ConsentScopeRow(organisation_id=o, covered=True) for o in consent.covered_org_ids
            ] + [
                m.ConsentScopeRow(organisation_id=o, covered=False)
                for o in consent.excluded_org_ids
            ]
            row.consents.append(c)
            add_event(self._ws,
                row,
                "consent",
                f"Samtycke registrerat ({form.label.lower()}), "
                f"omfattar {len(consent.covered_org_ids)} verksamheter.",
            )
            s.flush()
            return convert.consent(c)

    def withdraw_consent(self, case_id: int, consent_id: int, on: date) -> None:
        check_date(on, "Datumet då samtycket återkallades", field="withdrawn_on")
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            c = next((c for c in row.consents if c.id == consent_id), None)
            if c is None:
                raise ValidationError("Samtycket finns inte i ärendet.", field="consent")
            c.withdrawn_on = on
            add_event(self._ws, row, "consent", f"Samtycket återkallades {on.isoformat()}.")

    def update_guardian(self, case_id: int, guardian: Guardian) -> Guardian:
        """Change a guardian's details; a bad personnummer changes nothing."""
        if not guardian.name.strip():
            raise ValidationError("Skriv vårdnadshavarens namn.", field="name")
        pnr = _clean_pnr(guardian.personnummer)
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            g = next((g for g in row.guardians if g.id == guardian.id), None)
            if g is None:
                raise ValidationError("Vårdnadshavaren hör inte till ärendet.", field="guardian")
            g.name = guardian.name.strip()
            g.personnummer = pnr
            g.phone = guardian.phone.strip()
            g.email = guardian.email.strip()
            g.address = guardian.address.strip()
            return convert.guardian(g)

    def remove_guardian(self, case_id: int, guardian_id: int) -> None:
        """Remove a guardian added by mistake; refused once a consent or invitation names them."""
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            g = next((g for g in row.guardians if g.id == guardian_id), None)
            if g is None:
                raise ValidationError("Vårdnadshavaren hör inte till ärendet.", field="guardian")
            if any(guardian_id in convert.consent(c).guardian_ids for c in row.consents):
                raise ValidationError(
                    f"{g.name} har gett samtycke i ärendet och kan inte tas bort.",
                    field="guardian",
                )
            if any(i.guardian_id == guardian_id for mt in row.meetings for i in mt.invitations):
                raise ValidationError(
                    f"{g.name} är kallad till ett möte och kan inte tas bort.", field="guardian"
                )
            row.guardians.remove(g)
            add_event(self._ws, row, "guardian", f"Vårdnadshavare borttagen: {g.name}.")

    def remove_from_network(self, case_id: int, person_id: int) -> None:
        """Take a person out of the case's network; refused while they hold a role or invitation."""
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            link = next((n for n in row.network if n.person_id == person_id), None)
            if link is None:
                return
            name = link.person.name
            for attr, label in ROLES.values():
                if getattr(row, attr) == person_id:
                    raise ValidationError(
                        f"{name} är {label.lower()} i ärendet. Välj någon annan som "
                        f"{label.lower()} först.",
                        field="network",
                    )
            if any(i.person_id == person_id for mt in row.meetings for i in mt.invitations):
                raise ValidationError(
                    f"{name} är kallad till ett möte och kan inte tas bort ur nätverket.",
                    field="network",
                )
            row.network.remove(link)
            add_event(self._ws, row, "network", f"{name} togs bort ur nätverket.")

    def set_role(self, case_id: int, role: str, person_id: int | None) -> int | None:
        """Name (or clear, with None) the initiator, chair or plan owner; returns who it is."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        attr, label = ROLES[role]
        with self._ws.transaction() as s:
            row = self._case_only(s, case_id)
            if person_id is not None and person_id not in {n.person_id for n in row.network}:
                raise ValidationError(
                    f"{label} måste först läggas till i ärendets nätverk.", field="roles"
                )
            if getattr(row, attr) == person_id:
                return person_id
            setattr(row, attr, person_id)
            who = next((n.person.name for n in row.network if n.person_id == person_id), None)
            add_event(self._ws, row, "roles", f"{label}: {who}." if who else f"{label} borttagen.")
            return person_id

    def remove_consent(self, case_id: int, consent_id: int) -> None:
        """Remove a consent registered by mistake (undo); withdraw_consent withdraws."""
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            c = next((c for c in row.consents if c.id == consent_id), None)
            if c is None:
                raise ValidationError("Samtycket finns inte i ärendet.", field="consent")
            row.consents.remove(c)
            add_event(self._ws, row, "consent", "Ett felregistrerat samtycke togs bort.")

    def reinstate_consent(self, case_id: int, consent_id: int) -> None:
        """Undo a withdrawal registered by mistake."""
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            c = next((c for c in row.consents if c.id == consent_id), None)
            if c is None:
                raise ValidationError("Samtycket finns inte i ärendet.", field="consent")
            c.withdrawn_on = None
            add_event(self._ws, row, "consent", "Återkallelsen av samtycket ångrades.")

    def record_contact(self, case_id: int, on: date, text: str) -> None:
        """A contact with the family or an actor (a call, a letter), for the timeline."""
        if not text.strip():
            raise ValidationError("Skriv vad kontakten gällde.", field="contact")
        check_date(on, "Datumet för kontakten", field="contact")
        if on > self._ws.today():
            raise ValidationError("En kontakt kan inte ha skett i framtiden.", field="contact")
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            row.events.append(
                m.EventRow(at=datetime.combine(on, datetime.min.time()), kind="contact",
                           text=text.strip())
            )

    # --- the mapping (kartläggning) -----------------------------------------

    def mapping(self, case_id: int) -> CaseMapping:
        """The mapping sections of the case's current plan, from its template."""
        return self.mapping_of(self.get(case_id))

    def mapping_of(self, case: Case) -> CaseMapping:
        plan = case.current_plan
        plans = self._ws.plans
        template = plans.template_of(plan) if plan else plans.current_template()
        texts = plan.sections if plan else {}
        # Each text with the version it is at, read together, so a write based on it
        # finds out about a colleague's text stored since (EditConflict).
        stored = self._ws.plans.section_versions(stored_id(plan)) if plan else {}
        sections = tuple(
            MappingSection(sec.key, sec.title, sec.help,
                           *stored.get(sec.key, (texts.get(sec.key, ""), 0)))
            for sec in template.sections
            if sec.key in MAPPING_KEYS
        )
        if plan is not None and plan.is_signed:
            return CaseMapping(
                plan.id, plan.version, False, sections,
                f"Plan version {plan.version} är undertecknad. Påbörja en ny planversion "
                "för att ändra kartläggningen.",
            )
        return CaseMapping(
            plan.id if plan else None, plan.version if plan else None, True, sections
        )

    def set_mapping(self, case_id: int, key: str, text: str,
                    expected_version: int | None = None) -> str:
        """Write one mapping section into the current draft plan, starting one if none exists.

        Returns the text as stored. `expected_version` as in write_mapping.
        """
        self.write_mapping(case_id, key, text, expected_version)
        return text

    def write_mapping(self, case_id: int, key: str, text: str,
                      expected_version: int | None = None) -> int:
        """Write one mapping section; returns the section's version after the write.

        `expected_version` is the version the writer last read (MappingSection.version,
        0 when it read no section): if a colleague has stored another text since,
        nothing is stored and EditConflict carries both texts, as in meeting mode.
        """
        if key not in MAPPING_KEYS:
            raise ValidationError(f"”{key}” hör inte till kartläggningen.", field="section")
        with self._ws.transaction() as s:
            row = self._row(s, case_id)  # the whole case: its plans are content (opened)
            latest = row.plans[-1] if row.plans else None
            if latest is None:
                plan_id = stored_id(self._ws.plans.start_version(case_id))
                # The plan is this write's own: there is no colleague's text to keep.
                expected_version = None
            elif latest.status is PlanStatus.SIGNED:
                raise ValidationError(
                    f"Plan version {latest.version} är undertecknad och kan inte ändras. "
                    "Påbörja en ny planversion.",
                    field="section",
                )
            else:
                plan_id = latest.id
            return self._ws.plans.set_section(plan_id, key, text, expected_version)

    # --- the timeline --------------------------------------------------------

    def timeline(self, case_id: int) -> list[TimelineEntry]:
        """Every event of the case in date order, with dated meetings at the day they are held."""
        return timeline_of(self.get(case_id))

    # --- the process ---------------------------------------------------------

    def check_move(self, case_id: int, target: Stage, on: date | None = None) -> list[str]:
        case = self.get(case_id)
        return stages.check_move(
            case,
            target,
            on or self._ws.today(),
            self._ws.settings.deadlines(),
            organisations=self._ws.directory.organisations_by_id(),
        )

    def move(self, case_id: int, target: Stage, on: date | None = None) -> Case:
        """Move to another stage, or raise MoveRefused with the reasons; nothing changes then."""
        on = on or self._ws.today()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            case = convert.case(row)
            before = len(case.history)
            stages.move(case, target, on, self._ws.settings.deadlines(), organisations=orgs)
            row.stage = int(case.stage)
            for ev in case.history[before:]:
                row.events.append(m.EventRow(at=ev.at, kind=ev.kind, text=ev.text))
            return convert.case(row)

    def close(
        self, case_id: int, reason: CloseReason, note: str = "", on: date | None = None
    ) -> Case:
        """Close the case (the SIP ends): it leaves the board but can still be found.

        A case can be closed at any stage (the family moved, consent ended);
        "goals reached" only once the plan has been followed up.
        """
        try:
            reason = CloseReason(reason)
        except ValueError:
            raise ValidationError("Välj varför ärendet avslutas.", field="reason") from None
        check_date(on, "Datumet då ärendet avslutas", field="closed_on")
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            if row.archived:
                raise ValidationError("Ärendet är redan avslutat.", field="archived")
            problem = stages.close_problem(Stage(row.stage), reason)
            if problem:
                raise ValidationError(problem, field="reason")
            row.archived = True
            row.close_reason = reason
            row.closed_on = on or self._ws.today()
            text = f"Ärendet avslutades: {reason.label.lower()}."
            add_event(self._ws, row, "closed", f"{text} {note.strip()}".strip())
            return convert.case(row)

    def reopen(self, case_id: int) -> Case:
        """Open a closed case again, at the stage where it was closed."""
        with self._ws.transaction() as s:
            row = self._row(s, case_id)
            if row.archived:
                row.archived = False
                row.close_reason = None
                row.closed_on = None
                add_event(self._ws, row, "reopened", "Ärendet återöppnades.")
            return convert.case(row)

    # --- helpers -------------------------------------------------------------

    @staticmethod
    def _row(s: Session, case_id: int) -> m.CaseRow:
        """The case with everything that hangs on it (opened on a team server: case_row)."""
        row = queries.case_row(s, case_id)
        if row is None:
            raise CaseNotFound(str(case_id))
        return row

    @staticmethod
    def _case_only(s: Session, case_id: int) -> m.CaseRow:
        """The case's own row; what hangs on it loads only if it is touched."""
        row = s.get(m.CaseRow, case_id)
        if row is None:
            raise CaseNotFound(str(case_id))
        return row


def _draft(row: m.CaseRow) -> m.PlanRow | None:
    plan = row.plans[-1] if row.plans else None
    return plan if plan is not None and plan.status is PlanStatus.DRAFT else None


def timeline_of(case: Case) -> list[TimelineEntry]:
    """Every event of the case in date order, with dated meetings at the day they are held."""
    entries = [
        TimelineEntry(ev.at, ev.kind, EVENT_LABELS.get(ev.kind, ev.kind.capitalize()),
                      ev.text, ev.user)
        for ev in case.history
    ]
    for meeting in case.meetings:
        if meeting.date is None:
            continue
        at = datetime.combine(meeting.date, meeting.start or datetime.min.time())
        place = f", {meeting.place}" if meeting.place else ""
        entries.append(TimelineEntry(
            at, "meeting_held", "Möte",
            f"{meeting.kind.label} ({meeting.mode.label.lower()}{place}).",
        ))
    # By day; on a meeting's day the meeting comes first (what is recorded that day,
    # attendance or a signed plan, happened at it); otherwise stored order.
    return sorted(entries, key=lambda e: (e.at.date(), e.kind != "meeting_held", e.at))
