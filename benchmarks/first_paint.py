"""First paint: process start to sipdesk's first painted window, against a bare PySide6 window.

    .venv/bin/python benchmarks/first_paint.py [--runs 9] [--cases 100] [--store DIR]

Each run is a fresh process of the real program (`sipdesk --data-dir DIR`, the
code path a coordinator starts), timed from just before it is started until
its first window has painted; the yardstick is a bare PySide6 QMainWindow
(a label, 1366x768) started the same way, alternating with it in the same run
(bare, sipdesk, bare, sipdesk, ...). Medians; the ratio is the median
sipdesk time over the median bare time. The same run also notes when the
board had every card (after the first paint, so not part of the ratio).

Two stores of fictional demo data are built once (and kept in a folder named
by --cache, by default in the temporary folder): one with a passphrase, given
as SIPDESK_PASSPHRASE as a script would, and one whose key is in a keychain
(a file-backed keyring in the cache folder, set by PYTHON_KEYRING_BACKEND for
the child only). Both processes see a fresh settings folder, so no window size
or language of the developer's own is read.

Nothing is asserted; the numbers are printed. Other benchmark code calls
measure_first_paint(store_dir, runs).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import keyring.backend

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark-only"  # a throwaway store of fictional demo data
TARGET_RATIO = 2.0
CHILD_TIMEOUT_S = 120
KEYRING_FILE_ENV = "SIPDESK_BENCH_KEYRING_FILE"
KEYRING_BACKEND = "benchmarks.first_paint.FileKeyring"

# Both children start with the same probe: it wraps QApplication so that the first
# Paint event of any widget is seen; the time is printed once the event loop has
# finished that paint (a zero timer), then, for sipdesk, when the board has every card.
PROBE = r"""
import sys, time
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

class _FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print(f"painted {time.time():.6f}", flush=True)
        QtWidgets.QApplication.instance().removeEventFilter(self)
        self.board = QTimer(interval=5)
        self.board.timeout.connect(self.board_loaded)
        self.board.start()
    def board_loaded(self):
        for widget in QtWidgets.QApplication.topLevelWidgets():
            board = getattr(widget, "board", None) if widget.objectName() == "MainWindow" else None
            if board is not None and board.is_loaded:
                self.board.stop()
                print(f"board {time.time():.6f}", flush=True)

_Application = QtWidgets.QApplication
class _Probed(_Application):
    def __init__(self, *args):
        super().__init__(*args)
        self.first_paint = _FirstPaint()
        self.installEventFilter(self.first_paint)
QtWidgets.QApplication = _Probed
"""

BARE_CHILD = PROBE + r"""
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("sipdesk"))
window.resize(1366, 768)
window.show()
app.exec()
"""

SIPDESK_CHILD = PROBE + r"""
from sipdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


class FileKeyring(keyring.backend.KeyringBackend):
    """A keychain in a JSON file, for a child process only (PYTHON_KEYRING_BACKEND).

    The real keychains need a desktop session; this one lets the benchmark open
    a keychain store the way the program does, through the keyring package.
    """

    priority = 1  # type: ignore[assignment]

    def _read(self) -> dict[str, str]:
        path = Path(os.environ[KEYRING_FILE_ENV])
        found: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
        return found

    def _write(self, found: dict[str, str]) -> None:
        Path(os.environ[KEYRING_FILE_ENV]).write_text(json.dumps(found))

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        found = self._read()
        found[f"{service}/{username}"] = password
        self._write(found)

    def delete_password(self, service: str, username: str) -> None:
        found = self._read()
        found.pop(f"{service}/{username}", None)
        self._write(found)


def _child_env(settings: Path, extra: dict[str, str],
               source: Path | None = None) -> dict[str, str]:
    path = os.pathsep.join(str(p) for p in (source, ROOT) if p is not None)
    env = dict(os.environ, PYTHONPATH=path, XDG_CONFIG_HOME=str(settings))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("SIPDESK_PASSPHRASE", None)
    env.pop("SIPDESK_RECOVERY_KEY", None)
    env.update(extra)
    return env


