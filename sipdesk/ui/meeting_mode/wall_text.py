"""WallText: a plain-text label for the wall that lays out again only the paragraphs that changed.

A QLabel lays out all of its text on every size question and every paint,
several times per keystroke, and a section of a long protocol is hundreds of
words in large type. WallText keeps one QTextLayout per paragraph and, when
its text changes, compares the new paragraphs with the old ones: only those
in between the unchanged start and end are laid out again. setText itself
does no layout (the text is only stored), so the keystroke's turn stays
short; the work happens when Qt next asks for the size or a paint, and a
paint draws only the paragraphs in the area that needs it.

It is still a QLabel holding its text (text(), clear(), the lock's wiping of
labels all work as before): the laid-out paragraphs always follow text(),
whoever set it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

_WIDTHS_KEPT = 3
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # as QLabel wraps


class WallText(QLabel):
    """Plain text, word-wrapped, laid out paragraph by paragraph and kept."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._shown = ""  # the text the paragraphs below were split from
        self._paragraphs: list[str] = []
        # Per width, each paragraph's layout (None: to be laid out) and height. Qt's layouts
        # ask for the height at a width a few pixels off the one painted (a styled border),
        # so the last few widths are kept rather than laid out again turn after turn.
        self._widths: dict[int, tuple[list[QTextLayout | None], list[float]]] = {}
        self.laid_out = 0  # paragraphs laid out so far (tests count the work)

    # --- following the text --------------------------------------------------------------

    def _sync(self) -> None:
        """Split text() into paragraphs; forget the layouts of those that changed."""
        text = self.text()
        if text == self._shown:
            return
        new = text.split("\n") if text else []
        old = self._paragraphs
        start, shortest = 0, min(len(old), len(new))
        while start < shortest and old[start] == new[start]:
            start += 1
        old_end, new_end = len(old), len(new)
        while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
            old_end -= 1
            new_end -= 1
        changed = new_end - start
        for layouts, heights in self._widths.values():
            layouts[start:old_end] = [None] * changed
            heights[start:old_end] = [0.0] * changed
        self._paragraphs = new
        self._shown = text

    def _forget_layouts(self) -> None:
        self._widths.clear()

    def _lay_out(self, width: int) -> tuple[list[QTextLayout | None], list[float]]:
        """The paragraphs' layouts and heights at `width`, laying out only what is missing."""
        self._sync()
        kept = self._widths.pop(width, None)
        if kept is None:
            count = len(self._paragraphs)
            kept = ([None] * count, [0.0] * count)
            while len(self._widths) >= _WIDTHS_KEPT:
                del self._widths[next(iter(self._widths))]
        self._widths[width] = kept  # the most recently used last
        layouts, heights = kept
        font = self.font()
        for i, layout in enumerate(layouts):
            if layout is None:
                layouts[i], heights[i] = self._paragraph(self._paragraphs[i], font, width)
        return kept

    def _paragraph(self, text: str, font, width: int) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, font)
        layout.setTextOption(_WRAP)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        self.laid_out += 1
        return layout, y

    def _extra(self) -> QSize:
        """Frame, margins and padding around the text."""
        inner = self.contentsRect()
        return QSize(self.width() - inner.width(), self.height() - inner.height())

    # --- what the layouts ask ------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        extra = self._extra()
        _layouts, heights = self._lay_out(width - extra.width())
        return math.ceil(sum(heights)) + extra.height()

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        width = max(self.width(), fm.averageCharWidth() * 40)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        return QSize(fm.averageCharWidth() * 8, fm.height() if self.text() else 0)

    # --- what changes the layouts --------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_layouts()  # the zoom or the style sheet: new type, new lines
        super().changeEvent(event)

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        inner = self.contentsRect()
        layouts, heights = self._lay_out(inner.width())
        painter = QPainter(self)
        self.drawFrame(painter)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        area = event.rect()
        y = float(inner.top())
        for layout, height in zip(layouts, heights, strict=True):
            if y > area.bottom():
                break
            if layout is not None and y + height >= area.top():
                layout.draw(painter, QPointF(inner.left(), y))
            y += height
        painter.end()
