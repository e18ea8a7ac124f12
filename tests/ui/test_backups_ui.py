"""Backups in the window: made on the timer and on closing, shown in the status bar, listed,
made and restored from Säkerhetskopior; a failing disk on the board is told, never leaked."""

from __future__ import annotations

import json
import logging
import shutil
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from sipdesk.domain.changes import Changes
from sipdesk.domain.enums import Stage
from sipdesk.services.errors import Secrets
from sipdesk.services.failures import READ_ONLY
from sipdesk.services.workspace import Workspace
from sipdesk.ui import theme
from sipdesk.ui.backup_status import BackupStatus
from sipdesk.ui.dialogs.backups import BackupsDialog
from sipdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle

# Fictional children; 20121212-1212 is a Skatteverket test personnummer.
FIRST, LAST, PNR = "Tindra", "Zyxwvutsson", "20121212" + "1212"


def _status(qtbot, operations) -> BackupStatus:
    status = BackupStatus(operations)
    qtbot.addWidget(status)
    return status


def _new_case(operations, first=FIRST, last=LAST) -> None:
    operations.write(None, lambda ws: ws.cases.create(
        first_name=first, last_name=last, question="Hur får barnet stöd?"))


def _opens_alone(info, recovery_key, tmp_path, memory_keyring) -> list[str]:
    """The backup's two files on 'another computer', opened with the recovery key only."""
    folder = tmp_path / f"elsewhere-{info.name}"
    folder.mkdir()
    shutil.copyfile(info.path, folder / "sipdesk.db")
    (folder / "store.json").write_text(json.dumps(info.header), encoding="utf-8")
    kept = dict(memory_keyring.passwords)
    memory_keyring.passwords.clear()
    try:
        with Workspace.open(folder, Secrets(recovery_key=recovery_key)) as other:
            from sipdesk.store.engine import check_integrity

            assert check_integrity(other.store.engine).ok
            return sorted(c.child.full_name for c in other.cases.all())
    finally:
        memory_keyring.passwords.clear()
        memory_keyring.passwords.update(kept)


# --- the status bar ----------------------------------------------------------------------


def test_without_a_backup_the_status_bar_warns_in_amber(qtbot, ops):
    status = _status(qtbot, ops)
    assert status.kind == "missing"
    assert status.text() == "Ingen säkerhetskopia ännu"
    assert theme.WARNING_INK in status.styleSheet()


def test_the_timer_makes_a_backup_only_after_changes(
    qtbot, ops, ws, tmp_path, memory_keyring
):
    status = _status(qtbot, ops)
    assert status.timer.interval() == 30 * 60 * 1000 and status.timer.isActive()
    status.timer.timeout.emit()
    assert ws.backups.list() == []  # nothing changed, nothing to keep

    _new_case(ops)
    _new_case(ops, "Noah", "Ek")
    status.timer.timeout.emit()
    made = ws.backups.list()
    assert [i.reason for i in made] == ["timer"]
    assert made[0].verified and made[0].cases == 2
    assert status.kind == "ok"
    assert status.text() == f"Säkerhetskopia {made[0].made_at:%H.%M}"
    assert theme.WARNING_INK not in status.styleSheet()
    assert _opens_alone(made[0], ws.store.recovery_key, tmp_path, memory_keyring) == [
        "Noah Ek", f"{FIRST} {LAST}"]

    status.timer.timeout.emit()  # no change since: no second copy
    assert len(ws.backups.list()) == 1


def test_a_backup_is_made_on_closing_and_holds_what_was_typed(
    qtbot, live_ops, ws, tmp_path, memory_keyring
):
    status = _status(qtbot, live_ops)
    _new_case(live_ops)
    settle(qtbot, live_ops)
    status.backup_on_close()
    live_ops.shutdown()  # the worker finishes every queued write, the backup too
    made = ws.backups.list()
    assert [i.reason for i in made] == ["close"]
    assert _opens_alone(made[0], ws.store.recovery_key, tmp_path, memory_keyring) == [
        f"{FIRST} {LAST}"]


def test_closing_the_main_window_makes_a_backup(qtbot, ops, ws):
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert [i.reason for i in ws.backups.list()] == ["close"]


def test_an_old_backup_is_warned_about(qtbot, ops, ws):
    info = ws.backups.make("manual")
    old = datetime.now().replace(microsecond=0) - timedelta(days=3)
    data = json.loads(info.info_path.read_text(encoding="utf-8"))
    data["made_at"] = old.isoformat()
    info.info_path.write_text(json.dumps(data), encoding="utf-8")
    status = _status(qtbot, ops)
    assert status.kind == "old"
    assert "äldre än 2 dagar" in status.text()
    assert theme.WARNING_INK in status.styleSheet()


def test_a_failed_backup_is_told_in_red_and_tried_again(qtbot, ops, ws):
    status = _status(qtbot, ops)
    told = []
    ops.failed.connect(told.append)
    (ws.data_dir / "backups").write_text("a file where the folder should be", encoding="utf-8")
    _new_case(ops)
    status.timer.timeout.emit()
    assert status.kind == "failed"
    assert status.text() == "Säkerhetskopian misslyckades"
    assert theme.ERROR_INK in status.styleSheet()
    assert "kunde inte göras" in status.toolTip()
    assert told and "kunde inte göras" in told[0].message  # the window says it too
    (ws.data_dir / "backups").unlink()
    status.timer.timeout.emit()  # the change is still not backed up: the next tick tries
    assert status.kind == "ok" and len(ws.backups.list()) == 1


