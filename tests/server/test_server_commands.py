"""`sipdesk server init` and `add-user`: what the IT department sees, and the log's chain."""

from __future__ import annotations

import argparse

import pytest

from tests.server.conftest import DATABASE, PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")


def run(*words: str) -> int:
    from sipdesk.cli import server_commands

    parser = argparse.ArgumentParser(prog="sipdesk")
    server_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(words))
    return int(args.run(args))


def test_the_log_the_server_seals_verifies_with_the_programs_own_chain(
        team_server: TeamServer) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from sipdesk.store import access_log

    engine = create_engine(f"postgresql+psycopg://postgres@/{DATABASE}?host="
                           f"{team_server.cluster.socket_dir}&port={team_server.cluster.port}")
    try:
        with Session(engine) as s:
            report = access_log.verify(s)
    finally:
        engine.dispose()
    assert report.entries > 0
    assert report.intact, report.problems


def test_add_user_creates_a_login_that_works_with_the_password_from_the_environment(
        team_server: TeamServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SIPDESK_NEW_PASSWORD", PASSWORD)
    assert run("server", "add-user", "cecilia.ek", "--team", "Väster",
               "--url", team_server.admin_url) == 0
    assert capsys.readouterr().out.strip() == (
        "Användaren cecilia.ek är skapad som samordnare i det nya teamet Väster.")
    with psycopg.connect(team_server.url("cecilia.ek")) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)

    assert run("server", "add-user", "cecilia.ek", "--team", "Väster",
               "--url", team_server.admin_url) == 1
    assert capsys.readouterr().err.strip() == (
        "sipdesk: Användaren cecilia.ek finns redan i teamet Väster.")


def test_add_user_without_a_password_asks_for_one_and_never_takes_it_from_the_command_line(
        team_server: TeamServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SIPDESK_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    assert run("server", "add-user", "david", "--team", "Norr",
               "--url", team_server.admin_url) == 1
    assert "SIPDESK_NEW_PASSWORD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("server", "add-user", "david", "--team", "Norr", "--password", "hemligt")


def test_mistakes_are_told_in_swedish_without_a_traceback(
        team_server: TeamServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("server", "init", "mysql://server/sipdesk") == 1
    assert capsys.readouterr().err.startswith("sipdesk: Serverns adress ska börja med")
    assert run("server", "init", team_server.url("anna")) == 1
    assert "får inte skapa roller" in capsys.readouterr().err
    closed_port = team_server.cluster.url("anna", PASSWORD, DATABASE).replace(
        f":{team_server.cluster.port}/", ":1/")
    assert run("server", "init", closed_port) == 2
    assert capsys.readouterr().err.startswith("sipdesk: Kunde inte ansluta till servern")
    assert run("server", "add-user", "postgres", "--team", "Norr",
               "--url", team_server.admin_url) == 1
    assert "databasroll som heter postgres och den är ingen sipdesk-användare" in (
        capsys.readouterr().err)
    assert run("server", "add-user", "Anna Berg", "--team", "Norr",
               "--url", team_server.admin_url) == 1
    assert "Användarnamnet 'Anna Berg' går inte" in capsys.readouterr().err


def test_init_can_run_again_after_an_upgrade_and_changes_nothing_anyone_sees(
        team_server: TeamServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("server", "init", team_server.admin_url) == 0
    assert "Radsäkerhet, åtkomstlogg och rättigheter är inlagda" in capsys.readouterr().out
    with psycopg.connect(team_server.url("bert")) as bert:
        refs = {r for (r,) in bert.execute("SELECT reference FROM cases").fetchall()}
    assert refs and all(r.startswith("SODER") for r in refs)


def test_the_administrators_password_is_asked_for_at_a_terminal_and_named_in_a_script(
        team_server: TeamServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The address as the guide writes it, without the password: a terminal asks for it,
    a script is told where to give it, and the password is never in the address."""
    without = team_server.admin_url.replace(f":{PASSWORD}@", "@")
    assert PASSWORD not in without
    # Set first so that the undo removes what the command puts there.
    monkeypatch.setenv("PGPASSWORD", "")
    monkeypatch.delenv("PGPASSWORD")

    monkeypatch.setattr("sys.stdin", None)
    assert run("server", "init", without) == 2
    err = capsys.readouterr().err
    assert "lösenordet för administratörsrollen" in err and "PGPASSWORD" in err
    assert "Traceback" not in err

    class Terminal:
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("sipdesk.cli.server_commands.ask",
                        lambda prompt: asked.append(prompt) or PASSWORD)
    assert run("server", "init", without) == 0
    assert asked == [f"Lösenord för itadmin@127.0.0.1/{DATABASE}"]
    assert "Radsäkerhet, åtkomstlogg och rättigheter är inlagda" in capsys.readouterr().out


def test_the_it_departments_commands_speak_english_under_lang_en(
        team_server: TeamServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.cli.main import main

    monkeypatch.setenv("SIPDESK_NEW_PASSWORD", PASSWORD)
    try:
        assert main(["--lang", "en", "server", "add-user", "erik.ny", "--team", "Öster",
                     "--role", "teamlead", "--url", team_server.admin_url]) == 0
    finally:
        main(["--lang", "sv", "--version"])  # the language is the process's; put it back
    assert capsys.readouterr().out.splitlines()[0] == (
        "The user erik.ny is created as team lead in the new team Öster.")
