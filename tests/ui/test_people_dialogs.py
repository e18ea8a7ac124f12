"""The guardian and person dialogs: they store through ops, close on success, say no inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Guardian
from sipdesk.ui.dialogs.people import GuardianDialog, PersonDialog
from tests.ui.conftest import settle


@pytest.fixture
def case(ws):
    # A fictional family.
    return ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_adding_a_guardian_stores_it_and_one_undo_takes_it_away(qtbot, ws, ops, case):
    d = _shown(qtbot, GuardianDialog.adding(ops, case.id))
    ok = d.buttons.button(d.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    qtbot.keyClicks(d.name, "Maria Lind")
    qtbot.keyClicks(d.personnummer, "19121212-1212")  # a Skatteverket test number
    assert ok.isEnabled()
    with qtbot.waitSignal(d.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    [stored] = ws.cases.get(case.id).guardians
    assert (stored.name, stored.personnummer) == ("Maria Lind", "19121212-1212")
    assert d.result_value.id == stored.id
    undone = []
    ops.undo(None, case.id, undone.append)
    assert undone == ["Lägg till vårdnadshavare"]
    assert ws.cases.get(case.id).guardians == []
    ops.redo(None, case.id)
    assert [g.name for g in ws.cases.get(case.id).guardians] == ["Maria Lind"]


def test_a_bad_personnummer_is_explained_as_it_is_typed(qtbot, ops, case):
    d = _shown(qtbot, GuardianDialog.adding(ops, case.id))
    qtbot.keyClicks(d.name, "Maria Lind")
    qtbot.keyClicks(d.personnummer, "19121212-1213")
    assert "Kontrollsiffran" in d.pnr_error.text()
    assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()


def test_editing_a_guardian_can_be_undone(qtbot, ws, ops, case):
    old = ws.cases.add_guardian(case.id, Guardian("Maria Lind", phone="070-111 11 11"))
    d = _shown(qtbot, GuardianDialog.editing(ops, case.id, old))
    d.phone.setText("070-222 22 22")
    d.accept()
    assert d.result() == d.DialogCode.Accepted
    assert ws.cases.get(case.id).guardians[0].phone == "070-222 22 22"
    ops.undo(None, case.id)
    assert ws.cases.get(case.id).guardians[0].phone == "070-111 11 11"


def test_a_refused_guardian_keeps_the_dialog_open(qtbot, ws, ops, case):
    d = _shown(qtbot, GuardianDialog(ops, lambda ws_, g: ws_.cases.add_guardian(case.id + 99, g)))
    qtbot.keyClicks(d.name, "Maria Lind")
    d.accept()
    assert d.result() != d.DialogCode.Accepted and d.isVisible()
    assert d.failure.text() == f"Ärendet {case.id + 99} finns inte."
    assert d.name.text() == "Maria Lind"
    assert ws.cases.get(case.id).guardians == []


def test_a_person_is_stored_on_the_worker_thread(qtbot, ws, live_ops, statements):
    statements.clear()
    d = _shown(qtbot, PersonDialog.adding(live_ops))
    settle(qtbot, live_ops)
    qtbot.keyClicks(d.name, "Sara Dahl")
    qtbot.keyClicks(d.profession, "kurator")
    with qtbot.waitSignal(d.accepted, timeout=5000):
        d.accept()
    settle(qtbot, live_ops)
    assert statements.threads and statements.on_gui_thread() == 0
    assert [p.name for p in ws.directory.people()] == ["Sara Dahl"]
    assert d.result_value.name == "Sara Dahl"
