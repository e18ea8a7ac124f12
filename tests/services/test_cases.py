"""Case use cases, checked by what the store holds afterwards."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from sipdesk.domain.entities import Consent, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import CloseReason, ConsentForm, MeetingKind, Participation, Stage
from sipdesk.services.errors import MoveRefused, ValidationError
from tests.ready_to_sign import make_ready_to_sign
from tests.services.conftest import TODAY


def _case(ws, **kw):
    args = dict(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd i skolan?")
    args.update(kw)
    return ws.cases.create(**args)


def test_created_case_is_stored_and_read_back(ws):
    # 20121212-1212 is a Skatteverket test personnummer.
    created = _case(ws, personnummer="201212121212")
    again = ws.cases.get(created.id)
    assert again.reference == "SIP-2026-0001"
    assert again.child.full_name == "Elsa Lind"
    assert again.child.personnummer == "20121212-1212"
    assert again.child.birth_date == date(2012, 12, 12)
    assert again.stage is Stage.NEED_FOUND
    assert again.need_found_on == TODAY
    assert [e.kind for e in again.history] == ["created"]


def test_references_count_up_within_the_year(ws):
    refs = [_case(ws).reference for _ in range(3)]
    assert refs == ["SIP-2026-0001", "SIP-2026-0002", "SIP-2026-0003"]


def test_bad_personnummer_is_refused_with_reason_and_nothing_is_stored(ws):
    with pytest.raises(ValidationError) as err:
        _case(ws, personnummer="20121212-1213")
    assert "Kontrollsiffran" in str(err.value)
    assert ws.cases.summaries() == []


def test_bad_personnummer_on_existing_case_keeps_the_old_one(ws):
    case = _case(ws, personnummer="19121212-1212")
    with pytest.raises(ValidationError):
        ws.cases.set_personnummer(case.id, "19121212-121")
    assert ws.cases.get(case.id).child.personnummer == "19121212-1212"


def test_child_without_personnummer_is_allowed(ws):
    case = _case(ws, personnummer="  ")
    assert ws.cases.get(case.id).child.personnummer is None


def test_edits_are_stored(ws):
    case = _case(ws)
    ws.cases.update(case.id, participation=Participation.LETTER, participation_note="Skriver brev")
    stored = ws.cases.get(case.id)
    assert stored.participation is Participation.LETTER
    assert stored.participation_note == "Skriver brev"


def test_a_failed_write_leaves_nothing_behind(ws, network):
    """Every write is one transaction: an error half-way keeps the store as it was."""
    case = _case(ws)
    with pytest.raises(ValidationError):
        # The second role is not in the network, so the whole call is refused.
        ws.cases.add_to_network(case.id, network["psykolog"].id)
        with ws.transaction():
            ws.cases.set_role(case.id, "chair", network["psykolog"].id)
            ws.cases.set_role(case.id, "plan_owner", network["socsek"].id)
    stored = ws.cases.get(case.id)
    assert stored.chair_id is None and stored.plan_owner_id is None
    assert [p.name for p in stored.network] == ["Anna Berg"]


def test_refused_move_says_why_and_changes_nothing(ws):
    case = _case(ws)
    with pytest.raises(MoveRefused) as err:
        ws.cases.move(case.id, Stage.ACTORS_INVITED)
    assert err.value.reasons
    assert ws.cases.get(case.id).stage is Stage.NEED_FOUND


def test_no_invitations_stage_before_consent(ws, network):
    case = _case(ws)
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    with pytest.raises(MoveRefused) as err:
        ws.cases.move(case.id, Stage.ACTORS_INVITED)
    assert "samtycke" in str(err.value).lower()
    guardian = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({guardian.id}),
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id}),
    ))
    moved = ws.cases.move(case.id, Stage.ACTORS_INVITED)
    assert moved.stage is Stage.ACTORS_INVITED
    history = [e.text for e in ws.cases.get(case.id).history]
    assert any("Aktörer kallas" in t for t in history)


def test_walk_through_all_stages(ws, network):
    case = _case(ws)
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    g = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.ORAL, guardian_ids=frozenset({g.id}), by_child=True,
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id}),
    ))
    for key in ("psykolog", "socsek"):
        ws.cases.add_to_network(case.id, network[key].id)
    ws.cases.move(case.id, Stage.ACTORS_INVITED)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY + timedelta(days=28),
        start=time(13), end=time(14, 30), place="Kommunhuset"))
    ws.cases.set_role(case.id, "chair", network["socsek"].id)
    ws.cases.move(case.id, Stage.MEETING)
    plan = ws.plans.start_version(case.id, meeting.id)
    ws.plans.add_action(plan.id, PlanAction(
        goal="Går i skolan", action="Samtal varannan vecka",
        organisation_id=network["bup"].id, person_name="Anna Berg", due="2027-02-01"))
    make_ready_to_sign(ws, plan.id, network["socsek"].id, follow_up_days=110)
    with pytest.raises(MoveRefused):
        ws.plans.sign(plan.id)  # no plan owner yet
    ws.cases.set_role(case.id, "plan_owner", network["psykolog"].id)
    ws.plans.sign(plan.id)
    with pytest.raises(ValidationError) as err:
        ws.plans.set_section(plan.id, "current_situation", "ändrad i efterhand")
    assert "undertecknad" in str(err.value)
    assert ws.plans.get(plan.id).sections["current_situation"] == ""
    ws.cases.move(case.id, Stage.FOLLOW_UP)
    ws.meetings.schedule(case.id, Meeting(kind=MeetingKind.FOLLOW_UP,
                                          date=TODAY + timedelta(days=110)))
    final = ws.cases.move(case.id, Stage.CLOSE_OR_CONTINUE)
    assert final.stage is Stage.CLOSE_OR_CONTINUE
    assert final.current_plan.is_signed


def test_plan_sections_follow_the_template(ws):
    case = _case(ws)
    plan = ws.plans.start_version(case.id)
    ws.plans.set_section(plan.id, "current_situation", "Går inte till skolan.")
    assert ws.plans.get(plan.id).sections["current_situation"] == "Går inte till skolan."
    assert ws.plans.get(plan.id).sections["question"] == "Hur får Elsa stöd i skolan?"
    with pytest.raises(ValidationError):
        ws.plans.set_section(plan.id, "no_such_section", "x")


def test_consent_scope_is_stored(ws, network):
    case = _case(ws)
    g = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({g.id}),
        covered_org_ids=frozenset({network["soc"].id}),
        excluded_org_ids=frozenset({network["bup"].id}), exclusions="Inte BUP",
        valid_until=TODAY + timedelta(days=365),
    ))
    (consent,) = ws.cases.get(case.id).consents
    assert consent.covered_org_ids == {network["soc"].id}
    assert consent.excluded_org_ids == {network["bup"].id}
    assert consent.guardian_ids == {g.id}
    assert consent.valid_until == TODAY + timedelta(days=365)


def test_consent_must_name_who_gave_it(ws):
    case = _case(ws)
    with pytest.raises(ValidationError) as err:
        ws.cases.record_consent(case.id, Consent(given_on=TODAY, form=ConsentForm.ORAL))
    assert "vem som gav" in str(err.value)
    assert ws.cases.get(case.id).consents == []


def test_search_by_name_personnummer_question_and_organisation(ws, network):
    elsa = _case(ws, personnummer="20121212-1212")
    noah = _case(ws, first_name="Noah", last_name="Berg", question="Sömn och oro")
    ws.cases.add_to_network(noah.id, network["mentor"].id)
    assert ws.cases.search("elsa") == [elsa.id]
    assert ws.cases.search("1212-12") == [elsa.id]
    assert ws.cases.search("sömn") == [noah.id]
    assert ws.cases.search("Ekbacka") == [noah.id]
    assert ws.cases.search("100%_") == []


def test_search_folds_swedish_letters(ws):
    case = _case(ws, first_name="Åsa", last_name="Öberg", question="Ängslan inför skolan")
    assert ws.cases.search("åsa öberg") == [case.id]
    assert ws.cases.search("ÄNGSLAN") == [case.id]
    assert ws.cases.search("öBERG") == [case.id]


def test_archived_cases_leave_the_list_but_can_be_found(ws):
    case = _case(ws)
    ws.cases.close(case.id, CloseReason.MOVED)
    assert ws.cases.summaries() == []
    assert ws.cases.search("Elsa") == []
    assert ws.cases.search("Elsa", include_archived=True) == [case.id]
    stored = ws.cases.get(case.id)
    assert stored.archived and stored.close_reason is CloseReason.MOVED
    assert stored.closed_on == TODAY


def test_a_read_inside_a_transaction_does_not_undo_its_writes(ws):
    """One connection serves every session: a nested session must join, not roll back."""
    from sipdesk.store import models as m

    with ws.transaction() as s:
        s.add(m.Meta(key="first", value="1"))
        s.flush()
        ws.directory.organisations()  # a service reading in the middle of the transaction
        ws.cases.summaries()
        s.add(m.Meta(key="second", value="2"))
    with ws.reading() as s:
        assert s.get(m.Meta, "first") is not None
        assert s.get(m.Meta, "second") is not None


def test_a_failure_inside_a_joined_transaction_undoes_everything(ws):
    from sipdesk.store import models as m

    with pytest.raises(RuntimeError), ws.transaction() as s:
        s.add(m.Meta(key="first", value="1"))
        with ws.transaction() as inner:
            inner.add(m.Meta(key="inner", value="2"))
        raise RuntimeError("something failed after the inner write")
    with ws.reading() as s:
        assert s.get(m.Meta, "first") is None and s.get(m.Meta, "inner") is None
