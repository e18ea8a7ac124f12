"""Live refresh on a team server: a colleague's change reaches the program's change signal.

The program runs as anna (coordinator, team Norr) with its real worker thread and
its listener; lisa (team lead, Norr) changes a case, with plain SQL or through a
program of her own. Anna's board card shows the change without anyone refreshing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sipdesk.domain.changes import Changes, Part
from tests.server.conftest import TeamServer

psycopg = pytest.importorskip("psycopg")
pytest.importorskip("pytestqt")

REFERENCE = "NORR-2"


@pytest.fixture
def program(qtbot, team_server: TeamServer, tmp_path: Path):
    """Anna's program: workspace, the seam with its worker and listener, the main window."""
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.main_window import MainWindow
    from sipdesk.ui.operations import Operations

    ws = Workspace.open_server(team_server.url("anna"), tmp_path / "anna")
    ops = Operations(ws)
    heard: list[Changes] = []
    ops.changed.connect(heard.append)
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.board.is_loaded, timeout=20000)
    assert ops.live
    qtbot.waitUntil(ops._listener.connected.is_set, timeout=10000)
    yield ws, ops, win, heard
    win.close()
    ops.shutdown()
    ws.close()
    with psycopg.connect(team_server.owner_conninfo(), autocommit=True) as owner:
        owner.execute("SET ROLE sipdesk_owner")
        owner.execute("UPDATE cases SET question = 'Skolfrånvaro', stage = 2 "
                      "WHERE reference = %s", (REFERENCE,))


def _question_on_card(win, case_id: int) -> str:
    from sipdesk.ui.board.board_model import CaseIdRole, QuestionRole

    board = win.board
    view = board.view_of(board.model.stage_of(case_id))
    proxy = view.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(CaseIdRole) == case_id:
            return str(index.data(QuestionRole))
    return ""


def _as_lisa(team_server: TeamServer, sql: str) -> None:
    with psycopg.connect(team_server.url("lisa")) as conn:
        conn.execute(sql, (REFERENCE,))


def test_a_change_in_plain_sql_refreshes_the_board_card(qtbot, program, team_server):
    _ws, _ops, win, heard = program
    case_id = team_server.cases[REFERENCE]
    assert _question_on_card(win, case_id) == "Skolfrånvaro"
    _as_lisa(team_server, "UPDATE cases SET question = 'Vem hämtar efter skolan?' "
                          "WHERE reference = %s")
    qtbot.waitUntil(lambda: _question_on_card(win, case_id) == "Vem hämtar efter skolan?",
                    timeout=10000)
    assert any(c.touches(case_id, Part.CARD) for c in heard)


def test_a_colleagues_program_reaches_the_change_signal_and_own_writes_are_not_echoed(
        qtbot, program, team_server, tmp_path):
    from sipdesk.services.workspace import Workspace

    ws, ops, win, heard = program
    case_id = team_server.cases[REFERENCE]
    colleague = Workspace.open_server(team_server.url("lisa"), tmp_path / "lisa")
    try:
        colleague.cases.update(case_id, question="Lisa skrev det här")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: _question_on_card(win, case_id) == "Lisa skrev det här",
                    timeout=10000)
    # Anna's own write is announced by the write itself, once, not again by the server.
    heard.clear()
    ops.write(None, lambda w: w.cases.update(case_id, question="Anna skrev sist"))
    qtbot.waitUntil(lambda: _question_on_card(win, case_id) == "Anna skrev sist",
                    timeout=10000)
    qtbot.wait(700)  # longer than the listener's poll: an echo would have arrived
    assert [c.origin for c in heard if c.touches(case_id)] == [None]
    assert ws.on_server


def test_after_a_dropped_connection_the_listener_connects_again(qtbot, program, team_server):
    _ws, ops, win, heard = program
    case_id = team_server.cases[REFERENCE]
    listener = ops._listener
    with psycopg.connect(team_server.owner_conninfo(), autocommit=True) as su:
        su.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE application_name = 'sipdesk-listen'")
    qtbot.waitUntil(lambda: not listener.connected.is_set(), timeout=10000)
    qtbot.waitUntil(listener.connected.is_set, timeout=10000)
    # What was missed while away: every surface reads again.
    qtbot.waitUntil(lambda: any(c.everything for c in heard), timeout=10000)
    _as_lisa(team_server, "UPDATE cases SET question = 'Efter avbrottet' WHERE reference = %s")
    qtbot.waitUntil(lambda: _question_on_card(win, case_id) == "Efter avbrottet",
                    timeout=10000)


def test_shutdown_stops_the_listener_and_closes_its_connection(qtbot, program, team_server):
    _ws, ops, _win, _heard = program
    listener = ops._listener
    ops.shutdown()
    assert not listener.running and not ops.live
    with psycopg.connect(team_server.owner_conninfo(), autocommit=True) as su:
        left = su.execute("SELECT count(*) FROM pg_stat_activity "
                          "WHERE application_name = 'sipdesk-listen'").fetchone()[0]
    assert left == 0


def test_each_notification_names_the_case_and_the_parts_it_changes():
    from sipdesk.store.server_listen import parse

    changes = parse(["plan_sections:7", "cases:7", "events:8", "nonsense", "cases:x"])
    assert changes.parts_of(7) == {Part.PLAN, Part.CARD, Part.RECORD}
    assert changes.parts_of(8) == {Part.HISTORY}
