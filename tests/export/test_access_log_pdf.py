"""The access log extract as a PDF: who did what with the case, and when."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from pypdf import PdfReader

from sipdesk.domain.access_log import AccessEntry, AccessExtract
from sipdesk.export.access_log_pdf import access_log_pdf_bytes
from sipdesk.services.resources import fonts_dir


def _extract(entries: int, intact: bool = True) -> AccessExtract:
    actions = ["opened", "changed", "exported", "mailed"]
    return AccessExtract(
        case_ref="SIP-2026-0042",
        made_at=datetime(2026, 11, 23, 14, 5),
        made_by="samordnare.test",
        entries=tuple(
            AccessEntry(id=n + 1, at=datetime(2026, 11, 1 + n % 20, 9, n % 60),
                        user="anna.berg" if n % 2 else "samordnare.test", case_id=42,
                        case_ref="SIP-2026-0042", action=actions[n % 4],
                        detail=f"plan version {n} som PDF")
            for n in range(entries)
        ),
        chain_intact=intact,
    )


def _text(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(BytesIO(data)).pages]


def test_extract_lists_time_user_action_and_detail():
    text = "\n".join(_text(access_log_pdf_bytes(_extract(4), fonts_dir())))
    assert "Loggutdrag" in text and "SIP-2026-0042" in text
    for word in ("Öppnade", "Ändrade", "Exporterade", "E-post", "anna.berg",
                 "samordnare.test", "2026-11-01 09.00", "plan version 2 som PDF",
                 "kontrollerad och hel", "Sida 1 av 1"):
        assert word in text, word


def test_a_long_log_runs_over_pages_with_the_header_repeated():
    pages = _text(access_log_pdf_bytes(_extract(120), fonts_dir()))
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "TID" in page and "ANVÄNDARE" in page
    assert "plan version 119 som PDF" in pages[-1]


def test_a_broken_chain_is_said_on_the_extract_and_an_empty_log_too():
    text = "\n".join(_text(access_log_pdf_bytes(_extract(0, intact=False), fonts_dir())))
    assert "BRUTEN" in text and "Inga poster." in text
