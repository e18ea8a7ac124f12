"""The case board with 10,000 cases: start-up to a painted board, and filtering as you type.

    .venv/bin/python benchmarks/board.py [--cases 10000] [--runs 5] [--store DIR]

(a) Start-up: each run is a fresh subprocess, timed from just before it is
    started until it reports the board painted with every card loaded. The
    baseline is a bare PySide6 QMainWindow shown and painted, started the same
    way in the same run. Medians of --runs runs.
(b) Filtering: a name typed into the search box one key at a time, each key
    timed until the event loop is idle again (filter and repaint), against the
    same keys typed into a bare QLineEdit in the same process.

The store is built once from the demo seed (about a minute for 10,000 cases)
in a temporary folder with a passphrase, unless --store names one built
before with the same passphrase. Nothing is asserted; the numbers are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark-only"  # a throwaway store of fictional demo data

BASELINE_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            app.quit()
        return False
win = QMainWindow()
label = QLabel("sipdesk")
win.setCentralWidget(label)
win.resize(1366, 768)
watch = Painted()
label.installEventFilter(watch)
win.show()
app.exec()
"""

BOARD_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from sipdesk.ui.app import application
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.ui.main_window import MainWindow
from sipdesk.domain.enums import Stage
app = application()
ws = Workspace.open(Path(sys.argv[1]), Secrets(passphrase=sys.argv[2]))
win = MainWindow(ws)
viewport = win.board.view_of(Stage.NEED_FOUND).viewport()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and win.board.is_loaded:
            print(f"painted {time.time():.6f} cards={win.board.model.count()}", flush=True)
            QTimer.singleShot(0, win.close)
            QTimer.singleShot(0, app.quit)
        return False
watch = Painted()
viewport.installEventFilter(watch)
win.show()
app.exec()
ws.close()
"""


def time_child(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
        timeout=600,
    )
    out = result.stdout
    line = next((x for x in out.splitlines() if x.startswith("painted")), None)
    if line is None:
        raise RuntimeError(
            f"the child never painted (exit {result.returncode}):\n{out}\n{result.stderr[-3000:]}"
        )
    parts = line.split()
    return float(parts[1]) - start, " ".join(parts[2:])


def build_store(folder: Path, cases: int) -> None:
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.create(folder, Secrets(passphrase=PASSPHRASE)) as ws:
        fill_demo_data(ws, cases=cases, seed=11)
    print(f"byggde {cases} demoärenden på {time.perf_counter() - t0:.0f} s")


def typing_times(store: Path, text: str) -> tuple[list[float], list[float], int, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QLineEdit

    from sipdesk.domain.enums import Stage
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.app import application
    from sipdesk.ui.main_window import MainWindow
    from sipdesk.ui.tasks import TaskManager

    app = application()

    def type_into(line_edit) -> list[float]:
        samples = []
        for ch in text:
            t0 = time.perf_counter()
            line_edit.insert(ch)  # QTest cannot type "ö"; insert() is what a key press does
            app.processEvents()
            samples.append((time.perf_counter() - t0) * 1000)
        return samples

    with Workspace.open(store, Secrets(passphrase=PASSPHRASE)) as ws:
        win = MainWindow(ws, tasks=TaskManager(synchronous=True))
        win.resize(1366, 768)
        win.show()
        app.processEvents()
        total = win.board.model.count()
        board_times = type_into(win.board.search)
        shown = sum(len(win.board.visible_case_ids(s)) for s in Stage)
        bare = QLineEdit()
        bare.resize(400, 30)
        bare.show()
        app.processEvents()
        bare_times = type_into(bare)
        win.close()
        bare.close()
    return board_times, bare_times, total, shown


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--store", type=Path, help="a store built before with this script")
    ap.add_argument("--type", default="Sjöström", help="what to type into the search box")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="sipdesk-board-bench-") as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            build_store(store, args.cases)

        baseline, board = [], []
        for _ in range(args.runs):
            baseline.append(time_child(BASELINE_CHILD)[0])
            seconds, note = time_child(BOARD_CHILD, str(store), PASSPHRASE)
            board.append(seconds)
        b, t = statistics.median(baseline), statistics.median(board)
        print(f"\n(a) från processstart till målad tavla ({note}), median av {args.runs}")
        print(f"    tom QMainWindow  {b * 1000:8.0f} ms")
        print(f"    ärendetavlan     {t * 1000:8.0f} ms   kvot {t / b:.1f}")

        typed, bare, total, shown = typing_times(store, args.type)
        print(f"\n(b) filtrering per tangent, ”{args.type}” i sökrutan "
              f"({shown} av {total} ärenden kvar)")
        print(f"    tom QLineEdit    median {statistics.median(bare):6.1f} ms   "
              f"sämsta {max(bare):6.1f} ms")
        print(f"    ärendetavlan     median {statistics.median(typed):6.1f} ms   "
              f"sämsta {max(typed):6.1f} ms")
        base = statistics.median(bare)
        if base >= 0.5:
            print(f"    kvot (median) {statistics.median(typed) / base:.0f}")
        print("    (mål: under 50 ms per tangent, så att skrivandet känns omedelbart)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
