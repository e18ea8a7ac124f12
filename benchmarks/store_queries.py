"""Encrypted store versus plain SQLite: the same queries on the same 10,000 cases.

    .venv/bin/python benchmarks/store_queries.py [--cases 10000] [--repeat 30]

Both stores are built in this run from the same demo seed, so the ratio is
measured against a baseline on the same machine at the same time. Target:
the encrypted store within 1.3x of plain SQLite on every query. Nothing is
asserted; the numbers are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sipdesk.domain.enums import Stage  # noqa: E402
from sipdesk.services.demo import fill_demo_data  # noqa: E402
from sipdesk.services.workspace import Workspace, _prepare  # noqa: E402
from sipdesk.store import convert, queries, schema  # noqa: E402
from sipdesk.store import engine as store_engine  # noqa: E402
from sipdesk.store.lock import StoreLock  # noqa: E402
from sipdesk.store.models import CaseRow  # noqa: E402
from sipdesk.store.opening import OpenStore, Secrets, create_store  # noqa: E402


def encrypted_workspace(folder: Path) -> Workspace:
    return Workspace(create_store(folder, Secrets(), _prepare(folder), ephemeral_key=True))


def plain_workspace(folder: Path) -> Workspace:
    folder.mkdir(parents=True)
    engine = store_engine.connect_plain(folder / "sipdesk.db")
    schema.prepare_schema(engine, is_new=True)
    lock = StoreLock(folder)
    lock.acquire()
    return Workspace(OpenStore(engine, folder, "plain", "none", lock))


def list_stage(ws: Workspace) -> int:
    with ws.reading() as s:
        stmt = select(
            CaseRow.id, CaseRow.reference, CaseRow.child_first_name, CaseRow.child_last_name,
            CaseRow.question,
        ).where(CaseRow.stage == int(Stage.ACTORS_INVITED), CaseRow.archived.is_(False))
        return len(s.execute(stmt).all())


def search_name(ws: Workspace) -> int:
    with ws.reading() as s:
        return len(queries.search_case_ids(s, "sjöst"))


def load_one(ws: Workspace, case_id: int) -> int:
    with ws.reading() as s:
        case = convert.case(queries.case_row(s, case_id))
    return len(case.meetings) + len(case.plans)


def paired_medians_ms(fn_a, fn_b, repeat: int, warmup: int = 10) -> tuple[float, float]:
    """Median times of two functions, sampled alternately so machine noise hits both alike.

    The warm-up fills SQLite's page cache and SQLAlchemy's per-engine compiled
    caches; one call is not enough for the eager loaders.
    """
    for _ in range(warmup):
        fn_a()
        fn_b()
    a_samples, b_samples = [], []
    for _ in range(repeat):
        for fn, samples in ((fn_a, a_samples), (fn_b, b_samples)):
            t0 = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(a_samples), statistics.median(b_samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="sipdesk-bench-") as tmp:
        stores = {}
        for name, factory in (("krypterad", encrypted_workspace), ("okrypterad", plain_workspace)):
            t0 = time.perf_counter()
            ws = factory(Path(tmp) / name)
            fill_demo_data(ws, cases=args.cases, seed=11)
            with ws.store.engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            print(f"byggde {args.cases} ärenden ({name}) på {time.perf_counter() - t0:.1f} s")
            stores[name] = ws
        with stores["okrypterad"].reading() as s:
            probe_id = s.scalar(select(CaseRow.id).where(CaseRow.stage == 6).limit(1))

        benches = {
            "lista ärenden i ett steg": list_stage,
            "sök på namnfragment": search_name,
            "läs ett ärende med allt": lambda ws: load_one(ws, probe_id),
        }
        print(f"\n{'fråga':<28}{'krypterad ms':>14}{'okrypterad ms':>15}{'kvot':>8}  mål ≤ 1.3")
        worst = 0.0
        for label, fn in benches.items():
            enc, plain = paired_medians_ms(
                lambda fn=fn: fn(stores["krypterad"]),
                lambda fn=fn: fn(stores["okrypterad"]),
                args.repeat,
            )
            ratio = enc / plain
            worst = max(worst, ratio)
            print(f"{label:<28}{enc:>14.2f}{plain:>15.2f}{ratio:>8.2f}  "
                  f"{'ok' if ratio <= 1.3 else 'ÖVER MÅLET'}")
        print(f"\nsämsta kvot: {worst:.2f}")
        for ws in stores.values():
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
