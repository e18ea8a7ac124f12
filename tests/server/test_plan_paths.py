"""Every way the plan service reads a whole case opens it on the server first.

On a team server a coordinator sees a case's content (its plans among it) only
after sipdesk_open_case, which logs the reading. Each path below reads a case
this login has not opened yet, so a path that skipped the opening would see no
plans at all: versions() would be empty, and a new version would be numbered 1
again. The opening lives in store.queries.case_row, which every path goes through.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sipdesk.domain.enums import PlanStatus, Stage
from tests.conftest import TODAY
from tests.server.conftest import DATABASE, IT_ADMIN, PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")

PATHS_DB = "sipdesk_plan_paths"


@pytest.fixture(scope="module")
def paths_url(team_server: TeamServer, tmp_path_factory) -> str:
    """A database of its own, the demo's cases in Norr; Anna (coordinator) has opened none."""
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_admin import add_user, init_server

    cluster = team_server.cluster
    with psycopg.connect(cluster.superuser_conninfo(), autocommit=True) as su:
        su.execute(f"DROP DATABASE IF EXISTS {PATHS_DB}")
        su.execute(f"CREATE DATABASE {PATHS_DB} OWNER {IT_ADMIN}")
    assert DATABASE != PATHS_DB
    admin = cluster.url(IT_ADMIN, PASSWORD, PATHS_DB)
    init_server(admin)
    add_user(admin, "anna", "Norr", "coordinator", None)
    superuser = (f"postgresql://postgres@/{PATHS_DB}?host={cluster.socket_dir}"
                 f"&port={cluster.port}")
    with Workspace.open_server(superuser, tmp_path_factory.mktemp("seed"),
                               clock=lambda: TODAY) as ws:
        fill_demo_data(ws, cases=18, seed=2026)
    with psycopg.connect(cluster.superuser_conninfo(PATHS_DB), autocommit=True) as owner:
        owner.execute("UPDATE cases SET team_id = (SELECT id FROM sipdesk_teams "
                      "WHERE name = 'Norr')")
    return cluster.url("anna", PASSWORD, PATHS_DB)


@pytest.fixture(scope="module")
def plans_of(team_server: TeamServer, paths_url: str) -> dict[int, tuple[int, int, str]]:
    """case id -> (stage, highest plan version, its status), read by the owner (no RLS)."""
    with psycopg.connect(team_server.cluster.superuser_conninfo(PATHS_DB)) as owner:
        rows = owner.execute(
            "SELECT c.id, c.stage, p.version, p.status FROM cases c JOIN plans p "
            "ON p.case_id = c.id AND p.version = (SELECT max(version) FROM plans "
            "WHERE case_id = c.id) WHERE NOT c.archived ORDER BY c.id").fetchall()
    return {case_id: (stage, version, status) for case_id, stage, version, status in rows}


def _as_anna(url: str, folder: Path):
    from sipdesk.services.workspace import Workspace

    return Workspace.open_server(url, folder, clock=lambda: TODAY)


def _one(plans_of: dict[int, tuple[int, int, str]], *, stage: int | None = None,
         status: str | None = None, not_in: frozenset[int] = frozenset()) -> int:
    for case_id, (s, _v, st) in plans_of.items():
        if case_id in not_in or (stage is not None and s != stage) \
                or (status is not None and st != status):
            continue
        return case_id
    pytest.skip("the demo has no such case")


def test_a_coordinator_reads_each_plan_path_of_a_case_not_opened_before(
        paths_url: str, plans_of, tmp_path: Path) -> None:
    signed = PlanStatus.SIGNED.value
    # continue_case(): from the last stage, with a new version.
    continued = _one(plans_of, stage=int(Stage.CLOSE_OR_CONTINUE))
    # start_version(): after a signed version, the next number.
    restarted = _one(plans_of, status=signed, not_in=frozenset({continued}))
    # versions(): every version, not an empty list.
    listed = _one(plans_of, not_in=frozenset({continued, restarted}))

    with _as_anna(paths_url, tmp_path / "anna") as ws:
        versions = ws.plans.versions(listed)
        assert [v.version for v in versions][-1] == plans_of[listed][1]

        new = ws.plans.start_version(restarted)
        assert new.version == plans_of[restarted][1] + 1

        if plans_of[continued][2] == signed:
            carried = ws.plans.continue_case(continued)
            assert carried.version == plans_of[continued][1] + 1
            assert ws.cases.get(continued).stage is Stage.MEETING
        else:  # a draft is written on, not replaced: still read, so refused by its rule
            from sipdesk.domain.errors import DomainError

            with pytest.raises(DomainError):
                ws.plans.continue_case(continued)
            assert len(ws.plans.versions(continued)) == plans_of[continued][1]
