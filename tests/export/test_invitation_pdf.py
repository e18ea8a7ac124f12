"""The invitation PDF read back with pypdf: everything a recipient needs, nothing it must not."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from sipdesk.domain.invitation_letter import Contact, build_letters
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.export.fonts import FontsMissing
from sipdesk.export.invitation_pdf import invitation_pdf_bytes
from tests.export.sample import FONTS, ORGS, sample_case

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se")


def _pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    # Collapse whitespace: table cells and wrapped lines break words apart.
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


@pytest.fixture(scope="module")
def per_recipient():
    case, meeting = sample_case()
    letters = build_letters(case, meeting, ORGS, CONTACT, per_recipient=True)
    return letters, _pages(invitation_pdf_bytes(letters, FONTS))


def _letter_text(pages: list[str], name: str) -> str:
    """The pages of the letter addressed to `name` (each letter restarts at 'Sida 1 av')."""
    sets, current = [], []
    for page in pages:
        if "Sida 1 av" in page and current:
            sets.append(" ".join(current))
            current = []
        current.append(page)
    sets.append(" ".join(current))
    found = [s for s in sets if f"Hej {name.split()[0]}!" in s or f"TILL {name}" in s]
    assert len(found) == 1, name
    return found[0]


def test_each_letter_holds_purpose_time_place_and_everyone(per_recipient):
    _, pages = per_recipient
    for name in ("Anna Berg", "Johan Ek", "Maria Lind"):
        text = _letter_text(pages, name)
        assert "Att göra en plan för hur Elsa kommer tillbaka till skolan." in text
        assert "måndag 21 december 2026" in text
        assert "kl. 13.00–14.30" in text
        assert "Kommunhuset, rum Ekorren" in text
        for person in ("Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind", "Elsa Lind",
                       "Karin Sjöberg"):
            assert person in text, (name, person)
        assert "Svara senast 7 december 2026" in text
        assert "Sida 1 av" in text


def test_kallelse_or_inbjudan_per_recipient(per_recipient):
    _, pages = per_recipient
    assert "Kallelse till SIP-möte" in _letter_text(pages, "Anna Berg")
    assert "skyldig att delta" in _letter_text(pages, "Anna Berg")
    school = _letter_text(pages, "Lena Holm")
    assert "Inbjudan till SIP-möte" in school and "Kallelse till" not in school
    family = _letter_text(pages, "Maria Lind")
    assert "Inbjudan till SIP-möte" in family
    assert "Vad är en SIP?" in family and "Vad är en SIP?" not in _letter_text(pages, "Anna Berg")


def test_family_information_has_no_law_paragraphs(per_recipient):
    _, pages = per_recipient
    text = " ".join(pages)
    assert "§" not in text and "kap." not in text


def test_no_personnummer_in_the_pdf(per_recipient):
    _, pages = per_recipient
    text = " ".join(pages)
    assert find_personnummer(text) == []
    assert "20121212" not in text and "1212-1212" not in text


def test_swedish_letters_survive(per_recipient):
    _, pages = per_recipient
    assert "Inför mötet" in pages[0] and "Vad behöver förändras?" in " ".join(pages)
    assert "Sjöberg" in pages[0]


def test_pages_are_numbered_per_letter(per_recipient):
    letters, pages = per_recipient
    starts = [p for p in pages if "Sida 1 av" in p]
    assert len(starts) == len(letters) == 5
    for page in pages:
        match = re.search(r"Sida (\d+) av (\d+)", page)
        assert match and int(match[1]) <= int(match[2])
    assert "Ärende SIP-2026-0001" in pages[0]


def test_shared_letter_is_one_page_set_with_everyone():
    case, meeting = sample_case()
    letters = build_letters(case, meeting, ORGS, CONTACT, per_recipient=False)
    pages = _pages(invitation_pdf_bytes(letters, FONTS))
    text = " ".join(pages)
    assert [p for p in pages if "Sida 1 av" in p] == pages[:1]
    assert f"Sida {len(pages)} av {len(pages)}" in pages[-1]
    assert "Kallelse och inbjudan till SIP-möte" in text
    for person in ("Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind"):
        assert person in text
    assert "E.L." in text  # the school reads it too: the child by initials
    assert "Elsa Lind" not in text


def test_fonts_are_embedded():
    case, meeting = sample_case()
    data = invitation_pdf_bytes(build_letters(case, meeting, ORGS, CONTACT), FONTS)
    reader = PdfReader(io.BytesIO(data))
    # reportlab lists Helvetica as a resource on every page; what the text uses counts.
    used = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        content = page.get_contents().get_data().decode("latin-1")
        for name in re.findall(r"/(\S+) [\d.]+ Tf", content):
            used[str(fonts["/" + name].get_object()["/BaseFont"])] = fonts["/" + name]
    assert {name.split("+")[-1] for name in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    for font in used.values():
        font = font.get_object()
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType


def test_missing_fonts_folder_is_reported(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from sipdesk.export import fonts

    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(FontsMissing):
        fonts.register_fonts(tmp_path)