def test_the_status_bar_reads_again_after_a_restore(qtbot, ops, ws):
    status = _status(qtbot, ops)
    ws.backups.make("manual")
    ops.announce(Changes.all())
    qtbot.waitUntil(lambda: status.kind == "ok")


# --- Säkerhetskopior -------------------------------------------------------------------


def _dialog(qtbot, operations) -> BackupsDialog:
    dialog = BackupsDialog(operations)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_lists_when_why_cases_and_verified_and_where_copies_go(
    qtbot, ops, ws, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    ws.backups.set_mirror_dir(usb)
    ws.cases.create(first_name=FIRST, last_name=LAST, question="?")
    ws.backups.make("timer")
    dialog = _dialog(qtbot, ops)
    assert dialog.objectName() == "BackupsDialog"
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "När", "Varför", "Ärenden", "Kontrollerad"]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3)] == [
        "automatiskt under arbetet", "1", "ja"]
    assert table.item(0, 0).text().startswith(datetime.now().strftime("%Y-%m-%d "))
    assert str(ws.data_dir / "backups") in dialog.places.text()
    assert f"går också till {usb}" in dialog.places.text()
    assert not dialog.restore_button.isEnabled()

    dialog.make_button.click()
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "på begäran"
    assert "gjord och kontrollerad" in dialog.status.text()
    assert len(list(usb.glob("*.db"))) == 2


def test_the_dialog_says_where_to_choose_a_second_folder(qtbot, ops):
    dialog = _dialog(qtbot, ops)
    assert "Ingen extra mapp är vald" in dialog.places.text()
    assert "Inställningar" in dialog.places.text()


def test_restore_from_the_window_asks_first_and_every_surface_reads_again(
    qtbot, ops, ws, monkeypatch
):
    ws.cases.create(first_name=FIRST, last_name=LAST, question="?")
    ws.backups.make("manual")
    ws.cases.create(first_name="Noah", last_name="Ek", question="?")
    heard = []
    ops.changed.connect(heard.append)
    dialog = _dialog(qtbot, ops)
    dialog.table.selectRow(0)
    asked = []

    def answer(entry, yes):
        asked.append(entry)
        return yes

    monkeypatch.setattr(dialog, "confirm_restore", lambda entry: answer(entry, False))
    dialog.restore_button.click()
    assert len(asked) == 1 and asked[0].cases == 1
    assert len(ws.cases.all()) == 2  # "Avbryt": nothing happened

    monkeypatch.setattr(dialog, "confirm_restore", lambda entry: answer(entry, True))
    dialog.restore_button.click()
    assert [c.child.full_name for c in ws.cases.all()] == [f"{FIRST} {LAST}"]
    assert any(c.everything for c in heard)
    assert "återställt" in dialog.status.text()
    reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert reasons == ["före en återställning", "på begäran"]
    safety = ws.backups.list()[0]
    assert safety.reason == "before_restore" and safety.cases == 2


def test_the_restore_confirmation_says_the_store_is_backed_up_first(qtbot, ops, ws, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ws.backups.make("manual")
    dialog = _dialog(qtbot, ops)
    dialog.table.selectRow(0)
    shown = {}

    def exec_(box):
        shown["text"] = box.text() + " " + box.informativeText()
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert dialog.confirm_restore(dialog.selected()) is False
    assert "säkerhetskopieras först" in shown["text"]
    assert sorted(shown["buttons"]) == ["Avbryt", "Återställ"]


def test_restore_with_the_real_worker(qtbot, live_ops, ws, monkeypatch):
    ws.cases.create(first_name=FIRST, last_name=LAST, question="?")
    ws.backups.make("manual")
    ws.cases.create(first_name="Noah", last_name="Ek", question="?")
    status = _status(qtbot, live_ops)
    dialog = _dialog(qtbot, live_ops)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialog, "confirm_restore", lambda entry: True)
    dialog.restore_button.click()
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert status.kind == "ok"
    live_ops.shutdown()
    assert [c.child.full_name for c in ws.cases.all()] == [f"{FIRST} {LAST}"]


# --- a failing disk on the board ---------------------------------------------------------


def test_a_move_on_a_read_only_store_is_told_and_the_card_stays(qtbot, ops, ws, caplog):
    caplog.set_level(logging.DEBUG)
    case = ws.cases.create(first_name=FIRST, last_name=LAST, personnummer=PNR,
                           question="Hur får barnet stöd i skolan?")
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    assert window.board.is_loaded
    view = window.board.view_of(Stage.NEED_FOUND)
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = ON")  # as a read-only file answers
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.board.banner.isVisible()
    assert READ_ONLY in window.board.banner_text.text()
    assert window.failure_notice.text() == READ_ONLY
    assert window.board.visible_case_ids(Stage.NEED_FOUND) == [case.id]
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = OFF")
    assert ws.cases.get(case.id).stage is Stage.NEED_FOUND
    for secret in (FIRST, LAST, PNR, "20121212-1212"):
        assert secret not in caplog.text
