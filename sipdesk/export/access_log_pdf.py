"""The access log extract (loggutdrag) of one case, for a guardian's request.

Who has opened, changed, exported, mailed or deleted the child's case, and
when, in the house style of the other documents: a facts box, a short
explanation, and one table row per entry. It names the case by reference
only, as the log itself does.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Spacer

from sipdesk.domain.access_log import AccessExtract
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
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

_WIDTHS = (33 * mm, 34 * mm, 27 * mm)  # time, user, action; the detail takes the rest


def _stamp(extract: AccessExtract) -> str:
    return extract.made_at.strftime("%Y-%m-%d %H.%M")


def access_log_story(extract: AccessExtract, st) -> list:
    entries = extract.entries
    period = (f"{entries[0].at.date().isoformat()} – {entries[-1].at.date().isoformat()}"
              if entries else "–")
    story: list = [
        para("Loggutdrag", st["title"]),
        para("Vem har öppnat, ändrat och lämnat ut uppgifter i ärendet, och när",
             st["subtitle"]),
        facts_table([
            ("Ärende", extract.case_ref), ("Antal poster", str(len(entries))),
            ("Period", period), ("Utdraget gjort", _stamp(extract)),
            ("Utdraget gjort av", extract.made_by),
            ("Loggkedjan", "kontrollerad och hel" if extract.chain_intact
             else "BRUTEN – kontakta systemförvaltningen"),
        ], st, label_w=32 * mm),
        Spacer(1, 6),
        para("Varje post visar användarkontot som gjorde något med ärendet. Loggen kan inte "
             "ändras i efterhand: varje post bär en kontrollsumma av den föregående, och "
             "loggen sparas längre än själva ärendet. Loggen innehåller inga namn eller "
             "personnummer.", st["note"]),
        Spacer(1, 4),
    ]
    head = [para(h, st["th"]) for h in ("TID", "ANVÄNDARE", "HÄNDELSE", "DETALJ")]
    rows = [head]
    for e in entries:
        rows.append([para(e.at.strftime("%Y-%m-%d %H.%M"), st["cell"]),
                     para(e.user, st["cell"]), para(e.label, st["cell_bold"]),
                     para(e.detail or "–", st["cell"])])
    if not entries:
        rows.append([para("Inga poster.", st["cell"]), "", "", ""])
    widths = list(_WIDTHS) + [TEXT_W - sum(_WIDTHS)]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(st["base"].fontName, len(rows)))
    story.append(table)
    return story


def render_access_log_pdf(extract: AccessExtract, out: BinaryIO, fonts_dir: Path) -> None:
    fonts = register_fonts(fonts_dir)
    st = styles(fonts)
    text = PageText(
        header_left="Loggutdrag",
        header_right=f"Ärende {extract.case_ref}",
        footer_left=f"Loggutdrag · {_stamp(extract)} · Ärende {extract.case_ref}",
    )
    build_document(out, access_log_story(extract, st), fonts, text,
                   title=f"Loggutdrag – ärende {extract.case_ref}",
                   subject="Åtkomstlogg", author=extract.made_by)


def access_log_pdf_bytes(extract: AccessExtract, fonts_dir: Path) -> bytes:
    buffer = BytesIO()
    render_access_log_pdf(extract, buffer, fonts_dir)
    return buffer.getvalue()