def _time_child(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from just before the process starts to its first paint (and to the board)."""
    # Not started in ROOT: `python -c` puts its folder first on sys.path, ahead of a
    # --source given in PYTHONPATH.
    start = time.time()
    child = subprocess.Popen([sys.executable, "-c", code, *args], env=env,
                             cwd=env["XDG_CONFIG_HOME"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    times: dict[str, float] = {}
    # A child that never gets there (a question nobody answers) is ended, not waited for.
    watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)
    watchdog.start()
    try:
        assert child.stdout is not None
        wanted = {"painted", "board"} if args else {"painted"}
        for line in child.stdout:
            word, _, stamp = line.partition(" ")
            if word in wanted:
                times[word] = float(stamp) - start
                if wanted <= times.keys():
                    break
    finally:
        watchdog.cancel()
        # Closed the polite way (as Ctrl+C would): the store is closed in order.
        child.send_signal(signal.SIGTERM)
        try:
            _out, err = child.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
            _out, err = child.communicate()
    if "painted" not in times:
        raise RuntimeError(f"the child never painted (exit {child.returncode}):\n{err[-3000:]}")
    return times


def measure_first_paint(store_dir: Path | str, runs: int = 9, *,
                        passphrase: str | None = PASSPHRASE,
                        keyring_file: Path | str | None = None,
                        source: Path | str | None = None) -> dict[str, Any]:
    """Process start to first paint of `sipdesk --data-dir store_dir`, against a bare window.

    A passphrase store gets `passphrase` as SIPDESK_PASSPHRASE (None: none is
    given); a keychain store needs `keyring_file`, the FileKeyring's file that
    holds its key. `source`: a folder holding another version's sipdesk package
    (say, `git archive HEAD sipdesk resources` unpacked), run instead of this
    tree's. Runs alternate bare, sipdesk, ...; the result holds the
    medians in seconds, their ratio, and every sample:
    {"bare_s", "sipdesk_s", "ratio", "board_s", "runs", "bare", "sipdesk", "board"}.
    """
    extra: dict[str, str] = {}
    if passphrase is not None:
        extra["SIPDESK_PASSPHRASE"] = passphrase
    if keyring_file is not None:
        extra["PYTHON_KEYRING_BACKEND"] = KEYRING_BACKEND
        extra[KEYRING_FILE_ENV] = str(keyring_file)
    args = ["--data-dir", str(store_dir)]
    with tempfile.TemporaryDirectory(prefix="sipdesk-first-paint-settings-") as settings:
        env = _child_env(Path(settings), extra, Path(source) if source is not None else None)
        _time_child(BARE_CHILD, [], env)  # warm the file cache and the bytecode
        _time_child(SIPDESK_CHILD, args, env)
        bare: list[float] = []
        sipdesk: list[float] = []
        board: list[float] = []
        for _ in range(runs):
            bare.append(_time_child(BARE_CHILD, [], env)["painted"])
            times = _time_child(SIPDESK_CHILD, args, env)
            sipdesk.append(times["painted"])
            if "board" in times:
                board.append(times["board"])
    bare_s, sipdesk_s = statistics.median(bare), statistics.median(sipdesk)
    return {
        "bare_s": bare_s,
        "sipdesk_s": sipdesk_s,
        "ratio": sipdesk_s / bare_s,
        "board_s": statistics.median(board) if board else None,
        "runs": runs,
        "bare": bare,
        "sipdesk": sipdesk,
        "board": board,
    }


# --- the stores ------------------------------------------------------------------------------


def build_store(folder: Path, cases: int, *, keyring_file: Path | None = None) -> None:
    """A store of `cases` demo cases: with the passphrase, or (keyring_file) in the keychain."""
    sys.path.insert(0, str(ROOT))
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    if keyring_file is not None:
        import keyring

        os.environ[KEYRING_FILE_ENV] = str(keyring_file)
        keyring.set_keyring(FileKeyring())
        secrets = Secrets()
    else:
        secrets = Secrets(passphrase=PASSPHRASE)
    started = time.perf_counter()
    with Workspace.create(folder, secrets) as ws:
        fill_demo_data(ws, cases=cases, seed=11)
        ws.store.recovery_key = None
    print(f"built {cases} demo cases in {folder} in {time.perf_counter() - started:.0f} s")


def _store(cache: Path, name: str, cases: int, keyring_file: Path | None = None) -> Path:
    folder = cache / f"{name}-{cases}"
    if not (folder / "store.json").exists():
        build_store(folder, cases, keyring_file=keyring_file)
    return folder


def _print(label: str, result: dict[str, Any]) -> None:
    verdict = "within" if result["ratio"] <= TARGET_RATIO else "OVER"
    board = result["board_s"]
    print(f"\n{label}, medians of {result['runs']} alternating pairs")
    print(f"  bare PySide6 window   {result['bare_s'] * 1000:7.0f} ms")
    print(f"  sipdesk first paint   {result['sipdesk_s'] * 1000:7.0f} ms   "
          f"ratio {result['ratio']:.2f}x ({verdict} the target of {TARGET_RATIO:g}x)")
    if board is not None:
        print(f"  sipdesk board filled  {board * 1000:7.0f} ms   "
              f"ratio {board / result['bare_s']:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--store", type=Path, help="a passphrase store (SIPDESK_PASSPHRASE "
                        f"{PASSPHRASE!r}) instead of the demo stores")
    parser.add_argument("--source", type=Path, help="a folder with another version's "
                        "sipdesk package (and resources) to measure instead of this tree")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "sipdesk-first-paint-stores")
    options = parser.parse_args()

    source = options.source
    if options.store is not None:
        _print(f"passphrase store {options.store}",
               measure_first_paint(options.store, options.runs, source=source))
        return 0
    options.cache.mkdir(parents=True, exist_ok=True)
    keyring_file = options.cache / f"keyring-{options.cases}.json"
    with_passphrase = _store(options.cache, "passphrase", options.cases)
    in_keychain = _store(options.cache, "keychain", options.cases, keyring_file)
    _print(f"passphrase store, {options.cases} cases (key derived with scrypt)",
           measure_first_paint(with_passphrase, options.runs, source=source))
    _print(f"keychain store, {options.cases} cases",
           measure_first_paint(in_keychain, options.runs, passphrase=None,
                               keyring_file=keyring_file, source=source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
