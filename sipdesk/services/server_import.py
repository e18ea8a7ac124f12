"""Moving a laptop store to the team server: `sipdesk server import --data-dir DIR URL`.

Every case with all its rows (store.case_copy), the directory entries they need
and every access-log entry, in one server transaction that also records the
laptop store's id, so the same store is never moved twice into one server.
Before it commits, the counts of every part and every plan version's
fingerprint are compared with the laptop's; any difference rolls it all back.

The log keeps each entry's time, user, reference, action and words; on the
server the entries get new ids and are chained anew after the server's own
(the laptop's chain is checked first). On a secured server that takes the
owner role (the seal trigger would otherwise stamp them with now and the
importing login), so the import is run by the IT administrator that ran
`sipdesk server init`, naming the team the cases go to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from sipdesk.domain.errors import ValidationError
from sipdesk.services.takealong import fingerprints
from sipdesk.store import access_log as chain
from sipdesk.store import case_copy, queries, server_security
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

REFERENCE = re.compile(r"SIP-(\d{4})-(\d+)")  # services/cases.py's numbers
IMPORTED_KEY = "imported_store:"  # + the laptop store's id, in sipdesk_meta


@dataclass(frozen=True)
class ImportReport:
    cases: int
    plan_versions: int
    meetings: int
    log_entries: int
    renumbered: tuple[tuple[str, str], ...] = ()  # (laptop's, server's) where the server had it


def _secured(s: Session) -> bool:
    return bool(s.scalar(text("SELECT to_regclass('public.sipdesk_teams') IS NOT NULL")))


def import_store(laptop: Workspace, server: Workspace, team: str | None = None) -> ImportReport:
    """Move everything of `laptop` into `server`; refuses what would be wrong, in Swedish."""
    report = laptop.access.verify()
    if not report.intact:
        raise ValidationError("Datorns åtkomstlogg är inte hel, så arkivet flyttas inte. "
                              "Kör sipdesk check och kontakta IT.", field="import")
    with laptop.reading() as ls:
        case_ids = list(ls.scalars(select(m.CaseRow.id).order_by(m.CaseRow.id)))
        cases = [case_copy.read_case(ls, cid) for cid in case_ids]
        entries = list(ls.scalars(select(m.AccessLogRow).order_by(m.AccessLogRow.id)))
        expected_counts = case_copy.count_rows(ls, case_ids)
    key = IMPORTED_KEY + laptop.store.store_id
    with server.transaction() as s:
        secured = _secured(s)
        if secured:
            _become_owner(s)
        if s.scalar(select(m.Meta.value).where(m.Meta.key == key)):
            raise ValidationError("Det här arkivet är redan flyttat till servern. En andra "
                                  "flytt skulle ge varje ärende två gånger, så ingenting har "
                                  "gjorts.", field="import")
        team_id = _team(s, team) if secured else None
        numbers = _server_references(s, [rows.case for rows in cases])
        expected_prints = {numbers[rows.case["reference"]]: fingerprints(
            laptop, rows.case["id"], reference=numbers[rows.case["reference"]])
            for rows in cases}
        for rows in cases:
            rows.case["reference"] = numbers[rows.case["reference"]]
        maps = case_copy.IdMaps()
        with laptop.reading() as ls:
            case_copy.map_directory(ls, s, None, None, maps)
        new_ids = [case_copy.write_case(s, rows, maps) for rows in cases]
        if team_id is not None and new_ids:
            s.execute(text("UPDATE cases SET team_id = :t WHERE id = ANY(:ids)"),
                      {"t": team_id, "ids": new_ids})
        _move_log(s, entries, maps.of("cases"), numbers, secured)
        s.add(m.Meta(key=key, value=server.now().isoformat()))
        s.flush()
        s.expire_all()
        counts = case_copy.count_rows(s, new_ids)
        prints = {rows.case["reference"]: fingerprints(server, new_id)
                  for rows, new_id in zip(cases, new_ids, strict=True)}
        if counts != expected_counts or prints != expected_prints:
            raise ValidationError("Ärendena blev inte desamma på servern som på datorn, så "
                                  "ingenting har flyttats.", field="import")
        renumbered = tuple((old, new) for old, new in numbers.items() if old != new)
        _note_new_numbers(s, server, renumbered, dict(zip(
            (rows.case["reference"] for rows in cases), new_ids, strict=True)))
    return ImportReport(len(cases), expected_counts["plans"], expected_counts["meetings"],
                        len(entries), renumbered)


def _server_references(s: Session, cases: list[dict[str, object]]) -> dict[str, str]:
    """Each laptop reference -> the case's reference on the server.

    A number the server has not given keeps the case's own (what its papers say);
    the server's counter of that year is moved past it, so that no case created on
    the server later gets it. A number the server already has (a colleague's case)
    gets the server's next number of the same year.
    """
    wanted = [str(case["reference"]) for case in cases]
    taken = set(s.scalars(select(m.CaseRow.reference).where(m.CaseRow.reference.in_(wanted))))
    highest: dict[str, int] = {}
    for reference in wanted:
        found = REFERENCE.fullmatch(reference)
        if found and reference not in taken:
            year, number = found.group(1), int(found.group(2))
            highest[year] = max(highest.get(year, 0), number)
    for year, number in highest.items():
        queries.raise_sequence(s, f"case:{year}", number)
    numbers = {}
    for case, reference in zip(cases, wanted, strict=True):
        if reference in taken:
            found = REFERENCE.fullmatch(reference)
            created = case.get("created_at")
            year = found.group(1) if found else str(getattr(created, "year", "")) or "0000"
            reference = f"SIP-{year}-{queries.next_sequence(s, f'case:{year}'):04d}"
        numbers[str(case["reference"])] = reference
    return numbers


def _note_new_numbers(s: Session, server: Workspace, renumbered: tuple[tuple[str, str], ...],
                      ids: dict[str, int]) -> None:
    """A line in each renumbered case's history: a signed paper carries the old number."""
    user = str(s.scalar(text("SELECT session_user")))
    for old, new in renumbered:
        s.add(m.EventRow(case_id=ids[new], at=server.now(), kind="created", user=user,
                         text=f"Flyttades till teamservern. Diarienumret på datorn var {old}; "
                              f"servern hade redan det numret, så ärendet fick {new}. Planer "
                              f"undertecknade före flytten bär det gamla numret."))


def _become_owner(s: Session) -> None:
    owner = server_security.OWNER
    if not s.scalar(text(f"SELECT pg_has_role(session_user, '{owner}', 'MEMBER')")):
        raise ValidationError("Flytten till servern körs av den administratörsroll som körde "
                              "sipdesk server init (den behöver skriva åtkomstloggen med "
                              "posternas egna tider).", field="import")
    s.execute(text(f"SET LOCAL ROLE {owner}"))


def _team(s: Session, team: str | None) -> int:
    if not team:
        raise ValidationError("Ange vilket team ärendena ska höra till med --team TEAM.",
                              field="import")
    found = s.scalar(text("SELECT id FROM sipdesk_teams WHERE name = :n"), {"n": team})
    if found is None:
        raise ValidationError(f"Teamet {team} finns inte på servern. Lägg först till en "
                              "användare i det: sipdesk server add-user NAMN --team TEAM.",
                              field="import")
    return int(found)


def _move_log(s: Session, entries: list[m.AccessLogRow], case_map: dict[int, int],
              numbers: dict[str, str], secured: bool) -> None:
    # A renumbered case's entries take its new number, so its extract finds them all.
    new = [chain.NewEntry(e.at, e.user, case_map.get(e.case_id) if e.case_id else None,
                          numbers.get(e.case_ref, e.case_ref) if e.case_id else e.case_ref,
                          e.action, e.detail) for e in entries]
    if not new:
        return
    if secured:
        # The owner only, in this transaction (the table's lock keeps every other writer
        # out until commit): the entries keep their own time and user.
        s.execute(text("ALTER TABLE access_log DISABLE TRIGGER sipdesk_access_log_seal"))
    chain.append(s, new)
    if secured:
        s.execute(text("ALTER TABLE access_log ENABLE TRIGGER sipdesk_access_log_seal"))
