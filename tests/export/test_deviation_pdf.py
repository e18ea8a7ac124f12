"""The deviation report PDF, read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from sipdesk.domain.deviation_report import build_deviation_report
from sipdesk.domain.entities import Deviation
from sipdesk.domain.enums import Attendance, DeviationKind
from sipdesk.export.deviation_pdf import DRAFT_MARK, deviation_pdf_bytes
from tests.export.sample import BUP, FONTS, MEETING_DAY, ORGS, TEST_PNR, sample_case


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def _report(draft: bool = False, description: str | None = None):
    case, meeting = sample_case()
    case.coordinator = "Sara Nord"
    meeting.invitations[0] = replace(meeting.invitations[0],
                                     attendance=Attendance.ABSENT_WITHOUT_NOTICE)
    case.meetings = [meeting]
    text = description if description is not None else (
        "Anna Berg kom inte till mötet och hade inte lämnat återbud. Elsa Lind och hennes "
        f"mamma hade tagit ledigt från skola och arbete. ({TEST_PNR})")
    deviation = Deviation(DeviationKind.DID_NOT_ATTEND, MEETING_DAY, BUP.id, text, draft, 3)
    return case, build_deviation_report(case, deviation, ORGS, date(2026, 12, 22))


def test_report_has_the_facts_the_description_and_the_fields_to_sign():
    case, report = _report()
    text = _text(deviation_pdf_bytes(report, FONTS))
    assert "Avvikelse i SIP-ärende" in text
    assert "BUP Norrby" in text
    assert "Uteblev från mötet" in text
    assert "21 december 2026" in text
    assert case.reference in text
    assert "Anna Berg kom inte till mötet" in text
    assert "E.L." in text
    assert "Sara Nord" in text and "Verksamhetens svar" in text and "Underskrift" in text
    assert "Sida 1 av 1" in text
    assert DRAFT_MARK not in text


def test_report_never_shows_the_childs_name_or_personnummer():
    case, report = _report()
    text = _text(deviation_pdf_bytes(report, FONTS))
    assert case.child.full_name not in text
    assert "Elsa" not in text
    assert TEST_PNR not in text and TEST_PNR.replace("-", "") not in text


def test_a_draft_is_marked_on_every_page():
    _, report = _report(draft=True, description="Lång text. " * 40 + "\n\n" + "Mer. " * 600)
    data = deviation_pdf_bytes(report, FONTS)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) >= 2
    assert all(DRAFT_MARK in p for p in pages)
