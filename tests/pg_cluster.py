"""A throwaway PostgreSQL cluster for the tests: Debian's initdb and pg_ctl in a temp folder.

One cluster per test process (each xdist worker has its own), started on first use
and stopped at the end of the session, also when tests fail (and at exit, should
the session end some other way). It listens only on a Unix socket in its own
folder, so there is no port to collide with another worker or a real server, and
trusts every local connection: nothing in it is real.

initdb refuses to run as root, and CI runs as root: then the cluster belongs to
the `postgres` user (made by the Debian package), or `nobody` if there is none.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "sipdesk_test"
# The Unix socket's path must stay under ~100 bytes, and the postgres user must reach
# the folder, so it is made in /tmp itself (the tests' own temp folders are nested
# deeper, in folders only we may enter).
SYSTEM_TEMP = "/tmp" if os.path.isdir("/tmp") else tempfile.gettempdir()
ENV_REQUIRED = "SIPDESK_TEST_POSTGRES"  # "required": fail instead of skipping without PostgreSQL

# Durability is worthless for a cluster thrown away at the end, and costs time.
SETTINGS = """
listen_addresses = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 32MB
max_parallel_workers_per_gather = 0
log_min_messages = warning
"""


def bin_dir() -> Path | None:
    """The newest PostgreSQL's programs: Debian's /usr/lib/postgresql/N/bin, else the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _os_user() -> str | None:
    """Who runs the cluster: ourselves, unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, but there is no postgres or nobody user for initdb")


class Cluster:
    """A running cluster; url(name) is a database's SQLAlchemy URL."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user = _os_user()
        self.root = Path(tempfile.mkdtemp(prefix="sipdesk-pg-", dir=SYSTEM_TEMP))
        self.data = self.root / "data"
        self.started = False
        self._counter = 0
        self._admin: psycopg.Connection | None = None
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False,
                              cwd=self.root, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(SETTINGS + f"unix_socket_directories = '{self.root}'\n")
        atexit.register(self.stop)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "start")
        self.started = True
        return self

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self.started:
            self.started = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass  # already gone: the folder goes all the same
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}"

    def admin(self) -> psycopg.Connection:
        """The superuser's connection to the maintenance database (kept: one per test
        would cost a connection each time)."""
        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(host=str(self.root), user=SUPERUSER,
                                          dbname="postgres", autocommit=True)
        return self._admin

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`, which must have no connections)."""
        if name is None:
            self._counter += 1
            name = f"t{self._counter}"
        conn = self.admin()
        sql = f'CREATE DATABASE "{name}"'
        if template is not None:
            sql += f' TEMPLATE "{template}"'
            if conn.info.server_version >= 150000:
                # A copy of the files (with fsync off, cheap) rather than writing every
                # page through the WAL, PostgreSQL 15's default.
                sql += " STRATEGY FILE_COPY"
        conn.execute(sql)  # type: ignore[arg-type]
        return name

    def drop_database(self, name: str) -> None:
        self.admin().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
