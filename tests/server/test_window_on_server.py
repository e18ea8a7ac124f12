"""The window on the team server: the password asked in a dialog (again after a wrong one,
kept in the keychain when asked to), the title and status bar naming the server, a server
that does not answer told in Swedish, and the settings' "Testa anslutningen"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from sipdesk.domain.enums import Stage
from tests.conftest import MemoryKeyring
from tests.server.conftest import DATABASE, PASSWORD, TeamServer

pytest.importorskip("psycopg")


def plain(server: TeamServer, login: str) -> str:
    return f"postgresql://{login}@127.0.0.1:{server.cluster.port}/{DATABASE}"


def _main_window():
    from sipdesk.ui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def test_the_window_asks_for_the_password_and_says_which_server_it_works_on(
        qtbot, team_server: TeamServer, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sipdesk.store.server_errors import ServerWrongPassword
    from sipdesk.ui import app as start
    from sipdesk.ui.dialogs import server_password

    asked: list[tuple[str, str]] = []
    typed = iter([("fel-lösenord", False), (PASSWORD, True)])

    def ask(where: str, problem: str = "", parent: object = None) -> tuple[str, bool]:
        asked.append((where, problem))
        return next(typed)

    monkeypatch.setattr(server_password, "ask_server_password", ask)
    seen: dict[str, Any] = {}

    def tick() -> None:
        window = _main_window()
        if window is not None and window.attached and window.board.is_loaded \
                and window.backup_status.kind != "loading":
            timer.stop()
            try:
                seen["title"] = window.windowTitle()
                label = window.statusBar().findChild(QLabel, "ServerStatus")
                seen["status"] = label.text() if label is not None else None
                seen["backups"] = window.backup_status.text()
                seen["cards"] = sorted(
                    card.reference for stage in Stage
                    for card in window.board.model.stage_model(stage).cards())
            finally:  # a failed look must fail the test, not leave the window open for ever
                window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    status = start.run(tmp_path / "lokal", server=plain(team_server, "anna"))
    assert status == 0
    assert asked == [("127.0.0.1/sipdesk", ""),
                     ("127.0.0.1/sipdesk", ServerWrongPassword.default_message)]
    assert str(seen["title"]).endswith("Teamserver: 127.0.0.1/sipdesk")
    assert seen["status"] == "Teamserver: 127.0.0.1/sipdesk"
    # Not "no backup yet": the server is IT's to back up.
    assert seen["backups"] == "Säkerhetskopior: teamservern"
    # Her team's cases (other tests of the session add to Norr), never Söder's.
    cards = set(seen["cards"])
    assert {"NORR-1", "NORR-2"} <= cards and "SODER-1" not in cards
    account = f"anna@127.0.0.1:{team_server.cluster.port}/{DATABASE}"
    assert memory_keyring.passwords == {("sipdesk-server", account): PASSWORD}


def test_a_server_that_does_not_answer_is_told_and_nothing_opens(
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from sipdesk.services.failures import SERVER_UNREACHABLE
    from sipdesk.ui import app as start
    from sipdesk.ui.unlock import StartPrompts

    told: list[tuple[str, str, bool]] = []

    class Prompts(StartPrompts):
        def tell(self, title, text, *, problem=False):
            told.append((title, text, problem))

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    status = start.run(tmp_path / "lokal", server=f"postgresql://anna@127.0.0.1:{port}/x",
                       prompts=Prompts())
    assert status == start.EXIT_NOT_OPENED
    assert told == [("Teamservern kunde inte öppnas", SERVER_UNREACHABLE, True)]
    assert "Traceback" not in capsys.readouterr().err
    assert _main_window() is None


def test_testa_anslutningen_says_whether_the_address_works(
        qtbot, team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.dialogs.settings import TAB_SERVER, SettingsDialog
    from sipdesk.ui.operations import Operations

    with Workspace.open_server(team_server.url("bert"), tmp_path) as ws:
        ops = Operations(ws, synchronous=True)
        try:
            dialog = SettingsDialog(ops)
            qtbot.addWidget(dialog)
            dialog.tabs.setCurrentIndex(TAB_SERVER)
            choice = dialog.server
            choice.url.setText(plain(team_server, "anna"))
            choice.test_button.click()
            assert "vill ha ditt lösenord" in choice.result.text()
            choice.url.setText(team_server.url("anna"))
            choice.test_button.click()
            assert choice.result.text().startswith("Anslutningen fungerar: 127.0.0.1/sipdesk")
            choice.url.setText("postgresql://anna@sipdesk.kommun.example/sipdesk?sslmode=allow")
            choice.test_button.click()
            assert "sslmode=verify-full" in choice.result.text()
        finally:
            ops.shutdown()
