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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from sipdesk.export.cancelling import CANCELLED, Cancelled, ExportCancelled
from sipdesk.export.fonts import Fonts, needs_symbols, with_symbols
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
    "TEXT_W", "ZEBRA", "FRAME_H", "CANCELLED", "URI_WASTE", "Cancelled", "CancellableDocument",
    "ExportCancelled", "FlowingTable", "KeepWithStart", "PageText", "break_links",
    "build_document", "facts_table", "mm", "Para", "para", "paragraphs", "styles", "table_style",
    "wide_value",
]

WARN = colors.HexColor("#9A3B1F")
_NOT_PLAIN = re.compile(r"[&<>\t\r\f\v\x00-\x08\x0b-\x1f\x7f]")  # markup or odd whitespace: parse
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 2 * PAD
# A URL longer than a line is broken after a slash (reportlab's URI splitting) rather
# than anywhere, and one that would leave more than this share of a line empty is
# broken there rather than moved whole to the next line (see Para.breakLines too).
URI_WASTE = 0.3


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
                          fontSize=s(10.5), leading=s(15), textColor=TEXT, alignment=TA_LEFT,
                          uriWasteReduce=URI_WASTE, embeddedHyphenation=1)
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
    style: ParagraphStyle  # set by Paragraph.__init__

    def __init__(self, text, style=None, bulletText=None, frags=None,  # noqa: N803
                 caseSensitive=1, encoding="utf8"):
        # Emoji and symbols DejaVu lacks are set in the fallback font (fonts.py).
        if frags is None and isinstance(text, str):
            text = with_symbols(text)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        """reportlab's line breaking, kept within `width`.

        Breaking a word at its own hyphen or a link at a slash (embeddedHyphenation,
        uriWasteReduce) puts the rest of the word on the next line whole, however
        long it is: it would stick out of its column. Such a paragraph is broken
        again without them, where reportlab breaks an overlong word anywhere.
        """
        lines = super().breakLines(width)
        style = self.style
        if (style.embeddedHyphenation or style.uriWasteReduce) and _sticks_out(lines):
            self.style = _plain_breaking(style)
            try:
                lines = super().breakLines(width)
            finally:
                self.style = style
        return lines

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if "blPara" in self.__dict__ else None
        return width, height


def _sticks_out(bl_para) -> bool:
    for line in getattr(bl_para, "lines", ()):
        extra = getattr(line, "extraSpace", None)
        if extra is None:
            extra = line[0]  # a line of a plain paragraph: (extra space, words)
        if extra < -0.5:
            return True
    return False


_PLAIN_BREAKING: WeakKeyDictionary = WeakKeyDictionary()


def _plain_breaking(style: ParagraphStyle) -> ParagraphStyle:
    plain = _PLAIN_BREAKING.get(style)
    if plain is None:
        plain = copy(style)
        plain.embeddedHyphenation = 0
        plain.uriWasteReduce = 0
        _PLAIN_BREAKING[style] = plain
    return plain


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
    if "\n" not in text and not _NOT_PLAIN.search(text) and not needs_symbols(text):
        clean = cleanBlockQuotedText(text)
        if clean:
            return Para(clean, style, frags=[_plain_frag(style, clean)])
    return Para(escape(text).replace("\n", "<br/>"), style)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Per style, the same style without its space after (see paragraphs()).
_LINE_STYLES: WeakKeyDictionary = WeakKeyDictionary()


