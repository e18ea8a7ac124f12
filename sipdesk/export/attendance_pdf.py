"""The attendance list (närvarolista) of a meeting, for signing on arrival.

One row per invitee with name, role and organisation, a wide column for the
signature and a narrow one for the arrival time, then empty rows for anyone
unexpected. The table repeats its header if it runs over a page.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer

from sipdesk.domain.plan_document import AttendanceList
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    MUTED_HEX,
    RULE,
    TEXT_W,
    FlowingTable,
    PageText,
    build_document,
    facts_table,
    mm,
    para,
    styles,
    table_style,
)

_WIDTHS = (38 * mm, 28 * mm, 32 * mm, 19 * mm)  # name, role, organisation, arrival


def attendance_story(listing: AttendanceList, st) -> list:
    story: list = [
        para("Närvarolista", st["title"]),
        para(f"{listing.meeting_kind} · {listing.child_name}", st["subtitle"]),
        facts_table([
            ("Datum", listing.date), ("Tid", listing.time.removeprefix("kl. ")),
            ("Plats", listing.place), ("Mötesform", listing.mode),
            ("Ärende", listing.case_reference), ("Mötesledare", listing.chair),
        ], st, label_w=28 * mm),
        Spacer(1, 8),
        para("Skriv under och skriv klockslaget när du kommer. Den som kommer i stället "
             "för någon annan skriver sitt namn på en tom rad längst ner.", st["note"]),
        Spacer(1, 4),
    ]
    head = [para(h, st["th"]) for h in ("NAMN", "ROLL / YRKE", "VERKSAMHET", "TID",
                                       "UNDERSKRIFT")]
    rows = [head]
    for p in listing.rows:
        name = f"<b>{escape(p.name)}</b>"
        if p.note:
            name += f'<br/><font size="7.5" color="{MUTED_HEX}">{escape(p.note)}</font>'
        rows.append([Paragraph(name, st["cell"]), para(p.role or "–", st["cell"]),
                     para(p.organisation or "–", st["cell"]), "", ""])
    rows += [["", "", "", "", ""] for _ in range(listing.blank_rows)]
    widths = list(_WIDTHS) + [TEXT_W - sum(_WIDTHS)]
    heights = [None] + [11 * mm] * (len(rows) - 1)
    table = FlowingTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1,
                         hAlign="LEFT")
    style = table_style(st["base"].fontName, len(rows))
    style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
    style.add("LINEBEFORE", (3, 1), (4, -1), 0.4, RULE)
    table.setStyle(style)
    story.append(table)
    return story


def render_attendance_pdf(listing: AttendanceList, out: BinaryIO, fonts_dir: Path) -> None:
    fonts = register_fonts(fonts_dir)
    st = styles(fonts)
    text = PageText(
        header_left="Samordnad individuell plan",
        header_right=f"Ärende {listing.case_reference}",
        footer_left=f"Närvarolista · {listing.date} · Ärende {listing.case_reference}",
    )
    build_document(out, attendance_story(listing, st), fonts, text,
                   title=f"Närvarolista – ärende {listing.case_reference}",
                   subject=f"{listing.meeting_kind} {listing.date}")


def attendance_pdf_bytes(listing: AttendanceList, fonts_dir: Path) -> bytes:
    buffer = BytesIO()
    render_attendance_pdf(listing, buffer, fonts_dir)
    return buffer.getvalue()
