"""Plan versions, fingerprints, distribution and the end of the process, through the store."""

from __future__ import annotations

import io
import re
from datetime import time, timedelta

import pytest
from pypdf import PdfReader

from sipdesk.domain.entities import Consent, Distribution, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import (
    CloseReason,
    ConsentForm,
    MeetingKind,
    PlanStatus,
    SentVia,
    Stage,
)
from sipdesk.services.errors import ValidationError
from tests.ready_to_sign import make_ready_to_sign
from tests.services.conftest import TODAY


def _signed_case(ws, network):
    """A case at the meeting stage with a signed plan version 1."""
    case = ws.cases.create(first_name="Elsa", last_name="Lind",
                           question="Hur får Elsa stöd i skolan?",
                           personnummer="20121212-1212")  # Skatteverket test number
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    g = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({g.id}),
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id}),
    ))
    for key in ("psykolog", "socsek"):
        ws.cases.add_to_network(case.id, network[key].id)
    ws.cases.move(case.id, Stage.ACTORS_INVITED)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14, 30),
        place="Kommunhuset"))
    ws.cases.set_role(case.id, "chair", network["socsek"].id)
    ws.cases.set_role(case.id, "plan_owner", network["psykolog"].id)
    ws.cases.move(case.id, Stage.MEETING)
    plan = ws.plans.start_version(case.id, meeting.id)
    ws.plans.set_section(plan.id, "current_situation", "Går inte till skolan.")
    ws.plans.add_action(plan.id, PlanAction(
        goal="Går i skolan", action="Samtal varannan vecka",
        organisation_id=network["bup"].id, person_name="Anna Berg", due="2027-02-01"))
    make_ready_to_sign(ws, plan.id, network["socsek"].id)
    signed = ws.plans.sign(plan.id)
    return case, meeting, signed


def _to_stage_6(ws, case):
    ws.cases.move(case.id, Stage.FOLLOW_UP)
    ws.meetings.schedule(case.id, Meeting(kind=MeetingKind.FOLLOW_UP,
                                          date=TODAY + timedelta(days=90)))
    ws.cases.move(case.id, Stage.CLOSE_OR_CONTINUE)


def test_signing_stores_the_fingerprint(ws, network):
    case, _, plan = _signed_case(ws, network)
    assert plan.status is PlanStatus.SIGNED and plan.signed_on == TODAY
    assert re.fullmatch(r"[0-9a-f]{64}", plan.fingerprint)
    assert ws.plans.get(plan.id).fingerprint == plan.fingerprint
    assert ws.plans.fingerprint(plan.id) == plan.fingerprint
    history = [e.text for e in ws.cases.get(case.id).history]
    assert any("undertecknad" in t and plan.fingerprint[:4] in t for t in history)


def test_versions_list_date_status_and_fingerprint(ws, network):
    case, _, plan = _signed_case(ws, network)
    draft = ws.plans.start_version(case.id)
    infos = ws.plans.versions(case.id)
    assert [(i.version, i.status) for i in infos] == [(1, PlanStatus.SIGNED),
                                                     (2, PlanStatus.DRAFT)]
    assert infos[0].signed_on == TODAY and infos[0].fingerprint == plan.fingerprint
    assert infos[0].short_fingerprint == "-".join(
        [plan.fingerprint[0:4], plan.fingerprint[4:8], plan.fingerprint[8:12]])
    assert infos[1].plan_id == draft.id and infos[1].fingerprint == ""


def test_new_version_copies_and_the_signed_one_stays_exactly_as_it_was(ws, network):
    case, _, v1 = _signed_case(ws, network)
    follow_up = next(m for m in ws.cases.get(case.id).meetings if m.kind is MeetingKind.FOLLOW_UP)
    v2 = ws.plans.start_version(case.id, follow_up.id)
    assert v2.version == 2 and v2.status is PlanStatus.DRAFT
    assert v2.sections["current_situation"] == "Går inte till skolan."
    assert [a.action for a in v2.actions] == ["Samtal varannan vecka"]
    assert v2.actions[0].previous_action_id == v1.actions[0].id
    ws.plans.set_section(v2.id, "current_situation", "Går i skolan tre dagar.")
    ws.plans.add_action(v2.id, PlanAction(goal="Sover bättre", action="Sömnskola",
                                          organisation_id=network["bup"].id,
                                          person_name="Anna Berg", due="v. 12"))
    again = ws.plans.get(v1.id)
    assert again.sections == v1.sections and again.actions == v1.actions
    assert ws.plans.fingerprint(v1.id) == v1.fingerprint
    # The new version signs with its own, different fingerprint.
    make_ready_to_sign(ws, v2.id, network["socsek"].id)
    v2_signed = ws.plans.sign(v2.id)
    assert v2_signed.fingerprint != v1.fingerprint
    with pytest.raises(ValidationError):
        ws.plans.set_section(v1.id, "current_situation", "x")


def test_a_new_version_is_refused_while_a_draft_is_open(ws, network):
    case, _, _ = _signed_case(ws, network)
    ws.plans.start_version(case.id)
    with pytest.raises(ValidationError) as err:
        ws.plans.start_version(case.id)
    assert "utkast" in str(err.value)
    assert [i.version for i in ws.plans.versions(case.id)] == [1, 2]


