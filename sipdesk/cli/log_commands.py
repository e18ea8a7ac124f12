"""The access log on the command line: `sipdesk log CASE_REF [--pdf FIL.pdf]`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.cli.common import EXIT_OK, EXIT_PROBLEM, open_store
from sipdesk.domain.access_log import AccessEntry

BROKEN = QT_TRANSLATE_NOOP("CommandLine", "Varning: åtkomstloggens kontrollkedja är bruten. "
                                         "Kör ”sipdesk check” för att se var.")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log = sub.add_parser(
        "log", help=translate("CommandLine", "visa åtkomstloggen för ett ärende: vem öppnade, "
                                             "ändrade, exporterade"),
    )
    log.add_argument("case_ref", metavar=translate("CommandLine", "ÄRENDE"),
                     help=translate("CommandLine", "ärendenummer, t.ex. SIP-2026-0001"))
    log.add_argument("--pdf", type=Path, metavar=translate("CommandLine", "FIL.pdf"),
                     help=translate("CommandLine", "spara ett loggutdrag som PDF i stället för "
                                                   "att visa tabellen"))
    log.set_defaults(run=cmd_log)


def cmd_log(args: argparse.Namespace) -> int:
    with open_store(args) as ws:
        if args.pdf is not None:
            extract = ws.access.extract(args.case_ref)
            path = ws.access.extract_pdf(extract.case_ref, args.pdf)
            print(translate("CommandLine", "Loggutdraget för ärende {case} ({count} poster) har "
                                           "sparats i {path}.").format(
                case=extract.case_ref, count=len(extract.entries), path=path))
        else:
            extract = ws.access.extract(args.case_ref)
            _print_table(extract.case_ref, extract.entries)
    if not extract.chain_intact:
        print(translate("CommandLine", BROKEN))
        return EXIT_PROBLEM
    return EXIT_OK


def _print_table(reference: str, entries: Sequence[AccessEntry]) -> None:
    print(translate("CommandLine", "Åtkomstlogg för ärende {case}: {count} poster").format(
        case=reference, count=len(entries)))
    if not entries:
        return
    from sipdesk.cli.log_words import action_text, detail_text

    user, action = translate("CommandLine", "Användare"), translate("CommandLine", "Händelse")
    when, detail = translate("CommandLine", "Tid"), translate("CommandLine", "Detalj")
    labels = [action_text(e.label) for e in entries]
    user_w = max(len(user), *(len(e.user) for e in entries))
    action_w = max(len(action), *(len(label) for label in labels))
    print(f"{when:<16}  {user:<{user_w}}  {action:<{action_w}}  {detail}")
    for e, label in zip(entries, labels, strict=True):
        when = e.at.strftime("%Y-%m-%d %H.%M")
        print(f"{when:<16}  {e.user:<{user_w}}  {label:<{action_w}}  {detail_text(e.detail)}")
