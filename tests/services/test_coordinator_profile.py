"""The coordinator's profile in the store, and printed wherever a family or an actor needs it.

Fictional names only; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

import io
import re
from datetime import time, timedelta

import pytest
from pypdf import PdfReader

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.entities import Consent, Deviation, Guardian, Meeting
from sipdesk.domain.enums import ConsentForm, DeviationKind, MeetingKind, Stage
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.domain.profile import CoordinatorProfile
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_documents import meeting, out  # noqa: F401  (the fixtures)

PHONE = "08-555 123 45"
EMAIL = "karin.sjoberg@norrby.exempel.se"
KARIN = CoordinatorProfile("Karin Sjöberg", "SIP-samordnare", "Norrby kommun", PHONE, EMAIL)


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def profile(ws):
    return ws.settings.save_profile(KARIN)


# --- stored ------------------------------------------------------------------------


def test_profile_is_stored_and_read_back(ws):
    assert ws.settings.profile().is_empty
    stored = ws.settings.save_profile(CoordinatorProfile(" Karin Sjöberg ", phone=PHONE,
                                                         email=EMAIL))
    assert stored.name == "Karin Sjöberg"
    assert ws.settings.profile() == stored


def test_a_wrong_phone_is_refused_and_the_stored_profile_stays(ws, profile):
    with pytest.raises(ValidationError) as refused:
        ws.settings.save_profile(CoordinatorProfile("Karin Sjöberg", phone="åtta-noll"))
    assert refused.value.field == "phone"
    assert ws.settings.profile() == KARIN


def test_saving_the_profile_is_a_settings_change(ws):
    _, changes = ws.changes_of(lambda w: w.settings.save_profile(KARIN))
    assert changes.settings and not changes.cases


def test_later_is_remembered(ws):
    assert not ws.settings.profile_postponed()
    ws.settings.postpone_profile()
    assert ws.settings.profile_postponed()


def test_deadlines_saved_are_read_back(ws):
    ws.settings.save_deadlines(DeadlineSettings(invitation_lead_days=14))
    assert ws.settings.deadlines().invitation_lead_days == 14


def test_deadlines_of_a_rolled_back_transaction_are_not_kept(ws):
    with pytest.raises(ValidationError):
        with ws.transaction():
            ws.settings.save_deadlines(DeadlineSettings(invitation_lead_days=14))
            ws.settings.save_lock_minutes(0)
    assert ws.settings.deadlines().invitation_lead_days == 21


# --- printed -----------------------------------------------------------------------


def test_kallelse_gives_the_coordinators_phone_and_email(ws, profile, meeting, out):  # noqa: F811
    for per_recipient in (False, True):
        path = ws.documents.invitation_pdf(meeting.id, out / f"k{per_recipient}.pdf",
                                           per_recipient=per_recipient)
        text = _text(path)
        assert PHONE in text and EMAIL in text and "Norrby kommun" in text
        assert "Telefon: 08-555 123 45" in text
        assert "till Karin Sjöberg (SIP-samordnare, Norrby kommun) på telefon" in text
        assert find_personnummer(text) == [] and "1212-1212" not in text


def test_email_text_gives_the_phone_and_email(ws, profile, meeting):  # noqa: F811
    body = ws.documents.email_text(meeting.id).body
    assert f"Telefon: {PHONE}" in body and f"E-post: {EMAIL}" in body
    assert f"på telefon {PHONE} eller e-post {EMAIL}" in body
    assert "1212-1212" not in body


def test_without_a_profile_the_case_coordinator_and_no_empty_lines(ws, meeting, out):  # noqa: F811
    body = ws.documents.email_text(meeting.id).body
    assert "Karin Sjöberg" in body  # the case's coordinator, as before
    assert "Telefon" not in body and "E-post" not in body
    text = _text(ws.documents.invitation_pdf(meeting.id, out / "k.pdf"))
    assert "Karin Sjöberg" in text and "Telefon:" not in text and "E-post:" not in text


def _plan(ws, network):  # noqa: F811
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="20121212-1212",
                           question="Hur får Elsa stöd i skolan?", coordinator="Karin Åkesson")
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    # A child under 15 cannot consent alone: her guardian consents too.
    guardian = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, by_child=True,
        guardian_ids=frozenset({guardian.id}), covered_org_ids=frozenset({network["bup"].id})))
    ws.cases.add_to_network(case.id, network["psykolog"].id)
    meeting = ws.meetings.schedule(case.id, Meeting(  # noqa: F811
        MeetingKind.FIRST_SIP, date=TODAY + timedelta(days=30), start=time(13), end=time(14),
        place="Rum 3", purpose="Skolan"))
    return case, ws.plans.start_version(case.id, meeting.id)


def test_family_version_and_plan_give_the_phone_and_email(ws, network, profile, tmp_path):  # noqa: F811
    _case, plan = _plan(ws, network)
    family = _text(ws.documents.family_plan_pdf(plan.id, tmp_path / "familj.pdf").path)
    assert PHONE in family and EMAIL in family and "samordnaren Karin Sjöberg" in family
    assert "20121212-1212" not in family and find_personnummer(family) == []
    signing = _text(ws.documents.plan_pdf(plan.id, tmp_path / "plan.pdf").path)
    assert PHONE in signing and EMAIL in signing


def test_family_version_without_a_profile_is_as_before(ws, network, tmp_path):  # noqa: F811
    _case, plan = _plan(ws, network)
    family = _text(ws.documents.family_plan_pdf(plan.id, tmp_path / "familj.pdf").path)
    assert "Frågor?" in family and "telefon" not in family.lower()


def test_deviation_report_gives_whom_to_ask(ws, network, profile, tmp_path):  # noqa: F811
    case, _plan_ = _plan(ws, network)
    deviation = ws.meetings.add_deviation(case.id, Deviation(
        DeviationKind.DID_NOT_ATTEND, TODAY, network["bup"].id, "Kom inte.", draft=False))
    report = ws.documents.deviation_report(deviation.id)
    assert report.reported_by == "Karin Sjöberg" and report.answer_to == EMAIL
    text = _text(ws.documents.deviation_pdf(deviation.id, tmp_path / "avvikelse.pdf"))
    assert PHONE in text and EMAIL in text and "Frågor om avvikelsen" in text
    assert "Elsa" not in text and "20121212-1212" not in text


def test_deviation_report_without_a_profile_names_the_case_coordinator(ws, network, tmp_path):  # noqa: F811
    case, _plan_ = _plan(ws, network)
    deviation = ws.meetings.add_deviation(case.id, Deviation(
        DeviationKind.DID_NOT_ATTEND, TODAY, network["bup"].id, "Kom inte.", draft=False))
    text = _text(ws.documents.deviation_pdf(deviation.id, tmp_path / "avvikelse.pdf"))
    assert "Karin Åkesson" in text and "Frågor om avvikelsen" not in text
    assert "telefon" not in text.lower()
