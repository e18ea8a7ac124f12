"""argparse's own words in Swedish: "användning:", "följande argument måste anges", ...

argparse marks its messages for gettext (`from gettext import gettext as _`,
bound when argparse is imported), but Python ships no Swedish catalogue, and
installing one would mean changing gettext's global domain for the whole
process. Instead ArgumentParser below swaps argparse's module-level `_` and
`ngettext` for a lookup in MESSAGES while one of its own methods runs, and
puts the originals back afterwards: only sipdesk's parsers speak Swedish, and
anything else in the same process that uses argparse (pytest, for one) keeps
its English. A message missing from the table stays English rather than
failing; tests/cli/test_swedish_argparse.py checks that the table covers every
message of the running Python's argparse.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

# argparse's msgid -> the Swedish text (same %-placeholders).
MESSAGES: dict[str, str] = {
    "usage: ": "användning: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",  # before Python 3.10
    "subcommands": "kommandon",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument måste anges: %s",
    "one of the arguments %s is required": "ett av argumenten %s måste anges",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "%(value)r är inte ett giltigt %(type)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "expected one argument": "ett värde väntades",
    "expected at most one argument": "högst ett värde väntades",
    "expected at least one argument": "minst ett värde väntades",
    "ambiguous option: %(option)s could match %(matches)s":
        "flaggan %(option)s är tvetydig: den kan vara %(matches)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
    "ignored explicit argument %r": "värdet %r används inte",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    'argument "-" with mode %r': 'argumentet "-" med läget %r',
    # Mistakes in the program's own parser, not the user's; Swedish all the same.
    ".__call__() not defined": ".__call__() är inte definierad",
    "conflicting subparser: %s": "kommandot finns redan: %s",
    "conflicting subparser alias: %s": "kommandots alias finns redan: %s",
    "cannot merge actions - two groups are named %r":
        "kan inte slå ihop grupperna: två grupper heter %r",
    "'required' is an invalid argument for positionals":
        "'required' går inte att ange för positionella argument",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "ogiltig flagga %(option)r: den måste börja med ett av tecknen %(prefix_chars)r",
    "dest= is required for options like %r": "dest= måste anges för flaggor som %r",
    "invalid conflict_resolution value: %r": "ogiltigt värde för conflict_resolution: %r",
    "mutually exclusive arguments must be optional":
        "argument som utesluter varandra måste vara flaggor",
    "cannot have multiple subparser arguments": "det kan bara finnas en uppsättning kommandon",
    "%r is not callable": "%r går inte att anropa",
}

# (singular, plural) msgids -> (singular, plural) in Swedish.
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("%s värde väntades", "%s värden väntades"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("flaggan finns redan: %s", "flaggorna finns redan: %s"),
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    swedish = PLURALS.get((singular, plural), (singular, plural))
    return swedish[0] if n == 1 else swedish[1]


@contextmanager
def in_swedish() -> Iterator[None]:
    """argparse speaks Swedish until the block ends (nested blocks are fine)."""
    saved = argparse.__dict__["_"], argparse.__dict__["ngettext"]
    setattr(argparse, "_", gettext)  # noqa: B010 - `_` is argparse's private name
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


def heltal(text: str) -> int:
    """type= for a whole number; an error then reads "'x' är inte ett giltigt heltal"."""
    return int(text)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser in Swedish: its help, usage and errors.

    Every public method that reaches one of argparse's messages runs inside
    in_swedish(); the commands made by add_subparsers().add_parser are of this
    class too (argparse makes them of the parent's class).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The help flag's text and the groups' titles are translated when made.
        with in_swedish():
            super().__init__(*args, **kwargs)

    # Each looks its method up when called (super()), so a test may patch argparse's.
    def add_subparsers(self, *args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return super().add_subparsers(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return super().parse_known_args(*args, **kwargs)

    def parse_intermixed_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return super().parse_intermixed_args(*args, **kwargs)

    def parse_known_intermixed_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_swedish():
            return super().parse_known_intermixed_args(*args, **kwargs)

    def format_usage(self) -> str:
        with in_swedish():
            return super().format_usage()

    def format_help(self) -> str:
        with in_swedish():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with in_swedish():
            super().error(message)
