"""Taking a case along offline: a copy on the laptop, a lease on the team server.

take_along copies the whole case into the laptop's own encrypted store, where it
is an ordinary local case (a meeting in a school without network works as on a
laptop-only store), and writes the lease on the server. While the lease stands
the server itself refuses everyone else's writes to the case
(server_security's lease guard), and the board shows who has it until when.

give_back replaces the server's rows of the case with the laptop's, in one
server transaction, and ends the lease. Replacing rather than replaying the
history is simplest and correct because the lease made the laptop the only
writer: nothing on the server can have changed meanwhile, so the laptop's copy
is the whole truth. The plan versions' fingerprints and the row counts are
compared before the transaction commits; any difference rolls it back.

Only an id and a reference ever reach a message or the log, never a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sipdesk.domain.board import TakenAlong
from sipdesk.domain.errors import ValidationError
from sipdesk.services.access_log import current_user
from sipdesk.store import case_copy, server_security
from sipdesk.store import models as m
from sipdesk.store.session_user import server_login

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

LEASE_FIELD = "lease"
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a refusal by a rule of the server
ONLY_A_TEAM_LEAD = "Bara en teamledare för ärendets team kan bryta ett lån."
LAPTOP_FOLDER = "med-mig"  # the laptop's own store, in the data folder of a server connection


@dataclass(frozen=True)
class Lease:
    case_id: int
    holder: str
    taken_at: datetime
    until: date
    peer_store_id: str
    peer_case_id: int


@dataclass(frozen=True)
class Standing:
    """Who works here: on a team server, as which login, leading a team or not."""

    on_server: bool
    login: str
    leads_a_team: bool


def laptop_store(data_dir: Path) -> Path | None:
    """The folder of the cases this computer has taken along, if it holds a store:
    what the window offers when the team server does not answer, and `sipdesk --taken`."""
    from sipdesk.store.backup import DB_NAME

    folder = data_dir / LAPTOP_FOLDER
    return folder if (folder / DB_NAME).is_file() else None


def server_unreachable(failure: BaseException) -> bool:
    """True when opening the team server failed because it did not answer (the one
    failure after which working on the cases taken along makes sense)."""
    from sipdesk.store.server_errors import ServerUnreachable

    return isinstance(failure, ServerUnreachable)


def _lease(row: m.CaseLeaseRow) -> Lease:
    return Lease(row.case_id, row.holder, row.taken_at, row.until, row.peer_store_id,
                 row.peer_case_id)


def fingerprints(ws: Workspace, case_id: int, *,
                 reference: str | None = None) -> list[tuple[int, str]]:
    """(version, fingerprint) of every plan version of the case, in this store (drafts'
    under `reference` when given: the case's number on the store it moves to)."""
    with ws.reading() as s:
        plans = list(s.execute(select(m.PlanRow.id, m.PlanRow.version)
                               .where(m.PlanRow.case_id == case_id)
                               .order_by(m.PlanRow.version)))
    return [(version, ws.plans.fingerprint(plan_id, reference=reference))
            for plan_id, version in plans]


def _login(session: Session, ws: Workspace) -> str:
    """Who holds a lease: the database login on a server (what its guard compares)."""
    if session.get_bind().dialect.name == "postgresql":
        return server_login(session)
    return current_user()


def _local(local: Workspace | Path) -> tuple[Workspace, bool]:
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    if isinstance(local, Workspace):
        return local, False
    return Workspace.open_or_create(Path(local), Secrets()), True


class TakeAlongService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def laptop_dir(self) -> Path:
        """Where this computer keeps the cases it has taken along (its own encrypted store)."""
        return self._ws.data_dir / LAPTOP_FOLDER

    # --- reading -----------------------------------------------------------------------

    def leases(self) -> dict[int, tuple[str, date]]:
        """On a team server: case id -> (who has it, until when), for the board and record.
        A laptop store's own copies are ordinary cases there: none."""
        if not self._ws.on_server:
            return {}
        with self._ws.reading() as s:
            return {r.case_id: (r.holder, r.until) for r in s.scalars(select(m.CaseLeaseRow))}

    def lease_of(self, case_id: int) -> Lease | None:
        with self._ws.reading() as s:
            row = s.scalar(select(m.CaseLeaseRow).where(m.CaseLeaseRow.case_id == case_id))
            return _lease(row) if row is not None else None

    def taken_from_server(self) -> dict[int, Lease]:
        """On a laptop store: local case id -> where it came from (the server's id)."""
        if self._ws.on_server:
            return {}
        with self._ws.reading() as s:
            return {r.case_id: _lease(r) for r in s.scalars(select(m.CaseLeaseRow))}

    def marks(self) -> dict[int, TakenAlong]:
        """What the board marks: on a team server the cases away on a laptop (read-only
        here), on a laptop store the cases it holds taken from the server."""
        if self._ws.on_server:
            return {case_id: TakenAlong(holder, until, here=False)
                    for case_id, (holder, until) in self.leases().items()}
        return {case_id: TakenAlong(lease.holder, lease.until, here=True)
                for case_id, lease in self.taken_from_server().items()}

    def mark_of(self, case_id: int) -> TakenAlong | None:
        """The board's and the record's mark of one case (see marks)."""
        lease = self.lease_of(case_id)
        if lease is None:
            return None
        return TakenAlong(lease.holder, lease.until, here=not self._ws.on_server)

    def standing(self) -> Standing:
        """What the window may offer: a server's actions, and breaking leases to a team lead."""
        ws = self._ws
        if not ws.on_server:
            return Standing(on_server=False, login=current_user(), leads_a_team=False)
        with ws.reading() as s:
            login = _login(s, ws)
            leads = False
            if server_security.logs_reads(s):
                leads = bool(s.scalar(text("SELECT EXISTS (SELECT 1 FROM sipdesk_led_teams())")))
            else:  # a server without the team rules (a test database): no one to refuse
                leads = True
        return Standing(on_server=True, login=login, leads_a_team=leads)

    # --- taking along ------------------------------------------------------------------

    def take_along(self, case_id: int, local: Workspace | Path, until: date) -> int:
        """Copy the case into the laptop store `local` and lease it; returns its local id."""
        ws = self._ws
        if not ws.on_server:
            raise ValidationError("Bara ett ärende på teamservern kan tas med.",
                                  field=LEASE_FIELD)
        if until < ws.today():
            raise ValidationError("Lånet måste gälla till i dag eller senare.",
                                  field=LEASE_FIELD)
        laptop, opened_here = _local(local)
        try:
            return self._take(case_id, laptop, until)
        finally:
            if opened_here:
                laptop.close()

    def _take(self, case_id: int, laptop: Workspace, until: date) -> int:
        ws = self._ws
        local_id: int | None = None
        try:
            with ws.transaction() as s:
                server_security.open_case(s, case_id)
                held = s.scalar(select(m.CaseLeaseRow).where(m.CaseLeaseRow.case_id == case_id))
                if held is not None:
                    raise ValidationError(
                        f"Ärendet är redan taget med av {held.holder} till "
                        f"{held.until.isoformat()}.", field=LEASE_FIELD)
                try:
                    rows = case_copy.read_case(s, case_id)
                except LookupError:
                    raise ValidationError("Ärendet finns inte.", field=LEASE_FIELD) from None
                reference = rows.case["reference"]
                orgs, people = rows.directory_ids()
                with laptop.transaction() as ls:
                    if ls.scalar(select(m.CaseRow.id).where(m.CaseRow.reference == reference)):
                        raise ValidationError(
                            f"Datorns arkiv har redan ett ärende {reference}; lämna tillbaka "
                            "eller ta bort det först.", field=LEASE_FIELD)
                    maps = case_copy.IdMaps()
                    case_copy.map_directory(s, ls, orgs, people, maps)
                    local_id = case_copy.write_case(ls, rows, maps)
                    ls.add(m.CaseLeaseRow(case_id=local_id, holder=_login(s, ws),
                                          taken_at=laptop.now(), until=until,
                                          peer_store_id=ws.store.store_id,
                                          peer_case_id=case_id))
                    laptop.access.record("changed", "togs med från teamservern",
                                         case_id=local_id, case_ref=reference)
                s.add(m.CaseLeaseRow(case_id=case_id, holder=_login(s, ws),
                                     taken_at=ws.now(), until=until,
                                     peer_store_id=laptop.store.store_id,
                                     peer_case_id=local_id))
                ws.access.record("exported", f"togs med till en bärbar dator till "
                                             f"{until.isoformat()}",
                                 case_id=case_id, case_ref=reference)
        except BaseException:
            if local_id is not None:  # the laptop committed, the server did not
                with laptop.transaction() as ls:
                    case_copy.delete_case(ls, local_id)
            raise
        return local_id

    # --- giving back -------------------------------------------------------------------

    def give_back(self, case_id: int, local: Workspace | Path) -> None:
        """Put the laptop's copy of server case `case_id` back on the server, end the lease
        and remove the copy from the laptop."""
        laptop, opened_here = _local(local)
        try:
            self._give_back(case_id, laptop)
        finally:
            if opened_here:
                laptop.close()

    def _give_back(self, case_id: int, laptop: Workspace) -> None:
        ws = self._ws
        with laptop.reading() as ls:
            copy = ls.scalar(select(m.CaseLeaseRow).where(
                m.CaseLeaseRow.peer_case_id == case_id,
                m.CaseLeaseRow.peer_store_id == ws.store.store_id))
            if copy is None:
                raise ValidationError("Datorns arkiv har ingen kopia av det ärendet från den "
                                      "här servern.", field=LEASE_FIELD)
            local_id = copy.case_id
            rows = case_copy.read_case(ls, local_id)
            orgs, people = rows.directory_ids()
        expected = fingerprints(laptop, local_id)
        with ws.transaction() as s:
            server_security.open_case(s, case_id)
            lease = s.scalar(select(m.CaseLeaseRow).where(m.CaseLeaseRow.case_id == case_id))
            if lease is None or lease.peer_store_id != laptop.store.store_id:
                raise ValidationError(
                    "Lånet finns inte längre (en teamledare kan ha brutit det). Ändringarna "
                    "finns kvar på datorn; kontakta teamledaren.", field=LEASE_FIELD)
            if s.get_bind().dialect.name == "postgresql":
                s.execute(text("SELECT set_config(:k, :v, true)"),
                          {"k": server_security.GIVING_BACK_SETTING, "v": str(case_id)})
            maps = case_copy.IdMaps()
            with laptop.reading() as ls:
                case_copy.map_directory(ls, s, orgs, people, maps)
            case_copy.clear_case(s, case_id)
            case_copy.write_case(s, rows, maps, into_case=case_id)
            s.expire_all()
            _check_same(rows.counts(), case_copy.count_rows(s, [case_id]),
                        expected, fingerprints(ws, case_id))
            s.delete(lease)
            ws.access.record("changed", "lämnades tillbaka efter lån",
                             case_id=case_id, case_ref=rows.case["reference"])
        with laptop.transaction() as ls:
            case_copy.delete_case(ls, local_id)
            laptop.access.record("deleted", "lämnades tillbaka till teamservern",
                                 case_id=local_id, case_ref=rows.case["reference"])
        laptop.undo.forget(local_id)
        ws.undo.forget(case_id)

    # --- breaking ----------------------------------------------------------------------

    def break_lease(self, case_id: int) -> str | None:
        """A team lead ends a stale lease; returns who had the case (None: no lease).

        On a team server the database checks the role and writes the log entry; the
        laptop's copy stays there, and giving it back is refused from now on.
        """
        ws = self._ws
        try:
            with ws.transaction() as s:
                if server_security.logs_reads(s):
                    who = s.scalar(text("SELECT sipdesk_break_lease(:id)"), {"id": case_id})
                    return str(who) if who is not None else None
                return self._break_here(s, case_id)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                # The server's own refusal, said as a rule (the driver's text is not shown).
                raise ValidationError(ONLY_A_TEAM_LEAD, field=LEASE_FIELD) from None
            raise

    def _break_here(self, s: Session, case_id: int) -> str | None:
        """A store without the server's rules (a laptop, a test database) breaks it itself."""
        lease = s.scalar(select(m.CaseLeaseRow).where(m.CaseLeaseRow.case_id == case_id))
        if lease is None:
            return None
        who = lease.holder
        s.delete(lease)
        self._ws.access.record("changed", f"lånet bröts (ärendet var taget med av {who})",
                               case_id=case_id)
        return who


def _check_same(counts_before: Mapping[str, int], counts_after: Mapping[str, int],
                prints_before: list[tuple[int, str]],
                prints_after: list[tuple[int, str]]) -> None:
    if dict(counts_before) != dict(counts_after) or prints_before != prints_after:
        raise ValidationError(
            "Ärendet blev inte detsamma på servern som på datorn, så ingenting har ändrats "
            "på servern. Ändringarna finns kvar på datorn.", field=LEASE_FIELD)
