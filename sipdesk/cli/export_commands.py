"""Commands that write documents: the plan of a case as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sipdesk.cli.cli_words import translate
from sipdesk.cli.common import EXIT_FILE, EXIT_OK, open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export_plan = sub.add_parser(
        "export-plan", help=translate("CommandLine", "skriv ut den senaste planversionen i ett "
                                                     "ärende som PDF")
    )
    export_plan.add_argument("case_ref", metavar=translate("CommandLine", "ÄRENDE"),
                             help=translate("CommandLine", "ärendenummer, t.ex. SIP-2026-0001"))
    export_plan.add_argument("out", type=Path, metavar=translate("CommandLine", "FIL.pdf"),
                             help=translate("CommandLine", "var PDF-filen ska sparas"))
    export_plan.set_defaults(run=cmd_export_plan)


def cmd_export_plan(args: argparse.Namespace) -> int:
    if args.out.is_dir():
        print(translate("CommandLine", "sipdesk: {folder} är en mapp. Ange ett filnamn för "
                                       "planen, till exempel {example}.").format(
            folder=args.out, example=args.out / "plan.pdf"), file=sys.stderr)
        return EXIT_FILE
    with open_store(args) as ws:
        case_id = ws.cases.id_of(args.case_ref.strip())
        result = ws.documents.latest_plan_pdf(case_id, args.out)
    print(translate("CommandLine", "Plan version {version} i ärende {case} har sparats i "
                                   "{path} (fingeravtryck {fingerprint}).").format(
        version=result.version, case=result.case_reference, path=result.path,
        fingerprint=result.short_fingerprint))
    return EXIT_OK
