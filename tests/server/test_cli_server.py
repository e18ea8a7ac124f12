"""`--server URL` on the command line: `sipdesk cases` lists the login's team's cases, the
password from the keychain or asked for with getpass, the saved setting used unless
`--local`, and a password written in the URL warned about."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sipdesk.cli.main import main
from tests.conftest import MemoryKeyring
from tests.server.conftest import DATABASE, PASSWORD, TeamServer

pytest.importorskip("psycopg")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A configuration folder of this test's own (the saved server setting)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def plain(server: TeamServer, login: str) -> str:
    return f"postgresql://{login}@127.0.0.1:{server.cluster.port}/{DATABASE}"


def account(server: TeamServer, login: str) -> tuple[str, str]:
    return ("sipdesk-server", f"{login}@127.0.0.1:{server.cluster.port}/{DATABASE}")


def test_cases_on_the_server_shows_the_logins_team_and_warns_of_a_password_in_the_url(
        team_server: TeamServer, tmp_path: Path, config_home: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--data-dir", str(tmp_path / "lokal"), "cases", "--server",
                   team_server.url("bert")])
    out, err = capsys.readouterr()
    assert status == 0
    assert "SODER-1" in out and "NORR-1" not in out
    assert "Skriv inte lösenordet i adressen" in err
    assert PASSWORD not in out + err


def test_the_keychains_password_is_used_and_without_one_a_script_is_told(
        team_server: TeamServer, tmp_path: Path, config_home: Path,
        memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path / "lokal"), "--server", plain(team_server, "anna"),
            "cases"]
    assert main(args) == 2
    assert "Teamservern vill ha ditt lösenord" in capsys.readouterr().err
    memory_keyring.passwords[account(team_server, "anna")] = PASSWORD
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert "NORR-1" in out and "SODER-1" not in out and err == ""


def test_at_a_terminal_the_password_is_asked_again_after_a_wrong_one_and_kept(
        team_server: TeamServer, tmp_path: Path, config_home: Path,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.cli import server_commands

    typed = iter(["fel-lösenord", PASSWORD])
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin", io.StringIO("j\nj\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr(server_commands, "ask",
                        lambda prompt: prompts.append(prompt) or next(typed))
    status = main(["--data-dir", str(tmp_path / "lokal"), "cases", "--server",
                   plain(team_server, "bert")])
    out, err = capsys.readouterr()
    assert status == 0 and "SODER-1" in out
    assert prompts == ["Lösenord för 127.0.0.1/sipdesk"] * 2
    assert "godtog inte inloggningen" in err
    assert memory_keyring.passwords == {account(team_server, "bert"): PASSWORD}


def test_the_saved_server_is_used_and_local_ignores_it(
        team_server: TeamServer, tmp_path: Path, config_home: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.store.server_config import config_path, save_server_url

    save_server_url(team_server.url("bert"))
    assert PASSWORD not in config_path().read_text(encoding="utf-8")
    assert str(config_path()).startswith(str(config_home))
    local = ["--data-dir", str(tmp_path / "lokal")]
    # Saved without its password: the keychain has none, so a script is told so.
    assert main([*local, "cases"]) == 2
    assert "Teamservern vill ha ditt lösenord" in capsys.readouterr().err
    assert main([*local, "--server", team_server.url("bert"), "cases"]) == 0
    assert "SODER-1" in capsys.readouterr().out
    # --local and --server "" open this computer's own store (here: none made yet).
    for flag in (["--local"], ["--server", ""]):
        main([*local, *flag, "cases"])
        assert "Teamservern" not in capsys.readouterr().err
