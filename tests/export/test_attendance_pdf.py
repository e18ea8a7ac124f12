"""The attendance list, read back with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from sipdesk.domain.plan_document import build_attendance_list
from sipdesk.export.attendance_pdf import attendance_pdf_bytes
from tests.export.plan_sample import ORGS, sample_plan
from tests.export.sample import FONTS


def test_every_invitee_has_a_row_to_sign():
    case, _, meeting = sample_plan()
    data = attendance_pdf_bytes(build_attendance_list(case, meeting, ORGS), FONTS)
    reader = PdfReader(io.BytesIO(data))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert "Närvarolista" in text and "21 december 2026" in text and "SIP-2026-0001" in text
    for inv in meeting.invitations:
        assert inv.invitee_name in text
    for column in ("NAMN", "VERKSAMHET", "TID", "UNDERSKRIFT"):
        assert column in text
    assert "Sida 1 av 1" in text
    assert "20121212-1212" not in text  # the list lies on the table: no personnummer


def test_many_invitees_run_over_pages_with_the_header_repeated():
    case, _, meeting = sample_plan()
    meeting.invitations[:] = meeting.invitations * 8
    data = attendance_pdf_bytes(build_attendance_list(case, meeting, ORGS), FONTS)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) >= 2
    assert all("UNDERSKRIFT" in p for p in pages)
