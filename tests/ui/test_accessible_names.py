"""Every interactive widget of the main surfaces has a name a screen reader can say.

A name is an accessible name, a QLabel buddy, a QFormLayout label, or the
visible text of a button or check box (Qt exposes those). The tests list the
widgets without one, so a failure says which to fix.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from sipdesk.domain.enums import MeetingKind, Response, Stage
from sipdesk.domain.responses import TrackerStatus
from sipdesk.ui.board.board_model import CardRole, DueItemRole
from sipdesk.ui.dialogs.backups import BackupsDialog
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog
from sipdesk.ui.dialogs.keys import KeysDialog
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.dialogs.profile import ProfileDialog
from sipdesk.ui.dialogs.settings import SettingsDialog
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meetings.invite_dialog import InviteDialog
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from tests.ui.conftest import settle

pytestmark = pytest.mark.demo_data(cases=12)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)


def _inside_a_compound(widget: QWidget, top: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo's line edit, a table's corner
    button, a tab bar's scroll arrows): the control they belong to carries the name."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar,
                               QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def _has_buddy(widget: QWidget, top: QWidget) -> bool:
    return any(label.buddy() is widget for label in top.findChildren(QLabel))


def _form_label(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        for form in [layout, *(parent.findChildren(QFormLayout) if layout else [])]:
            if isinstance(form, QFormLayout):
                label = form.labelForField(widget)
                if isinstance(label, QLabel) and label.text().strip():
                    return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget, top: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QTabBar) and widget.count() and all(
            widget.tabText(i).strip() for i in range(widget.count())):
        return widget.tabText(widget.currentIndex())
    if _has_buddy(widget, top) or _form_label(widget):
        return "label"
    # Not Qt's fallbacks (a combo's current item, the group box around it): they name
    # the value or the group, not the field.
    return ""


def missing_names(top: QWidget) -> list[str]:
    """Visible, enabled controls under `top` that a screen reader could not name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if _inside_a_compound(widget, top):
            continue
        if not accessible_name(widget, top):
            parent = widget.parentWidget()
            while parent is not None and not parent.objectName():
                parent = parent.parentWidget()
            found.append(f"{type(widget).__name__} {widget.objectName() or '(unnamed)'} "
                         f"in {parent.objectName() if parent else '?'}")
    return sorted(found)


def refusing_focus(top: QWidget) -> list[str]:
    """Visible, enabled controls under `top` that neither Tab nor a click can focus."""
    return sorted({f"{type(w).__name__} {w.objectName()}" for w in top.findChildren(QWidget)
                   if isinstance(w, INTERACTIVE) and not isinstance(w, (QHeaderView, QScrollBar))
                   and w.isVisibleTo(top) and w.isEnabled() and not _inside_a_compound(w, top)
                   and w.focusPolicy() == Qt.FocusPolicy.NoFocus})


def _show(qtbot, ops, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    settle(qtbot, ops)
    qtbot.wait(10)
    return widget


def _meeting_case(ws):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    return case, next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)


@pytest.fixture
def window(qtbot, ops):
    win = MainWindow(ops)
    _show(qtbot, ops, win)
    yield win
    win.close()


def test_main_window_board_and_today_list(qtbot, ops, window):
    assert window.board.isVisible() and window.today.isVisible()
    missing = missing_names(window)
    assert missing == [], "\n".join(missing)


def test_every_tab_of_the_case_record(qtbot, ops, ws, window):
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    settle(qtbot, ops)
    record = window.record
    assert record is not None
    missing: list[str] = []
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        settle(qtbot, ops)
        missing += [f"{record.tabs.tabText(index)}: {m}" for m in missing_names(window)]
    missing = sorted(set(missing))
    assert missing == [], "\n".join(missing)


def test_response_tracker(qtbot, ops, ws, window):
    case, meeting = _meeting_case(ws)
    ws.clock = lambda: meeting.date
    window.open_case(case.id)
    settle(qtbot, ops)
    record = window.record
    assert record is not None
    record.tabs.setCurrentWidget(record.meetings_tab)
    settle(qtbot, ops)
    tracker = window.surfaces()["ResponseTracker"]
    assert tracker.isVisible()
    assert missing_names(tracker) == []


