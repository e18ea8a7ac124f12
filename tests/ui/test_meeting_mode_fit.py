"""Meeting mode on a 1366x768 laptop and a 1920x1080 screen: which meeting it is can be
read whole, and Tab goes from control to control without stopping on a scroll area."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from tests.ui.conftest import settle
from tests.ui.test_accessible_names import _meeting_case
from tests.ui.test_reading_order import tab_chain

pytestmark = pytest.mark.demo_data(cases=12)

SIZES = [(1366, 728), (1920, 1040)]  # the screens less a taskbar
LONG_PLACE = ("Norrby kommuns familjecentral, Storgatan 12, ingång C, plan 3, "
              "samtalsrummet längst in till vänster i korridoren")


def _open(qtbot, ops, meeting_id: int, size: tuple[int, int]) -> MeetingModeWindow:
    mm = MeetingModeWindow(ops, meeting_id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(mm)
    mm.resize(*size)
    mm.show()
    qtbot.waitUntil(lambda: mm.editor.is_open, timeout=5000)
    settle(qtbot, ops)
    qtbot.wait(20)  # layouts settle
    return mm


def _unread_part(label: QLabel) -> str:
    """'' when the label's whole text can be seen; otherwise what is missing and why."""
    room = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000),
                                      int(Qt.TextFlag.TextWordWrap), label.text())
        if needed.height() > room.height() or needed.width() > room.width():
            return f"wrapped it needs {needed.width()}x{needed.height()}, has {room.size()}"
        return ""
    width = metrics.horizontalAdvance(label.text())
    return f"needs {width} px, has {room.width()}" if width > room.width() else ""


def _title_problems(mm: MeetingModeWindow) -> list[str]:
    editor = mm.editor
    title = editor.title
    protocol = editor.protocol
    assert protocol is not None
    problems = []
    if protocol.child_name not in title.text() or protocol.place.strip() not in title.text():
        problems.append(f"the title does not name the meeting: {title.text()!r}")
    if not title.isVisible():
        problems.append("the title is hidden")
    missing = _unread_part(title)
    if missing and title.toolTip() != title.text():
        problems.append(f"the title is cut ({missing}) and its tooltip does not hold it")
    elif missing:
        problems.append(f"the title is cut ({missing}): only a mouse can read it")
    return problems


@pytest.fixture(params=[None, 10.0], ids=["default-font", "10pt"])
def font(request, qapp):
    """Qt's default font, and the 10 pt many Linux desktops use."""
    before = QFont(qapp.font())
    if request.param is not None:
        bigger = QFont(before)
        bigger.setPointSizeF(request.param)
        qapp.setFont(bigger)
    yield request.param
    qapp.setFont(before)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_the_title_says_which_meeting_it_is_whole(qtbot, ops, ws, font, size):
    _, meeting = _meeting_case(ws)
    mm = _open(qtbot, ops, meeting.id, size)
    problems = _title_problems(mm)
    assert mm.width() <= size[0] and mm.minimumSizeHint().width() <= size[0]
    mm.close()
    assert problems == [], "\n".join(problems)


def test_a_long_place_wraps_rather_than_being_cut_at_1366(qtbot, ops, ws):
    """A meeting booked with a long description of the room: still readable whole,
    and the window no wider than the laptop's screen."""
    _, meeting = _meeting_case(ws)
    ws.meetings.update(meeting.id, dataclasses.replace(ws.meetings.get(meeting.id),
                                                       place=LONG_PLACE))
    mm = _open(qtbot, ops, meeting.id, SIZES[0])
    problems = _title_problems(mm)
    title = mm.editor.title
    width, height = mm.width(), mm.minimumSizeHint().width()
    more_than_a_line = title.contentsRect().height() > title.fontMetrics().height() * 1.5
    mm.close()
    assert problems == [], "\n".join(problems)
    assert more_than_a_line  # it wrapped: one line of 1366 px cannot hold it
    assert width <= 1366 and height <= 1366


def _scroll_areas(top: QWidget) -> list[QScrollArea]:
    """The plain scroll areas (not text fields or tables, which are controls)."""
    return [a for a in top.findChildren(QScrollArea) if type(a) is QScrollArea]


def test_tab_never_stops_on_a_scroll_area(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    mm = _open(qtbot, ops, meeting.id, SIZES[0])
    mm.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mm)
    areas = _scroll_areas(mm)
    assert len(areas) >= 2  # the form's and the agenda's
    taking_tab = [a.objectName() for a in areas if a.focusPolicy() & Qt.FocusPolicy.TabFocus]
    first = mm.editor.agenda_button
    chain = tab_chain(qtbot, first, 120)
    mm.close()
    assert taking_tab == []
    landed = [w.objectName() or type(w).__name__ for w in chain if isinstance(w, QScrollArea)
              and type(w) is QScrollArea]
    assert landed == [], landed
    assert len(chain) > 20  # Tab did go round the form's controls


def test_tab_never_stops_on_a_scroll_area_when_ending_the_meeting(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    mm = _open(qtbot, ops, meeting.id, SIZES[0])
    end = mm.editor.open_meeting_end()
    assert end is not None
    settle(qtbot, ops)
    end.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is end)
    taking_tab = [a for a in _scroll_areas(end) if a.focusPolicy() & Qt.FocusPolicy.TabFocus]
    chain = tab_chain(qtbot, end.close_button, 60)
    end.close()
    mm.close()
    assert taking_tab == []
    assert [w for w in chain if type(w) is QScrollArea] == []
    assert len(chain) > 3
