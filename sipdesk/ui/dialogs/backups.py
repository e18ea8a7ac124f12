"""Säkerhetskopior: when they were made, make one now, restore one. (Being built.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sipdesk.ui.operations import Operations


class BackupsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle("Säkerhetskopior")
        self._ops = ops
