"""The case board: start-up to a painted board, and filtering as you type, against bare Qt.

    .venv/bin/python benchmarks/board.py [--cases 10000] [--runs 5] [--store DIR]

(a) Start-up: each run is a fresh process of the real program (`sipdesk
    --data-dir DIR`, the passphrase as SIPDESK_PASSPHRASE), timed from just
    before it is started until a stage column has painted with every card
    loaded; it also reports its peak and current memory there. The baseline
    is a bare PySide6 QMainWindow shown and painted, started the same way,
    alternating with it in the same run. Medians of --runs pairs.
(b) Filtering: a name typed into the search box one key at a time and erased
    again, each key timed until the event loop is idle again (the filter, the
    columns' relayout and the repaint), against the same keys typed into a
    bare QLineEdit in the same process.

The store is built once from the demo seed (about a minute for 10,000 cases)
in a temporary folder with a passphrase, unless --store names one built
before with the same passphrase (benchmarks/speed.py keeps its stores between
runs). Nothing is asserted; the numbers are printed.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark-only"  # a throwaway store of fictional demo data
FRAME_MS = 16.0
# A name, a reference fragment and a personnummer fragment, typed and erased: the three
# kinds of search (words, reference, digits), each key narrowing or widening the board.
TYPED = ("Sjöström", "SIP-2026-01", "1212")

# The children report, once painted: the time, peak memory (ru_maxrss, KiB) and
# memory in use then (resident, KiB), then wait to be ended.
_REPORT = r"""
import resource, sys, time
def _report(what=""):
    with open("/proc/self/statm") as f:
        rss = int(f.read().split()[1]) * resource.getpagesize() // 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"painted {time.time():.6f} {peak} {rss} {what}", flush=True)
"""

BASELINE_CHILD = _REPORT + r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, _report)  # once the paint is finished
        return False
win = QMainWindow()
win.setCentralWidget(QLabel("sipdesk"))
win.resize(1366, 768)
watch = Painted()
app.installEventFilter(watch)
win.show()
app.exec()
"""

# The real program; the probe wraps QApplication so that it sees every Paint event.
BOARD_CHILD = _REPORT + r"""
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

class _BoardPainted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if self.done or event.type() != QEvent.Type.Paint:
            return False
        view = obj.parent() if isinstance(obj, QtWidgets.QWidget) else None
        if view is None or not view.objectName().startswith("StageList"):
            return False
        board = view.window().findChild(QtWidgets.QWidget, "CaseBoard")
        if board is not None and board.is_loaded and board.model.count() > 0:
            self.done = True
            QTimer.singleShot(0, lambda: _report(f"cards={board.model.count()}"))
        return False

_Application = QtWidgets.QApplication
class _Probed(_Application):
    def __init__(self, *args):
        super().__init__(*args)
        self.board_painted = _BoardPainted()
        self.installEventFilter(self.board_painted)
QtWidgets.QApplication = _Probed
from sipdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _child_env(settings: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(settings),
               SIPDESK_PASSPHRASE=PASSPHRASE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("SIPDESK_RECOVERY_KEY", None)
    return env


def time_child(code: str, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Seconds from just before the process starts to its report, with its memory (KiB)."""
    start = time.time()
    child = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found: dict[str, Any] | None = None
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("painted"):
                parts = line.split()
                found = {"s": float(parts[1]) - start, "peak_kib": int(parts[2]),
                         "rss_kib": int(parts[3]), "note": " ".join(parts[4:])}
                break
    finally:
        child.send_signal(signal.SIGTERM)  # as Ctrl+C would: the store is closed in order
        try:
            _out, err = child.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
            _out, err = child.communicate()
    if found is None:
        raise RuntimeError(f"the child never painted (exit {child.returncode}):\n{err[-3000:]}")
    return found


def start_up(store: Path, runs: int) -> dict[str, Any]:
    """Medians of alternating bare/board pairs: seconds to paint, peak and in-use memory."""
    with tempfile.TemporaryDirectory(prefix="sipdesk-board-bench-settings-") as settings:
        env = _child_env(Path(settings))
        time_child(BASELINE_CHILD, [], env)  # warm the file cache and the bytecode
        time_child(BOARD_CHILD, ["--data-dir", str(store)], env)
        bare, board = [], []
        for _ in range(runs):
            bare.append(time_child(BASELINE_CHILD, [], env))
            board.append(time_child(BOARD_CHILD, ["--data-dir", str(store)], env))

    def median(samples: list[dict[str, Any]], key: str) -> float:
        return statistics.median(s[key] for s in samples)

    return {key: {"bare": median(bare, key), "board": median(board, key)}
            for key in ("s", "peak_kib", "rss_kib")} | {"note": board[-1]["note"],
                                                          "runs": runs}


