"""Retention (gallring): closed cases past the municipality's period, deleted for good.

Deleting is the one thing the program cannot undo, so it goes carefully: a
verified backup first; then every chosen case and everything that hangs on
it in one transaction, with SQLite's secure_delete on so the freed space is
overwritten; a "deleted" entry in the access log (reference only); the
case's undo history forgotten. Afterwards the store is vacuumed and the WAL
emptied, so not even earlier versions of the rows are left in the file. The
backups that still hold the case age out through the rotation.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from sipdesk.domain import access_log as words
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.retention import RetentionCandidate, RetentionView, due_on, is_due
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

NOT_DECIDED = ("Kommunen har inte bestämt någon gallringsfrist. Ange den under "
               "Arkiv → Inställningar… innan något kan gallras.")


class RetentionService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def due(self, on: date | None = None) -> RetentionView:
        """The closed cases whose period has passed, oldest first (none without a period)."""
        ws = self._ws
        today = on or ws.today()
        months = ws.settings.retention_months()
        if months is None:
            return RetentionView(None, today)
        with ws.reading() as s:
            rows = s.scalars(
                select(m.CaseRow).where(m.CaseRow.archived.is_(True),
                                        m.CaseRow.closed_on.is_not(None))
                .order_by(m.CaseRow.closed_on, m.CaseRow.id)
            ).all()
            found = []
            for row in rows:
                closed_on = row.closed_on
                if closed_on is None or not is_due(closed_on, months, today):
                    continue
                plans = sorted(row.plans, key=lambda p: p.version)
                found.append(RetentionCandidate(
                    case_id=row.id,
                    reference=row.reference,
                    initials=_initials(row.child_first_name, row.child_last_name),
                    closed_on=closed_on,
                    reason=row.close_reason.label if row.close_reason else "Avslutat",
                    due_on=due_on(closed_on, months),
                    latest_plan_id=plans[-1].id if plans else None,
                ))
        return RetentionView(months, today, tuple(found))

    def delete(self, case_ids: Iterable[int]) -> list[str]:
        """Delete the chosen cases for good; returns their references.

        Only closed cases past the period can be deleted; anything else is
        refused before a single row is touched.
        """
        ws = self._ws
        wanted = sorted(set(case_ids))
        if not wanted:
            raise ValidationError("Markera minst ett ärende att gallra.", field="cases")
        months = ws.settings.retention_months()
        if months is None:
            raise ValidationError(NOT_DECIDED, field="retention")
        due = {c.case_id: c for c in self.due().candidates}
        if any(case_id not in due for case_id in wanted):
            raise ValidationError(
                "Bara avslutade ärenden vars gallringsfrist har gått ut kan raderas.",
                field="cases")
        if not ws.on_server:  # on a server, its own backups (pg_dump) are the way back
            ws.backups.make("before_delete")
        was_on = self._secure_delete(True)
        try:
            with ws.transaction() as s:
                for case_id in wanted:
                    s.delete(s.get_one(m.CaseRow, case_id))
                s.flush()
                for case_id in wanted:
                    candidate = due[case_id]
                    ws.access.record(
                        words.DELETED,
                        f"gallrat: avslutat {candidate.closed_on.isoformat()}, "
                        f"gallringsfrist {months} månader",
                        case_id=case_id, case_ref=candidate.reference)
        finally:
            try:
                self._secure_delete(was_on)
            except Exception as exc:  # only slower writes from here on; the deletion stands
                log.warning("secure_delete could not be reset (%s)", type(exc).__name__)
        for case_id in wanted:
            ws.undo.forget(case_id)
        self._scrub()
        return [due[case_id].reference for case_id in wanted]

    def _secure_delete(self, on: bool) -> bool:
        """Overwrite freed space from now on (or not): a setting of the one connection.

        Returns what it was before. (SQLCipher turns it on for a keyed store anyway;
        this deletion does not rely on that.)
        """
        if self._ws.on_server:  # a setting of the local file; a server has none like it
            return False
        engine = self._ws.store.engine
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            before = bool(conn.exec_driver_sql("PRAGMA secure_delete").scalar())
            conn.exec_driver_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")
        return before

    def _scrub(self) -> None:
        """Rewrite the file without free space, and empty the WAL.

        secure_delete overwrites what this deletion freed; earlier versions of
        the case's rows (from edits made before) may still sit in unused parts
        of pages, and VACUUM leaves none. The deletion is committed already:
        when this fails, the store is still correct, only not yet compacted.
        """
        if self._ws.on_server:  # the server's autovacuum reclaims the space; no file here
            return
        engine = self._ws.store.engine
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:
            log.warning("store could not be compacted after a deletion (%s)",
                        type(exc).__name__)


def _initials(first: str, last: str) -> str:
    parts = [p for p in (first, last) if p]
    return "".join(p[0].upper() + "." for p in parts) or "–"
