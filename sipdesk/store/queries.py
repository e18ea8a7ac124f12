"""Queries the services need, each loading what it needs in a fixed number of round trips."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Text, func, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlalchemy.sql.functions import FunctionElement

from sipdesk.store import models as m
from sipdesk.store import server_security

_CASE_GRAPH = (
    selectinload(m.CaseRow.guardians),
    selectinload(m.CaseRow.consents).selectinload(m.ConsentRow.scope),
    selectinload(m.CaseRow.network).selectinload(m.CaseNetworkRow.person),
    selectinload(m.CaseRow.meetings).selectinload(m.MeetingRow.invitations),
    selectinload(m.CaseRow.plans).selectinload(m.PlanRow.sections),
    selectinload(m.CaseRow.plans).selectinload(m.PlanRow.actions),
    selectinload(m.CaseRow.plans).selectinload(m.PlanRow.distribution),
    selectinload(m.CaseRow.deviations),
    selectinload(m.CaseRow.events),
)


class Fold(FunctionElement[str]):
    """Case folding for search that knows Å, Ä and Ö, on either store.

    SQLite's lower() is ASCII only, so the local store's connection has a fold()
    of its own (engine.fold, Python's casefold); PostgreSQL's lower() follows the
    database's UTF-8 locale (server.check_server refuses a database without one).
    """

    type = Text()
    name = "fold"
    inherit_cache = True


@compiles(Fold)
def _fold_in_the_file(element: Fold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"fold({compiler.process(element.clauses, **kw)})"


@compiles(Fold, "postgresql")
def _fold_on_the_server(element: Fold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


def case_row(session: Session, case_id: int) -> m.CaseRow | None:
    """The case with everything that hangs on it, loaded in a fixed number of reads.

    On a team server a case's content is visible only to a login that opened it
    (sipdesk_open_case, which logs the reading), so the opening is done here, where
    every whole-case read passes, rather than left to each caller to remember."""
    server_security.open_case(session, case_id)
    stmt = select(m.CaseRow).where(m.CaseRow.id == case_id).options(*_CASE_GRAPH)
    return session.scalars(stmt).one_or_none()


def case_id_by_reference(session: Session, reference: str) -> int | None:
    stmt = select(m.CaseRow.id).where(func.upper(m.CaseRow.reference) == reference.upper())
    return session.scalar(stmt)


def case_rows(
    session: Session,
    *,
    stage: int | None = None,
    ids: Iterable[int] | None = None,
    include_archived: bool = False,
) -> list[m.CaseRow]:
    """Whole cases with everything the deadline rules look at."""
    stmt = select(m.CaseRow).options(*_CASE_GRAPH).order_by(m.CaseRow.reference)
    if stage is not None:
        stmt = stmt.where(m.CaseRow.stage == stage)
    if ids is not None:
        stmt = stmt.where(m.CaseRow.id.in_(list(ids)))
    if not include_archived:
        stmt = stmt.where(m.CaseRow.archived.is_(False))
    return list(session.scalars(stmt))


def search_case_ids(session: Session, text: str, include_archived: bool = False) -> list[int]:
    """Cases whose child's name, personnummer fragment, question or network organisation match.

    Matching folds case the Swedish way (Fold).
    """
    needle = f"%{_escape_like(text.strip().casefold())}%"
    digits = "".join(ch for ch in text if ch.isdigit())

    def like(column: SQLCoreOperations[str]) -> ColumnElement[bool]:
        return Fold(column).like(needle, escape="\\")

    conditions = [
        like(m.CaseRow.child_first_name),
        like(m.CaseRow.child_last_name),
        like(m.CaseRow.child_first_name + " " + m.CaseRow.child_last_name),
        like(m.CaseRow.question),
        like(m.CaseRow.reference),
    ]
    if len(digits) >= 4:
        conditions.append(
            func.replace(m.CaseRow.child_personnummer, "-", "").like(f"%{digits}%")
        )
    org_match = (
        select(m.CaseNetworkRow.case_id)
        .join(m.PersonRow, m.PersonRow.id == m.CaseNetworkRow.person_id)
        .join(m.OrganisationRow, m.OrganisationRow.id == m.PersonRow.organisation_id)
        .where(like(m.OrganisationRow.name))
    )
    conditions.append(m.CaseRow.id.in_(org_match))
    stmt = select(m.CaseRow.id).where(or_(*conditions)).order_by(m.CaseRow.reference)
    if not include_archived:
        stmt = stmt.where(m.CaseRow.archived.is_(False))
    return list(session.scalars(stmt))


def next_sequence(session: Session, name: str) -> int:
    """The next number of a named counter, taken inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # Atomic between sessions, and the way a team server's logins may take one.
        return server_security.next_number(session, name)
    key = f"seq:{name}"
    row = session.get(m.Meta, key)
    if row is None:
        row = m.Meta(key=key, value="0")
        session.add(row)
    value = int(row.value) + 1
    row.value = str(value)
    return value


def raise_sequence(session: Session, name: str, at_least: int) -> None:
    """Move a named counter past `at_least`, so its next number is higher (never lower it)."""
    key = f"seq:{name}"
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(
            f"INSERT INTO {m.Meta.__tablename__} AS m (key, value) VALUES (:key, :n) "
            "ON CONFLICT (key) DO UPDATE SET "
            "value = GREATEST(CAST(m.value AS integer), CAST(:n AS integer))::text"),
            {"key": key, "n": str(at_least)})
        return
    row = session.get(m.Meta, key)
    if row is None:
        session.add(m.Meta(key=key, value=str(at_least)))
    elif int(row.value) < at_least:
        row.value = str(at_least)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
