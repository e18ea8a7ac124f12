"""The statistics table's model: one row per figure, the totals first, then per organisation.

Columns: Mått, Organisation, Antal, Av, Andel. The numbers are the report's
own text (Figure.shown), so the table says what the exported files say, "<5"
included when small counts are hidden. The measure's exact definition is the
tooltip of its cell. The model holds one report and nothing else, so it is
tested without a window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sipdesk.domain.statistics import Figure, Report
from sipdesk.domain.stats_measures import MEASURES
from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_rest import measure_definition, measure_label, translate

FigureRole = Qt.ItemDataRole.UserRole + 1
MeasureRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Mått"),
    QT_TRANSLATE_NOOP("FiguresModel", "Organisation"),
    QT_TRANSLATE_NOOP("FiguresModel", "Antal"),
    QT_TRANSLATE_NOOP("FiguresModel", "Av"),
    QT_TRANSLATE_NOOP("FiguresModel", "Andel"),
)
MEASURE, ORGANISATION, COUNT, OF, PERCENT = range(len(COLUMNS))
ALL = QT_TRANSLATE_NOOP("FiguresModel", "Alla")  # the organisation cell of a total
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Vad som räknas; håll muspekaren över ett mått för dess "
                                      "exakta definition"),
    QT_TRANSLATE_NOOP("FiguresModel", "”Alla” för summan; annars en organisation som var med"),
    QT_TRANSLATE_NOOP("FiguresModel", "Antal (eller dagar, för median och längst)"),
    QT_TRANSLATE_NOOP("FiguresModel", "Det antal andelen räknas av"),
    QT_TRANSLATE_NOOP("FiguresModel", "Andel av ”Av”, i hela procent"),
)
_NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


def ordered(report: Report | None) -> list[Figure]:
    """The report's figures as the table lists them: totals, then organisation rows."""
    if report is None:
        return []
    totals = report.totals()
    return totals + [f for f in report.figures if f.organisation]


class FiguresModel(QAbstractTableModel):
    """The figures of one report; `set_hide_small` shows counts under five as "<5"."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.report: Report | None = None
        self.hide_small = False
        self._rows: list[Figure] = []
        self._muted = QColor(theme.MUTED)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- data in ---------------------------------------------------------------------

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = ordered(report)
        self.endResetModel()

    def set_hide_small(self, hide: bool) -> None:
        if hide == self.hide_small:
            return
        self.hide_small = hide
        if self._rows:
            self.dataChanged.emit(self.index(0, COUNT),
                                  self.index(len(self._rows) - 1, PERCENT))

    def figure(self, row: int) -> Figure:
        return self._rows[row]

    def row_of(self, measure: str, organisation_id: int | None = None) -> int:
        for number, figure in enumerate(self._rows):
            if figure.measure == measure and figure.organisation_id == organisation_id:
                return number
        return -1

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        figure = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(figure, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MEASURE:
                return measure_definition(MEASURES[figure.measure].definition)
            if column == ORGANISATION and figure.organisation:
                return figure.organisation  # a long name is cut short in its cell
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_NUMBERS if column >= COUNT else _TEXT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ORGANISATION and not figure.organisation:
                return self._muted
            return None
        if role == Qt.ItemDataRole.FontRole:
            # The headline figure of the report stands out.
            return self._bold if figure.measure == "meetings_held" and column == COUNT \
                and not figure.organisation else None
        if role == FigureRole:
            return figure
        if role == MeasureRole:
            return figure.measure
        return None

    def _text(self, figure: Figure, column: int) -> str:
        if column == MEASURE:
            return measure_label(figure.label)
        if column == ORGANISATION:
            return figure.organisation or translate("FiguresModel", ALL)
        count, of, pct = figure.shown(self.hide_small)
        return (count, of, pct)[column - COUNT]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("FiguresModel", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("FiguresModel", HEADER_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_NUMBERS if section >= COUNT else _TEXT)
        return None
