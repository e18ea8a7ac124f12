"""The lock: idle time, Ctrl+L and suspend hide every personal detail, blank the projector
and close the store; unlocking brings back what was shown. And the clipboard's 30 seconds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.services.errors import Secrets, StoreLocked
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation
from sipdesk.ui import clipboard
from sipdesk.ui.lock import LOCK_TITLE
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from sipdesk.ui.operations import Operations
from tests.ui.conftest import TODAY, settle

pytestmark = pytest.mark.demo_data(cases=12)

PASSPHRASE = "rätt häst batteri häftklammer"


@pytest.fixture
def window(qtbot, ws, ops):
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _sip(ws):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
    return case, meeting.id


def _in_the_meeting(qtbot, win, ws):
    """A case's record open, meeting mode open on its meeting, the projector on the wall."""
    case, meeting_id = _sip(ws)
    win.open_case(case.id)
    qtbot.waitUntil(lambda: win.record is not None and win.record.view is not None)
    mode = win.open_meeting_mode(meeting_id, screens=ScreenList.from_rects([]))
    qtbot.waitUntil(lambda: mode.editor.is_open)
    projector = mode.editor.open_projector()
    return case, mode, projector


def _shown(root: QWidget) -> str:
    """Every text a person could read in `root` now (visible widgets only)."""
    texts = []
    for kind in (QLabel, QLineEdit, QPushButton):
        texts += [w.text() for w in root.findChildren(kind) if w.isVisible()]
    for kind in (QPlainTextEdit, QTextEdit):
        texts += [w.toPlainText() for w in root.findChildren(kind) if w.isVisible()]
    return "\n".join(texts)


def test_idle_lock_hides_the_record_and_blanks_the_projector_and_unlock_restores_both(
    qtbot, ws, window
):
    case, mode, projector = _in_the_meeting(qtbot, window, ws)
    name = case.child.first_name
    assert window.record.isVisible() and name in _shown(window)
    assert name in _shown(projector)

    window.locker.set_idle_ms(60)  # the setting's 5 minutes, shortened for the test
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=3000)

    screen = window.locker.screen
    assert window.pages.currentWidget() is screen and screen.isVisible()
    assert LOCK_TITLE in _shown(window)
    assert not window.record.isVisible()
    assert name not in _shown(window)
    assert not mode.isVisible()  # meeting mode is hidden too
    assert projector.isVisible() and projector.is_locked  # the room sees a neutral screen
    assert name not in _shown(projector)
    assert all(name not in text for text in projector.visible_texts())
    # The store is closed and its key dropped: nothing reads it until unlocked.
    assert ws.locked
    with pytest.raises(StoreLocked):
        ws.cases.all()

    screen.unlock_button.click()  # a keychain store: the keychain opens it again
    qtbot.waitUntil(lambda: not window.locker.is_locked, timeout=3000)
    assert not ws.locked
    assert window.pages.currentWidget() is window.case_page and window.record.isVisible()
    assert mode.isVisible() and not projector.is_locked
    qtbot.waitUntil(lambda: name in _shown(projector), timeout=3000)
    assert name in _shown(window)


def test_ctrl_l_locks_at_once_and_a_locked_window_offers_nothing_else(qtbot, ws, window):
    dialog = window.show_directory()
    assert dialog.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked and ws.locked
    assert not dialog.isVisible()
    actions = window.window_actions
    assert not actions.new_case.isEnabled() and not actions.directory.isEnabled()
    assert actions.quit.isEnabled()
    window.locker.screen.unlock_button.click()
    assert not window.locker.is_locked
    assert dialog.isVisible() and actions.new_case.isEnabled()
    dialog.close()


def test_ctrl_l_in_meeting_mode_locks_too(qtbot, ws, window):
    _case, mode, projector = _in_the_meeting(qtbot, window, ws)
    edit = next(iter(mode.editor.section_edits.values()))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.is_locked and not mode.isVisible() and projector.is_locked
    assert "l" not in edit.toPlainText()[-1:]  # the key locked; it typed nothing


def test_suspend_and_the_desktop_lock_lock_the_window(qtbot, ws, window):
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert window.locker.is_locked
    window.locker.screen.unlock_button.click()
    assert not window.locker.is_locked
    window.locker.desktop_locked(True)  # the screen saver's ActiveChanged(true) over D-Bus
    assert window.locker.is_locked


