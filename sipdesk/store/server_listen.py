"""Live refresh on a team server: a colleague's change reaches this program's change signal.

Migration 0006 puts a trigger on every case table that sends
NOTIFY sipdesk_changes, '<table>:<case_id>'. A ChangeListener holds one
connection of its own (never one of the engine's pool, which SQLAlchemy may
recycle or hand to a query), LISTENs on it in a background thread and hands
what arrives, as a Changes value, to a callback on that thread; the window
moves it to its own thread (ui/operations.py).

Notifications from this program's own connections are skipped: its writes are
announced by the write itself. After a dropped connection the listener
connects again with a growing pause; what was sent while it was away is lost,
so it then reports Changes.all() and every surface reads again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg
import sqlalchemy
from sqlalchemy import event

from sipdesk.domain.changes import ChangeLog, Changes, Part

log = logging.getLogger(__name__)

CHANNEL = "sipdesk_changes"
POLL_SECONDS = 0.5  # how long stop() may wait for the thread to notice
GATHER_SECONDS = 0.05  # a transaction's notifications arrive together: one Changes for them
RETRY_SECONDS = (0.5, 1, 2, 5, 10, 30)

_CARD_AND_RECORD = (Part.CARD, Part.RECORD)
# What each table changes of a case (as store/change_tracking.py says for one's own writes).
PARTS: dict[str, tuple[Part, ...]] = {
    "cases": _CARD_AND_RECORD,
    "guardians": _CARD_AND_RECORD,
    "consents": _CARD_AND_RECORD,
    "consent_scope": _CARD_AND_RECORD,
    "case_network": _CARD_AND_RECORD,
    "meetings": (Part.CARD, Part.MEETINGS),
    "invitations": (Part.CARD, Part.MEETINGS),
    "plans": (Part.CARD, Part.PLAN),
    "plan_sections": (Part.PLAN,),
    "plan_actions": (Part.PLAN,),
    "plan_distribution": (Part.PLAN,),
    "plan_signatures": (Part.PLAN,),
    "deviations": (Part.DEVIATIONS,),
    "events": (Part.HISTORY,),
}


def parse(payloads: list[str]) -> Changes:
    """The Changes of some '<table>:<case_id>' payloads; anything else is ignored."""
    found = ChangeLog()
    for payload in payloads:
        table, _, case_id = payload.partition(":")
        if table in PARTS and case_id.isdigit():
            found.case(int(case_id), *PARTS[table])
    return found.changes()


class ChangeListener:
    """LISTEN on the server in a thread of its own; `on_changes(Changes)` on that thread."""

    def __init__(self, connect: Callable[[], psycopg.Connection[Any]],
                 on_changes: Callable[[Changes], None], *,
                 own_pids: set[int] | None = None,
                 on_stop: Callable[[], None] | None = None):
        self._connect = connect
        self._on_stop = on_stop
        self._on_changes = on_changes
        self._own_pids = own_pids if own_pids is not None else set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()  # set while LISTENing (tests wait for it)

    @classmethod
    def for_engine(cls, engine: sqlalchemy.Engine,
                   on_changes: Callable[[Changes], None]) -> ChangeListener:
        """A listener connecting as the engine does (same server, login and TLS settings).

        The connection is the engine's own, taken out of its pool (detach): the login's
        password lives only in the engine's connect arguments, never in its URL.
        """
        own: set[int] = set()

        def connect() -> psycopg.Connection[Any]:
            raw = engine.raw_connection()
            conn: psycopg.Connection[Any] = raw.driver_connection  # type: ignore[assignment]
            raw.detach()
            conn.rollback()
            conn.autocommit = True
            conn.execute("SET application_name = 'sipdesk-listen'")
            return conn

        def note_pid(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            own.add(dbapi_conn.info.backend_pid)

        # Every connection the program writes through is checked out first.
        event.listen(engine, "checkout", note_pid)
        return cls(connect, on_changes, own_pids=own,
                   on_stop=lambda: event.remove(engine, "checkout", note_pid))

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sipdesk-listen",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection; returns once the thread has ended."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._on_stop is not None:
            self._on_stop()
            self._on_stop = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    if failures:
                        # Whatever colleagues did while we were away was not heard.
                        self._on_changes(Changes.all())
                    failures = 0
                    self._listen(conn)
            except psycopg.Error as exc:
                self.connected.clear()
                failures += 1
                pause = RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1]
                # The type only: a driver's text may quote the server address.
                log.warning("Live refresh lost the server (%s); trying again in %s s",
                            type(exc).__name__, pause)
                self._stop.wait(pause)
            except Exception:  # noqa: BLE001 - a bug must not kill live refresh silently
                log.exception("Live refresh stopped by an error")
                self.connected.clear()
                self._stop.wait(RETRY_SECONDS[-1])
        self.connected.clear()

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            first = list(conn.notifies(timeout=POLL_SECONDS, stop_after=1))
            if not first:
                continue
            # A transaction's rows arrive as several notifications close together.
            more = list(conn.notifies(timeout=GATHER_SECONDS))
            changes = parse([n.payload for n in first + more if n.pid not in self._own_pids])
            if not changes.empty:
                self._on_changes(changes)
