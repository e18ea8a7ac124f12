"""Use cases behind the case record: guardians, network, roles, consent, mapping, timeline."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from sipdesk.domain.entities import Consent, Guardian, Meeting
from sipdesk.domain.enums import CloseReason, ConsentForm, MeetingKind, Participation
from sipdesk.services.errors import ValidationError
from tests.services.conftest import TODAY


def _case(ws, **kw):
    args = dict(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd i skolan?")
    args.update(kw)
    return ws.cases.create(**args)


# --- editing the case ------------------------------------------------------


def test_update_refuses_a_child_without_name_and_keeps_the_old(ws):
    case = _case(ws)
    ws.cases.update(case.id, child_first_name="")
    with pytest.raises(ValidationError) as err:
        ws.cases.update(case.id, child_last_name="  ")
    assert "namn" in str(err.value)
    assert ws.cases.get(case.id).child.last_name == "Lind"


def test_update_refuses_an_unknown_organisation(ws):
    case = _case(ws)
    with pytest.raises(ValidationError, match="finns inte"):
        ws.cases.update(case.id, raised_by_org_id=999)
    assert ws.cases.get(case.id).raised_by_org_id is None


def test_update_refuses_an_unknown_participation(ws):
    case = _case(ws)
    with pytest.raises(ValidationError, match="deltar"):
        ws.cases.update(case.id, participation="dansar")
    assert ws.cases.get(case.id).participation is Participation.UNDECIDED


def test_question_follows_into_the_draft_plan(ws):
    case = _case(ws)
    plan = ws.plans.start_version(case.id)
    ws.cases.update(case.id, question="Ny fråga")
    assert ws.cases.get(case.id).question == "Ny fråga"
    assert ws.plans.get(plan.id).sections["question"] == "Ny fråga"


def test_new_case_problems_name_each_problem_in_swedish():
    from sipdesk.domain.case_rules import new_case_problems

    problems = new_case_problems(
        first_name="", last_name=" ", question="", personnummer="20121212-1213"
    )
    assert set(problems) == {"first_name", "question", "personnummer"}
    assert "Kontrollsiffran" in problems["personnummer"]
    # 20121212-1212 is a Skatteverket test personnummer.
    assert new_case_problems(
        first_name="Elsa", last_name="", question="Fråga", personnummer="201212121212"
    ) == {}


# --- guardians ---------------------------------------------------------------


def test_guardian_is_updated_and_bad_personnummer_keeps_the_old(ws):
    case = _case(ws)
    g = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    g.phone = "070-000 00 00"
    g.personnummer = "19121212-1212"  # a test personnummer
    ws.cases.update_guardian(case.id, g)
    stored = ws.cases.get(case.id).guardians[0]
    assert (stored.phone, stored.personnummer) == ("070-000 00 00", "19121212-1212")
    g.personnummer = "19121212-1213"
    g.phone = "changed"
    with pytest.raises(ValidationError, match="Kontrollsiffran"):
        ws.cases.update_guardian(case.id, g)
    stored = ws.cases.get(case.id).guardians[0]
    assert (stored.phone, stored.personnummer) == ("070-000 00 00", "19121212-1212")


def test_guardian_without_name_is_refused(ws):
    case = _case(ws)
    g = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    g.name = " "
    with pytest.raises(ValidationError, match="namn"):
        ws.cases.update_guardian(case.id, g)
    assert ws.cases.get(case.id).guardians[0].name == "Karin Lind"


def test_guardian_who_consented_cannot_be_removed(ws):
    case = _case(ws)
    g = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    other = ws.cases.add_guardian(case.id, Guardian("Per Lind"))
    ws.cases.record_consent(
        case.id, Consent(TODAY, ConsentForm.WRITTEN, guardian_ids=frozenset({g.id}))
    )
    with pytest.raises(ValidationError, match="samtycke"):
        ws.cases.remove_guardian(case.id, g.id)
    ws.cases.remove_guardian(case.id, other.id)
    assert [x.name for x in ws.cases.get(case.id).guardians] == ["Karin Lind"]


# --- network and roles ---------------------------------------------------------


def test_roles_can_be_set_and_cleared(ws, network):
    case = _case(ws)
    pid = network["psykolog"].id
    with pytest.raises(ValidationError, match="nätverk"):
        ws.cases.set_role(case.id, "plan_owner", pid)
    assert ws.cases.get(case.id).plan_owner_id is None
    ws.cases.add_to_network(case.id, pid)
    ws.cases.set_role(case.id, "plan_owner", pid)
    ws.cases.set_role(case.id, "chair", pid)
    got = ws.cases.get(case.id)
    assert (got.plan_owner_id, got.chair_id, got.initiator_id) == (pid, pid, None)
    ws.cases.set_role(case.id, "chair", None)
    assert ws.cases.get(case.id).chair_id is None


def test_person_with_a_role_stays_in_the_network(ws, network):
    case = _case(ws)
    pid = network["psykolog"].id
    ws.cases.add_to_network(case.id, pid)
    ws.cases.set_role(case.id, "plan_owner", pid)
    with pytest.raises(ValidationError, match="samordningsansvarig"):
        ws.cases.remove_from_network(case.id, pid)
    ws.cases.set_role(case.id, "plan_owner", None)
    ws.cases.remove_from_network(case.id, pid)
    assert ws.cases.get(case.id).network == []


# --- consent ---------------------------------------------------------------------


def test_consent_removed_and_withdrawal_reinstated(ws, network):
    case = _case(ws)
    c = ws.cases.record_consent(
        case.id,
        Consent(TODAY, ConsentForm.ORAL, by_child=True,
                covered_org_ids=frozenset({network["bup"].id})),
    )
    ws.cases.withdraw_consent(case.id, c.id, TODAY)
    assert ws.cases.get(case.id).consents[0].withdrawn_on == TODAY
    ws.cases.reinstate_consent(case.id, c.id)
    assert ws.cases.get(case.id).consents[0].withdrawn_on is None
    ws.cases.remove_consent(case.id, c.id)
    assert ws.cases.get(case.id).consents == []
    with pytest.raises(ValidationError, match="finns inte"):
        ws.cases.reinstate_consent(case.id, c.id)


# --- mapping ---------------------------------------------------------------------


def test_mapping_starts_a_draft_and_stores_each_section(ws):
    case = _case(ws)
    before = ws.cases.mapping(case.id)
    assert before.plan_id is None and before.editable
    assert [s.key for s in before.sections] == [
        "current_situation", "child_voice", "long_term_wish", "strengths", "obstacles"
    ]
    assert before.sections[1].title.startswith("Barnets röst")
    ws.cases.set_mapping(case.id, "child_voice", "Att få vara med kompisar.")
    after = ws.cases.mapping(case.id)
    assert after.plan_version == 1
    assert {s.key: s.text for s in after.sections}["child_voice"] == "Att få vara med kompisar."
    # The draft also carries the question.
    assert ws.plans.get(after.plan_id).sections["question"] == "Hur får Elsa stöd i skolan?"


def test_mapping_refuses_unknown_section_and_signed_plan(ws):
    case = _case(ws)
    with pytest.raises(ValidationError, match="kartläggningen"):
        ws.cases.set_mapping(case.id, "goals", "x")
    assert ws.cases.get(case.id).plans == []


def test_mapping_of_signed_plan_is_read_only(demo_ws):
    # demo_ws holds the cases of Workspace.demo(cases=12).
    ws = demo_ws
    signed = next(c for c in ws.cases.all() if c.current_plan and c.current_plan.is_signed)
    view = ws.cases.mapping(signed.id)
    assert not view.editable and "undertecknad" in view.reason
    with pytest.raises(ValidationError, match="undertecknad"):
        ws.cases.set_mapping(signed.id, "strengths", "x")


# --- contacts, timeline, archive ---------------------------------------------------


def test_contact_is_recorded_and_refused_without_text_or_in_the_future(ws):
    case = _case(ws)
    with pytest.raises(ValidationError, match="kontakten"):
        ws.cases.record_contact(case.id, TODAY, "  ")
    with pytest.raises(ValidationError, match="framtiden"):
        ws.cases.record_contact(case.id, TODAY + timedelta(days=1), "Samtal")
    ws.cases.record_contact(case.id, date(2026, 1, 5), "Ringde mamma.")
    kinds = [e.kind for e in ws.cases.get(case.id).history]
    assert kinds.count("contact") == 1


def test_timeline_is_in_date_order_with_swedish_labels(ws):
    case = _case(ws)
    ws.cases.record_contact(case.id, date(2020, 1, 5), "Första samtalet med skolan.")
    ws.meetings.schedule(
        case.id, Meeting(MeetingKind.FIRST_SIP, date=date(2030, 3, 2), start=time(9), end=time(10))
    )
    entries = ws.cases.timeline(case.id)
    assert [e.at.date() for e in entries] == sorted(e.at.date() for e in entries)
    assert entries[0].label == "Kontakt"
    assert entries[-1].kind == "meeting_held" and entries[-1].at == datetime(2030, 3, 2, 9)
    assert {"Ärende", "Möte"} <= {e.label for e in entries}


def test_archive_refuses_twice_and_restores(ws):
    case = _case(ws)
    ws.cases.close(case.id, CloseReason.MOVED, "Familjen flyttade.")
    with pytest.raises(ValidationError, match="redan"):
        ws.cases.close(case.id, CloseReason.MOVED)
    with pytest.raises(ValidationError, match="Välj"):
        ws.cases.close(case.id, "bortglömt")
    assert ws.cases.search("Elsa") == []
    assert ws.cases.search("Elsa", include_archived=True) == [case.id]
    ws.cases.reopen(case.id)
    assert ws.cases.search("Elsa") == [case.id]
    assert ws.cases.get(case.id).close_reason is None


def test_every_kind_of_history_event_has_a_swedish_heading():
    """The timeline shows a heading per event; every kind the services write needs one."""
    import re
    from pathlib import Path

    from sipdesk.services.cases import EVENT_LABELS

    services = Path(__file__).resolve().parents[2] / "sipdesk" / "services"
    written = set()
    for path in services.glob("*.py"):
        written |= set(re.findall(r'_event\(\s*[\w.]+,\s*"(\w+)"', path.read_text("utf-8")))
        written |= set(re.findall(r'_ev\(row, [^"]*?, "(\w+)"', path.read_text("utf-8")))
    assert written, "the pattern found no events: the test would prove nothing"
    assert written <= set(EVENT_LABELS), sorted(written - set(EVENT_LABELS))
