"""The GUI thread never runs SQL: every read and write goes through the one store worker.

Walked as a coordinator would, with the real worker thread: the board loads,
a case opens, a field is edited, a card is moved, meeting mode opens and a
plan is exported. Every SQL statement the store executes is counted by the
thread that executed it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle


@pytest.fixture
def demo(ws):
    return ws


@pytest.mark.demo_data(cases=12)
def test_no_sql_on_the_gui_thread_through_a_working_session(qtbot, demo, live_ops, statements,
                                                             tmp_path):
    case = next(c for c in demo.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id
    mover = next(c for c in demo.cases.all() if c.stage is Stage.NEED_FOUND and c.question)
    statements.clear()  # what the test itself set up above does not count

    window = MainWindow(live_ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.board.is_loaded, timeout=10000)

    window.open_case(case.id)
    record = window.record
    settle(qtbot, live_ops)
    record.tabs.setCurrentIndex(1)
    field = record.question
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " Och i skolan?")
    qtbot.wait(1200)  # past the autosave's maximum wait
    settle(qtbot, live_ops)

    window.board.move_case(mover.id, int(Stage.CONSENT_AND_PLANNING))
    settle(qtbot, live_ops)

    meeting_mode = window.open_meeting_mode(meeting_id)
    qtbot.waitUntil(lambda: bool(meeting_mode.editor.section_edits), timeout=10000)
    settle(qtbot, live_ops)

    panel = record.plan_versions
    target = tmp_path / "plan.pdf"
    panel._choose_path = lambda *_args: target
    panel.export_plan.click()
    qtbot.waitUntil(target.exists, timeout=20000)
    settle(qtbot, live_ops)

    meeting_mode.close()
    window.close()
    settle(qtbot, live_ops)
    assert statements.threads, "the store was never used: the walk did not happen"
    assert statements.on_gui_thread() == 0
    # And the walk did what a coordinator would see (read now, after the count).
    assert demo.cases.get(case.id).question.endswith("Och i skolan?")
    assert demo.cases.get(mover.id).stage is Stage.CONSENT_AND_PLANNING


def test_the_counter_sees_sql_on_the_gui_thread(ws, statements):
    """The count is real: a read made on the GUI thread is seen."""
    statements.clear()
    ws.cases.all()  # deliberately on the GUI thread
    assert statements.on_gui_thread() > 0
