"""Statistics on the command line: `sipdesk stats --from DATUM --to DATUM [...]`.

Text and CSV go to standard output unless --out names a file; XLSX and PDF
need --out. A mistake in the arguments (a date that is not one, a period
that ends before it begins, a format that does not exist) is told in Swedish
before the store is opened, with argparse's status for usage errors (2). An
organisation the directory does not have is a rule saying no (1), as an
unknown case is for the other commands.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk.cli.cli_words import translate
from sipdesk.cli.common import EXIT_OK, open_store

if TYPE_CHECKING:
    from sipdesk.domain.stats_period import Period
    from sipdesk.services.statistics import StatsFormat
    from sipdesk.services.workspace import Workspace

EXIT_ARGUMENTS = 2  # as argparse ends for a usage error
FORMATS = ("text", "csv", "xlsx", "pdf")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ArgumentProblem(Exception):
    """An argument that cannot be used as it stands; the message is the Swedish reason."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    day = translate("CommandLine", "ÅÅÅÅ-MM-DD")
    stats = sub.add_parser(
        "stats", help=translate("CommandLine", "statistik över SIP-möten för en period (text, "
                                               "csv, xlsx eller pdf)"),
        description=translate("CommandLine", "Statistik över SIP-möten för en period: vem som "
                                             "kallade, närvaro per part och organisation, "
                                             "kallelsetider, uppföljningar, planer och "
                                             "avvikelser. Måtten beskrivs i "
                                             "docs/statistics.md."),
    )
    stats.add_argument("--from", dest="start", metavar=day,
                       help=translate("CommandLine", "periodens första dag (räknas med)"))
    stats.add_argument("--to", dest="end", metavar=day,
                       help=translate("CommandLine", "periodens sista dag (räknas med)"))
    stats.add_argument("--format", dest="fmt", default="text", metavar="|".join(FORMATS),
                       help=translate("CommandLine", "text (standard) eller csv till skärmen "
                                                     "eller --out; xlsx och pdf kräver --out"))
    file = translate("CommandLine", "FIL")
    stats.add_argument("--out", type=Path, metavar=file,
                       help=translate("CommandLine", "spara i filen {file}").format(file=file))
    stats.add_argument("--hide-small", action="store_true",
                       help=translate("CommandLine", "visa antal från 1 till 4 som <5 (när "
                                                     "siffrorna lämnar kommunen)"))
    stats.add_argument("--organisation", metavar=translate("CommandLine", "NAMN_ELLER_ID"),
                       help=translate("CommandLine", "bara möten där organisationen var kallad "
                                                     "eller sammankallade"))
    stats.add_argument("--coordinator", metavar=translate("CommandLine", "NAMN"),
                       help=translate("CommandLine", "bara ärenden med den här samordnaren"))
    stats.set_defaults(run=cmd_stats)


def cmd_stats(args: argparse.Namespace) -> int:
    try:
        period, fmt = _checked(args)
    except ArgumentProblem as problem:
        print(f"sipdesk stats: {problem}", file=sys.stderr)
        return EXIT_ARGUMENTS
    from sipdesk.domain.statistics import Filters
    from sipdesk.services.statistics import StatsFormat

    with open_store(args) as ws:
        coordinator = (args.coordinator or "").strip()
        filters = Filters(organisation_id=_organisation_id(ws, args.organisation),
                          coordinator=coordinator)
        if coordinator and coordinator.casefold() not in {
                c.casefold() for c in ws.statistics.choices().coordinators}:
            print(translate("CommandLine", "Obs: ingen samordnare heter ”{name}” i arkivet, så "
                                           "rapporten räknar inga ärenden.").format(
                name=coordinator), file=sys.stderr)
        report = ws.statistics.report(period, filters)
        if args.out is not None:
            path = ws.statistics.export(report, args.out, fmt, hide_small=args.hide_small)
            print(translate("CommandLine", "Statistiken för {period} har sparats i "
                                           "{path}.").format(period=period.title, path=path))
            return EXIT_OK
    from sipdesk.export import statistics_files

    if fmt is StatsFormat.CSV:
        sys.stdout.write(statistics_files.csv_text(report, hide_small=args.hide_small))
    else:
        sys.stdout.write(statistics_files.plain_text(report, hide_small=args.hide_small))
    return EXIT_OK


def _checked(args: argparse.Namespace) -> tuple[Period, StatsFormat]:
    """The period and the format, or ArgumentProblem with what to type instead."""
    from sipdesk.domain.errors import ValidationError
    from sipdesk.domain.stats_period import Period
    from sipdesk.services.statistics import StatsFormat

    if args.start is None or args.end is None:
        raise ArgumentProblem(translate("CommandLine", "Ange perioden med --from ÅÅÅÅ-MM-DD och "
                                                       "--to ÅÅÅÅ-MM-DD, till exempel --from "
                                                       "2026-01-01 --to 2026-03-31."))
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    try:
        period = Period(start, end)
    except ValidationError as exc:
        from sipdesk.ui.i18n_refusals import refusal_text  # the window's words for the rule's

        raise ArgumentProblem(refusal_text(exc.message)) from None
    try:
        fmt = StatsFormat(args.fmt.strip().lower())
    except ValueError:
        raise ArgumentProblem(translate("CommandLine", "Formatet ”{format}” finns inte. Välj "
                                                       "text, csv, xlsx eller pdf.").format(
            format=args.fmt)) from None
    if fmt in (StatsFormat.XLSX, StatsFormat.PDF) and args.out is None:
        raise ArgumentProblem(translate("CommandLine", "Formatet {format} kan inte visas i "
                                                       "terminalen. Ange en fil med --out, till "
                                                       "exempel --out statistik{suffix}.").format(
            format=fmt.value, suffix=fmt.suffix))
    return period, fmt


def _day(text: str, option: str) -> date:
    text = text.strip()
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentProblem(translate("CommandLine", "{option} ”{text}” är inget datum. Skriv "
                                                       "datumet som ÅÅÅÅ-MM-DD, till exempel "
                                                       "2026-03-01.").format(
            option=option, text=text)) from None


def _organisation_id(ws: Workspace, wanted: str | None) -> int | None:
    """The organisation named (its id, its name, or a unique part of its name)."""
    from sipdesk.domain.errors import ValidationError

    if wanted is None or not wanted.strip():
        return None
    wanted = wanted.strip()
    organisations = ws.directory.organisations_by_id()
    if wanted.isdigit() and int(wanted) in organisations:
        return int(wanted)
    key = wanted.casefold()
    exact = [i for i, org in organisations.items()
             if key in (org.display_name.casefold(), org.name.casefold())]
    found = exact or [i for i, org in organisations.items()
                      if key in org.display_name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(translate("CommandLine", "Organisationen ”{name}” finns inte i "
                                                       "katalogen. Ange namnet som det står "
                                                       "där, eller organisationens "
                                                       "nummer.").format(name=wanted),
                              field="organisation")
    names = sorted({organisations[i].display_name for i in found}, key=str.casefold)
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    raise ValidationError(translate("CommandLine", "Flera organisationer passar ”{name}”: "
                                                   "{shown}. Skriv mer av namnet, eller "
                                                   "organisationens nummer.").format(
        name=wanted, shown=shown), field="organisation")
