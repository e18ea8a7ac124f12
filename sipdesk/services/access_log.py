"""The access log (ws.access): who opened, changed, exported, mailed or deleted which case, when.

Health-care and social-services records must show who has looked at a
child's case. Every entry holds the user account, the workspace's time, the
case by id and reference, what was done and a short detail without personal
data. "changed" entries are written by a hook in the same transaction as the
change (one per case per transaction), so a change is never stored without
its entry. The log is append-only and hash-chained (sipdesk.store.access_log)
and is never thinned: it outlives every case it names.
"""

from __future__ import annotations

import functools
import getpass
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from sipdesk.domain import access_log as words
from sipdesk.domain.access_log import AccessEntry, AccessExtract
from sipdesk.domain.changes import Changes
from sipdesk.domain.errors import ValidationError
from sipdesk.export.files import write_atomically
from sipdesk.services.cases import CaseNotFound
from sipdesk.services.resources import fonts_dir
from sipdesk.store import access_log as chain
from sipdesk.store import models as m
from sipdesk.store import queries, server_security
from sipdesk.store.access_log import ChainReport, NewEntry

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

USER_ENV = "SIPDESK_USER"  # who the entries name instead of the account (tests, shared logins)
UNKNOWN_USER = "okänd användare"
_USER_MAX = 120
# The record reads its case again after every change; a coordinator who keeps one case
# open is one "opened" entry, not one per keystroke. Opened again after this long, or
# after the program was restarted or unlocked, it is a new entry.
OPEN_AGAIN_AFTER = timedelta(minutes=30)


@functools.cache
def _account() -> str:
    try:
        return getpass.getuser() or UNKNOWN_USER
    except (OSError, KeyError, ImportError):
        return UNKNOWN_USER


def current_user() -> str:
    """The user account entries and history lines are written by."""
    override = os.environ.get(USER_ENV, "").strip()
    return (override or _account())[:_USER_MAX]


def _fill_event_user(_mapper: object, _connection: object, target: m.EventRow) -> None:
    # Every history entry carries its user, also those a use case builds directly.
    if not target.user:
        target.user = current_user()


if not event.contains(m.EventRow, "before_insert", _fill_event_user):
    event.listen(m.EventRow, "before_insert", _fill_event_user)


class _Report(Protocol):
    lines: list[tuple[str, str]]
    problems: list[str]


