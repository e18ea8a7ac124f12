"""Every ratio of the speed targets (issue 14) in one table, for 100 to 50,000 cases.

    .venv/bin/python benchmarks/speed.py [--sizes 100,1000,10000,50000] [--runs 5]
                                         [--quick] [--rebuild] [--only ROWS]

Each measure runs beside its yardstick in the same run on the same machine:
a bare PySide6 window (start-up, memory), a bare QLineEdit (keystrokes), one
16 ms frame, or plain SQLite on the same SQLCipher engine (the store). Rows:

  first paint      process start to sipdesk's first painted window (the
                   window shell, before the store is read): benchmarks/first_paint.py
  painted board    process start to a stage column painted with every card,
                   `sipdesk --data-dir` as a coordinator starts it
  peak memory      the process's peak at the painted board; and how much more
                   memory the painted board holds per case than at 100 cases
  filter           a name, a reference and a personnummer fragment typed into the
                   board's search and erased, each key timed until the event loop
                   is idle; median and worst against one frame
  projector        keystroke to projector repaint over 1,000 keys on a 3,000-word
                   protocol (benchmarks/protocol.py), until idle; once, not per size
  open case/move   GUI-thread CPU time from the click to the case shown (the card
                   moved), with the real store worker; and the longest event-loop turn
  store cold/warm  the board's read (BoardService.snapshot) on the encrypted store
                   and on a plain copy, both through SQLCipher's engine (plain: no
                   key): cold = the first read after opening, warm = later reads

Stores are built once from the demo seed (seed 11) and kept under
~/.cache/sipdesk-bench/<cases>/ (--cache), with a plain copy made by
sqlcipher_export; --rebuild builds them again. Building 50,000 cases takes
about six minutes. Each measure runs in a fresh process. Nothing is asserted:
the table is printed (and, with --json FILE, written out).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import board as board_bench  # noqa: E402

FRAME_MS = 16.0
PASSPHRASE = board_bench.PASSPHRASE
CACHE = Path.home() / ".cache" / "sipdesk-bench"
ROWS = ("first_paint", "board", "filter", "projector", "open_move", "store")
# The targets: ratio at most this much (by size where it depends on it).
TARGETS: dict[str, Any] = {
    "first_paint": 2.0,
    "board": {1_000: 6.0, 10_000: 8.0, 50_000: 20.0},
    "peak": {10_000: 3.5, 50_000: 6.0},
    "kib_per_case": 3.0,
    "filter_worst": {10_000: 1.0},
    "filter_median": {50_000: 1.0},
    "projector_worst": 1.0,
    "open_move": {10_000: 1.0},
    "store": 1.3,
}


# --- the stores --------------------------------------------------------------------------------


def store_for(cases: int, cache: Path, rebuild: bool) -> Path:
    """The demo store of `cases` cases (passphrase PASSPHRASE), built once and kept."""
    folder = cache / str(cases)
    if rebuild or not (folder / "built").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        board_bench.build_store(folder / "store", cases)
        (folder / "built").write_text("demo seed 11\n")
    return folder / "store"


def _raw_key(store: Path) -> bytes:
    """The store's key (scrypt from the passphrase once), for engines made here."""
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.store import engine as store_engine

    with Workspace.open(store, Secrets(passphrase=PASSPHRASE)) as ws:
        return bytes(store_engine._ENGINE_KEYS[ws.store.engine])


def plain_copy(store: Path, key: bytes) -> Path:
    """The same database without encryption (sqlcipher_export), made once beside the store."""
    from sipdesk.services.workspace import DB_NAME
    from sipdesk.store import engine as store_engine

    target = store.parent / "plain" / DB_NAME
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = store_engine.connect(store / DB_NAME, key, create=False)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE '{partial}' AS plaintext KEY ''")
            raw.execute("SELECT sqlcipher_export('plaintext')")
            raw.execute("DETACH DATABASE plaintext")
    finally:
        engine.dispose()
    partial.rename(target)
    return target


