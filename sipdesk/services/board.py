"""The case board and the Today list: one card per case, everything due across cases.

Both come from one lean read of all cases (store.board_queries), so the board
and the Today list always agree, and 10,000 cases load in well under seconds
rather than the many seconds whole case graphs would take.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from sipdesk.domain.deadlines import DueItem, due_items
from sipdesk.domain.entities import Case
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag, case_flags
from sipdesk.store import board_queries

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


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


class BoardService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def snapshot(self, on: date | None = None, *, include_archived: bool = False) -> BoardSnapshot:
        on = on or self._ws.today()
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        with self._ws.reading() as s:
            cases = board_queries.board_cases(s, include_archived=include_archived)
        cards: list[Card] = []
        today: list[DueItem] = []
        for case in cases:
            items = due_items(case, on, settings, orgs)
            today.extend(items)
            cards.append(self._card(case, on, settings, orgs, items))
        today.sort()
        return BoardSnapshot(
            on=on,
            cards=cards,
            today=today,
            coordinators=sorted({c.coordinator for c in cards if c.coordinator}),
            organisations=sorted({name for c in cards for name in c.organisations}),
        )

    def cards(self, on: date | None = None, *, include_archived: bool = False) -> list[Card]:
        return self.snapshot(on, include_archived=include_archived).cards

    def today(self, on: date | None = None) -> list[DueItem]:
        """Everything due or overdue across all open cases, most urgent first."""
        return self.snapshot(on).today

    def move(self, case_id: int, stage: Stage) -> Card:
        """Move a case; raises MoveRefused (nothing changed) with the Swedish reasons."""
        self._ws.cases.move(case_id, stage)
        return self.card(case_id)

    def card(self, case_id: int, on: date | None = None) -> Card:
        """One case's card, fresh from the store (after a move or an edit)."""
        return self.refreshed(case_id, on)[0]

    def refreshed(self, case_id: int, on: date | None = None) -> tuple[Card, list[DueItem]]:
        """One case's card and its Today items, to update the board after a change."""
        on = on or self._ws.today()
        case = self._ws.cases.get(case_id)
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        items = due_items(case, on, settings, orgs)
        return self._card(case, on, settings, orgs, items), items

    @staticmethod
    def _card(case: Case, on: date, settings, orgs, items: list[DueItem]) -> Card:
        names = {
            orgs[p.organisation_id].display_name
            for p in case.network
            if p.organisation_id in orgs
        }
        return Card(
            id=case.id,
            reference=case.reference,
            stage=case.stage,
            full_name=case.child.full_name,
            initials=case.child.initials,
            question=one_line(case.question),
            next_due=items[0] if items else None,
            flags=tuple(case_flags(case, on, settings, orgs, items=items)),
            organisations=tuple(sorted(names)),
            coordinator=case.coordinator,
            personnummer=case.child.personnummer or "",
            archived=case.archived,
        )
