"""Lean reads for the case board: every case, in a handful of column queries.

Loading 10,000 whole case graphs through the ORM takes many seconds. The board
needs only what the deadline and flag rules read, so this module selects those
columns as plain tuples, one query per table, and builds the domain entities
directly. Left out on purpose: the history, deviations, plan sections and plan
actions (the card shows none of them). Guardians carry only id and name.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdesk.domain import entities as d
from sipdesk.domain.enums import Stage
from sipdesk.store import models as m


def _ids(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part.strip())


def board_cases(session: Session, *, include_archived: bool = False) -> list[d.Case]:
    """Cases for the board, ordered by reference, with what the due and flag rules need."""
    # Core execution on the session's connection: plain tuples, no ORM identity map.
    conn = session.connection()
    c = m.CaseRow
    case_filter = () if include_archived else (c.archived.is_(False),)
    case_rows = conn.execute(
        select(
            c.id, c.reference, c.stage, c.child_first_name, c.child_last_name,
            c.child_personnummer, c.child_birth_date, c.question, c.need_found_on,
            c.raised_by_org_id, c.raised_by_function, c.initiator_id, c.chair_id,
            c.plan_owner_id, c.participation, c.coordinator, c.archived,
        )
        .where(*case_filter)
        .order_by(c.reference)
    ).all()

    def of_cases(stmt, case_column):
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
    for (
        cid, case_id, given_on, form, by_child, guardian_ids, valid_until, withdrawn_on,
    ) in conn.execute(
        of_cases(
            select(
                cr.id, cr.case_id, cr.given_on, cr.form, cr.by_child, cr.guardian_ids,
                cr.valid_until, cr.withdrawn_on,
            ).order_by(cr.id),
            cr.case_id,
        )
    ):
        covered, excluded = scope.get(cid, ((), ()))
        consents[case_id].append(
            d.Consent(
                id=cid, given_on=given_on, form=form, by_child=by_child,
                guardian_ids=_ids(guardian_ids), covered_org_ids=frozenset(covered),
                excluded_org_ids=frozenset(excluded), valid_until=valid_until,
                withdrawn_on=withdrawn_on,
            )
        )

    guardians: dict[int, list[d.Guardian]] = defaultdict(list)
    g = m.GuardianRow
    for gid, case_id, name in conn.execute(
        of_cases(select(g.id, g.case_id, g.name).order_by(g.id), g.case_id)
    ):
        guardians[case_id].append(d.Guardian(id=gid, name=name))

    network: dict[int, list[d.Person]] = defaultdict(list)
    n, p = m.CaseNetworkRow, m.PersonRow
    people: dict[int, d.Person] = {}
    for case_id, pid, name, profession, org_id in conn.execute(
        of_cases(
            select(n.case_id, p.id, p.name, p.profession, p.organisation_id)
            .join(p, p.id == n.person_id)
            .order_by(n.id),
            n.case_id,
        )
    ):
        person = people.get(pid)
        if person is None:  # the same professional sits in many cases; share the entity
            person = people[pid] = d.Person(
                id=pid, name=name, profession=profession, organisation_id=org_id
            )
        network[case_id].append(person)

    mt, iv = m.MeetingRow, m.InvitationRow
    invitations: dict[int, list[d.Invitation]] = defaultdict(list)
    for row in conn.execute(
        of_cases(
            select(
                iv.meeting_id, iv.id, iv.invitee_name, iv.kind, iv.person_id, iv.guardian_id,
                iv.is_child, iv.organisation_id, iv.profession, iv.sent_on, iv.answer_by,
                iv.response, iv.responded_on, iv.contacted_on, iv.attendance,
            )
            .join(mt, mt.id == iv.meeting_id)
            .order_by(iv.id),
            mt.case_id,
        )
    ):
        invitations[row[0]].append(
            d.Invitation(
                id=row[1], invitee_name=row[2], kind=row[3], person_id=row[4],
                guardian_id=row[5], is_child=row[6], organisation_id=row[7],
                profession=row[8], sent_on=row[9], answer_by=row[10], response=row[11],
                responded_on=row[12], contacted_on=row[13], attendance=row[14],
            )
        )

    meetings: dict[int, list[d.Meeting]] = defaultdict(list)
    for mid, case_id, kind, day, start, mode in conn.execute(
        of_cases(
            select(mt.id, mt.case_id, mt.kind, mt.date, mt.start, mt.mode).order_by(mt.id),
            mt.case_id,
        )
    ):
        meetings[case_id].append(
            d.Meeting(
                id=mid, kind=kind, date=day, start=start, mode=mode,
                invitations=invitations.get(mid, []),
            )
        )

    pl = m.PlanRow
    plans: dict[int, list[d.Plan]] = defaultdict(list)
    for pid, case_id, version, template_id, template_version, status, meeting_id, signed in (
        conn.execute(
            of_cases(
                select(
                    pl.id, pl.case_id, pl.version, pl.template_id, pl.template_version,
                    pl.status, pl.meeting_id, pl.signed_on,
                ).order_by(pl.version),
                pl.case_id,
            )
        )
    ):
        plans[case_id].append(
            d.Plan(
                id=pid, version=version, template_id=template_id,
                template_version=template_version, status=status, meeting_id=meeting_id,
                signed_on=signed,
            )
        )

    return [
        d.Case(
            id=r.id,
            reference=r.reference,
            stage=Stage(r.stage),
            child=d.Child(
                first_name=r.child_first_name,
                last_name=r.child_last_name,
                personnummer=r.child_personnummer,
                birth_date=r.child_birth_date,
            ),
            question=r.question,
            need_found_on=r.need_found_on,
            raised_by_org_id=r.raised_by_org_id,
            raised_by_function=r.raised_by_function,
            initiator_id=r.initiator_id,
            chair_id=r.chair_id,
            plan_owner_id=r.plan_owner_id,
            participation=r.participation,
            coordinator=r.coordinator,
            guardians=guardians.get(r.id, []),
            consents=consents.get(r.id, []),
            network=network.get(r.id, []),
            meetings=meetings.get(r.id, []),
            plans=plans.get(r.id, []),
            archived=r.archived,
        )
        for r in case_rows
    ]
