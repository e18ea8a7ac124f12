"""Taking a case along, walked in the window on a team server with the real store worker.

A database of its own on the test cluster with the team rules installed
(sipdesk server init), Anna coordinating in Norr and Lisa leading Norr. Anna
takes a case along from the Ärende menu, sees its card and record marked and
read-only, and gives it back; Lisa's board hears Anna take one along and she
breaks the lease; Anna may not. SIPDESK_SHOTS=DIR keeps the board and the
record as PNGs at 1366x768.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from sipdesk.ui import takealong_actions
from sipdesk.ui.board.board_model import CaseIdRole
from sipdesk.ui.operations import Operations
from tests.conftest import TODAY
from tests.ui.conftest import settle

psycopg = pytest.importorskip("psycopg")

UNTIL = TODAY + timedelta(days=7)
PASSWORD = "Ett-långt-lösenord-42"  # the socket trusts its users; add_user wants one


class TeamDb:
    def __init__(self, cluster, name: str) -> None:
        self.cluster, self.name = cluster, name

    def url(self, login: str) -> str:
        return f"postgresql+psycopg://{login}@/{self.name}?host={self.cluster.root}"


@pytest.fixture(scope="module")
def team_db(pg_cluster, tmp_path_factory) -> TeamDb:
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_admin import add_user, init_server
    from tests.pg_cluster import SUPERUSER

    name = pg_cluster.create_database("takealong_window")
    db = TeamDb(pg_cluster, name)
    init_server(db.url(SUPERUSER))
    add_user(db.url(SUPERUSER), "anna", "Norr", "coordinator", PASSWORD)
    add_user(db.url(SUPERUSER), "lisa", "Norr", "teamlead", PASSWORD)
    with Workspace.open_server(db.url(SUPERUSER), tmp_path_factory.mktemp("seed"),
                               clock=lambda: TODAY) as ws:
        fill_demo_data(ws, cases=6, seed=2026)
    with psycopg.connect(host=str(pg_cluster.root), user=SUPERUSER, dbname=name,
                         autocommit=True) as owner:
        owner.execute("UPDATE cases SET team_id = (SELECT id FROM sipdesk_teams "
                      "WHERE name = 'Norr')")
    return db


@pytest.fixture
def open_window(qtbot, team_db, tmp_path, memory_keyring):
    """open_window(login): that login's program on the team server, its board loaded."""
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.main_window import MainWindow

    opened: list[tuple[Operations, Workspace]] = []

    def open_(login: str) -> MainWindow:
        ws = Workspace.open_server(team_db.url(login), tmp_path / login, clock=lambda: TODAY)
        ws.settings.postpone_profile()  # no profile question over the board
        ops = Operations(ws)  # the real worker thread, and colleagues heard live
        opened.append((ops, ws))
        window = MainWindow(ops)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.board.is_loaded and window.take_along.standing
                        is not None, timeout=10_000)
        settle(qtbot, ops)
        return window

    yield open_
    for ops, ws in opened:
        ops.shutdown()
        ws.close()


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answered at once; what they said is kept."""
    said: list[tuple[str, str]] = []

    def keep(kind: str):
        def box(_parent, title, text, *args, **kwargs):
            said.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Yes
        return box

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, keep(kind))
    monkeypatch.setattr(takealong_actions, "ask_until", lambda _parent, _today: UNTIL)
    return said


def choose_card(window, case_id: int) -> None:
    stage = window.board.model.stage_of(case_id)
    view = window.board.view_of(stage)
    proxy = view.model()
    row = proxy.row_of(case_id)
    assert row >= 0
    view.setCurrentIndex(proxy.index(row, 0))
    view.setFocus()


def card_text(window, case_id: int) -> str:
    from PySide6.QtCore import Qt

    view = window.board.view_of(window.board.model.stage_of(case_id))
    proxy = view.model()
    index = proxy.index(proxy.row_of(case_id), 0)
    assert index.data(CaseIdRole) == case_id
    return index.data(Qt.ItemDataRole.ToolTipRole)


def a_case(window) -> int:
    cards = [c for c in window.board.model.stage_model(window.board.model.stage_of(
        next(iter(window.board.model._stage_of)))).cards()]
    return cards[0].id


def shoot(window, name: str) -> None:
    folder = os.environ.get("SIPDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(Path(folder) / f"{name}.png"))


def test_a_coordinator_takes_a_case_along_and_gives_it_back(qtbot, open_window, quiet):
    window = open_window("anna")
    actions = window.window_actions
    case_id = a_case(window)
    assert not actions.take_along.isEnabled()  # no case chosen yet
    choose_card(window, case_id)
    assert actions.take_along.isEnabled()
    assert not actions.give_back.isEnabled() and not actions.break_lease.isEnabled()

    actions.take_along.trigger()
    qtbot.waitUntil(lambda: window.board.model.card(case_id).taken_along is not None,
                    timeout=10_000)
    settle(qtbot, window.ops)
    assert ("information", "Ärendet är med: Ärendet finns nu på den här datorn och går att "
            "arbeta med utan nät. Lämna tillbaka det när du är uppkopplad igen.") in quiet
    assert "Tas med av anna till 30 november 2026" in card_text(window, case_id)
    choose_card(window, case_id)
    assert not actions.take_along.isEnabled()
    assert actions.give_back.isEnabled()  # Anna holds it
    assert not actions.break_lease.isEnabled()  # she leads no team
    shoot(window, "board-taken-along")

    # The record says who has it and until when, and invites no writing.
    window.open_case(case_id)
    record = window.record
    qtbot.waitUntil(lambda: record.view is not None and record.lease_banner.isVisible(),
                    timeout=10_000)
    assert record.lease_banner.text() == (
        "Tas med av anna till 30 november 2026. Ärendet kan bara läsas här tills det har "
        "lämnats tillbaka.")
    assert record.question.isReadOnly() and record.first_name.isReadOnly()
    assert all(field.isReadOnly() for field in record.mapping_fields.values())
    assert not record.archive_button.isEnabled()
    assert not record.need_found_on.isEnabled()
    assert record.tabs.tabBar().isEnabled()  # every tab can still be read
    assert record.status.text().startswith("Bara läsning")
    shoot(window, "record-taken-along")
    assert actions.give_back.isEnabled()  # the open record's case

    actions.give_back.trigger()
    qtbot.waitUntil(lambda: not record.lease_banner.isVisible(), timeout=10_000)
    settle(qtbot, window.ops)
    assert not record.question.isReadOnly() and record.archive_button.isEnabled()
    assert record.need_found_on.isEnabled()
    assert record.status.text() == "Alla ändringar sparas direkt."
    window.show_board()
    qtbot.waitUntil(lambda: window.board.model.card(case_id).taken_along is None,
                    timeout=10_000)
    assert "Tas med av" not in card_text(window, case_id)
    assert any(kind == "information" and "Ärendet är tillbaka" in text
               for kind, text in quiet)


def test_a_team_lead_sees_a_colleague_take_a_case_and_breaks_the_lease(
        qtbot, open_window, quiet, team_db, tmp_path, memory_keyring):
    from sipdesk.services.workspace import Workspace

    lisa = open_window("lisa")
    case_id = a_case(lisa)
    choose_card(lisa, case_id)
    assert not lisa.window_actions.break_lease.isEnabled()  # nothing to break yet

    # Anna, in a program of her own, takes it along: Lisa's board hears it.
    with Workspace.open_server(team_db.url("anna"), tmp_path / "anna-own",
                               clock=lambda: TODAY) as anna:
        anna.takealong.take_along(case_id, anna.takealong.laptop_dir(), UNTIL)
    qtbot.waitUntil(lambda: lisa.board.model.card(case_id).taken_along is not None,
                    timeout=10_000)
    assert "Tas med av anna till 30 november 2026" in card_text(lisa, case_id)
    choose_card(lisa, case_id)
    assert lisa.window_actions.break_lease.isEnabled()
    assert not lisa.window_actions.take_along.isEnabled()
    assert not lisa.window_actions.give_back.isEnabled()  # Anna's to give back

    # Anna's own window does not offer it, and the server refuses her if asked anyway.
    anna_window = open_window("anna")
    choose_card(anna_window, case_id)
    assert not anna_window.window_actions.break_lease.isEnabled()
    takealong_actions.break_lease(anna_window, anna_window.ops, case_id)
    settle(qtbot, anna_window.ops)
    assert ("warning", "Lånet bröts inte: Bara en teamledare för ärendets team kan bryta "
                       "ett lån.") in quiet

    lisa.window_actions.break_lease.trigger()
    qtbot.waitUntil(lambda: lisa.board.model.card(case_id).taken_along is None,
                    timeout=10_000)
    assert "Tas med av" not in card_text(lisa, case_id)
    # Anna's board hears that the lease ended.
    qtbot.waitUntil(lambda: anna_window.board.model.card(case_id).taken_along is None,
                    timeout=10_000)


def test_the_laptop_store_marks_the_case_it_took_from_the_server(
        qtbot, quiet, team_db, tmp_path, memory_keyring):
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.main_window import MainWindow

    with Workspace.open_server(team_db.url("anna"), tmp_path / "anna",
                               clock=lambda: TODAY) as anna:
        server_case = next(c.id for c in anna.board.cards()
                           if anna.takealong.mark_of(c.id) is None)
        local_id = anna.takealong.take_along(server_case, anna.takealong.laptop_dir(), UNTIL)
        laptop_dir = anna.takealong.laptop_dir()
    laptop = Workspace.open(laptop_dir, Secrets(), clock=lambda: TODAY)
    laptop.settings.postpone_profile()
    ops = Operations(laptop)
    try:
        window = MainWindow(ops)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.board.is_loaded and window.take_along.standing
                        is not None, timeout=10_000)
        assert "Taget från teamservern, lämnas tillbaka senast 30 november 2026" in \
            card_text(window, local_id)
        choose_card(window, local_id)
        actions = window.window_actions
        assert not any(a.isEnabled() for a in (actions.take_along, actions.give_back,
                                               actions.break_lease))  # not on a server
        shoot(window, "laptop-board")
        window.open_case(local_id)
        record = window.record
        qtbot.waitUntil(lambda: record.lease_banner.isVisible(), timeout=10_000)
        assert record.lease_banner.text().startswith(
            "Taget från teamservern, lämnas tillbaka senast 30 november 2026.")
        assert not record.question.isReadOnly()  # the copy here is the one to work on
        assert record.archive_button.isEnabled()
        shoot(window, "laptop-record")
        window.close()
    finally:
        ops.shutdown()
        laptop.close()
