"""The access log's hash chain: appending entries and verifying that none was altered.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's
own fields in one fixed canonical form (a JSON array, UTF-8, no spaces), so
changing any field of any entry, or taking an entry out of the middle,
breaks the chain from there on. The table's triggers (migration 0004)
refuse UPDATE and DELETE besides; the chain is what finds a change made
around them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sipdesk.domain.access_log import AccessEntry
from sipdesk.store.models import AccessLogRow

GENESIS = "0" * 64  # the "previous hash" of the first entry
_BATCH = 2000


@dataclass(frozen=True)
class NewEntry:
    at: datetime
    user: str
    case_id: int | None
    case_ref: str
    action: str
    detail: str


def canonical(entry_id: int, at: datetime, user: str, case_id: int | None, case_ref: str,
              action: str, detail: str) -> bytes:
    """The bytes an entry's hash covers, besides the previous hash."""
    fields = [entry_id, at.isoformat(), user, case_id, case_ref, action, detail]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(prev_hash: str, entry_id: int, at: datetime, user: str, case_id: int | None,
               case_ref: str, action: str, detail: str) -> str:
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(entry_id, at, user, case_id, case_ref, action, detail))
    return digest.hexdigest()


def _hash_of_row(prev_hash: str, row: AccessLogRow | Any) -> str:
    return entry_hash(prev_hash, row.id, row.at, row.user, row.case_id, row.case_ref,
                      row.action, row.detail)


def append(session: Session, entries: Iterable[NewEntry]) -> list[AccessLogRow]:
    """Add entries at the end of the chain, in the caller's transaction."""
    last = session.execute(
        select(AccessLogRow.id, AccessLogRow.hash).order_by(AccessLogRow.id.desc()).limit(1)
    ).first()
    next_id, prev = (last.id + 1, last.hash) if last else (1, GENESIS)
    rows = []
    for e in entries:
        row = AccessLogRow(id=next_id, at=e.at, user=e.user, case_id=e.case_id,
                           case_ref=e.case_ref, action=e.action, detail=e.detail,
                           prev_hash=prev)
        row.hash = _hash_of_row(prev, row)
        session.add(row)
        rows.append(row)
        prev, next_id = row.hash, next_id + 1
    session.flush()
    return rows


_COLUMNS = (AccessLogRow.id, AccessLogRow.at, AccessLogRow.user, AccessLogRow.case_id,
            AccessLogRow.case_ref, AccessLogRow.action, AccessLogRow.detail,
            AccessLogRow.prev_hash, AccessLogRow.hash)


def _all_rows(session: Session) -> Iterator[Any]:
    """Every entry as plain column tuples, read in pieces: a long log is never held whole,
    and nothing enters the session's identity map."""
    after = 0
    while True:
        batch = session.execute(
            select(*_COLUMNS).where(AccessLogRow.id > after)
            .order_by(AccessLogRow.id).limit(_BATCH)
        ).all()
        yield from batch
        if len(batch) < _BATCH:
            return
        after = batch[-1].id


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(session: Session) -> ChainReport:
    """Walk the chain from the first entry; say in Swedish where it breaks.

    A broken link is reported once; verification goes on from the stored hash
    so that a second alteration further on is found too.
    """
    problems: list[str] = []
    prev, count, expected_id = GENESIS, 0, 1
    for row in _all_rows(session):
        count += 1
        where = f"post {row.id} ({row.at.isoformat(sep=' ', timespec='minutes')})"
        if row.id != expected_id or row.prev_hash != prev:
            problems.append(
                f"Åtkomstloggen är bruten före {where}: en tidigare post har tagits bort "
                "eller ändrats."
            )
        elif _hash_of_row(prev, row) != row.hash:
            problems.append(f"Åtkomstloggens {where} har ändrats efter att den skrevs.")
        prev, expected_id = row.hash, row.id + 1
    return ChainReport(count, tuple(problems))


def entries_of(session: Session, case_ref: str) -> list[AccessEntry]:
    """Every entry of one case, oldest first, also once the case is gone.

    By reference: references are never given out twice, while SQLite may give a
    deleted case's id to the next new case.
    """
    rows = session.scalars(
        select(AccessLogRow).where(func.upper(AccessLogRow.case_ref) == case_ref.upper())
        .order_by(AccessLogRow.id)
    ).all()
    return [entry(r) for r in rows]


def entry(row: AccessLogRow) -> AccessEntry:
    return AccessEntry(id=row.id, at=row.at, user=row.user, case_id=row.case_id,
                       case_ref=row.case_ref, action=row.action, detail=row.detail)
