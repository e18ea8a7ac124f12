"""The access log's vocabulary: what was done with a case, in Swedish, without personal data.

An entry names the case by id and reference only, the user account, the
time, one of a few actions and a short detail such as "plan version 2 som
PDF". The words a "changed" entry uses come from the parts of the case a
transaction changed (sipdesk.domain.changes.Part), never from its content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sipdesk.domain.changes import Part

OPENED = "opened"
CHANGED = "changed"
EXPORTED = "exported"
PRINTED = "printed"
MAILED = "mailed"
DELETED = "deleted"

ACTION_LABELS: dict[str, str] = {
    OPENED: "Öppnade",
    CHANGED: "Ändrade",
    EXPORTED: "Exporterade",
    PRINTED: "Skrev ut",
    MAILED: "E-post",
    DELETED: "Raderade",
}

# The parts of a case as the log names them. The card and the history change with
# almost everything, so they are named only when nothing else changed.
_PART_WORDS: dict[Part, str] = {
    Part.RECORD: "ärendeuppgifter",
    Part.PLAN: "plan",
    Part.MEETINGS: "möten",
    Part.DEVIATIONS: "avvikelser",
    Part.CARD: "steg och översikt",
    Part.HISTORY: "historik",
}
_ALWAYS_WITH_OTHERS = (Part.CARD, Part.HISTORY)


def changed_detail(parts: Iterable[Part]) -> str:
    """The detail of a "changed" entry: which parts, in Swedish ("ärendeuppgifter, plan")."""
    present = set(parts)
    main = [p for p in _PART_WORDS if p in present and p not in _ALWAYS_WITH_OTHERS]
    if not main:
        main = [p for p in _ALWAYS_WITH_OTHERS if p in present]
    return ", ".join(_PART_WORDS[p] for p in main)


@dataclass(frozen=True)
class AccessEntry:
    """One entry of the access log, as read back."""

    id: int
    at: datetime
    user: str
    case_id: int | None
    case_ref: str
    action: str
    detail: str

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class AccessExtract:
    """The entries of one case, for a guardian's request (the PDF and `sipdesk log`)."""

    case_ref: str
    made_at: datetime
    made_by: str
    entries: tuple[AccessEntry, ...]
    chain_intact: bool  # the whole log's hash chain was verified when the extract was made
