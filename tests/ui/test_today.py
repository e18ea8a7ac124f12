"""The Today list and the worker thread behind the window."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.enums import Stage
from sipdesk.services.workspace import Workspace
from sipdesk.ui.board.board_model import CaseIdRole, DueItemRole, ShownNameRole
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.operations import Operations
from sipdesk.ui.tasks import TaskManager
from tests.ui.conftest import TODAY


@pytest.fixture(scope="module")
def demo():
    with Workspace.demo(cases=36, seed=5, clock=lambda: TODAY) as ws:
        yield ws


@pytest.fixture
def demo_ops(qtbot, demo):
    operations = Operations(demo, synchronous=True)
    yield operations
    operations.shutdown()


@pytest.fixture
def window(qtbot, demo_ops):
    win = MainWindow(demo_ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _items(window):
    model = window.today.model
    return [model.index(r, 0).data(DueItemRole) for r in range(model.rowCount())]


def test_today_lists_everything_due_most_urgent_first(window, demo):
    items = _items(window)
    assert items == demo.board.today()
    assert items == sorted(items)
    flags = [i.overdue for i in items]
    assert any(flags) and flags == sorted(flags, reverse=True)  # overdue first
    overdue = [i for i in items if i.overdue]
    days = [i.days_overdue(TODAY) for i in overdue]
    assert days == sorted(days, reverse=True)  # the most overdue at the top
    summary = window.today.summary.text()
    assert f"{len(overdue)} försenade" in summary and f"{len(items)} totalt" in summary


def test_today_shows_whose_case_and_respects_initials(window):
    index = window.today.model.index(0, 0)
    card = window.board.model.card(index.data(CaseIdRole))
    assert index.data(ShownNameRole) == card.full_name
    window.window_actions.show_initials.setChecked(True)
    assert index.data(ShownNameRole) == card.initials
    window.window_actions.show_initials.setChecked(False)


def test_double_click_opens_the_case(qtbot, window):
    view = window.today.view
    index = window.today.model.index(0, 0)
    with qtbot.waitSignal(window.caseOpened, timeout=1000) as opened:
        view.doubleClicked.emit(index)
    assert opened.args == [index.data(CaseIdRole)]


def test_a_move_updates_the_today_list(window, demo):
    # A stage-1 case moved on gets the next step of stage 2 in the Today list.
    case_id = window.board.visible_case_ids(Stage.NEED_FOUND)[0]
    before = [i for i in _items(window) if i.case_id == case_id]
    window.board.move_case(case_id, int(Stage.CONSENT_AND_PLANNING))
    after = [i for i in _items(window) if i.case_id == case_id]
    assert demo.cases.get(case_id).stage is Stage.CONSENT_AND_PLANNING
    assert after == list(demo.board.refreshed(case_id).today)
    assert after != before
    assert _items(window) == sorted(_items(window))
    demo.cases.move(case_id, Stage.NEED_FOUND)  # leave the shared store as it was


def test_toggling_the_today_list(window):
    window.window_actions.show_today.setChecked(False)
    assert not window.today.isVisibleTo(window)
    window.window_actions.show_today.setChecked(True)
    assert window.today.isVisibleTo(window)


# --- the worker thread -------------------------------------------------------


def test_tasks_run_on_one_worker_and_answer_on_the_gui_thread(qtbot):
    tasks = TaskManager()
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(result):
        seen["done"] = (threading.get_ident(), result)

    with qtbot.waitSignal(tasks.busyChanged, timeout=5000, check_params_cb=lambda b: not b):
        tasks.run(work, done)
    assert seen["worker"] != gui
    assert seen["done"] == (gui, 42)

    errors = []
    with qtbot.waitSignal(tasks.busyChanged, timeout=5000, check_params_cb=lambda b: not b):
        tasks.run(lambda: 1 / 0, done, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    tasks.shutdown()
    tasks.run(work, done)  # ignored after shutdown
    assert not tasks.busy


def test_unhandled_task_errors_are_reported(qtbot):
    tasks = TaskManager(synchronous=True)
    with qtbot.waitSignal(tasks.failed, timeout=1000) as failed:
        tasks.run(lambda: [][1])
    assert isinstance(failed.args[0], IndexError)


def test_threaded_window_loads_without_blocking(qtbot, demo):
    ops = Operations(demo)  # the real worker thread
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    assert win.board.stack.currentWidget() is win.board.loading or win.board.is_loaded
    qtbot.waitUntil(lambda: win.board.is_loaded, timeout=20000)
    assert win.today.model.rowCount() > 0
    assert win.board.model.count() == 36
    win.close()
    assert not ops.busy


def test_enter_in_the_today_list_opens_the_case(qtbot, window):
    view = window.today.view
    view.setFocus()
    view.setCurrentIndex(window.today.model.index(1, 0))
    with qtbot.waitSignal(window.today.caseOpened, timeout=1000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [window.today.model.index(1, 0).data(CaseIdRole)]
