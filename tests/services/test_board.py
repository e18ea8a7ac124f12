"""The board service: cards and the Today list, checked against the whole-case rules."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.board_facts import case_facts
from sipdesk.domain.deadlines import due_across, next_due
from sipdesk.domain.entities import Consent
from sipdesk.domain.enums import CloseReason, ConsentForm, Stage
from sipdesk.domain.flags import Flag, case_flags
from sipdesk.services.board import BoardService, CardQuery
from sipdesk.services.errors import MoveRefused
from sipdesk.services.workspace import Workspace
from sipdesk.store import board_queries
from tests.services.conftest import TODAY


def _case(ws, **kw):
    args = dict(first_name="Elsa", last_name="Lind", question="Hur får Elsa\nstöd i skolan?")
    args.update(kw)
    return ws.cases.create(**args)


def test_a_card_for_each_open_case(ws, network):
    # 20121212-1212 is a Skatteverket test personnummer.
    elsa = _case(ws, personnummer="20121212-1212", coordinator="Karin Åkesson")
    ws.cases.add_to_network(elsa.id, network["psykolog"].id)
    ws.cases.add_to_network(elsa.id, network["mentor"].id)
    gone = _case(ws, first_name="Noah", last_name="Ek")
    ws.cases.close(gone.id, CloseReason.MOVED)

    cards = BoardService(ws).cards()
    assert [c.id for c in cards] == [elsa.id]
    card = cards[0]
    assert card.reference == "SIP-2026-0001"
    assert card.stage is Stage.NEED_FOUND
    assert (card.full_name, card.initials) == ("Elsa Lind", "E.L.")
    assert card.question == "Hur får Elsa stöd i skolan?"  # one line
    assert card.organisations == ("BUP Norrby", "Ekbackaskolan")
    assert card.coordinator == "Karin Åkesson"
    assert card.personnummer == "20121212-1212"
    assert not card.archived and card.flags == ()

    with_archived = BoardService(ws).cards(include_archived=True)
    assert {c.id for c in with_archived} == {elsa.id, gone.id}


def test_flags_and_next_due_on_the_card(ws, network):
    case = _case(ws)
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    card = BoardService(ws).cards()[0]
    assert card.flags == (Flag.CONSENT_MISSING,)
    assert card.needs_attention
    assert card.next_due is not None and card.next_due_on == TODAY
    assert "Samtycke saknas" in card.next_due_text


def test_move_delegates_and_refusals_change_nothing(ws, network):
    case = _case(ws, question="")
    board = BoardService(ws)
    with pytest.raises(MoveRefused) as refused:
        board.move(case.id, Stage.CONSENT_AND_PLANNING)
    assert "Frågeställningen saknas" in str(refused.value)
    assert ws.cases.get(case.id).stage is Stage.NEED_FOUND

    ws.cases.update(case.id, question="Hur får Elsa stöd?")
    card = board.move(case.id, Stage.CONSENT_AND_PLANNING).card
    assert card.stage is Stage.CONSENT_AND_PLANNING
    assert ws.cases.get(case.id).stage is Stage.CONSENT_AND_PLANNING


def test_consent_flag_goes_when_consent_is_recorded(ws, network):
    case = _case(ws)
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    ws.cases.record_consent(
        case.id,
        Consent(given_on=date(2026, 11, 1), form=ConsentForm.WRITTEN, by_child=True,
                covered_org_ids=frozenset({network["bup"].id})),
    )
    assert BoardService(ws).card(case.id).flags == ()


@pytest.fixture(scope="module")
def demo():
    with Workspace.demo(cases=60, seed=7, clock=lambda: TODAY) as ws:
        yield ws


def test_lean_cards_agree_with_whole_cases(demo):
    """The board's lean read gives the same due items and flags as whole case graphs."""
    board = BoardService(demo)
    settings = demo.settings.deadlines()
    orgs = demo.directory.organisations_by_id()
    whole = {c.id: c for c in demo.cases.all()}
    snapshot = board.snapshot()
    assert len(snapshot.cards) == len(whole) == 60
    for card in snapshot.cards:
        case = whole[card.id]
        assert card.next_due == next_due(case, TODAY, settings, orgs)
        assert list(card.flags) == case_flags(case, TODAY, settings, orgs)
    assert snapshot.today == due_across(whole.values(), TODAY, settings, orgs)
    assert board.today() == snapshot.today
    assert snapshot.coordinators == ["Johan Ek", "Karin Åkesson"]


def test_the_light_read_maps_columns_as_whole_cases_do(demo):
    """Every column the board reads arrives in its facts exactly as in a whole case."""
    with demo.reading() as s:
        light = board_queries.board_facts(s)
    whole = {c.id: c for c in demo.cases.all()}
    assert len(light) == len(whole) == 60
    for facts in light:
        assert facts == case_facts(whole[facts.id])


def test_today_is_most_urgent_first(demo):
    today = BoardService(demo).today()
    assert today, "the demo data has something due"
    assert today == sorted(today)
    overdue = [item.overdue for item in today]
    assert overdue == sorted(overdue, reverse=True)  # every overdue item before the rest


def test_every_stage_has_cards_in_the_demo(demo):
    cards = BoardService(demo).cards()
    assert {c.stage for c in cards} == set(Stage)


def test_query_matches_name_personnummer_organisation_and_question(ws, network):
    # 20121212-1212 is a Skatteverket test personnummer.
    elsa = _case(ws, personnummer="20121212-1212", coordinator="Karin Åkesson")
    ws.cases.add_to_network(elsa.id, network["psykolog"].id)
    card = BoardService(ws).card(elsa.id)
    for text in ("elsa", "LIND", "elsa lind", "1212-12", "121212", "bup norr", "stöd i skolan",
                 "sip-2026"):
        assert CardQuery(text=text).matches(card), text
    for text in ("noah", "999", "Ekbacka"):
        assert not CardQuery(text=text).matches(card), text
    assert CardQuery(coordinator="Karin Åkesson").matches(card)
    assert not CardQuery(coordinator="Johan Ek").matches(card)
    assert CardQuery(organisation="BUP Norrby").matches(card)
    assert not CardQuery(organisation="Ekbackaskolan").matches(card)
    assert not CardQuery(needs_attention=True).matches(card)
    assert CardQuery(stage=Stage.NEED_FOUND).matches(card)
    assert not CardQuery(stage=Stage.MEETING).matches(card)
    assert CardQuery().is_empty and not CardQuery(text="x").is_empty
