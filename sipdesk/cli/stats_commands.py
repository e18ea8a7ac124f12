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
    stats = sub.add_parser(
        "stats", help="statistik över SIP-möten för en period (text, csv, xlsx eller pdf)",
        description="Statistik över SIP-möten för en period: vem som kallade, närvaro per "
                    "part och organisation, kallelsetider, uppföljningar, planer och "
                    "avvikelser. Måtten beskrivs i docs/statistics.md.",
    )
    stats.add_argument("--from", dest="start", metavar="ÅÅÅÅ-MM-DD",
                       help="periodens första dag (räknas med)")
    stats.add_argument("--to", dest="end", metavar="ÅÅÅÅ-MM-DD",
                       help="periodens sista dag (räknas med)")
    stats.add_argument("--format", dest="fmt", default="text", metavar="|".join(FORMATS),
                       help="text (standard) eller csv till skärmen eller --out; xlsx och "
                            "pdf kräver --out")
    stats.add_argument("--out", type=Path, metavar="FIL", help="spara i filen FIL")
    stats.add_argument("--hide-small", action="store_true",
                       help="visa antal från 1 till 4 som <5 (när siffrorna lämnar "
                            "kommunen)")
    stats.add_argument("--organisation", metavar="NAMN_ELLER_ID",
                       help="bara möten där organisationen var kallad eller sammankallade")
    stats.add_argument("--coordinator", metavar="NAMN",
                       help="bara ärenden med den här samordnaren")
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
            print(f"Obs: ingen samordnare heter ”{coordinator}” i arkivet, så rapporten "
                  "räknar inga ärenden.", file=sys.stderr)
        report = ws.statistics.report(period, filters)
        if args.out is not None:
            path = ws.statistics.export(report, args.out, fmt, hide_small=args.hide_small)
            print(f"Statistiken för {period.title} har sparats i {path}.")
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
        raise ArgumentProblem("Ange perioden med --from ÅÅÅÅ-MM-DD och --to ÅÅÅÅ-MM-DD, "
                              "till exempel --from 2026-01-01 --to 2026-03-31.")
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    try:
        period = Period(start, end)
    except ValidationError as exc:
        raise ArgumentProblem(exc.message) from None
    try:
        fmt = StatsFormat(args.fmt.strip().lower())
    except ValueError:
        raise ArgumentProblem(f"Formatet ”{args.fmt}” finns inte. Välj text, csv, xlsx "
                              "eller pdf.") from None
    if fmt in (StatsFormat.XLSX, StatsFormat.PDF) and args.out is None:
        raise ArgumentProblem(f"Formatet {fmt.value} kan inte visas i terminalen. Ange en "
                              f"fil med --out, till exempel --out statistik{fmt.suffix}.")
    return period, fmt


def _day(text: str, option: str) -> date:
    text = text.strip()
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentProblem(f"{option} ”{text}” är inget datum. Skriv datumet som "
                              "ÅÅÅÅ-MM-DD, till exempel 2026-03-01.") from None


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
        raise ValidationError(f"Organisationen ”{wanted}” finns inte i katalogen. Ange "
                              "namnet som det står där, eller organisationens nummer.",
                              field="organisation")
    names = sorted({organisations[i].display_name for i in found}, key=str.casefold)
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    raise ValidationError(f"Flera organisationer passar ”{wanted}”: {shown}. Skriv mer av "
                          "namnet, eller organisationens nummer.", field="organisation")
