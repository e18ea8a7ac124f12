"""The case board and the Today list: one card per case, everything due across cases.

Both come from one light read of all cases (store.board_queries: the facts the
rules read, domain.board_facts), so the board and the Today list always agree,
and 10,000 cases load in well under a second. A card refreshed after a change
is worked out from the whole case turned into the same facts, by the same rules.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from sipdesk.domain.board import (
    BoardSnapshot,
    Card,
    CardQuery,
    CardUpdate,
    TakenAlong,
    one_line,
    search_key,
)
from sipdesk.domain.board_facts import AnyCase, CaseFacts, case_facts
from sipdesk.domain.dates import cannot_compute_item
from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.deadlines import DueItem, due_items, due_order
from sipdesk.domain.entities import Organisation, stored_id
from sipdesk.domain.enums import Stage
from sipdesk.domain.errors import MoveRefused
from sipdesk.domain.flags import Flag, case_flags
from sipdesk.services.cases import CaseNotFound
from sipdesk.store import board_queries

__all__ = ["BoardService", "BoardSnapshot", "Card", "CardQuery", "CardUpdate", "search_key"]

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

_T = TypeVar("_T")

# What a stored date outside the rules' range raises when a deadline is counted from it.
UNCOUNTABLE = (OverflowError, ValueError)


def due_items_or_flag(
    case: AnyCase, on: date, settings: DeadlineSettings, orgs: Mapping[int, Organisation]
) -> tuple[list[DueItem], bool]:
    """The case's due items, or (one "fix the date" item, True) when its dates break the rules.

    One bad row must never take the board down: the other cases still load,
    and this one says what is wrong with it.
    """
    try:
        return due_items(case, on, settings, orgs), False
    except UNCOUNTABLE:
        # The case's id only: the date itself is the coordinator's to see, in the record.
        log.warning("case %s: its dates cannot be counted with", case.id)
        return [cannot_compute_item(case, on)], True


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic garbage collection off for a bulk load, back as it was afterwards.

    A load allocates tens of thousands of objects that all stay alive until
    the cards are built, and every collection would walk all of them again
    for nothing. In the program automatic collection is already off
    (ui/collector.py collects on the GUI thread instead), so this leaves it off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class BoardService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def snapshot(self, on: date | None = None, *, include_archived: bool = False) -> BoardSnapshot:
        on = on or self._ws.today()
        cards = _CardMaker(on, self._ws.settings.deadlines(),
                           self._ws.directory.organisations_by_id())
        made: list[Card] = []
        today: list[DueItem] = []
        with collection_paused():
            with self._ws.reading() as s:
                facts = board_queries.board_facts(s, include_archived=include_archived)
                cards.taken_along = self._ws.takealong.marks()
            # Each case's facts are let go as soon as its card is made, so the
            # read and the cards are never all in memory at once.
            facts.reverse()
            while facts:
                card, items = cards.make(facts.pop())
                made.append(card)
                today.extend(items)
            today.sort(key=due_order)
        return BoardSnapshot(
            on=on,
            cards=made,
            today=today,
            coordinators=sorted({c.coordinator for c in made if c.coordinator}),
            organisations=sorted({name for c in made for name in c.organisations}),
        )

    def cards(self, on: date | None = None, *, include_archived: bool = False) -> list[Card]:
        return self.snapshot(on, include_archived=include_archived).cards

    def today(self, on: date | None = None) -> list[DueItem]:
        """Everything due or overdue across all open cases, most urgent first."""
        return self.snapshot(on).today

    def move(self, case_id: int, stage: Stage) -> CardUpdate:
        """Move a case and return its new card; raises MoveRefused (nothing changed)."""
        mark = self._ws.takealong.mark_of(case_id)
        if mark is not None and not mark.here:
            # The server would refuse it too; this says why in the board's own words.
            raise MoveRefused([
                f"Ärendet är taget med av {mark.holder} till {mark.until.isoformat()} och "
                "kan bara läsas tills det lämnats tillbaka."])
        self._ws.cases.move(case_id, stage)
        return self.refreshed(case_id)

    def card(self, case_id: int, on: date | None = None) -> Card:
        """One case's card, fresh from the store."""
        return self.refreshed(case_id, on).card

    def refreshed(self, case_id: int, on: date | None = None) -> CardUpdate:
        """One case's card and its Today items, to update the board after a change."""
        on = on or self._ws.today()
        with self._ws.reading():
            case = self._ws.cases.get(case_id)
            mark = self._ws.takealong.mark_of(case_id)
        cards = _CardMaker(on, self._ws.settings.deadlines(),
                           self._ws.directory.organisations_by_id())
        if mark is not None:
            cards.taken_along = {case_id: mark}
        card, items = cards.make(case_facts(case))
        return CardUpdate(card, tuple(items))

    def refreshed_many(self, case_ids: Iterable[int]) -> list[CardUpdate]:
        """The cards of several changed cases; a case that is gone is left out."""
        updates = []
        for case_id in sorted(set(case_ids)):
            try:
                updates.append(self.refreshed(case_id))
            except CaseNotFound:
                continue
        return updates


class _CardMaker:
    """Cards and Today items from case facts, on one day with one set of settings.

    Texts many cards share (organisation names, coordinators, initials) are
    kept once, not once per card: the board holds every card for as long as
    the window is open.
    """

    def __init__(self, on: date, settings: DeadlineSettings, orgs: Mapping[int, Organisation]):
        self.on = on
        self.settings = settings
        self.orgs = orgs
        self._org_names: dict[int, str] = {}
        self._texts: dict[str, str] = {}
        self._org_lists: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._flag_lists: dict[tuple[Flag, ...], tuple[Flag, ...]] = {}
        self.taken_along: Mapping[int, TakenAlong] = {}

    def make(self, case: CaseFacts) -> tuple[Card, list[DueItem]]:
        items, broken = due_items_or_flag(case, self.on, self.settings, self.orgs)
        child = case.child
        card_id = stored_id(case)
        card = Card(
            id=card_id,
            reference=case.reference,
            stage=case.stage,
            full_name=child.full_name,
            initials=_shared(self._texts, child.initials),
            question=one_line(case.question),
            next_due=items[0] if items else None,
            flags=_shared(self._flag_lists, self._flags(case, items, broken)),
            organisations=_shared(self._org_lists, self._organisations(case)),
            coordinator=_shared(self._texts, case.coordinator),
            personnummer=child.personnummer or "",
            archived=case.archived,
            taken_along=self.taken_along.get(card_id) if self.taken_along else None,
        )
        return card, items

    def _organisations(self, case: CaseFacts) -> tuple[str, ...]:
        """The network's organisations, by name, sorted, each once."""
        names = set()
        for person in case.network:
            org_id = person.organisation_id
            if org_id is None:
                continue
            name = self._org_names.get(org_id)
            if name is None:
                org = self.orgs.get(org_id)
                if org is None:
                    continue
                name = self._org_names[org_id] = org.display_name
            names.add(name)
        return tuple(sorted(names))

    def _flags(self, case: CaseFacts, items: list[DueItem], broken: bool) -> tuple[Flag, ...]:
        if not broken:
            try:
                return tuple(case_flags(case, self.on, self.settings, self.orgs, items=items))
            except UNCOUNTABLE:
                log.warning("case %s: its flags cannot be worked out", case.id)
        return (Flag.DATES_UNREADABLE,)


def _shared(kept: dict[_T, _T], value: _T) -> _T:
    """The one copy of `value` kept so far (this one, the first time)."""
    return kept.setdefault(value, value)
