"""The invitation letter as PDF: a kallelse or an inbjudan, one per recipient or shared.

The content comes ready from sipdesk.domain.invitation_letter; this module only
lays it out: A4, generous margins, one calm accent colour, the key facts in a
box, a tidy participant table, and "Sida X av Y" counted per letter, so that
every recipient's page set is numbered on its own.

A letter is meant to fit on one page. Each letter is laid out with the
roomy styles if it fits one page with them, else with the compact or the
dense ones (smaller type, less space) if it fits with those; a letter too
long for one page even so keeps the roomy styles and runs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sipdesk.domain.invitation_letter import WHAT_IS_SIP, WHAT_IS_SIP_TITLE, Letter
from sipdesk.domain.words import long_date
from sipdesk.export.fonts import Fonts, register_fonts
from sipdesk.export.layout import (
    URI_WASTE,
    FlowingTable,
    KeepWithStart,
    Para,
    facts_table,
    wide_value,
)
from sipdesk.export.style import (
    ACCENT,
    FAMILY_EDGE,
    FAMILY_TINT,
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

# A little less margin than the plan's: the header and footer lines still stand clear.
LETTER_TOP = MARGIN_TOP - 3 * mm
LETTER_BOTTOM = MARGIN_BOTTOM - 2 * mm


DENSE = 0.93  # the densest styles: the compact ones this much smaller (body text 9.3 pt)


def _styles(f: Fonts, level: int = 0) -> dict[str, ParagraphStyle]:
    """The letter's styles: roomy (0), compact (1), or dense (2), the tighter sets a
    longer letter uses to fit on one page."""

    def c(roomy: float, tight: float) -> float:
        return roomy if level == 0 else tight if level == 1 else round(tight * DENSE, 2)

    base = ParagraphStyle("base", fontName=f.regular, bulletFontName=f.regular,
                          fontSize=c(10.5, 10), leading=c(14.5, 13.5),
                          textColor=TEXT, alignment=TA_LEFT,
                          uriWasteReduce=URI_WASTE, embeddedHyphenation=1)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=f.bold, fontSize=c(20, 18),
                                leading=c(24, 22), textColor=ACCENT, spaceAfter=1),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=c(11.5, 11), leading=c(15, 14),
                                   textColor=MUTED, spaceAfter=c(8, 6)),
        "to_label": ParagraphStyle("to_label", base, fontName=f.bold, fontSize=8, leading=10,
                                   textColor=MUTED),
        "to": ParagraphStyle("to", base, fontName=f.bold, fontSize=c(11.5, 11),
                             leading=c(15, 14), spaceAfter=c(7, 5)),
        "h2": ParagraphStyle("h2", base, fontName=f.bold, fontSize=c(12.5, 12),
                             leading=c(16, 15), textColor=ACCENT, spaceBefore=c(9, 7),
                             spaceAfter=c(3, 2)),
        "body": ParagraphStyle("body", base, spaceAfter=c(4, 3)),
        "note": ParagraphStyle("note", base, fontSize=c(9.5, 9), leading=c(13, 12),
                               textColor=MUTED, spaceAfter=c(4, 3)),
        "fact_label": ParagraphStyle("fact_label", base, fontName=f.bold, fontSize=8.5,
                                     leading=c(14.5, 14), textColor=ACCENT),
        "fact": ParagraphStyle("fact", base, fontSize=c(11, 10.5), leading=c(14.5, 14)),
        "contact": ParagraphStyle("contact", base, fontSize=c(10, 9.5), leading=c(14, 13)),
        "cell": ParagraphStyle("cell", base, fontSize=c(9.5, 9), leading=c(12, 11)),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=f.bold, fontSize=c(9.5, 9),
                                    leading=c(12, 11)),
        "th": ParagraphStyle("th", base, fontName=f.bold, fontSize=8, leading=10,
                             textColor=colors.white),
        "bullet": ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=3,
                                 spaceAfter=c(2, 1)),
        "box_title": ParagraphStyle("box_title", base, fontName=f.bold, fontSize=c(11.5, 11),
                                    leading=c(15, 14), textColor=colors.HexColor("#6B4E16"),
                                    spaceAfter=c(3, 2)),
        "box": ParagraphStyle("box", base, fontSize=c(10, 9.5), leading=c(13.5, 12.5),
                              spaceAfter=c(4, 3)),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Para(escape(text), style)


class _LetterStart(Flowable):
    """Invisible marker: from this page on, the pages belong to letter `index`."""

    def __init__(self, index: int, letter: Letter):
        super().__init__()
        self.index = index
        self.letter = letter
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._sip_letter = (self.index, self.letter)


def _canvas_class(fonts: Fonts):
    class NumberedCanvas(Canvas):
        """Defers every page until the end, to write 'Sida X av Y' per letter."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = fonts.regular  # no stray Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._sip_letter = None

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            counts: dict[int, int] = {}
            for state in self._pages:
                index = state["_sip_letter"][0] if state["_sip_letter"] else -1
                counts[index] = counts.get(index, 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                index = self._sip_letter[0] if self._sip_letter else -1
                seen[index] = seen.get(index, 0) + 1
                letter = self._sip_letter[1] if self._sip_letter else None
                self._decorate(letter, seen[index], counts[index])
                super().showPage()
            super().save()

        def _decorate(self, letter: Letter | None, page: int, pages: int) -> None:
            self.saveState()
            left, right = MARGIN_X + PAD, PAGE_W - MARGIN_X - PAD
            top = PAGE_H - 14 * mm
            self.setFillColor(ACCENT)
            self.rect(left, top + 1.2 * mm, 14 * mm, 1.2 * mm, stroke=0, fill=1)
            self.setFont(fonts.bold, 7.5)
            self.drawString(left, top - 3 * mm, "SAMORDNAD INDIVIDUELL PLAN")
            if letter is not None:
                self.setFillColor(MUTED)
                self.setFont(fonts.regular, 8)
                self.drawRightString(right, top - 3 * mm, f"Ärende {letter.case_reference}")
            bottom = 13 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, bottom + 4.5 * mm, right, bottom + 4.5 * mm)
            self.setFillColor(MUTED)
            self.setFont(fonts.regular, 8)
            if letter is not None:
                self.drawString(left, bottom,
                                f"{letter.footer_label} · Ärende {letter.case_reference}")
            self.drawRightString(right, bottom, f"Sida {page} av {pages}")
            self.restoreState()

    return NumberedCanvas


