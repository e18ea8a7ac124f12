"""The command line: the window (with or without demo data), the self-test and the commands.

Each group of commands lives in a module of its own with a register(sub)
function; COMMAND_MODULES lists them in the order --help shows them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sipdesk import __version__
from sipdesk.cli import (
    backup_commands,
    export_commands,
    log_commands,
    server_commands,
    stats_commands,
    store_commands,
)
from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate, use_language
from sipdesk.cli.common import (
    EXIT_FILE,
    EXIT_NO_DISPLAY,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_STORE,
    data_dir,
)
from sipdesk.cli.swedish_argparse import ArgumentParser as SwedishArgumentParser
from sipdesk.store.errors import PassphraseRequired, StoreDamaged
from sipdesk.store.handle import ENV_PASSPHRASE

COMMAND_MODULES = (store_commands, export_commands, log_commands, stats_commands, backup_commands,
                   server_commands)

# Beside common.py's codes: a fault of the program itself (sysexits' EX_SOFTWARE).
EXIT_FAULT = 70
# A mistake in the command's words (argparse's own status).
EXIT_USAGE_ERROR = 2

log = logging.getLogger("sipdesk.cli")

# Written line by line (not as """\ blocks), so that pyside6-lupdate reads the same text.
DESCRIPTION = QT_TRANSLATE_NOOP(
    "CommandLine",
    "sipdesk – verktyg för SIP-samordnare (samordnad individuell plan).\n"
    "\n"
    "Utan kommando startar programmet fönstret. Arkivet är krypterat; nyckeln ligger i\n"
    "operativsystemets nyckelring eller härleds ur en lösenfras.\n")

EPILOG = QT_TRANSLATE_NOOP(
    "CommandLine",
    "miljövariabler (för automatisering och skript):\n"
    "  SIPDESK_PASSPHRASE   lösenfras till arkivet, i stället för att fråga\n"
    "  SIPDESK_RECOVERY_KEY återställningsnyckel, när nyckelringen inte längre har nyckeln\n"
    "  SIPDESK_LOG          loggnivå (DEBUG visar även felets spårning, utan uppgifter ur "
    "arkivet)\n"
    "\n"
    "slutstatus:\n"
    "  0 klart, 1 en regel sa nej eller kontrollen hittade problem, 2 arkivet kunde inte\n"
    "  öppnas, läsas eller skrivas (eller kommandot var felskrivet), 69 ingen skärm för\n"
    "  fönstret, 74 en fil utanför arkivet kunde inte läsas eller skrivas, 70 ett fel i\n"
    "  programmet, 130 avbrutet\n")

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "sipdesk: Det finns ingen skärm att visa fönstret på (varken DISPLAY eller\n"
    "WAYLAND_DISPLAY är satt). Starta sipdesk från skrivbordet, eller använd ett av\n"
    "kommandona (sipdesk --help visar dem). För att prova utan skärm:\n"
    "QT_QPA_PLATFORM=offscreen sipdesk --selftest")



LANGUAGE_CODES = ("sv", "en")  # as sipdesk.ui.language.LANGUAGES


def build_parser(lang: str = "sv") -> argparse.ArgumentParser:
    """The command line's parser, in `lang`: argparse's own words (usage, errors) and the
    program's help texts (cli_words.py), and the messages the commands print after it."""
    use_language(lang)
    parser_class = SwedishArgumentParser if lang == "sv" else argparse.ArgumentParser
    p = parser_class(
        prog="sipdesk",
        description=translate("CommandLine", DESCRIPTION),
        epilog=translate("CommandLine", EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"sipdesk {__version__}",
                   help=translate("CommandLine", "visa programmets version och avsluta"))
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CODES,
        help=translate("CommandLine", "fönstrets och kommandoradens språk: sv (svenska) eller "
                                      "en (engelska); gäller före valet i Inställningar. "
                                      "Dokumenten är alltid på svenska"),
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar=translate("CommandLine", "MAPP"),
        help=translate("CommandLine", "mapp för arkivet i stället för standardplatsen"),
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "starta med påhittade demoärenden i ett tillfälligt arkiv "
                                      "som tas bort vid avslut"),
    )
    p.add_argument(
        "--selftest",
        action="store_true",
        help=translate("CommandLine", "öppna alla huvudvyer på demodata, skriv en rad per vy "
                                      "och avsluta"),
    )
    p.add_argument(
        "--rensa-avbrutet",
        dest="clean_half_made",
        action="store_true",
        help=translate("CommandLine", "rensa resterna av ett arkiv som aldrig blev klart "
                                      "(skapandet avbröts) och skapa ett nytt"),
    )
    server_commands.add_server_options(p, top=True)
    p.add_argument(
        "--taken",
        action="store_true",
        help=translate("CommandLine", "arbeta med ärendena du har tagit med dig från "
                                      "teamservern (utan nätverk, på datorns eget arkiv)"),
    )
    sub = p.add_subparsers(dest="command", metavar=translate("CommandLine", "KOMMANDO"))
    for module in COMMAND_MODULES:
        module.register(sub)
    for name in server_commands.SERVER_READERS:
        server_commands.add_server_options(sub.choices[name])
    return p


