"""Statistik: the figures of a period as a table and charts, saved as CSV, Excel or PDF."""

from sipdesk.ui.statistics.view import StatisticsView

__all__ = ["StatisticsView"]
