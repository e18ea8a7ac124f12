"""The deviation report (avvikelse i SIP-ärende), for the organisation's management.

The house style of the other documents: a facts box (case, child by initials,
organisation, kind, date, meeting, status), what happened, the coordinator's
signature line, and an empty field where the organisation writes its response.
The content, and what it may not contain, is decided in
sipdesk.domain.deviation_report.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from sipdesk.domain.deviation_report import DeviationReport
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    RULE,
    TEXT,
    TEXT_W,
    PageText,
    build_document,
    facts_table,
    mm,
    para,
    paragraphs,
    styles,
)

DRAFT_MARK = "UTKAST – AVVIKELSEN ÄR INTE FÄRDIGSTÄLLD"


def _response_field(st) -> Table:
    """A ruled box for the organisation's answer."""
    lines = [[""] for _ in range(6)]
    table = Table(lines, colWidths=[TEXT_W], rowHeights=[9 * mm] * len(lines), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]))
    return table


def deviation_story(report: DeviationReport, st) -> list:
    subtitle = report.kind_label
    if report.organisation:
        subtitle += f" · {report.organisation}"
    facts = [
        ("Ärende", report.case_reference), ("Barn", report.child_initials),
        ("Verksamhet", report.organisation),
        ("Huvudman", report.principal),
        ("Typ", report.kind_label), ("Datum", report.occurred_on),
        ("Gäller mötet", report.meeting or "–"), ("Status", report.status),
    ]
    story: list = [
        para("Avvikelse i SIP-ärende", st["title"]),
        para(subtitle, st["subtitle"]),
        facts_table(facts, st, label_w=30 * mm),
        Spacer(1, 6),
        para("Avvikelsen rapporteras till verksamhetens ledning. Barnet anges bara med "
             "initialer; personuppgifter finns hos samordnaren.", st["note"]),
        para("Vad hände", st["h2"]),
        *paragraphs(report.description, st["body"]),
    ]
    if report.draft:
        story.append(para("Beskrivningen är ett utkast och kan ändras innan avvikelsen "
                          "registreras.", st["note"]))
    reporter = report.reported_by or report.reporter_title
    reported = [
        para("Rapporterad av", st["h2"]),
        para(f"Rapporten upprättad {report.reported_on}.", st["note"]),
        _signature_block(reporter, st, role=report.reporter_title),
    ]
    if report.contact_line:
        reported += [Spacer(1, 4),
                     para(f"Frågor om avvikelsen: {report.contact_line}.", st["body"])]
    send_to = f"till {report.answer_to}" if report.answer_to else "till samordnaren"
    story += [
        KeepTogether(reported),
        KeepTogether([
            para("Verksamhetens svar", st["h2"]),
            para("Vad har verksamheten gjort, eller vad kommer den att göra, så att det "
                 f"inte händer igen? Skicka svaret {send_to}.", st["note"]),
            _response_field(st),
            Spacer(1, 6),
            _signature_block("", st, role="Ansvarig chef, namnförtydligande"),
        ]),
    ]
    return story


def _signature_block(name: str, st, role: str = "SIP-samordnare") -> Table:
    """Date and signature lines side by side, with name and role underneath."""
    width = TEXT_W
    cells = [
        ["", "", ""],
        [para("Datum", st["sign_role"]), "", para("Underskrift", st["sign_role"])],
    ]
    if name:
        cells.append(["", "", para(name, st["sign_name"])])
    cells.append(["", "", para(role, st["sign_role"])])
    table = Table(cells, colWidths=[width * 0.28, width * 0.06, width * 0.66],
                  rowHeights=[12 * mm] + [None] * (len(cells) - 1), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("LINEBELOW", (0, 0), (0, 0), 0.6, TEXT),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, TEXT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def render_deviation_pdf(report: DeviationReport, out: BinaryIO, fonts_dir: Path) -> None:
    fonts = register_fonts(fonts_dir)
    st = styles(fonts)
    text = PageText(
        header_left="Avvikelse i SIP-ärende",
        header_right=f"Ärende {report.case_reference}",
        footer_left=f"Avvikelse · {report.occurred_on} · Ärende {report.case_reference}",
        mark=DRAFT_MARK if report.draft else "",
    )
    build_document(out, deviation_story(report, st), fonts, text,
                   title=f"Avvikelse – ärende {report.case_reference}",
                   subject=f"{report.kind_label} {report.occurred_on}",
                   author=report.reported_by)


def deviation_pdf_bytes(report: DeviationReport, fonts_dir: Path) -> bytes:
    buffer = BytesIO()
    render_deviation_pdf(report, buffer, fonts_dir)
    return buffer.getvalue()
