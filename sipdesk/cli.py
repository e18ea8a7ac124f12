"""The command line: GUI start, demo, self-test and admin commands without a window."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sipdesk import APP_NAME, __version__
from sipdesk.domain.errors import DomainError
from sipdesk.store.errors import StoreError
from sipdesk.store.opening import Secrets

EXIT_OK, EXIT_PROBLEM, EXIT_STORE, EXIT_USAGE = 0, 1, 2, 64

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


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


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
    sub.add_parser("cases", help="lista ärenden med steg och nästa förfallodag")
    sub.add_parser("check", help="kontrollera arkivet: kryptering, integritet, schema")
    demo = sub.add_parser("demo-data", help="fyll arkivet med påhittade ärenden")
    demo.add_argument("--cases", type=int, default=200, metavar="N", help="antal ärenden")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    export_plan = sub.add_parser(
        "export-plan", help="skriv ut den senaste planversionen i ett ärende som PDF"
    )
    export_plan.add_argument("case_ref", metavar="ÄRENDE", help="ärendenummer, t.ex. SIP-2026-0001")
    export_plan.add_argument("out", type=Path, metavar="FIL.pdf", help="var PDF-filen ska sparas")
    return p


def _ask(prompt: str) -> str | None:
    return getpass.getpass(f"{prompt}: ") or None


def _ask_new(prompt: str) -> str | None:
    """A new passphrase is typed twice: a typo here would lock the coordinator out."""
    for _ in range(3):
        first = _ask(prompt)
        if first is None:
            return None
        if _ask("Skriv lösenfrasen en gång till") == first:
            return first
        print("Lösenfraserna var inte likadana. Försök igen.", file=sys.stderr)
    return None


def _secrets(*, new_store: bool = False) -> Secrets:
    secrets = Secrets.from_env()
    if sys.stdin is not None and sys.stdin.isatty():
        secrets.ask_passphrase = _ask_new if new_store else _ask
    return secrets


def _data_dir(args) -> Path:
    return args.data_dir or default_data_dir()


def _open(args, *, create: bool = False):
    from sipdesk.services.workspace import Workspace

    data_dir = _data_dir(args)
    if create:
        ws = Workspace.open_or_create(data_dir, _secrets(new_store=not Workspace.exists(data_dir)))
        if ws.store.recovery_key:
            _announce_recovery_key(ws.store.recovery_key)
        return ws
    return Workspace.open(data_dir, _secrets())


def _announce_recovery_key(recovery_key: str) -> None:
    print(
        "Ett nytt krypterat arkiv har skapats.\n"
        "Återställningsnyckel (skriv ut den eller skriv ner den och förvara den säkert;\n"
        "den behövs om nyckelringen eller lösenfrasen går förlorad):\n\n"
        f"    {recovery_key}\n",
        file=sys.stderr,
    )


def cmd_cases(args) -> int:
    with _open(args) as ws:
        summaries = ws.cases.summaries()
    if not summaries:
        print("Inga ärenden.")
        return EXIT_OK
    print(f"{'Ärende':<15} {'Steg':<3} {'Stegnamn':<30} {'Nästa':<10}  Vad")
    for c in summaries:
        due = c.next_due
        when = due.due.isoformat() if due else "–"
        what = due.text if due else ""
        print(f"{c.reference:<15} {int(c.stage):<3} {c.stage.label:<30} {when:<10}  {what}")
    return EXIT_OK


def cmd_check(args) -> int:
    from sipdesk.services.health import check

    with _open(args) as ws:
        report = check(ws)
    width = max(len(k) for k, _ in report.lines)
    for key, value in report.lines:
        print(f"{key + ':':<{width + 1}} {value}")
    if report.ok:
        print("Allt är i ordning.")
        return EXIT_OK
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return EXIT_PROBLEM


def cmd_demo_data(args) -> int:
    from sipdesk.services.demo import fill_demo_data

    if args.cases < 1:
        print("Ange minst ett ärende med --cases.", file=sys.stderr)
        return EXIT_USAGE
    with _open(args, create=True) as ws:
        fill_demo_data(ws, cases=args.cases, seed=args.seed)
        print(f"{args.cases} påhittade ärenden har lagts till i {ws.data_dir}.")
    return EXIT_OK


def cmd_export_plan(args) -> int:
    with _open(args) as ws:
        case_id = ws.cases.id_of(args.case_ref.strip())
        result = ws.documents.latest_plan_pdf(case_id, args.out)
    print(
        f"Plan version {result.version} i ärende {result.case_reference} har sparats i "
        f"{result.path} (fingeravtryck {result.short_fingerprint})."
    )
    return EXIT_OK


COMMANDS = {
    "cases": cmd_cases,
    "check": cmd_check,
    "demo-data": cmd_demo_data,
    "export-plan": cmd_export_plan,
}


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
            return COMMANDS[args.command](args)
        from sipdesk.ui.app import run

        return run(data_dir=None if args.demo else _data_dir(args), demo=args.demo)
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
