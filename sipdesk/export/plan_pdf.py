"""The plan for signing as PDF: the legal record the family and every organisation keep.

The content comes ready from sipdesk.domain.plan_document; this module lays
it out with the look of the invitation letter. Every page carries "Sida X av
Y", the case reference and "Plan version N · short fingerprint", so a signed
paper matches exactly one stored version. Long texts are split into
paragraphs and lines that flow over pages (so the export grows linearly with
the text); the action table repeats its header row and may split inside a
very tall row rather than clip it; a heading stays with the start of what
follows it; each signature block is kept together on one page. A build can
be cancelled between two flowables (`cancelled`).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from sipdesk.domain.plan_document import (
    ADJUSTING_TEXT,
    SIGNING_TEXT,
    ActionRow,
    PersonLine,
    PlanDocument,
)
from sipdesk.domain.profile import Contact
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    MUTED_HEX,
    RULE,
    TEXT,
    TEXT_W,
    Cancelled,
    FlowingTable,
    KeepWithStart,
    PageText,
    Para,
    build_document,
    facts_table,
    mm,
    para,
    paragraphs,
    styles,
    table_style,
)

DRAFT_MARK = "UTKAST – INTE UNDERTECKNAD"

# Action table: #, goal, action, organisation, person, by when.
_ACTION_WIDTHS = (8 * mm, 30 * mm, 38 * mm, 30 * mm, 30 * mm)


def page_text(doc: PlanDocument) -> PageText:
    return PageText(
        header_left="Samordnad individuell plan",
        header_right=f"Ärende {doc.case_reference}",
        footer_left=f"{doc.version_label} · Ärende {doc.case_reference}",
        mark="" if doc.is_signed else DRAFT_MARK,
    )


def _person(line: PersonLine | None) -> str:
    if line is None:
        return ""
    detail = ", ".join(x for x in (line.role, line.organisation) if x)
    return f"{line.name} ({detail})" if detail else line.name


def _header(doc: PlanDocument, st: dict[str, ParagraphStyle]) -> list:
    story: list = [para("Samordnad individuell plan", st["title"])]
    kind = doc.meeting_kind or "SIP"
    sub = f"Plan version {doc.version} · {kind}"
    if doc.meeting_date:
        sub += f" {doc.meeting_date}"
    story.append(para(sub, st["subtitle"]))
    child = [
        ("Barnet", doc.child_name),
        ("Personnummer", doc.child_personnummer or "Saknas"),
        ("Ärende", doc.case_reference),
        ("Planversion", f"{doc.version} ({doc.status.lower()})"),
        ("Datum", doc.meeting_date),
        ("Tid", doc.meeting_time),
        ("Plats", doc.place),
        ("Mötestyp", ", ".join(x for x in (doc.meeting_kind, doc.mode) if x)),
    ]
    story.append(facts_table(child, st, label_w=35 * mm))
    story.append(Spacer(1, 8))
    roles = [
        ("Samordningsansvarig", doc.plan_owner),
        ("Mötesledare", doc.chair),
        ("Sekreterare", doc.note_taker),
    ]
    rows = []
    for label, line in roles:
        if line is None:
            value = Para("Inte angiven", st["cell_muted"])
        else:
            detail = escape(", ".join(x for x in (line.role, line.organisation) if x))
            value = Para(
                f"<b>{escape(line.name)}</b>"
                + (f'<font color="{MUTED_HEX}"> · {detail}</font>' if detail else ""),
                st["cell"],
            )
        rows.append([para(label, st["cell_bold"]), value])
    table = Table(rows, colWidths=[44 * mm, TEXT_W - 44 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    story.append(table)
    if doc.plan_owner is not None:
        story.append(Spacer(1, 3))
        story.append(para(
            f"{doc.plan_owner.name} har huvudansvaret för att planen genomförs och följs upp.",
            st["note"]))
    return story


def _sections(doc: PlanDocument, st: dict[str, ParagraphStyle]) -> list:
    story: list = [CondPageBreak(30 * mm), para("Planen", st["h2"])]
    for section in doc.sections:
        body = paragraphs(section.text, st["body"]) or [para("Inget skrivet.", st["empty"])]
        # The heading never ends a page alone: keep it with the first paragraph.
        story.append(KeepTogether([para(section.title, st["h3"]), body[0]]))
        story.extend(body[1:])
    return story


def _action_cells(a: ActionRow, st: dict[str, ParagraphStyle], need_title: str) -> list:
    goal = escape(a.goal).replace("\n", "<br/>")
    if a.need.strip():
        goal += (f'<br/><font size="7.5" color="{MUTED_HEX}">{escape(need_title)}: '
                 f"{escape(a.need)}</font>")
    return [
        para(str(a.number), st["cell_bold"]),
        Para(goal or "–", st["cell"]),
        para(a.action or "–", st["cell"]),
        para(a.organisation or "–", st["cell"]),
        para(a.person or "–", st["cell_bold"]),
        para(a.due or "–", st["cell"]),
    ]


def _actions(doc: PlanDocument, st: dict[str, ParagraphStyle]) -> list:
    titles = dict(doc.action_columns)
    head_keys = ("goal", "action", "organisation", "person", "due")
    head = [para("#", st["th"])] + [
        para((titles.get(k) or k).upper(), st["th"]) for k in head_keys
    ]
    rows = [head] + [_action_cells(a, st, titles.get("need") or "Behov") for a in doc.actions]
    if not doc.actions:
        rows.append(["", para("Inga insatser är skrivna.", st["cell_muted"]), "", "", "", ""])
    widths = list(_ACTION_WIDTHS) + [TEXT_W - sum(_ACTION_WIDTHS)]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(st["base"].fontName, len(rows)))
    return _heading_with(para("Insatser – vem gör vad och när", st["h2"]), table)


def _heading_with(heading, table) -> list:
    """The heading, on the page where the table's header row and first row fit too."""
    return [KeepWithStart(heading, table), heading, table]


