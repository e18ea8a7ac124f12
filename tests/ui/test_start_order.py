"""Start-up paints first and works after: the order of what happens, never how long it takes.

The window (or the passphrase question over it) is painted before the key is
derived and before the store file is read; the key is derived on a thread of
its own while the window keeps handling input; the board is built when the
store is open. What stops the opening is still told as before. Timing lives
in benchmarks/first_paint.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sipdesk.services.errors import Secrets, StoreInUse
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation, engine, header
from sipdesk.store.lock import StoreLock
from sipdesk.ui import app as start
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.unlock import PassphraseDialog, StartPrompts

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "rätt häst batteri häftklammer"
# Whatever the window may be painted without (issue 14): the engine, the services,
# the keychain, the board, the case's whole model and its rules (the window's words
# name the due kinds and flags from domain/due_kind.py and domain/flag.py), and what
# only exports and migrations need.
HEAVY = ("sqlalchemy", "sqlcipher3", "keyring", "alembic", "reportlab",
         "sipdesk.services.workspace", "sipdesk.ui.board.board", "sipdesk.ui.operations",
         "sipdesk.domain.entities", "sipdesk.domain.deadlines", "sipdesk.domain.flags",
         "sipdesk.domain.plan_document")
# Never a limit on the time anything takes: only how long a stuck test waits
# before it fails instead of hanging.
STUCK_S = 60


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


@pytest.fixture
def passphrase_store(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    with Workspace.create(data_dir, Secrets(passphrase=PASSPHRASE)) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
    return data_dir


class Events(QObject):
    """What happened, in order, from every thread; and the window's side of it."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []
        self._lock = threading.Lock()
        self.deriving = threading.Event()
        self.gui_answered = threading.Event()

    def note(self, what: str) -> None:
        with self._lock:
            self.seen.append(what)

    def first(self, what: str) -> int:
        return self.seen.index(what)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            name = "window painted" if isinstance(window, MainWindow) else (
                f"{type(window).__name__} painted")
            if name not in self.seen:
                self.note(name)
        elif (event.type() == QEvent.Type.KeyPress and isinstance(watched, MainWindow)
              and self.deriving.is_set() and not self.gui_answered.is_set()):
            self.note("input handled while deriving")
            self.gui_answered.set()
        return False


@pytest.fixture
def events(qapp, monkeypatch):
    """Events noted from the window, the key's derivation and the first read of the file."""
    noted = Events()
    real_derive, real_check = header.derive_key, engine.check_store_file

    def derive(*args):
        noted.note("key derivation begins")
        noted.deriving.set()
        # A slow derivation: it ends only once the window has handled a key press.
        noted.gui_answered.wait(STUCK_S)
        key = real_derive(*args)
        noted.note("key derived")
        return key

    def check(path):
        noted.note("store read")
        return real_check(path)

    monkeypatch.setattr(header, "derive_key", derive)
    monkeypatch.setattr(engine, "check_store_file", check)
    qapp.installEventFilter(noted)
    yield noted
    qapp.removeEventFilter(noted)


