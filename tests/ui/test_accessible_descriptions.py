"""Every interactive widget says what it does or expects, beyond its name.

A screen reader reads the accessible description after the name ("Spara,
knapp, sparar mötet och skickar…"). A description that only repeats the name
tells nothing, so it counts as missing. The tests list the widgets without one.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView, QScrollBar, QTabBar, QWidget

from sipdesk.ui.dialogs.backups import BackupsDialog
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog
from sipdesk.ui.dialogs.keys import KeysDialog
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.dialogs.people import GuardianDialog, PersonDialog
from sipdesk.ui.dialogs.profile import ProfileDialog
from sipdesk.ui.dialogs.settings import SettingsDialog
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from sipdesk.ui.meetings.invite_dialog import InviteDialog
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.conftest import settle
from tests.ui.test_accessible_names import (
    INTERACTIVE,
    _inside_a_compound,
    _meeting_case,
    _show,
    accessible_name,
)

pytestmark = pytest.mark.demo_data(cases=12)


def _clean(text: str) -> str:
    return " ".join(text.replace("&", "").replace("…", "").split()).strip(" .:").casefold()


def missing_descriptions(top: QWidget) -> list[str]:
    """Visible, enabled controls under `top` without a description of their own."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if _inside_a_compound(widget, top):
            continue
        description = _clean(widget.accessibleDescription())
        name = _clean(accessible_name(widget, top))
        if isinstance(widget, QTabBar):
            name = _clean(widget.tabText(widget.currentIndex()))
        texts = {name, _clean(widget.accessibleName()), _clean(getattr(widget, "text", str)()
                 if callable(getattr(widget, "text", None)) else "")}
        if not description or description in texts:
            parent = widget.parentWidget()
            while parent is not None and not parent.objectName():
                parent = parent.parentWidget()
            label = widget.accessibleName() or (widget.text() if hasattr(widget, "text")
                                                 and callable(widget.text) else "")
            found.append(f"{type(widget).__name__} {widget.objectName() or '(unnamed)'} "
                         f"'{label}' in {parent.objectName() if parent else '?'}"
                         + (" (same as name)" if description else ""))
    return sorted(found)


@pytest.fixture
def window(qtbot, ops):
    win = MainWindow(ops)
    _show(qtbot, ops, win)
    yield win
    win.close()


def _record(qtbot, ops, ws, window):
    case, meeting = _meeting_case(ws)
    window.open_case(case.id)
    settle(qtbot, ops)
    assert window.record is not None
    return window.record


def test_every_tab_of_the_case_record(qtbot, ops, ws, window):
    record = _record(qtbot, ops, ws, window)
    missing: list[str] = []
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        settle(qtbot, ops)
        missing += [f"{record.tabs.tabText(index)}: {m}" for m in missing_descriptions(record)]
    missing = sorted(set(missing))
    assert missing == [], "\n".join(missing)


def test_response_tracker_on_the_meeting_day(qtbot, ops, ws, window):
    case, meeting = _meeting_case(ws)
    ws.clock = lambda: meeting.date
    record = _record(qtbot, ops, ws, window)
    record.tabs.setCurrentWidget(record.meetings_tab)
    settle(qtbot, ops)
    tracker = window.surfaces()["ResponseTracker"]
    assert tracker.isVisible()
    missing = missing_descriptions(tracker)
    assert missing == [], "\n".join(missing)


def test_meeting_mode_and_meeting_end(qtbot, ops, ws):
    _, meeting = _meeting_case(ws)
    mm = MeetingModeWindow(ops, meeting.id, screens=ScreenList.from_rects([]))
    _show(qtbot, ops, mm)
    editor = mm.editor
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    editor.add_action_row()
    settle(qtbot, ops)
    missing = missing_descriptions(mm)
    editor.open_meeting_end()
    end = editor.ending.dialog
    assert end is not None
    qtbot.waitUntil(lambda: end.state is not None)
    settle(qtbot, ops)
    missing += [f"end: {m}" for m in missing_descriptions(end)]
    end.close()
    mm.close()
    assert missing == [], "\n".join(missing)


def test_the_dialogs(qtbot, ops, ws):
    case, meeting = _meeting_case(ws)
    person = ws.directory.people()[0]
    dialogs = {
        "NewCaseDialog": NewCaseDialog(ops),
        "MeetingDialog (new)": MeetingDialog(ops, case_id=case.id),
        "MeetingDialog (change)": MeetingDialog(ops, meeting_id=meeting.id),
        "InviteDialog": InviteDialog(ops, meeting.id),
        "OrganisationDirectory": OrganisationDirectory(ops),
        "DirectoryImportDialog": DirectoryImportDialog(ops),
        "CloseCaseDialog": CloseCaseDialog(ops, case.id),
        "ProfileDialog": ProfileDialog(ops),
        "GuardianDialog": GuardianDialog.adding(ops, case.id),
        "PersonDialog": PersonDialog.editing(ops, person),
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
                missing += [f"{what}: {m}" for m in missing_descriptions(dialog)]
        dialog.close()
    missing = sorted(set(missing))
    assert missing == [], "\n".join(missing)


def test_the_board_statistics_and_settings(qtbot, ops, window):
    missing = [f"board: {m}" for m in missing_descriptions(window)]
    view = window.show_statistics()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=5000)
    settle(qtbot, ops)
    missing += [f"statistics: {m}" for m in missing_descriptions(window)]
    for dialog in (SettingsDialog(ops), BackupsDialog(ops), KeysDialog(ops)):
        _show(qtbot, ops, dialog)
        for bar in dialog.findChildren(QTabBar) or [None]:
            for index in range(bar.count() if bar else 1):
                if bar is not None:
                    bar.setCurrentIndex(index)
                    settle(qtbot, ops)
                missing += [f"{dialog.objectName()}: {m}" for m in missing_descriptions(dialog)]
        dialog.close()
    missing = sorted(set(missing))
    assert missing == [], "\n".join(missing)
