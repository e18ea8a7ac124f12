"""The command line's own help and messages in English with --lang en (or the saved choice),
in Swedish by default; argparse's own words are swedish_argparse.py's."""

from __future__ import annotations

import pytest

from sipdesk.cli.cli_words import translate
from sipdesk.cli.main import build_parser, main
from tests.ui.test_english import swedish_in

# The options' own names are the command line's words, not sentences to translate.
OPTION_NAMES = ("--rensa-avbrutet",)


def _commands() -> list[str]:
    parser = build_parser("sv")
    sub = next(a for a in parser._actions if a.dest == "command")
    return list(sub.choices)


def _help(capsys, *words: str) -> str:
    assert main([*words, "--help"]) == 0
    out = capsys.readouterr().out
    for name in OPTION_NAMES:
        out = out.replace(name, "")
    return out


def _no_swedish(text: str) -> None:
    for line in text.splitlines():
        assert not swedish_in(line), (line, swedish_in(line))


def test_the_help_and_every_commands_help_are_english(capsys):
    text = _help(capsys, "--lang", "en")
    _no_swedish(text)
    assert "a tool for SIP coordinators" in text and "exit status:" in text
    assert "--data-dir FOLDER" in text
    commands = _commands()
    assert {"cases", "check", "stats", "backups", "restore", "log", "export-plan"} <= set(
        commands)
    for command in commands:
        text = _help(capsys, "--lang", "en", command)
        assert text.startswith(f"usage: sipdesk {command}"), command
        _no_swedish(text)


def test_the_help_is_swedish_by_default(capsys):
    text = _help(capsys)
    assert "verktyg för SIP-samordnare" in text and "slutstatus:" in text
    assert "--data-dir MAPP" in text
    text = _help(capsys, "stats")
    assert "periodens första dag (räknas med)" in text and "ÅÅÅÅ-MM-DD" in text


def test_the_saved_choice_gives_english_help(capsys):
    from sipdesk.ui.language import save_language, saved_language

    before = saved_language()
    save_language("en")
    try:
        _no_swedish(_help(capsys, "backups"))
        assert "BACKUP" in _help(capsys, "restore")
    finally:
        save_language(before)  # the settings are shared by the session's tests


def test_a_commands_message_is_english(capsys, tmp_path):
    assert main(["--lang", "en", "stats", "--from", "2026-13-01", "--to", "2026-03-31"]) == 2
    err = capsys.readouterr().err
    assert "“2026-13-01” is not a date" in err
    _no_swedish(err)
    assert main(["--lang", "en", "export-plan", "SIP-2026-0001", str(tmp_path)]) == 74
    err = capsys.readouterr().err
    assert "is a folder. Give a file name for the plan" in err
    _no_swedish(err.replace(str(tmp_path), ""))


def test_under_swedish_the_message_is_unchanged(capsys):
    assert main(["stats", "--from", "2026-13-01", "--to", "2026-03-31"]) == 2
    assert "”2026-13-01” är inget datum" in capsys.readouterr().err


def test_the_language_lasts_for_one_command_and_failures_are_english(capsys):
    from sipdesk.services.failures import DISK_FULL

    main(["--lang", "en", "--help"])
    capsys.readouterr()
    # The next command (or a test calling a command's code) starts in Swedish again.
    assert translate("CommandLine", "Inga ärenden.") == "Inga ärenden."
    from sipdesk.cli.cli_words import use_language

    use_language("en")
    try:
        assert translate("Failure", DISK_FULL).startswith("Could not save: the disk is full")
        assert translate("CommandLine", "Inga ärenden.") == "No cases."
    finally:
        use_language("sv")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_command_line_does_not_load_the_widgets(lang):
    """The translation is Qt's own file, read with QtCore only."""
    import subprocess
    import sys

    code = ("import sys; from sipdesk.cli.main import main; "
            f"main(['--lang', '{lang}', '--help']); "
            "sys.exit(1 if 'PySide6.QtWidgets' in sys.modules else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
