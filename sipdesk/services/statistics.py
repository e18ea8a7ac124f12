"""Statistics for a period: read the facts once, count them, write them as files.

What each measure means is in domain/stats_measures.py (and docs/statistics.md).
The files carry no personal data: the facts hold no names, and the organisation
rows name organisations only. `hide_small` shows counts under five as "<5" for
figures that leave the municipality.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sipdesk.domain.errors import ValidationError
from sipdesk.domain.statistics import Filters, Report, compute
from sipdesk.domain.stats_period import Period
from sipdesk.export.files import write_atomically, write_bytes
from sipdesk.services.resources import fonts_dir
from sipdesk.store import models as m
from sipdesk.store.statistics_queries import read_facts

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


class StatsFormat(StrEnum):
    TEXT = "text"
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return ".txt" if self is StatsFormat.TEXT else f".{self.value}"


@dataclass(frozen=True)
class StatsChoices:
    """What the view's filters offer: organisations by name, and the coordinators named."""

    organisations: tuple[tuple[int, str], ...]
    coordinators: tuple[str, ...]


class StatisticsService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def report(self, period: Period, filters: Filters | None = None,
               as_of: date | None = None) -> Report:
        """The figures for `period`; meetings after `as_of` (default today) are not held yet."""
        with self._ws.reading() as s:
            facts = read_facts(s, period.start, period.end)
        return compute(facts, period, as_of or self._ws.today(),
                       self._ws.settings.deadlines(), filters)

    def choices(self) -> StatsChoices:
        with self._ws.reading() as s:
            coordinators = sorted(
                {c.strip() for c in s.scalars(select(m.CaseRow.coordinator)) if c.strip()},
                key=str.casefold)
        orgs = sorted(((org_id, org.display_name)
                       for org_id, org in self._ws.directory.organisations_by_id().items()),
                      key=lambda pair: pair[1].casefold())
        return StatsChoices(tuple(orgs), tuple(coordinators))

    def charts_svg(self, report: Report, hide_small: bool = False) -> list[tuple[str, bytes]]:
        """The report's charts as (title, SVG), drawn as in the PDF, for the window to show."""
        # reportlab is imported when a chart is first drawn, never at start-up.
        from sipdesk.export import statistics_charts

        drawn = statistics_charts.charts(report, hide_small=hide_small, lead_days=self._lead_days(),
                                         fonts_dir=fonts_dir())
        return [(chart.title, statistics_charts.svg(chart.drawing)) for chart in drawn]

    def _lead_days(self) -> int:
        return self._ws.settings.deadlines().invitation_lead_days

    def export(self, report: Report, out_path: Path, fmt: StatsFormat | str,
               hide_small: bool = False) -> Path:
        """Write `report` as text, CSV, XLSX or PDF, atomically (never a half-written file)."""
        try:
            fmt = StatsFormat(fmt)
        except ValueError:
            raise ValidationError(
                f"Formatet ”{fmt}” finns inte. Välj text, csv, xlsx eller pdf.",
                field="format") from None
        out_path = Path(out_path)
        # The writers (reportlab, openpyxl) are imported only when a report is exported.
        from sipdesk.export import statistics_files

        if fmt is StatsFormat.PDF:
            from sipdesk.export import statistics_pdf

            fonts, lead_days = fonts_dir(), self._lead_days()
            return write_atomically(out_path, lambda handle: statistics_pdf.render_statistics_pdf(
                report, handle, fonts, hide_small=hide_small, lead_days=lead_days))
        if fmt is StatsFormat.XLSX:
            return write_atomically(out_path, lambda handle: statistics_files.write_xlsx(
                report, handle, hide_small=hide_small))
        if fmt is StatsFormat.CSV:
            data = statistics_files.csv_text(report, hide_small=hide_small).encode("utf-8")
        else:
            data = statistics_files.plain_text(report, hide_small=hide_small).encode("utf-8")
        return write_bytes(out_path, data)

