"""Every main surface fits a 1366x768 laptop (minus a taskbar) without horizontal scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from tests.ui.conftest import settle

pytestmark = pytest.mark.demo_data(cases=12)

WIDTH, HEIGHT = 1366, 728  # 768 less a taskbar


@pytest.fixture(autouse=True, params=[None, 10.0], ids=["default-font", "10pt"])
def font(request, qapp):
    """Qt's default font here, and the 10 pt that many Linux desktops use."""
    before = QFont(qapp.font())
    if request.param is not None:
        bigger = QFont(before)
        bigger.setPointSizeF(request.param)
        qapp.setFont(bigger)
    yield request.param
    qapp.setFont(before)


def _scrolling_sideways(top: QWidget) -> list[str]:
    """Every visible scroll area under `top` that would scroll sideways."""
    found = []
    for area in top.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(top):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            name = area.objectName() or type(area).__name__
            parent = area.parentWidget()
            while parent is not None and not parent.objectName():
                parent = parent.parentWidget()
            found.append(f"{name} in {parent.objectName() if parent else '?'} "
                         f"(scrolls {bar.maximum()} px)")
    return found


def _fits(qtbot, ops, top: QWidget, what: str) -> None:
    top.resize(WIDTH, HEIGHT)
    top.show()
    settle(qtbot, ops)
    qtbot.wait(20)  # layouts settle
    assert top.minimumSizeHint().width() <= 1366, f"{what} needs {top.minimumSizeHint().width()}"
    assert top.width() <= 1366, f"{what} grew to {top.width()} px"
    assert _scrolling_sideways(top) == [], what


def _meeting_case(ws):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    return case, next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)


@pytest.fixture
def window(qtbot, ops):
    win = MainWindow(ops)
    qtbot.addWidget(win)
    yield win
    win.close()


def test_board_and_today_list_fit(qtbot, ops, window):
    _fits(qtbot, ops, window, "the board and the Today list")
    assert window.board.isVisible() and window.today.isVisible()


def test_every_tab_of_the_case_record_fits(qtbot, ops, ws, window):
    case, _ = _meeting_case(ws)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.open_case(case.id)
    record = window.record
    assert record is not None
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        _fits(qtbot, ops, window, f"the record's tab {record.tabs.tabText(index)!r}")


def test_response_tracker_on_the_meeting_day_fits(qtbot, ops, ws, window):
    case, meeting = _meeting_case(ws)
    ws.clock = lambda: meeting.date  # the meeting day: Närvaro is the column in use
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.open_case(case.id)
    record = window.record
    assert record is not None
    record.tabs.setCurrentWidget(record.meetings_tab)
    _fits(qtbot, ops, window, "the response tracker on the meeting day")
    tracker = window.surfaces()["ResponseTracker"]
    assert tracker.isVisible() and tracker.model.rowCount() > 0


def test_meeting_mode_fits_and_does_not_grow_while_typing(qtbot, ops, ws, window):
    _, meeting = _meeting_case(ws)
    mode = window.open_meeting_mode(meeting.id, screens=ScreenList.from_rects([]))
    qtbot.waitUntil(lambda: mode.editor.is_open, timeout=5000)
    _fits(qtbot, ops, mode, "meeting mode")
    editor = mode.editor
    long_line = "Barnet vill ha en vuxen att prata med på rasterna " * 12
    for key, edit in editor.section_edits.items():
        editor.focus_section(key)
        edit.setPlainText(long_line + "Ordet" + "x" * 200)
    for edit in editor.note_edits.values():
        edit.setPlainText(long_line)
    editor.add_action_row()
    editor.set_blank(True)  # "Visa skärmen igen (F8)" is longer than "Pausa skärmen (F8)"
    editor.save_status.setText("Inte sparat: " + long_line)  # a long refusal
    settle(qtbot, ops)
    qtbot.wait(20)
    assert mode.width() <= 1366 and mode.minimumSizeHint().width() <= 1366
    assert _scrolling_sideways(mode) == []
    assert editor.save_status.toolTip().startswith("Inte sparat")  # cut, whole in the tooltip
    editor.show_agenda(False)  # the agenda folds away, the form takes the room
    assert not editor.agenda_panel.isVisible()
    editor.show_agenda(True)
    assert editor.agenda_panel.isVisible()
    mode.close()


def test_statistics_view_fits(qtbot, ops, window):
    window.resize(WIDTH, HEIGHT)
    window.show()
    view = window.show_statistics()
    assert view.objectName() == "StatisticsView"
    qtbot.waitUntil(lambda: view.is_loaded, timeout=5000)
    _fits(qtbot, ops, window, "the statistics view")
