"""The statistics view's controls: the filters, the table, and the buttons that save files.

Each is a plain widget the view lays out and listens to; none reads or writes
anything itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from sipdesk.domain.statistics import Filters
from sipdesk.domain.stats_period import Period
from sipdesk.ui import forms
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_rest import translate
from sipdesk.ui.statistics.figures_model import COUNT, MEASURE, ORGANISATION, FiguresModel

CONTEXT = "StatisticsView"
ALL_ORGANISATIONS = QT_TRANSLATE_NOOP("StatisticsView", "Alla organisationer")
ALL_COORDINATORS = QT_TRANSLATE_NOOP("StatisticsView", "Alla samordnare")
HIDE_SMALL = QT_TRANSLATE_NOOP("StatisticsView", "Dölj antal under 5")
# format: button, file dialog filter, what the file is called in messages (each Swedish,
# shown through tr())
FORMATS = {
    "csv": (QT_TRANSLATE_NOOP("StatisticsView", "Spara som &CSV…"), "CSV (*.csv)",
            QT_TRANSLATE_NOOP("StatisticsView", "CSV-filen")),
    "xlsx": (QT_TRANSLATE_NOOP("StatisticsView", "Spara som &Excel…"), "Excel (*.xlsx)",
             QT_TRANSLATE_NOOP("StatisticsView", "Excel-filen")),
    "pdf": (QT_TRANSLATE_NOOP("StatisticsView", "Spara som &PDF…"), "PDF (*.pdf)",
            QT_TRANSLATE_NOOP("StatisticsView", "PDF-filen")),
}
TIPS = {
    "csv": QT_TRANSLATE_NOOP("StatisticsView", "Tabellen som CSV-fil, för ett kalkylprogram "
                                               "eller en sammanställning"),
    "xlsx": QT_TRANSLATE_NOOP("StatisticsView", "Tabellen som Excel-fil, med måttens "
                                                "definitioner"),
    "pdf": QT_TRANSLATE_NOOP("StatisticsView", "Tabellen och diagrammen som PDF, att skicka "
                                               "eller skriva ut"),
}


def tr(text: str) -> str:
    """One of the view's Swedish texts above in the window's language."""
    return translate(CONTEXT, text)


class FilterBar(QWidget):
    """One organisation or all, one coordinator or all, and whether to hide counts under five.

    `filtersChanged` when a combo changes; `hide_small.toggled` for the box.
    """

    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.organisation = _combo(
            "StatisticsOrganisation", translate("StatisticsView", "Organisation"),
            tr(ALL_ORGANISATIONS), None, 18,
            translate("StatisticsView", "Bara möten där organisationen var kallad eller "
                                        "sammankallade, och avvikelser i de ärendena"))
        self.coordinator = _combo(
            "StatisticsCoordinator", translate("StatisticsView", "Samordnare"),
            tr(ALL_COORDINATORS), "", 14,
            translate("StatisticsView", "Bara ärenden som samordnaren har"))
        self.hide_small = QCheckBox(tr(HIDE_SMALL), self)
        self.hide_small.setObjectName("HideSmall")
        self.hide_small.setAccessibleName(tr(HIDE_SMALL))
        self.hide_small.setToolTip(translate(
            "StatisticsView", "Antal från 1 till 4 visas som ”<5”, i tabellen och i filerna, "
                              "när siffrorna ska lämnas ut"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for combo in (self.organisation, self.coordinator):
            combo.setParent(self)
            combo.currentIndexChanged.connect(lambda *_: self.filtersChanged.emit())
            layout.addWidget(combo)
        layout.addWidget(self.hide_small)

    def filters(self) -> Filters:
        return Filters(organisation_id=self.organisation.currentData(),
                       coordinator=self.coordinator.currentData() or "")

    def fill(self, organisations: Iterable[tuple[int, str]], coordinators: Iterable[str]) -> bool:
        """Offer these; True when what was chosen is gone (the filters changed)."""
        before = self.filters()
        _refill(self.organisation, tr(ALL_ORGANISATIONS), None, organisations)
        _refill(self.coordinator, tr(ALL_COORDINATORS), "",
                [(name, name) for name in coordinators])
        return self.filters() != before


def _combo(name: str, accessible: str, all_text: str, all_data: Any, length: int,
           tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(tip)
    combo.addItem(all_text, all_data)
    combo.setMinimumContentsLength(length)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _refill(combo: QComboBox, all_text: str, all_data: Any,
            items: Iterable[tuple[Any, str]]) -> None:
    """"Alla …" first, then (data, text) pairs; what was chosen stays chosen if it is there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, all_data)
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen not in (None, "") else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class ExportButtons(QWidget):
    """"Spara som CSV…", "Excel…", "PDF…"; `requested(format)` when one is pressed."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for fmt, (text, _filter, _what) in FORMATS.items():
            button = QPushButton(tr(text), self)
            button.setObjectName(f"ExportStatistics{fmt.capitalize()}")
            button.setAccessibleName(tr(text).replace("&", ""))
            tip = translate("StatisticsView", "{what}. Inga namn eller personnummer följer med.")
            button.setToolTip(tip.format(what=tr(TIPS[fmt])))
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.requested.emit(f))
            layout.addWidget(button)
            self.buttons[fmt] = button

    def set_ready(self, ready: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(ready)


def figures_table(model: FiguresModel, parent: QWidget | None = None) -> QTableView:
    """The figures, read-only: the measure takes the room, the numbers a narrow column each."""
    table = QTableView(parent)
    table.setObjectName("StatisticsTable")
    table.setAccessibleName(translate("StatisticsView", "Statistiktabell"))
    table.setModel(model)
    forms.read_only_rows(table)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(MEASURE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(ORGANISATION, 180)
    for column in range(COUNT, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, 56)
    return table


# --- where files go -------------------------------------------------------------------


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def suggested_name(period: Period, fmt: str) -> str:
    """'sip-statistik-2026-01-01--2026-03-31.csv'."""
    return f"sip-statistik-{period.start.isoformat()}--{period.end.isoformat()}.{fmt}"


def ask_path(parent: QWidget, title: str, suggestion: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, name_filter)
    return Path(name) if name else None


def with_suffix(path: Path, fmt: str) -> Path:
    """A name typed without ".csv" gets it, so the file opens in the right program."""
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")
