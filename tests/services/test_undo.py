"""Undo lives beside the services: per case, through the services, kept when a window closes."""

from __future__ import annotations

import pytest

from sipdesk.services.undo import NothingToUndo, UndoStep


@pytest.fixture
def case(ws):
    return ws.cases.create(first_name="Elsa", last_name="Lind", question="Första frågan")


def _edit(ws, case_id, old, new, *, open=False):
    ws.cases.update(case_id, question=new)
    ws.undo.push(UndoStep(
        "Ändra frågeställningen", case_id,
        undo=lambda w: w.cases.update(case_id, question=old),
        redo=lambda w: w.cases.update(case_id, question=new),
        key="question", open=open,
    ))


def test_undo_and_redo_go_through_the_store(ws, case):
    _edit(ws, case.id, "Första frågan", "Andra frågan")
    assert ws.undo.status(case.id).undo_label == "Ändra frågeställningen"
    ws.undo.undo(ws, case.id)
    assert ws.cases.get(case.id).question == "Första frågan"
    ws.undo.redo(ws, case.id)
    assert ws.cases.get(case.id).question == "Andra frågan"


def test_one_burst_of_typing_is_one_step(ws, case):
    _edit(ws, case.id, "Första frågan", "Första frågan i", open=True)
    _edit(ws, case.id, "Första frågan i", "Första frågan i dag", open=True)
    ws.undo.close(case.id, "question")
    _edit(ws, case.id, "Första frågan i dag", "Något annat")
    ws.undo.undo(ws, case.id)
    assert ws.cases.get(case.id).question == "Första frågan i dag"
    ws.undo.undo(ws, case.id)
    assert ws.cases.get(case.id).question == "Första frågan"
    assert not ws.undo.status(case.id).can_undo


def test_each_case_has_its_own_history_and_nothing_left_says_so(ws, case):
    other = ws.cases.create(first_name="Ali", last_name="Ek", question="x")
    _edit(ws, case.id, "Första frågan", "Andra frågan")
    assert not ws.undo.status(other.id).can_undo
    with pytest.raises(NothingToUndo) as nothing:
        ws.undo.undo(ws, other.id)
    assert "inget att ångra" in str(nothing.value)


def test_a_new_change_after_undo_drops_the_redo(ws, case):
    _edit(ws, case.id, "Första frågan", "Andra frågan")
    ws.undo.undo(ws, case.id)
    _edit(ws, case.id, "Första frågan", "Tredje frågan")
    assert not ws.undo.status(case.id).can_redo