def _facts(letter: Letter, st: dict[str, ParagraphStyle]) -> Table:
    """Date and time on the left, how and where on the right: the place gets the room."""
    rows = [
        ("Datum", letter.date_text),
        ("Tid", letter.time_text),
        ("Mötesform", letter.mode_text),
        (letter.place_label, letter.place),
    ]

    def width(texts: list[str], style: ParagraphStyle, padding: float) -> float:
        return max(stringWidth(t, style.fontName, style.fontSize) for t in texts) + padding + 1

    # The date ("onsdag 21 december 2026") needs less room than a place, so each column
    # is as narrow as its words allow (cell padding 6 points a side, 10 on the far left).
    # A video link gets a row of its own across the box (facts_table), under the date.
    labels = [label.upper() for label, _ in rows]
    wide = [label.upper() for label, value in rows if wide_value(value)]
    left_label = width(labels[:2] + wide, st["fact_label"], 16)
    left_value = width([value for _, value in rows[:2]], st["fact"], 12)
    right_label = width(labels[2:], st["fact_label"], 12)
    left_value = min(left_value, 0.7 * TEXT_W - left_label - right_label)  # 30 % for a place
    return facts_table(rows, st, columns=2,
                       widths=[left_label, left_value, right_label,
                               TEXT_W - left_label - left_value - right_label])


