"""The board's item models without a window: Qt's contract, filtering, and updates of one case."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.board import BoardSnapshot, Card, CardQuery, CardUpdate
from sipdesk.domain.deadlines import DueItem, DueKind
from sipdesk.domain.enums import Stage
from sipdesk.ui.board.board_model import (
    BoardModel,
    CardFilterProxy,
    CaseIdRole,
    DueItemRole,
    ShownNameRole,
    TodayModel,
)

ON = date(2026, 11, 23)


def _card(case_id: int, stage: Stage, name: str, *, archived: bool = False,
          pnr: str = "") -> Card:
    first, last = name.split()
    return Card(id=case_id, reference=f"SIP-2026-{case_id:04d}", stage=stage, full_name=name,
                initials=f"{first[0]}. {last[0]}.", question=f"Hur får {first} stöd?",
                next_due=None, flags=(), organisations=("BUP Norrby",), coordinator="Karin",
                personnummer=pnr, archived=archived)


def _due(case_id: int, days: int, overdue: bool = False) -> DueItem:
    return DueItem(due=date(2026, 11, 23 + days), case_reference=f"SIP-2026-{case_id:04d}",
                   kind=DueKind.NEXT_STEP, text=f"Nästa steg i ärende {case_id}",
                   overdue=overdue, case_id=case_id)


@pytest.fixture
def board(qtbot):
    model = BoardModel()
    # 20121212-1212 is one of Skatteverket's test personnummer.
    cards = [_card(1, Stage.NEED_FOUND, "Elsa Lind", pnr="20121212-1212"),
             _card(2, Stage.NEED_FOUND, "Noah Ek"),
             _card(3, Stage.MEETING, "Maja Holm")]
    model.set_snapshot(BoardSnapshot(on=ON, cards=cards, today=[_due(1, 0, True), _due(3, 2)],
                                     coordinators=["Karin"], organisations=["BUP Norrby"]))
    return model


def test_stage_models_keep_qts_contract(qtmodeltester, board):
    for stage in Stage:
        qtmodeltester.check(board.stage_model(stage))
    qtmodeltester.check(CardFilterProxy(board.stage_model(Stage.NEED_FOUND)))


def test_today_model_keeps_qts_contract_and_follows_the_board(qtmodeltester, board):
    today = TodayModel(board)
    qtmodeltester.check(today)
    assert [today.index(r, 0).data(CaseIdRole) for r in range(today.rowCount())] == [1, 3]
    assert today.index(0, 0).data(ShownNameRole) == "Elsa Lind"
    board.set_show_initials(True)
    assert today.index(0, 0).data(ShownNameRole) == "E. L."


def test_an_update_moves_a_card_and_replaces_its_today_items(qtmodeltester, board):
    today = TodayModel(board)
    moved = _card(2, Stage.CONSENT_AND_PLANNING, "Noah Ek")
    board.update(CardUpdate(moved, (_due(2, 1),)))
    assert board.stage_of(2) is Stage.CONSENT_AND_PLANNING
    assert board.count(Stage.NEED_FOUND) == 1
    items = [today.index(r, 0).data(DueItemRole) for r in range(today.rowCount())]
    assert [i.case_id for i in items] == [1, 2, 3]  # overdue first, then by date
    qtmodeltester.check(today)


def test_a_closed_case_leaves_the_board_and_the_today_list(board):
    today = TodayModel(board)
    board.update(CardUpdate(_card(3, Stage.MEETING, "Maja Holm", archived=True), (_due(3, 2),)))
    assert board.card(3) is None and board.count() == 2
    assert [today.index(r, 0).data(CaseIdRole) for r in range(today.rowCount())] == [1]


def test_the_filter_proxy_matches_name_personnummer_and_organisation(board):
    proxy = CardFilterProxy(board.stage_model(Stage.NEED_FOUND))
    proxy.set_query(CardQuery(text="1212-12"))
    assert [proxy.index(r, 0).data(CaseIdRole) for r in range(proxy.rowCount())] == [1]
    proxy.set_query(CardQuery(text="noah"))
    assert [proxy.index(r, 0).data(CaseIdRole) for r in range(proxy.rowCount())] == [2]
    proxy.set_query(CardQuery(organisation="BUP Norrby"))
    assert proxy.rowCount() == 2


def test_many_updates_keep_the_today_list_as_a_fresh_sort_would_and_its_overdue_count(board):
    """The Today list is kept in order item by item on each update (not sorted again);
    after many updates, with equal items of different cases among them, it is exactly
    the list a full sort gives, and the overdue count in the heading agrees."""
    import random

    from sipdesk.domain.deadlines import due_order

    today = TodayModel(board)
    chance = random.Random(7)
    cards = {1: ("Elsa Lind", Stage.NEED_FOUND), 2: ("Noah Ek", Stage.NEED_FOUND),
             3: ("Maja Holm", Stage.MEETING)}
    current: dict[int, list[DueItem]] = {}
    for item in board.today:  # the fixture's own items, until their case is updated
        current.setdefault(item.case_id, []).append(item)
    for _ in range(300):
        case_id = chance.choice(list(cards))
        name, stage = cards[case_id]
        # A few days only, so that different cases often have equal dates and kinds.
        items = [_due(case_id, chance.randint(-2, 2), overdue=chance.random() < 0.4)
                 for _ in range(chance.randint(0, 3))]
        current[case_id] = items
        board.update(CardUpdate(_card(case_id, stage, name), tuple(items)))
        expected = sorted((i for items in current.values() for i in items), key=due_order)
        assert [due_order(i) for i in board.today] == [due_order(i) for i in expected]
        assert sorted(id(i) for i in board.today) == sorted(id(i) for i in expected)
        assert today.overdue_count() == sum(1 for i in expected if i.overdue)
        assert today.rowCount() == len(expected)
