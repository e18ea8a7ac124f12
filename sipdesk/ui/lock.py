"""The lock: after idle time, at once with Ctrl+L, and when the computer suspends or
the screen locks (where Qt or the desktop says so).

Locking stores what is typed first (the record's and meeting mode's pending
writes go to the worker, and the lock is queued behind them), then puts a
lock screen in place of the board or the record, hides meeting mode and every
dialog, turns the projector to a neutral screen, takes our text off the
clipboard, and closes the store on the worker: the engine is disposed and the
key overwritten. Unlocking finds the key again (the keychain, the passphrase
or the recovery key), and every surface reads again and shows what it showed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk.ui import clipboard, theme
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.operations import Changes, Failure, Operations

log = logging.getLogger(__name__)

DEFAULT_MINUTES = 5
LOCK_KEYS = QKeySequence("Ctrl+L")  # as the window's action "Lås"
LOCK_TITLE = "Låst – lås upp"
LOCK_INFO = (
    "sipdesk är låst. Inga uppgifter visas, och arkivet är stängt tills du låser upp."
)
NEEDS_PASSPHRASE = "passphrase"
NEEDS_RECOVERY_KEY = "recovery_key"

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})

def lock_style() -> str:
    return f"""
#LockScreen {{ background: {theme.WINDOW}; }}
#LockTitle {{ {theme.font_size(22)} font-weight: 700; color: {theme.HEADING}; }}
#LockInfo {{ color: {theme.MUTED}; {theme.font_size(11)} }}
#UnlockMessage {{ color: {theme.ERROR}; }}
"""


class LockScreen(QWidget):
    """What the window shows while locked: nothing personal, and the way back in.

    unlockRequested(passphrase, recovery_key): the coordinator asks to unlock.
    """

    unlockRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setStyleSheet(lock_style())
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.title = QLabel(LOCK_TITLE)
        self.title.setObjectName("LockTitle")
        self.info = QLabel(LOCK_INFO)
        self.info.setObjectName("LockInfo")
        self.info.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("UnlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Lösenfras")
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("UnlockRecoveryKey")
        self.recovery_key.setPlaceholderText("Återställningsnyckel (14 grupper om 4 tecken)")
        self.use_recovery = QPushButton("Använd återställningsnyckeln")
        self.use_recovery.setObjectName("UseRecoveryKey")
        self.use_recovery.setFlat(True)
        self.use_recovery.clicked.connect(lambda: self.ask_for(NEEDS_RECOVERY_KEY, ""))
        self.unlock_button = QPushButton("Lås upp")
        self.unlock_button.setObjectName("UnlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._request)
        self.passphrase.returnPressed.connect(self._request)
        self.recovery_key.returnPressed.connect(self._request)
        self.message = QLabel("")
        self.message.setObjectName("UnlockMessage")
        self.message.setWordWrap(True)
        for w in (self.title, self.info, self.passphrase, self.recovery_key):
            column.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.use_recovery)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 0)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setMaximumWidth(16777215)
        self.prepare("keyring")

    def prepare(self, key_source: str) -> None:
        """Fresh for a new lock: the passphrase field only where a passphrase opens the store."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.passphrase.setVisible(key_source == NEEDS_PASSPHRASE)
        self.recovery_key.hide()
        self.use_recovery.setVisible(key_source != "memory")
        self.message.clear()
        self.set_busy(False)

    def ask_for(self, needs: str, message: str) -> None:
        """Unlocking needs the passphrase or the recovery key; `message` says why (Swedish)."""
        self.message.setText(message)
        if needs == NEEDS_RECOVERY_KEY:
            self.passphrase.hide()
            self.recovery_key.show()
            self.use_recovery.hide()
            self.recovery_key.setFocus()
            self.recovery_key.selectAll()
        else:
            self.passphrase.show()
            self.passphrase.clear()
            self.passphrase.setFocus()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText("Låser upp…" if busy else "Lås upp")

    def _request(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text() if self.passphrase.isVisible() else ""
        recovery = self.recovery_key.text() if self.recovery_key.isVisible() else ""
        self.unlockRequested.emit(passphrase, recovery)


class Locker(QObject):
    """The window's lock. `locked` and `unlocked` are emitted when the screen changes.

    `idle_timer` locks when it runs out; any input restarts it. Its interval
    is the setting (ws.settings.lock_minutes(), read through ops), or what a
    test sets with set_idle_ms().
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, ops: Operations):
        super().__init__(window)
        self._window = window
        self._ops = ops
        self.is_locked = False
        self.screen = LockScreen()
        self.screen.unlockRequested.connect(self.unlock)
        self._key_source = "keyring"
        self._before: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._actions: list[tuple[Any, bool]] = []
        self._idle_ms = DEFAULT_MINUTES * 60_000
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self._idle)
        pages = self._pages()
        if pages is not None:
            pages.addWidget(self.screen)  # a page of its own, shown only while locked
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)
        ops.changed.connect(self._changes)
        self._read_minutes()
        self.idle_timer.start(self._idle_ms)
        self._watch_the_desktop()

    def stop(self) -> None:
        """The window is closing: stop watching input (every event of the program
        passes an application-wide filter, so a closed window's filter must go)."""
        self.idle_timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._state_changed)

    # --- when ---------------------------------------------------------------------------

    def set_idle_ms(self, ms: int) -> None:
        self._idle_ms = max(1, int(ms))
        if not self.is_locked:
            self.idle_timer.start(self._idle_ms)

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def _read_minutes(self) -> None:
        self._ops.read(self, lambda ws: ws.settings.lock_minutes(), self._minutes_read,
                       lambda _failure: None)

    def _minutes_read(self, minutes: int) -> None:
        self.set_idle_ms(int(minutes) * 60_000)

    def _changes(self, changes: Changes) -> None:
        if (changes.settings or changes.everything) and not self.is_locked:
            self._read_minutes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the program passes here (thousands when a case opens): the
        # isinstance test is a tenth of the cost of reading the event's type, so the
        # others leave at once.
        if isinstance(event, QInputEvent) and event.type() in _INPUT and not self.is_locked:
            self.idle_timer.start(self._idle_ms)
            # Ctrl+L in meeting mode or in a dialog, where the window's action cannot
            # hear it (a window-modal dialog blocks the window's shortcuts).
            if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                    and QKeySequence(event.keyCombination()) == LOCK_KEYS):
                self.lock_now()
                return True
        return False

    def _idle(self) -> None:
        log.info("locking after %d ms without input", self._idle_ms)
        self.lock_now()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now()

    @Slot(bool)
    def desktop_locked(self, active: bool) -> None:
        """The screen saver or lock came on (D-Bus ActiveChanged), or the computer sleeps."""
        if active:
            self.lock_now()

    def _watch_the_desktop(self) -> None:
        """On a Linux desktop, the screen lock and suspend over D-Bus, if Qt has it."""
        if (QGuiApplication.platformName() in ("offscreen", "minimal")
                or not os.environ.get("DBUS_SESSION_BUS_ADDRESS")):
            return
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        slot = SLOT("desktop_locked(bool)")  # PySide6 wants the str, whatever its stubs say
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for name in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                session.connect("", "/" + name.replace(".", "/"), name,  # type: ignore[call-overload]
                                "ActiveChanged", self, slot)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect("org.freedesktop.login1",  # type: ignore[call-overload]
                           "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                           "PrepareForSleep", self, slot)

    # --- locking ------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Hide every personal detail, blank the projector, close the store."""
        if self.is_locked:
            return
        self.is_locked = True
        self.idle_timer.stop()
        self._store_typing()
        self._hide_everything()
        clipboard.clear_now()
        self.screen.prepare(self._key_source)
        self.screen.set_busy(True)
        # Queued behind the writes just flushed: the worker stores them, then closes.
        self._ops.write(self, lambda ws: ws.lock(), self._closed, self._not_closed)
        self.locked.emit()

    def _store_typing(self) -> None:
        record = getattr(self._window, "record", None)
        if record is not None:
            record.flush()
        mode = getattr(self._window, "meeting_mode", None)
        if mode is not None:
            mode.editor.flush()

    def _pages(self) -> QStackedWidget | None:
        pages = getattr(self._window, "pages", None)
        return pages if isinstance(pages, QStackedWidget) else None

    def _hide_everything(self) -> None:
        pages = self._pages()
        if pages is not None:
            if pages.indexOf(self.screen) < 0:
                pages.addWidget(self.screen)
            self._before = pages.currentWidget()
            pages.setCurrentWidget(self.screen)
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            if isinstance(widget, ProjectorWindow):
                widget.set_locked(True)
                continue
            widget.hide()
            if widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                self._hidden.append(widget)
        actions = getattr(self._window, "window_actions", None)
        self._actions = []
        if actions is not None:
            for action in actions.all():
                if action.objectName() != "action_quit":
                    self._actions.append((action, action.isEnabled()))
                    action.setEnabled(False)
        self._window.menuBar().setEnabled(False)

    def _closed(self, key_source: str) -> None:
        self._key_source = key_source
        if self.is_locked:
            self.screen.prepare(key_source)
            self.screen.unlock_button.setFocus()
            if key_source == NEEDS_PASSPHRASE:
                self.screen.passphrase.setFocus()

    def _not_closed(self, failure: Failure) -> None:
        # The screen stays locked; unlocking then only shows the window again.
        self.screen.set_busy(False)
        self.screen.message.setText(f"Arkivet kunde inte stängas: {failure.message}")

    # --- unlocking ----------------------------------------------------------------------

    def unlock(self, passphrase: str = "", recovery_key: str = "") -> None:
        """Find the key again on the worker; the window comes back when it fits."""
        if not self.is_locked:
            return
        self.screen.set_busy(True)
        self.screen.message.setText("")
        self._ops.write(
            self, lambda ws: ws.unlock(passphrase=passphrase or None,
                                       recovery_key=recovery_key or None),
            self._answered, self._unlock_failed)

    def _answered(self, outcome: Any) -> None:
        if not outcome.unlocked:
            self.screen.ask_for(outcome.needs, outcome.message)
            return
        self._show_everything()

    def _unlock_failed(self, failure: Failure) -> None:
        self.screen.set_busy(False)
        self.screen.message.setText(failure.message)

    def _show_everything(self) -> None:
        self.is_locked = False
        pages = self._pages()
        if pages is not None and self._before is not None and shiboken6.isValid(self._before):
            pages.setCurrentWidget(self._before)
        self._before = None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ProjectorWindow):
                widget.set_locked(False)
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        for action, enabled in self._actions:
            if shiboken6.isValid(action):
                action.setEnabled(enabled)
        self._actions = []
        self._window.menuBar().setEnabled(True)
        self.screen.prepare(self._key_source)
        self.idle_timer.start(self._idle_ms)
        # Everything reads again from the reopened store, and shows what it showed.
        self._ops.announce(Changes.all())
        self.unlocked.emit()
