"""Convert table rows to domain entities (and ids to the text columns that hold them).

The domain never sees a row; services hand it entities built here and write
back through the helpers below.

This is the one mapping from columns to entities. Each function reads its row
by column name, so it takes a mapped row, or any row whose attributes are the
same columns; the related entities may be handed in as keyword arguments
instead of letting the function follow the row's relationships. (The board
reads no entities: board_queries builds the light facts its rules read.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sipdesk.domain import entities as d
from sipdesk.domain.enums import Stage
from sipdesk.store import models as m


def _ids(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part.strip())


def ids_text(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(ids))


def organisation(row: m.OrganisationRow) -> d.Organisation:
    return d.Organisation(
        id=row.id,
        name=row.name,
        unit=row.unit,
        kind=row.kind,
        principal=row.principal,
        address=row.address,
        mailbox=row.mailbox,
        phone=row.phone,
        decision_maker=row.decision_maker,
    )


def person(row: m.PersonRow) -> d.Person:
    return d.Person(
        id=row.id,
        name=row.name,
        profession=row.profession,
        organisation_id=row.organisation_id,
        phone=row.phone,
        email=row.email,
    )


def child(row: m.CaseRow) -> d.Child:
    return d.Child(
        first_name=row.child_first_name,
        last_name=row.child_last_name,
        personnummer=row.child_personnummer,
        birth_date=row.child_birth_date,
    )


def guardian(row: m.GuardianRow) -> d.Guardian:
    return d.Guardian(
        id=row.id,
        name=row.name,
        personnummer=row.personnummer,
        phone=row.phone,
        email=row.email,
        address=row.address,
    )


def consent(
    row: m.ConsentRow,
    *,
    covered_org_ids: frozenset[int] | None = None,
    excluded_org_ids: frozenset[int] | None = None,
) -> d.Consent:
    """The consent; its scope from `row.scope` unless both sides of it are given."""
    if covered_org_ids is None or excluded_org_ids is None:
        covered_org_ids = frozenset(s.organisation_id for s in row.scope if s.covered)
        excluded_org_ids = frozenset(s.organisation_id for s in row.scope if not s.covered)
    return d.Consent(
        id=row.id,
        given_on=row.given_on,
        form=row.form,
        by_child=row.by_child,
        guardian_ids=_ids(row.guardian_ids),
        covered_org_ids=covered_org_ids,
        excluded_org_ids=excluded_org_ids,
        exclusions=row.exclusions,
        valid_until=row.valid_until,
        withdrawn_on=row.withdrawn_on,
    )


def invitation(row: m.InvitationRow) -> d.Invitation:
    return d.Invitation(
        id=row.id,
        invitee_name=row.invitee_name,
        kind=row.kind,
        person_id=row.person_id,
        guardian_id=row.guardian_id,
        is_child=row.is_child,
        organisation_id=row.organisation_id,
        profession=row.profession,
        sent_on=row.sent_on,
        sent_via=row.sent_via,
        answer_by=row.answer_by,
        response=row.response,
        responded_on=row.responded_on,
        substitute_name=row.substitute_name,
        contacted_on=row.contacted_on,
        attendance=row.attendance,
    )


def meeting(row: m.MeetingRow, *, invitations: list[d.Invitation] | None = None) -> d.Meeting:
    return d.Meeting(
        id=row.id,
        kind=row.kind,
        date=row.date,
        start=row.start,
        end=row.end,
        place=row.place,
        mode=row.mode,
        purpose=row.purpose,
        invitations=(
            invitations if invitations is not None else [invitation(i) for i in row.invitations]
        ),
        note_taker_id=row.note_taker_id,
        agenda_minutes=agenda_minutes(row.agenda),
        convened_by_org_id=row.convened_by_org_id,
    )


def agenda_minutes(text: str) -> dict[str, int]:
    return {str(k): int(v) for k, v in json.loads(text).items()} if text else {}


def agenda_text(minutes: dict[str, int]) -> str:
    return json.dumps({k: int(v) for k, v in minutes.items()}) if minutes else ""


def plan_action(row: m.PlanActionRow) -> d.PlanAction:
    return d.PlanAction(
        id=row.id,
        need=row.need,
        goal=row.goal,
        action=row.action,
        organisation_id=row.organisation_id,
        person_name=row.person_name,
        due=row.due,
        review_status=row.review_status,
        review_comment=row.review_comment,
        previous_action_id=row.previous_action_id,
        goal_status=row.goal_status,
    )


def distribution(row: m.DistributionRow) -> d.Distribution:
    return d.Distribution(
        id=row.id,
        recipient=row.recipient,
        organisation_id=row.organisation_id,
        sent_on=row.sent_on,
        via=row.via,
        note=row.note,
    )


def signature(row: m.SignatureRow) -> d.PlanSignature:
    return d.PlanSignature(
        id=row.id,
        name=row.name,
        role=row.role,
        signed_on=row.signed_on,
        invitation_id=row.invitation_id,
        guardian_id=row.guardian_id,
        person_id=row.person_id,
        is_child=row.is_child,
    )


def plan(
    row: m.PlanRow,
    *,
    sections: Iterable[m.PlanSectionRow] | None = None,
    actions: list[d.PlanAction] | None = None,
    distributed: list[d.Distribution] | None = None,
    signatures: list[d.PlanSignature] | None = None,
) -> d.Plan:
    texts = list(row.sections if sections is None else sections)
    return d.Plan(
        id=row.id,
        version=row.version,
        template_id=row.template_id,
        template_version=row.template_version,
        status=row.status,
        meeting_id=row.meeting_id,
        signed_on=row.signed_on,
        sections={s.key: s.text for s in texts},
        actions=actions if actions is not None else [plan_action(a) for a in row.actions],
        internal_notes={s.key: s.internal_note for s in texts if s.internal_note},
        consent_confirmed=row.consent_confirmed,
        child_informed_on=row.child_informed_on,
        child_informed_by=row.child_informed_by,
        child_informed_how=row.child_informed_how,
        fingerprint=row.fingerprint,
        original_kept_by_org_id=row.original_kept_by_org_id,
        distribution=(
            distributed if distributed is not None
            else [distribution(x) for x in row.distribution]
        ),
        signing_method=row.signing_method,
        signatures=(
            signatures if signatures is not None else [signature(x) for x in row.signatures]
        ),
    )


def deviation(row: m.DeviationRow) -> d.Deviation:
    return d.Deviation(
        id=row.id,
        kind=row.kind,
        occurred_on=row.occurred_on,
        organisation_id=row.organisation_id,
        description=row.description,
        draft=row.draft,
    )


def event(row: m.EventRow) -> d.CaseEvent:
    return d.CaseEvent(at=row.at, kind=row.kind, text=row.text, user=row.user)


def case(
    row: m.CaseRow,
    *,
    guardians: list[d.Guardian] | None = None,
    consents: list[d.Consent] | None = None,
    network: list[d.Person] | None = None,
    meetings: list[d.Meeting] | None = None,
    plans: list[d.Plan] | None = None,
    deviations: list[d.Deviation] | None = None,
    history: list[d.CaseEvent] | None = None,
) -> d.Case:
    """The case; each list given is used as it is, the others are read from the row's relations."""
    return d.Case(
        id=row.id,
        reference=row.reference,
        stage=Stage(row.stage),
        child=child(row),
        question=row.question,
        need_found_on=row.need_found_on,
        raised_by_org_id=row.raised_by_org_id,
        raised_by_function=row.raised_by_function,
        initiator_id=row.initiator_id,
        chair_id=row.chair_id,
        plan_owner_id=row.plan_owner_id,
        participation=row.participation,
        participation_note=row.participation_note,
        coordinator=row.coordinator,
        guardians=guardians if guardians is not None else [guardian(g) for g in row.guardians],
        consents=consents if consents is not None else [consent(c) for c in row.consents],
        network=network if network is not None else [person(n.person) for n in row.network],
        meetings=meetings if meetings is not None else [meeting(mt) for mt in row.meetings],
        plans=plans if plans is not None else [plan(p) for p in row.plans],
        deviations=(
            deviations if deviations is not None else [deviation(dv) for dv in row.deviations]
        ),
        history=history if history is not None else [event(ev) for ev in row.events],
        archived=row.archived,
        close_reason=row.close_reason,
        closed_on=row.closed_on,
    )
