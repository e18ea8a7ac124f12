"""Letters ready to send (issue 13): one page per letter, file names, the fallback font.

All names are made up; read back with pypdf.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from sipdesk.domain.entities import Guardian, Invitation, Organisation, Person
from sipdesk.domain.enums import InvitationKind, OrgKind, Principal
from sipdesk.domain.invitation_letter import Contact, build_letters
from sipdesk.export.files import safe_file_name, unique_file_names
from sipdesk.export.fonts import FONTS, register_fonts, with_symbols
from sipdesk.export.invitation_pdf import invitation_pdf_bytes
from tests.export.sample import ANSWER_BY, ORGS, sample_case
from tests.export.sample import FONTS as FONTS_DIR

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se",
                  title="SIP-samordnare", organisation="Norrby kommun")
LSS = Organisation("Norrby kommun, funktionsstöd, LSS-enheten för barn och unga med "
                   "särskilda behov", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY, id=4)
HAB = Organisation("Barn- och ungdomshabiliteringen Region Norrby", OrgKind.BUP,
                   Principal.REGION, id=5)
EIGHT_ORGS = {**ORGS, LSS.id: LSS, HAB.id: HAB}


def eight_invitees():
    """The sample case with eight invitees: five professionals, two guardians, the child."""
    case, meeting = sample_case()
    case.network += [Person("Sofia Andersson-Lindqvist", "LSS-handläggare", LSS.id, id=14),
                     Person("Peter Nilsson", "arbetsterapeut", HAB.id, id=15)]
    case.guardians.append(Guardian("Olle Lind", id=22))
    anna, johan, lena, maria, elsa = meeting.invitations
    meeting.invitations[:] = [
        anna, johan, lena,
        Invitation("Sofia Andersson-Lindqvist", InvitationKind.SUMMONS, person_id=14,
                   organisation_id=LSS.id, profession="LSS-handläggare",
                   answer_by=ANSWER_BY, id=106),
        Invitation("Peter Nilsson", InvitationKind.SUMMONS, person_id=15,
                   organisation_id=HAB.id, profession="arbetsterapeut", answer_by=ANSWER_BY,
                   id=107),
        maria,
        Invitation("Olle Lind", InvitationKind.INVITATION, guardian_id=22,
                   profession="Vårdnadshavare", answer_by=ANSWER_BY, id=108),
        elsa,
    ]
    return case, meeting


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in _reader(data).pages))


@pytest.fixture(scope="module")
def letters():
    case, meeting = eight_invitees()
    return build_letters(case, meeting, EIGHT_ORGS, CONTACT, per_recipient=True)


def test_each_of_eight_letters_fits_on_one_page(letters):
    assert len(letters) == 8
    for letter in letters:
        data = invitation_pdf_bytes([letter], FONTS_DIR)
        pages = _reader(data).pages
        assert len(pages) == 1, letter.greeting
        text = _text(data)
        assert "Sida 1 av 1" in text
        assert "Frågor och kontakt" in text and "karin.sjoberg@norrby.exempel.se" in text
        packed = text.replace(" ", "")  # a cell may wrap a name at its hyphen
        for person in letter.participants:  # the whole list, on the one page
            assert person.name.replace(" ", "") in packed


def test_a_video_meetings_letters_with_a_long_link_fit_too():
    from sipdesk.domain.enums import MeetingMode

    case, meeting = eight_invitees()
    meeting.mode = MeetingMode.VIDEO
    meeting.place = ("Videomöte i Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     "NjQ5ZTkxYjEtOGE2Zi00ZDQ3LWI0OTMtYzQ1NjZlYWNhZDc1%40thread.v2/0?context="
                     "%7b%22Tid%22%3a%2212345678%22%7d")
    for letter in build_letters(case, meeting, EIGHT_ORGS, CONTACT, per_recipient=True):
        data = invitation_pdf_bytes([letter], FONTS_DIR)
        assert len(_reader(data).pages) == 1, letter.greeting
        assert "https://teams.microsoft.com/l/meetup-join/" in _text(data)


def test_all_letters_in_one_file_take_a_page_each(letters):
    data = invitation_pdf_bytes(letters, FONTS_DIR)
    texts = [p.extract_text() for p in _reader(data).pages]
    assert len(texts) == 8
    assert all("Sida 1 av 1" in t for t in texts)


def test_a_letter_longer_than_a_page_still_runs_on_numbered(letters):
    case, meeting = eight_invitees()
    meeting.invitations[:] = meeting.invitations * 4  # 32 invitees: no page holds them
    (letter, *_) = build_letters(case, meeting, EIGHT_ORGS, CONTACT, per_recipient=True)
    texts = [p.extract_text() for p in _reader(invitation_pdf_bytes([letter], FONTS_DIR)).pages]
    assert len(texts) == 2
    assert "Sida 1 av 2" in texts[0] and "Sida 2 av 2" in texts[1]


def test_a_letter_is_named_after_its_recipient(letters):
    stems = [letter.file_stem for letter in letters]
    assert stems == [
        "Kallelse Anna Berg", "Kallelse Johan Ek", "Inbjudan Lena Holm",
        "Kallelse Sofia Andersson-Lindqvist", "Kallelse Peter Nilsson",
        "Inbjudan Maria Lind", "Inbjudan Olle Lind", "Inbjudan Elsa Lind",
    ]


@pytest.mark.parametrize(("stem", "name"), [
    ("Kallelse Anna Berg", "Kallelse Anna Berg.pdf"),
    ('Inbjudan A/B: "C" <d>|e?*f\\g', "Inbjudan A-B- -C- -d--e--f-g.pdf"),
    ("  .dold fil.  ", "dold fil.pdf"),
    ("tab\there\nnewline", "tab here newline.pdf"),
    ("CON", "CON_.pdf"),
    ("nul.txt", "nul.txt_.pdf"),
    ("", "Dokument.pdf"),
    ("Inbjudan Elsa 🦄 Lind", "Inbjudan Elsa 🦄 Lind.pdf"),
])
def test_file_names_are_safe_everywhere(stem, name):
    assert safe_file_name(stem) == name


def test_long_names_are_cut_within_the_file_systems_limits():
    for stem in ("x" * 1000, "🦄" * 1000, "å" * 1000):
        name = safe_file_name(stem)
        assert name.endswith(".pdf") and len(name.encode()) <= 210


def test_names_that_collide_get_a_number(tmp_path):
    (tmp_path / "Kallelse Anna Berg.pdf").write_bytes(b"an older letter")
    names = unique_file_names(
        ["Kallelse Anna Berg", "Inbjudan Lena Holm", "inbjudan lena holm", "Inbjudan Lena Holm"],
        tmp_path)
    assert names == ["Kallelse Anna Berg (2).pdf", "Inbjudan Lena Holm.pdf",
                     "inbjudan lena holm (2).pdf", "Inbjudan Lena Holm (3).pdf"]


# --- emoji and symbols DejaVu lacks ------------------------------------------------------


def _fonts_on_pages(data: bytes) -> list[set[str]]:
    found = []
    for page in _reader(data).pages:
        fonts = page["/Resources"]["/Font"]
        found.append({str(fonts[key].get_object()["/BaseFont"]).split("+")[-1]
                      for key in fonts})
    return found


def test_emoji_in_a_name_are_drawn_with_the_fallback_font():
    case, meeting = sample_case()
    case.child.first_name = "Elsa 🦄"
    meeting.invitations[3] = replace(meeting.invitations[3], invitee_name="Maria 🌈 Lind")
    (letter,) = [x for x in build_letters(case, meeting, ORGS, CONTACT, per_recipient=True)
                 if x.greeting == "Hej Maria!"]
    data = invitation_pdf_bytes([letter], FONTS_DIR)
    (fonts,) = _fonts_on_pages(data)
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "Symbola"}
    text = _text(data)
    assert "Maria 🌈 Lind" in text and "Elsa 🦄 Lind" in text  # copyable, not boxes


def test_text_without_emoji_embeds_no_fallback():
    case, meeting = sample_case()
    data = invitation_pdf_bytes(build_letters(case, meeting, ORGS, CONTACT), FONTS_DIR)
    assert all("Symbola" not in fonts for fonts in _fonts_on_pages(data))


def test_runs_of_missing_characters_are_wrapped_in_the_fallback():
    register_fonts(FONTS_DIR)
    font = f'<font name="{FONTS.symbols}">'
    assert with_symbols("Elsa åäö – ✓ ♥") == "Elsa åäö – ✓ ♥"  # DejaVu has all of these
    assert with_symbols("<b>Elsa 🦄⭐</b> Lind") == f"<b>Elsa {font}🦄⭐</font></b> Lind"
    # The emoji presentation selector stays with its emoji; a skin tone is left out.
    assert with_symbols("👍🏽 och 🌈\ufe0f") == f"{font}👍</font> och {font}🌈\ufe0f</font>"
