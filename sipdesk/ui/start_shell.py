"""What the main window shows until its store is open: that it is opening, or unlocking.

The window is painted with this page before the rest of the program is
imported and before the key is derived (sipdesk.ui.app), so the coordinator
sees at once that sipdesk has started; the moving bar shows that it has not
frozen. Nothing here reads the store or knows a case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from sipdesk.ui import theme


def opening_text() -> str:
    return QCoreApplication.translate("OpeningPage", "Öppnar ärendena…")


def unlocking_text() -> str:
    return QCoreApplication.translate("OpeningPage", "Låser upp…")


class OpeningPage(QWidget):
    """The window's content while the store opens: a line of text and a busy bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OpeningPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel(opening_text())
        self.message.setObjectName("OpeningMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(f"color: {theme.MUTED}; {theme.font_size(14)}")
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setObjectName("OpeningBusy")
        self.busy.setRange(0, 0)  # no end known: it only moves
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(240)
        self.busy.setAccessibleName(self.message.text())
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.busy.setAccessibleName(text)