def _participants(letter: Letter, st: dict[str, ParagraphStyle]) -> Table:
    head = [_p(h, st["th"]) for h in ("NAMN", "YRKE / ROLL", "VERKSAMHET")]
    rows = [head]
    for person in letter.participants:
        role = escape(person.profession)
        if person.role:
            role += f'<br/><font color="{MUTED_HEX}" size="8">{escape(person.role)}</font>'
        org = person.organisation or ("Familjen" if person.is_family else "")
        rows.append([_p(person.name, st["cell_bold"]), Para(role, st["cell"]),
                     _p(org, st["cell"])])
    if len(rows) == 1:
        rows.append([_p("Deltagarlistan är inte klar ännu.", st["cell"]), "", ""])
    widths = [42 * mm, 44 * mm, TEXT_W - 86 * mm]
    # Flowing: a name taller than a page (a 1,000-character word) flows on, never fails.
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    pad = st["cell"].fontSize / 3
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),  # no stray Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad - 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for row in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def _family_box(st: dict[str, ParagraphStyle]) -> Table:
    content = [_p(WHAT_IS_SIP_TITLE, st["box_title"])]
    content += [_p(text, st["box"]) for text in WHAT_IS_SIP]
    box = Table([[content]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("BACKGROUND", (0, 0), (-1, -1), FAMILY_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, FAMILY_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return box


def _contact(letter: Letter, st: dict[str, ParagraphStyle]) -> list:
    c = letter.contact
    name, *rest = c.lines()
    lines = [f"<b>{escape(name)}</b>", *(escape(line) for line in rest)]
    if c.is_empty:
        lines = ["Kontakta den som skickade brevet om du har frågor."]
    return [_p("Frågor och kontakt", st["h2"]), Para("<br/>".join(lines), st["contact"])]


def _answer(letter: Letter, st: dict[str, ParagraphStyle]) -> Paragraph:
    """The request to answer, with the date in bold, right under the key facts."""
    text = escape(letter.answer_text)
    if letter.answer_by is not None:
        day = escape(f"senast {long_date(letter.answer_by)}")
        text = text.replace(day, f"<b>{day}</b>", 1)
    return Para(text, st["body"])


def _letter_story(index: int, letter: Letter, st: dict[str, ParagraphStyle]) -> list:
    story: list = [_LetterStart(index, letter)]
    story.append(_p(letter.title, st["title"]))
    story.append(_p(f"{letter.meeting_name} {letter.date_text}, {letter.time_text}",
                    st["subtitle"]))
    if letter.addressee is not None and not letter.addressee.is_family:
        story.append(_p("TILL", st["to_label"]))
        story.append(_p(letter.addressee.line, st["to"]))
    else:
        story.append(_p(letter.greeting, st["to"]))
    story.append(_p(letter.intro, st["body"]))
    gap = st["body"].spaceAfter
    story.append(Spacer(1, gap))
    story.append(_facts(letter, st))
    story.append(Spacer(1, gap + 2))
    story.append(_answer(letter, st))
    story.append(_p("Syfte med mötet", st["h2"]))
    story.append(_p(letter.purpose, st["body"]))
    if letter.duty_text:
        story.append(_p(letter.duty_text, st["note"]))
    family_first = letter.show_what_is_sip and letter.addressee is not None
    if family_first:  # the family reads what a SIP is before the list of professionals
        story.append(Spacer(1, gap + 2))
        story.append(KeepTogether([_family_box(st)]))
    heading, table = _p("Deltagare", st["h2"]), _participants(letter, st)
    story += [KeepWithStart(heading, table), heading, table]
    prepare = [_p("Inför mötet", st["h2"]), _p(letter.prepare_intro, st["body"])]
    prepare += [Para(escape(q), st["bullet"], bulletText="•") for q in letter.prepare]
    story.append(Spacer(1, gap))
    # The contact column as wide as its longest line (an e-mail address), the questions the rest.
    contact = st["contact"]
    contact_w = max(stringWidth(line, contact.fontName, contact.fontSize)
                    for line in letter.contact.lines()) + 4
    contact_w = min(max(contact_w, 0.38 * TEXT_W), 0.5 * TEXT_W)
    side = FlowingTable([[prepare, _contact(letter, st)]],
                        colWidths=[TEXT_W - contact_w, contact_w], hAlign="LEFT")
    side.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 14),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    story.append(side)
    if letter.show_what_is_sip and not family_first:
        story.append(Spacer(1, gap + 4))
        story.append(KeepTogether([_family_box(st)]))
    return story


def _document(out: BinaryIO | Path, letters: Sequence[Letter]) -> SimpleDocTemplate:
    first = letters[0]
    title = first.title if len(letters) == 1 else "Kallelser och inbjudningar till SIP-möte"
    return SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=LETTER_TOP, bottomMargin=LETTER_BOTTOM,
        title=f"{title} – ärende {first.case_reference}",
        author=first.contact.name or "SIP-samordnare",
        subject=first.meeting_name,
        creator="sipdesk",
    )


def _pages(letter: Letter, st: dict[str, ParagraphStyle]) -> int:
    """How many pages `letter` takes with the styles `st` (laid out, not drawn)."""
    doc = _document(BytesIO(), [letter])
    doc.build(_letter_story(0, letter, st), canvasmaker=_CountingCanvas)
    return doc.page


class _CountingCanvas(Canvas):
    """A canvas that keeps nothing: only the layout's page count is wanted."""

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = "Helvetica"
        super().__init__(*args, **kwargs)

    def save(self):  # nothing to write
        pass


def _fitting_styles(letter: Letter,
                    levels: list[dict[str, ParagraphStyle]]) -> dict[str, ParagraphStyle]:
    """The roomiest styles with which the letter fits on one page; a letter longer than
    a page even with the densest keeps the roomy ones (it runs on, easy to read)."""
    for st in levels:
        if _pages(letter, st) == 1:
            return st
    return levels[0]


def render_invitation_pdf(letters: Sequence[Letter], out: BinaryIO | Path,
                          fonts_dir: Path) -> None:
    """Lay out `letters` (each starting on a new page) into `out`."""
    if not letters:
        raise ValueError("no letters to render")
    fonts = register_fonts(fonts_dir)
    levels = [_styles(fonts, level) for level in (0, 1, 2)]
    story: list = []
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        st = _fitting_styles(letter, levels)
        story.extend(_letter_story(index, letter, st))
    _document(out, letters).build(story, canvasmaker=_canvas_class(fonts))


def invitation_pdf_bytes(letters: Sequence[Letter], fonts_dir: Path) -> bytes:
    buffer = BytesIO()
    render_invitation_pdf(letters, buffer, fonts_dir)
    return buffer.getvalue()
