"""Statistik (objectName StatisticsView): the figures of a period, their charts, and the files.

The coordinator picks a period (two dates, or a quick choice) and, if they
like, one organisation or one coordinator. The report is counted on the store
worker (`ws.statistics.report`), together with its charts, and an answer that
arrives after a newer question is dropped. A period that ends before it
begins is said under the dates, and the table keeps the last report. The
files (CSV, Excel, PDF) are written on the worker too, from the report on the
screen, with small counts hidden if the box says so. Any write elsewhere in
the window that changes what is counted makes the view count again: at once
while it is shown, otherwise the next time it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.statistics import Filters, Report
from sipdesk.domain.stats_period import FIELD, Period, this_year
from sipdesk.ui import forms, memory, theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import long_date, translate
from sipdesk.ui.operations import Failure, Operations
from sipdesk.ui.statistics.charts_panel import ChartsPanel
from sipdesk.ui.statistics.controls import (
    FORMATS,
    ExportButtons,
    FilterBar,
    ask_path,
    documents_folder,
    figures_table,
    suggested_name,
    tr,
    with_suffix,
)
from sipdesk.ui.statistics.figures_model import FiguresModel
from sipdesk.ui.statistics.period_picker import PeriodPicker

log = logging.getLogger(__name__)

ChoosePath = Callable[[str, str, str], Path | None]  # title, suggested path, filter
Charts = list[tuple[str, bytes]] | None

# Several writes in a row (typing saved every second) are counted again once.
CHANGES_MS = 300
# What the statistics count: a change to these parts of a case changes the figures.
COUNTED = (Part.CARD, Part.RECORD, Part.PLAN, Part.MEETINGS, Part.DEVIATIONS)
NOT_COUNTED = QT_TRANSLATE_NOOP("StatisticsView", "Statistiken kunde inte räknas fram.")


def _count(ws: Any, period: Period, filters: Filters,
           hide_small: bool) -> tuple[Report, Charts]:
    """On the worker: the report, and its charts (a chart that fails spares the table)."""
    report = ws.statistics.report(period, filters)
    try:
        charts: Charts = list(ws.statistics.charts_svg(report, hide_small))
    except Exception as exc:  # the figures stand without their pictures
        log.error("statistics charts failed: %s", type(exc).__name__)
        charts = None
    return report, charts


class StatisticsView(QWidget):
    """objectName StatisticsView. `loaded` when a report is shown, `exported(path)` after a file."""

    exported = Signal(object)
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None):
        super().__init__(parent)
        self.setObjectName("StatisticsView")
        self.setAccessibleName(translate("StatisticsView", "Statistik"))
        self._ops = ops
        self._choose_path = choose_path or (lambda *args: ask_path(self, *args))
        self.report: Report | None = None
        self._asked = 0  # the number of the latest count asked for; older answers are dropped
        self._stale = True  # count again when next shown
        self._saving = False
        self._reread = QTimer(self, singleShot=True, interval=CHANGES_MS)
        self._reread.timeout.connect(self.refresh)
        ops.changed.connect(self._changed)

        self.model = FiguresModel(self)
        self.period = PeriodPicker(ops.today, this_year(ops.today()), self)
        self.period.periodChanged.connect(self.recount)
        self.period_error = forms.error_label(self, "PeriodError")
        self.filter_bar = FilterBar(self)
        self.filter_bar.filtersChanged.connect(self.recount)
        self.organisation = self.filter_bar.organisation
        self.coordinator = self.filter_bar.coordinator
        self.hide_small = self.filter_bar.hide_small
        self.hide_small.toggled.connect(self.model.set_hide_small)
        self.hide_small.toggled.connect(self.recount)  # the charts hide small bars too
        self.export_bar = ExportButtons(self)
        self.export_bar.requested.connect(self.export)
        self.export_buttons = self.export_bar.buttons
        self.table = figures_table(self.model, self)
        self.charts = ChartsPanel(self)
        self.status = QLabel("")
        self.status.setObjectName("StatisticsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self._lay_out()
        # The filters and the file buttons are described by their tooltips.
        forms.describe(self, {self.table: translate(
            "StatisticsView", "Ett mått per rad, först för alla ärenden och sedan per "
                              "organisation, med antal, av hur många och andel i procent")})

    # --- building ---------------------------------------------------------------------

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = QHBoxLayout()  # the window may put its way back first in it
        title = QLabel(translate("StatisticsView", "Statistik"))
        title.setObjectName("StatisticsTitle")
        title.setStyleSheet(f"color: {theme.STRONG}; {theme.font_size(14)} font-weight: 600;")
        self.summary = QLabel("")
        self.summary.setObjectName("StatisticsSummary")
        self.summary.setStyleSheet(theme.MUTED_TEXT)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.addWidget(title)
        self.heading.addSpacing(12)
        self.heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(self.heading)
        layout.addWidget(self.period)
        layout.addWidget(self.period_error)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_bar)
        bar.addStretch(1)
        bar.addWidget(self.export_bar)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("StatisticsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._sized = memory.restore_splitter(self.splitter, "statistics")
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        chain: list[QWidget] = [self.period.start, self.period.end, *self.period.quick,
                                self.organisation, self.coordinator, self.hide_small,
                                *self.export_buttons.values(), self.table, self.charts]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- counting ---------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        """A report is on the screen."""
        return self.report is not None

    def filters(self) -> Filters:
        return self.filter_bar.filters()

    def chosen_period(self) -> Period | None:
        """The dates as a Period; None (and the reason under the dates) when they are wrong."""
        start, end = self.period.dates()
        try:
            period = Period(start, end)
        except ValidationError as exc:
            if end < start:  # the domain's reason, with its dates in the window's language
                message = translate("StatisticsView", "Perioden slutar ({end}) innan den börjar "
                                                      "({start}). Byt plats på datumen.").format(
                    end=long_date(end), start=long_date(start))
            else:
                message = failure_text(exc.message)
            self._period_problem(message)
            return None
        self._period_problem(None)
        return period

    def refresh(self) -> None:
        """Read the filters' choices and count the report again."""
        self._stale = False
        self._ops.read(self, lambda ws: ws.statistics.choices(), self._fill_choices,
                       lambda failure: self._say(failure_text(failure), error=True))
        self.recount()

    def recount(self) -> None:
        """Count the report for the dates and filters shown (on the worker)."""
        period = self.chosen_period()
        if period is None:
            return  # the last report stays until the dates make sense
        self._asked += 1
        number, filters, hide_small = self._asked, self.filters(), self.hide_small.isChecked()

        def done(result: tuple[Report, Charts]) -> None:
            if number == self._asked:
                self._show(*result)

        def failed(failure: Failure) -> None:
            if number != self._asked:
                return
            if failure.field == FIELD:
                self._period_problem(failure_text(failure))
            else:
                self._say(f"{tr(NOT_COUNTED)} {failure_text(failure)}", error=True)

        self._ops.read(self, lambda ws: _count(ws, period, filters, hide_small), done, failed)

    def _show(self, report: Report, charts: Charts) -> None:
        self.report = report
        self.model.set_report(report)
        self.charts.set_charts(charts)
        self.summary.setText(self._summary(report))
        self.export_bar.set_ready(not self._saving)
        if self.status.text().startswith(tr(NOT_COUNTED)):
            self._say("")  # counted now; what was said about saving a file stays
        self.loaded.emit()

    def _summary(self, report: Report) -> str:
        """'1 januari 2026–31 december 2026 · alla ärenden · läget den 1 december 2026'."""
        period = f"{long_date(report.period.start)}–{long_date(report.period.end)}"
        parts = []
        chosen = report.filters
        if chosen.organisation_id is not None:
            index = self.organisation.findData(chosen.organisation_id)
            name = self.organisation.itemText(index) if index >= 0 \
                else translate("StatisticsView", "okänd")
            parts.append(translate("StatisticsView", "organisation: {name}").format(name=name))
        if chosen.coordinator.strip():
            parts.append(translate("StatisticsView", "samordnare: {name}").format(
                name=chosen.coordinator.strip()))
        filters = ", ".join(parts) or translate("StatisticsView", "alla ärenden")
        as_of = translate("StatisticsView", "läget den {date}").format(
            date=long_date(report.as_of))
        return f"{period} · {filters} · {as_of}"

    def _period_problem(self, message: str | None) -> None:
        forms.show_error(self.period_error, None, message)  # the date keeps its own tooltip
        self.period.end.setStyleSheet(forms.INVALID_FIELD if message else "")

    def _fill_choices(self, choices: Any) -> None:
        if self.filter_bar.fill(choices.organisations, choices.coordinators):
            self.recount()  # what was chosen is gone: count without it

    # --- hearing about changes --------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        counted = (changes.everything or changes.directory or changes.settings
                   or bool(changes.cases_with(*COUNTED)))
        if not counted:
            return
        if self.isVisible():
            self._reread.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = max(self.splitter.width(), 2)
            self.splitter.setSizes([total // 2, total - total // 2])
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        memory.save_splitter(self.splitter, "statistics")
        super().hideEvent(event)

    # --- files ------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Ask where, then write the report on the screen as `fmt` on the worker."""
        report = self.report
        if report is None:
            self._say(translate("StatisticsView", "Det finns ingen statistik att spara ännu."),
                      error=True)
            return
        text, name_filter, what = FORMATS[fmt]
        suggestion = str(documents_folder() / suggested_name(report.period, fmt))
        chosen = self._choose_path(tr(text).replace("&", "").rstrip("…"), suggestion,
                                   name_filter)
        if chosen is None:
            return
        path, hide_small = with_suffix(chosen, fmt), self.hide_small.isChecked()
        self._saving_now(True)
        self._say(translate("StatisticsView", "Sparar {what} …").format(what=tr(what)))

        def done(written: Path) -> None:
            self._saving_now(False)
            self._say(translate("StatisticsView", "Sparad: {path}").format(path=written), ok=True)
            self.exported.emit(written)

        def failed(failure: Failure) -> None:
            self._saving_now(False)
            self._say(translate("StatisticsView", "{what} sparades inte. {reason}").format(
                what=tr(what), reason=failure_text(failure)), error=True)

        self._ops.read(self, lambda ws: ws.statistics.export(report, path, fmt, hide_small),
                       done, failed)

    def _saving_now(self, saving: bool) -> None:
        self._saving = saving
        self.export_bar.set_ready(not saving and self.report is not None)

    # --- saying -----------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        style = theme.ERROR_TEXT if error else theme.OK_TEXT if ok else theme.MUTED_TEXT
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))
