"""Prompts on the command line: Ctrl+D and Ctrl+C end cleanly, a new passphrase keeps the
rule, and a lost keychain entry is replaced by the recovery key typed at the terminal."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

from sipdesk.cli import common
from sipdesk.cli.main import main
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation

PASSPHRASE = "lång och påhittad lösenfras för test"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


@pytest.fixture
def at_a_terminal(monkeypatch):
    monkeypatch.setattr(common, "_interactive", lambda: True)


def _answers(monkeypatch, *answers):
    """getpass answers in turn; an exception class in the list is raised instead."""
    queue = list(answers)

    def getpass(prompt):
        answer = queue.pop(0)
        if isinstance(answer, type) and issubclass(answer, BaseException):
            raise answer()
        return answer

    monkeypatch.setattr(common.getpass, "getpass", getpass)
    return queue


def test_ctrl_d_at_a_prompt_is_a_cancel(monkeypatch, capsys):
    _answers(monkeypatch, EOFError)
    assert common.ask("Lösenfras") is None


def test_ctrl_c_at_a_prompt_says_so_and_leaves(monkeypatch, capsys):
    _answers(monkeypatch, KeyboardInterrupt)
    with pytest.raises(KeyboardInterrupt):
        common.ask("Lösenfras")
    assert "Avbrutet." in capsys.readouterr().err


def test_a_new_passphrase_of_spaces_or_too_short_is_asked_again(monkeypatch, capsys):
    _answers(monkeypatch, " " * 12, "kort", PASSPHRASE, PASSPHRASE)
    assert common.ask_new("Välj en lösenfras") == PASSPHRASE
    err = capsys.readouterr().err
    assert "mellanslag" in err and "för kort" in err
    assert PASSPHRASE not in err


def test_ctrl_d_while_opening_ends_with_a_message_and_status_2(
    tmp_path, monkeypatch, capsys, at_a_terminal
):
    Workspace.create(tmp_path / "d", Secrets(passphrase=PASSPHRASE)).close()
    _answers(monkeypatch, EOFError)
    assert main(["--data-dir", str(tmp_path / "d"), "cases"]) == 2
    err = capsys.readouterr().err
    assert "Ingen lösenfras angavs" in err and "Traceback" not in err


def test_ctrl_c_while_opening_ends_with_status_130(tmp_path, monkeypatch, capsys, at_a_terminal):
    Workspace.create(tmp_path / "d", Secrets(passphrase=PASSPHRASE)).close()
    _answers(monkeypatch, KeyboardInterrupt)
    assert main(["--data-dir", str(tmp_path / "d"), "cases"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_a_lost_keychain_entry_asks_for_the_recovery_key_at_the_terminal(
    tmp_path, monkeypatch, capsys, at_a_terminal, memory_keyring
):
    with Workspace.create(tmp_path / "d", Secrets()) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
        recovery = ws.store.recovery_key
    memory_keyring.passwords.clear()
    garbled = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    _answers(monkeypatch, garbled, recovery.lower().replace("-", " "))
    assert main(["--data-dir", str(tmp_path / "d"), "cases"]) == 0
    captured = capsys.readouterr()
    assert "återställningsnyckeln" in captured.err and "felskriven" in captured.err
    assert recovery not in captured.err and garbled not in captured.err
    assert memory_keyring.passwords  # put back: the next run asks nothing
    assert main(["--data-dir", str(tmp_path / "d"), "cases"]) == 0


def test_without_a_terminal_a_lost_keychain_entry_is_told_not_asked(
    tmp_path, monkeypatch, capsys, memory_keyring
):
    Workspace.create(tmp_path / "d", Secrets()).close()
    memory_keyring.passwords.clear()
    monkeypatch.setattr(common, "_interactive", lambda: False)
    assert main(["--data-dir", str(tmp_path / "d"), "cases"]) == 2
    err = capsys.readouterr().err
    assert "återställningsnyckeln" in err and "Traceback" not in err


# --- at a real terminal (a pseudo-terminal) -----------------------------------------------


def _at_terminal(args: list[str], keys: bytes, env: dict[str, str]) -> tuple[int, str]:
    """Run sipdesk on a pseudo-terminal, send `keys` at its first prompt; (status, output)."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: sipdesk with the pty as its terminal
        os.chdir(REPO)
        os.execve(sys.executable, [sys.executable, "-m", "sipdesk", *args], env)
    out = b""
    deadline = time.monotonic() + 60
    sent_at: float | None = None
    status: int | None = None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            out += chunk
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = code
            break
        if "Ange lösenfrasen".encode() in out and (
                sent_at is None or time.monotonic() - sent_at > 5):
            # Again after a while: a key sent while the terminal was being set up
            # for the hidden prompt can be flushed away with its old settings.
            os.write(fd, keys)
            sent_at = time.monotonic()
    if status is None:  # never hang the test run: end the child and say what it showed
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
        raise AssertionError(f"sipdesk did not end at the prompt:\n{out.decode(errors='replace')}")
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize(("keys", "status"), [(b"\x04", 2), (b"\x03", 130)])
def test_ctrl_d_and_ctrl_c_at_the_real_prompt(tmp_path, keys, status):
    Workspace.create(tmp_path / "d", Secrets(passphrase=PASSPHRASE)).close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    code, output = _at_terminal(["--data-dir", str(tmp_path / "d"), "cases"], keys, env)
    assert code == status, output
    assert "Traceback" not in output
    if status == 130:
        assert "Avbrutet." in output
    else:
        assert "Ingen lösenfras angavs" in output
