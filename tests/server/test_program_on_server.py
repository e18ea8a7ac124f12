"""The program itself on a secured team server: its reads are logged in the login's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.server.conftest import TeamServer

psycopg = pytest.importorskip("psycopg")


def opened_entries(server: TeamServer, reference: str) -> list[tuple[str, str]]:
    with psycopg.connect(server.owner_conninfo()) as owner:
        return list(owner.execute(
            "SELECT \"user\", detail FROM access_log WHERE case_ref = %s "
            "AND action = 'opened' ORDER BY id", (reference,)).fetchall())


def test_a_coordinator_opening_a_case_in_the_program_sees_its_content_and_the_read_is_logged(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sipdesk.services.workspace import Workspace

    # What the program believes its user is named does not matter on the server.
    monkeypatch.setenv("SIPDESK_USER", "någon annan")
    ws = Workspace.open_server(team_server.url("bert"), tmp_path)
    try:
        case_id = ws.cases.id_of("SODER-1")
        view = ws.views.case(case_id)
        ws.views.case(case_id)  # the record reads again after a change: no second entry
    finally:
        ws.close()
    assert [len(p.sections) for p in view.case.plans] == [1]
    assert len(view.case.deviations) == 1
    assert opened_entries(team_server, "SODER-1") == [("bert", "ärendet visades")]


def test_the_program_finds_no_case_of_another_team(
        team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.services.cases import CaseNotFound
    from sipdesk.services.workspace import Workspace

    ws = Workspace.open_server(team_server.url("bert"), tmp_path)
    try:
        with pytest.raises(CaseNotFound):
            ws.cases.id_of("NORR-1")
        with pytest.raises(CaseNotFound):
            ws.cases.get(team_server.cases["NORR-1"])
        assert [c.reference for c in ws.board.cards()] == ["SODER-1"]
    finally:
        ws.close()
    assert ("bert", "ärendet visades") not in opened_entries(team_server, "NORR-1")
