"""Statistik: the figures table's model, and the view on the real store worker.

The model is checked against Qt's contract without a window; the view is
driven as a coordinator would (a quick choice, a filter, the hide-small box,
a wrong period, a file) and its numbers are compared with what
ws.statistics.report answers for the same period.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QTableView,
    QWidget,
)

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import Attendance, MeetingKind, OrgKind, Principal, Response
from sipdesk.domain.statistics import (
    HIDDEN,
    CaseFact,
    Facts,
    InvitationFact,
    MeetingFact,
    compute,
)
from sipdesk.domain.stats_measures import MEASURES
from sipdesk.domain.stats_period import QUICK_CHOICES, Period, last_quarter, this_year
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.statistics import StatisticsView
from sipdesk.ui.statistics.figures_model import (
    ALL,
    COLUMNS,
    COUNT,
    MEASURE,
    ORGANISATION,
    PERCENT,
    FigureRole,
    FiguresModel,
)
from tests.ui.conftest import TODAY, settle

SCHOOL, BUP = 1, 2
ORGS = {
    SCHOOL: Organisation("Norrby skola", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=SCHOOL),
    BUP: Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=BUP),
}
SPRING = Period(date(2026, 3, 1), date(2026, 5, 31))


def _report():
    """Seven meetings held in the spring: the school at all of them, BUP at three."""
    meetings = [MeetingFact(n, n, MeetingKind.FIRST_SIP, date(2026, 4, n), SCHOOL)
                for n in range(1, 8)]
    invitations = [InvitationFact(n, SCHOOL, Response.ACCEPTED, Attendance.PRESENT,
                                  date(2026, 3, 1), None, date(2026, 3, 5)) for n in range(1, 8)]
    invitations += [InvitationFact(n, BUP, Response.ACCEPTED, Attendance.PRESENT,
                                   None, None, None) for n in range(1, 4)]
    cases = [CaseFact(n, "Karin", date(2026, 2, 1), date(2026, 2, 10)) for n in range(1, 8)]
    facts = Facts(meetings=meetings, invitations=invitations, cases=cases, organisations=ORGS)
    return compute(facts, SPRING, date(2026, 6, 15))


def _cell(model, row, column):
    return model.index(row, column).data()


def test_the_model_keeps_qts_contract(qtmodeltester):
    model = FiguresModel()
    qtmodeltester.check(model)  # empty, before the first report
    model.set_report(_report())
    qtmodeltester.check(model)
    model.set_hide_small(True)
    qtmodeltester.check(model)
    model.set_report(None)
    assert model.rowCount() == 0


def test_totals_come_first_then_organisations_with_numbers_on_the_right(qtbot):
    report = _report()
    model = FiguresModel()
    model.set_report(report)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == list(COLUMNS)
    figures = [model.index(r, 0).data(FigureRole) for r in range(model.rowCount())]
    totals = [f for f in figures if not f.organisation]
    assert figures[: len(totals)] == totals == report.totals()
    assert all(f.organisation for f in figures[len(totals):]) and len(figures) > len(totals)

    held = model.row_of("meetings_held")
    assert (_cell(model, held, MEASURE), _cell(model, held, ORGANISATION),
            _cell(model, held, COUNT)) == ("SIP-möten som hölls", ALL, "7")
    tip = model.index(held, MEASURE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == MEASURES["meetings_held"].definition
    right = model.index(held, COUNT).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight.value
    left = model.index(held, MEASURE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert not left & Qt.AlignmentFlag.AlignRight.value

    bup = model.row_of("region_attended", BUP)
    assert _cell(model, bup, ORGANISATION) == "BUP Norrby"
    assert [_cell(model, bup, c) for c in range(COUNT, PERCENT + 1)] == ["3", "7", "43 %"]


def test_hiding_small_counts_shows_under_five_and_says_which_cells_changed(qtbot):
    model = FiguresModel()
    model.set_report(_report())
    bup = model.row_of("region_attended", BUP)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_hide_small(True)
    top, bottom = changed.args[0], changed.args[1]
    assert top.row() <= bup <= bottom.row() and top.column() == COUNT
    assert [_cell(model, bup, c) for c in range(COUNT, PERCENT + 1)] == [HIDDEN, "7", ""]
    assert _cell(model, model.row_of("meetings_held"), COUNT) == "7"  # five or more stays
    model.set_hide_small(False)
    assert _cell(model, bup, COUNT) == "3"


# --- the view on the real worker ----------------------------------------------------------


def _view(qtbot, ops, **kw) -> StatisticsView:
    view = StatisticsView(ops, **kw)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10000)
    settle(qtbot, ops)
    return view


def _count_of(view: StatisticsView, measure: str, organisation_id: int | None = None) -> str:
    row = view.model.row_of(measure, organisation_id)
    assert row >= 0, measure
    return view.model.index(row, COUNT).data()


pytestmark = pytest.mark.demo_data(cases=12)


def test_a_quick_choice_counts_that_period_as_the_service_does(qtbot, ws, live_ops):
    quarter = last_quarter(TODAY)
    year = ws.statistics.report(this_year(TODAY))
    expected = ws.statistics.report(quarter)  # read before the worker starts using the store
    assert year.figure("meetings_held").count > 0

    view = _view(qtbot, live_ops)
    assert view.report.period == this_year(TODAY)  # what the view starts with
    assert _count_of(view, "meetings_held") == str(int(year.figure("meetings_held").count))
    assert view.period.quick[2].isChecked()  # "I år" is what the dates are
    assert view.export_buttons["csv"].isEnabled()

    index = next(n for n, (text, _fn) in enumerate(QUICK_CHOICES) if text == "Förra kvartalet")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.period.quick[index].click()
    assert view.report.period == quarter
    assert view.period.dates() == (quarter.start, quarter.end)
    assert view.period.quick[index].isChecked() and not view.period.quick[2].isChecked()
    assert _count_of(view, "meetings_held") == str(int(expected.figure("meetings_held").count))
    assert [f.measure for f in view.report.figures] == [f.measure for f in expected.figures]
    assert quarter.title in view.summary.text()


def test_filters_offer_every_organisation_and_coordinator_and_count_with_them(qtbot, ws,
                                                                              live_ops):
    choices = ws.statistics.choices()
    assert choices.organisations and choices.coordinators
    org_id, org_name = choices.organisations[0]
    expected = ws.statistics.report(this_year(TODAY))
    view = _view(qtbot, live_ops)
    assert view.organisation.itemText(0) == "Alla organisationer"
    assert view.coordinator.itemText(0) == "Alla samordnare"
    assert [view.organisation.itemText(i) for i in range(1, view.organisation.count())] == \
        [name for _id, name in choices.organisations]
    assert view.coordinator.count() == len(choices.coordinators) + 1

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.organisation.setCurrentIndex(1)
    assert view.report.filters.organisation_id == org_id
    assert org_name in view.report.filter_text
    held = view.report.figure("meetings_held").count
    assert held <= expected.figure("meetings_held").count
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.organisation.setCurrentIndex(0)
    assert view.report.filters.organisation_id is None


def test_hide_small_shows_under_five_in_the_table(qtbot, live_ops):
    view = _view(qtbot, live_ops)
    model = view.model
    small = next(r for r in range(model.rowCount())
                 if 0 < model.figure(r).count < 5 and not model.figure(r).is_value)
    shown = model.index(small, COUNT).data()
    assert shown != HIDDEN
    view.hide_small.setChecked(True)
    assert model.index(small, COUNT).data() == HIDDEN
    view.hide_small.setChecked(False)
    assert model.index(small, COUNT).data() == shown


def test_an_inverted_period_says_why_in_swedish_and_keeps_the_table(qtbot, live_ops):
    view = _view(qtbot, live_ops)
    before, rows = view.report, view.model.rowCount()
    asked = view._asked
    view.period.end.setDate(view.period.start.date().addDays(-1))
    qtbot.waitUntil(lambda: view.period_error.isVisible(), timeout=3000)
    assert "innan den börjar" in view.period_error.text()
    assert view.period_error.text().startswith("Perioden slutar")
    settle(qtbot, live_ops)
    assert view.report is before and view.model.rowCount() == rows
    assert view._asked == asked  # nothing was asked of the worker
    # Put right, the message goes and the report is counted again.
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.period.quick[0].click()
    assert not view.period_error.isVisible() and view.report is not before


def test_typed_dates_wait_for_a_pause_and_only_the_newest_answer_is_shown(qtbot, live_ops):
    view = _view(qtbot, live_ops)
    loads: list[object] = []
    view.loaded.connect(lambda: loads.append(view.report))
    view.period.start.setDate(view.period.start.date().addMonths(1))
    view.period.start.setDate(view.period.start.date().addMonths(1))
    assert view.period.waiting and not loads  # still typing: nothing counted yet
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    settle(qtbot, live_ops)
    assert len(loads) == 1 and view.report.period.start == date(2026, 3, 1)

    # Two questions before either answer: the first answer is dropped when it comes.
    loads.clear()
    view.period.quick[0].click()
    view.period.quick[3].click()
    settle(qtbot, live_ops)
    assert len(loads) == 1
    assert view.report.period == QUICK_CHOICES[3][1](TODAY)


def test_saving_a_csv_writes_the_file_where_the_coordinator_chose(qtbot, live_ops, tmp_path,
                                                                   monkeypatch):
    asked: list[tuple[str, str]] = []
    target = tmp_path / "statistik"  # typed without a suffix: .csv is added

    def fake_dialog(_parent, _title, suggestion, name_filter):
        asked.append((suggestion, name_filter))
        return str(target), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    view = _view(qtbot, live_ops)
    view.hide_small.setChecked(True)
    with qtbot.waitSignal(view.exported, timeout=20000) as written:
        view.export_buttons["csv"].click()
    path = Path(written.args[0])
    assert path == tmp_path / "statistik.csv" and path.exists()
    suggestion, name_filter = asked[0]
    assert Path(suggestion).name == "sip-statistik-2026-01-01--2026-12-31.csv"
    assert "*.csv" in name_filter
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["measure", "organisation", "count", "of", "percent"]
    assert "meetings_held" in {row[0] for row in rows[1:]}
    assert "Sparad" in view.status.text() and str(path) in view.status.text()
    assert view.export_buttons["csv"].isEnabled()


def test_a_file_that_cannot_be_written_is_said_in_swedish(qtbot, live_ops, tmp_path):
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    target = blocker / "statistik.pdf"  # a folder that cannot be made
    view = _view(qtbot, live_ops, choose_path=lambda *_args: target)
    view.export_buttons["pdf"].click()
    qtbot.waitUntil(lambda: "sparades inte" in view.status.text(), timeout=20000)
    assert view.status.text().startswith("PDF-filen sparades inte.")
    assert not target.exists()
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_the_charts_are_shown_beside_the_table_keeping_their_shape(qtbot, ws, live_ops):
    expected = ws.statistics.charts_svg(ws.statistics.report(this_year(TODAY)))
    view = _view(qtbot, live_ops)
    charts = view.charts.charts
    assert [c.title for c in charts] == [title for title, _svg in expected]
    assert all(c.valid and c.accessibleName() == f"Diagram: {c.title}" for c in charts)

    def in_shape(chart) -> bool:
        size = chart.renderer.defaultSize()
        return abs(chart.height() - chart.width() * size.height() / size.width()) <= 2

    qtbot.waitUntil(lambda: all(in_shape(c) for c in charts), timeout=3000)  # laid out
    assert all(c.width() > 240 for c in charts)
    assert view.charts.horizontalScrollBar().maximum() == 0


def test_charts_that_cannot_be_drawn_leave_the_table(qtbot, ws, live_ops, monkeypatch):
    def broken(_self, _report):
        raise RuntimeError("no drawing today")

    monkeypatch.setattr(type(ws.statistics), "charts_svg", broken)
    view = _view(qtbot, live_ops)
    assert view.model.rowCount() > 0 and not view.charts.charts
    assert "kunde inte ritas" in view.charts.note.text()


def test_a_period_the_service_refuses_is_said_under_the_dates(qtbot, ws, live_ops,
                                                              monkeypatch):
    from sipdesk.domain.errors import ValidationError

    view = _view(qtbot, live_ops)

    def refuse(_self, _period, _filters=None, _as_of=None):
        raise ValidationError("Periodens första dag är inte ett datum.", field="period")

    monkeypatch.setattr(type(ws.statistics), "report", refuse)
    before = view.report
    view.period.quick[0].click()
    qtbot.waitUntil(lambda: view.period_error.isVisible(), timeout=5000)
    assert view.period_error.text() == "Periodens första dag är inte ett datum."
    assert view.report is before


def test_no_sql_on_the_gui_thread_while_the_view_loads_and_refreshes(qtbot, ws, live_ops,
                                                                      statements):
    case = ws.cases.all()[0]
    statements.clear()
    view = _view(qtbot, live_ops)
    view.period.quick[1].click()
    settle(qtbot, live_ops)
    view.organisation.setCurrentIndex(1)
    settle(qtbot, live_ops)
    asked = view._asked
    live_ops.write(None, lambda w: w.cases.update(case.id, question="Vad behöver barnet?"))
    qtbot.waitUntil(lambda: view._asked > asked, timeout=5000)  # counted again
    settle(qtbot, live_ops)
    assert statements.threads, "the store was never used"
    assert statements.on_gui_thread() == 0


def test_a_hidden_view_counts_again_only_when_shown(qtbot, ws, live_ops):
    case = ws.cases.all()[0]
    view = _view(qtbot, live_ops)
    view.hide()
    asked = view._asked
    live_ops.write(None, lambda w: w.cases.update(case.id, question="Något nytt?"))
    settle(qtbot, live_ops)
    qtbot.wait(400)  # past the view's pause for changes
    assert view._asked == asked
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    assert view._asked == asked + 1


def test_every_control_has_a_name_and_tab_goes_from_the_dates_to_the_table(qtbot, live_ops):
    view = _view(qtbot, live_ops)
    controls = [w for w in view.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QComboBox | QDateEdit | QTableView)]
    assert len(controls) >= 12
    unnamed = [w.objectName() for w in controls
               if not w.accessibleName() and not w.objectName().startswith("qt_")]
    assert not unnamed
    expected = [view.period.start, view.period.end, *view.period.quick, view.organisation,
                view.coordinator, view.hide_small, *view.export_buttons.values(), view.table]
    chain, widget = [], view.period.start
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is view.period.start:
            break
        if widget in expected and widget not in chain:
            chain.append(widget)
    assert chain == expected[1:]
    # Tab leaves the table (arrows move within it), as in every read-only table.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()


def test_the_main_windows_menu_and_shortcut_open_statistics(qtbot, live_ops):
    window = MainWindow(live_ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.board.is_loaded, timeout=10000)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Visa")
    entry = next(a for a in view_menu.actions() if a.text().replace("&", "") == "Statistik")
    shortcut = entry.shortcut().toString()
    assert shortcut == "Ctrl+Shift+T"
    others = [a for a in window.window_actions.all() if a is not entry]
    assert shortcut not in {a.shortcut().toString() for a in others}

    entry.trigger()
    view = window.statistics
    assert view is not None and window.surfaces()["StatisticsView"] is view
    assert window.pages.currentWidget() is view.parentWidget() and view.isVisible()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10000)
    assert view.model.rowCount() > 0

    window.show_board()
    assert not view.isVisible() and window.board.isVisible()
    entry.trigger()  # the same view again, with its period kept
    assert window.statistics is view and view.isVisible()
    settle(qtbot, live_ops)
    window.close()