def test_statistics_view(qtbot, ops, window):
    view = window.show_statistics()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=5000)
    settle(qtbot, ops)
    missing = missing_names(window)
    assert missing == [], "\n".join(missing)


def test_meeting_mode_and_meeting_end(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    editor = ProtocolEditor(ops, meeting.id, screens=ScreenList.from_rects([]))
    _show(qtbot, ops, editor)
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    missing = missing_names(editor)
    assert missing == [], "\n".join(missing)
    assert refusing_focus(editor) == []
    editor.add_action_row()
    settle(qtbot, ops)
    missing = missing_names(editor)
    assert missing == [], "\n".join(missing)
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    end = editor.ending.dialog
    assert end is not None
    qtbot.waitUntil(lambda: end.state is not None)
    settle(qtbot, ops)
    missing = missing_names(end)
    assert missing == [], "\n".join(missing)
    end.close()


def test_the_dialogs(qtbot, ops, ws):
    case, meeting = _meeting_case(ws)
    dialogs = {
        "NewCaseDialog": NewCaseDialog(ops),
        "MeetingDialog (new)": MeetingDialog(ops, case_id=case.id),
        "MeetingDialog (change)": MeetingDialog(ops, meeting_id=meeting.id),
        "InviteDialog": InviteDialog(ops, meeting.id),
        "SettingsDialog": SettingsDialog(ops),
        "OrganisationDirectory": OrganisationDirectory(ops),
        "DirectoryImportDialog": DirectoryImportDialog(ops),
        "BackupsDialog": BackupsDialog(ops),
        "KeysDialog": KeysDialog(ops),
        "CloseCaseDialog": CloseCaseDialog(ops, case.id),
        "ProfileDialog": ProfileDialog(ops),
    }
    missing: list[str] = []
    for what, dialog in dialogs.items():
        _show(qtbot, ops, dialog)
        tabs = dialog.findChildren(QTabBar)
        for bar in tabs or [None]:
            for index in range(bar.count() if bar else 1):
                if bar is not None:
                    bar.setCurrentIndex(index)
                    settle(qtbot, ops)
                missing += [f"{what}: {m}" for m in missing_names(dialog)]
                missing += [f"{what}: no focus: {m}" for m in refusing_focus(dialog)]
        dialog.close()
    missing = sorted(set(missing))
    assert missing == [], "\n".join(missing)


# --- keyboard ---------------------------------------------------------------------------------


def _tab_chain(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, as a person pressing Tab would."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _in_order(chain: list[QWidget], expected: list[QWidget]) -> bool:
    positions = [next((i for i, w in enumerate(chain) if w is e), -1) for e in expected]
    return -1 not in positions and positions == sorted(positions)


def test_the_meeting_dialog_tabs_through_its_fields_in_reading_order(qtbot, ops, ws):
    case, _ = _meeting_case(ws)
    dialog = MeetingDialog(ops, case_id=case.id)
    _show(qtbot, ops, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    expected = [dialog.kind, dialog.date, dialog.start, dialog.end, dialog.mode, dialog.place,
                dialog.purpose]
    chain = _tab_chain(qtbot, dialog.kind, 25)
    assert _in_order(chain, expected), [w.objectName() or type(w).__name__ for w in chain]
    assert dialog.save_button in chain


def _operable(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and not isinstance(w, (QHeaderView, QScrollBar, QTabBar))
            and w.isVisibleTo(page) and w.isEnabled() and not _inside_a_compound(w, page)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _radio_groups(fields: list[QWidget]) -> list[list[QWidget]]:
    groups: dict[int, list[QWidget]] = {}
    for w in fields:
        group = w.group() if isinstance(w, QRadioButton) else None
        if group is not None and group.exclusive():
            groups.setdefault(id(group), []).append(w)
    return [g for g in groups.values() if len(g) > 1]


def _arrows_move_through(qtbot, group: list[QWidget]) -> bool:
    """From the group's first button, Down reaches every other one (and chooses it: the
    test's store takes the choice like any other)."""
    group[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group[0])
    reached = {id(group[0])}
    for _ in range(len(group) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        reached.add(id(QApplication.focusWidget()))
    return reached == {id(w) for w in group}


def _names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() or f"{type(w).__name__}:{w.accessibleName()}" for w in widgets]


def test_the_case_record_tabs_through_every_tab_in_reading_order(qtbot, ops, ws, window):
    """From the tab bar, Tab reaches every control of the page, top to bottom, and
    leaves each table (no control keeps the focus)."""
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    settle(qtbot, ops)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    record = window.record
    assert record is not None
    problems = []
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        settle(qtbot, ops)
        page = record.tabs.currentWidget()
        fields = _operable(page)
        assert fields, record.tabs.tabText(index)
        # A date field takes a Tab per part (year, month, day) before it lets go.
        chain = _tab_chain(qtbot, record.tabs.tabBar(), len(fields) * 3 + 6)
        title = record.tabs.tabText(index)
        # An exclusive group of radio buttons is one stop for Tab, as on every desktop:
        # Tab enters at one button and the arrow keys move between them (Qt takes the
        # others out of the Tab chain once one has the focus).
        groups = _radio_groups(fields)
        unreachable = [w for w in fields if w not in chain and not any(
            w in group and any(g in chain for g in group) for group in groups)]
        for group in groups:
            if not _arrows_move_through(qtbot, group):
                problems.append(f"{title}: the arrow keys do not move through "
                                f"{_names(group)}")
        if unreachable:
            problems.append(f"{title}: not reached {_names(unreachable)}; chain {_names(chain)}")
            continue
        # Reading order: the main inputs (text, choices, dates) top to bottom.
        inputs = [w for w in fields if isinstance(
            w, (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox))]

        def place(w: QWidget, page: QWidget = page) -> tuple[int, int]:
            p = w.mapTo(page, w.rect().topLeft())
            return (p.y() // 12, p.x())

        expected = sorted(inputs, key=place)
        if not _in_order(chain, expected):
            problems.append(f"{title}: order {_names(chain)}, expected {_names(expected)}")
    assert problems == [], "\n".join(problems)


def test_no_operable_control_refuses_focus(qtbot, ops, ws, window):
    assert refusing_focus(window) == []
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    settle(qtbot, ops)
    record = window.record
    assert record is not None
    refusing = []
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        settle(qtbot, ops)
        refusing += refusing_focus(window)
    assert sorted(set(refusing)) == []


# --- colour is never the only signal ------------------------------------------------------------


def _later(ws, days: int = 60):
    """Some weeks on: answers and next steps of the demo cases are overdue by then."""
    today = ws.clock()
    ws.clock = lambda: today + timedelta(days=days)


def test_an_overdue_card_says_so_in_words(qtbot, ops, ws):
    _later(ws)
    win = MainWindow(ops)
    _show(qtbot, ops, win)
    cards = [win.board.view_of(stage).model().index(row, 0)
             for stage in Stage for row in range(win.board.view_of(stage).model().rowCount())]
    overdue = [i for i in cards if (card := i.data(CardRole)).next_due is not None
               and card.next_due.overdue]
    assert overdue
    for index in overdue:
        assert "⚠ försenad" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert "försenad" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    win.close()


def test_an_overdue_item_of_the_today_list_says_so_in_words(qtbot, ops, ws):
    _later(ws)
    win = MainWindow(ops)
    _show(qtbot, ops, win)
    model = win.today.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    late = [i for i in rows if i.data(DueItemRole).overdue]
    assert late
    for index in late:
        assert "⚠ försenad" in index.data(Qt.ItemDataRole.ToolTipRole)
    win.close()


def test_the_tracker_says_late_and_refused_in_words(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    _later(ws, 30)
    tracker = ResponseTracker(ops, meeting.id)
    _show(qtbot, ops, tracker)
    model = tracker.model
    assert model.rowCount() > 0
    late_rows = [r for r in range(model.rowCount())
                 if model.tracker_row(r).status is TrackerStatus.OVERDUE]
    assert late_rows
    for r in late_rows:
        assert model.index(r, model.column("Svar senast")).data().startswith("⚠")
        assert " sen" in model.index(r, model.column("Läge")).data()
        assert "sen" in model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
    # A refusal is a word, not only grey.
    first = model.tracker_row(late_rows[0])
    ws.meetings.record_response(first.invitation_id, Response.DECLINED, ws.clock())
    tracker.refresh()
    settle(qtbot, ops)
    row = model.row_of(first.invitation_id)
    assert "Kommer inte" in model.index(row, model.column("Läge")).data()
    assert Response.DECLINED.label in model.index(row, model.column("Svar")).data()
    tracker.close()