def _review(doc: PlanDocument, st: dict[str, ParagraphStyle]) -> list:
    if not doc.has_review:
        return []
    head = [para(h, st["th"]) for h in ("#", "INSATS", "RESULTAT", "KOMMENTAR", "MÅLET")]
    rows = [head]
    for a in doc.actions:
        rows.append([
            para(str(a.number), st["cell_bold"]),
            para(a.action or a.goal or "–", st["cell"]),
            para(a.review or "Inte följd upp", st["cell_bold" if a.review else "cell_muted"]),
            para(a.review_comment or "–", st["cell"]),
            para(a.goal_status or "–", st["cell"]),
        ])
    widths = [8 * mm, 52 * mm, 28 * mm]
    widths += [TEXT_W - sum(widths) - 26 * mm, 26 * mm]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(st["base"].fontName, len(rows)))
    return _heading_with(para("Uppföljning av insatserna", st["h2"]), table)


def _people_table(people: tuple[PersonLine, ...], st: dict[str, ParagraphStyle]) -> Table:
    rows = [[para(h, st["th"]) for h in ("NAMN", "ROLL / YRKE", "VERKSAMHET")]]
    for p in people:
        name = f"<b>{escape(p.name)}</b>"
        if p.note:
            name += f'<br/><font size="7.5" color="{MUTED_HEX}">{escape(p.note)}</font>'
        rows.append([Para(name, st["cell"]), para(p.role or "–", st["cell"]),
                     para(p.organisation or "–", st["cell"])])
    widths = [50 * mm, 45 * mm, TEXT_W - 95 * mm]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(st["base"].fontName, len(rows)))
    return table


