"""The board and the record's read carry a lease: marked, and a move of it refused plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from sipdesk.domain.board import TakenAlong
from sipdesk.domain.enums import Stage
from sipdesk.domain.errors import MoveRefused
from tests.server.test_take_along import (  # noqa: F401 - fixtures
    UNTIL,
    LeaseServer,
    a_case_with_a_plan,
    laptop,
    lease_server,
    open_as,
)


def test_cards_carry_the_lease_on_the_server_and_on_the_laptop(
        lease_server: LeaseServer, laptop, tmp_path: Path) -> None:  # noqa: F811
    with open_as(lease_server, "anna", tmp_path / "anna") as ws:
        case_id = a_case_with_a_plan(ws)
        local_id = ws.takealong.take_along(case_id, laptop, UNTIL)
        try:
            with open_as(lease_server, "cilla", tmp_path / "cilla") as cilla:
                away = TakenAlong("anna", UNTIL, here=False)
                card = next(c for c in cilla.board.cards() if c.id == case_id)
                assert card.taken_along == away
                assert cilla.board.card(case_id).taken_along == away  # one card re-read
                assert cilla.takealong.mark_of(case_id) == away
                with pytest.raises(MoveRefused, match="taget med av anna till 2026-11-30"):
                    cilla.board.move(case_id, Stage(min(int(card.stage) + 1, 6)))
                others = [c for c in cilla.board.cards() if c.id != case_id]
                assert all(c.taken_along is None for c in others)
            here = next(c for c in laptop.board.cards() if c.id == local_id)
            assert here.taken_along == TakenAlong("anna", UNTIL, here=True)
        finally:
            ws.takealong.give_back(case_id, laptop)
        assert ws.board.card(case_id).taken_along is None