def _line_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` without the space after: the lines of one paragraph before its last."""
    line = _LINE_STYLES.get(style)
    if line is None:
        line = copy(style)  # a copy, not a child: the cache must not hold on to its key
        line.name = f"{style.name}-line"
        line.spaceAfter = 0
        _LINE_STYLES[style] = line
    return line


_LONG_LINE = 5000  # characters: about two thirds of a page
_SENTENCE_END = re.compile(r"[.!?:;]\s")


def _pieces(line: str) -> list[str]:
    """`line` cut after a sentence (or at a space) every 5,000 characters or so.

    The same quadratic cost lies in one very long line as in one paragraph
    of many lines; the cut is a line break the reader hardly notices.
    """
    pieces: list[str] = []
    while len(line) > _LONG_LINE:
        ends = [m.end() for m in _SENTENCE_END.finditer(line, _LONG_LINE // 2, _LONG_LINE)]
        cut = ends[-1] if ends else line.rfind(" ", _LONG_LINE // 2, _LONG_LINE) + 1
        if cut <= 0:
            cut = _LONG_LINE  # one word longer than that: reportlab breaks it anyway
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    if line:
        pieces.append(line)
    return pieces


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Plain text as flowables: a blank line starts a new paragraph, a line break a new line.

    Each line is a flowable of its own, set one under the other as the lines
    of one paragraph would be (no space between them, the paragraph's space
    after its last line). One paragraph for a text of many lines made the
    export quadratic: reportlab breaks all of a paragraph's remaining lines
    again each time it splits the paragraph over a page (a 1 MB text of short
    lines took a quarter of an hour; one flowable per line is linear).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[Paragraph] = []
    for block in _BLANK_LINE.split(text):
        lines = [piece for line in block.split("\n") for piece in _pieces(line.strip())]
        if not lines:
            continue
        inner = _line_style(style) if len(lines) > 1 else style
        out.extend(para(line, inner) for line in lines[:-1])
        out.append(para(lines[-1], style))
    return out


class KeepWithStart(CondPageBreak):
    """Starts a new page unless a heading fits here with the start of what follows it.

    Put it before the heading: the heading never ends a page alone, and a
    table that follows is not held back whole (as KeepTogether would) but
    only its header row and first row: the rest flows over the pages.
    """

    def __init__(self, heading: Flowable, following: Flowable):
        super().__init__(0)
        self._heading = heading
        self._following = following

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        _, height = self._heading.wrap(availWidth, availHeight)
        height += self._heading.getSpaceBefore() + self._heading.getSpaceAfter()
        height += self._start_height(availWidth, availHeight)
        # Never more than half a page: a start taller than that goes where it falls.
        self.height = min(height, FRAME_H / 2)
        return super().wrap(availWidth, availHeight)

    def _start_height(self, width: float, height: float) -> float:
        following = self._following
        following.wrap(width, height)
        rows = getattr(following, "_rowHeights", None)
        if rows:
            return sum(rows[: 1 + getattr(following, "repeatRows", 0)])
        if isinstance(following, Paragraph):
            return 2 * following.style.leading  # two lines of a paragraph
        return following.height


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


_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
# Where a link may be broken: after / ? & = # . _ - and before a %-escape, not inside "//".
_LINK_BREAK = re.compile(r"(?<=[/?&=#])(?!/)|(?=%[0-9A-Fa-f]{2})|(?<=[._-])")


def _link_pieces(link: str) -> list[str]:
    return [piece for piece in _LINK_BREAK.split(link) if piece]


def _fitting(prefix: str, piece: str, width: float, w) -> int:
    """How many characters of `piece` fit after `prefix` within `width` (binary search)."""
    low, high = 0, len(piece)
    while low < high:
        middle = (low + high + 1) // 2
        if w(prefix + piece[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def break_links(text: str, width: float, font: str, size: float) -> str:
    """`text` with line breaks put into its links, so that no line is wider than `width`.

    A link (a video meeting's) is broken after a slash, "?", "&" or "=" and
    before a %-escape, never inside "https://"; only a piece wider than the
    line itself is broken anywhere. Text without a link comes back as it is.
    """
    if not _LINK.search(text):
        return text

    def w(s: str) -> float:
        return stringWidth(s, font, size)

    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        joined = f"{line} {word}" if line else word
        if w(joined) <= width or not _LINK.fullmatch(word.rstrip(".,;:)")):
            if w(joined) > width and line:  # an ordinary word to the next line
                lines.append(line)
                joined = word
            line = joined
            continue
        prefix = f"{line} " if line else ""
        for piece in _link_pieces(word):
            if w(prefix + piece) <= width:
                prefix += piece
            elif w(piece) <= width:  # the next piece on a line of its own
                if prefix.strip():
                    lines.append(prefix.rstrip())
                prefix = piece
            else:  # longer than a line: it fills this line, then whole lines
                while w(prefix + piece) > width:
                    cut = _fitting(prefix, piece, width, w)
                    if cut == 0 and prefix.strip():
                        lines.append(prefix.rstrip())
                        prefix = ""
                        continue
                    cut = max(cut, 1)
                    lines.append(prefix + piece[:cut])
                    prefix, piece = "", piece[cut:]
                prefix += piece
        line = prefix
    if line:
        lines.append(line)
    return "\n".join(lines)


def wide_value(value: str) -> bool:
    """A value that needs a whole row: a link (a video meeting's), or a long text."""
    return "://" in value or "www." in value or len(value) > 60


def facts_table(pairs: list[tuple[str, str]], st: dict[str, ParagraphStyle],
                label_w: float = 38 * mm, columns: int = 2,
                widths: list[float] | None = None) -> Table:
    """Key facts in a tinted box with an accent edge, in one or two label/value columns.

    `widths` overrides the columns' widths (label, value[, label, value]). In
    two columns a link or a long value gets a row of its own, across both, so
    a video link wraps at its slashes, not every few letters.
    """
    def cell(label: str, value: str, width: float | None = None) -> list:
        if width is not None:  # a link, broken where a link breaks well (no reflow later)
            fact = st["fact"]
            value = break_links(value, width - 12 - 1, fact.fontName, fact.fontSize)
        return [para(label.upper(), st["fact_label"]), para(value or "–", st["fact"])]

    spans = []
    if columns == 2:
        value_w = (TEXT_W - 2 * label_w) / 2
        default = [label_w, value_w, label_w, value_w]
        across = sum((widths or default)[1:])
        narrow = [cell(label, value) for label, value in pairs if not wide_value(value)]
        half = (len(narrow) + 1) // 2
        left, right = narrow[:half], narrow[half:]
        right += [["", ""]] * (len(left) - len(right))
        data = [a + b for a, b in zip(left, right, strict=True)]
        for label, value in pairs:
            if wide_value(value):
                spans.append(("SPAN", (1, len(data)), (3, len(data))))
                data.append([*cell(label, value, across), "", ""])
    else:
        default = [label_w, TEXT_W - label_w]
        across = (widths or default)[1]
        data = [cell(label, value, across if wide_value(value) else None)
                for label, value in pairs]
    # Flowing: a value taller than a page (a 1,000-character word) flows on, never fails.
    table = FlowingTable(data, colWidths=widths or default, hAlign="LEFT")
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
        *spans,
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



class CancellableDocument(SimpleDocTemplate):
    """A document whose build stops between two flowables once `cancelled()` says so."""

    def __init__(self, *args, cancelled: Cancelled | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._cancelled = cancelled

    def handle_flowable(self, flowables):
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()
        super().handle_flowable(flowables)


def build_document(out: BinaryIO, story: list, fonts: Fonts, text: PageText, *,
                   title: str, subject: str = "", author: str = "",
                   cancelled: Cancelled | None = None) -> None:
    """Lay `story` out into `out`; raises ExportCancelled as soon as `cancelled()` is true."""
    doc = CancellableDocument(
        out, pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=author or "SIP-samordnare", subject=subject, creator="sipdesk",
        cancelled=cancelled,
    )
    doc.build(story, canvasmaker=_canvas_class(fonts, text))

