"""Deviations entered by the coordinator, and a no-show draft completed and exported."""

from __future__ import annotations

import io
from datetime import time, timedelta

import pytest
from pypdf import PdfReader

from sipdesk.domain.entities import Consent, Deviation, Guardian, Meeting
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    DeviationKind,
    MeetingKind,
    Stage,
)
from sipdesk.services.errors import ValidationError
from tests.services.conftest import TODAY


@pytest.fixture
def case(ws, network):
    # Fictional family; 20121212-1212 is a Skatteverket test personnummer.
    return ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                           question="Hur får Elsa stöd i skolan?", coordinator="Sara Nord")


def test_add_a_commitment_not_met(ws, network, case):
    added = ws.meetings.add_deviation(case.id, Deviation(
        DeviationKind.COMMITMENT_NOT_MET, TODAY - timedelta(days=3), network["school"].id,
        "  Anpassningarna i schemat kom aldrig igång.  ", draft=False))
    assert added.id is not None and not added.draft
    assert added.description == "Anpassningarna i schemat kom aldrig igång."
    assert ws.meetings.deviations(case.id) == [added]
    assert any("Avvikelse registrerad" in e.text for e in ws.cases.get(case.id).history)


def test_a_draft_may_wait_for_its_description(ws, network, case):
    added = ws.meetings.add_deviation(case.id, Deviation(
        DeviationKind.TREATMENT, TODAY, network["bup"].id, "", draft=True))
    assert added.draft and added.description == ""


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"organisation_id": None}, "organisation", "Välj vilken verksamhet"),
    ({"organisation_id": 9999}, "organisation", "finns inte i katalogen"),
    ({"description": "   "}, "description", "Beskriv vad som hände"),
    ({"occurred_on": TODAY + timedelta(days=1)}, "occurred_on", "i framtiden"),
])
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(ws, network, case, change,
                                                               field, words):
    values = {"kind": DeviationKind.TREATMENT, "occurred_on": TODAY,
              "organisation_id": network["bup"].id, "description": "Otrevligt bemötande.",
              "draft": False} | change
    with pytest.raises(ValidationError) as refused:
        ws.meetings.add_deviation(case.id, Deviation(**values))
    assert refused.value.field == field
    assert words in refused.value.message
    assert ws.meetings.deviations(case.id) == []


def test_unknown_case_is_refused(ws, network):
    with pytest.raises(ValidationError):
        ws.meetings.add_deviation(4711, Deviation(DeviationKind.OTHER, TODAY,
                                                  network["bup"].id, "x", draft=False))


def test_a_no_show_draft_is_completed_and_exported(ws, network, case, tmp_path):
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    # A child under 15 cannot consent alone: her guardian consents too.
    guardian = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY - timedelta(days=20), form=ConsentForm.WRITTEN, by_child=True,
        guardian_ids=frozenset({guardian.id}), covered_org_ids=frozenset({network["bup"].id})))
    ws.cases.add_to_network(case.id, network["psykolog"].id)
    meeting = ws.meetings.schedule(case.id, Meeting(
        MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14), place="Rum 3"))
    invitation = ws.meetings.invite(meeting.id, person_id=network["psykolog"].id)
    ws.meetings.record_attendance(invitation.id, Attendance.ABSENT_WITHOUT_NOTICE)

    [draft] = ws.meetings.deviations(case.id)
    assert draft.draft and draft.kind is DeviationKind.DID_NOT_ATTEND
    done = ws.meetings.complete_deviation(
        draft.id, "Anna Berg kom inte. Elsa Lind hade tagit ledigt från skolan.")
    assert not done.draft

    report = ws.documents.deviation_report(done.id)
    assert report.meeting.startswith("SIP-möte 23 november 2026")
    path = ws.documents.deviation_pdf(done.id, tmp_path / "avvikelse.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "BUP Norrby" in text and "Uteblev från mötet" in text
    assert "23 november 2026" in text and "Anna Berg kom inte" in text
    assert "E.L." in text and "Sara Nord" in text
    assert "Elsa" not in text and "20121212-1212" not in text
    assert not list(tmp_path.glob("*.tmp*"))


def test_export_of_an_unknown_deviation_is_refused(ws, tmp_path):
    with pytest.raises(ValidationError):
        ws.documents.deviation_pdf(4711, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