def test_the_idle_time_is_the_setting_and_follows_it(qtbot, ws, ops):
    ws.settings.save_lock_minutes(7)
    win = MainWindow(ops)
    qtbot.addWidget(win)
    assert win.locker.idle_ms == 7 * 60_000
    ops.write(None, lambda w: w.settings.save_lock_minutes(9))
    assert win.locker.idle_ms == 9 * 60_000
    win.close()


def test_typing_pending_when_locking_is_stored_first(qtbot, ws, live_ops):
    """With the real worker: the lock waits behind the typing it flushed."""
    case, _meeting_id = _sip(ws)
    win = MainWindow(live_ops)
    qtbot.addWidget(win)
    win.show()
    win.open_case(case.id)
    qtbot.waitUntil(lambda: win.record is not None and win.record.view is not None)
    question = win.record.question
    question.setFocus()
    question.selectAll()
    qtbot.keyClick(question, Qt.Key.Key_Delete)
    qtbot.keyClicks(question, "Hur kommer barnet tillbaka till skolan?")
    win.locker.lock_now()
    settle(qtbot, live_ops)
    assert ws.locked and win.locker.is_locked
    win.locker.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not win.locker.is_locked, timeout=5000)
    settle(qtbot, live_ops)
    assert ws.cases.get(case.id).question == "Hur kommer barnet tillbaka till skolan?"
    assert win.record.question.toPlainText() == "Hur kommer barnet tillbaka till skolan?"
    win.close()


def test_a_passphrase_store_unlocks_with_its_passphrase_only(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)
    with Workspace.create(tmp_path / "p", Secrets(passphrase=PASSPHRASE),
                          clock=lambda: TODAY) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
        operations = Operations(ws, synchronous=True)
        win = MainWindow(operations)
        qtbot.addWidget(win)
        win.show()
        win.locker.lock_now()
        screen = win.locker.screen
        assert screen.passphrase.isVisible() and not screen.recovery_key.isVisible()
        screen.passphrase.setText("fel lösenfras helt")
        screen.unlock_button.click()
        assert win.locker.is_locked and ws.locked
        assert "stämmer inte" in screen.message.text()
        assert "fel lösenfras" not in _shown(win)  # the field is cleared, nothing echoed
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
        assert not win.locker.is_locked and not ws.locked
        assert [c.child.first_name for c in ws.cases.all()] == ["Elsa"]
        win.close()
        operations.shutdown()


def test_a_lost_keychain_entry_is_replaced_by_the_recovery_key_at_unlock(
    qtbot, ws, window, memory_keyring
):
    recovery = ws.store.recovery_key  # as shown when the store was made
    window.locker.lock_now()
    memory_keyring.passwords.clear()
    screen = window.locker.screen
    screen.unlock_button.click()
    assert window.locker.is_locked
    assert screen.recovery_key.isVisible() and "återställningsnyckeln" in screen.message.text()
    screen.recovery_key.setText(recovery.lower().replace("-", " "))
    screen.unlock_button.click()
    assert not window.locker.is_locked
    assert memory_keyring.passwords  # back in the keychain


# --- the clipboard -----------------------------------------------------------------------------


def test_personal_text_leaves_the_clipboard_after_its_time(qtbot):
    board = QGuiApplication.clipboard()
    clipboard.copy_personal("Elsa Lind, SIP-möte", clear_after_ms=50)
    assert board.text() == "Elsa Lind, SIP-möte" and clipboard.pending()
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)
    assert not clipboard.pending()


def test_what_the_coordinator_copied_since_is_left_alone(qtbot):
    board = QGuiApplication.clipboard()
    clipboard.copy_personal("Elsa Lind, SIP-möte", clear_after_ms=50)
    board.setText("något helt annat")
    qtbot.wait(200)
    assert board.text() == "något helt annat"


def test_the_lock_clears_our_text_from_the_clipboard_at_once(qtbot, ws, window):
    clipboard.copy_personal("Elsa Lind, SIP-möte")
    window.locker.lock_now()
    assert QGuiApplication.clipboard().text() == ""
    assert clipboard.CLEAR_AFTER_MS == 30_000


def test_the_e_mail_text_is_copied_for_thirty_seconds_only(qtbot, ws, ops):
    case, _meeting_id = _sip(ws)
    tab = CaseMeetings(ops, case.id)
    qtbot.addWidget(tab)
    tab.show()
    dialog = tab.show_email()
    dialog.findChild(QPushButton, "CopyEmailText").click()
    assert QGuiApplication.clipboard().text() and clipboard.pending()
    clipboard.clear_now()
    dialog.close()