def _main_window() -> MainWindow | None:
    """The window on the screen (a closed one of an earlier test may linger, hidden)."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def _press_keys_and_close_when_loaded(events: Events) -> QTimer:
    """The coordinator: presses a key while the key is derived, quits once the board is in."""
    def tick() -> None:
        window = _main_window()
        if window is None:
            return
        if events.deriving.is_set() and not events.gui_answered.is_set():
            QTest.keyClick(window, Qt.Key.Key_Space)
        if window.attached and window.board.is_loaded:
            events.note("board loaded")
            timer.stop()
            window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    return timer


def test_the_window_paints_before_the_key_is_derived_and_answers_input_meanwhile(
    qtbot, passphrase_store, events, monkeypatch
):
    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)  # as a script starts it
    coordinator = _press_keys_and_close_when_loaded(events)
    try:
        status = start.run(passphrase_store)
    finally:
        coordinator.stop()
    assert status == 0
    seen = events.seen
    assert seen[0] == "window painted", seen
    assert events.first("window painted") < events.first("key derivation begins")
    assert events.first("window painted") < events.first("store read")
    # The window handled a key press while the worker was deriving the key...
    assert (events.first("key derivation begins") < events.first("input handled while deriving")
            < events.first("key derived") < events.first("board loaded")), seen
    # ...which was derived once: opening took the key derived ahead, waited for nothing else.
    assert seen.count("key derivation begins") == 1, seen


def test_the_passphrase_is_asked_over_the_painted_window_before_anything_is_read(
    qtbot, passphrase_store, events
):
    asked: list[PassphraseDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if "PassphraseDialog painted" not in events.seen:
            return  # a person answers what they have seen
        if isinstance(dialog, PassphraseDialog) and dialog.isVisible() and dialog not in asked:
            asked.append(dialog)
            events.note("passphrase asked")
            dialog.field.setText(PASSPHRASE)
            dialog.accept()

    answering = QTimer()
    answering.timeout.connect(answer)
    answering.start(10)
    coordinator = _press_keys_and_close_when_loaded(events)
    try:
        status = start.run(passphrase_store)
    finally:
        answering.stop()
        coordinator.stop()
    assert status == 0
    seen = events.seen
    assert len(asked) == 1, seen  # asked once: opening took the answer given early
    assert seen[0] in ("window painted", "PassphraseDialog painted"), seen
    assert (events.first("PassphraseDialog painted") < events.first("passphrase asked")
            < events.first("key derivation begins")), seen
    assert events.first("window painted") < events.first("store read")
    assert seen.count("key derivation begins") == 1, seen
    assert events.first("key derived") < events.first("board loaded")
    assert "input handled while deriving" in seen


def test_a_store_in_use_is_told_as_before_and_nothing_opens(qtbot, passphrase_store, capsys):
    told: list[tuple[str, str, bool]] = []

    class Prompts(StartPrompts):
        def tell(self, title, text, *, problem=False):
            told.append((title, text, problem))

    with StoreLock(passphrase_store):  # another sipdesk has it
        status = start.run(passphrase_store, prompts=Prompts())
    assert status == start.EXIT_NOT_OPENED
    assert told == [("Arkivet kunde inte öppnas", StoreInUse.default_message, True)]
    err = capsys.readouterr().err
    assert StoreInUse.default_message in err and "Traceback" not in err
    assert _main_window() is None  # no window stays behind, nor the passphrase asked early
    assert QApplication.activeModalWidget() is None


def _first_paint_child(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`sipdesk --data-dir DIR` as a process of its own, reporting at its first paint which
    heavy modules were imported, then closing the window there (before the store is open)."""
    probe = f"""
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)
            print("at first paint:", heavy, flush=True)
            QTimer.singleShot(0, lambda: [w.close() for w in
                                          QtWidgets.QApplication.topLevelWidgets()])
        return False

Application = QtWidgets.QApplication
class Probed(Application):
    def __init__(self, *args):
        super().__init__(*args)
        self.first_paint = FirstPaint()
        self.installEventFilter(self.first_paint)
QtWidgets.QApplication = Probed

from sipdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", SIPDESK_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run([sys.executable, "-c", probe, "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


@pytest.mark.slow
def test_the_program_paints_before_its_heavy_imports_and_can_be_closed_while_it_opens(
    passphrase_store
):
    done = _first_paint_child(passphrase_store)
    assert "at first paint: []" in done.stdout, (done.stdout, done.stderr[-2000:])
    # Closed before the store was open: it says so and ends, no traceback.
    assert done.returncode == start.EXIT_NOT_OPENED, done.stderr[-2000:]
    assert start.CANCELLED in done.stderr and "Traceback" not in done.stderr
    with Workspace.open(passphrase_store, Secrets(passphrase=PASSPHRASE)) as ws:
        assert len(ws.cases.all()) == 1  # and the store is closed and whole


def test_a_wrong_passphrase_given_early_is_asked_again_as_before(qtbot, passphrase_store):
    prompts_seen: list[str] = []
    told: list[str] = []

    class Prompts(StartPrompts):
        def tell(self, title, text, *, problem=False):
            told.append(text)  # nothing should be told; never left waiting if it is
    answers = iter(["fel lösenfras helt och hållet", PASSPHRASE])

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.isVisible() and \
                not dialog.property("answered"):
            dialog.setProperty("answered", True)
            prompts_seen.append(dialog.findChild(QWidget, "PassphrasePrompt").text())
            typed = next(answers, None)
            if typed is None:  # asked once too often: said below, not hung on
                dialog.reject()
                return
            dialog.field.setText(typed)
            dialog.accept()

    def close_when_loaded() -> None:
        window = _main_window()
        if window is not None and window.attached and window.board.is_loaded:
            window.close()

    answering, closing = QTimer(), QTimer()
    answering.timeout.connect(answer)
    closing.timeout.connect(close_when_loaded)
    answering.start(10)
    closing.start(10)
    try:
        status = start.run(passphrase_store, prompts=Prompts())
    finally:
        answering.stop()
        closing.stop()
    assert status == 0, (prompts_seen, told)
    assert len(prompts_seen) == 2, prompts_seen
    assert "Ange lösenfrasen" in prompts_seen[0]
    assert "stämmer inte" in prompts_seen[1]
