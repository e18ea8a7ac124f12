"""The planning document: drafts, sections, actions, signing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from sipdesk.domain import stages
from sipdesk.domain.dates import check_date
from sipdesk.domain.entities import (
    Case,
    Distribution,
    Organisation,
    Plan,
    PlanAction,
    stored_id,
)
from sipdesk.domain.enums import PlanStatus, ReviewStatus, SentVia, SigningMethod, Stage
from sipdesk.domain.errors import MoveRefused, ValidationError
from sipdesk.domain.fingerprint import short_fingerprint
from sipdesk.domain.plan_document import (
    PersonLine,
    attendee,
    fingerprint_of,
    meeting_of,
    names_in_words,
    signed_how,
    signer_line,
)
from sipdesk.domain.signing import (
    Signer,
    SigningState,
    signer_choices,
    signing_problem,
    signing_state,
)
from sipdesk.domain.stages import can_sign_plan
from sipdesk.domain.template import (
    PlanTemplate,
    TemplateRegistry,
    default_template,
    registry_from_directory,
)
from sipdesk.domain.views import PlanVersionInfo
from sipdesk.services.conflicts import EditConflict, StaleWrite
from sipdesk.services.history import add_event
from sipdesk.services.resources import region_templates_dir
from sipdesk.store import convert, queries
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

DEFAULT_TEMPLATE_ID = "standard"


class PlanService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    @cached_property
    def templates(self) -> TemplateRegistry:
        directory = region_templates_dir()
        if directory.is_dir():
            return registry_from_directory(directory)
        return TemplateRegistry([default_template()])

    def current_template(self) -> PlanTemplate:
        return self.templates.latest(DEFAULT_TEMPLATE_ID)

    def template_of(self, plan: Plan) -> PlanTemplate:
        return self.templates.for_plan(plan)

    def start_version(self, case_id: int, meeting_id: int | None = None) -> Plan:
        """The case's first plan, or a new draft carrying over the latest signed version.

        Refused while the latest version is a draft: write on in that one. The
        signed version stays exactly as it was signed.
        """
        template = self.current_template()
        with self._ws.transaction() as s:
            case = queries.case_row(s, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            if case.plans:
                row = self._new_version_row(s, case, meeting_id)
            else:
                row = m.PlanRow(
                    version=1,
                    template_id=template.id,
                    template_version=template.version,
                    status=PlanStatus.DRAFT,
                    meeting_id=meeting_id,
                )
                row.sections = [
                    m.PlanSectionRow(key=key, text=case.question if key == "question" else "")
                    for key in template.section_keys
                ]
                case.plans.append(row)
                add_event(self._ws, case, "plan", "Plan version 1 påbörjad.")
            s.flush()
            return convert.plan(row)

    def get(self, plan_id: int) -> Plan:
        with self._ws.reading() as s:
            return convert.plan(self._plan(s, plan_id))

    def set_section(self, plan_id: int, key: str, text: str,
                    expected_version: int | None = None) -> int:
        """Store a section's text; returns the section's version after the write.

        `expected_version` is the version the writer last read (0: it read no
        section). If someone else has changed the text since, nothing is stored
        and EditConflict carries both texts; without it the last writer wins,
        as the case record's mapping does.
        """
        try:
            with self._ws.transaction() as s:
                row = self._editable(s, plan_id)
                template = self.templates.get(row.template_id, row.template_version)
                if key not in template.section_keys:
                    raise ValidationError(f"Mallen har inget avsnitt som heter ”{key}”.",
                                          "section")
                section = next((sec for sec in row.sections if sec.key == key), None)
                if section is None:
                    section = m.PlanSectionRow(key=key, text=text, row_version=1)
                    row.sections.append(section)
                elif section.text != text:
                    if expected_version is not None and section.row_version != expected_version:
                        raise EditConflict(plan_id=plan_id, key=key, mine=text,
                                           theirs=section.text, version=section.row_version)
                    # The text's version counts up by hand (see models.PlanSectionRow);
                    # the UPDATE still says which version it read, so a colleague's
                    # write in between ends in StaleDataError rather than being lost.
                    section.row_version += 1
                    section.text = text
                s.flush()
                return section.row_version
        except StaleDataError:
            try:
                stored = self._stored_section(plan_id, key)
            except SQLAlchemyError:  # inside an outer transaction, which is now spoilt
                raise StaleWrite() from None
            raise EditConflict(plan_id=plan_id, key=key, mine=text, theirs=stored[0],
                               version=stored[1]) from None

    def section_versions(self, plan_id: int) -> dict[str, tuple[str, int]]:
        """Every section of a plan version as stored now: key -> (text, version)."""
        with self._ws.reading() as s:
            rows = s.execute(select(m.PlanSectionRow.key, m.PlanSectionRow.text,
                                    m.PlanSectionRow.row_version)
                             .where(m.PlanSectionRow.plan_id == plan_id))
            return {key: (text, version) for key, text, version in rows}

    def _stored_section(self, plan_id: int, key: str) -> tuple[str, int]:
        """A section's text and version as stored now (after a conflicting write)."""
        with self._ws.reading() as s:
            section = s.scalars(select(m.PlanSectionRow).where(
                m.PlanSectionRow.plan_id == plan_id, m.PlanSectionRow.key == key)).first()
            return (section.text, section.row_version) if section is not None else ("", 0)

    def add_action(self, plan_id: int, action: PlanAction) -> PlanAction:
        with self._ws.transaction() as s:
            row = self._editable(s, plan_id)
            a = m.PlanActionRow(
                position=len(row.actions),
                need=action.need,
                goal=action.goal,
                action=action.action,
                organisation_id=action.organisation_id,
                person_name=action.person_name,
                due=action.due,
                review_status=ReviewStatus.NOT_REVIEWED,
                review_comment="",
            )
            row.actions.append(a)
            s.flush()
            return convert.plan_action(a)

    def sign(self, plan_id: int, on: date | None = None,
             signers: Sequence[Signer] | None = None,
             method: SigningMethod = SigningMethod.PAPER) -> Plan:
        """Freeze this version, with who signed it and how; refused with reasons if the
        plan is not complete (the signing checklist) or the signers are not right.

        `signers` are identities (an invitation of the plan's meeting, a guardian,
        a network person, the child). On paper they default to everyone on the
        plan's signature lines; "justerad" needs at least one named participant.
        """
        on = on or self._ws.today()
        check_date(on, "Underskriftsdatumet", field="signed_on")
        if on > self._ws.today():
            raise ValidationError("Underskriftsdatumet ligger i framtiden.", field="signed_on")
        method = SigningMethod(method)
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            row = self._editable(s, plan_id)
            case = convert.case(row.case)
            draft = convert.plan(row)
            template = self.template_of(draft)
            problems = can_sign_plan(case, draft, organisations=orgs,
                                     section_keys=template.section_keys)
            if problems:
                raise MoveRefused(problems)
            if signers is None:
                signers = [c.signer for c in signer_choices(case, draft, orgs)] \
                    if method is SigningMethod.PAPER else []
            problem = signing_problem(method, signers)
            if problem is not None:
                raise ValidationError(problem, field="signers")
            lines = _signature_lines(case, draft, signers, orgs)
            row.status = PlanStatus.SIGNED
            row.signed_on = on
            row.signing_method = method
            row.signatures = [
                m.SignatureRow(name=line.name, role=line.description,
                               invitation_id=line.invitation_id, guardian_id=line.guardian_id,
                               person_id=line.person_id, is_child=line.is_child, signed_on=on)
                for line in lines
            ]
            plan = convert.plan(row)
            row.fingerprint = fingerprint_of(case, plan, template, orgs)
            how = "justerad" if method is SigningMethod.ADJUSTED else "undertecknad"
            add_event(self._ws,
                row.case, "plan",
                f"Plan version {row.version} {how} av {names_in_words([x.name for x in lines])} "
                f"(fingeravtryck {short_fingerprint(row.fingerprint)}).",
            )
            s.flush()
            return convert.plan(row)

    def signing_state(self, plan_id: int) -> SigningState:
        """What the end of the meeting shows of this version: the checklist, who can sign,
        the booked follow-up, and who signed it once it is signed."""
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.reading() as s:
            row = self._plan(s, plan_id)
            case, plan = convert.case(row.case), convert.plan(row)
        template = self.template_of(plan)
        fingerprint = plan.fingerprint if plan.is_signed else ""
        return signing_state(case, plan, orgs, self._ws.today(),
                             section_keys=template.section_keys,
                             short_fingerprint=short_fingerprint(fingerprint)
                             if fingerprint else "")

    # --- versions --------------------------------------------------------------

    def versions(self, case_id: int) -> list[PlanVersionInfo]:
        """Every plan version of the case, oldest first, with date and fingerprint."""
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.reading() as s:
            row = queries.case_row(s, case_id)
            if row is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            case = convert.case(row)
        return self.versions_of(case, orgs)

    def versions_of(self, case: Case, orgs: dict[int, Organisation]) -> list[PlanVersionInfo]:
        infos = []
        for plan in sorted(case.plans, key=lambda p: p.version):
            fingerprint = ""
            if plan.is_signed:
                fingerprint = plan.fingerprint or self._computed(case, plan, orgs)
            kept = orgs.get(plan.original_kept_by_org_id) if plan.original_kept_by_org_id else None
            infos.append(PlanVersionInfo(
                plan_id=stored_id(plan), version=plan.version, status=plan.status,
                signed_on=plan.signed_on, fingerprint=fingerprint, meeting_id=plan.meeting_id,
                original_kept_by=kept.display_name if kept else "",
                copies=len(plan.distribution),
                signing_method=plan.signing_method,
                signatures=tuple(plan.signatures),
                signed_how=signed_how(plan),
            ))
        return infos

    def latest(self, case_id: int) -> Plan:
        """The latest plan version of the case (signed or draft)."""
        case = self._ws.cases.get(case_id)
        plan = case.current_plan
        if plan is None:
            raise ValidationError(
                f"Ärendet {case.reference} har ingen plan ännu.", field="plan"
            )
        return plan

    def fingerprint(self, plan_id: int, *, reference: str | None = None) -> str:
        """The stored fingerprint of a signed version; for a draft, what its content gives now
        (under `reference` instead of the case's own, for a case about to be renumbered)."""
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.reading() as s:
            row = self._plan(s, plan_id)
            case, plan = convert.case(row.case), convert.plan(row)
        if reference is not None:
            case.reference = reference
        return fingerprint_of(case, plan, self.template_of(plan), orgs)

    def _computed(self, case: Case, plan: Plan, orgs: Mapping[int, Organisation]) -> str:
        try:
            return fingerprint_of(case, plan, self.template_of(plan), orgs)
        except LookupError:  # the template file is gone; the list still shows the version
            return ""

    def _new_version_row(self, s: Session, case: m.CaseRow, meeting_id: int | None) -> m.PlanRow:
        latest = case.plans[-1] if case.plans else None
        if latest is None:
            raise ValidationError(
                "Ärendet har ingen undertecknad plan att utgå från. Skriv en första plan.",
                field="plan",
            )
        if latest.status is PlanStatus.DRAFT:
            raise ValidationError(
                f"Plan version {latest.version} är ett utkast. Skriv vidare i det i stället "
                "för att börja en ny version.",
                field="plan",
            )
        if meeting_id is not None and not any(mt.id == meeting_id for mt in case.meetings):
            raise ValidationError("Mötet hör inte till ärendet.", field="meeting")
        template = self.current_template()
        row = m.PlanRow(
            version=latest.version + 1,
            template_id=template.id,
            template_version=template.version,
            status=PlanStatus.DRAFT,
            meeting_id=meeting_id,
        )
        old = {sec.key: sec for sec in latest.sections}
        row.sections = [
            m.PlanSectionRow(
                key=key,
                text=old[key].text if key in old else (case.question if key == "question" else ""),
                internal_note=old[key].internal_note if key in old else "",
            )
            for key in template.section_keys
        ]
        # Each action is carried over to be reviewed at the follow-up: it points back
        # to the signed action, whose own row is never touched.
        row.actions = [
            m.PlanActionRow(
                position=pos, need=a.need, goal=a.goal, action=a.action,
                organisation_id=a.organisation_id, person_name=a.person_name, due=a.due,
                review_status=ReviewStatus.NOT_REVIEWED, review_comment="",
                previous_action_id=a.id, goal_status=None,
            )
            for pos, a in enumerate(latest.actions)
        ]
        case.plans.append(row)
        add_event(self._ws,
            case, "plan",
            f"Plan version {row.version} påbörjad utifrån version {latest.version}.",
        )
        return row

    # --- after signing: copies and the original --------------------------------

    def record_distribution(self, plan_id: int, copy: Distribution) -> Distribution:
        """Log that a copy of a signed version went to someone, when and how."""
        recipient = (copy.recipient or "").strip()
        if not recipient:
            raise ValidationError("Skriv vem som fick planen.", field="recipient")
        if not isinstance(copy.sent_on, date):
            raise ValidationError("Skriv vilket datum planen skickades.", field="sent_on")
        check_date(copy.sent_on, "Datumet då planen skickades", field="sent_on")
        if copy.sent_on > self._ws.today():
            raise ValidationError("Datumet ligger i framtiden.", field="sent_on")
        try:
            via = SentVia(copy.via)
        except ValueError:
            raise ValidationError("Välj hur planen skickades.", field="via") from None
        orgs = self._ws.directory.organisations_by_id()
        if copy.organisation_id is not None and copy.organisation_id not in orgs:
            raise ValidationError("Verksamheten finns inte i katalogen.", field="organisation")
        with self._ws.transaction() as s:
            row = self._plan(s, plan_id)
            if row.status is not PlanStatus.SIGNED:
                raise ValidationError(
                    "Bara en undertecknad plan delas ut. Underteckna planen först.",
                    field="plan",
                )
            d = m.DistributionRow(
                recipient=recipient, organisation_id=copy.organisation_id,
                sent_on=copy.sent_on, via=via, note=(copy.note or "").strip(),
            )
            row.distribution.append(d)
            add_event(self._ws,
                row.case, "plan",
                f"Plan version {row.version} skickad till {recipient} "
                f"({via.label.lower()}, {copy.sent_on.isoformat()}).",
            )
            s.flush()
            return convert.distribution(d)

    def set_original_kept_by(self, plan_id: int, org_id: int | None) -> Plan:
        """Which organisation keeps the signed original (the samordningsansvarig's)."""
        orgs = self._ws.directory.organisations_by_id()
        if org_id is not None and org_id not in orgs:
            raise ValidationError("Verksamheten finns inte i katalogen.", field="organisation")
        with self._ws.transaction() as s:
            row = self._plan(s, plan_id)
            if row.status is not PlanStatus.SIGNED:
                raise ValidationError(
                    "Originalet finns först när planen är undertecknad.", field="plan"
                )
            row.original_kept_by_org_id = org_id
            where = orgs[org_id].display_name if org_id is not None else "ingen angiven"
            add_event(self._ws, row.case, "plan",
                   f"Originalet av plan version {row.version} förvaras av: {where}.")
            return convert.plan(row)

    def owner_organisation_id(self, case_id: int) -> int | None:
        """The samordningsansvarig's organisation: by default it keeps the original."""
        return owner_organisation_of(self._ws.cases.get(case_id))

    # --- the end of the process (stage 6) --------------------------------------

    def continue_case(self, case_id: int, meeting_id: int | None = None) -> Plan:
        """Continue the SIP: back to the meeting stage with a new plan version, in one go."""
        on = self._ws.today()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            row = queries.case_row(s, case_id)
            if row is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            if Stage(row.stage) is not Stage.CLOSE_OR_CONTINUE:
                raise ValidationError(
                    f"Ärendet är i steget ”{Stage(row.stage).label}”. En SIP fortsätter "
                    f"från steget ”{Stage.CLOSE_OR_CONTINUE.label}”.",
                    field="stage",
                )
            case = convert.case(row)
            before = len(case.history)
            stages.move(case, Stage.MEETING, on, self._ws.settings.deadlines(),
                        organisations=orgs)
            row.stage = int(case.stage)
            for ev in case.history[before:]:
                row.events.append(m.EventRow(at=ev.at, kind=ev.kind, text=ev.text))
            plan = self._new_version_row(s, row, meeting_id)
            add_event(self._ws, row, "continued",
                   f"SIP:en fortsätter med plan version {plan.version}.")
            s.flush()
            return convert.plan(plan)

    @staticmethod
    def _plan(s: Session, plan_id: int) -> m.PlanRow:
        return plan_row(s, plan_id)

    @staticmethod
    def _editable(s: Session, plan_id: int) -> m.PlanRow:
        return editable_plan_row(s, plan_id)


