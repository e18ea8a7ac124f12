"""The page template shared by the plan documents: the look of the invitation letter.

A4, the same margins, the same calm accent colour, a small header band and a
footer with "Sida X av Y". Pages are held back until the end so the total is
known; the caller decides what the header and footer say.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from typing import BinaryIO
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText

from sipdesk.export.fonts import Fonts
from sipdesk.export.style import (
    ACCENT,
    ACCENT_TINT,
    FAMILY_EDGE,
    FAMILY_TINT,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    MUTED_HEX,
    PAD,
    PAGE_H,
    PAGE_W,
    RULE,
    TEXT,
    TEXT_W,
    ZEBRA,
)

__all__ = [
    "ACCENT", "ACCENT_TINT", "FAMILY_EDGE", "FAMILY_TINT", "FRAME_W", "MARGIN_BOTTOM",
    "MARGIN_TOP", "MARGIN_X", "MUTED", "MUTED_HEX", "PAD", "PAGE_H", "PAGE_W", "RULE", "TEXT",
    "TEXT_W", "ZEBRA", "FRAME_H", "FlowingTable", "PageText", "build_document", "facts_table",
    "mm", "Para", "para", "paragraphs", "styles", "table_style",
]

WARN = colors.HexColor("#9A3B1F")
_NOT_PLAIN = re.compile(r"[&<>\t\r\f\v\x00-\x08\x0b-\x1f\x7f]")  # markup or odd whitespace: parse
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 2 * PAD


class FlowingTable(Table):
    """A table that splits between rows, and inside a row only when that row alone is
    taller than a whole page: long texts flow on instead of being clipped or refused."""

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if parts or availHeight < FRAME_H - 2:
            return parts
        self.splitInRow = 24  # points: never leave a sliver of a row behind
        return super().split(availWidth, availHeight)


@dataclass(frozen=True)
class PageText:
    """What every page carries: header left/right, footer left, and a draft mark."""

    header_left: str
    header_right: str
    footer_left: str
    mark: str = ""  # e.g. "UTKAST – INTE UNDERTECKNAD", drawn in the header


def styles(f: Fonts, scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The paragraph styles; `scale` enlarges the type (the family version uses 1.25)."""

    def s(size: float) -> float:
        return round(size * scale, 2)

    base = ParagraphStyle("base", fontName=f.regular, bulletFontName=f.regular,
                          fontSize=s(10.5), leading=s(15), textColor=TEXT, alignment=TA_LEFT)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=f.bold, fontSize=s(21),
                                leading=s(26), textColor=ACCENT, spaceAfter=1),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=s(11.5), leading=s(15),
                                   textColor=MUTED, spaceAfter=10),
        "h2": ParagraphStyle("h2", base, fontName=f.bold, fontSize=s(12.5), leading=s(16),
                             textColor=ACCENT, spaceBefore=s(12), spaceAfter=s(4)),
        "h3": ParagraphStyle("h3", base, fontName=f.bold, fontSize=s(10.5), leading=s(14),
                             spaceBefore=s(8), spaceAfter=s(2)),
        "body": ParagraphStyle("body", base, spaceAfter=s(5)),
        "empty": ParagraphStyle("empty", base, textColor=MUTED, spaceAfter=s(5)),
        "note": ParagraphStyle("note", base, fontSize=s(9.5), leading=s(13.5),
                               textColor=MUTED, spaceAfter=4),
        "fact_label": ParagraphStyle("fact_label", base, fontName=f.bold, fontSize=s(8),
                                     leading=s(13), textColor=ACCENT),
        "fact": ParagraphStyle("fact", base, fontSize=s(10.5), leading=s(14)),
        "fact_bold": ParagraphStyle("fact_bold", base, fontName=f.bold, fontSize=s(10.5),
                                    leading=s(14)),
        "cell": ParagraphStyle("cell", base, fontSize=s(9), leading=s(12)),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=f.bold, fontSize=s(9),
                                    leading=s(12)),
        "cell_muted": ParagraphStyle("cell_muted", base, fontSize=s(8), leading=s(10.5),
                                     textColor=MUTED),
        "th": ParagraphStyle("th", base, fontName=f.bold, fontSize=s(8), leading=s(10.5),
                             textColor=colors.white),
        "sign_name": ParagraphStyle("sign_name", base, fontName=f.bold, fontSize=s(10),
                                    leading=s(13)),
        "sign_role": ParagraphStyle("sign_role", base, fontSize=s(8.5), leading=s(11),
                                    textColor=MUTED),
        "small": ParagraphStyle("small", base, fontSize=s(7.5), leading=s(10),
                                textColor=MUTED),
        "bullet": ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=3, spaceAfter=2),
        "box_title": ParagraphStyle("box_title", base, fontName=f.bold, fontSize=s(11.5),
                                    leading=s(15), textColor=colors.HexColor("#6B4E16"),
                                    spaceAfter=4),
        "box": ParagraphStyle("box", base, fontSize=s(10), leading=s(14.5), spaceAfter=5),
    }


