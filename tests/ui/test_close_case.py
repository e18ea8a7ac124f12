"""The one close dialog: the reason checked against the stage, the close stored through ops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.enums import CloseReason, Stage
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from tests.ui.conftest import settle


@pytest.fixture
def case(ws):
    # A fictional child.
    return ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")


def _dialog(qtbot, operations, case_id, stage):
    d = CloseCaseDialog(operations, case_id, stage=stage)
    qtbot.addWidget(d)
    d.show()
    return d


def test_goals_reached_is_refused_before_the_follow_up(qtbot, ws, ops, case):
    d = _dialog(qtbot, ops, case.id, Stage.NEED_FOUND)
    assert d.chosen()[0] is not CloseReason.GOALS_REACHED  # opens on an allowed reason
    assert d.ok_button.isEnabled()
    d.reason.setCurrentIndex(d.reason.findData(CloseReason.GOALS_REACHED))
    assert "följts upp" in d.reason_error.text() and d.reason_error.isVisible()
    assert not d.ok_button.isEnabled()
    d.accept()  # even forced
    assert not ws.cases.get(case.id).archived


def test_the_services_refusal_is_shown_and_the_dialog_stays(qtbot, ws, ops, case):
    d = _dialog(qtbot, ops, case.id, None)  # the stage is not known to the dialog
    d.reason.setCurrentIndex(d.reason.findData(CloseReason.GOALS_REACHED))
    d.note.setText("Klart.")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() != d.DialogCode.Accepted and d.isVisible()
    assert "följts upp" in d.failure.text()
    assert d.note.text() == "Klart."
    assert not ws.cases.get(case.id).archived


def test_closing_stores_the_reason_and_can_be_undone(qtbot, ws, ops, case):
    d = _dialog(qtbot, ops, case.id, Stage.NEED_FOUND)
    d.reason.setCurrentIndex(d.reason.findData(CloseReason.MOVED))
    d.note.setText("Familjen har flyttat.")
    with qtbot.waitSignal(d.accepted):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.chosen() == (CloseReason.MOVED, "Familjen har flyttat.")
    closed = ws.cases.get(case.id)
    assert closed.archived and closed.close_reason is CloseReason.MOVED
    assert any("Familjen har flyttat." in e.text for e in closed.history)
    ops.undo(None, case.id)
    assert not ws.cases.get(case.id).archived


def test_closing_on_the_worker_thread(qtbot, ws, live_ops, statements, case):
    statements.clear()
    d = _dialog(qtbot, live_ops, case.id, Stage.NEED_FOUND)
    d.reason.setCurrentIndex(d.reason.findData(CloseReason.CONSENT_ENDED))
    with qtbot.waitSignal(d.accepted, timeout=5000):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    assert statements.threads and statements.on_gui_thread() == 0
    assert ws.cases.get(case.id).archived and d.case.archived