def _plain_engine(db_path: Path):
    """Plain SQLite through SQLCipher's own engine (no key): the same SQLite, the same pragmas."""
    from sqlcipher3 import dbapi2

    from sipdesk.store import engine as store_engine

    def creator():
        conn = dbapi2.connect(str(db_path), check_same_thread=False)
        store_engine._finish_session(conn)
        return conn

    return store_engine._make_engine(creator, dbapi2, False)


def _workspace(engine, folder: Path):
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.lock import StoreLock
    from sipdesk.store.opening import OpenStore

    lock = StoreLock(folder)
    lock.acquire()
    return Workspace(OpenStore(engine, folder, "bench", "none", lock))


def store_compare(store: Path, runs: int) -> dict[str, Any]:
    """The board's read on the encrypted store and on its plain copy, alternating, both engines
    SQLCipher's: cold = first read on a fresh engine, warm = median of reads after it."""
    from sipdesk.services.workspace import DB_NAME
    from sipdesk.store import engine as store_engine

    key = _raw_key(store)
    plain_db = plain_copy(store, key)
    cold: dict[str, list[float]] = {"encrypted": [], "plain": []}
    warm: dict[str, list[float]] = {"encrypted": [], "plain": []}

    def one(kind: str) -> None:
        if kind == "encrypted":
            engine = store_engine.connect(store / DB_NAME, key, create=False)
            folder = store
        else:
            engine = _plain_engine(plain_db)
            folder = plain_db.parent
        ws = _workspace(engine, folder)
        try:
            t0 = time.perf_counter()
            ws.board.snapshot()
            cold[kind].append((time.perf_counter() - t0) * 1000)
            for _ in range(3):
                t0 = time.perf_counter()
                ws.board.snapshot()
                warm[kind].append((time.perf_counter() - t0) * 1000)
        finally:
            ws.close()

    one("encrypted")  # the file cache of the OS warm for both, as at any start
    one("plain")
    cold = {"encrypted": [], "plain": []}
    warm = {"encrypted": [], "plain": []}
    for _ in range(runs):
        one("encrypted")
        one("plain")
    return {part: {k: statistics.median(v) for k, v in samples.items()}
            for part, samples in (("cold", cold), ("warm", warm))}


# --- opening a case and moving a card: GUI-thread time --------------------------------------


def open_and_move(store: Path, runs: int) -> dict[str, Any]:
    """GUI-thread CPU time (and the longest event-loop turn) to open a case and to move a card,
    in the window with the real store worker."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent

    from sipdesk.domain.enums import Stage
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.app import application, freeze_start_up_objects
    from sipdesk.ui.main_window import MainWindow
    from sipdesk.ui.operations import Operations

    app = application()
    freeze_start_up_objects()

    def until(done) -> tuple[float, float]:
        """Run the loop until done(); GUI-thread CPU ms and the longest turn's ms."""
        cpu0 = time.thread_time()
        longest = 0.0
        deadline = time.monotonic() + 60
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError("timed out")
            t0 = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - t0) * 1000)
            time.sleep(0.0005)
        return (time.thread_time() - cpu0) * 1000, longest

    with Workspace.open(store, Secrets(passphrase=PASSPHRASE)) as ws:
        ops = Operations(ws)
        win = MainWindow(ops)
        win.resize(1366, 768)
        win.show()
        until(lambda: win.board.is_loaded and not ops.busy)
        board_settle(app)
        opened_cpu, opened_turn, moved_cpu, moved_turn = [], [], [], []
        ids = win.board.visible_case_ids(Stage.ACTORS_INVITED)
        for case_id in ids[:runs]:
            loaded: list[bool] = []
            win.open_case(case_id)
            assert win.record is not None
            win.record.loaded.connect(lambda seen=loaded: seen.append(True))
            cpu, turn = until(lambda seen=loaded: bool(seen) and not ops.busy)
            board_settle(app)
            opened_cpu.append(cpu)
            opened_turn.append(turn)
            win.show_board()
            # The record closed with deleteLater(), which only a running event loop carries
            # out; without this every closed record stayed alive and each next opening was
            # charged for all of them (the window runs exec(), so it never is).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            board_settle(app)
        # A move back and forth between two stages the rules allow (4 -> 3 -> 4).
        movable = win.board.visible_case_ids(Stage.ACTORS_INVITED)[:runs]
        for case_id in movable:
            for target in (Stage.CONSENT_AND_PLANNING, Stage.ACTORS_INVITED):
                board_settle(app)
                win.board.move_case(case_id, int(target))
                cpu, turn = until(lambda t=target, c=case_id: win.board.model.stage_of(c) is t
                                  and not ops.busy)
                moved_cpu.append(cpu)
                moved_turn.append(turn)
        win.close()
        ops.shutdown()
    return {"open_cpu": statistics.median(opened_cpu), "open_turn": max(opened_turn),
            "move_cpu": statistics.median(moved_cpu), "move_turn": max(moved_turn),
            "cases": win.board.model.count()}


