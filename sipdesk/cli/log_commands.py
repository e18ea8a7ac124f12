"""The access log on the command line: `sipdesk log CASE_REF [--pdf FIL.pdf]`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from sipdesk.cli.common import EXIT_OK, EXIT_PROBLEM, open_store
from sipdesk.domain.access_log import AccessEntry

BROKEN = ("Varning: åtkomstloggens kontrollkedja är bruten. Kör ”sipdesk check” för att se "
          "var.")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log = sub.add_parser(
        "log", help="visa åtkomstloggen för ett ärende: vem öppnade, ändrade, exporterade",
    )
    log.add_argument("case_ref", metavar="ÄRENDE", help="ärendenummer, t.ex. SIP-2026-0001")
    log.add_argument("--pdf", type=Path, metavar="FIL.pdf",
                     help="spara ett loggutdrag som PDF i stället för att visa tabellen")
    log.set_defaults(run=cmd_log)


def cmd_log(args: argparse.Namespace) -> int:
    with open_store(args) as ws:
        if args.pdf is not None:
            extract = ws.access.extract(args.case_ref)
            path = ws.access.extract_pdf(extract.case_ref, args.pdf)
            print(f"Loggutdraget för ärende {extract.case_ref} ({len(extract.entries)} poster) "
                  f"har sparats i {path}.")
        else:
            extract = ws.access.extract(args.case_ref)
            _print_table(extract.case_ref, extract.entries)
    if not extract.chain_intact:
        print(BROKEN)
        return EXIT_PROBLEM
    return EXIT_OK


def _print_table(reference: str, entries: Sequence[AccessEntry]) -> None:
    print(f"Åtkomstlogg för ärende {reference}: {len(entries)} poster")
    if not entries:
        return
    user_w = max(len("Användare"), *(len(e.user) for e in entries))
    action_w = max(len("Händelse"), *(len(e.label) for e in entries))
    print(f"{'Tid':<16}  {'Användare':<{user_w}}  {'Händelse':<{action_w}}  Detalj")
    for e in entries:
        when = e.at.strftime("%Y-%m-%d %H.%M")
        print(f"{when:<16}  {e.user:<{user_w}}  {e.label:<{action_w}}  {e.detail}")
