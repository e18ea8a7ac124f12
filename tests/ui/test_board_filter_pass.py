"""The board's search in one pass: the same cards as CardQuery.matches, and the board still
behaves as a coordinator expects while the columns are told the result."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel

from sipdesk.domain.board import Card, CardQuery, matching_rows, narrows, search_key
from sipdesk.domain.deadlines import DueItem, DueKind
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag
from sipdesk.ui.board.board_model import CaseIdRole
from sipdesk.ui.main_window import MainWindow

NAMES = ("Elsa Lind", "Noah Ek", "Maja Holm", "Ebba Sjöström", "Liam Åberg", "Saga Öst")


def _cards() -> list[Card]:
    cards = []
    for i in range(60):
        first, last = NAMES[i % len(NAMES)].split()
        due = DueItem(due=date(2026, 11, 1 + i % 20), case_reference=f"SIP-2026-{i:04d}",
                      kind=DueKind.NEXT_STEP, text="Nästa steg", overdue=i % 4 == 0, case_id=i)
        cards.append(Card(
            id=i, reference=f"SIP-2026-{i:04d}", stage=Stage(1 + i % 6),
            full_name=f"{first} {last}", initials=f"{first[0]}.{last[0]}.",
            question=f"Hur får {first} stöd i skolan?", next_due=due if i % 3 else None,
            flags=(Flag.NO_ANSWER,) if i % 5 == 0 else (),
            organisations=("BUP Norrby",) if i % 2 else ("Ekbackaskolan",),
            coordinator="Karin" if i % 3 else "Johan",
            # Skatteverket's test personnummer, not real people's.
            personnummer="20121212-1212" if i % 7 == 0 else "20100101-0101",
            archived=False))
    return cards


QUERIES = [
    CardQuery(), CardQuery(text="s"), CardQuery(text="Sjö"), CardQuery(text="  SJÖSTRÖM "),
    CardQuery(text="1212"), CardQuery(text="1212-12"), CardQuery(text="121"),
    CardQuery(text="sip-2026-001"), CardQuery(text="bup"), CardQuery(coordinator="Johan"),
    CardQuery(needs_attention=True), CardQuery(organisation="BUP Norrby"),
    CardQuery(stage=Stage.MEETING), CardQuery(text="a", coordinator="Karin",
                                              needs_attention=True, organisation="Ekbackaskolan"),
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_one_pass_finds_exactly_the_cards_matches_finds(query):
    cards = _cards()
    keys = [search_key(c) for c in cards]
    assert matching_rows(query, cards, keys) == [
        i for i, c in enumerate(cards) if query.matches(c, keys[i])]


def test_typing_on_narrows_and_only_then():
    cards = _cards()
    keys = [search_key(c) for c in cards]
    steps = ["", "S", "Sj", "Sjö", "Sjös", "1", "12", "121", "1212", "1212-", "1212-1"]
    for before, after in zip(steps, steps[1:], strict=False):
        q_before, q_after = CardQuery(text=before), CardQuery(text=after)
        if narrows(q_after, q_before):
            found_before = matching_rows(q_before, cards, keys)
            assert matching_rows(q_after, cards, keys, found_before) == \
                matching_rows(q_after, cards, keys)
    assert not narrows(CardQuery(text="1212"), CardQuery(text="121"))  # digits start to count
    assert not narrows(CardQuery(text="Sj"), CardQuery(text="Sjö"))  # erasing widens
    assert not narrows(CardQuery(text="Sjö", coordinator="Karin"), CardQuery(text="Sj"))


def _case(ws, first, last, question="Hur får barnet stöd i skolan?", **kw):
    return ws.cases.create(first_name=first, last_name=last, question=question, **kw)


@pytest.fixture
def window(qtbot, ws, ops):
    for first, last in (("Elsa", "Lind"), ("Ebba", "Sjöström"), ("Noah", "Ek"),
                        ("Saga", "Sjöberg")):
        _case(ws, first, last)
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.board.is_loaded
    return win


def _names(window, stage=Stage.NEED_FOUND) -> list[str]:
    view = window.board.view_of(stage)
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_shows_the_matching_cards_and_the_count_says_how_many(window):
    board = window.board
    board.search.setText("sjö")
    assert _names(window) == ["Ebba Sjöström", "Saga Sjöberg"]
    assert board.columns[Stage.NEED_FOUND].count.text() == "2 av 4"
    board.search.setText("sjös")
    assert _names(window) == ["Ebba Sjöström"]
    board.search.setText("")
    assert _names(window) == ["Elsa Lind", "Ebba Sjöström", "Noah Ek", "Saga Sjöberg"]
    assert board.columns[Stage.NEED_FOUND].count.text() == "4"


def test_the_selected_card_stays_selected_while_it_still_matches(window):
    board = window.board
    view = board.view_of(Stage.NEED_FOUND)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Saga Sjöberg")
    view.selectionModel().setCurrentIndex(model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    saga = view.current_case_id()
    board.search.setText("sjö")
    assert view.current_case_id() == saga
    assert view.selectionModel().isSelected(view.currentIndex())
    board.search.setText("sjöberg")
    assert view.current_case_id() == saga
    board.search.setText("Elsa")
    assert view.current_case_id() is None  # filtered out: nothing is current
    board.search.setText("")
    assert _names(window)[0] == "Elsa Lind"


def test_a_new_case_that_does_not_match_the_search_stays_hidden_but_counts(qtbot, window):
    board = window.board
    board.search.setText("sjö")
    # Made through the seam, as the new-case dialog does: the board hears of it by Changes.
    window.ops.write(board, lambda ws: _case(ws, "Liam", "Åberg"), lambda _case: None)
    qtbot.waitUntil(lambda: board.model.count() == 5, timeout=3000)
    assert _names(window) == ["Ebba Sjöström", "Saga Sjöberg"]
    assert board.columns[Stage.NEED_FOUND].count.text() == "2 av 5"
    window.ops.write(board, lambda ws: _case(ws, "Alva", "Sjövall"), lambda _case: None)
    qtbot.waitUntil(lambda: board.model.count() == 6, timeout=3000)
    assert _names(window) == ["Ebba Sjöström", "Saga Sjöberg", "Alva Sjövall"]
    board.search.setText("")
    assert "Liam Åberg" in _names(window)


def test_a_moved_card_follows_the_search_into_its_new_column(window, ws):
    board = window.board
    ebba = next(c for c in ws.cases.all() if c.child.first_name == "Ebba")
    board.search.setText("sjö")
    board.move_case(ebba.id, int(Stage.CONSENT_AND_PLANNING))
    assert board.visible_case_ids(Stage.CONSENT_AND_PLANNING) == [ebba.id]
    assert _names(window) == ["Saga Sjöberg"]
    column = board.columns[Stage.CONSENT_AND_PLANNING]
    view = column.view
    assert view.current_case_id() == ebba.id  # the moved card is the current one there
    assert view.model().index(0, 0).data(CaseIdRole) == ebba.id
