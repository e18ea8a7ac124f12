"""Commands that write documents: the plan of a case as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sipdesk.cli.common import EXIT_FILE, EXIT_OK, open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export_plan = sub.add_parser(
        "export-plan", help="skriv ut den senaste planversionen i ett ärende som PDF"
    )
    export_plan.add_argument("case_ref", metavar="ÄRENDE", help="ärendenummer, t.ex. SIP-2026-0001")
    export_plan.add_argument("out", type=Path, metavar="FIL.pdf", help="var PDF-filen ska sparas")
    export_plan.set_defaults(run=cmd_export_plan)


def cmd_export_plan(args: argparse.Namespace) -> int:
    if args.out.is_dir():
        print(f"sipdesk: {args.out} är en mapp. Ange ett filnamn för planen, till exempel "
              f"{args.out / 'plan.pdf'}.", file=sys.stderr)
        return EXIT_FILE
    with open_store(args) as ws:
        case_id = ws.cases.id_of(args.case_ref.strip())
        result = ws.documents.latest_plan_pdf(case_id, args.out)
    print(
        f"Plan version {result.version} i ärende {result.case_reference} har sparats i "
        f"{result.path} (fingeravtryck {result.short_fingerprint})."
    )
    return EXIT_OK
