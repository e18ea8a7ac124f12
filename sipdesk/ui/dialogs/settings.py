"""Inställningar: the coordinator's own details, local deadlines, backups and the lock.

(Being built: the coordinator profile and the settings dialog.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sipdesk.ui.operations import Operations


class SettingsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle("Inställningar")
        self._ops = ops


def ask_profile_if_missing(ops: Operations, parent: QWidget) -> None:
    """On the first start, ask for the coordinator's own details (once)."""
