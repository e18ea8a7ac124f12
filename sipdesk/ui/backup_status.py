"""The status bar's word on backups, and the backups made while the window is open.
(Being built.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from sipdesk.ui.operations import Operations


class BackupStatus(QLabel):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupStatus")
        self._ops = ops

    def backup_on_close(self) -> None:
        """Queue a verified backup before the window closes (the worker finishes it)."""
