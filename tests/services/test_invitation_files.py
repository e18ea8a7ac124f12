"""One file per recipient (issue 13): eight invitees give eight one-page letters in a folder.

On a real (encrypted, temporary) store. Fictional names only; 20121212-1212 is a
Skatteverket test personnummer.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from pypdf import PdfReader

from sipdesk.domain.entities import Consent, Guardian, Meeting, Organisation, Person
from sipdesk.domain.enums import ConsentForm, MeetingKind, OrgKind, Principal, SentVia
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.export import invitation_pdf
from sipdesk.services.documents import Contact
from tests.services.conftest import TODAY

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se",
                  organisation="Norrby kommun")
EIGHT = ["Kallelse Anna Berg.pdf", "Kallelse Johan Ek.pdf", "Inbjudan Lena Holm.pdf",
         "Kallelse Sofia Andersson-Lindqvist.pdf", "Kallelse Peter Nilsson.pdf",
         "Inbjudan Maria Lind.pdf", "Inbjudan Olle Lind.pdf", "Inbjudan Elsa Lind.pdf"]


@pytest.fixture
def meeting(ws, network):
    """A meeting with eight invitees: five professionals, two guardians and the child."""
    d = ws.directory
    lss = d.add_organisation(Organisation(
        "Norrby kommun, funktionsstöd, LSS-enheten för barn och unga", OrgKind.SOCIAL_SERVICES,
        Principal.MUNICIPALITY))
    hab = d.add_organisation(Organisation("Barn- och ungdomshabiliteringen", OrgKind.BUP,
                                          Principal.REGION))
    sofia = d.add_person(Person("Sofia Andersson-Lindqvist", "LSS-handläggare", lss.id))
    peter = d.add_person(Person("Peter Nilsson", "arbetsterapeut", hab.id))
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="20121212-1212",
                           question="Hur får Elsa stöd i skolan?", coordinator="Karin Sjöberg")
    maria = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    olle = ws.cases.add_guardian(case.id, Guardian("Olle Lind"))
    orgs = [network["bup"].id, network["soc"].id, network["school"].id, lss.id, hab.id]
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({maria.id, olle.id}),
        covered_org_ids=frozenset(orgs)))
    people = [network["psykolog"].id, network["socsek"].id, network["mentor"].id, sofia.id,
              peter.id]
    for person_id in people:
        ws.cases.add_to_network(case.id, person_id)
    ws.cases.set_role(case.id, "chair", network["socsek"].id)
    booked = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY + timedelta(days=28), start=time(13),
        end=time(14, 30), place="Kommunhuset, rum Ekorren", purpose="En plan för skolan."))
    for who in ([dict(person_id=p) for p in people]
                + [dict(guardian_id=maria.id), dict(guardian_id=olle.id), dict(child=True)]):
        ws.meetings.invite(booked.id, sent_on=TODAY, sent_via=SentVia.EMAIL, **who)
    return booked


def _case(ws, meeting):
    return next(c for c in ws.cases.all() if any(m.id == meeting.id for m in c.meetings))


def test_eight_recipients_give_eight_files_of_one_page(ws, meeting, tmp_path):
    folder = tmp_path / "kallelser"
    folder.mkdir()
    paths = ws.documents.invitation_pdfs(meeting.id, folder, contact=CONTACT)
    assert [p.name for p in paths] == EIGHT  # named after the recipients, as invited
    assert sorted(p.name for p in folder.iterdir()) == sorted(EIGHT)  # and nothing else
    for path in paths:
        reader = PdfReader(path)
        assert len(reader.pages) == 1, path.name
        text = reader.pages[0].extract_text()
        recipient = path.stem.split(" ", 1)[1]
        assert recipient.split()[0] in text and "Sida 1 av 1" in text
        assert find_personnummer(text) == []


def test_the_export_is_logged_once(ws, meeting, tmp_path):
    case = _case(ws, meeting)
    ws.documents.invitation_pdfs(meeting.id, tmp_path, contact=CONTACT)
    entries = [e for e in ws.access.extract(case.reference).entries if e.action == "exported"]
    assert [(e.detail, e.case_id) for e in entries] == [
        ("kallelser som PDF, en fil per mottagare (8 filer)", case.id)]


def test_names_already_in_the_folder_are_never_overwritten(ws, meeting, tmp_path):
    (tmp_path / "Kallelse Anna Berg.pdf").write_bytes(b"en tidigare kallelse")
    paths = ws.documents.invitation_pdfs(meeting.id, tmp_path, contact=CONTACT)
    assert (tmp_path / "Kallelse Anna Berg.pdf").read_bytes() == b"en tidigare kallelse"
    assert "Kallelse Anna Berg (2).pdf" in [p.name for p in paths]
    assert len(paths) == 8


def test_two_invitees_of_the_same_name_get_two_files(ws, meeting, network, tmp_path):
    namesake = ws.directory.add_person(Person("Anna Berg", "kurator", network["school"].id))
    ws.cases.add_to_network(_case(ws, meeting).id, namesake.id)
    ws.meetings.invite(meeting.id, person_id=namesake.id, sent_on=TODAY)
    names = [p.name for p in ws.documents.invitation_pdfs(meeting.id, tmp_path, contact=CONTACT)]
    assert len(names) == 9 and len(set(names)) == 9
    assert sum(n.startswith(("Kallelse Anna Berg", "Inbjudan Anna Berg")) for n in names) == 2


def test_a_failed_render_writes_no_file(ws, meeting, tmp_path, monkeypatch):
    calls = []

    def broken(letters, fonts_dir):
        calls.append(letters)
        if len(calls) == 5:
            raise RuntimeError("out of paper")
        return b"%PDF-1.4 fake"

    monkeypatch.setattr(invitation_pdf, "invitation_pdf_bytes", broken)
    with pytest.raises(RuntimeError):
        ws.documents.invitation_pdfs(meeting.id, tmp_path, contact=CONTACT)
    assert [p for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []


def test_a_failed_write_takes_the_written_files_away(ws, meeting, tmp_path, monkeypatch):
    from sipdesk.services import documents

    written = []
    real = documents.write_bytes

    def fails_at_the_fourth(path, data):
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        written.append(real(path, data))
        return written[-1]

    monkeypatch.setattr(documents, "write_bytes", fails_at_the_fourth)
    with pytest.raises(OSError):
        ws.documents.invitation_pdfs(meeting.id, tmp_path, contact=CONTACT)
    assert len(written) == 3 and not any(p.exists() for p in written)
