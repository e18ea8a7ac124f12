"""A one-line label that gives way: cut with "…" when narrow, the whole text in its tooltip.

For text that changes while the coordinator works (a save status, a title),
so that a long message never makes a window wider than a laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """`text()` is what was set, `shown_text()` what fits. Asks for `min_chars` at least."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_chars: int = 8):
        super().__init__(parent)
        self._full = ""
        self._min_chars = min_chars
        self._own_tip = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self._fit()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        m = self.contentsMargins()
        wanted = self.fontMetrics().horizontalAdvance("M" * self._min_chars)
        return QSize(min(self._full_width(), wanted) + m.left() + m.right(), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        m = self.contentsMargins()
        return QSize(self._full_width() + m.left() + m.right() + 2, hint.height())

    def _full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(width, 0))
        if shown != self._full and self._full:
            self.setToolTip(self._full)
            self._own_tip = True
        elif self._own_tip:
            self.setToolTip("")
            self._own_tip = False
        if shown != super().text():
            super().setText(shown)
