"""Meeting mode from the main window: opened from a case's meeting, in its own window."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.enums import Stage
from sipdesk.services.workspace import Workspace
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.tasks import TaskManager


@pytest.fixture
def window(qtbot):
    with Workspace.demo(cases=12, clock=lambda: date(2026, 11, 23)) as ws:
        win = MainWindow(ws, tasks=TaskManager(synchronous=True))
        qtbot.addWidget(win)
        win.show()
        yield win, ws
        win.close()


def test_protocol_opens_in_its_own_window_and_its_text_is_stored(qtbot, window):
    win, ws = window
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    win.open_case(case.id)
    win.record.tabs.setCurrentWidget(win.record.meetings_tab)
    win.record.meetings_tab.protocol_button.click()
    mode = win.meeting_mode
    assert mode is not None and mode.isWindow() and mode.isVisible()
    assert mode.meeting_id == case.meetings[0].id
    assert win.surfaces()["ProtocolEditor"] is mode.editor

    mode.editor.section_edits["current_situation"].setPlainText("Går till skolan tre dagar.")
    mode.close()  # stores what is pending, closes the projector too
    assert win.meeting_mode is None
    plan = ws.cases.get(case.id).current_plan
    assert plan.sections["current_situation"] == "Går till skolan tre dagar."
    assert plan.meeting_id == case.meetings[0].id


def test_projector_is_listed_once_opened_and_closes_with_meeting_mode(qtbot, window):
    win, ws = window
    case = next(c for c in ws.cases.all() if c.meetings)
    win.open_case(case.id)
    mode = win.open_meeting_mode(case.meetings[0].id, screens=ScreenList.from_rects([]))
    projector = mode.editor.open_projector()
    assert win.surfaces()["ProjectorWindow"] is projector and projector.isVisible()
    mode.close()
    assert not projector.isVisible()