def _meeting_facts(doc: PlanDocument, st: dict[str, ParagraphStyle],
                   contact: Contact | None = None) -> list:
    story: list = [CondPageBreak(30 * mm), para("Uppföljning och samtycke", st["h2"])]
    facts = [
        ("Nästa uppföljning", doc.next_follow_up or "Inte bokad ännu"),
        ("Samtycke", doc.consent),
    ]
    if contact is not None and contact.can_be_reached:  # whom everyone reaches with questions
        facts.append(("Samordnare", contact.one_line()))
    story.append(facts_table(facts, st, label_w=38 * mm, columns=1))
    heading = para("Närvarande på mötet", st["h2"])
    if doc.present:
        story += _heading_with(heading, _people_table(doc.present, st))
    else:
        story += [CondPageBreak(30 * mm), heading,
                  para("Närvaron är inte registrerad.", st["empty"])]
    if doc.absent:
        story += _heading_with(para("Kallade men inte närvarande", st["h3"]),
                               _people_table(doc.absent, st))
    return story


def _signature(person: PersonLine, st: dict[str, ParagraphStyle]) -> KeepTogether:
    role = ", ".join(x for x in (person.role, person.organisation) if x)
    if person.note:
        role = f"{role} ({person.note})" if role else person.note
    gap = 6 * mm
    date_w = 42 * mm
    sign_w = TEXT_W - date_w - gap
    rows = [
        ["", "", ""],
        [para("Underskrift", st["small"]), "", para("Datum", st["small"])],
        [para(person.name, st["sign_name"]), "", ""],
        [para(role or " ", st["sign_role"]), "", ""],
    ]
    table = Table(rows, colWidths=[sign_w, gap, date_w], rowHeights=[12 * mm, None, None, None],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st["base"].fontName),
        ("LINEBELOW", (0, 0), (0, 0), 0.8, TEXT),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, TEXT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("SPAN", (0, 2), (2, 2)),
        ("SPAN", (0, 3), (2, 3)),
    ]))
    return KeepTogether([table, Spacer(1, 5 * mm)])


def _signatures(doc: PlanDocument, st: dict[str, ParagraphStyle]) -> list:
    title, text = ("Justering", ADJUSTING_TEXT) if doc.adjusted else \
        ("Underskrifter", SIGNING_TEXT)
    story: list = [CondPageBreak(70 * mm), para(title, st["h2"]), para(text, st["note"])]
    if doc.signed_how:  # a signed version says who signed it, how and when
        story.append(para(doc.signed_how, st["cell_bold"]))
    story.append(Spacer(1, 2))
    story.extend(_signature(p, st) for p in doc.signatories)
    story.append(Spacer(1, 4))
    story.append(KeepTogether([
        para(f"Planen är skriven med {doc.template_name}.", st["small"]),
        para(f"Fingeravtryck för plan version {doc.version} (SHA-256): {doc.fingerprint}",
             st["small"]),
        para("Fingeravtrycket visar vilken sparad version av planen det här papperet hör till.",
             st["small"]),
    ]))
    return story


def plan_story(doc: PlanDocument, st: dict[str, ParagraphStyle],
               contact: Contact | None = None) -> list:
    story = _header(doc, st)
    story += _sections(doc, st)
    story += _actions(doc, st)
    story += _review(doc, st)
    story += _meeting_facts(doc, st, contact)
    story += _signatures(doc, st)
    return story


def render_plan_pdf(doc: PlanDocument, out: BinaryIO, fonts_dir: Path,
                    contact: Contact | None = None, cancelled: Cancelled | None = None) -> None:
    """Lay the plan out into `out`; ExportCancelled once `cancelled()` turns true."""
    fonts = register_fonts(fonts_dir)
    st = styles(fonts)
    build_document(
        out, plan_story(doc, st, contact), fonts, page_text(doc),
        title=f"Samordnad individuell plan – ärende {doc.case_reference}, "
              f"version {doc.version}",
        subject=doc.version_label,
        author=doc.coordinator,
        cancelled=cancelled,
    )


def plan_pdf_bytes(doc: PlanDocument, fonts_dir: Path, contact: Contact | None = None,
                   cancelled: Cancelled | None = None) -> bytes:
    buffer = BytesIO()
    render_plan_pdf(doc, buffer, fonts_dir, contact, cancelled)
    return buffer.getvalue()


__all__ = ["DRAFT_MARK", "page_text", "plan_pdf_bytes", "plan_story",
           "render_plan_pdf"]
