"""Personal data on the clipboard, for a short while only.

Text the program copies that names a child (an e-mail to the participants, a
recovery key) is cleared from the clipboard after CLEAR_AFTER_MS, and at once
when the window locks, but only while the clipboard still holds exactly what
sipdesk put there: whatever the coordinator copied since is left alone. Only
a hash of the text is kept to tell, never the text itself.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class _Guard(QObject):
    """One per application: the timer and the fingerprint of what we copied."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.clear_ours)
        self._ours: bytes | None = None

    def put(self, text: str, clear_after_ms: int) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._ours = _digest(text)
        self.timer.start(clear_after_ms)

    def clear_ours(self) -> bool:
        """Clear the clipboard if it still holds our text; True if it did."""
        self.timer.stop()
        ours, self._ours = self._ours, None
        if ours is None:
            return False
        clipboard = QGuiApplication.clipboard()
        if _digest(clipboard.text(QClipboard.Mode.Clipboard)) != ours:
            return False
        clipboard.clear(QClipboard.Mode.Clipboard)
        return True

    @property
    def holding(self) -> bool:
        return self._ours is not None


_GUARD_NAME = "sipdesk-clipboard-guard"


def _guard() -> _Guard:
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("the clipboard needs a QGuiApplication")
    guard = app.findChild(_Guard, _GUARD_NAME)
    if guard is None:
        guard = _Guard(app)
        guard.setObjectName(_GUARD_NAME)
    return guard


def copy_personal(text: str, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put `text` on the clipboard and take it off again after `clear_after_ms`."""
    _guard().put(text, clear_after_ms)


def clear_now() -> bool:
    """Take our text off the clipboard now (the lock); True if something was cleared."""
    return _guard().clear_ours()


def pending() -> bool:
    """True while text we copied is waiting to be cleared."""
    return _guard().holding
