"""Tab visits every control of a surface in reading order, as a keyboard user reads it.

Reading order: top to bottom, and within a row left to right. A layout in
columns is read column by column: Tab may go up only to start a column further
right. Every visible, enabled control that takes Tab focus must be reached.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)

from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.dialogs.people import GuardianDialog, PersonDialog
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from sipdesk.ui.meetings.invite_dialog import InviteDialog
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from tests.ui.conftest import settle
from tests.ui.test_accessible_names import _meeting_case, _operable, _show

pytestmark = pytest.mark.demo_data(cases=12)

TOLERANCE = 6  # px: controls of one row are not all exactly as tall


def _owner(widget: QWidget | None) -> QWidget | None:
    """The control a focused part belongs to (a combo box's line edit, a spin box's)."""
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return parent
        parent = parent.parentWidget()
    return widget


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or (widget.text() if hasattr(widget, "text")
                                       and callable(widget.text) else "")
    return f"{widget.objectName() or type(widget).__name__}:{text}"[:60]


def tab_chain(qtbot, first: QWidget, steps: int) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen: list[QWidget] = []
    for _ in range(steps):
        widget = _owner(QApplication.focusWidget())
        if widget is not None and (not seen or seen[-1] is not widget):
            seen.append(widget)
        focus = QApplication.focusWidget()
        if focus is None:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def _group_reached(widget: QWidget, chain: list[QWidget]) -> bool:
    """Radio buttons of one group are one Tab stop; the arrow keys move within it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    members = group.buttons() if group is not None else [
        b for b in widget.parentWidget().findChildren(QRadioButton) if b.autoExclusive()]
    return any(b in chain for b in members)


def order_problems(chain: list[QWidget], fields: list[QWidget]) -> list[str]:
    """Steps of `chain` that go back (up in the same column, or left in a row),
    and the `fields` it never reaches."""
    problems = [f"not reached: {_name(w)}" for w in fields
                if w not in chain and not _group_reached(w, chain)]
    visited: list[QWidget] = []
    for widget in chain:  # each control at its first visit, only those of the surface
        if widget in fields and widget not in visited:
            visited.append(widget)
    for a, b in zip(visited, visited[1:], strict=False):
        ra, rb = _rect(a), _rect(b)
        above = rb.bottom() < ra.top() + TOLERANCE
        same_row = not above and rb.top() < ra.bottom() - TOLERANCE and (
            ra.top() < rb.bottom() - TOLERANCE)
        new_column = rb.left() >= ra.right() - TOLERANCE
        if (above and not new_column) or (same_row and rb.right() <= ra.left() + TOLERANCE):
            problems.append(f"{_name(a)} {ra.getRect()} -> {_name(b)} {rb.getRect()}")
    return problems


def _first(fields: list[QWidget]) -> QWidget:
    return min(fields, key=lambda w: (_rect(w).top() // 12, _rect(w).left()))


def _check(qtbot, top: QWidget, first: QWidget | None = None,
           fields: list[QWidget] | None = None) -> list[str]:
    fields = fields if fields is not None else [
        w for w in _operable(top) if not isinstance(w, QTabBar)]
    assert fields, top.objectName()
    chain = tab_chain(qtbot, first or _first(fields), len(fields) * 6 + 20)
    return order_problems(chain, fields)


def test_the_check_finds_a_step_back_and_an_unreachable_control(qtbot):
    """The rule itself: a form whose Tab goes from the lower field up to the upper one."""
    form = QWidget()
    layout = QFormLayout(form)
    upper, lower, skipped = QLineEdit(), QLineEdit(), QLineEdit()
    for edit in (upper, lower, skipped):
        layout.addRow("Fält", edit)
    skipped.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    qtbot.addWidget(form)
    form.show()
    QWidget.setTabOrder(lower, upper)
    chain = [lower, upper]
    problems = order_problems(chain, [upper, lower, skipped])
    assert len(problems) == 2 and problems[0].startswith("not reached")
    assert order_problems([upper, lower], [upper, lower]) == []


@pytest.fixture
def window(qtbot, ops):
    win = MainWindow(ops)
    _show(qtbot, ops, win)
    win.activateWindow()
    yield win
    win.close()


def _active(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def test_the_board(qtbot, ops, window):
    _active(qtbot, window)
    problems = _check(qtbot, window.board.window().centralWidget())
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("index", range(9))
def test_each_tab_of_the_case_record(qtbot, ops, ws, window, index):
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    settle(qtbot, ops)
    _active(qtbot, window)
    record = window.record
    assert record is not None
    record.tabs.setCurrentIndex(index)
    settle(qtbot, ops)
    page = record.tabs.currentWidget()
    fields = [w for w in _operable(page) if not isinstance(w, QTabBar)]
    problems = _check(qtbot, record, record.tabs.tabBar(), fields)
    assert problems == [], f"{record.tabs.tabText(index)}:\n" + "\n".join(problems)


def test_the_response_tracker_on_the_meeting_day(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    ws.clock = lambda: meeting.date
    tracker = ResponseTracker(ops, meeting.id)
    _show(qtbot, ops, tracker)
    _active(qtbot, tracker)
    problems = _check(qtbot, tracker)
    assert problems == [], "\n".join(problems)
    tracker.close()


def test_meeting_mode(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    mm = MeetingModeWindow(ops, meeting.id, screens=ScreenList.from_rects([]))
    _show(qtbot, ops, mm)
    qtbot.waitUntil(lambda: mm.editor.is_open, timeout=5000)
    _active(qtbot, mm)
    problems = _check(qtbot, mm)
    mm.close()
    assert problems == [], "\n".join(problems)


def _dialogs(ops, ws):
    case, meeting = _meeting_case(ws)
    person = ws.directory.people()[0]
    return {
        "NewCaseDialog": lambda: NewCaseDialog(ops),
        "OrganisationDirectory": lambda: OrganisationDirectory(ops),
        "GuardianDialog": lambda: GuardianDialog.adding(ops, case.id),
        "PersonDialog": lambda: PersonDialog.editing(ops, person),
        "InviteDialog": lambda: InviteDialog(ops, meeting.id),
        "CloseCaseDialog": lambda: CloseCaseDialog(ops, case.id),
    }


@pytest.mark.parametrize("which", ["NewCaseDialog", "OrganisationDirectory", "GuardianDialog",
                                   "PersonDialog", "InviteDialog", "CloseCaseDialog"])
def test_the_dialogs(qtbot, ops, ws, which):
    dialog = _dialogs(ops, ws)[which]()
    _show(qtbot, ops, dialog)
    dialog.resize(dialog.sizeHint())
    qtbot.wait(10)
    _active(qtbot, dialog)
    problems = _check(qtbot, dialog)
    dialog.close()
    assert problems == [], f"{which}:\n" + "\n".join(problems)
