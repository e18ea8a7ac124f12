"""The command line's help and its argparse errors in Swedish, with status 2 and no traceback."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from sipdesk.cli import swedish_argparse
from sipdesk.cli.main import build_parser
from tests.cli.runner import sipdesk, sipdesk_here


def test_help_is_swedish():
    result = sipdesk("--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("användning: sipdesk")
    for words in ("visa den här hjälpen och avsluta", "visa programmets version och avsluta",
                  "\nflaggor:\n", "\nargument:\n"):
        assert words in out
    for english in ("usage:", "show this help", "options:", "positional arguments",
                    "show program's version"):
        assert english not in out


def test_a_commands_help_is_swedish_too():
    result = sipdesk_here("export-plan", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("användning: sipdesk export-plan")
    assert "visa den här hjälpen och avsluta" in result.stdout


def test_a_missing_argument_is_told_in_swedish():
    result = sipdesk("export-plan", "SIP-2026-0001")
    assert result.returncode == 2
    assert "användning: sipdesk export-plan" in result.stderr
    assert "sipdesk export-plan: fel: följande argument måste anges: FIL.pdf" in result.stderr
    assert "Traceback" not in result.stderr and "required" not in result.stderr


@pytest.mark.parametrize(("args", "told"), [
    (["nosuch"], "ogiltigt val: 'nosuch' (välj bland 'cases', 'check'"),
    (["--nosuch"], "okända argument: --nosuch"),
    (["cases", "extra"], "okända argument: extra"),
    (["demo-data", "--cases", "tio"], "argumentet --cases: 'tio' är inte ett giltigt heltal"),
    (["demo-data", "--cases"], "argumentet --cases: ett värde väntades"),
])
def test_unknown_commands_and_wrong_values_are_told_in_swedish(args, told):
    result = sipdesk_here(*args)
    assert result.returncode == 2
    assert told in result.stderr, result.stderr
    assert ": fel: " in result.stderr and "error" not in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_command_in_a_real_process():
    result = sipdesk("nosuch")
    assert result.returncode == 2
    assert "sipdesk: fel: argumentet KOMMANDO: ogiltigt val: 'nosuch'" in result.stderr
    assert "Traceback" not in result.stderr


def test_only_sipdesks_parsers_speak_swedish(capsys):
    assert build_parser().format_usage().startswith("användning: sipdesk")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--nosuch"])
    assert "okända argument: --nosuch" in capsys.readouterr().err
    # Afterwards (even after an error), any other parser in the process is argparse's own.
    other = argparse.ArgumentParser(prog="other")
    assert other.format_usage().startswith("usage: other")
    assert "show this help message and exit" in other.format_help()


def _argparse_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every message the running Python's argparse passes to _() and ngettext()."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                 and isinstance(a.value, str)]
        if node.func.id == "_" and texts:
            singles.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) == 2:
            plurals.add((texts[0], texts[1]))
    return singles, plurals


def test_the_table_has_every_message_of_this_pythons_argparse():
    singles, plurals = _argparse_messages()
    assert "the following arguments are required: %s" in singles  # the reading works
    assert singles - set(swedish_argparse.MESSAGES) == set()
    assert plurals - set(swedish_argparse.PLURALS) == set()


def test_the_swedish_messages_keep_the_placeholders():
    import re

    def placeholders(text: str) -> list[str]:
        return sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", text))

    for english, swedish in swedish_argparse.MESSAGES.items():
        assert placeholders(english) == placeholders(swedish), english
    for pair, swedish_pair in swedish_argparse.PLURALS.items():
        for english, swedish in zip(pair, swedish_pair, strict=True):
            assert placeholders(english) == placeholders(swedish), english
