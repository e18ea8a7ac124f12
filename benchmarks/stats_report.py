"""Statistics for 10,000 cases over a year, against reading the same rows once.

    .venv/bin/python benchmarks/stats_report.py [--cases 10000] [--runs 5] [--store DIR]

(Not named statistics.py: run as a script, it would hide the standard library's module.)

The baseline runs the very statements the statistics read (meetings,
invitations of the period, cases with their first consent, signed plans,
deviations, organisations) and fetches every row, doing nothing with them.
The measured run is the whole report: `ws.statistics.report(period)`, which
reads the same rows into facts and counts every measure. Runs alternate
(baseline, report, baseline, …) on one open store, caches warm; medians of
--runs. The target is a ratio within 3x. The store is built once from the demo
seed (about a minute for 10,000 cases) in a temporary folder, or in --store
when that folder does not exist yet; an existing --store is used as it is.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark-only"  # a throwaway store of fictional demo data
TARGET = 3.0


def read_rows_once(ws, start, end) -> int:
    """The statistics' own statements, every row fetched and dropped: the baseline."""
    from sipdesk.store.statistics_queries import statements

    with ws.reading() as s:
        conn = s.connection()
        return sum(len(conn.execute(stmt).all()) for stmt in statements(start, end).values())


def build_store(folder: Path, cases: int) -> None:
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.create(folder, Secrets(passphrase=PASSPHRASE)) as ws:
        fill_demo_data(ws, cases=cases, seed=11)
    print(f"byggde {cases} demoärenden på {time.perf_counter() - t0:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--store", type=Path)
    args = ap.parse_args()

    from sipdesk.domain.stats_period import Period
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store"
        if not store.exists():
            build_store(store, args.cases)
        with Workspace.open(store, Secrets(passphrase=PASSPHRASE)) as ws:
            today = ws.today()
            period = Period(today - timedelta(days=365), today)
            report = ws.statistics.report(period)  # warm the caches once
            rows = read_rows_once(ws, period.start, period.end)
            base, full = [], []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                read_rows_once(ws, period.start, period.end)
                base.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                report = ws.statistics.report(period)
                full.append(time.perf_counter() - t0)
    held = report.figure("meetings_held").count
    b, f = statistics.median(base), statistics.median(full)
    print(f"{args.cases} ärenden, {held:.0f} möten under året, {rows} rader")
    print(f"läsa raderna en gång: {b * 1000:7.1f} ms (median av {args.runs})")
    print(f"hela statistiken:     {f * 1000:7.1f} ms")
    print(f"kvot: {f / b:.2f}x (mål högst {TARGET:.0f}x)")


if __name__ == "__main__":
    main()
