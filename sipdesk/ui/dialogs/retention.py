"""Gallring: closed cases whose retention period has passed, deleted for good on request.
(Being built.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sipdesk.ui.operations import Operations


class RetentionDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.setWindowTitle("Gallra avslutade ärenden")
        self._ops = ops
