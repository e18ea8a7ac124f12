"""The planning document: drafts, sections, actions, signing."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from sipdesk.domain.entities import Plan, PlanAction
from sipdesk.domain.enums import PlanStatus, ReviewStatus
from sipdesk.domain.errors import MoveRefused, ValidationError
from sipdesk.domain.stages import can_sign_plan
from sipdesk.domain.template import (
    PlanTemplate,
    TemplateRegistry,
    default_template,
    registry_from_directory,
)
from sipdesk.services.cases import _event
from sipdesk.services.resources import region_templates_dir
from sipdesk.store import mapping, queries
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

    def start_draft(self, case_id: int, meeting_id: int | None = None) -> Plan:
        """A new plan version on the current template, carrying over the latest texts."""
        template = self.current_template()
        with self._ws.transaction() as s:
            case = queries.case_row(s, case_id)
            if case is None:
                raise ValidationError("Ärendet finns inte.", field="case")
            previous = case.plans[-1] if case.plans else None
            if previous is not None and previous.status is PlanStatus.DRAFT:
                raise ValidationError(
                    "Det finns redan ett utkast till plan i ärendet. Skriv vidare i det.",
                    field="plan",
                )
            row = m.PlanRow(
                version=(previous.version + 1) if previous else 1,
                template_id=template.id,
                template_version=template.version,
                status=PlanStatus.DRAFT,
                meeting_id=meeting_id,
            )
            texts = {sec.key: sec.text for sec in previous.sections} if previous else {}
            texts.setdefault("question", case.question)
            row.sections = [
                m.PlanSectionRow(key=key, text=texts.get(key, ""))
                for key in template.section_keys
            ]
            case.plans.append(row)
            _event(case, "plan", f"Plan version {row.version} påbörjad.")
            s.flush()
            return mapping.plan(row)

    def get(self, plan_id: int) -> Plan:
        with self._ws.reading() as s:
            return mapping.plan(self._plan(s, plan_id))

    def set_section(self, plan_id: int, key: str, text: str) -> None:
        with self._ws.transaction() as s:
            row = self._editable(s, plan_id)
            template = self.templates.get(row.template_id, row.template_version)
            if key not in template.section_keys:
                raise ValidationError(f"Mallen har inget avsnitt som heter ”{key}”.", "section")
            section = next((sec for sec in row.sections if sec.key == key), None)
            if section is None:
                row.sections.append(m.PlanSectionRow(key=key, text=text))
            else:
                section.text = text

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
            return mapping.plan_action(a)

    def sign(self, plan_id: int, on: date | None = None) -> Plan:
        """Freeze this version; refused with reasons if the plan is not complete."""
        on = on or self._ws.today()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.transaction() as s:
            row = self._editable(s, plan_id)
            case = mapping.case(row.case)
            problems = can_sign_plan(case, mapping.plan(row), organisations=orgs)
            if problems:
                raise MoveRefused(problems)
            row.status = PlanStatus.SIGNED
            row.signed_on = on
            _event(row.case, "plan", f"Plan version {row.version} undertecknad.")
            return mapping.plan(row)

    @staticmethod
    def _plan(s: Session, plan_id: int) -> m.PlanRow:
        row = s.get(m.PlanRow, plan_id)
        if row is None:
            raise ValidationError("Planen finns inte.", field="plan")
        return row

    def _editable(self, s: Session, plan_id: int) -> m.PlanRow:
        row = self._plan(s, plan_id)
        if row.status is PlanStatus.SIGNED:
            raise ValidationError(
                "Den här planversionen är undertecknad och kan inte ändras. "
                "Ändringar görs i en ny version.",
                field="plan",
            )
        return row
