"""Opening the store from the window: the recovery key, a new passphrase, a creation cut short.

The start-up questions are real modal dialogs; a timer in the test answers
them as the coordinator would (types, clicks, presses Escape).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sipdesk.services.errors import Secrets, WrongKey
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation
from sipdesk.ui import app as start
from sipdesk.ui.unlock import (
    NewPassphraseDialog,
    PassphraseDialog,
    RecoveryKeyDialog,
    RecoveryKeyShown,
    StartPrompts,
)

PASSPHRASE = "rätt häst batteri häftklammer"

Step = Callable[[QWidget], None]


class Answers:
    """Answers each modal dialog as it appears, in order; records what each one showed."""

    def __init__(self, qtbot, steps: list[Step]):
        self.steps = list(steps)
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.unexpected: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(10)

    def _tick(self) -> None:
        try:
            self._answer()
        except Exception as exc:  # never leave a modal dialog waiting: the test would hang
            self.unexpected.append(repr(exc))
            widget = QApplication.activeModalWidget()
            if isinstance(widget, QDialog):
                widget.done(0)

    def _answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or widget.property("answered"):
            return
        widget.setProperty("answered", True)
        self.seen.append(widget)
        self.texts.append(" ".join(
            w.text() for kind in (QLabel, QLineEdit, QAbstractButton)
            for w in widget.findChildren(kind)))
        if not self.steps:
            self.unexpected.append(type(widget).__name__)
            widget.close() if not isinstance(widget, QDialog) else widget.reject()
            return
        step = self.steps.pop(0)
        # Answer after the dialog has settled in its own event loop.
        QTimer.singleShot(0, lambda: self._run(step, widget))

    def _run(self, step: Step, widget: QWidget) -> None:
        try:
            step(widget)
        except Exception as exc:
            self.unexpected.append(repr(exc))
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)

    def stop(self) -> None:
        self._timer.stop()
        assert not self.unexpected, f"dialogs nobody answered: {self.unexpected}"
        assert not self.steps, f"{len(self.steps)} answers were never asked for"


def type_in(name: str, text: str, then_ok: bool = True) -> Step:
    def step(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, name)
        assert field is not None, name
        field.setText(text)
        if then_ok:
            assert isinstance(dialog, QDialog)
            dialog.accept()
    return step


def escape(dialog: QWidget) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def click(name_or_text: str) -> Step:
    def step(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if name_or_text in (button.objectName(), button.text()):
                button.click()
                return
        raise AssertionError(f"no button {name_or_text!r}")
    return step


def written_down(dialog: QWidget) -> None:
    assert isinstance(dialog, RecoveryKeyShown)
    dialog.findChild(QCheckBox, "RecoveryKeyWritten").setChecked(True)
    dialog.ok.click()


def _store_without_keychain_entry(tmp_path, memory_keyring) -> tuple[Path, str, str]:
    data_dir = tmp_path / "data"
    with Workspace.create(data_dir, Secrets()) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
        recovery, store_id = ws.store.recovery_key, ws.store.store_id
    memory_keyring.passwords.clear()  # the keychain lost the entry
    return data_dir, recovery, store_id


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


# --- the recovery key -----------------------------------------------------------------------


def test_the_window_asks_for_the_recovery_key_when_the_keychain_has_none(
    qtbot, tmp_path, memory_keyring
):
    data_dir, recovery, store_id = _store_without_keychain_entry(tmp_path, memory_keyring)
    garbled = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    # As typed from paper: lower case, spaces for dashes.
    sloppy = recovery.lower().replace("-", " ")
    answers = Answers(qtbot, [type_in("RecoveryKeyField", garbled),
                              type_in("RecoveryKeyField", sloppy)])
    try:
        ws = start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()
    with ws:
        assert [c.child.first_name for c in ws.cases.all()] == ["Elsa"]
    first, second = answers.seen
    assert isinstance(first, RecoveryKeyDialog) and isinstance(second, RecoveryKeyDialog)
    assert "återställningsnyckeln" in answers.texts[0] and store_id in answers.texts[0]
    assert "felskriven" in second.findChild(QWidget, "RecoveryKeyProblem").text()
    assert garbled not in answers.texts[1]  # the message never repeats key material
    # The key is back in the keychain: the next start asks nothing.
    assert ("sipdesk", store_id) in memory_keyring.passwords
    with Workspace.open(data_dir, Secrets()) as ws:
        assert len(ws.cases.all()) == 1


def test_a_recovery_key_of_another_store_is_asked_again_then_refused(
    qtbot, tmp_path, memory_keyring
):
    data_dir, _recovery, _ = _store_without_keychain_entry(tmp_path, memory_keyring)
    _other, wrong, _ = _store_without_keychain_entry(tmp_path / "x", memory_keyring)
    answers = Answers(qtbot, [type_in("RecoveryKeyField", wrong)] * start.RECOVERY_TRIES)
    try:
        with pytest.raises(WrongKey):
            start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()
    assert len(answers.seen) == start.RECOVERY_TRIES
    problem = answers.seen[-1].findChild(QWidget, "RecoveryKeyProblem").text()
    assert problem == start.WRONG_RECOVERY_KEY


def test_escape_at_the_recovery_key_ends_cleanly_with_a_message(
    qtbot, tmp_path, memory_keyring, capsys, monkeypatch
):
    data_dir, _recovery, _ = _store_without_keychain_entry(tmp_path, memory_keyring)
    told: list[tuple[str, str]] = []

    class Prompts(StartPrompts):
        def tell(self, title, text, *, problem=False):
            told.append((title, text))

    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)  # as a script might start it
    answers = Answers(qtbot, [escape])
    try:
        status = start.run(data_dir, prompts=Prompts())
    finally:
        answers.stop()
    assert status == start.EXIT_NOT_OPENED
    assert "SIPDESK_PASSPHRASE" not in os.environ  # read once, then gone
    assert told == [("sipdesk avslutas", start.CANCELLED)]
    err = capsys.readouterr().err
    assert start.CANCELLED in err and "Traceback" not in err
    assert Workspace.exists(data_dir)  # nothing touched


def test_a_forgotten_passphrase_leads_to_the_recovery_key(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    with Workspace.create(data_dir, Secrets(passphrase=PASSPHRASE)) as ws:
        recovery = ws.store.recovery_key
    answers = Answers(qtbot, [click("UseRecoveryKey"), type_in("RecoveryKeyField", recovery)])
    try:
        ws = start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()
    assert isinstance(answers.seen[0], PassphraseDialog)
    with ws:
        assert "glömt lösenfrasen" in (ws.store.notice or "")


def test_escape_at_the_passphrase_ends_cleanly(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    Workspace.create(data_dir, Secrets(passphrase=PASSPHRASE)).close()
    answers = Answers(qtbot, [escape])
    try:
        with pytest.raises(start.Cancelled):
            start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()


# --- a new store without a keychain --------------------------------------------------------


def test_a_new_passphrase_is_asked_twice_and_a_short_one_again(
    qtbot, tmp_path, no_keychain_anywhere
):
    data_dir = tmp_path / "data"

    def twice(first: str, second: str) -> Step:
        def step(dialog: QWidget) -> None:
            assert isinstance(dialog, NewPassphraseDialog)
            dialog.first.setText(first)
            dialog.second.setText(second)
            dialog.accept()
            if first == second and len(first.strip()) >= 10:
                return
            # Still open, saying why: the program did not end.
            assert dialog.isVisible()
            checks.append(dialog.problem.text())
            dialog.first.setText(PASSPHRASE)
            dialog.second.setText(PASSPHRASE)
            dialog.accept()
        return step

    checks: list[str] = []
    answers = Answers(qtbot, [twice("kort", "kort"), written_down])
    try:
        ws = start.open_workspace(data_dir, StartPrompts())
        start._after_opening(ws, StartPrompts())
    finally:
        answers.stop()
    with ws:
        assert ws.store.key_source == "passphrase"
        assert ws.store.recovery_key is None  # shown once, then forgotten
    assert "för kort" in checks[0]
    shown = answers.seen[1]
    assert isinstance(shown, RecoveryKeyShown)
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)):
        pass


def test_two_different_typings_are_asked_again(qtbot):
    dialog = NewPassphraseDialog("Välj")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.accept()
    assert dialog.isVisible() and "inte likadana" in dialog.problem.text()
    dialog.first.setText(" " * 12)
    dialog.second.setText(" " * 12)
    dialog.accept()
    assert dialog.isVisible() and "mellanslag" in dialog.problem.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.value() == PASSPHRASE


@pytest.fixture
def no_keychain_anywhere(monkeypatch):
    from sipdesk.store import keys

    monkeypatch.setattr(keys.Keychain, "usable", lambda self: False)


# --- what a crash or a lost store.json leaves --------------------------------------------------


def test_a_half_made_store_is_cleaned_only_after_a_yes(qtbot, tmp_path, memory_keyring):
    data_dir = tmp_path / "data"
    ws = Workspace.create(data_dir, Secrets())
    store_id = ws.store.store_id
    ws.close()
    (data_dir / "store.json").unlink()
    (data_dir / creation.MARKER_NAME).write_text(json.dumps({"store_id": store_id}))

    answers = Answers(qtbot, [escape])
    try:
        with pytest.raises(start.Cancelled):
            start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()
    assert isinstance(answers.seen[0], QMessageBox) and "avbröts" in answers.texts[0]
    assert (data_dir / "sipdesk.db").exists()

    answers = Answers(qtbot, [click("Rensa och skapa nytt")])
    try:
        ws = start.open_workspace(data_dir, StartPrompts())
    finally:
        answers.stop()
    with ws:
        assert ws.store.store_id != store_id and ws.cases.all() == []


def test_a_lost_store_json_is_opened_with_the_recovery_key(qtbot, tmp_path, memory_keyring):
    data_dir, recovery, store_id = _store_without_keychain_entry(tmp_path, memory_keyring)
    (data_dir / "store.json").unlink()
    told: list[str] = []

    class Prompts(StartPrompts):
        def tell(self, title, text, *, problem=False):
            told.append(text)

    answers = Answers(qtbot, [type_in("RecoveryKeyField", recovery)])
    try:
        prompts = Prompts()
        ws = start.open_workspace(data_dir, prompts)
        start._after_opening(ws, prompts)
    finally:
        answers.stop()
    dialog = answers.seen[0]
    assert dialog.findChild(QPushButton, "StartOverButton") is not None  # offered, not used
    with ws:
        assert ws.store.store_id == store_id and len(ws.cases.all()) == 1
    assert told and "store.json" in told[0]
    assert (data_dir / "store.json").exists()