def board_settle(app) -> None:
    board_bench.settle(app)


# --- running each measure in its own process -------------------------------------------------


def child(kind: str, store: str, runs: int) -> None:
    if kind == "filter":
        typed = board_bench.typing_times(Path(store), rounds=runs)
        result: Any = {"board": board_bench.summary(typed["board"]),
                       "bare": board_bench.summary(typed["bare"]), "total": typed["total"]}
    elif kind == "projector":
        import protocol

        measured = protocol.measure(1000)
        turns = measured["turn_ms"]
        result = {"median": statistics.median(turns), "worst": max(turns),
                  "over": sum(t > FRAME_MS for t in turns), "keys": len(turns)}
    elif kind == "open_move":
        result = open_and_move(Path(store), runs)
    elif kind == "store":
        result = store_compare(Path(store), runs)
    else:
        raise SystemExit(f"unknown measure {kind}")
    print("RESULT " + json.dumps(result), flush=True)


def in_child(kind: str, store: Path | None, runs: int) -> Any:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--store", str(store or ""),
         "--runs", str(runs)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"{kind} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(line[len("RESULT "):])


# --- the table ----------------------------------------------------------------------------------


def _target(name: str, cases: int | None) -> float | None:
    target = TARGETS.get(name)
    if isinstance(target, dict):
        return target.get(cases) if cases is not None else None
    return target


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, measure: str, cases: int | None, value: str, yardstick: str, ratio: float,
            target_name: str) -> None:
        target = _target(target_name, cases)
        verdict = "" if target is None else ("ok" if ratio <= target else "OVER")
        self.rows.append({"measure": measure, "cases": cases, "value": value,
                          "yardstick": yardstick, "ratio": ratio, "target": target,
                          "verdict": verdict})
        self.print_row(self.rows[-1])

    @staticmethod
    def header() -> None:
        print(f"\n{'measure':<34}{'cases':>7}  {'sipdesk':<30}{'yardstick':<22}"
              f"{'ratio':>8}{'target':>8}  ")
        print("-" * 115)

    @staticmethod
    def print_row(row: dict[str, Any]) -> None:
        cases = f"{row['cases']:,}" if row["cases"] is not None else "-"
        target = f"{row['target']:g}" if row["target"] is not None else "-"
        print(f"{row['measure']:<34}{cases:>7}  {row['value']:<30}{row['yardstick']:<22}"
              f"{row['ratio']:>8.2f}{target:>8}  {row['verdict']}", flush=True)


