"""The agenda beside the protocol: the meeting's parts, their minutes, and a clock.

A calm warning, never an alarm, when the meeting runs over: the rules are in
sipdesk.domain.protocol.time_status; this panel only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from sipdesk.domain import words
from sipdesk.domain.protocol import FORMALITIES, AgendaPart, TimeStatus, time_status

CLOCK_TICK_MS = 10_000


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AgendaPanel(QFrame):
    """The meeting's parts with their time budget, a clock, and a calm warning when over."""

    def __init__(self, parts: Sequence[AgendaPart], now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AgendaPanel")
        # Narrow enough to leave the form room on a 1366 px screen; its text wraps.
        self.setMinimumWidth(150)
        self.setMaximumWidth(340)
        self.parts = list(parts)
        self._now = now
        self.started_at = now()
        self.current = FORMALITIES
        self.time_status: TimeStatus | None = None
        self.clock = QLabel()
        self.clock.setObjectName("AgendaClock")
        self.status = QLabel()
        self.status.setObjectName("AgendaStatus")
        self.status.setWordWrap(True)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("AgendaElapsed")
        restart = QToolButton()
        restart.setText("Starta klockan nu")
        restart.setToolTip("Räkna mötets tid från och med nu")
        restart.clicked.connect(self.restart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(6)
        caption = QLabel("Dagordning")
        caption.setObjectName("AgendaCaption")
        layout.addWidget(caption)
        layout.addWidget(self.clock)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        self.rows: dict[str, QLabel] = {}
        for part in self.parts:
            # "20 min" is never split over two lines (a no-break space).
            label = QLabel(f"{part.title}\u2002·\u2002{part.minutes}\u00a0min")
            label.setObjectName("AgendaPart")
            label.setWordWrap(True)
            label.setProperty("current", False)
            self.rows[part.key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(restart)
        self._timer = QTimer(self, interval=CLOCK_TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def restart(self) -> None:
        self.started_at = self._now()
        self.refresh()

    def set_current(self, key: str) -> None:
        if key in self.rows and key != self.current:
            self.current = key
            self.refresh()

    def refresh(self) -> None:
        now = self._now()
        st = time_status(self.parts, self.started_at, now, self.current)
        self.clock.setText(words.clock(now.time()))
        self.elapsed.setText(f"{st.elapsed_minutes} av {st.planned_minutes} min")
        self.status.setText(st.message)
        if self.status.property("over") != (not st.on_time):
            self.status.setProperty("over", not st.on_time)
            _repolish(self.status)
        for key, label in self.rows.items():
            current = key == self.current
            if label.property("current") != current:
                label.setProperty("current", current)
                _repolish(label)
        self.time_status = st
