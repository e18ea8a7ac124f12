"""Work out from the rows a flush wrote which cases and parts changed.

Called after each flush with the session's new, changed and deleted rows, so
no use case can forget to announce a change: whatever reached the store is
reported. Parent ids come from foreign-key columns (set by then), never from
lazy loads, so a deleted row is classified as well as a new one.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from sipdesk.domain.changes import ChangeLog, Part
from sipdesk.store import models as m

_CARD_AND_RECORD = (Part.CARD, Part.RECORD)

# Rows that belong to a case directly (case_id column), and what they change of it.
_OF_CASE: dict[type, tuple[Part, ...]] = {
    m.GuardianRow: _CARD_AND_RECORD,
    m.ConsentRow: _CARD_AND_RECORD,
    m.CaseNetworkRow: _CARD_AND_RECORD,
    m.MeetingRow: (Part.CARD, Part.MEETINGS),
    m.PlanRow: (Part.CARD, Part.PLAN),
    m.DeviationRow: (Part.DEVIATIONS,),
    m.EventRow: (Part.HISTORY,),
}
# Text typed into a plan does not change what the board shows.
_OF_PLAN: dict[type, tuple[Part, ...]] = {
    m.PlanSectionRow: (Part.PLAN,),
    m.PlanActionRow: (Part.PLAN,),
    m.DistributionRow: (Part.PLAN,),
    m.SignatureRow: (Part.PLAN,),
}


def _changed_columns(row: object) -> bool:
    state = inspect(row)
    return any(
        state.attrs[attr.key].history.has_changes()
        for attr in state.mapper.column_attrs
    )


def _loaded_case_id(row: object, relation: str) -> int | None:
    """The case id of the parent row, if that row is already in memory with it (no lazy load)."""
    parent = row.__dict__.get(relation)
    case_id: int | None = parent.__dict__.get("case_id") if parent is not None else None
    return case_id


def _parts_of_kind(kind: type) -> tuple[Part, ...]:
    if kind is m.InvitationRow:
        return (Part.CARD, Part.MEETINGS)
    if kind is m.ConsentScopeRow:
        return _CARD_AND_RECORD
    return _OF_CASE.get(kind) or _OF_PLAN.get(kind) or ()


def _removed_children(row: object, log: ChangeLog) -> None:
    """A child taken out of a collection is deleted as an orphan during the flush,
    where the session no longer lists it: report it through its parent."""
    case_id = row.id if isinstance(row, m.CaseRow) else row.__dict__.get("case_id")
    if case_id is None:
        return
    state = inspect(row)
    for rel in state.mapper.relationships:
        if rel.uselist and state.attrs[rel.key].history.deleted:
            log.case(case_id, *_parts_of_kind(rel.mapper.class_))


def note_flush(session: Session, log: ChangeLog) -> None:
    """Add to `log` what this flush changed (call from an after_flush event)."""
    rows: Iterable[object] = (*session.new, *session.dirty, *session.deleted)
    plan_ids: dict[int, tuple[Part, ...]] = {}
    meeting_ids: set[int] = set()
    consent_ids: set[int] = set()
    for row in rows:
        kind = type(row)
        if isinstance(row, m.CaseRow):
            # A case row is "dirty" when only a child collection changed; the
            # children report themselves.
            if row in session.new or row in session.deleted or _changed_columns(row):
                log.case(row.id, *_CARD_AND_RECORD)
        elif kind in _OF_CASE:
            log.case(row.case_id, *_OF_CASE[kind])  # type: ignore[attr-defined]
        elif kind in _OF_PLAN:
            case_id = _loaded_case_id(row, "plan")
            if case_id is not None:
                log.case(case_id, *_OF_PLAN[kind])
            else:
                plan_ids.setdefault(row.plan_id, _OF_PLAN[kind])  # type: ignore[attr-defined]
        elif kind is m.InvitationRow:
            case_id = _loaded_case_id(row, "meeting")
            if case_id is not None:
                log.case(case_id, Part.CARD, Part.MEETINGS)
            else:
                meeting_ids.add(row.meeting_id)  # type: ignore[attr-defined]
        elif kind is m.ConsentScopeRow:
            case_id = _loaded_case_id(row, "consent")
            if case_id is not None:
                log.case(case_id, *_CARD_AND_RECORD)
            else:
                consent_ids.add(row.consent_id)  # type: ignore[attr-defined]
        elif kind in (m.OrganisationRow, m.PersonRow):
            log.directory = True
        elif kind is m.Setting:
            log.settings = True
    for row in session.dirty:
        _removed_children(row, log)
    conn = session.connection()
    if plan_ids:
        for plan_id, case_id in conn.execute(
            select(m.PlanRow.id, m.PlanRow.case_id).where(m.PlanRow.id.in_(plan_ids))
        ):
            log.case(case_id, *plan_ids[plan_id])
    if meeting_ids:
        for (case_id,) in conn.execute(
            select(m.MeetingRow.case_id).where(m.MeetingRow.id.in_(meeting_ids))
        ):
            log.case(case_id, Part.CARD, Part.MEETINGS)
    if consent_ids:
        for (case_id,) in conn.execute(
            select(m.ConsentRow.case_id).where(m.ConsentRow.id.in_(consent_ids))
        ):
            log.case(case_id, *_CARD_AND_RECORD)
