"""The agenda beside the protocol: the meeting's parts, their minutes, and a clock.

A calm warning, never an alarm, when the meeting runs over: the rules are in
sipdesk.domain.protocol.time_status; this panel only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.protocol import FORMALITIES, AgendaPart, TimeStatus, time_status
from sipdesk.ui.i18n_meetings import agenda_title, clock, time_message, translate

CLOCK_TICK_MS = 10_000
MARGIN = 14


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AgendaPanel(QFrame):
    """The meeting's parts with their time budget, a clock, and a calm warning when over."""

    def __init__(self, parts: Sequence[AgendaPart], now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AgendaPanel")
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
        restart.setText(translate("AgendaPanel", "Starta klockan nu"))
        restart.setToolTip(translate("AgendaPanel", "Räkna mötets tid från och med nu"))
        restart.clicked.connect(self.restart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(6)
        caption = QLabel(translate("AgendaPanel", "Dagordning"))
        caption.setObjectName("AgendaCaption")
        layout.addWidget(caption)
        layout.addWidget(self.clock)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        # The parts scroll on their own, each as tall as its wrapped text: with large
        # text they no longer fit the window's height, and were squeezed until cut.
        list_box = QWidget()
        list_box.setObjectName("AgendaParts")
        rows = QVBoxLayout(list_box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self.rows: dict[str, QLabel] = {}
        for part in self.parts:
            # "20 min" is never split over two lines (a no-break space). The
            # template's sections keep their titles: they are the plan's headings.
            label = QLabel(f"{agenda_title(part.title)}\u2002·\u2002{part.minutes}\u00a0min")
            label.setObjectName("AgendaPart")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            label.setProperty("current", False)
            self.rows[part.key] = label
            rows.addWidget(label)
        rows.addStretch(1)
        self.parts_area = QScrollArea()
        self.parts_area.setObjectName("AgendaPartsArea")
        self.parts_area.setWidget(list_box)
        self.parts_area.setWidgetResizable(True)
        self.parts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.parts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, not operated
        layout.addWidget(self.parts_area, 1)
        layout.addWidget(restart)
        self._timer = QTimer(self, interval=CLOCK_TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def polish_sizes(self) -> None:
        """As wide as the clock needs at the chosen text size (else it is cut), and
        otherwise narrow enough to leave the form room on a 1366 px screen."""
        width = self.clock.fontMetrics().horizontalAdvance("88.88") + 8 + 2 * MARGIN
        self.setMinimumWidth(max(150, width))
        self.setMaximumWidth(max(340, width))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.polish_sizes()  # the style sheet's font is known once the panel is shown
        super().showEvent(event)

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
        self.clock.setText(clock(now.time()))
        self.elapsed.setText(translate("AgendaPanel", "{elapsed} av {planned} min").format(
            elapsed=st.elapsed_minutes, planned=st.planned_minutes))
        self.status.setText(time_message(st.message))
        if self.status.property("over") != (not st.on_time):
            self.status.setProperty("over", not st.on_time)
            _repolish(self.status)
        for key, label in self.rows.items():
            current = key == self.current
            if label.property("current") != current:
                label.setProperty("current", current)
                _repolish(label)
                if current:
                    self.parts_area.ensureWidgetVisible(label)
        self.time_status = st
