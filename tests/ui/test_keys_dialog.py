"""Lösenfras och återställningsnyckel: a new passphrase or recovery key from the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel

from sipdesk.services.errors import Secrets, WrongKey
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation
from sipdesk.ui.dialogs.keys import KeysDialog
from sipdesk.ui.operations import Operations
from sipdesk.ui.unlock import RecoveryKeyShown
from tests.ui.conftest import TODAY, settle

PASSPHRASE = "rätt häst batteri häftklammer"
NEW_PASSPHRASE = "en helt annan lång lösenfras"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


@pytest.fixture
def passphrase_ws(tmp_path):
    with Workspace.create(tmp_path / "p", Secrets(passphrase=PASSPHRASE),
                          clock=lambda: TODAY) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
        yield ws


def _dialog(qtbot, operations) -> KeysDialog:
    dialog = KeysDialog(operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.key_source != "")
    return dialog


def _new_key(dialog: KeysDialog) -> str:
    shown = dialog.shown
    assert isinstance(shown, RecoveryKeyShown) and shown.isVisible()
    key = shown.findChild(QLabel, "RecoveryKey").text().replace("\n", "")  # two lines
    shown.reject()
    assert shown.isVisible()  # Escape does not hide the key before it is written down
    shown.findChild(QCheckBox, "RecoveryKeyWritten").setChecked(True)
    shown.ok.click()
    return key


def test_a_keyring_store_gets_a_new_recovery_key_after_a_backup(qtbot, ws, ops, tmp_path):
    old = ws.store.recovery_key
    dialog = _dialog(qtbot, ops)
    assert not dialog.change_box.isVisible()  # no passphrase to change
    assert "nyckelring" in dialog.where.text().lower()
    dialog.recovery_button.click()
    new = _new_key(dialog)
    assert new != old and len(new) == len(old)
    assert [b.reason for b in ws.backups.list()] == ["before_rekey"]
    assert ws.cases.all() == []  # the store reads on, with its new key
    data_dir = ws.data_dir
    ws.close()
    with pytest.raises(WrongKey) as info:
        Workspace.open(data_dir, Secrets(recovery_key=old))
    # The old key still opens the backup made first: it is old, not a sign of damage.
    assert "gamla nyckel" in str(info.value) and "skadad" not in str(info.value)
    with Workspace.open(data_dir, Secrets(recovery_key=new)):
        pass
    with Workspace.open(data_dir, Secrets()):  # the keychain has the new key
        pass


def test_changing_the_passphrase_checks_the_old_one_and_the_rule(qtbot, passphrase_ws):
    ws = passphrase_ws
    operations = Operations(ws, synchronous=True)
    dialog = _dialog(qtbot, operations)
    assert dialog.change_box.isVisible()

    dialog.current.setText("fel lösenfras helt")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    assert "stämmer inte" in dialog.change_error.text() and dialog.shown is None

    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    dialog.change_button.click()
    assert "för kort" in dialog.change_error.text()
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    dialog.change_button.click()
    assert "inte likadana" in dialog.change_error.text() and dialog.shown is None

    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    new_recovery = _new_key(dialog)
    assert dialog.current.text() == "" and dialog.new.text() == ""
    assert [c.child.first_name for c in ws.cases.all()] == ["Elsa"]
    operations.shutdown()
    data_dir = ws.data_dir
    ws.close()
    with pytest.raises(WrongKey):
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE))
    with Workspace.open(data_dir, Secrets(passphrase=NEW_PASSPHRASE)) as again:
        assert len(again.cases.all()) == 1
    with Workspace.open(data_dir, Secrets(recovery_key=new_recovery)):
        pass


def test_a_passphrase_store_needs_its_passphrase_for_a_new_recovery_key(
    qtbot, passphrase_ws
):
    ws = passphrase_ws
    old = ws.store.recovery_key
    operations = Operations(ws)  # the real worker
    dialog = _dialog(qtbot, operations)
    dialog.recovery_button.click()
    assert "Skriv lösenfrasen" in dialog.recovery_error.text()
    dialog.recovery_passphrase.setText("fel lösenfras helt")
    dialog.recovery_button.click()
    settle(qtbot, operations)
    assert "stämmer inte" in dialog.recovery_error.text()
    dialog.recovery_passphrase.setText(PASSPHRASE)
    dialog.recovery_button.click()
    settle(qtbot, operations)
    new = _new_key(dialog)
    assert new != old
    operations.shutdown()
    data_dir = ws.data_dir
    ws.close()
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)):  # the same passphrase
        pass
    with pytest.raises(WrongKey):
        Workspace.open(data_dir, Secrets(recovery_key=old))
