"""Importera katalog in the window: a file's preview with its bad rows named, then the import
on the real store worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.directory_import import NOTE_COLUMN, STATUS_COLUMN, DirectoryImportDialog
from tests.ui.conftest import settle

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "katalog-exempel.csv"


def test_the_sample_file_is_previewed_and_imported_on_the_worker(qtbot, live_ops, ws):
    dialog = DirectoryImportDialog(live_ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(SAMPLE)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    preview = dialog.preview
    assert dialog.table.rowCount() == len(preview.rows)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == (
        f"Importera {len(preview.organisations)} organisationer och "
        f"{len(preview.people)} personer")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Stäng", timeout=5000)
    settle(qtbot, live_ops)
    assert "Klart" in dialog.summary.text()
    assert len(ws.directory.organisations()) == len(preview.organisations)
    assert len(ws.directory.people()) == len(preview.people)
    assert not dialog.import_button.isEnabled()


def test_a_bad_row_is_marked_in_words_and_left_out(qtbot, ops, ws, tmp_path):
    path = tmp_path / "katalog.csv"
    path.write_text("Organisation,Typ,Namn,Yrke/roll,E-post\n"
                    "BUP Norrby,BUP,Anna Berg,Psykolog,anna@exempel.se\n"
                    "BUP Norrby,BUP,Bo Ek,Kurator,bo.ek på exempel\n", encoding="utf-8")
    dialog = DirectoryImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.table.item(1, 0).text() == "3"
    assert dialog.table.item(1, STATUS_COLUMN).text() == "Fel – importeras inte"
    assert "e-postadress" in dialog.table.item(1, NOTE_COLUMN).text()
    assert "rad 3" in dialog.summary.text()
    assert dialog.import_button.text() == "Importera 1 organisation och 1 person"
    dialog.only_errors.setChecked(True)
    assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(1)
    dialog.run_import()
    assert [p.name for p in ws.directory.people()] == ["Anna Berg"]


def test_an_unreadable_file_says_why(qtbot, ops, tmp_path):
    dialog = DirectoryImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "finns-inte.csv")
    assert dialog.error.isVisibleTo(dialog) and "finns inte" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_reached_from_the_directory_and_the_file_menu(qtbot, ops):
    from sipdesk.ui.main_window import MainWindow

    directory = OrganisationDirectory(ops)
    qtbot.addWidget(directory)
    assert isinstance(directory.import_directory(), DirectoryImportDialog)
    win = MainWindow(ops)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    assert win.window_actions.import_directory in file_menu.actions()
    win.window_actions.import_directory.trigger()
    assert win.findChild(DirectoryImportDialog) is not None


def test_the_preview_fits_1366_without_scrolling_sideways(qtbot, ops):
    dialog = DirectoryImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 700)  # a 1366 px screen less the dialog's frame
    dialog.show()
    dialog.load(SAMPLE)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    qtbot.wait(20)
    table = dialog.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert all(table.columnWidth(c) > 0 for c in range(table.columnCount()))
    for column in range(table.columnCount()):  # the whole text is in the tooltip
        item = table.item(0, column)
        assert item is not None and item.toolTip() == item.text()
