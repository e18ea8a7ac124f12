"""The e-mail text and the mailto: URL: everything needed, no personnummer, no child's name."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from sipdesk.domain.invitation_letter import Contact, build_letter
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.export.email_text import email_draft, mailto_url
from tests.export.sample import ORGS, sample_case

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se")


def _draft(purpose: str | None = None, to=("anna.berg@exempel.se",)):
    case, meeting = sample_case(purpose) if purpose else sample_case()
    letter = build_letter(case, meeting, ORGS, CONTACT, initials_only=True)
    return email_draft(letter, to)


def test_body_has_date_time_place_purpose_and_participants():
    draft = _draft()
    assert "21 december 2026" in draft.subject and "SIP-2026-0001" in draft.subject
    for text in ("måndag 21 december 2026", "kl. 13.00–14.30", "Kommunhuset, rum Ekorren",
                 "Att göra en plan för hur E.L. kommer tillbaka", "Anna Berg, psykolog, BUP Norrby",
                 "Maria Lind, vårdnadshavare", "Svara senast 7 december 2026",
                 "Vilket stöd kan din verksamhet ge?", "Karin Sjöberg"):
        assert text in draft.body, text


def test_no_personnummer_and_no_child_name():
    draft = _draft(purpose="Elsa Lind (20121212-1212) ska få stöd.")
    for text in (draft.subject, draft.body):
        assert find_personnummer(text) == []
        assert "Elsa" not in text


def test_recipients_are_cleaned():
    draft = _draft(to=["a@exempel.se", " A@exempel.se", "", "b@exempel.se"])
    assert draft.to == ["a@exempel.se", "b@exempel.se"]


def test_mailto_url_round_trips():
    draft = _draft(to=["anna.berg@exempel.se", "lena.holm@exempel.se"])
    url = mailto_url(draft)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "anna.berg@exempel.se,lena.holm@exempel.se"
    query = parse_qs(parts.query)
    assert query["subject"] == [draft.subject]
    assert query["body"][0] == draft.body.replace("\n", "\r\n")
    assert " " not in url and "\n" not in url