def plan_row(s: Session, plan_id: int) -> m.PlanRow:
    row = s.get(m.PlanRow, plan_id)
    if row is None:
        raise ValidationError("Planen finns inte.", field="plan")
    return row


def editable_plan_row(s: Session, plan_id: int) -> m.PlanRow:
    """A plan version that may still change: a signed one is frozen for good."""
    row = plan_row(s, plan_id)
    if row.status is PlanStatus.SIGNED:
        raise ValidationError(
            "Den här planversionen är undertecknad och kan inte ändras. "
            "Ändringar görs i en ny version.",
            field="plan",
        )
    return row


def owner_organisation_of(case: Case) -> int | None:
    """The samordningsansvarig's organisation: by default it keeps the original."""
    owner = case.person(case.plan_owner_id) if case.plan_owner_id else None
    return owner.organisation_id if owner is not None else None


def _signature_lines(case: Case, plan: Plan, signers: Sequence[Signer],
                     orgs: Mapping[int, Organisation]) -> list[PersonLine]:
    """Each signer as the line they sign: the one who came for an invitation (a
    substitute in their own name), a guardian, a network person, the child. Refused
    with a reason for anyone who does not belong to the plan; each one once."""
    meeting = meeting_of(case, plan)
    invitations = {i.id: i for i in (meeting.invitations if meeting is not None else [])}
    lines: list[PersonLine] = []
    seen: set[tuple[str, int | None]] = set()
    for signer in signers:
        if signer.invitation_id is not None:
            inv = invitations.get(signer.invitation_id)
            if inv is None:
                raise ValidationError("Den som skrev under var inte kallad till mötet där "
                                      "planen skrevs.", field="signers")
            line = attendee(inv, orgs)
        else:
            found = signer_line(case, signer.guardian_id, signer.person_id, signer.child, orgs)
            if found is None:
                raise ValidationError("Den som skrev under hör inte till ärendet.",
                                      field="signers")
            line = found
        keys = _identity_keys(line)
        if keys & seen:
            continue  # the same person ticked twice (a guardian present by invitation)
        seen |= keys
        lines.append(line)
    return lines


def _identity_keys(line: PersonLine) -> set[tuple[str, int | None]]:
    keys: set[tuple[str, int | None]] = set()
    if line.invitation_id is not None:
        keys.add(("invitation", line.invitation_id))
    if line.guardian_id is not None:
        keys.add(("guardian", line.guardian_id))
    if line.person_id is not None:
        keys.add(("person", line.person_id))
    if line.is_child:
        keys.add(("child", None))
    return keys
