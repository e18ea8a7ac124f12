"""Text at 200 % on a 1920x1080 screen: meeting mode and the response tracker stay usable.

The agenda's parts are as tall as their wrapped text (not cut to one squeezed line),
the clock is whole, meeting mode fits the screen, the tracker shows whole names and
the case record's tabs fit without scroll arrows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QToolButton

from sipdesk.ui import theme
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from tests.ui.conftest import settle
from tests.ui.test_accessible_names import _meeting_case

pytestmark = pytest.mark.demo_data(cases=12)


@pytest.fixture(autouse=True)
def at_200(qapp):
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    theme._base_font = theme._base_palette = None
    theme.apply_appearance(qapp, high_contrast=False, scale=200)
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    theme._base_font = theme._base_palette = None
    theme._text_scale = 100


def _text_height(label) -> int:
    """What the label's text needs at its width, wrapped as it wraps."""
    flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment().value)
    return label.fontMetrics().boundingRect(
        QRect(0, 0, label.contentsRect().width(), 100_000), flags, label.text()).height()


def test_meeting_mode_agenda_is_whole_and_the_window_fits(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    mm = MeetingModeWindow(ops, meeting.id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(mm)
    mm.resize(1920, 1040)
    mm.show()
    qtbot.waitUntil(lambda: mm.editor.is_open, timeout=5000)
    settle(qtbot, ops)
    qtbot.wait(20)
    panel = mm.editor.agenda_panel
    assert panel is not None and panel.isVisible()
    assert len(panel.rows) > 10
    clipped = [f"{key}: {label.contentsRect().height()} < {_text_height(label)}"
               for key, label in panel.rows.items()
               if label.contentsRect().height() < _text_height(label)]
    assert clipped == [], "\n".join(clipped)
    for label in (panel.status, panel.elapsed):
        assert label.contentsRect().height() >= _text_height(label), label.objectName()
    clock = panel.clock
    assert clock.contentsRect().width() >= clock.fontMetrics().horizontalAdvance(clock.text())
    assert clock.contentsRect().height() >= clock.fontMetrics().height() - 2
    hint = mm.minimumSizeHint()
    assert hint.width() <= 1920 and hint.height() <= 1040, hint
    assert mm.width() <= 1920
    # The restart button is still there under the list, not pushed off.
    restart = next(b for b in panel.findChildren(QToolButton))
    assert restart.isVisible()
    assert restart.mapTo(panel, restart.rect().bottomLeft()).y() <= panel.height()
    mm.close()


def test_the_tracker_shows_whole_names(qtbot, ops, ws):
    case, meeting = _meeting_case(ws)
    ws.clock = lambda: meeting.date
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.resize(1920, 1040)
    window.show()
    window.open_case(case.id)
    settle(qtbot, ops)
    record = window.record
    assert record is not None
    record.tabs.setCurrentWidget(record.meetings_tab)
    settle(qtbot, ops)
    qtbot.wait(20)
    tracker = window.surfaces()["ResponseTracker"]
    assert isinstance(tracker, ResponseTracker)
    view, model = tracker.view, tracker.model
    assert model.rowCount() > 0
    column = 0
    names = [model.index(r, column).data() for r in range(model.rowCount())]
    longest = max(names, key=len)
    font = model.index(names.index(longest), column).data(Qt.ItemDataRole.FontRole)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    needed = QFontMetrics(font or view.font()).horizontalAdvance(longest) + 2 * margin
    # What the item delegate itself needs to draw the widest name without "…".
    needed = max(needed, view.sizeHintForColumn(column))
    assert view.columnWidth(column) >= needed, (longest, view.columnWidth(column), needed)
    window.close()


def test_the_case_record_tabs_fit_without_scroll_arrows(qtbot, ops, ws):
    case, _ = _meeting_case(ws)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.resize(1920, 1040)
    window.show()
    window.open_case(case.id)
    settle(qtbot, ops)
    qtbot.wait(20)
    record = window.record
    assert record is not None
    bar = record.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width(), (last, bar.width())
    # Short titles then, the whole title in the tooltip and for a screen reader.
    assert bar.tabText(0) == "Barnet"
    assert bar.tabToolTip(0) == bar.accessibleTabName(0) == "Barn och vårdnadshavare"
    window.close()
