"""A throwaway PostgreSQL cluster for the team-server security tests.

initdb and pg_ctl from the Debian package make a cluster in a temporary
folder, started for the test session and removed after it. PostgreSQL refuses
to run as root (CI does), so there the server runs as the `postgres` (or
`nobody`) account through runuser. The tests skip, saying why, only when no
PostgreSQL binaries are found.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for account in ("postgres", "nobody"):
        try:
            subprocess.run(["id", account], check=True, capture_output=True)
        except subprocess.CalledProcessError:
            continue
        return ["runuser", "-u", account, "--"]
    pytest.skip("PostgreSQL kan inte köras som root och det finns inget konto att köra den som")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{command[-1]} failed: {done.stdout}{done.stderr}")


@dataclass(frozen=True)
class Cluster:
    folder: Path
    port: int

    @property
    def socket_dir(self) -> str:
        return str(self.folder / "sock")

    def superuser_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def url(self, user: str, password: str, dbname: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{dbname}"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("Inga PostgreSQL-program (initdb, pg_ctl) hittades; installera paketet "
                    "postgresql för att köra testerna av teamservern")
    pytest.importorskip("psycopg", reason="psycopg behövs för testerna av teamservern")
    run_as = _run_as()
    # Under /tmp itself when the server runs as another account: the test session's own
    # temporary folders are readable by root only.
    folder = Path(tempfile.mkdtemp(prefix="sipdesk-pg-", dir="/tmp" if run_as else None))
    data, sock = folder / "data", folder / "sock"
    sock.mkdir()
    if run_as:
        shutil.chown(folder, run_as[2])
        shutil.chown(sock, run_as[2])
    _run(
        [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
         "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
         "--locale=C.UTF-8"])
    port = _free_port()
    options = f"-k {sock} -p {port} -c listen_addresses=127.0.0.1 -F"
    _run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
          "-l", str(folder / "server.log"), "-w", "start"])
    try:
        yield Cluster(folder, port)
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


DATABASE = "sipdesk"
PASSWORD = "Ett-långt-lösenord-42"
IT_ADMIN = "itadmin"
# (login, team, role): two teams, a team lead in Norr, a directory administrator.
USERS = (
    ("anna", "Norr", "coordinator"),
    ("bert", "Söder", "coordinator"),
    ("lisa", "Norr", "teamlead"),
    ("adam", "Norr", "admin"),
)


@dataclass(frozen=True)
class TeamServer:
    cluster: Cluster
    teams: dict[str, int]
    cases: dict[str, int]  # reference -> id

    @property
    def admin_url(self) -> str:
        return self.cluster.url(IT_ADMIN, PASSWORD, DATABASE)

    def url(self, user: str) -> str:
        return self.cluster.url(user, PASSWORD, DATABASE)

    def owner_conninfo(self) -> str:
        return self.cluster.superuser_conninfo(DATABASE)


def _seed_case(cur: object, team_id: int, reference: str, person_id: int) -> int:
    """One case with a row in every kind of table, as the owner writes it."""
    ex = cur.execute  # type: ignore[attr-defined]

    def one(sql: str, *params: object) -> int:
        return int(ex(sql + " RETURNING id", params).fetchone()[0])

    case = one(
        "INSERT INTO cases (reference, stage, child_first_name, child_last_name, question, "
        "raised_by_function, participation, participation_note, coordinator, archived, "
        "created_at, team_id) VALUES (%s, 2, 'Testbarn', 'Testsson', 'Skolfrånvaro', '', "
        "'ej_bestamt', '', 'Samordnare', false, '2026-01-10 09:00', %s)", reference, team_id)
    one("INSERT INTO guardians (case_id, name, phone, email, address) "
        "VALUES (%s, 'Vårdnadshavare Testsson', '', '', '')", case)
    one("INSERT INTO case_network (case_id, person_id) VALUES (%s, %s)", case, person_id)
    meeting = one(
        "INSERT INTO meetings (case_id, kind, date, place, mode, purpose, agenda) "
        "VALUES (%s, 'forsta_sip', '2026-02-01', 'Skolan', 'plats', '', '')", case)
    one("INSERT INTO invitations (meeting_id, invitee_name, kind, is_child, profession, "
        "response, substitute_name, attendance) VALUES (%s, 'Kurator Exempel', 'kallelse', "
        "false, 'kurator', 'kommer', '', 'ej_registrerad')", meeting)
    plan = one(
        "INSERT INTO plans (case_id, version, template_id, template_version, status, "
        "consent_confirmed, child_informed_by, child_informed_how, fingerprint) "
        "VALUES (%s, 1, 'standard', 1, 'utkast', false, '', '', '')", case)
    one("INSERT INTO plan_sections (plan_id, key, text, internal_note) "
        "VALUES (%s, 'child_voice', 'Barnet vill gå i skolan.', '')", plan)
    one("INSERT INTO deviations (case_id, kind, occurred_on, description, draft) "
        "VALUES (%s, 'uteblev', '2026-02-01', 'Kom inte', false)", case)
    one("INSERT INTO events (case_id, at, kind, text, \"user\") "
        "VALUES (%s, '2026-01-10 09:00', 'created', 'Ärendet lades upp', 'seed')", case)
    return case


@pytest.fixture(scope="session")
def team_server(pg_cluster: Cluster) -> TeamServer:
    import psycopg

    from sipdesk.store.server_admin import add_user, init_server

    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as su:
        # As the Debian instructions say: an administrator role that may create roles
        # and owns the database, not a superuser.
        su.execute(f"CREATE ROLE {IT_ADMIN} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        su.execute(f"CREATE DATABASE {DATABASE} OWNER {IT_ADMIN}")
    admin_url = pg_cluster.url(IT_ADMIN, PASSWORD, DATABASE)
    init_server(admin_url)
    for name, team, role in USERS:
        add_user(admin_url, name, team, role, PASSWORD)
    with psycopg.connect(pg_cluster.superuser_conninfo(DATABASE)) as owner:
        cur = owner.cursor()
        cur.execute("SET ROLE sipdesk_owner")
        teams = dict(cur.execute("SELECT name, id FROM sipdesk_teams").fetchall())
        org = cur.execute(
            "INSERT INTO organisations (name, unit, kind, principal, address, mailbox, phone, "
            "decision_maker) VALUES ('Exempelskolan', '', 'skola', 'kommun', '', '', '', '') "
            "RETURNING id").fetchone()[0]
        person = cur.execute(
            "INSERT INTO people (name, profession, organisation_id, phone, email) "
            "VALUES ('Kurator Exempel', 'kurator', %s, '', '') RETURNING id", (org,)
        ).fetchone()[0]
        cases = {
            "NORR-1": _seed_case(cur, teams["Norr"], "NORR-1", person),
            "NORR-2": _seed_case(cur, teams["Norr"], "NORR-2", person),
            "SODER-1": _seed_case(cur, teams["Söder"], "SODER-1", person),
        }
    return TeamServer(pg_cluster, teams, cases)
