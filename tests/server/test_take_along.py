"""A case taken along offline: copied to the laptop, leased on the server, given back.

Its own database on the test cluster (the team_server's cases stay as other tests
expect them), with Anna and Cilla coordinators in Norr and Lisa leading Norr.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY, MemoryKeyring, StoreTemplates
from tests.server.conftest import DATABASE, IT_ADMIN, PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")

LEASE_DB = "sipdesk_leases"
UNTIL = date(2026, 11, 30)


@dataclass(frozen=True)
class LeaseServer:
    server: TeamServer

    def url(self, user: str) -> str:
        return self.server.cluster.url(user, PASSWORD, LEASE_DB)

    def owner_conninfo(self) -> str:
        return self.server.cluster.superuser_conninfo(LEASE_DB)


@pytest.fixture(scope="module")
def lease_server(team_server: TeamServer, tmp_path_factory) -> LeaseServer:
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_admin import add_user, init_server

    with psycopg.connect(team_server.cluster.superuser_conninfo(), autocommit=True) as su:
        su.execute(f"DROP DATABASE IF EXISTS {LEASE_DB}")
        su.execute(f"CREATE DATABASE {LEASE_DB} OWNER {IT_ADMIN}")
    assert DATABASE != LEASE_DB
    server = LeaseServer(team_server)
    admin = team_server.cluster.url(IT_ADMIN, PASSWORD, LEASE_DB)
    init_server(admin)
    add_user(admin, "anna", "Norr", "coordinator", None)
    add_user(admin, "lisa", "Norr", "teamlead", None)
    add_user(admin, "cilla", "Norr", "coordinator", PASSWORD)
    # Seeded by the database's superuser (the demo writes the store's reference counter,
    # which a coordinator may not), then handed to Norr.
    cluster = team_server.cluster
    superuser = (f"postgresql://postgres@/{LEASE_DB}?host={cluster.socket_dir}"
                 f"&port={cluster.port}")
    with Workspace.open_server(superuser, tmp_path_factory.mktemp("seed"),
                               clock=lambda: TODAY) as ws:
        fill_demo_data(ws, cases=6, seed=2026)
    with psycopg.connect(server.owner_conninfo(), autocommit=True) as owner:
        owner.execute("UPDATE cases SET team_id = (SELECT id FROM sipdesk_teams "
                      "WHERE name = 'Norr')")
    return server


@pytest.fixture
def laptop(store_templates: StoreTemplates, memory_keyring: MemoryKeyring,
           tmp_path: Path) -> Iterator[object]:
    ws = store_templates.get().open_copy(tmp_path / "laptop", memory_keyring)
    with ws:
        yield ws


def open_as(server: LeaseServer, user: str, folder: Path):
    from sipdesk.services.workspace import Workspace

    return Workspace.open_server(server.url(user), folder, clock=lambda: TODAY)


def a_case_with_a_plan(ws) -> int:
    for card in ws.board.cards():
        case = ws.cases.get(card.id)
        if case.plans and case.meetings and case.guardians and \
                ws.takealong.lease_of(card.id) is None:
            return card.id
    raise AssertionError("the demo has no case with a plan")


def test_a_case_taken_along_is_edited_offline_and_given_back_with_equal_fingerprints(
        lease_server: LeaseServer, laptop, tmp_path: Path) -> None:
    from sipdesk.services.takealong import fingerprints

    with open_as(lease_server, "anna", tmp_path / "anna") as ws:
        case_id = a_case_with_a_plan(ws)
        before = ws.cases.get(case_id)
        local_id = ws.takealong.take_along(case_id, laptop, UNTIL)
        assert ws.takealong.leases() == {case_id: ("anna", UNTIL)}

        # Offline: the laptop's copy is an ordinary local case.
        copy = laptop.cases.get(local_id)
        assert copy.reference == before.reference
        assert [p.version for p in copy.plans] == [p.version for p in before.plans]
        assert fingerprints(laptop, local_id) == fingerprints(ws, case_id)
        laptop.cases.update(local_id, question="Skrivet på skolan utan nät.")
        offline = fingerprints(laptop, local_id)

        ws.takealong.give_back(case_id, laptop)

        after = ws.cases.get(case_id)
        assert after.question == "Skrivet på skolan utan nät."
        assert fingerprints(ws, case_id) == offline
        assert len(after.meetings) == len(before.meetings)
        assert len(after.guardians) == len(before.guardians)
        assert len(after.history) >= len(before.history)
        assert ws.takealong.leases() == {}
        # The copy has left the laptop.
        assert laptop.takealong.taken_from_server() == {}
        assert before.reference not in {c.reference for c in laptop.board.cards()}


def test_a_colleague_cannot_write_a_leased_case_with_plain_sql_and_sees_who_has_it(
        lease_server: LeaseServer, laptop, tmp_path: Path) -> None:
    with open_as(lease_server, "anna", tmp_path / "anna") as ws:
        case_id = a_case_with_a_plan(ws)
        ws.takealong.take_along(case_id, laptop, UNTIL)
    try:
        with psycopg.connect(lease_server.url("cilla"), autocommit=True) as cilla:
            assert cilla.execute("SELECT holder, until FROM case_leases WHERE case_id = %s",
                                 (case_id,)).fetchall() == [("anna", UNTIL)]
            for statement in (
                    "UPDATE cases SET question = 'ändrad' WHERE id = %s",
                    "DELETE FROM meetings WHERE case_id = %s",
                    "INSERT INTO guardians (case_id, name, phone, email, address) "
                    "VALUES (%s, 'Påhittad', '', '', '')"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege,
                                   match="taget med av anna till 2026-11-30"):
                    cilla.execute(statement, (case_id,))
            # Nor can she end Anna's lease herself.
            assert cilla.execute("DELETE FROM case_leases WHERE case_id = %s",
                                 (case_id,)).rowcount == 0
        # Anna's own program, outside a give-back, may not write it on the server either.
        with psycopg.connect(lease_server.url("anna"), autocommit=True) as anna, \
                pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("UPDATE cases SET question = 'ändrad' WHERE id = %s", (case_id,))
    finally:
        with open_as(lease_server, "anna", tmp_path / "anna2") as ws:
            ws.takealong.give_back(case_id, laptop)


def test_a_team_lead_breaks_a_stale_lease_and_the_log_says_so(
        lease_server: LeaseServer, laptop, tmp_path: Path) -> None:
    from sipdesk.domain.errors import ValidationError

    with open_as(lease_server, "anna", tmp_path / "anna") as ws:
        case_id = a_case_with_a_plan(ws)
        ws.takealong.take_along(case_id, laptop, UNTIL)
    with psycopg.connect(lease_server.url("cilla"), autocommit=True) as cilla, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="teamledare"):
        cilla.execute("SELECT sipdesk_break_lease(%s)", (case_id,))
    with open_as(lease_server, "lisa", tmp_path / "lisa") as ws:
        assert ws.takealong.break_lease(case_id) == "anna"
        assert ws.takealong.leases() == {}
    with psycopg.connect(lease_server.owner_conninfo()) as owner:
        logged = owner.execute(
            "SELECT \"user\", detail FROM access_log WHERE case_id = %s AND detail LIKE "
            "'lånet bröts%%'", (case_id,)).fetchall()
    assert logged == [("lisa", "lånet bröts (ärendet var taget med av anna)")]
    # The colleague can write again; Anna's give-back is refused, her copy stays.
    with psycopg.connect(lease_server.url("cilla"), autocommit=True) as cilla:
        assert cilla.execute("UPDATE cases SET coordinator = 'Cilla' WHERE id = %s",
                             (case_id,)).rowcount == 1
    with open_as(lease_server, "anna", tmp_path / "anna2") as ws, \
            pytest.raises(ValidationError, match="Lånet finns inte längre"):
        ws.takealong.give_back(case_id, laptop)
    assert len(laptop.takealong.taken_from_server()) == 1
