"""Seed 002's hand count in the statistics view's table, typed in as a coordinator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from sipdesk.ui.statistics import StatisticsView
from sipdesk.ui.statistics.figures_model import COUNT, PERCENT
from tests.seed_002 import PERIOD, SEED_FIGURES, build_seed_002
from tests.ui.conftest import settle

pytestmark = pytest.mark.slow


def test_the_views_table_finds_the_hand_count(qtbot, ws, live_ops):
    build_seed_002(ws)
    view = StatisticsView(live_ops)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10000)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.period.start.setDate(QDate(PERIOD.start))
        view.period.end.setDate(QDate(PERIOD.end))
    settle(qtbot, live_ops)
    assert view.report.period == PERIOD
    model = view.model
    for measure, (count, of, pct) in SEED_FIGURES.items():
        row = model.row_of(measure)
        shown = [model.index(row, c).data() for c in range(COUNT, PERCENT + 1)]
        assert shown == [str(count), "" if of is None else str(of),
                         "" if pct is None else f"{pct} %"], measure
