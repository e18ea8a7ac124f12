"""On a shared server each coordinator's own details stay their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.server.conftest import TeamServer

pytest.importorskip("psycopg")


def test_two_coordinators_on_one_server_each_keep_their_own_profile(
        team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.domain.profile import CoordinatorProfile
    from sipdesk.services.workspace import Workspace

    anna = Workspace.open_server(team_server.url("anna"), tmp_path / "anna")
    bert = Workspace.open_server(team_server.url("bert"), tmp_path / "bert")
    try:
        anna.settings.save_profile(CoordinatorProfile(name="Anna Andersson",
                                                      phone="070-111 11 11"))
        bert.settings.postpone_profile()
        assert bert.settings.profile().name == ""
        assert bert.settings.profile_postponed() is True
        assert anna.settings.profile_postponed() is False
        bert.settings.save_profile(CoordinatorProfile(name="Bert Berg"))
    finally:
        anna.close()
        bert.close()
    again = Workspace.open_server(team_server.url("anna"), tmp_path / "anna")
    try:
        assert again.settings.profile().name == "Anna Andersson"
        assert again.settings.profile().phone == "070-111 11 11"
    finally:
        again.close()
