"""Connecting to the team server as a coordinator: the password from the keychain or asked
for (again after a wrong one), a clear Swedish sentence for each way it can fail, and no
password in any URL that is shown, logged or saved."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sipdesk.store import server_errors as errors
from tests.conftest import MemoryKeyring
from tests.server.conftest import DATABASE, PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")


def url_without_password(server: TeamServer, login: str) -> str:
    return f"postgresql://{login}@127.0.0.1:{server.cluster.port}/{DATABASE}"


class Asker:
    """Types the given passwords in turn, as the coordinator would in the dialog."""

    def __init__(self, *answers: str, remember: bool = False):
        self.answers = list(answers)
        self.remember = remember
        self.asked: list[tuple[str, str]] = []

    def __call__(self, where: str, problem: str):
        from sipdesk.services.server_connection import PasswordAnswer

        self.asked.append((where, problem))
        if not self.answers:
            return None
        return PasswordAnswer(self.answers.pop(0), self.remember)


def test_the_password_is_asked_for_again_after_a_wrong_one_and_kept_in_the_keychain(
        team_server: TeamServer, tmp_path: Path, memory_keyring: MemoryKeyring,
        caplog: pytest.LogCaptureFixture) -> None:
    from sipdesk.services.workspace import Workspace

    caplog.set_level(logging.DEBUG)
    url = url_without_password(team_server, "bert")
    ask = Asker("fel-lösenord", PASSWORD, remember=True)
    with Workspace.open_server(url, tmp_path, ask_password=ask) as ws:
        assert [c.reference for c in ws.board.cards()] == ["SODER-1"]
        assert ws.server_name == "127.0.0.1/sipdesk"
        assert PASSWORD not in repr(ws.store) and PASSWORD not in str(ws.store.engine.url)
    where = "127.0.0.1/sipdesk"
    assert ask.asked == [(where, ""), (where, errors.ServerWrongPassword.default_message)]
    account = f"bert@127.0.0.1:{team_server.cluster.port}/{DATABASE}"
    assert memory_keyring.passwords == {("sipdesk-server", account): PASSWORD}
    # The next start asks nothing: the keychain has it.
    again = Asker()
    with Workspace.open_server(url, tmp_path, ask_password=again) as ws:
        assert ws.on_server
    assert again.asked == []
    assert PASSWORD not in caplog.text and "fel-lösenord" not in caplog.text


def test_a_password_not_to_be_kept_stays_out_of_the_keychain(
        team_server: TeamServer, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from sipdesk.services.workspace import Workspace

    with Workspace.open_server(url_without_password(team_server, "anna"), tmp_path,
                               ask_password=Asker(PASSWORD)):
        pass
    assert memory_keyring.passwords == {}


def test_without_a_way_to_ask_a_missing_or_wrong_password_is_said_plainly(
        team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.services.failures import describe
    from sipdesk.services.workspace import Workspace

    with pytest.raises(errors.ServerPasswordNeeded) as missing:
        Workspace.open_server(url_without_password(team_server, "anna"), tmp_path)
    wrong_url = team_server.cluster.url("anna", "fel-lösenord", DATABASE)
    with pytest.raises(errors.ServerWrongPassword) as wrong:
        Workspace.open_server(wrong_url, tmp_path)
    assert describe(wrong.value).message.startswith("Teamservern godtog inte inloggningen")
    assert "fel-lösenord" not in str(wrong.value) and "anna" not in str(missing.value)
    # Declining the dialog ends the opening the same way.
    with pytest.raises(errors.ServerPasswordNeeded):
        Workspace.open_server(url_without_password(team_server, "anna"), tmp_path,
                              ask_password=Asker())


def test_a_server_that_does_not_answer_is_told_as_such(tmp_path: Path) -> None:
    import socket

    from sipdesk.services.workspace import Workspace

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(errors.ServerUnreachable):
        Workspace.open_server(f"postgresql://anna@127.0.0.1:{port}/sipdesk", tmp_path)


def test_a_database_that_is_not_there_is_a_refused_login(
        team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.services.workspace import Workspace

    with pytest.raises(errors.ServerRefusedLogin):
        Workspace.open_server(team_server.cluster.url("anna", PASSWORD, "finns_inte"), tmp_path)


def test_the_settings_test_of_a_connection_says_works_needs_password_or_why_not(
        team_server: TeamServer, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from sipdesk.services.server_connection import Outcome
    from sipdesk.services.workspace import Workspace

    with Workspace.open_server(team_server.url("anna"), tmp_path) as ws:
        test = ws.server_connection.test
        assert test(url_without_password(team_server, "bert")).outcome is Outcome.NEEDS_PASSWORD
        assert test(team_server.url("bert")).outcome is Outcome.WORKS
        refused = test("postgresql://bert@sipdesk.kommun.example/sipdesk?sslmode=prefer")
        assert refused.outcome is Outcome.FAILED
        assert refused.message == errors.ServerTlsRequired.default_message
        # A password kept in the keychain is the one the test uses.
        memory_keyring.set_password(
            "sipdesk-server", f"bert@127.0.0.1:{team_server.cluster.port}/{DATABASE}",
            PASSWORD)
        assert test(url_without_password(team_server, "bert")).outcome is Outcome.WORKS


def test_a_server_whose_rules_are_older_than_the_program_is_refused_with_what_it_to_do(
        team_server: TeamServer, tmp_path: Path) -> None:
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_security import SECURITY_META_KEY, SECURITY_VERSION

    def set_version(value: int) -> None:
        with psycopg.connect(team_server.owner_conninfo()) as owner:
            owner.execute("UPDATE sipdesk_meta SET value = %s WHERE key = %s",
                          (str(value), SECURITY_META_KEY))

    set_version(SECURITY_VERSION - 1)
    try:
        with pytest.raises(errors.ServerNotReady) as refused:
            Workspace.open_server(team_server.url("anna"), tmp_path)
    finally:
        set_version(SECURITY_VERSION)
    assert "sipdesk server init" in str(refused.value)
