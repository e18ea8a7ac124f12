"""Lean reads for the case board: every case, in a handful of column queries.

Loading 10,000 whole case graphs through the ORM takes many seconds. The board
needs only what the deadline and flag rules read, so this module selects those
columns, one plain query per table (no ORM identity map, no relationship
loading), and builds the entities through store.convert, the one mapping from
columns to entities, handing it the related entities read here. Columns not
read stay at their defaults. Left out on purpose: the history, deviations, plan
sections, plan actions and copies sent (the card shows none of them); guardians
carry only id and name, people no phone or e-mail, meetings no end, place,
purpose, agenda or convener (tests/services/test_board.py lists every column
left out).
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, TypeVarTuple

from sqlalchemy import Column, Connection, Select, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from sipdesk.domain import entities as d
from sipdesk.store import convert
from sipdesk.store import models as m

_Columns = TypeVarTuple("_Columns")


def _default(column: Column[Any]) -> object:
    default = column.default
    return default.arg if isinstance(default, ScalarElementColumnDefault) else None


@cache
def _lean_row(keys: tuple[str, ...], table: Table) -> Callable[[Any], Any]:
    """Makes a named tuple of the columns read (`keys`) and every other column of
    `table` at its default, which convert then reads like a mapped row."""
    rest = [c for c in table.c if c.key not in keys]
    # mypy checks namedtuple() only with literal field names; these come from the query.
    row_type: Any = namedtuple("Columns", [*keys, *(c.key for c in rest)])  # type: ignore[misc]
    make = row_type._make
    defaults = tuple(_default(c) for c in rest)
    return lambda values: make((*values, *defaults))


def _rows(conn: Connection, stmt: Select[*_Columns], table: Any) -> Iterator[Any]:
    """The rows of `stmt` as lean rows of `table` (a mapped class's table).

    SQLAlchemy's Row answers attribute access about ten times slower than a
    named tuple does, which over 10,000 cases would be most of a board's read.
    """
    result = conn.execute(stmt)
    lean = _lean_row(tuple(result.keys()), table)
    # In batches, not .all(): 30,000 rows alive at once would wake the garbage
    # collector's full passes over everything read so far.
    for batch in result.partitions(100):
        yield from map(lean, batch)


def board_cases(session: Session, *, include_archived: bool = False) -> list[d.Case]:
    """Cases for the board, ordered by reference, with what the due and flag rules need."""
    # Core execution on the session's connection: plain tuples, no ORM identity map.
    conn = session.connection()
    c = m.CaseRow
    case_filter = () if include_archived else (c.archived.is_(False),)
    case_rows = list(_rows(
        conn,
        select(
            c.id, c.reference, c.stage, c.child_first_name, c.child_last_name,
            c.child_personnummer, c.child_birth_date, c.question, c.need_found_on,
            c.raised_by_org_id, c.raised_by_function, c.initiator_id, c.chair_id,
            c.plan_owner_id, c.participation, c.coordinator, c.archived,
        )
        .where(*case_filter)
        .order_by(c.reference),
        c.__table__,
    ))

    def of_cases(stmt: Select[*_Columns], case_column: Any) -> Select[*_Columns]:
        # Children of archived cases are not needed when those cases are not.
        if include_archived:
            return stmt
        return stmt.join(c, c.id == case_column).where(c.archived.is_(False))

    scope: dict[int, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    cs, cr = m.ConsentScopeRow, m.ConsentRow
    for consent_id, org_id, covered in conn.execute(
        of_cases(
            select(cs.consent_id, cs.organisation_id, cs.covered).join(
                cr, cr.id == cs.consent_id
            ),
            cr.case_id,
        )
    ):
        scope[consent_id][0 if covered else 1].add(org_id)

    consents: dict[int, list[d.Consent]] = defaultdict(list)
    for row in _rows(
        conn,
        of_cases(
            select(
                cr.id, cr.case_id, cr.given_on, cr.form, cr.by_child, cr.guardian_ids,
                cr.valid_until, cr.withdrawn_on,
            ).order_by(cr.id),
            cr.case_id,
        ),
        cr.__table__,
    ):
        in_scope, left_out = scope.get(row.id, ((), ()))
        consents[row.case_id].append(
            convert.consent(
                row, covered_org_ids=frozenset(in_scope), excluded_org_ids=frozenset(left_out)
            )
        )

    guardians: dict[int, list[d.Guardian]] = defaultdict(list)
    g = m.GuardianRow
    for row in _rows(
        conn, of_cases(select(g.id, g.case_id, g.name).order_by(g.id), g.case_id), g.__table__
    ):
        guardians[row.case_id].append(convert.guardian(row))

    network: dict[int, list[d.Person]] = defaultdict(list)
    n, p = m.CaseNetworkRow, m.PersonRow
    people: dict[int, d.Person] = {}
    for row in _rows(
        conn,
        of_cases(
            select(n.case_id, p.id, p.name, p.profession, p.organisation_id)
            .join(p, p.id == n.person_id)
            .order_by(n.id),
            n.case_id,
        ),
        p.__table__,
    ):
        person = people.get(row.id)
        if person is None:  # the same professional sits in many cases; share the entity
            person = people[row.id] = convert.person(row)
        network[row.case_id].append(person)

    mt, iv = m.MeetingRow, m.InvitationRow
    invitations: dict[int, list[d.Invitation]] = defaultdict(list)
    for row in _rows(
        conn,
        of_cases(
            select(
                iv.meeting_id, iv.id, iv.invitee_name, iv.kind, iv.person_id, iv.guardian_id,
                iv.is_child, iv.organisation_id, iv.profession, iv.sent_on, iv.answer_by,
                iv.response, iv.responded_on, iv.contacted_on, iv.attendance,
            )
            .join(mt, mt.id == iv.meeting_id)
            .order_by(iv.id),
            mt.case_id,
        ),
        iv.__table__,
    ):
        invitations[row.meeting_id].append(convert.invitation(row))

    meetings: dict[int, list[d.Meeting]] = defaultdict(list)
    for row in _rows(
        conn,
        of_cases(
            select(mt.id, mt.case_id, mt.kind, mt.date, mt.start, mt.mode).order_by(mt.id),
            mt.case_id,
        ),
        mt.__table__,
    ):
        meetings[row.case_id].append(
            convert.meeting(row, invitations=invitations.get(row.id, []))
        )

    pl = m.PlanRow
    plans: dict[int, list[d.Plan]] = defaultdict(list)
    for row in _rows(
        conn,
        of_cases(
            select(
                pl.id, pl.case_id, pl.version, pl.template_id, pl.template_version,
                pl.status, pl.meeting_id, pl.signed_on,
            ).order_by(pl.version),
            pl.case_id,
        ),
        pl.__table__,
    ):
        plans[row.case_id].append(convert.plan(row, sections=(), actions=[], distributed=[],
                                                   signatures=[]))

    return [
        convert.case(
            r,
            guardians=guardians.get(r.id, []),
            consents=consents.get(r.id, []),
            network=network.get(r.id, []),
            meetings=meetings.get(r.id, []),
            plans=plans.get(r.id, []),
            deviations=[],
            history=[],
        )
        for r in case_rows
    ]
