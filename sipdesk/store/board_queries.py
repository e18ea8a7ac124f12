"""The board's light read: every case's facts (domain.board_facts), in one query per table.

Whole case graphs (ten entities and more per case, through the ORM) made the
board's start-up slow and four times larger than what the board keeps. The
due and flag rules read only the columns selected here, so this module reads
those with plain Core queries on the session's connection (no ORM identity
map, no relationship loading; each result row is unpacked once) and builds the
light facts directly. The facts are meant to live only until the cards are
built: nothing here is kept.

What the rules read and where it comes from is listed in board_facts; a whole
Case turned into facts (board_facts.case_facts) gives the same facts
(tests/services/test_board_light.py checks it on the demo data).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TypeVarTuple

from sqlalchemy import Connection, Row, Select, select
from sqlalchemy.orm import Session

from sipdesk.domain.board_facts import (
    CaseFacts,
    ConsentFacts,
    InvitationFacts,
    MeetingFacts,
    PersonFacts,
    PlanFacts,
)
from sipdesk.domain.entities import Child
from sipdesk.domain.enums import Stage
from sipdesk.store import models as m

_Columns = TypeVarTuple("_Columns")

_NONE: tuple[Any, ...] = ()


def _rows(conn: Connection, stmt: Select[*_Columns]) -> Iterator[Row[*_Columns]]:
    """The rows of `stmt`, fetched a batch at a time (one by one costs a call per row)."""
    for batch in conn.execute(stmt).partitions(500):
        yield from batch


def board_facts(session: Session, *, include_archived: bool = False) -> list[CaseFacts]:
    """The facts of every case for the board, ordered by reference."""
    conn = session.connection()
    c = m.CaseRow

    def of_cases(stmt: Select[*_Columns], case_column: Any) -> Select[*_Columns]:
        # Rows of archived cases are not needed when those cases are not.
        if include_archived:
            return stmt
        return stmt.join(c, c.id == case_column).where(c.archived.is_(False))

    cr = m.ConsentRow
    consents: defaultdict[int, list[ConsentFacts]] = defaultdict(list)
    stmt_consents = of_cases(
        select(cr.case_id, cr.given_on, cr.valid_until, cr.withdrawn_on).order_by(cr.id),
        cr.case_id,
    )
    for case_id, given_on, valid_until, withdrawn_on in _rows(conn, stmt_consents):
        consents[case_id].append(ConsentFacts(given_on, valid_until, withdrawn_on))

    n, p = m.CaseNetworkRow, m.PersonRow
    network: defaultdict[int, list[PersonFacts]] = defaultdict(list)
    people: dict[int, PersonFacts] = {}  # the same professional sits in many cases: share
    stmt_network = of_cases(
        select(n.case_id, p.id, p.name, p.organisation_id)
        .join(p, p.id == n.person_id)
        .order_by(n.id),
        n.case_id,
    )
    for case_id, person_id, name, organisation_id in _rows(conn, stmt_network):
        person = people.get(person_id)
        if person is None:
            person = people[person_id] = PersonFacts(person_id, name, organisation_id)
        network[case_id].append(person)

    mt, iv = m.MeetingRow, m.InvitationRow
    invitations: defaultdict[int, list[InvitationFacts]] = defaultdict(list)
    stmt_invitations = of_cases(
        select(
            iv.meeting_id, iv.invitee_name, iv.kind, iv.organisation_id, iv.sent_on,
            iv.answer_by, iv.response, iv.contacted_on,
        )
        .join(mt, mt.id == iv.meeting_id)
        .order_by(iv.id),
        mt.case_id,
    )
    for meeting_id, name, how, org_id, sent_on, answer_by, response, contacted_on in _rows(
        conn, stmt_invitations
    ):
        invitations[meeting_id].append(
            InvitationFacts(name, how, org_id, sent_on, answer_by, response, contacted_on)
        )

    meetings: defaultdict[int, list[MeetingFacts]] = defaultdict(list)
    stmt_meetings = of_cases(
        select(mt.id, mt.case_id, mt.kind, mt.date).order_by(mt.id), mt.case_id
    )
    for meeting_id, case_id, kind, day in _rows(conn, stmt_meetings):
        meetings[case_id].append(
            MeetingFacts(meeting_id, kind, day, tuple(invitations.pop(meeting_id, _NONE)))
        )

    pl = m.PlanRow
    current_plan: dict[int, PlanFacts] = {}
    stmt_plans = of_cases(
        select(pl.case_id, pl.version, pl.status, pl.meeting_id, pl.signed_on)
        .order_by(pl.version),
        pl.case_id,
    )
    for case_id, version, status, plan_meeting_id, signed_on in _rows(conn, stmt_plans):
        # In order of version, so the highest one stays.
        current_plan[case_id] = PlanFacts(version, status, plan_meeting_id, signed_on)

    stmt_cases = (
        select(
            c.id, c.reference, c.stage, c.archived, c.child_first_name, c.child_last_name,
            c.child_personnummer, c.question, c.need_found_on, c.plan_owner_id, c.coordinator,
        )
        .where(*(() if include_archived else (c.archived.is_(False),)))
        .order_by(c.reference)
    )
    # pop(), not get(): each case's lists are let go as soon as its facts hold them.
    return [
        CaseFacts(
            id=case_id,
            reference=reference,
            stage=Stage(stage),
            archived=archived,
            child=Child(first_name, last_name, personnummer),
            question=question,
            need_found_on=need_found_on,
            plan_owner_id=plan_owner_id,
            coordinator=coordinator,
            consents=tuple(consents.pop(case_id, _NONE)),
            network=tuple(network.pop(case_id, _NONE)),
            meetings=tuple(meetings.pop(case_id, _NONE)),
            current_plan=current_plan.pop(case_id, None),
        )
        for (
            case_id, reference, stage, archived, first_name, last_name, personnummer, question,
            need_found_on, plan_owner_id, coordinator,
        ) in _rows(conn, stmt_cases)
    ]
