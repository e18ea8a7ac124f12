"""The case board and the Today list: one card per case, everything due across cases.

Both come from one lean read of all cases (store.board_queries), so the board
and the Today list always agree, and 10,000 cases load in well under seconds
rather than the many seconds whole case graphs would take.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from sipdesk.domain.board import (
    BoardSnapshot,
    Card,
    CardQuery,
    CardUpdate,
    one_line,
    search_key,
)
from sipdesk.domain.dates import cannot_compute_item
from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.deadlines import DueItem, due_items
from sipdesk.domain.entities import Case, Organisation, stored_id
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag, case_flags
from sipdesk.services.cases import CaseNotFound
from sipdesk.store import board_queries

__all__ = ["BoardService", "BoardSnapshot", "Card", "CardQuery", "CardUpdate", "search_key"]

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

# What a stored date outside the rules' range raises when a deadline is counted from it.
UNCOUNTABLE = (OverflowError, ValueError)


def due_items_or_flag(
    case: Case, on: date, settings: DeadlineSettings, orgs: Mapping[int, Organisation]
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
            items, broken = due_items_or_flag(case, on, settings, orgs)
            today.extend(items)
            cards.append(self._card(case, on, settings, orgs, items, broken=broken))
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

    def move(self, case_id: int, stage: Stage) -> CardUpdate:
        """Move a case and return its new card; raises MoveRefused (nothing changed)."""
        self._ws.cases.move(case_id, stage)
        return self.refreshed(case_id)

    def card(self, case_id: int, on: date | None = None) -> Card:
        """One case's card, fresh from the store."""
        return self.refreshed(case_id, on).card

    def refreshed(self, case_id: int, on: date | None = None) -> CardUpdate:
        """One case's card and its Today items, to update the board after a change."""
        on = on or self._ws.today()
        case = self._ws.cases.get(case_id)
        settings = self._ws.settings.deadlines()
        orgs = self._ws.directory.organisations_by_id()
        items, broken = due_items_or_flag(case, on, settings, orgs)
        return CardUpdate(self._card(case, on, settings, orgs, items, broken=broken),
                          tuple(items))

    def refreshed_many(self, case_ids: Iterable[int]) -> list[CardUpdate]:
        """The cards of several changed cases; a case that is gone is left out."""
        updates = []
        for case_id in sorted(set(case_ids)):
            try:
                updates.append(self.refreshed(case_id))
            except CaseNotFound:
                continue
        return updates

    @staticmethod
    def _card(
        case: Case,
        on: date,
        settings: DeadlineSettings,
        orgs: Mapping[int, Organisation],
        items: list[DueItem],
        *,
        broken: bool = False,
    ) -> Card:
        names = {
            orgs[p.organisation_id].display_name
            for p in case.network
            if p.organisation_id is not None and p.organisation_id in orgs
        }
        return Card(
            id=stored_id(case),
            reference=case.reference,
            stage=case.stage,
            full_name=case.child.full_name,
            initials=case.child.initials,
            question=one_line(case.question),
            next_due=items[0] if items else None,
            flags=_flags(case, on, settings, orgs, items, broken),
            organisations=tuple(sorted(names)),
            coordinator=case.coordinator,
            personnummer=case.child.personnummer or "",
            archived=case.archived,
        )


def _flags(case: Case, on: date, settings: DeadlineSettings, orgs: Mapping[int, Organisation],
           items: list[DueItem], broken: bool) -> tuple[Flag, ...]:
    if not broken:
        try:
            return tuple(case_flags(case, on, settings, orgs, items=items))
        except UNCOUNTABLE:
            log.warning("case %s: its flags cannot be worked out", case.id)
    return (Flag.DATES_UNREADABLE,)
