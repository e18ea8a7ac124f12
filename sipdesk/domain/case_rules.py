"""Rules for a new case that need no store: what the new-case form checks as you type.

The dialog asks these on every keystroke, on the GUI thread, and the case
service asks the same before it creates a case, so the form and the store
never disagree about what a complete new case is.
"""

from __future__ import annotations

from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer

NAME_MISSING = "Skriv barnets namn."
QUESTION_MISSING = "Skriv frågeställningen: vad ska SIP:en hjälpa till med?"


def clean_personnummer(text: str | None) -> str | None:
    """A typed personnummer normalised ('YYYYMMDD-NNNN'), None when none was typed.

    Raises ValidationError with the Swedish reason when it is not a valid number.
    """
    if text is None or not text.strip():
        return None
    return parse_personnummer(text.strip())


def new_case_problems(
    *, first_name: str, last_name: str, question: str, personnummer: str | None = None
) -> dict[str, str]:
    """What stops a new case from being created, field by field, in Swedish (empty if ok)."""
    problems: dict[str, str] = {}
    if not first_name.strip() and not last_name.strip():
        problems["first_name"] = NAME_MISSING
    if not question.strip():
        problems["question"] = QUESTION_MISSING
    try:
        clean_personnummer(personnummer)
    except ValidationError as error:
        problems["personnummer"] = error.message
    return problems
