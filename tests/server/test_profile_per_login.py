"""On a shared server each coordinator's own details stay their own."""

from __future__ import annotations

import re
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


def test_with_plain_sql_a_coordinator_can_neither_read_nor_write_a_colleagues_profile(
        team_server: TeamServer) -> None:
    """The database keeps a profile its login's own, whatever a client sends."""
    import json

    import psycopg

    from sipdesk.services.settings import PROFILE_KEY, PROFILE_LATER_KEY
    from sipdesk.store.server_security import PERSONAL_SETTING

    assert re.match(PERSONAL_SETTING, f"{PROFILE_KEY}:anna")
    assert re.match(PERSONAL_SETTING, f"{PROFILE_LATER_KEY}:anna")
    value = json.dumps({"name": "Falsk Person"})
    with psycopg.connect(team_server.url("anna"), autocommit=True) as anna:
        anna.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (f"{PROFILE_KEY}:anna", json.dumps({"name": "Anna Andersson"})))
    with psycopg.connect(team_server.url("bert"), autocommit=True) as bert:
        seen = bert.execute("SELECT key FROM settings WHERE key LIKE %s",
                            (f"{PROFILE_KEY}%",)).fetchall()
        assert (f"{PROFILE_KEY}:anna",) not in seen
        updated = bert.execute("UPDATE settings SET value = %s WHERE key = %s",
                               (value, f"{PROFILE_KEY}:anna"))
        assert updated.rowcount == 0
        for key in (f"{PROFILE_KEY}:anna", f"{PROFILE_LATER_KEY}:lisa"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                bert.execute("INSERT INTO settings (key, value) VALUES (%s, %s)", (key, value))
        # His own, and the team's shared agreement, he may write.
        bert.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (f"{PROFILE_KEY}:bert", json.dumps({"name": "Bert Berg"})))
        bert.execute("UPDATE settings SET value = value WHERE key NOT LIKE 'coordinator%'")
    with psycopg.connect(team_server.url("anna"), autocommit=True) as anna:
        (stored,) = anna.execute("SELECT value FROM settings WHERE key = %s",
                                 (f"{PROFILE_KEY}:anna",)).fetchone()
    assert json.loads(stored)["name"] == "Anna Andersson"
