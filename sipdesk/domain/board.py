"""What the case board shows: a card per case, the board's search, and a snapshot of both.

These values cross from the services to the window; they hold no store and
no Qt, so the board's filtering can be tested without either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from sipdesk.domain.deadlines import DueItem
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag


@dataclass(frozen=True)
class Card:
    """One case as the board shows it. Personnummer is carried for search only."""

    id: int
    reference: str
    stage: Stage
    full_name: str
    initials: str
    question: str  # on one line
    next_due: DueItem | None
    flags: tuple[Flag, ...]
    organisations: tuple[str, ...]  # of the network, sorted, each once
    coordinator: str
    personnummer: str
    archived: bool

    @property
    def needs_attention(self) -> bool:
        return bool(self.flags) or (self.next_due is not None and self.next_due.overdue)

    @property
    def next_due_on(self) -> date | None:
        return self.next_due.due if self.next_due is not None else None

    @property
    def next_due_text(self) -> str:
        return self.next_due.text if self.next_due is not None else ""


@dataclass(frozen=True)
class CardUpdate:
    """One case's card as it is now, with its items for the Today list."""

    card: Card
    today: tuple[DueItem, ...]


@dataclass(frozen=True)
class BoardSnapshot:
    """The board's cards and the Today list, worked out together on one day."""

    on: date
    cards: list[Card]
    today: list[DueItem]
    coordinators: list[str]
    organisations: list[str]


def search_key(card: Card) -> tuple[str, str]:
    """What a search matches in a card: its words (lower case) and its personnummer digits."""
    words = " ".join(
        (card.full_name, card.reference, card.question, *card.organisations)
    ).casefold()
    return words, "".join(ch for ch in card.personnummer if ch.isdigit())


@dataclass(frozen=True)
class CardQuery:
    """The board's search and filters; `matches` is called for every card as you type.

    Text matches the child's name, the reference, the question or an organisation
    of the network; a run of digits also matches a fragment of the personnummer.
    """

    text: str = ""
    coordinator: str = ""  # "my cases"; empty for everyone's
    needs_attention: bool = False
    organisation: str = ""
    stage: Stage | None = None

    # Derived once per query, not once per card: matches() runs for every card per keystroke.
    @cached_property
    def is_empty(self) -> bool:
        return self == CardQuery()

    @cached_property
    def _needle(self) -> str:
        return self.text.strip().casefold()

    @cached_property
    def _digits(self) -> str | None:
        """The digits to look for in a personnummer, if the text is a run of 4 or more."""
        needle = self._needle
        wanted = "".join(ch for ch in needle if ch.isdigit())
        only_digits = len(wanted) == len(needle.replace("-", "").replace(" ", ""))
        return wanted if only_digits and len(wanted) >= 4 else None

    def matches(self, card: Card, key: tuple[str, str] | None = None) -> bool:
        if self.stage is not None and card.stage != self.stage:
            return False
        if self.coordinator and card.coordinator != self.coordinator:
            return False
        if self.needs_attention and not card.needs_attention:
            return False
        if self.organisation and self.organisation not in card.organisations:
            return False
        needle = self._needle
        if not needle:
            return True
        words, digits = key if key is not None else search_key(card)
        if needle in words:
            return True
        wanted = self._digits
        return wanted is not None and wanted in digits


def one_line(text: str) -> str:
    return " ".join(text.split())
