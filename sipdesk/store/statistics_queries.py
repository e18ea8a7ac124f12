"""The facts statistics count, read once as plain tuples (no ORM objects, no names).

One query per kind of fact. No child's name, personnummer or free text is
selected: the child's voice is read as "is there any" in SQL, so the facts
could be logged without harm. Invitations are read only for the meetings in
the period; meetings, plans and consents for all time, because a wait or a
follow-up can begin before the period does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session

from sipdesk.domain.statistics import (
    CaseFact,
    DeviationFact,
    Facts,
    InvitationFact,
    MeetingFact,
    PlanFact,
)
from sipdesk.store import convert
from sipdesk.store import models as m

CHILD_VOICE_KEY = "child_voice"


def statements(start: date, end: date) -> dict[str, Select[Any]]:
    """The statements `read_facts` runs, by kind of fact (a benchmark runs them bare)."""
    inv = m.InvitationRow
    first_consent = (select(m.ConsentRow.case_id, func.min(m.ConsentRow.given_on).label("first"))
                     .group_by(m.ConsentRow.case_id).subquery())
    voice = exists().where(and_(m.PlanSectionRow.plan_id == m.PlanRow.id,
                                m.PlanSectionRow.key == CHILD_VOICE_KEY,
                                func.trim(m.PlanSectionRow.text) != ""))
    return {
        "meetings": select(m.MeetingRow.id, m.MeetingRow.case_id, m.MeetingRow.kind,
                           m.MeetingRow.date, m.MeetingRow.convened_by_org_id),
        "invitations": select(inv.meeting_id, inv.organisation_id, inv.response,
                              inv.attendance, inv.sent_on, inv.answer_by, inv.responded_on)
        .join(m.MeetingRow, m.MeetingRow.id == inv.meeting_id)
        .where(m.MeetingRow.date.between(start, end)),
        "cases": select(m.CaseRow.id, m.CaseRow.coordinator, m.CaseRow.need_found_on,
                        first_consent.c.first)
        .outerjoin(first_consent, first_consent.c.case_id == m.CaseRow.id),
        "plans": select(m.PlanRow.case_id, m.PlanRow.meeting_id, m.PlanRow.signed_on, voice,
                        m.PlanRow.child_informed_on.is_not(None))
        .where(m.PlanRow.signed_on.is_not(None)),
        "deviations": select(m.DeviationRow.case_id, m.DeviationRow.kind,
                             m.DeviationRow.organisation_id, m.DeviationRow.occurred_on)
        .where(m.DeviationRow.occurred_on.between(start, end)),
        "organisations": select(m.OrganisationRow),
    }


def read_facts(session: Session, start: date, end: date) -> Facts:
    """Everything `domain.statistics.compute` needs for a period from `start` to `end`."""
    query = statements(start, end)
    conn = session.connection()
    meetings = [MeetingFact._make(row) for row in conn.execute(query["meetings"])]
    invitations = [InvitationFact._make(row) for row in conn.execute(query["invitations"])]
    cases = [CaseFact._make(row) for row in conn.execute(query["cases"])]
    plans = [PlanFact._make(row) for row in conn.execute(query["plans"])]
    deviations = [DeviationFact._make(row) for row in conn.execute(query["deviations"])]
    organisations = {row.id: convert.organisation(row)
                     for row in session.scalars(query["organisations"])}
    return Facts(meetings, invitations, cases, plans, deviations, organisations)
