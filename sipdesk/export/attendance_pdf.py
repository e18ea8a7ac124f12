"""The attendance list (närvarolista) of a meeting, for signing on arrival.

One row per invitee with name, role and organisation, a wide column for the
signature and a narrow one for the arrival time, then empty rows for anyone
unexpected. The table repeats its header if it runs over a page.

Words stay whole: each text column is at least as wide as its longest word
("LSS-handläggare"), taken from the signature column as far as that stays
wide enough to sign in; only a word longer than that is broken, at its own
hyphens first. Rows are at least tall enough to sign in and grow with their
text (a long organisation name), instead of running over the next row.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer

from sipdesk.domain.plan_document import AttendanceList
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    MUTED_HEX,
    RULE,
    TEXT_W,
    FlowingTable,
    PageText,
    Para,
    build_document,
    facts_table,
    mm,
    para,
    styles,
    table_style,
)

_WIDTHS = (38 * mm, 28 * mm, 32 * mm, 15 * mm)  # name, role, organisation, arrival
_SIGN_MIN = 32 * mm  # the signature column never gets narrower than this
_TEXT_MIN = 22 * mm  # nor a text column
_PAD = 5  # points of cell padding on each side (table_style)
_ROW_MIN = 11 * mm  # room to sign in


def _longest(texts, font: str, size: float, at_hyphens: bool = False) -> float:
    """The width of the longest word in `texts` (or the longest part up to a hyphen)."""
    words = {w for text in texts for w in text.split()}
    if at_hyphens:
        words = {part for w in words for part in w.replace("-", "- ").split()}
    return max((stringWidth(w, font, size) for w in words), default=0.0)


def _widths(listing: AttendanceList, st) -> list[float]:
    """Name, role, organisation, arrival and signature: whole words where the page allows.

    Each text column is as wide as its longest word (and at least its usual
    width); when they are too wide together, a column whose long word has a
    hyphen breaks it there ("Andersson-" / "Lindqvist"), and only then does the
    widest column break its longest word.
    """
    cell, bold = st["cell"], st["cell_bold"]
    pad = 2 * _PAD + 1

    def need(at_hyphens: bool) -> list[float]:
        rows = listing.rows
        return [
            max(_longest([p.name for p in rows], bold.fontName, cell.fontSize, at_hyphens),
                _longest([p.note for p in rows], cell.fontName, 7.5, at_hyphens)) + pad,
            _longest([p.role for p in rows], cell.fontName, cell.fontSize, at_hyphens) + pad,
            _longest([p.organisation for p in rows], cell.fontName, cell.fontSize,
                     at_hyphens) + pad,
        ]

    room = TEXT_W - _WIDTHS[3] - _SIGN_MIN
    text = [max(base, word) for base, word in zip(_WIDTHS[:3], need(False), strict=True)]
    parts = need(True)
    for i in sorted(range(3), key=lambda i: parts[i] - text[i]):  # the biggest saving first
        if sum(text) <= room:
            break
        text[i] = max(min(text[i], max(parts[i], text[i] - (sum(text) - room))), _TEXT_MIN)
    while sum(text) > room + 0.01:
        widest = max(range(3), key=lambda i: text[i])
        narrower = max(room - (sum(text) - text[widest]), _TEXT_MIN)
        if narrower >= text[widest]:  # every column at its least: share what there is
            text = [w * room / sum(text) for w in text]
            break
        text[widest] = narrower
    return [*text, _WIDTHS[3], TEXT_W - sum(text) - _WIDTHS[3]]


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
    rows: list[list] = [head]
    # The signature cell holds the row's least height; text taller than that grows the row.
    sign = Spacer(1, _ROW_MIN - 4 - 4.5)  # less table_style's top and bottom padding
    for p in listing.rows:
        name = f"<b>{escape(p.name)}</b>"
        if p.note:
            name += f'<br/><font size="7.5" color="{MUTED_HEX}">{escape(p.note)}</font>'
        rows.append([Para(name, st["cell"]), para(p.role or "–", st["cell"]),
                     para(p.organisation or "–", st["cell"]), "", sign])
    rows += [["", "", "", "", sign] for _ in range(listing.blank_rows)]
    table = FlowingTable(rows, colWidths=_widths(listing, st), repeatRows=1, hAlign="LEFT")
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
