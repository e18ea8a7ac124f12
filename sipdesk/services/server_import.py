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

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from sipdesk.domain.errors import ValidationError
from sipdesk.services.takealong import fingerprints
from sipdesk.store import access_log as chain
from sipdesk.store import case_copy, server_security
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

IMPORTED_KEY = "imported_store:"  # + the laptop store's id, in sipdesk_meta


@dataclass(frozen=True)
class ImportReport:
    cases: int
    plan_versions: int
    meetings: int
    log_entries: int


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
    expected_prints = {rows.case["reference"]: fingerprints(laptop, rows.case["id"])
                       for rows in cases}
    key = IMPORTED_KEY + laptop.store.store_id
    with server.transaction() as s:
        secured = _secured(s)
        if secured:
            _become_owner(s)
        if s.scalar(select(m.Meta.value).where(m.Meta.key == key)):
            raise ValidationError("Det här arkivet är redan flyttat till servern. En andra "
                                  "flytt skulle ge varje ärende två gånger, så ingenting har "
                                  "gjorts.", field="import")
        references = [rows.case["reference"] for rows in cases]
        taken = list(s.scalars(select(m.CaseRow.reference)
                               .where(m.CaseRow.reference.in_(references))))
        if taken:
            raise ValidationError(
                f"Servern har redan {len(taken)} ärenden med samma diarienummer som datorn "
                f"(till exempel {sorted(taken)[0]}), så ingenting har flyttats.", field="import")
        team_id = _team(s, team) if secured else None
        maps = case_copy.IdMaps()
        with laptop.reading() as ls:
            case_copy.map_directory(ls, s, None, None, maps)
        new_ids = [case_copy.write_case(s, rows, maps) for rows in cases]
        if team_id is not None and new_ids:
            s.execute(text("UPDATE cases SET team_id = :t WHERE id = ANY(:ids)"),
                      {"t": team_id, "ids": new_ids})
        _move_log(s, entries, maps.of("cases"), secured)
        s.add(m.Meta(key=key, value=server.now().isoformat()))
        s.flush()
        s.expire_all()
        counts = case_copy.count_rows(s, new_ids)
        prints = {rows.case["reference"]: fingerprints(server, new_id)
                  for rows, new_id in zip(cases, new_ids, strict=True)}
        if counts != expected_counts or prints != expected_prints:
            raise ValidationError("Ärendena blev inte desamma på servern som på datorn, så "
                                  "ingenting har flyttats.", field="import")
    return ImportReport(len(cases), expected_counts["plans"], expected_counts["meetings"],
                        len(entries))


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
              secured: bool) -> None:
    new = [chain.NewEntry(e.at, e.user, case_map.get(e.case_id) if e.case_id else None,
                          e.case_ref, e.action, e.detail) for e in entries]
    if not new:
        return
    if secured:
        # The owner only, in this transaction (the table's lock keeps every other writer
        # out until commit): the entries keep their own time and user.
        s.execute(text("ALTER TABLE access_log DISABLE TRIGGER sipdesk_access_log_seal"))
    chain.append(s, new)
    if secured:
        s.execute(text("ALTER TABLE access_log ENABLE TRIGGER sipdesk_access_log_seal"))
