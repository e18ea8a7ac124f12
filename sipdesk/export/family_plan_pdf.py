"""The family version of the plan: the same decisions in plain Swedish, in large type.

For the child and the guardians: what the child said, the goals, and "vem
gör vad och när" as one card per commitment. No personnummer, no jargon, and
only this child's own network. The footer names the plan version and its
short fingerprint, so the family can see which plan it belongs to. Under
"Frågor?" the coordinator's phone and e-mail, when the profile has them.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from sipdesk.domain.plan_document import FamilyPlan, FamilyTask
from sipdesk.domain.profile import Contact
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    ACCENT,
    ACCENT_TINT,
    FAMILY_EDGE,
    FAMILY_TINT,
    TEXT_W,
    Cancelled,
    PageText,
    Para,
    build_document,
    mm,
    para,
    paragraphs,
    styles,
)

SCALE = 1.3  # large type


def _box(content: list, background, edge) -> Table:
    box = Table([[content]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 4, edge),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return box


def _task(n: int, task: FamilyTask, st) -> KeepTogether:
    lines = [
        Para(f"<b>{n}. {escape(task.what) or 'Det här ska göras'}</b>", st["body"]),
        Para(f"<b>Vem:</b> {escape(task.who)}", st["body"]),
        Para(f"<b>När:</b> {escape(task.when)}", st["body"]),
    ]
    if task.why:
        lines.append(Para(f"<b>Varför:</b> {escape(task.why)}", st["body"]))
    return KeepTogether([_box(lines, ACCENT_TINT, ACCENT), Spacer(1, 4 * mm)])


def coordinator_text(contact: Contact | None) -> str:
    """'Ni når också samordnaren Karin Sjöberg på telefon … eller e-post ….'; '' when
    there is no phone or e-mail to give (the family version stays as it was)."""
    if contact is None or not contact.can_be_reached:
        return ""
    who = f"samordnaren {contact.name.strip()}" if contact.name.strip() else "samordnaren"
    return f"Ni når också {who} på " + " eller ".join(contact.ways()) + "."


def family_story(plan: FamilyPlan, st, contact: Contact | None = None) -> list:
    story: list = [para(plan.greeting, st["title"]), para(plan.intro, st["body"]),
                   Spacer(1, 4)]
    if plan.child_voice:
        quote = [para(f"Det här sa {plan.child_first_name}", st["box_title"])]
        quote += paragraphs(plan.child_voice, st["box"])
        story += [KeepTogether([_box(quote, FAMILY_TINT, FAMILY_EDGE)]), Spacer(1, 4)]
    if plan.goals:
        story.append(para("Det här vill vi nå", st["h2"]))
        story += paragraphs(plan.goals, st["body"])
    story.append(para("Vem gör vad och när", st["h2"]))
    if not plan.tasks:
        story.append(para("Inget är bestämt ännu.", st["body"]))
    story += [_task(n, t, st) for n, t in enumerate(plan.tasks, start=1)]
    if plan.family_part:
        story.append(para("Det här gör ni själva", st["h2"]))
        story += paragraphs(plan.family_part, st["body"])
    story.append(para("Nästa gång vi träffas", st["h2"]))
    story.append(para(plan.next_meeting or "Tiden är inte bestämd än. Ni får en kallelse.",
                      st["body"]))
    story.append(para("Frågor?", st["h2"]))
    story.append(para(plan.contact, st["body"]))
    if coordinator_text(contact):
        story.append(para(coordinator_text(contact), st["body"]))
    return story


def render_family_plan_pdf(plan: FamilyPlan, out: BinaryIO, fonts_dir: Path,
                           contact: Contact | None = None,
                           cancelled: Cancelled | None = None) -> None:
    """Lay the family version out into `out`; ExportCancelled once `cancelled()` turns true."""
    fonts = register_fonts(fonts_dir)
    st = styles(fonts, scale=SCALE)
    st["title"].fontSize, st["title"].leading = 22, 28
    text = PageText(
        header_left=f"Planen för {plan.child_first_name}",
        header_right=f"Ärende {plan.case_reference}",
        footer_left=f"Plan version {plan.version} · {plan.short_fingerprint}",
    )
    build_document(out, family_story(plan, st, contact), fonts, text,
                   title=f"Planen för {plan.child_first_name}",
                   subject=f"Plan version {plan.version} · {plan.short_fingerprint}",
                   cancelled=cancelled)


def family_plan_pdf_bytes(plan: FamilyPlan, fonts_dir: Path, contact: Contact | None = None,
                          cancelled: Cancelled | None = None) -> bytes:
    buffer = BytesIO()
    render_family_plan_pdf(plan, buffer, fonts_dir, contact, cancelled)
    return buffer.getvalue()


__all__ = ["coordinator_text", "family_plan_pdf_bytes", "family_story", "mm",
           "render_family_plan_pdf"]
