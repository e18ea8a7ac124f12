"""Setting up a team server and its logins: what `sipdesk server init` and `add-user` do.

Both run as the IT department's administrator role (a superuser, or a role
with CREATEROLE that owns the database). The tables belong to the NOLOGIN
role sipdesk_owner; the administrator becomes a member of it only to create
and change them. Every failure a person can cause (a wrong address, a role
without the right, a user that exists) is a ServerSetupError with a Swedish
sentence, never a driver's traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sipdesk.store import server_security as sec
from sipdesk.store.errors import StoreError

if TYPE_CHECKING:
    import psycopg

URL_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
# Lower case so that the name is the same quoted or not; dots and hyphens for
# Active Directory accounts (GSSAPI with include_realm=0 gives "anna.berg").
USER_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")
RESERVED_PREFIXES = ("pg_", "sipdesk_")
TEAM_MAX = 100


class ServerSetupError(Exception):
    """Something the person running the command can put right; the message says what."""


class ServerUnreachable(ServerSetupError):
    """No connection: a wrong address, the server down, or the login refused."""


class AdminPasswordNeeded(ServerUnreachable):
    """The server wants the administrator role's password and none was given."""

    def __init__(self) -> None:
        super().__init__(
            "Servern vill ha lösenordet för administratörsrollen. Kör kommandot i en terminal "
            "så frågas det efter, eller ge det i miljövariabeln PGPASSWORD eller i filen "
            "~/.pgpass (aldrig i adressen).")


@dataclass(frozen=True)
class NewUser:
    name: str
    team: str
    role: str
    created_login: bool  # False: an existing login was added to one more team
    created_team: bool


def conninfo(url: str) -> str:
    """The libpq form of a sipdesk server address (SQLAlchemy's driver suffix taken off)."""
    url = url.strip()
    if not url.startswith(URL_SCHEMES):
        raise ServerSetupError(
            "Serverns adress ska börja med postgresql://, till exempel "
            "postgresql://admin@server.kommun.se/sipdesk.")
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def connection_failure(exc: Exception) -> str:
    # libpq's first line names the host and the reason, never a row's content.
    reason = (str(exc).strip().splitlines() or ["okänt fel"])[-1].strip()
    return f"Kunde inte ansluta till servern: {reason}"


