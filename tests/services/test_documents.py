"""DocumentService on a real (encrypted, temporary) store: PDF, ICS and e-mail for a meeting.

Fictional names only; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from sipdesk.domain.entities import Consent, Guardian, Meeting
from sipdesk.domain.enums import ConsentForm, MeetingKind, SentVia
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.services.documents import Contact, DocumentService
from sipdesk.services.errors import ValidationError
from tests.services.conftest import TODAY

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se",
                  organisation="Norrby kommun")
MEETING_DAY = TODAY + timedelta(days=28)
PURPOSE = "Att göra en plan för hur Elsa kommer tillbaka till skolan."


@pytest.fixture
def meeting(ws, network):
    """A case in stage 3 with a guardian, consent for all three organisations and five invitees."""
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="20121212-1212",
                           question="Hur får Elsa stöd i skolan?", coordinator="Karin Sjöberg")
    guardian = ws.cases.add_guardian(case.id, Guardian("Maria Lind",
                                                       email="maria.lind@exempel.se"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({guardian.id}),
        covered_org_ids=frozenset({network[k].id for k in ("bup", "soc", "school")})))
    for key in ("psykolog", "socsek", "mentor"):
        ws.cases.add_to_network(case.id, network[key].id)
    ws.cases.set_role(case.id, "chair", network["socsek"].id)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=MEETING_DAY, start=time(13), end=time(14, 30),
        place="Kommunhuset, rum Ekorren", purpose=PURPOSE))
    for who in (dict(person_id=network["psykolog"].id), dict(person_id=network["socsek"].id),
                dict(person_id=network["mentor"].id), dict(guardian_id=guardian.id),
                dict(child=True)):
        ws.meetings.invite(meeting.id, sent_on=TODAY, sent_via=SentVia.EMAIL, **who)
    return meeting


@pytest.fixture
def out(tmp_path):
    """An empty folder for exports (tmp_path also holds the store)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


@pytest.fixture
def docs(ws):
    return DocumentService(ws)


def _pages(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


def test_shared_pdf_has_purpose_time_place_and_everyone(docs, meeting, out):
    path = docs.invitation_pdf(meeting.id, out / "kallelse.pdf", per_recipient=False,
                               contact=CONTACT)
    pages = _pages(path)
    text = " ".join(pages)
    assert "Att göra en plan för hur" in text and "kommer tillbaka till skolan." in text
    assert "måndag 21 december 2026" in text and "kl. 13.00–14.30" in text
    assert "Kommunhuset, rum Ekorren" in text
    for name in ("Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind", "E.L.", "Karin Sjöberg"):
        assert name in text, name
    assert "Sida 1 av" in pages[0]
    assert find_personnummer(text) == [] and "1212-1212" not in text
    assert [p.name for p in out.iterdir()] == ["kallelse.pdf"]


def test_per_recipient_pdf_has_a_page_set_per_invitee(docs, meeting, out):
    shared = _pages(docs.invitation_pdf(meeting.id, out / "a.pdf", contact=CONTACT))
    each = _pages(docs.invitation_pdf(meeting.id, out / "b.pdf", per_recipient=True,
                                      contact=CONTACT))
    starts = [p for p in each if "Sida 1 av" in p]
    assert len(starts) == 5 and len(each) > len(shared)
    kallelser = [p for p in starts if "Kallelse till SIP-möte" in p]
    inbjudningar = [p for p in starts if "Inbjudan till SIP-möte" in p]
    assert len(kallelser) == 2 and len(inbjudningar) == 3
    assert any("Anna Berg, psykolog, BUP Norrby" in p for p in kallelser)
    assert any("Lena Holm, mentor, Ekbackaskolan" in p for p in inbjudningar)
    assert any("Hej Maria!" in p for p in inbjudningar)
    text = " ".join(each)
    assert "Elsa Lind" in text  # kallelse and family letters name the child
    assert find_personnummer(text) == []


def test_failing_render_leaves_no_file(docs, meeting, out, monkeypatch):
    from sipdesk.export import invitation_pdf

    def broken(letters, handle, fonts_dir):
        handle.write(b"%PDF-1.4 half")
        raise RuntimeError("out of paper")

    monkeypatch.setattr(invitation_pdf, "render_invitation_pdf", broken)
    with pytest.raises(RuntimeError):
        docs.invitation_pdf(meeting.id, out / "kallelse.pdf")
    assert list(out.iterdir()) == []


def test_ics_parses_back(docs, ws, meeting, out):
    path = docs.meeting_ics(meeting.id, out / "mote.ics", contact=CONTACT)
    data = path.read_bytes()
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.combine(
        MEETING_DAY, time(13), tzinfo=ZoneInfo("Europe/Stockholm"))
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert str(event["SUMMARY"]) == "SIP-möte SIP-2026-0001 (E.L.)"
    assert str(event["LOCATION"]) == "Kommunhuset, rum Ekorren"
    assert str(event["UID"]) == f"sipdesk-meeting-{ws.store.store_id}-{meeting.id}@sipdesk.local"
    text = data.decode().replace("\r\n ", "")
    assert "Elsa" not in text and "Lind" not in text
    # The UID, asserted exactly above, holds the store's random UUID, which
    # now and then has a run of digits shaped like a personnummer.
    assert find_personnummer(text.replace(str(event["UID"]), "")) == []
    assert "121212" not in text and "1212-1212" not in text


def test_email_text_and_mailto(docs, meeting):
    draft = docs.email_text(meeting.id, contact=CONTACT)
    assert draft.to == ["maria.lind@exempel.se"]  # the professionals have no address yet
    for text in ("måndag 21 december 2026", "kl. 13.00–14.30", "Kommunhuset, rum Ekorren"):
        assert text in draft.body
    for text in (draft.subject, draft.body):
        assert find_personnummer(text) == []
        assert "20121212" not in text and "Elsa" not in text
    url = docs.mailto_url(meeting.id, contact=CONTACT)
    assert url.startswith("mailto:") and "maria.lind@exempel.se" in url
    assert find_personnummer(url) == []


def test_recipients_use_person_then_organisation_mailbox(ws, docs, meeting, network):
    from sipdesk.domain.entities import Person

    person = ws.directory.person(network["psykolog"].id)
    ws.directory.update_person(Person(person.name, person.profession, person.organisation_id,
                                      id=person.id, email="anna.berg@exempel.se"))
    assert docs.recipients(meeting.id)[0] == "anna.berg@exempel.se"


def test_default_contact_is_the_case_coordinator(docs, meeting):
    (letter,) = docs.letters(meeting.id)
    assert letter.contact.name == "Karin Sjöberg"


def test_unknown_meeting_and_meeting_without_date(docs, ws, meeting, out):
    with pytest.raises(ValidationError):
        docs.email_text(9999)
    case_id = ws.cases.all()[0].id
    undated = ws.meetings.schedule(case_id, Meeting(kind=MeetingKind.FOLLOW_UP))
    with pytest.raises(ValidationError):
        docs.meeting_ics(undated.id, out / "x.ics")
    assert list(out.iterdir()) == []


def test_answer_by_is_in_the_letter(docs, meeting):
    letters = docs.letters(meeting.id, per_recipient=True)
    assert {letter.answer_by for letter in letters} == {TODAY + timedelta(days=14)}
    assert all(letter.answer_by > date(2026, 11, 23) for letter in letters)