class AccessLog:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self._opened: dict[int, datetime] = {}
        ws.before_commit.append(self._note_changes)

    @property
    def user(self) -> str:
        return current_user()

    # --- writing ---------------------------------------------------------------------

    def _note_changes(self, session: Session, changes: Changes) -> None:
        """The before-commit hook: one "changed" entry per case the transaction changed."""
        ids = sorted(changes.cases)
        if not ids:
            return
        # A case deleted in this transaction is gone here; its "deleted" entry says so.
        refs: dict[int, str] = {
            case_id: reference for case_id, reference in session.execute(
                select(m.CaseRow.id, m.CaseRow.reference).where(m.CaseRow.id.in_(ids)))
        }
        now, user = self._ws.now(), self.user
        entries = [
            NewEntry(now, user, case_id, refs[case_id], words.CHANGED,
                     words.changed_detail(changes.cases[case_id]))
            for case_id in ids if case_id in refs
        ]
        if entries:
            chain.append(session, entries)

    def record(self, action: str, detail: str = "", *, case_id: int | None = None,
               case_ref: str | None = None, plan_id: int | None = None,
               meeting_id: int | None = None,
               deviation_id: int | None = None) -> AccessEntry:
        """Write one entry (in the caller's transaction, or a small one of its own).

        The case is given by id, or found from a plan, meeting or deviation of it; a
        deleted case by its reference alone.
        """
        with self._ws.transaction() as s:
            if case_id is None and case_ref is None:
                case_id = _case_of(s, plan_id, meeting_id, deviation_id)
            if case_ref is None:
                case_ref = s.scalar(select(m.CaseRow.reference).where(m.CaseRow.id == case_id))
                if case_ref is None:
                    raise ValidationError("Ärendet finns inte.", field="case")
            [row] = chain.append(s, [NewEntry(self._ws.now(), self.user, case_id, case_ref,
                                              action, detail)])
        if action == words.DELETED and case_id is not None:
            # SQLite may give the id to a new case: its first opening is a new entry.
            self._opened.pop(case_id, None)
        return chain.entry(row)

    def opened(self, case_id: int, reference: str) -> None:
        """The case record read the case (once per sitting; see OPEN_AGAIN_AFTER)."""
        with self._ws.reading() as s:
            if server_security.logs_reads(s):
                return  # the server wrote the entry when the case was read (open_case)
        now = self._ws.now()
        last = self._opened.get(case_id)
        if last is not None and timedelta(0) <= now - last < OPEN_AGAIN_AFTER:
            return
        self.record(words.OPENED, "ärendet visades", case_id=case_id, case_ref=reference)
        self._opened[case_id] = now

    def exported(self, path: Path, detail: str, *, case_id: int | None = None,
                 case_ref: str | None = None, plan_id: int | None = None,
                 meeting_id: int | None = None, deviation_id: int | None = None) -> Path:
        """A document was written: log it, or take the file away again.

        No document leaves the program without its entry: when the entry cannot
        be written, the file just written is removed and the error raised.
        """
        try:
            self.record(words.EXPORTED, detail, case_id=case_id, case_ref=case_ref,
                        plan_id=plan_id, meeting_id=meeting_id, deviation_id=deviation_id)
        except BaseException:
            Path(path).unlink(missing_ok=True)
            raise
        return path

    def mailed(self, meeting_id: int) -> AccessEntry:
        """The invitation e-mail was opened in the mail program."""
        return self.record(words.MAILED, "e-posttext om möte öppnad i e-postprogrammet",
                           meeting_id=meeting_id)

    # --- reading ---------------------------------------------------------------------

    def extract(self, reference: str) -> AccessExtract:
        """Every entry of one case, also after the case itself was deleted."""
        reference = reference.strip()
        with self._ws.reading() as s:
            case_id = queries.case_id_by_reference(s, reference)
            if case_id is not None:
                reference = s.get_one(m.CaseRow, case_id).reference
            entries = chain.entries_of(s, reference)
            if case_id is None and not entries:
                raise CaseNotFound(reference)
            if case_id is None:
                reference = entries[-1].case_ref
            report = chain.verify(s)
        return AccessExtract(reference, self._ws.now(), self.user, tuple(entries),
                             report.intact)

    def extract_pdf(self, reference: str, out_path: Path) -> Path:
        """The extract as a PDF (for a guardian's request); the export is itself logged."""
        extract = self.extract(reference)
        path = write_atomically(
            Path(out_path),
            lambda handle: _render(extract, handle),
        )
        # The case's own id, also when the case is deleted: the log has no foreign key.
        case_id = next((e.case_id for e in reversed(extract.entries) if e.case_id), None)
        return self.exported(path, "loggutdrag som PDF", case_id=case_id,
                             case_ref=extract.case_ref)

    def verify(self) -> ChainReport:
        with self._ws.reading() as s:
            return chain.verify(s)

    def report(self, report: _Report) -> None:
        """Add the chain's state to `sipdesk check`'s health report."""
        result = self.verify()
        state = "kedjan är hel" if result.intact else "BRUTEN"
        report.lines.append(("Åtkomstlogg", f"{result.entries} poster, {state}"))
        report.problems.extend(result.problems)


def _case_of(s: Session, plan_id: int | None, meeting_id: int | None,
             deviation_id: int | None) -> int:
    for kind, ident in ((m.PlanRow, plan_id), (m.MeetingRow, meeting_id),
                        (m.DeviationRow, deviation_id)):
        if ident is not None:
            case_id = s.scalar(select(kind.case_id).where(kind.id == ident))
            if case_id is not None:
                return int(case_id)
    raise ValidationError("Ärendet finns inte.", field="case")


def _render(extract: AccessExtract, handle: BinaryIO) -> None:
    # reportlab is loaded only when an extract is written, not with the program.
    from sipdesk.export import access_log_pdf

    access_log_pdf.render_access_log_pdf(extract, handle, fonts_dir())
