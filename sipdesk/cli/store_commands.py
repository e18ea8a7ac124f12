"""Commands about the store itself: list the cases, check the store, fill it with demo cases."""

from __future__ import annotations

import argparse
import sys

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, open_store
from sipdesk.cli.swedish_argparse import heltal
from sipdesk.domain import words


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = sub.add_parser("cases", help=translate("CommandLine", "lista ärenden med steg och "
                                                                  "nästa förfallodag"))
    cases.set_defaults(run=cmd_cases)
    check = sub.add_parser("check", help=translate("CommandLine", "kontrollera arkivet: "
                                                                  "kryptering, integritet, schema"))
    check.set_defaults(run=cmd_check)
    demo = sub.add_parser("demo-data", help=translate("CommandLine",
                                                      "fyll arkivet med påhittade ärenden"))
    demo.add_argument("--cases", type=heltal, default=200, metavar="N",
                      help=translate("CommandLine", "antal ärenden"))
    demo.add_argument("--force", action="store_true",
                      help=translate("CommandLine",
                                     "lägg till dem även om arkivet har riktiga ärenden"))
    demo.add_argument("--seed", type=heltal, default=2026, help=argparse.SUPPRESS)
    demo.set_defaults(run=cmd_demo_data)


def cmd_cases(args: argparse.Namespace) -> int:
    with open_store(args) as ws:
        summaries = ws.cases.summaries()
    if not summaries:
        print(translate("CommandLine", "Inga ärenden."))
        return EXIT_OK
    heads = (translate("CommandLine", "Ärende"), translate("CommandLine", "Steg"),
             translate("CommandLine", "Stegnamn"), translate("CommandLine", "Nästa"),
             translate("CommandLine", "Vad"))
    print(f"{heads[0]:<15} {heads[1]:<3} {heads[2]:<30} {heads[3]:<10}  {heads[4]}")
    from sipdesk.ui.i18n_due import due_text  # the Today list's sentences, as the window's

    for c in summaries:
        due = c.next_due
        when = words.iso(due.due if due else None)
        what = due_text(due) if due else ""
        stage = translate("Stage", c.stage.label)  # the window's stage names (ui/i18n.py)
        print(f"{c.reference:<15} {int(c.stage):<3} {stage:<30} {when:<10}  {what}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from sipdesk.services.health import check

    with open_store(args) as ws:
        report = check(ws)
    from sipdesk.cli.check_words import check_text

    lines = [(check_text(key), check_text(value)) for key, value in report.lines]
    width = max(len(k) for k, _ in lines)
    for key, value in lines:
        print(f"{key + ':':<{width + 1}} {value}")
    if report.ok:
        print(translate("CommandLine", "Allt är i ordning."))
        return EXIT_OK
    for problem in report.problems:
        print(f"PROBLEM: {check_text(problem)}")
    return EXIT_PROBLEM


_REAL_CASES = QT_TRANSLATE_NOOP(
    "CommandLine", "sipdesk: Arkivet i {folder} har {n} ärenden som inte är påhittade "
                   "demoärenden, så inga påhittade barn har lagts till. Demodata hör hemma i "
                   "ett eget arkiv, till exempel: sipdesk --data-dir ~/sipdesk-demo demo-data. "
                   "Lägg till --force om de ändå ska läggas till här.")


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sipdesk.services.demo import fill_demo_data, real_cases

    if args.cases < 1:
        print(translate("CommandLine", "Ange minst ett ärende med --cases."), file=sys.stderr)
        return EXIT_USAGE
    with open_store(args, create=True) as ws:
        real = real_cases(ws)
        if real and not args.force:
            print(translate("CommandLine", _REAL_CASES).format(folder=ws.data_dir, n=real),
                  file=sys.stderr)
            return EXIT_PROBLEM
        fill_demo_data(ws, cases=args.cases, seed=args.seed)
        print(translate("CommandLine", "{count} påhittade ärenden har lagts till i "
                                       "{folder}.").format(count=args.cases, folder=ws.data_dir))
    return EXIT_OK
