"""Load on a team server: many coordinators at once against a large secured store.

    .venv/bin/python benchmarks/server_load.py [--minutes 2] [--coordinators 50]
        [--cases 100000] [--per-team 2000]

A throwaway PostgreSQL cluster on a Unix socket (loopback only; tests/pg_cluster.py),
prepared with `sipdesk server init` and one login per coordinator (add-user),
a team per --per-team cases. The cases (a guardian, a meeting, a plan with three
sections and a history line each) are loaded with COPY as the superuser, triggers
off, which keeps 100,000 cases to about a minute; the program itself is used only
by the coordinators.

Each coordinator is a thread with its own login and workspace, repeating for
--minutes: load its board, open a random case of its team (the record's view,
which logs the opening on the server), write a line of protocol text into that
case's plan. Afterwards every coordinator's last text of every (plan, section)
it wrote is read back as the superuser: a write that returned without an error
but is not there is "lost"; a write that raised is "reported". Nothing is
asserted; p50/p99 are printed in milliseconds.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UNUSED_PASSWORD = "trust-auth-on-a-socket"  # the throwaway cluster trusts its socket
SECTIONS = ("child_voice", "current_situation", "strengths")


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _copy(cur, table: str, columns: str, rows) -> None:
    buf = io.StringIO()
    for row in rows:
        buf.write("\t".join("\\N" if v is None else str(v) for v in row) + "\n")
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as cp:
        cp.write(buf.getvalue())


def build(conninfo: str, cases: int, teams: dict[int, int]) -> None:
    """`cases` cases spread over the teams (team index -> team id), loaded with COPY."""
    import psycopg

    team_ids = list(teams.values())
    with psycopg.connect(conninfo) as conn:
        cur = conn.cursor()
        cur.execute("SET session_replication_role = replica")  # no triggers for the load
        ids = range(1, cases + 1)
        _copy(cur, "cases", "id, reference, stage, child_first_name, child_last_name, "
              "question, raised_by_function, participation, participation_note, coordinator, "
              "archived, created_at, team_id",
              ((i, f"LAST-{i:06d}", 1 + i % 5, "Testbarn", f"Testsson{i}",
                "Skolfrånvaro och oro hemma", "", "ej_bestamt", "", "Samordnare", "f",
                "2026-01-10 09:00", team_ids[i % len(team_ids)]) for i in ids))
        _copy(cur, "guardians", "id, case_id, name, phone, email, address",
              ((i, i, "Vårdnadshavare Testsson", "", "", "") for i in ids))
        _copy(cur, "meetings", "id, case_id, kind, date, place, mode, purpose, agenda",
              ((i, i, "forsta_sip", f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "Skolan",
                "plats", "", "") for i in ids))
        _copy(cur, "plans", "id, case_id, version, template_id, template_version, status, "
              "consent_confirmed, child_informed_by, child_informed_how, fingerprint",
              ((i, i, 1, "standard", 1, "utkast", "f", "", "", "") for i in ids))
        _copy(cur, "plan_sections", "plan_id, key, text, internal_note",
              ((i, key, "Text från början.", "") for i in ids for key in SECTIONS))
        _copy(cur, "events", 'case_id, at, kind, text, "user"',
              ((i, "2026-01-10 09:00", "created", "Ärendet lades upp", "last") for i in ids))
        for table in ("cases", "guardians", "meetings", "plans"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))")
        cur.execute("SET session_replication_role = origin")
        cur.execute("ANALYZE")
        conn.commit()


class Coordinator(threading.Thread):
    def __init__(self, url: str, folder: Path, deadline: float, seed: int) -> None:
        super().__init__(daemon=True)
        self.url, self.folder, self.deadline = url, folder, deadline
        self.rng = random.Random(seed)
        self.board: list[float] = []
        self.open: list[float] = []
        self.write: list[float] = []
        self.written: dict[tuple[int, str], str] = {}
        self.reported = 0
        self.refusal = ""
        self.error: BaseException | None = None

    def run(self) -> None:
        from sipdesk.services.workspace import Workspace

        try:
            with Workspace.open_server(self.url, self.folder) as ws:
                n = 0
                while time.monotonic() < self.deadline:
                    t = time.perf_counter()
                    cards = ws.board.cards()
                    self.board.append(time.perf_counter() - t)
                    for _ in range(5):  # a board is loaded less often than cases are opened
                        card = self.rng.choice(cards)
                        t = time.perf_counter()
                        view = ws.views.case(card.id)
                        self.open.append(time.perf_counter() - t)
                        plan = view.case.plans[-1]
                        key = self.rng.choice(SECTIONS)
                        n += 1
                        words = f"{self.name} skrev rad {n} i {key}."
                        t = time.perf_counter()
                        try:
                            ws.protocol.set_section(plan.id, key, words)
                        except Exception as exc:  # refused: the coordinator is told
                            self.reported += 1
                            self.refusal = self.refusal or f"{type(exc).__name__}: {exc}"[:200]
                            continue
                        self.write.append(time.perf_counter() - t)
                        self.written[plan.id, key] = words
                        if time.monotonic() >= self.deadline:
                            break
        except BaseException as exc:  # shown in the summary
            self.error = exc


def main() -> None:
    import psycopg

    from sipdesk.store.server_admin import add_user, init_server
    from tests import pg_cluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--coordinators", type=int, default=50)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--per-team", type=int, default=2000)
    args = parser.parse_args()

    bindir = pg_cluster.bin_dir()
    if bindir is None:
        sys.exit("PostgreSQL is not installed (initdb not found)")
    cluster = pg_cluster.Cluster(bindir).start()
    try:
        # Each coordinator holds up to a few connections (its pool, the logged openings).
        cluster.admin().execute(f"ALTER SYSTEM SET max_connections = {args.coordinators * 4 + 20}")
        cluster.admin().close()
        cluster._run("pg_ctl", "-D", str(cluster.data), "-l", str(cluster.root / "server.log"),
                     "-w", "-t", "60", "restart")
        db = cluster.create_database("load")
        admin = cluster.url(db).replace("postgresql+psycopg://", "postgresql://")
        init_server(admin)
        n_teams = max(1, args.cases // args.per_team)
        logins = [f"samordnare{i:02d}" for i in range(args.coordinators)]
        for i, login in enumerate(logins):
            add_user(admin, login, f"Team {i % n_teams:02d}", "coordinator", UNUSED_PASSWORD)
        for t in range(args.coordinators, n_teams):  # teams without a coordinator in the run
            add_user(admin, "reserv", f"Team {t:02d}", "coordinator", UNUSED_PASSWORD)
        conninfo = f"host={cluster.root} user={pg_cluster.SUPERUSER} dbname={db}"
        with psycopg.connect(conninfo) as conn:
            teams = dict(conn.execute(
                "SELECT row_number() OVER (ORDER BY name) - 1, id FROM sipdesk_teams").fetchall())
        t0 = time.perf_counter()
        build(conninfo, args.cases, teams)
        print(f"built {args.cases} cases in {n_teams} teams in {time.perf_counter() - t0:.0f} s")

        deadline = time.monotonic() + args.minutes * 60
        with tempfile.TemporaryDirectory() as tmp:
            workers = [Coordinator(f"postgresql://{login}@/{db}?host={cluster.root}",
                                   Path(tmp) / login, deadline, seed=i)
                       for i, login in enumerate(logins)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
        errors = [w.error for w in workers if w.error is not None]
        lost = 0
        with psycopg.connect(conninfo) as conn:
            for w in workers:
                for (plan_id, key), words in w.written.items():
                    found = conn.execute("SELECT text FROM plan_sections WHERE plan_id = %s "
                                         "AND key = %s", (plan_id, key)).fetchone()
                    lost += found is None or found[0] != words
        board = [x for w in workers for x in w.board]
        opened = [x for w in workers for x in w.open]
        writes = [x for w in workers for x in w.write]
        print(f"{args.coordinators} coordinators, {args.minutes} min, {args.cases} cases")
        for name, values in (("board load", board), ("case open", opened), ("write", writes)):
            mean = statistics.fmean(values) * 1000 if values else 0.0
            print(f"  {name:10}: n={len(values):6d}  p50={_pct(values, 0.5):8.1f} ms  "
                  f"p99={_pct(values, 0.99):8.1f} ms  mean={mean:8.1f} ms")
        print(f"  writes refused and reported: {sum(w.reported for w in workers)}")
        print(f"  writes lost or overwritten without a word: {lost}")
        refusals = {w.refusal for w in workers if w.refusal}
        if refusals:
            print(f"  why refused (first of each coordinator): {sorted(refusals)[:3]}")
        if errors:
            print(f"  coordinators that stopped with an error: {len(errors)} "
                  f"(first: {type(errors[0]).__name__}: {str(errors[0])[:300]})")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
