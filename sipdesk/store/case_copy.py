"""Copy a whole case, row for row, from one store to another (laptop <-> team server).

Taking a case along, giving it back and moving a laptop store to the server all
copy the same thing: the case row and every row that hangs on it (CASE_PARTS,
parents first). Columns are read from the models' tables, so a column added
later travels without a change here. Ids differ between stores: each row gets a
new id where it lands, and every reference to another row is translated, the
directory's (organisations, people) by finding the same organisation or person
by name in the target, or adding it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CursorResult, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from sipdesk.store import convert
from sipdesk.store import models as m


@dataclass(frozen=True)
class Part:
    """A table of a case: its rows are those whose `column` names a row of `parent`."""

    table: Table
    parent: str  # "cases" or another part's table name
    column: str


def _t(row_class: type[m.Base]) -> Table:
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


CASES = _t(m.CaseRow)
ORGS = _t(m.OrganisationRow)
PEOPLE = _t(m.PersonRow)
# Parents before children, so every reference points at a row already copied.
CASE_PARTS: tuple[Part, ...] = (
    Part(_t(m.GuardianRow), "cases", "case_id"),
    Part(_t(m.ConsentRow), "cases", "case_id"),
    Part(_t(m.ConsentScopeRow), "consents", "consent_id"),
    Part(_t(m.CaseNetworkRow), "cases", "case_id"),
    Part(_t(m.MeetingRow), "cases", "case_id"),
    Part(_t(m.InvitationRow), "meetings", "meeting_id"),
    Part(_t(m.PlanRow), "cases", "case_id"),
    Part(_t(m.PlanSectionRow), "plans", "plan_id"),
    Part(_t(m.PlanActionRow), "plans", "plan_id"),
    Part(_t(m.DistributionRow), "plans", "plan_id"),
    Part(_t(m.SignatureRow), "plans", "plan_id"),
    Part(_t(m.DeviationRow), "cases", "case_id"),
    Part(_t(m.EventRow), "cases", "case_id"),
)
DIRECTORY = ("organisations", "people")


@dataclass
class CaseRows:
    """One case as plain column dicts, by table name (the case row under "cases")."""

    rows: dict[str, list[dict[str, Any]]]

    @property
    def case(self) -> dict[str, Any]:
        return self.rows["cases"][0]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}

    def directory_ids(self) -> tuple[set[int], set[int]]:
        """The organisations and people the case's rows refer to."""
        orgs: set[int] = set()
        people: set[int] = set()
        for name, rows in self.rows.items():
            table = CASES if name == "cases" else _part(name).table
            for column, target in _references(table).items():
                wanted = orgs if target == "organisations" else people \
                    if target == "people" else None
                if wanted is not None:
                    wanted.update(r[column] for r in rows if r[column] is not None)
        return orgs, people


def _part(name: str) -> Part:
    return next(p for p in CASE_PARTS if p.table.name == name)