def _ensure_streams() -> None:
    # A windowed Windows build has no console: print() would fail on None.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    finally:
        use_language("sv")  # the language chosen lasts for this command only


def _main(argv: Sequence[str] | None) -> int:
    _ensure_streams()
    logging.basicConfig(level=os.environ.get("SIPDESK_LOG", "WARNING").upper())
    try:
        args = build_parser(command_line_language(argv)).parse_args(argv)
    except SystemExit as done:  # --help, --version, or a mistake argparse has told (status 2)
        return done.code if isinstance(done.code, int) else EXIT_USAGE_ERROR
    try:
        if args.selftest:
            from sipdesk.ui.app import selftest

            return selftest(args.lang)
        # The team server, for the window and the commands that read the store: --server,
        # --local, or the one chosen in the settings.
        reads = not args.command or args.command in server_commands.SERVER_READERS
        server = None if args.demo or args.taken else server_commands.chosen_server(
            args, use_setting=reads)
        if args.taken and not args.demo:
            taken = _taken_dir(args)
            if taken is None:
                print(translate("CommandLine", NOTHING_TAKEN), file=sys.stderr)
                return EXIT_STORE
            args.data_dir = taken
        if server:
            server_commands.warn_password_in_url(server)
        if args.command:
            args.server = server if reads else getattr(args, "server", None)
            run: Callable[[argparse.Namespace], int] = args.run
            return run(args)
        if no_display():
            print(translate("CommandLine", NO_DISPLAY), file=sys.stderr)
            return EXIT_NO_DISPLAY
        from sipdesk.ui.app import run as run_window

        return run_window(data_dir=None if args.demo else data_dir(args), demo=args.demo,
                          lang=args.lang, server=server, taken=args.taken)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter shutdown quiet
        return EXIT_OK
    except Exception as exc:
        return report_failure(exc, args)


NOTHING_TAKEN = QT_TRANSLATE_NOOP(
    "CommandLine", "sipdesk: Du har inga ärenden med dig på den här datorn. Ett ärende tas med "
                   "från teamservern med Ärende > Ta med ärendet.")


def _taken_dir(args: argparse.Namespace) -> Path | None:
    """The store of the cases taken along, in this computer's own data folder."""
    from sipdesk.services.takealong import laptop_store

    return laptop_store(data_dir(args))


def command_line_language(argv: Sequence[str] | None) -> str:
    """--lang's value if the words name a valid one, else the language chosen in settings.

    Looked for before parsing, so that argparse's own words (help, errors) are
    already in that language; an invalid --lang is then reported by the parser.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        if word == "--":
            break
        value = None
        if word == "--lang" and i + 1 < len(words):
            value = words[i + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        if value in LANGUAGE_CODES:
            return value
    from sipdesk.ui.language import saved_language

    return saved_language()


def no_display() -> bool:
    """On Linux without X11 or Wayland (and no QT_QPA_PLATFORM chosen) there is nowhere to
    show the window: Qt would run it offscreen, unseen, for ever."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def report_failure(exc: BaseException, args: argparse.Namespace | None = None) -> int:
    """The one handler: every error becomes a Swedish sentence on stderr and an exit status.

    Never a traceback and never the error's own text (a driver's text can
    quote a row): services.failures.describe says what happened. With
    SIPDESK_LOG=DEBUG the traceback is logged too; the engine hides the
    statements' parameters, so even that shows no row's values.
    """
    from sipdesk.services.failures import describe, is_damage, is_store_fault

    log.debug("the command failed", exc_info=exc)
    failure = describe(exc, log_level=logging.DEBUG)
    # failures.py's sentences, the store's and the rules' have their English where the
    # window keeps it (ui/i18n_messages.py; Qt-free, no widget is loaded).
    from sipdesk.ui.i18n_messages import failure_text

    lines = [f"sipdesk: {failure_text(failure.message)}"]
    lines.extend(f"  – {reason}" for reason in failure.reasons)
    if isinstance(exc, PassphraseRequired) and ENV_PASSPHRASE not in failure.message:
        lines.append("  – " + translate("CommandLine", "Utan terminal (i skript) läses "
                                                       "lösenfrasen ur miljövariabeln "
                                                       "{variable}.").format(
            variable=ENV_PASSPHRASE))
    if is_damage(exc) and not isinstance(exc, StoreDamaged) and args is not None:
        # StoreDamaged names the newest backup itself; a damaged page found later does not.
        lines.append(_restore_hint(args))
    print("\n".join(lines), file=sys.stderr)
    if failure.refused:
        return EXIT_PROBLEM
    if is_store_fault(exc):
        return EXIT_STORE
    if isinstance(exc, OSError):
        return EXIT_FILE
    return EXIT_FAULT


def _restore_hint(args: argparse.Namespace) -> str:
    from sipdesk.services.backups import restore_hint

    try:
        return restore_hint(data_dir(args))
    except Exception:  # the hint is a courtesy; the error itself has been told
        return ""
