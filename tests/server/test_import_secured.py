"""`sipdesk server import` into a secured server, as the guide says: the IT role moves a
laptop store into a team; that team's coordinator sees the cases, the other team does not,
and the moved log entries keep their own time and user in an intact chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MemoryKeyring
from tests.server.conftest import PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")


def test_a_laptop_store_moves_into_one_team_and_only_that_team_sees_it(
        team_server: TeamServer, tmp_path: Path, memory_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.cli.main import main
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_admin import add_user

    add_user(team_server.admin_url, "ida", "Flytteamet", "coordinator", PASSWORD)
    laptop_dir = tmp_path / "laptop"
    with Workspace.open_or_create(laptop_dir, Secrets()) as laptop:
        fill_demo_data(laptop, cases=4, seed=7)
        laptop_users = {e.user for e in laptop.access.extract(
            laptop.cases.all()[0].reference).entries}

    assert main(["server", "import", "--data-dir", str(laptop_dir), "--team", "Flytteamet",
                 team_server.admin_url]) == 0
    assert "4 ärenden" in capsys.readouterr().out

    with psycopg.connect(team_server.url("ida")) as ida:
        # Other tests of the session may have given some of the numbers: those are renumbered.
        seen = sorted(r for (r,) in ida.execute("SELECT reference FROM cases").fetchall())
        moved_users = {u for (u,) in ida.execute(
            'SELECT "user" FROM access_log WHERE case_ref = ANY(%s)', (seen,)).fetchall()}
        names = {n for (n,) in ida.execute("SELECT child_first_name FROM cases").fetchall()}
    assert len(seen) == 4 and len(names) >= 2
    assert laptop_users <= moved_users  # the laptop's entries keep who made them
    with psycopg.connect(team_server.url("anna")) as anna:
        assert not anna.execute("SELECT reference FROM cases WHERE team_id = "
                                "(SELECT id FROM sipdesk_teams WHERE name = 'Flytteamet')"
                                ).fetchall()