def build_store(folder: Path, cases: int) -> None:
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.create(folder, Secrets(passphrase=PASSPHRASE)) as ws:
        fill_demo_data(ws, cases=cases, seed=11)
        ws.store.recovery_key = None
    print(f"built {cases} demo cases in {time.perf_counter() - t0:.0f} s", flush=True)


def settle(app) -> None:
    """Process events until the loop is idle: two calls in a row with nothing to do."""
    quiet = 0
    while quiet < 2:
        t0 = time.perf_counter()
        app.processEvents()
        quiet = quiet + 1 if time.perf_counter() - t0 < 0.0002 else 0


def typing_times(store: Path, texts: tuple[str, ...] = TYPED, rounds: int = 3,
                 ) -> dict[str, Any]:
    """Each key typed into the board's search box (and erased), timed until the loop is idle;
    the same keys into a bare QLineEdit in the same process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QLineEdit

    from sipdesk.domain.enums import Stage
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.app import application, freeze_start_up_objects
    from sipdesk.ui.main_window import MainWindow
    from sipdesk.ui.operations import Operations

    app = application()
    freeze_start_up_objects()  # as the program does before it reads the store

    def type_into(line_edit) -> list[float]:
        samples = []
        for _ in range(rounds):
            for text in texts:
                for ch in text:
                    t0 = time.perf_counter()
                    line_edit.insert(ch)  # QTest cannot type "ö"; insert() is a key press's edit
                    settle(app)
                    samples.append((time.perf_counter() - t0) * 1000)
                for _ in text:
                    t0 = time.perf_counter()
                    line_edit.backspace()
                    settle(app)
                    samples.append((time.perf_counter() - t0) * 1000)
        return samples

    with Workspace.open(store, Secrets(passphrase=PASSPHRASE)) as ws:
        ops = Operations(ws, synchronous=True)
        win = MainWindow(ops)
        win.resize(1366, 768)
        win.show()
        settle(app)
        total = win.board.model.count()
        win.board.search.setFocus()
        win.board.search.insert(texts[0])
        settle(app)
        narrowed = sum(len(win.board.visible_case_ids(s)) for s in Stage)
        win.board.search.clear()
        settle(app)
        board_times = type_into(win.board.search)
        bare = QLineEdit()
        bare.resize(400, 30)
        bare.show()
        settle(app)
        bare_times = type_into(bare)
        win.close()
        bare.close()
        ops.shutdown()
    return {"board": board_times, "bare": bare_times, "total": total, "narrowed": narrowed,
            "typed": texts}


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "worst": max(samples),
            "over": sum(1 for t in samples if t > FRAME_MS), "keys": len(samples)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--store", type=Path, help="a store built before with this script")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="sipdesk-board-bench-") as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            build_store(store, args.cases)

        up = start_up(store, args.runs)
        b, t = up["s"]["bare"], up["s"]["board"]
        print(f"\n(a) process start to painted board ({up['note']}), median of {args.runs}")
        peak = up["peak_kib"]
        print(f"    bare QMainWindow {b * 1000:8.0f} ms   peak {peak['bare'] / 1024:.0f} MiB")
        print(f"    case board       {t * 1000:8.0f} ms   peak {peak['board'] / 1024:.0f} MiB"
              f"   ratio {t / b:.1f}")

        typed = typing_times(store)
        board, bare = summary(typed["board"]), summary(typed["bare"])
        print(f"\n(b) filter per keystroke, {', '.join(typed['typed'])} typed and erased, "
              f"until idle ({typed['narrowed']} of {typed['total']} cases left at "
              f"”{typed['typed'][0]}”)")
        for label, s in (("bare QLineEdit", bare), ("case board", board)):
            print(f"    {label:<16} median {s['median']:6.1f} ms   worst {s['worst']:6.1f} ms   "
                  f"{s['over']} of {s['keys']} keys over a frame")
    return 0


if __name__ == "__main__":
    sys.exit(main())
