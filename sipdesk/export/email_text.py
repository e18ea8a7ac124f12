"""The invitation as an e-mail the coordinator can copy, or open through mailto:.

E-mail is not a protected channel: the text never holds a personnummer and
names the child by initials (the letter given here is built that way).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from sipdesk.domain.invitation_letter import Letter
from sipdesk.domain.words import long_date


@dataclass(frozen=True)
class EmailDraft:
    subject: str
    body: str
    to: list[str] = field(default_factory=list)


def email_subject(letter: Letter) -> str:
    return f"{letter.title} {long_date(letter.date)} – ärende {letter.case_reference}"


def email_body(letter: Letter) -> str:
    lines = ["Hej!", "", letter.intro, ""]
    lines += [
        f"Möte: {letter.meeting_name}",
        f"Datum: {letter.date_text}",
        f"Tid: {letter.time_text}",
        f"Mötesform: {letter.mode_text}",
        f"{letter.place_label}: {letter.place}",
        "",
        "Syfte med mötet:",
        letter.purpose,
        "",
        "Deltagare:",
    ]
    for p in letter.participants:
        parts = [p.name, p.profession.lower() if p.is_family else p.profession, p.organisation]
        line = ", ".join(x for x in parts if x)
        if p.role:
            line += f" ({p.role.lower()})"
        lines.append(f"- {line}")
    if not letter.participants:
        lines.append("- Deltagarlistan är inte klar ännu.")
    lines += ["", letter.prepare_intro]
    lines += [f"- {q}" for q in letter.prepare]
    if letter.duty_text:
        lines += ["", letter.duty_text]
    lines += ["", letter.answer_text, "", "Med vänliga hälsningar"]
    lines += letter.contact.lines()
    return "\n".join(lines) + "\n"


def email_draft(letter: Letter, to: Sequence[str] = ()) -> EmailDraft:
    """Subject and body in Swedish, addressed to `to` (duplicates and blanks dropped)."""
    seen: list[str] = []
    for address in to:
        address = address.strip()
        if address and address.casefold() not in {a.casefold() for a in seen}:
            seen.append(address)
    return EmailDraft(subject=email_subject(letter), body=email_body(letter), to=seen)


def mailto_url(draft: EmailDraft) -> str:
    """An RFC 6068 mailto: URL; line breaks become CRLF as the RFC asks."""
    recipients = ",".join(quote(a, safe="@") for a in draft.to)
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    subject = quote(draft.subject, safe="")
    return f"mailto:{recipients}?subject={subject}&body={quote(body, safe='')}"
