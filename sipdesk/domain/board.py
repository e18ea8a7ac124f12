"""What the case board shows: a card per case, the board's search, and a snapshot of both.

These values cross from the services to the window; they hold no store and
no Qt, so the board's filtering can be tested without either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import NamedTuple

from sipdesk.domain.deadlines import DueItem
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag


class TakenAlong(NamedTuple):
    """A case away on a laptop (services/takealong.py): who has it and until when.

    `here` is False on the team server, where the case is read-only until it is
    given back; True on the laptop's own store, which holds the copy."""

    holder: str
    until: date
    here: bool


@dataclass(frozen=True, slots=True)  # the board keeps one per case
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
    taken_along: TakenAlong | None = None

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


def narrows(query: CardQuery, before: CardQuery) -> bool:
    """Does every card `query` matches also match `before`? (Typing on: "sjö" after "sj".)

    Then the board need only look again at what `before` matched."""
    if (query.stage, query.coordinator, query.needs_attention, query.organisation) != (
            before.stage, before.coordinator, before.needs_attention, before.organisation):
        return False
    if before._needle not in query._needle:
        return False
    digits, digits_before = query._digits, before._digits
    return digits is None or (digits_before is not None and digits_before in digits)


def matching_rows(query: CardQuery, cards: Sequence[Card], keys: Sequence[tuple[str, str]],
                  rows: Iterable[int] | None = None) -> list[int]:
    """The positions in `cards` (of those in `rows`, or all) that `query` matches, in order.

    The same rules as CardQuery.matches, applied one filter at a time to the whole
    list: a keystroke costs a substring search per card, not a Python call per card.
    `keys` are the cards' search_key, worked out once.
    """
    found = list(range(len(cards))) if rows is None else list(rows)
    if query.stage is not None:
        found = [i for i in found if cards[i].stage == query.stage]
    if query.coordinator:
        found = [i for i in found if cards[i].coordinator == query.coordinator]
    if query.needs_attention:
        found = [i for i in found if cards[i].needs_attention]
    if query.organisation:
        found = [i for i in found if query.organisation in cards[i].organisations]
    needle = query._needle
    if needle:
        wanted = query._digits
        if rows is None and len(found) == len(keys):  # no other filter: one walk over the keys
            if wanted is None:
                return [i for i, (words, _d) in enumerate(keys) if needle in words]
            return [i for i, (words, digits) in enumerate(keys)
                    if needle in words or wanted in digits]
        if wanted is None:
            found = [i for i in found if needle in keys[i][0]]
        else:
            found = [i for i in found if needle in keys[i][0] or wanted in keys[i][1]]
    return found


def one_line(text: str) -> str:
    return " ".join(text.split())
