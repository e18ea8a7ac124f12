"""Plans that are long, odd or both (issue 13): linear in the text, never a LayoutError,
headings kept with what follows, cancellable; the attendance list keeps words whole.

All names are made up; read back with pypdf. Speed is measured in
benchmarks/plan_pdf.py --megabyte, not here.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from sipdesk.domain.enums import Attendance
from sipdesk.domain.plan_document import build_attendance_list, build_plan_document
from sipdesk.export.attendance_pdf import attendance_pdf_bytes
from sipdesk.export.fonts import register_fonts
from sipdesk.export.invitation_pdf import invitation_pdf_bytes
from sipdesk.export.layout import ExportCancelled, paragraphs, styles
from sipdesk.export.plan_pdf import plan_pdf_bytes
from tests.export.plan_sample import ORGS, TEMPLATE, sample_plan
from tests.export.sample import FONTS
from tests.export.test_letters_ready_to_send import EIGHT_ORGS, eight_invitees

LONG_WORD = "Å" + "x" * 998 + "Ö"  # 1,000 characters without a space


def _pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def _plan(case, plan) -> bytes:
    return plan_pdf_bytes(build_plan_document(case, plan, TEMPLATE, ORGS), FONTS)


# --- long texts -----------------------------------------------------------------------


def test_each_line_of_a_text_is_a_flowable_of_its_own():
    st = styles(register_fonts(FONTS))
    text = "\n".join(f"Rad {n}" for n in range(1, 2001)) + "\n\nEtt nytt stycke.\r\nRad två."
    flowables = paragraphs(text, st["body"])
    assert len(flowables) == 2002
    # The lines of one paragraph stand one under the other; only its last keeps the space.
    assert [f.style.spaceAfter for f in flowables[1998:]] == [0, st["body"].spaceAfter, 0,
                                                              st["body"].spaceAfter, ]
    assert flowables[-2].text == "Ett nytt stycke." and flowables[-1].text == "Rad två."


def test_a_very_long_line_is_cut_after_a_sentence():
    st = styles(register_fonts(FONTS))
    text = "Elsa läser en bok. " * 1000  # 19,000 characters on one line
    flowables = paragraphs(text, st["body"])
    assert len(flowables) >= 4
    assert all(f.text.endswith("bok.") for f in flowables)
    assert sum(f.text.count("bok.") for f in flowables) == 1000  # nothing lost


def test_many_short_lines_flow_over_many_pages():
    case, plan, _ = sample_plan()
    lines = "\n".join(f"{n}. Elsa berättar om dagen." for n in range(1, 1501))
    plan = replace(plan, sections={**plan.sections, "current_situation": lines})
    pages = _pages(_plan(case, plan))
    assert len(pages) > 20
    text = " ".join(pages)
    assert "1. Elsa berättar om dagen." in text and "1500. Elsa berättar om dagen." in text


# --- a 1,000-character word -------------------------------------------------------------


def test_a_thousand_character_word_in_names_and_texts_exports():
    case, plan, meeting = sample_plan()
    case.child.first_name = LONG_WORD  # in the facts box at the top of the plan
    meeting.invitations[0] = replace(meeting.invitations[0], invitee_name=LONG_WORD)
    plan = replace(plan, sections={**plan.sections, "goals": LONG_WORD},
                   actions=[replace(a, person_name=LONG_WORD) for a in plan.actions])
    pages = _pages(_plan(case, plan))
    packed = re.sub(r"\s+", "", " ".join(pages))
    assert LONG_WORD in packed  # broken over lines, nothing lost
    assert len(pages) >= 3


def test_a_thousand_character_word_exports_in_letters_and_the_attendance_list():
    case, meeting = eight_invitees()
    case.child.first_name = LONG_WORD
    meeting.invitations[0] = replace(meeting.invitations[0], invitee_name=LONG_WORD)
    from sipdesk.domain.invitation_letter import build_letters

    letters = build_letters(case, meeting, EIGHT_ORGS, per_recipient=True)
    assert _pages(invitation_pdf_bytes(letters, FONTS))
    data = attendance_pdf_bytes(build_attendance_list(case, meeting, EIGHT_ORGS), FONTS)
    assert LONG_WORD in re.sub(r"\s+", "", " ".join(_pages(data)))


# --- headings stay with what follows ----------------------------------------------------


def test_kallade_men_inte_narvarande_stays_with_its_table():
    """Whatever the length of the plan above it, the heading shares its page with the
    table's header row and first row (a page's worth of positions, one line apart)."""
    case, plan, meeting = sample_plan()
    meeting.invitations[:] = [
        replace(i, attendance=Attendance.ABSENT_WITH_NOTICE) if i.id == 103 else i
        for i in meeting.invitations
    ]
    heading = "Kallade men inte närvarande"
    for lines in range(0, 48):
        text = "\n".join(f"Rad {n} om hur det går." for n in range(lines))
        moved = replace(plan, sections={**plan.sections, "obstacles": text or "Oro."})
        pages = _pages(_plan(case, moved))
        (page,) = [p for p in pages if heading in p]
        after = page.split(heading, 1)[1]
        assert "NAMN" in after and "Lena Holm" in after, lines


def test_the_action_table_starts_on_the_page_of_its_heading():
    case, plan, _ = sample_plan()
    heading = "Insatser – vem gör vad och när"
    for lines in range(0, 48, 2):
        text = "\n".join(f"Rad {n}." for n in range(lines))
        moved = replace(plan, sections={**plan.sections, "follow_up": text or "Mars."})
        (page,) = [p for p in _pages(_plan(case, moved)) if heading in p]
        assert "Lena Holm" in page.split(heading, 1)[1], lines


# --- cancelling ---------------------------------------------------------------------------


def test_an_export_can_be_cancelled_between_flowables():
    case, plan, _ = sample_plan()
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(ExportCancelled) as raised:
        plan_pdf_bytes(doc, FONTS, cancelled=cancelled)
    assert raised.value.message == "Exporten avbröts."
    assert len(asked) == 6  # stopped at once, not at the end
    assert plan_pdf_bytes(doc, FONTS, cancelled=lambda: False).startswith(b"%PDF")


# --- the attendance list --------------------------------------------------------------------


def test_the_attendance_list_keeps_words_whole_and_rows_grow():
    case, meeting = eight_invitees()
    data = attendance_pdf_bytes(build_attendance_list(case, meeting, EIGHT_ORGS), FONTS)
    (page,) = _pages(data)
    lines = page.splitlines()
    # Every word of a role or an organisation stands whole on one line ...
    for word in ("LSS-handläggare", "socialsekreterare", "Vårdnadshavare", "arbetsterapeut",
                 "ungdomshabiliteringen", "funktionsstöd,", "Ekbackaskolan"):
        assert any(word in line for line in lines), word
    # ... a name may break only at its own hyphen ...
    assert "Andersson-" in page and "Lindqvist" in page
    # ... and the long organisation name is all there, on lines of its own row.
    packed = re.sub(r"\s+", " ", page)
    assert ("Norrby kommun, funktionsstöd, LSS- enheten för barn och unga med särskilda "
            "behov") in packed or ("Norrby kommun, funktionsstöd, LSS-enheten för barn och "
                                   "unga med särskilda behov") in packed
    # No word is cut anywhere else: each line ends in a whole word.
    words = {w for line in lines for w in line.split()}
    assert not {"handlägga", "socialsekreterar", "Vårdnadshavar", "ungdomsh"} & words


# --- links ------------------------------------------------------------------------------------

TEAMS = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTkxYjEtOGE2Zi00ZDQ3LWI0"
         "OTMtYzQ1NjZlYWNhZDc1%40thread.v2/0?context=%7b%22Tid%22%3a%2212345678%22%7d")


@pytest.mark.parametrize("width", [60, 120, 200, 350])
def test_a_link_is_broken_at_its_slashes_within_the_width(width):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sipdesk.export.layout import break_links

    register_fonts(FONTS)
    text = f"Videomöte i Teams: {TEAMS}"
    lines = break_links(text, width, "SipSans", 10.5).split("\n")
    assert all(stringWidth(line, "SipSans", 10.5) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost or added
    if width >= 120:  # wider than the scheme and host: "https://" stays whole
        assert any("https://teams." in line for line in lines)


def test_a_video_link_gets_a_row_of_its_own_and_breaks_well():
    from sipdesk.domain.enums import MeetingMode

    case, plan, meeting = sample_plan()
    meeting.mode = MeetingMode.VIDEO
    meeting.place = f"Videomöte i Teams: {TEAMS}"
    pages = _pages(_plan(case, plan))
    lines = pages[0].splitlines()
    assert "Videomöte i Teams: https://teams.microsoft.com/l/meetup-join/" in lines
    assert TEAMS in re.sub(r"\s+", "", pages[0])