def run(sizes: list[int], runs: int, rows: set[str], cache: Path, rebuild: bool,
        quick: bool) -> Table:
    table = Table()
    stores = {n: store_for(n, cache, rebuild) for n in sorted(set(sizes) | {100})
              if "board" in rows or n in sizes}
    table.header()
    if "projector" in rows:
        p = in_child("projector", None, 1)
        table.add("keystroke to projector repaint", None,
                  f"median {p['median']:.1f}, worst {p['worst']:.1f} ms",
                  f"16 ms; {p['over']}/{p['keys']} over", p["worst"] / FRAME_MS,
                  "projector_worst")
    reference_rss: float | None = None
    for cases in sorted(sizes):
        store = stores[cases]
        if "first_paint" in rows:
            try:
                from first_paint import measure_first_paint
            except ImportError:  # the hook: benchmarks/first_paint.py measures the shell
                measure_first_paint = None
            if measure_first_paint is not None:
                fp = measure_first_paint(store, runs)
                table.add("first paint (window shell)", cases, f"{fp['sipdesk_s'] * 1000:.0f} ms",
                          f"bare {fp['bare_s'] * 1000:.0f} ms", fp["ratio"], "first_paint")
        if "board" in rows:
            if reference_rss is None and cases != 100:
                up100 = board_bench.start_up(stores[100], max(1, runs // 2))
                reference_rss = up100["rss_kib"]["board"]
            up = board_bench.start_up(store, runs)
            s, peak, rss = up["s"], up["peak_kib"], up["rss_kib"]
            table.add("process start to painted board", cases, f"{s['board'] * 1000:.0f} ms",
                      f"bare {s['bare'] * 1000:.0f} ms", s["board"] / s["bare"], "board")
            table.add("peak memory at painted board", cases, f"{peak['board'] / 1024:.0f} MiB",
                      f"bare {peak['bare'] / 1024:.0f} MiB", peak["board"] / peak["bare"], "peak")
            if cases == 100:
                reference_rss = rss["board"]
            else:
                assert reference_rss is not None
                per_case = (rss["board"] - reference_rss) / (cases - 100)
                table.add("memory per case (vs 100 cases)", cases,
                          f"{per_case:.2f} KiB/case", "3 KiB/case", per_case / 3.0,
                          "kib_per_case")
        if "filter" in rows:
            f = in_child("filter", store, 1 if quick else 3)
            b, bare = f["board"], f["bare"]
            table.add("filter per keystroke, median", cases, f"{b['median']:.1f} ms",
                      f"16 ms (bare {bare['median']:.2f})", b["median"] / FRAME_MS,
                      "filter_median")
            table.add("filter per keystroke, worst", cases,
                      f"{b['worst']:.1f} ms ({b['over']}/{b['keys']} over)",
                      f"16 ms (bare {bare['worst']:.2f})", b["worst"] / FRAME_MS, "filter_worst")
        if "open_move" in rows:
            m = in_child("open_move", store, 2 if quick else 5)
            table.add("open a case: GUI-thread CPU", cases,
                      f"{m['open_cpu']:.1f} ms (turn {m['open_turn']:.1f})", "16 ms",
                      m["open_cpu"] / FRAME_MS, "open_move")
            table.add("move a card: GUI-thread CPU", cases,
                      f"{m['move_cpu']:.1f} ms (turn {m['move_turn']:.1f})", "16 ms",
                      m["move_cpu"] / FRAME_MS, "open_move")
        if "store" in rows:
            st = in_child("store", store, 3 if quick else 7)
            for part in ("cold", "warm"):
                enc, plain = st[part]["encrypted"], st[part]["plain"]
                table.add(f"board read, encrypted vs plain, {part}", cases, f"{enc:.1f} ms",
                          f"plain {plain:.1f} ms", enc / plain, "store")
    return table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000,50000",
                    help="comma-separated case counts")
    ap.add_argument("--runs", type=int, default=5, help="alternating pairs per start-up measure")
    ap.add_argument("--quick", action="store_true", help="fewer runs and keys: a rough table")
    ap.add_argument("--rebuild", action="store_true", help="build the cached stores again")
    ap.add_argument("--only", default=",".join(ROWS), help=f"some of {','.join(ROWS)}")
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--json", type=Path, help="also write the table here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.store, args.runs)
        return 0
    runs = 2 if args.quick else args.runs
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows = {r for r in args.only.split(",") if r}
    started = time.perf_counter()
    table = run(sizes, runs, rows, args.cache, args.rebuild, args.quick)
    over = [r for r in table.rows if r["verdict"] == "OVER"]
    print(f"\n{len(table.rows)} measures in {time.perf_counter() - started:.0f} s; "
          f"{len(over)} over their target" + (":" if over else "."))
    for r in over:
        print(f"  {r['measure']} ({r['cases']} cases): {r['ratio']:.2f} > {r['target']:g}")
    if args.json:
        args.json.write_text(json.dumps(table.rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
