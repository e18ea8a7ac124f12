"""The store's keys from the window: change the passphrase, make a new recovery key.
(Being built.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sipdesk.ui.operations import Operations


class KeysDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("KeysDialog")
        self.setWindowTitle("Lösenfras och återställningsnyckel")
        self._ops = ops
