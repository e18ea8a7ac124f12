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
from sipdesk.cli import export_commands, store_commands
from sipdesk.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_STORE, data_dir
from sipdesk.domain.errors import DomainError
from sipdesk.store.errors import StoreError

COMMAND_MODULES = (store_commands, export_commands)

DESCRIPTION = """\
sipdesk – verktyg för SIP-samordnare (samordnad individuell plan).

Utan kommando startar programmet fönstret. Arkivet är krypterat; nyckeln ligger i
operativsystemets nyckelring eller härleds ur en lösenfras.
"""

EPILOG = """\
miljövariabler (för automatisering och skript):
  SIPDESK_PASSPHRASE   lösenfras till arkivet, i stället för att fråga
  SIPDESK_RECOVERY_KEY återställningsnyckel, när nyckelringen inte längre har nyckeln
"""



def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sipdesk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"sipdesk {__version__}")
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="MAPP",
        help="mapp för arkivet i stället för standardplatsen",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="starta med påhittade demoärenden i ett tillfälligt arkiv som tas bort vid avslut",
    )
    p.add_argument(
        "--selftest",
        action="store_true",
        help="öppna alla huvudvyer på demodata, skriv en rad per vy och avsluta",
    )
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in COMMAND_MODULES:
        module.register(sub)
    return p


def _ensure_streams() -> None:
    # A windowed Windows build has no console: print() would fail on None.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    logging.basicConfig(level=os.environ.get("SIPDESK_LOG", "WARNING").upper())
    args = build_parser().parse_args(argv)
    try:
        if args.selftest:
            from sipdesk.ui.app import selftest

            return selftest()
        if args.command:
            run: Callable[[argparse.Namespace], int] = args.run
            return run(args)
        from sipdesk.ui.app import run as run_window

        return run_window(data_dir=None if args.demo else data_dir(args), demo=args.demo)
    except StoreError as exc:
        print(f"sipdesk: {exc}", file=sys.stderr)
        return EXIT_STORE
    except DomainError as exc:
        print(f"sipdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter shutdown quiet
        return EXIT_OK
