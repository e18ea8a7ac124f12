"""The report's charts beside the table: the SVG drawings of the PDF, scaled to fit.

Each chart keeps its aspect ratio: its height follows the width the panel
gives it, and the panel scrolls up and down, never sideways.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_rest import chart_title, translate

NO_CHARTS = QT_TRANSLATE_NOOP("ChartsPanel", "Inga diagram att visa för den här perioden.")
NOT_DRAWN = QT_TRANSLATE_NOOP("ChartsPanel", "Diagrammen kunde inte ritas. Tabellen och "
                                             "filerna påverkas inte.")
LOADING = QT_TRANSLATE_NOOP("ChartsPanel", "Ritar diagram…")
# Wider than this a chart gets no larger: its lettering would only grow.
MAX_CHART_WIDTH = 760


class SvgChart(QWidget):
    """One SVG drawing, as wide as it is given and as high as its aspect ratio says."""

    def __init__(self, title: str, svg: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.renderer = QSvgRenderer(QByteArray(svg), self)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        size = self.renderer.defaultSize()
        self._ratio = size.height() / size.width() if size.width() > 0 else 0.6
        self.setAccessibleName(translate("ChartsPanel", "Diagram: {title}").format(title=title))
        self.setToolTip(title)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(240)
        self.setMaximumWidth(MAX_CHART_WIDTH)

    @property
    def valid(self) -> bool:
        return self.renderer.isValid()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(1, round(min(width, MAX_CHART_WIDTH) * self._ratio))

    def sizeHint(self) -> QSize:  # noqa: N802
        # As wide as allowed: the layout centres it and gives it what there is up to this.
        return QSize(MAX_CHART_WIDTH, self.heightForWidth(MAX_CHART_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(self.rect()))
        painter.end()


class ChartsPanel(QScrollArea):
    """The charts one under the other, each with its title; scrolls vertically."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StatisticsCharts")
        self.setAccessibleName(translate("ChartsPanel", "Diagram"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#StatisticsChartsContent {{ background: {theme.PANEL}; }}")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts: list[SvgChart] = []
        self._content: QWidget | None = None
        self.note = QLabel()
        self.show_message(LOADING)

    def show_message(self, text: str) -> None:
        """`text`: one of the Swedish messages above, shown in the window's language."""
        text = translate("ChartsPanel", text)
        self.charts = []
        content = self._fresh_content()
        self.note = QLabel(text, content)
        self.note.setObjectName("ChartsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.MUTED_TEXT)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = content.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_charts(self, charts: Sequence[tuple[str, bytes]] | None) -> None:
        """Show `charts` (title, SVG); None when they could not be drawn."""
        if charts is None:
            self.show_message(NOT_DRAWN)
            return
        if not charts:
            self.show_message(NO_CHARTS)
            return
        content = self._fresh_content()
        layout = content.layout()
        assert isinstance(layout, QVBoxLayout)
        self.charts = []
        for swedish, svg in charts:
            title = chart_title(swedish)
            heading = QLabel(title, content)
            heading.setObjectName("ChartTitle")
            heading.setWordWrap(True)
            heading.setStyleSheet(f"color: {theme.INK}; font-weight: 600;")
            chart = SvgChart(title, svg, content)
            layout.addWidget(heading)
            layout.addWidget(chart, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(14)
            self.charts.append(chart)
        layout.addStretch(1)

    def _fresh_content(self) -> QWidget:
        content = QWidget()
        content.setObjectName("StatisticsChartsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(content)
        self._content = content
        return content
