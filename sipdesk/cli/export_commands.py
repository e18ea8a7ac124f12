"""Commands that write documents: the plan of a case as a PDF."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from sipdesk.cli.cli_words import translate
from sipdesk.cli.common import EXIT_FILE, EXIT_OK, open_store

# What a shell reports for a program stopped by Ctrl+C (128 + SIGINT), as main() does.
EXIT_INTERRUPTED = 130


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


@contextlib.contextmanager
def ctrl_c_cancels() -> Iterator[threading.Event]:
    """An event that Ctrl+C sets while the block runs, instead of interrupting it.

    The export asks the event between the parts of the document and stops
    cleanly there: the temporary file is removed and the store closed, with
    nothing half done (an interrupt at any instruction could fall between the
    file and its line in the access log). A second Ctrl+C interrupts at once.
    Outside the main thread no handler can be set: Ctrl+C then interrupts.
    """
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    before = signal.getsignal(signal.SIGINT)
    previous = before if before is not None else signal.default_int_handler

    def first(_signum: int, _frame: FrameType | None) -> None:
        stop.set()
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, first)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _say_cancelled() -> None:
    # After the terminal's "^C" the message starts a line of its own.
    start = "\n" if sys.stderr.isatty() else ""
    print(start + translate("CommandLine", "Exporten avbröts. Ingen fil sparades."),
          file=sys.stderr)


def cmd_export_plan(args: argparse.Namespace) -> int:
    from sipdesk.export.cancelling import ExportCancelled

    if args.out.is_dir():
        print(translate("CommandLine", "sipdesk: {folder} är en mapp. Ange ett filnamn för "
                                       "planen, till exempel {example}.").format(
            folder=args.out, example=args.out / "plan.pdf"), file=sys.stderr)
        return EXIT_FILE
    with open_store(args) as ws:
        case_id = ws.cases.id_of(args.case_ref.strip())
        try:
            with ctrl_c_cancels() as stop:
                result = ws.documents.latest_plan_pdf(case_id, args.out, cancelled=stop.is_set)
        except (ExportCancelled, KeyboardInterrupt):
            _say_cancelled()
            return EXIT_INTERRUPTED
    print(translate("CommandLine", "Plan version {version} i ärende {case} har sparats i "
                                   "{path} (fingeravtryck {fingerprint}).").format(
        version=result.version, case=result.case_reference, path=result.path,
        fingerprint=result.short_fingerprint))
    return EXIT_OK