@contextmanager
def connect(url: str, *, autocommit: bool = True) -> Iterator[psycopg.Connection[Any]]:
    import psycopg

    try:
        conn = psycopg.connect(conninfo(url), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        if "no password supplied" in str(exc):
            raise AdminPasswordNeeded() from None
        raise ServerUnreachable(connection_failure(exc)) from None
    with conn:
        yield conn


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _refusal(exc: Exception, what: str) -> ServerSetupError:
    return ServerSetupError(f"{what} Databasen svarade: {_first_line(exc)}")


def _first_line(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return str(primary or exc).strip().splitlines()[0] if str(primary or exc).strip() else ""


# --- init ------------------------------------------------------------------------------


def _check_administrator(conn: psycopg.Connection[Any]) -> tuple[str, bool]:
    row = conn.execute(
        "SELECT current_user, rolsuper, rolcreaterole FROM pg_roles "
        "WHERE rolname = current_user").fetchone()
    assert row is not None
    user, superuser, createrole = row
    if not (superuser or createrole):
        raise ServerSetupError(
            f"Rollen {user} får inte skapa roller. Kör sipdesk server init som databasens "
            "administratör: en roll med CREATEROLE som äger databasen (se "
            "docs/team-server.md).")
    return str(user), bool(superuser)


def _create_roles(conn: psycopg.Connection[Any], me: str, superuser: bool) -> None:
    for role in (sec.OWNER, *sec.ALL_GROUPS):
        conn.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")
    if not superuser:
        # To create the tables as their owner, and to grant the group roles later.
        conn.execute(f"GRANT {sec.OWNER} TO {_quote(me)}")
    database = conn.execute("SELECT current_database()").fetchone()
    assert database is not None
    groups = ", ".join(sec.ALL_GROUPS)
    conn.execute(f"GRANT USAGE, CREATE ON SCHEMA public TO {sec.OWNER}")
    conn.execute(f"GRANT USAGE ON SCHEMA public TO {groups}")
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.execute(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_quote(database[0])} FROM PUBLIC")
    conn.execute(f"GRANT CONNECT ON DATABASE {_quote(database[0])} TO {groups}")


def _take_ownership(conn: psycopg.Connection[Any]) -> None:
    """Tables made earlier by another role (an upgrade run by hand) pass to the owner role."""
    others = conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> %s",
        (sec.OWNER,)).fetchall()
    for (table,) in others:
        conn.execute(f"ALTER TABLE public.{_quote(table)} OWNER TO {sec.OWNER}")


def upgrade_schema_as_owner(url: str) -> None:
    """The program's schema (store.server: Alembic, the store's id), made or upgraded as
    the owner role, so that the owner role owns every table."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from sipdesk.store import server

    engine = create_engine(server.server_url(url), poolclass=NullPool,
                           connect_args={"options": f"-c role={sec.OWNER}"})
    try:
        server.prepare_server_schema(engine, create=True)
    finally:
        engine.dispose()


def apply_security(conn: psycopg.Connection[Any]) -> None:
    with conn.transaction():
        conn.execute(f"SET LOCAL ROLE {sec.OWNER}")
        conn.execute(sec.security_sql().encode())


def init_server(url: str,
                upgrade_schema: Callable[[str], None] = upgrade_schema_as_owner) -> list[str]:
    """Roles, schema, teams, row-level security and grants; safe to run again. What was done."""
    import psycopg

    with connect(url) as conn:
        me, superuser = _check_administrator(conn)
        try:
            _create_roles(conn, me, superuser)
            _take_ownership(conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _refusal(exc, f"Rollen {me} saknar rätt att förbereda databasen; den ska "
                                "äga databasen (createdb -O) eller vara superanvändare.") from None
    try:
        upgrade_schema(url)
    except psycopg.Error as exc:
        raise _refusal(exc, "Databasens tabeller kunde inte skapas eller uppgraderas.") from None
    except StoreError as exc:
        raise ServerSetupError(str(exc)) from None
    except Exception as exc:  # SQLAlchemy wraps the driver's error
        original = getattr(exc, "orig", None)
        if isinstance(original, psycopg.Error):
            raise _refusal(original, "Databasens tabeller kunde inte skapas eller "
                                     "uppgraderas.") from None
        raise
    with connect(url) as conn:
        try:
            apply_security(conn)
        except psycopg.Error as exc:
            raise _refusal(exc, "Behörighetsreglerna kunde inte läggas in.") from None
    return [
        f"Rollerna {sec.OWNER} (äger tabellerna), {', '.join(sec.ALL_GROUPS)} finns.",
        "Tabellerna är uppgraderade till programmets senaste version.",
        f"Radsäkerhet, åtkomstlogg och rättigheter är inlagda (version {sec.SECURITY_VERSION}).",
    ]


# --- add-user --------------------------------------------------------------------------


def check_user_name(name: str) -> str:
    if not USER_NAME.fullmatch(name) or name.startswith(RESERVED_PREFIXES):
        raise ServerSetupError(
            f"Användarnamnet {name!r} går inte: använd små bokstäver a–z, siffror, punkt, "
            "bindestreck och understreck (högst 63 tecken), och inte pg_ eller sipdesk_ "
            "först.")
    return name


def check_team(team: str) -> str:
    team = team.strip()
    if not team or len(team) > TEAM_MAX:
        raise ServerSetupError(f"Teamets namn ska vara 1–{TEAM_MAX} tecken.")
    return team


def _prepared(conn: psycopg.Connection[Any]) -> bool:
    exists = conn.execute("SELECT to_regclass('public.sipdesk_members') IS NOT NULL").fetchone()
    return bool(exists and exists[0])


def login_exists(url: str, name: str) -> bool:
    with connect(url) as conn:
        row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def add_user(url: str, name: str, team: str, role: str, password: str | None) -> NewUser:
    """A login in a team with a role; an existing sipdesk login joins one more team.

    The password is sent only as a SCRAM verifier made here, so it never
    appears in the server's statement log.
    """
    import psycopg

    check_user_name(name)
    team = check_team(team)
    if role not in sec.GROUP_ROLES:
        raise ServerSetupError("Rollen ska vara coordinator, teamlead eller admin.")
    with connect(url, autocommit=False) as conn:
        if not _prepared(conn):
            raise ServerSetupError("Servern är inte förberedd för sipdesk. Kör först: "
                                   "sipdesk server init ADRESS")
        try:
            new_user = _add(conn, name, team, role, password)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _refusal(exc, "Du saknar rätt att lägga till användare; kör kommandot som "
                                "den roll som körde sipdesk server init.") from None
        conn.commit()
    return new_user


def _add(conn: psycopg.Connection[Any], name: str, team: str, role: str,
         password: str | None) -> NewUser:
    from psycopg import sql

    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    if exists:
        member = conn.execute(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s AND g.rolname = ANY(%s)",
            (name, list(sec.ALL_GROUPS))).fetchone()
        if not member:
            raise ServerSetupError(
                f"Det finns redan en databasroll som heter {name} och den är ingen "
                "sipdesk-användare. Välj ett annat namn.")
    else:
        if not password:
            raise ServerSetupError("Ett lösenord behövs för en ny användare.")
        verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(),
                                                b"scram-sha-256")
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(verifier.decode("ascii"))))
    conn.execute(sql.SQL("GRANT {} TO {}").format(
        sql.Identifier(sec.GROUP_ROLES[role]), sql.Identifier(name)))
    conn.execute(f"SET LOCAL ROLE {sec.OWNER}")
    created = conn.execute(
        "INSERT INTO sipdesk_teams (name) VALUES (%s) ON CONFLICT (name) DO NOTHING "
        "RETURNING id", (team,)).fetchone()
    team_row = created or conn.execute(
        "SELECT id FROM sipdesk_teams WHERE name = %s", (team,)).fetchone()
    assert team_row is not None
    added = conn.execute(
        "INSERT INTO sipdesk_members (username, team_id, role) VALUES (%s, %s, %s) "
        "ON CONFLICT (username, team_id) DO NOTHING RETURNING 1",
        (name, team_row[0], role)).fetchone()
    if not added:
        raise ServerSetupError(f"Användaren {name} finns redan i teamet {team}.")
    return NewUser(name, team, role, created_login=not exists, created_team=created is not None)