def test_the_first_version_of_a_case_starts_from_its_question(ws):
    other = ws.cases.create(first_name="Ali", last_name="Ek", question="Fråga?")
    first = ws.plans.start_version(other.id)
    assert first.version == 1 and first.sections["question"] == "Fråga?"
    with pytest.raises(ValidationError):
        ws.plans.start_version(other.id)  # the draft is open: write on in it


def test_exporting_the_same_version_twice_gives_the_same_fingerprint(ws, network, tmp_path):
    case, _, plan = _signed_case(ws, network)
    first = ws.documents.plan_pdf(plan.id, tmp_path / "a.pdf")
    second = ws.documents.latest_plan_pdf(case.id, tmp_path / "b.pdf")
    assert first.fingerprint == second.fingerprint == plan.fingerprint
    text = re.sub(r"\s+", " ", " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "b.pdf").read_bytes())).pages))
    assert f"Plan version 1 · {first.short_fingerprint}" in text
    assert "20121212-1212" in text and "Anna Berg" in text
    assert not list(tmp_path.glob("*.part"))


def test_attendance_and_family_exports(ws, network, tmp_path):
    case, meeting, plan = _signed_case(ws, network)
    path = ws.documents.attendance_pdf(meeting.id, tmp_path / "narvaro.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    family = ws.documents.family_plan_pdf(plan.id, tmp_path / "familj.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(str(family.path)).pages)
    assert "Vem gör vad och när" in text and "20121212-1212" not in text


def test_distribution_log_is_stored(ws, network):
    case, _, plan = _signed_case(ws, network)
    copy = ws.plans.record_distribution(plan.id, Distribution(
        recipient="Maria Lind", sent_on=TODAY, via=SentVia.HANDED_OVER, note="På mötet"))
    ws.plans.record_distribution(plan.id, Distribution(
        recipient="BUP Norrby", sent_on=TODAY, via=SentVia.LETTER,
        organisation_id=network["bup"].id))
    stored = ws.plans.get(plan.id)
    assert [(d.recipient, d.via) for d in stored.distribution] == [
        ("Maria Lind", SentVia.HANDED_OVER), ("BUP Norrby", SentVia.LETTER)]
    assert copy.id is not None
    owner_org = ws.plans.owner_organisation_id(case.id)
    assert owner_org == network["bup"].id
    ws.plans.set_original_kept_by(plan.id, owner_org)
    assert ws.plans.get(plan.id).original_kept_by_org_id == owner_org
    info = ws.plans.versions(case.id)[0]
    assert info.copies == 2 and info.original_kept_by == "BUP Norrby"
    # After signing, the log does not change the fingerprint.
    assert ws.plans.fingerprint(plan.id) == plan.fingerprint


@pytest.mark.parametrize("bad", [
    Distribution(recipient="  ", sent_on=TODAY, via=SentVia.EMAIL),
    Distribution(recipient="Maria", sent_on=TODAY + timedelta(days=3), via=SentVia.EMAIL),
    Distribution(recipient="Maria", sent_on=TODAY, via="duva"),
    Distribution(recipient="Maria", sent_on=TODAY, via=SentVia.EMAIL, organisation_id=9999),
])
def test_bad_distribution_is_refused_in_swedish_and_nothing_stored(ws, network, bad):
    _, _, plan = _signed_case(ws, network)
    with pytest.raises(ValidationError) as err:
        ws.plans.record_distribution(plan.id, bad)
    assert err.value.message
    assert ws.plans.get(plan.id).distribution == []


def test_a_draft_cannot_be_distributed(ws, network):
    case, _, _ = _signed_case(ws, network)
    draft = ws.plans.start_version(case.id)
    with pytest.raises(ValidationError):
        ws.plans.record_distribution(draft.id, Distribution("Maria", TODAY, SentVia.EMAIL))


def test_goals_reached_only_after_the_follow_up_and_the_close_is_recorded(ws, network):
    case, _, _ = _signed_case(ws, network)
    with pytest.raises(ValidationError) as refused:
        ws.cases.close(case.id, CloseReason.GOALS_REACHED)  # still at stage 4
    assert "följts upp" in str(refused.value)
    assert not ws.cases.get(case.id).archived
    _to_stage_6(ws, case)
    ws.cases.close(case.id, CloseReason.GOALS_REACHED, "Elsa går i skolan igen.")
    closed = ws.cases.get(case.id)
    assert closed.archived and closed.close_reason is CloseReason.GOALS_REACHED
    assert any("avslutades" in e.text and "Elsa går i skolan" in e.text
               for e in closed.history)


def test_continue_at_stage_6_goes_back_to_the_meeting_with_a_new_version(ws, network):
    case, _, v1 = _signed_case(ws, network)
    _to_stage_6(ws, case)
    v2 = ws.plans.continue_case(case.id)
    after = ws.cases.get(case.id)
    assert after.stage is Stage.MEETING and not after.archived
    assert v2.version == 2 and v2.status is PlanStatus.DRAFT
    assert after.current_plan.id == v2.id
    texts = [e.text for e in after.history]
    assert any("fortsatt SIP" in t for t in texts)
    assert any("fortsätter med plan version 2" in t for t in texts)
    assert ws.plans.get(v1.id).fingerprint == v1.fingerprint


def test_continue_refused_outside_stage_6_changes_nothing(ws, network):
    case, _, _ = _signed_case(ws, network)
    with pytest.raises(ValidationError):
        ws.plans.continue_case(case.id)
    assert ws.cases.get(case.id).stage is Stage.MEETING
    assert [i.version for i in ws.plans.versions(case.id)] == [1]
