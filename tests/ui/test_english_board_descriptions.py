"""The board's and the statistics' accessible descriptions speak the window's language.

A screen reader user hears the description after the name, so under English it must not
fall back to Swedish (and under Swedish it stays Swedish).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from sipdesk.ui.board.empty import EmptyBoard
from sipdesk.ui.main_window import MainWindow
from tests.ui.test_english import english, swedish_in  # noqa: F401 - `english`: a fixture

pytestmark = pytest.mark.demo_data(cases=12, seed=2026)


def _descriptions(window: MainWindow) -> dict[str, str]:
    """objectName (or button text) -> description, for the board, Today and empty board."""
    board = window.board
    widgets: list[QWidget] = [board.search, board.coordinator, board.stage, board.organisation,
                              board.attention, board._close_banner, window.today.view,
                              *(column.view for column in board.columns.values()),
                              *board.empty.findChildren(QPushButton)]
    return {w.objectName() or w.text(): w.accessibleDescription() for w in widgets}


def _statistics(window: MainWindow) -> dict[str, str]:
    view = window.show_statistics()  # described when built; no need to count a report
    back = window.findChild(QPushButton, "StatisticsBackToBoard")
    widgets = [back, view.table, view.period.start, view.period.end, *view.period.quick]
    return {w.objectName(): w.accessibleDescription() for w in widgets}


def _window(qtbot, ops) -> MainWindow:
    window = MainWindow(ops)
    qtbot.addWidget(window)
    return window


@pytest.mark.usefixtures("english")
def test_the_boards_and_the_statistics_descriptions_are_english(qtbot, ops):
    window = _window(qtbot, ops)
    said = {**_descriptions(window), **_statistics(window)}
    assert isinstance(window.board.empty, EmptyBoard)
    assert len(said) > 20
    for name, text in said.items():
        assert text, name
        assert not swedish_in(text), (name, text, swedish_in(text))
    assert said["BoardSearch"].startswith("Shows only cases where")
    assert said["StatisticsBackToBoard"] == (
        "Leaves the statistics and shows the case board again (Alt+Left)")


def test_under_swedish_the_descriptions_are_swedish(qtbot, ops):
    window = _window(qtbot, ops)
    said = {**_descriptions(window), **_statistics(window)}
    for name, text in said.items():
        assert swedish_in(text), (name, text)
    assert said["StageList1"].startswith("Ett kort per ärende.")
    assert said["StatisticsBackToBoard"] == (
        "Lämnar statistiken och visar ärendetavlan igen (Alt+Vänsterpil)")