class Para(Paragraph):
    """A Paragraph that lays its lines out once per width.

    reportlab wraps the same paragraph again and again at the same width: a
    table sizes its rows, sizes them again when it splits over a page, and
    wraps every cell once more to draw it; KeepTogether wraps its content to
    see whether it fits, and the frame wraps it again to place it. The line
    breaking only depends on the width, so a repeated wrap at the width of the
    last one keeps the lines already broken (split() may drop them: then wrap
    breaks them anew). About a quarter of the export's time saved, with the
    very same lines on the page.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if "blPara" in self.__dict__ else None
        return width, height


# The fragment reportlab's parser makes of one run of plain text in a style,
# kept per style together with the style's settings it was made from.
_PLAIN_FRAGS: WeakKeyDictionary = WeakKeyDictionary()


def _plain_frag(style: ParagraphStyle, text: str):
    """The parser's fragment for `text` in `style`, without running the parser again."""
    settings = dict(style.__dict__)
    cached = _PLAIN_FRAGS.get(style)
    if cached is None or cached[0] != settings:
        # What the parser makes of a single word is what it makes of any plain run.
        cached = (settings, Paragraph("x", style).frags[0])
        _PLAIN_FRAGS[style] = cached
    frag = copy(cached[1])
    for key, value in frag.__dict__.items():
        if isinstance(value, list):  # link, us_lines: each paragraph its own
            setattr(frag, key, list(value))
    frag.text = text
    return frag


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, single line breaks kept.

    Most texts are one plain line: those skip reportlab's markup parser (a
    tenth of an export's time), which would give the very same fragment.
    """
    if "\n" not in text and not _NOT_PLAIN.search(text):
        clean = cleanBlockQuotedText(text)
        if clean:
            return Para(clean, style, frags=[_plain_frag(style, clean)])
    return Para(escape(text).replace("\n", "<br/>"), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Plain text as paragraphs: a blank line starts a new one (so long texts split well)."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style) for b in blocks if b]


def table_style(font: str, rows: int, header: bool = True) -> TableStyle:
    """The tidy table of the invitation letter: accent header, thin rules, zebra rows."""
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),  # no stray Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    first = 2 if header else 1
    for row in range(first, rows, 2):
        style.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(style)


def facts_table(pairs: list[tuple[str, str]], st: dict[str, ParagraphStyle],
                label_w: float = 38 * mm, columns: int = 2) -> Table:
    """Key facts in a tinted box with an accent edge, in one or two label/value columns."""
    cells = [[para(label.upper(), st["fact_label"]), para(value or "–", st["fact"])]
             for label, value in pairs]
    if columns == 2:
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:]
        right += [["", ""]] * (len(left) - len(right))
        data = [a + b for a, b in zip(left, right, strict=True)]
        value_w = (TEXT_W - 2 * label_w) / 2
        widths = [label_w, value_w, label_w, value_w]
    else:
        data = cells
        widths = [label_w, TEXT_W - label_w]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return table


def _canvas_class(fonts: Fonts, text: PageText):
    class NumberedCanvas(Canvas):
        """Defers every page until the end, to write 'Sida X av Y'."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = fonts.regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            self.saveState()
            left, right = MARGIN_X + PAD, PAGE_W - MARGIN_X - PAD
            top = PAGE_H - 14 * mm
            self.setFillColor(ACCENT)
            self.rect(left, top + 1.2 * mm, 14 * mm, 1.2 * mm, stroke=0, fill=1)
            self.setFont(fonts.bold, 7.5)
            self.drawString(left, top - 3 * mm, text.header_left.upper())
            self.setFillColor(MUTED)
            self.setFont(fonts.regular, 8)
            self.drawRightString(right, top - 3 * mm, text.header_right)
            if text.mark:
                self.setFillColor(WARN)
                self.setFont(fonts.bold, 8)
                self.drawCentredString(PAGE_W / 2, top - 3 * mm, text.mark)
            bottom = 13 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, bottom + 4.5 * mm, right, bottom + 4.5 * mm)
            self.setFillColor(MUTED)
            self.setFont(fonts.regular, 8)
            self.drawString(left, bottom, text.footer_left)
            self.setFillColor(TEXT)
            self.setFont(fonts.bold, 8)
            self.drawRightString(right, bottom, f"Sida {page} av {pages}")
            self.restoreState()

    return NumberedCanvas


def build_document(out: BinaryIO, story: list, fonts: Fonts, text: PageText, *,
                   title: str, subject: str = "", author: str = "") -> None:
    doc = SimpleDocTemplate(
        out, pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=author or "SIP-samordnare", subject=subject, creator="sipdesk",
    )
    doc.build(story, canvasmaker=_canvas_class(fonts, text))

