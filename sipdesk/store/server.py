"""A sipdesk store on a PostgreSQL server (team mode), opened by URL.

The same tables, the same Alembic history and the same services as the local
SQLCipher file: only the engine differs. What the file does for itself (the key,
the lock file, WAL, backups of the file) the server does with its own means
(logins, concurrent sessions, pg_dump), so a ServerStore has no key and no lock.

The URL's password never reaches a log line or an error message: errors name
the server by host, port and database only.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy
from sqlalchemy import URL, inspect, make_url, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from sipdesk.store import schema
from sipdesk.store.errors import NotASipdeskStore, StoreError
from sipdesk.store.handle import OpenStore, sealed_engine
from sipdesk.store.lock import StoreLock
from sipdesk.store.server_errors import ServerNotReady, ServerTlsRequired, classify
from sipdesk.store.server_security import SECURITY_META_KEY, SECURITY_VERSION

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
# What a user may write for the server; each means psycopg 3.
_SCHEMES = ("postgresql", "postgres", DRIVER)
KEY_SOURCE = "server"
STORE_ID = "store_id"
# Searching folds case in the database (queries.Fold); without a UTF-8 locale
# PostgreSQL's lower() leaves Å, Ä and Ö as they are and search would miss names.
_FOLD_PROBE = "ÅÄÖÉ"


def is_server_url(text_: str) -> bool:
    """Does `text_` name a PostgreSQL server rather than a folder?"""
    scheme = text_.split("://", 1)[0] if "://" in text_ else ""
    return scheme.lower() in _SCHEMES


def server_url(url: str | URL) -> URL:
    """The URL with psycopg 3 as its driver and the transport sipdesk requires; refuses
    anything that is not PostgreSQL, or that asks a server on the network for less than
    sslmode=verify-full. A password written in the URL stays in it (the caller takes it
    out: server_credentials.split_password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError("Serveradressen går inte att läsa (postgresql://värd/databas).") from None
    if parsed.drivername not in _SCHEMES:
        raise StoreError(f"Serveradressen ska börja med postgresql:// ({parsed.drivername} "
                         "stöds inte).")
    if parsed.database is None:
        raise StoreError("Serveradressen saknar databasens namn (postgresql://värd/databas).")
    return require_tls(parsed.set(drivername=DRIVER))


LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
REQUIRED_SSLMODE = "verify-full"


def is_local(url: URL) -> bool:
    """This computer: a Unix socket (no host, or a folder) or the loopback address."""
    hosts = [url.host or ""]
    query_host = url.query.get("host")
    if query_host:
        hosts = list(query_host) if isinstance(query_host, tuple) else [query_host]
    return all(h in LOCAL_HOSTS or h.startswith("/") for h in hosts)


def require_tls(url: URL) -> URL:
    """A server on the network only with sslmode=verify-full: added when the URL says
    nothing, refused when it asks for less. Never a quiet step down."""
    if is_local(url):
        return url
    mode = url.query.get("sslmode")
    if mode is None and url.query.get("gssencmode") == "require":
        return url  # Kerberos encrypts, and its mutual authentication proves the server
    if mode is None:
        return url.update_query_dict({"sslmode": REQUIRED_SSLMODE})
    if mode != REQUIRED_SSLMODE:
        raise ServerTlsRequired()
    return url


def describe(url: URL) -> str:
    """The server for a message: host, port and database, never the user's password."""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def short_name(url: URL) -> str:
    """The server as the window's title names it: host/database."""
    return f"{url.host or 'localhost'}/{url.database}"


# How long a connection attempt waits for an answer, so a server out of reach is told
# within a quarter minute instead of the operating system's minutes.
CONNECT_TIMEOUT_S = 15


def server_engine(url: str | URL, *, echo: bool = False,
                  password: str | None = None) -> sqlalchemy.Engine:
    """An engine over the server's database; connects once so a wrong address fails here.

    The password goes to the driver only (connect_args), never into the engine's
    URL, so no repr or log line of the engine can show it.
    """
    parsed = server_url(url)
    if parsed.password is not None:
        password = password if password is not None else str(parsed.password)
        parsed = parsed._replace(password=None)
    args: dict[str, object] = {"application_name": "sipdesk",
                               "connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        args["password"] = password
    # hide_parameters: a failed statement's error never shows a row's values (a child's
    # name). pool_pre_ping: a laptop that slept, or a restarted server, gets a new
    # connection instead of an error on its first query.
    engine = sqlalchemy.create_engine(
        parsed, echo=echo, hide_parameters=True, pool_pre_ping=True, connect_args=args,
    )
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(parsed, exc, password_given=password is not None) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def connection_error(url: URL, exc: DBAPIError, *, password_given: bool = True) -> StoreError:
    """Our error for a failed connection, in Swedish, without the driver's text (it may
    name files and users); the kind is logged, never the text."""
    error = classify(str(exc.orig if exc.orig is not None else exc),
                     password_given=password_given)
    log.info("No connection to %s: %s", describe(url), type(error).__name__)
    return error


def check_server(engine: sqlalchemy.Engine) -> None:
    """Refuse a database whose text handling would make sipdesk wrong, with a message."""
    with engine.connect() as conn:
        encoding = conn.execute(text("SHOW server_encoding")).scalar()
        folded = conn.execute(select(sqlalchemy.func.lower(_FOLD_PROBE))).scalar()
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise StoreError(f"Databasen har teckenkodningen {encoding}; sipdesk behöver UTF8.")
    if folded != _FOLD_PROBE.lower():
        raise StoreError("Databasens språkinställning (LC_CTYPE) känner inte till Å, Ä och Ö; "
                         "skapa den med en UTF-8-inställning, t.ex. --locale=sv_SE.UTF-8.")


def _is_empty(engine: sqlalchemy.Engine) -> bool:
    return not inspect(engine).get_table_names()


def prepare_server_schema(engine: sqlalchemy.Engine, *, create: bool) -> None:
    """Make the server's schema current: create it in an empty database (create=True),
    upgrade an older one, refuse a database that is not a sipdesk store or is newer.

    There is no copy of the database before a migration: the server's own backups
    (pg_dump, continuous archiving) are the way back, and Alembic runs each
    migration in one transaction, which PostgreSQL rolls back whole on failure.
    """
    check_server(engine)
    is_new = _is_empty(engine)
    if is_new and not create:
        raise NotASipdeskStore("Databasen på servern är tom: den har inget sipdesk-arkiv.")
    schema.prepare_schema(engine, is_new)
    if is_new:
        with engine.begin() as conn:
            conn.execute(text(f"INSERT INTO {schema.META_TABLE} (key, value) VALUES (:k, :v)"),
                         {"k": STORE_ID, "v": str(uuid.uuid4())})


def read_store_id(engine: sqlalchemy.Engine) -> str:
    with engine.connect() as conn:
        value = conn.execute(text(f"SELECT value FROM {schema.META_TABLE} WHERE key = :k"),
                             {"k": STORE_ID}).scalar()
    if not value:
        raise NotASipdeskStore("Databasen på servern saknar sitt arkiv-id.")
    return str(value)


@dataclass
class ServerStore(OpenStore):
    """An open store on a server: an OpenStore without key or lock.

    data_dir is a local folder of this computer's own (documents made here, the
    settings of the connection); the cases are on the server. The lock is never
    taken: many coordinators use one server at once.
    """

    url: URL = field(default_factory=lambda: make_url(f"{DRIVER}:///"), repr=False)

    def seal(self) -> None:
        """Disconnect from the server until unseal(); nothing of the store stays in memory."""
        if self.sealed:
            return
        old, self.engine = self.engine, sealed_engine()
        self.sealed = True
        old.dispose()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def where(self) -> str:
        return describe(self.url)


def open_server(url: str | URL, data_dir: Path, *, create: bool = False,
                echo: bool = False, password: str | None = None) -> ServerStore:
    """Connect to the server's database, prepare its schema and hand back the store."""
    parsed = server_url(url)
    engine = server_engine(parsed, echo=echo, password=password)
    parsed = parsed._replace(password=None)
    try:
        prepare_server_schema(engine, create=create)
        store_id = read_store_id(engine)
        check_security_version(engine)
    except DBAPIError as exc:
        engine.dispose()
        reason = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
        raise StoreError(f"Arkivet på servern {describe(parsed)} kunde inte öppnas "
                         f"({reason}).") from None
    except BaseException:
        engine.dispose()
        raise
    data_dir = Path(data_dir)
    log.info("Opened the store on %s", describe(parsed))
    return ServerStore(engine=engine, data_dir=data_dir, store_id=store_id,
                       key_source=KEY_SOURCE, lock=StoreLock(data_dir), url=parsed)


def check_security_version(engine: sqlalchemy.Engine) -> None:
    """A server whose rules (server_security) are older than this program's: refused with
    what IT must do, before a coordinator meets a refusal in the middle of her work."""
    with engine.connect() as conn:
        version = conn.execute(text(f"SELECT value FROM {schema.META_TABLE} WHERE key = :k"),
                               {"k": SECURITY_META_KEY}).scalar()
    if version is not None and int(version) < SECURITY_VERSION:
        raise ServerNotReady()
