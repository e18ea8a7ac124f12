"""The lock: after idle time, on Ctrl+L or when the screen locks. (Being built.)"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from sipdesk.ui.operations import Operations


class Locker(QObject):
    def __init__(self, window: QMainWindow, ops: Operations):
        super().__init__(window)
        self._window = window
        self._ops = ops
        self.is_locked = False

    def lock_now(self) -> None:
        """Hide every personal detail, blank the projector, close the store."""