def _references(table: Table) -> dict[str, str]:
    """Column -> the table it refers to."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def read_case(session: Session, case_id: int) -> CaseRows:
    """Every row of the case, parents first, each table in id order."""
    rows: dict[str, list[dict[str, Any]]] = {
        "cases": [dict(r) for r in session.execute(
            select(CASES).where(CASES.c.id == case_id)).mappings()]}
    if not rows["cases"]:
        raise LookupError(case_id)
    for part in CASE_PARTS:
        parent_ids = [r["id"] for r in rows[part.parent]]
        found: list[dict[str, Any]] = [dict(r) for r in session.execute(
            select(part.table).where(part.table.c[part.column].in_(parent_ids))
            .order_by(part.table.c.id)).mappings()] if parent_ids else []
        rows[part.table.name] = found
    return CaseRows(rows)


# --- the directory ---------------------------------------------------------------------


@dataclass
class IdMaps:
    """Old id -> new id, per table."""

    maps: dict[str, dict[int, int]] = field(default_factory=dict)

    def of(self, table: str) -> dict[int, int]:
        return self.maps.setdefault(table, {})


def _org_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (row["name"], row["unit"], str(row["kind"]), str(row["principal"]))


def map_directory(source: Session, target: Session, org_ids: Iterable[int] | None,
                  person_ids: Iterable[int] | None, maps: IdMaps) -> None:
    """Find each organisation and person of the source (all, when the ids are None) in the
    target by name, or add it there; the ids map into `maps`."""
    people_q = select(PEOPLE)
    if person_ids is not None:
        people_q = people_q.where(PEOPLE.c.id.in_(list(person_ids)))
    people = [dict(r) for r in source.execute(people_q.order_by(PEOPLE.c.id)).mappings()]
    orgs_q = select(ORGS)
    if org_ids is not None:
        wanted = set(org_ids) | {p["organisation_id"] for p in people if p["organisation_id"]}
        orgs_q = orgs_q.where(ORGS.c.id.in_(list(wanted)))
    orgs = [dict(r) for r in source.execute(orgs_q.order_by(ORGS.c.id)).mappings()]

    org_map = maps.of("organisations")
    there = {_org_key(dict(r)): r["id"] for r in target.execute(select(ORGS)).mappings()}
    for row in orgs:
        found = there.get(_org_key(row))
        if found is None:
            found = _insert(target, ORGS, row)
            there[_org_key(row)] = found
        org_map[row["id"]] = found

    person_map = maps.of("people")
    known = {(r["name"], r["profession"], r["organisation_id"]): r["id"]
             for r in target.execute(select(PEOPLE)).mappings()}
    for row in people:
        values = dict(row, organisation_id=org_map.get(row["organisation_id"]))
        key = (values["name"], values["profession"], values["organisation_id"])
        found = known.get(key)
        if found is None:
            found = _insert(target, PEOPLE, values)
            known[key] = found
        person_map[row["id"]] = found


# --- writing ---------------------------------------------------------------------------


def _insert(session: Session, table: Table, row: Mapping[str, Any]) -> int:
    values = {k: v for k, v in row.items() if k != "id"}
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        insert(table).values(values))
    new_id = result.inserted_primary_key
    assert new_id is not None
    return int(new_id[0])


def _translated(table: Table, row: dict[str, Any], maps: IdMaps) -> dict[str, Any]:
    out = dict(row)
    for column, target in _references(table).items():
        old = out.get(column)
        if old is None:
            continue
        if target == table.name:
            continue  # within the table (an action's previous action): fixed afterwards
        new = maps.of(target).get(old)
        if new is None and target in DIRECTORY:
            raise LookupError(f"{target} {old}")
        out[column] = new
    if table.name == "consents":
        guardians = maps.of("guardians")
        old_ids = (int(i) for i in str(row["guardian_ids"]).split(",") if i.strip())
        out["guardian_ids"] = convert.ids_text(guardians[i] for i in old_ids if i in guardians)
    return out


def write_case(session: Session, rows: CaseRows, maps: IdMaps, *,
               into_case: int | None = None) -> int:
    """Add the case's rows to this store; returns the case's id here.

    into_case: keep that existing case row (its id, and on a server its team) and
    overwrite its columns, after its old parts were removed (clear_case).
    """
    case = {k: v for k, v in _translated(CASES, rows.case, maps).items() if k != "id"}
    if into_case is None:
        case_id = _insert(session, CASES, case)
    else:
        session.execute(update(CASES).where(CASES.c.id == into_case).values(case))
        case_id = into_case
    maps.of("cases")[rows.case["id"]] = case_id
    for part in CASE_PARTS:
        table = part.table
        mapped = maps.of(table.name)
        later: list[tuple[int, str, int]] = []
        for row in rows.rows[table.name]:
            values = _translated(table, row, maps)
            for column, target in _references(table).items():
                if target == table.name and values.get(column) is not None:
                    later.append((row["id"], column, values[column]))
                    values[column] = None
            mapped[row["id"]] = _insert(session, table, values)
        for old_id, column, old_ref in later:
            session.execute(update(table).where(table.c.id == mapped[old_id])
                            .values({column: mapped.get(old_ref)}))
    return case_id


def clear_case(session: Session, case_id: int) -> None:
    """Remove every part of the case (children first); the case row itself stays."""
    ids: dict[str, list[int]] = {"cases": [case_id]}
    for part in CASE_PARTS:
        parents = ids[part.parent]
        ids[part.table.name] = list(session.scalars(
            select(part.table.c.id).where(part.table.c[part.column].in_(parents)))) \
            if parents else []
    for part in reversed(CASE_PARTS):
        if ids[part.table.name]:
            session.execute(delete(part.table).where(part.table.c.id.in_(ids[part.table.name])))


def delete_case(session: Session, case_id: int) -> None:
    clear_case(session, case_id)
    session.execute(delete(_t(m.CaseLeaseRow)).where(m.CaseLeaseRow.case_id == case_id))
    session.execute(delete(CASES).where(CASES.c.id == case_id))


def count_rows(session: Session, case_ids: Iterable[int]) -> dict[str, int]:
    """How many rows of each part the cases have together (for a check after copying)."""
    ids: dict[str, list[int]] = {"cases": list(case_ids)}
    counts = {"cases": len(ids["cases"])}
    for part in CASE_PARTS:
        parents = ids[part.parent]
        ids[part.table.name] = list(session.scalars(
            select(part.table.c.id).where(part.table.c[part.column].in_(parents)))) \
            if parents else []
        counts[part.table.name] = len(ids[part.table.name])
    return counts


def count_all(session: Session, table: Table) -> int:
    return int(session.scalar(select(func.count()).select_from(table)) or 0)
