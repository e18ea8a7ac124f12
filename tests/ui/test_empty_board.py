"""A new store's board says what to do first, and gives way to the cards once a case exists."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.main_window import MainWindow


def _window(qtbot, ops) -> MainWindow:
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.board.is_loaded
    return win


def test_an_empty_store_shows_the_first_steps_until_a_case_exists(qtbot, ops, ws):
    win = _window(qtbot, ops)
    board = win.board
    assert board.stack.currentWidget() is board.empty
    assert board.empty.heading.text() == "Inga ärenden ännu."
    assert "katalogen" in board.empty.steps[0].text()
    ops.write(None, lambda w: w.cases.create(first_name="Tyra", last_name="Falk",
                                               question="Hur får Tyra stöd i skolan?"))
    qtbot.waitUntil(lambda: board.stack.currentWidget() is not board.empty, timeout=3000)
    assert board.model.count() == 1


def test_its_buttons_open_the_new_case_and_the_import(qtbot, ops, ws):
    win = _window(qtbot, ops)
    with qtbot.waitSignal(win.newCaseRequested, timeout=1000):
        qtbot.mouseClick(win.board.empty.new_case_button, Qt.MouseButton.LeftButton)
    assert win.findChild(NewCaseDialog) is not None
    qtbot.mouseClick(win.board.empty.import_button, Qt.MouseButton.LeftButton)
    assert win.findChild(DirectoryImportDialog) is not None


def test_a_board_with_cases_shows_its_columns(qtbot, ops, ws):
    ws.cases.create(first_name="Elsa", last_name="Lind", question="?")
    win = _window(qtbot, ops)
    assert win.board.stack.currentWidget() is not win.board.empty
