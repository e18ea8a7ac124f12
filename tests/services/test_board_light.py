"""The board's light read and the whole-case path give the same cards and the same due items.

The board is filled from store.board_queries (the facts the rules read, one
query per table); a card refreshed after a change comes from a whole case
turned into the same facts. A coordinator must see the same card either way.
"""

from __future__ import annotations

import gc
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from sipdesk.domain.board_facts import ConsentFacts, case_facts
from sipdesk.domain.dates import CANNOT_COMPUTE
from sipdesk.domain.deadlines import due_items, due_order
from sipdesk.domain.entities import Consent
from sipdesk.domain.enums import CloseReason, ConsentForm, Stage
from sipdesk.domain.flags import Flag, case_flags
from sipdesk.services.board import BoardService, collection_paused
from sipdesk.services.workspace import Workspace
from sipdesk.store import board_queries
from tests.services.conftest import TODAY


@pytest.fixture(scope="module")
def demo():
    with Workspace.demo(cases=60, seed=7, clock=lambda: TODAY) as ws:
        yield ws


def _assert_light_equals_full(ws: Workspace, *, include_archived: bool = False) -> None:
    board = BoardService(ws)
    snapshot = board.snapshot(include_archived=include_archived)
    whole = {c.id: c for c in ws.cases.all(include_archived=include_archived)}
    assert sorted(c.id for c in snapshot.cards) == sorted(whole)
    today = []
    for card in snapshot.cards:
        update = board.refreshed(card.id)
        assert card == update.card
        items = [i for i in snapshot.today if i.case_id == card.id]
        assert items == list(update.today)
        today.extend(update.today)
    assert snapshot.today == sorted(today)


def test_the_light_read_covers_every_part_of_the_facts(demo):
    """The demo gives the rules something to read in every part of the facts (the facts
    themselves are compared with whole cases in test_board.py)."""
    with demo.reading() as s:
        light = board_queries.board_facts(s)
    assert [f.reference for f in light] == sorted(c.reference for c in demo.cases.all())
    assert any(f.current_plan is not None and f.current_plan.is_signed for f in light)
    assert any(i.sent_on for f in light for m in f.meetings for i in m.invitations)
    assert any(f.consents for f in light) and any(f.network for f in light)
    assert any(f.plan_owner_id is not None for f in light)


def test_light_board_and_whole_cases_give_the_same_cards_and_due_items(demo):
    _assert_light_equals_full(demo)


def test_the_rules_read_whole_cases_and_their_facts_alike(demo):
    settings = demo.settings.deadlines()
    orgs = demo.directory.organisations_by_id()
    for case in demo.cases.all():
        facts = case_facts(case)
        assert due_items(case, TODAY, settings, orgs) == due_items(facts, TODAY, settings, orgs)
        assert case_flags(case, TODAY, settings, orgs) == case_flags(facts, TODAY, settings, orgs)


@pytest.mark.demo_data(cases=12)
def test_a_date_the_rules_cannot_count_with_gives_the_same_card_both_ways(ws):
    """The "fix the date" item and flag, and an archived case, read light and whole."""
    board = BoardService(ws)
    first = next(c for c in board.cards() if c.stage is Stage.NEED_FOUND)
    # As a store from before dates were checked at input could hold it.
    with ws.transaction() as s:
        s.execute(text("UPDATE cases SET need_found_on = '9999-12-31' WHERE id = :id"),
                  {"id": first.id})
    closed = next(c for c in board.cards() if c.id != first.id)
    ws.cases.close(closed.id, CloseReason.MOVED)

    _assert_light_equals_full(ws)
    _assert_light_equals_full(ws, include_archived=True)

    card = next(c for c in board.cards() if c.id == first.id)
    assert card.flags == (Flag.DATES_UNREADABLE,)
    assert card.next_due is not None and card.next_due.text == CANNOT_COMPUTE
    assert [i.text for i in board.today() if i.case_id == first.id] == [CANNOT_COMPUTE]
    archived = next(c for c in board.cards(include_archived=True) if c.id == closed.id)
    assert archived.archived and archived.next_due is None and archived.flags == ()


def test_consent_facts_are_active_when_the_consent_is():
    given = date(2026, 3, 1)
    days = [given + timedelta(days=n) for n in (-1, 0, 1, 30, 31)]
    for until in (None, *days):
        for withdrawn in (None, *days):
            consent = Consent(given_on=given, form=ConsentForm.WRITTEN, by_child=True,
                              valid_until=until, withdrawn_on=withdrawn)
            facts = ConsentFacts(given, until, withdrawn)
            for on in days:
                assert facts.is_active(on) == consent.is_active(on), (until, withdrawn, on)


def test_the_today_sort_key_orders_as_the_items_do(demo):
    items = BoardService(demo).today()
    shuffled = random.Random(3).sample(items, len(items))
    assert sorted(shuffled, key=due_order) == sorted(shuffled) == items


def test_collection_is_paused_during_the_load_and_left_as_it_was():
    was = gc.isenabled()
    try:
        for before in (True, False):
            (gc.enable if before else gc.disable)()
            with collection_paused():
                assert not gc.isenabled()
            # The window turns automatic collection off for good (ui/collector.py): kept off.
            assert gc.isenabled() is before
    finally:
        (gc.enable if was else gc.disable)()
