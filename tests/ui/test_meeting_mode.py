"""Meeting mode from the main window: opened from a case's meeting, in its own window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.projector import DEFAULT_FONT_PX, FONT_STEP_PX
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from tests.ui.conftest import settle

SCREENS = [QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080), QRect(3286, 0, 1280, 1024)]


# Every test here works on a copy of one store of 12 demo cases, made once.
pytestmark = pytest.mark.demo_data(cases=12)


@pytest.fixture
def demo(ws):
    return ws


@pytest.fixture
def window(qtbot, demo, ops):
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    yield win, demo
    win.close()


def _first_sip(ws) -> tuple[int, int]:
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    return case.id, next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id


def _mode(qtbot, ops, meeting_id, screens=None) -> MeetingModeWindow:
    mode = MeetingModeWindow(ops, meeting_id, screens=screens or ScreenList.from_rects([]))
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitUntil(lambda: mode.editor.is_open, timeout=5000)
    return mode


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


def test_title_names_the_case_once_the_meeting_is_open(qtbot, demo, live_ops, statements):
    case_id, meeting_id = _first_sip(demo)
    reference = demo.cases.get(case_id).reference
    statements.clear()
    mode = MeetingModeWindow(live_ops, meeting_id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(mode)
    mode.show()
    assert mode.windowTitle() == "Mötesläge"  # nothing read on this thread to say more
    assert mode.objectName() == "MeetingModeWindow" and mode.editor.objectName() == \
        "ProtocolEditor"
    qtbot.waitUntil(lambda: mode.windowTitle() == f"Mötesläge – {reference}", timeout=5000)
    settle(qtbot, live_ops)
    assert statements.on_gui_thread() == 0


def test_closing_hands_pending_typing_to_the_worker_which_finishes_it(qtbot, demo, live_ops):
    case_id, meeting_id = _first_sip(demo)
    mode = _mode(qtbot, live_ops, meeting_id)
    closed: list[int] = []
    mode.closed.connect(closed.append)
    mode.editor.section_edits["obstacles"].setPlainText("Trött på morgonen.")
    assert mode.editor.has_unsaved
    mode.close()
    live_ops.shutdown()  # as the program ends: every queued write is finished first
    assert closed == [meeting_id]
    assert demo.cases.get(case_id).current_plan.sections["obstacles"] == "Trött på morgonen."


def test_projector_screen_and_type_size_are_remembered(qtbot, demo, ops):
    _case_id, meeting_id = _first_sip(demo)
    first = _mode(qtbot, ops, meeting_id, ScreenList.from_rects(SCREENS))
    choice = first.editor.screen_choice
    assert choice.currentData() == 1  # the first screen that is not the laptop's
    choice.setCurrentIndex(choice.findData(2))
    projector = first.editor.open_projector()  # a child of the editor: closed with it
    first.editor.step_font(2)
    assert projector.font_px == DEFAULT_FONT_PX + 2 * FONT_STEP_PX
    first.close()

    again = _mode(qtbot, ops, meeting_id, ScreenList.from_rects(SCREENS))
    assert again.editor.screen_choice.currentData() == 2
    projector = again.editor.open_projector()
    assert projector.font_px == DEFAULT_FONT_PX + 2 * FONT_STEP_PX
    again.close()


def test_a_remembered_screen_that_is_gone_falls_back(qtbot, demo, ops):
    _case_id, meeting_id = _first_sip(demo)
    first = _mode(qtbot, ops, meeting_id, ScreenList.from_rects(SCREENS))
    first.editor.screen_choice.setCurrentIndex(2)
    first.editor.open_projector()
    first.close()
    again = _mode(qtbot, ops, meeting_id, ScreenList.from_rects(SCREENS[:2]))
    assert again.editor.screen_choice.currentData() == 1
    again.close()
