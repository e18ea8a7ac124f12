"""A statistics report as CSV, XLSX and plain text: one row per measure and organisation.

All three carry the same rows: the CSV's five columns (measure key,
organisation, count, of, percent), the organisation empty for the totals. The
text and the workbook add what a reader needs: the period, the filters, the
Swedish names and, in the workbook, every measure's definition. No file names
a child: the report holds counts and organisations only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import BinaryIO

from sipdesk.domain.statistics import HIDDEN, HIDDEN_VALUE, Figure, Report
from sipdesk.domain.stats_measures import MEASURES
from sipdesk.domain.words import long_date

HEADER = ("measure", "organisation", "count", "of", "percent")
TITLE = "SIP-statistik"
SHEET = "Statistik"
ABOUT_SHEET = "Om rapporten"
SMALL_RULE = "Antal från 1 till 4 visas som <5, så att inget barn kan pekas ut."
PERCENT_RULE = ("Andelen är i hela procent av kolumnen av (avrundat till jämnt vid "
                "exakt hälften); antalen står i filen.")
_COLUMNS = ("Mått", "Antal", "Av", "Andel")
RULES = (
    "Ett möte räknas en gång per mått, hur många inbjudna det än gäller. Därför kan en "
    "parts mått överlappa (BUP närvarande, habiliteringen uteblev), och en parts "
    "organisationer kan tillsammans bli fler än partens summa.",
    "Ett möte som hölls är ett första SIP-möte eller ett uppföljningsmöte (inte ett förmöte "
    "med familjen) daterat inom perioden och inte efter rapportens datum.",
    "Andelen är av nämnaren i kolumnen av, i hela procent, avrundat till jämnt vid exakt "
    "hälften (19 av 152 är 12 %). Filerna har också själva antalen.",
)
_SECTIONS = (
    ("Möten", ("meetings_held", "first_meetings_held", "follow_ups_held")),
    ("Vem kallade", ("convened_by_",)),
    ("Närvaro", ("school_", "social_services_", "region_", "other_", "attendance_")),
    ("Kallelser och svar", ("invitations_", "kallelse_", "answered_")),
    ("Väntetider", ("days_",)),
    ("Uppföljningar", ("follow_ups_",)),
    ("Planer", ("plans_",)),
    ("Avvikelser", ("deviations",)),
)


def section_of(measure: str) -> str:
    """The heading a measure is shown under in the text and the PDF ("Närvaro", ...)."""
    for name, starts in _SECTIONS:  # the first that fits: follow_ups_held is a meeting
        if measure.startswith(starts):
            return name
    return "Övrigt"


def sections(figures: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """The figures under their headings, in the report's order."""
    found: dict[str, list[Figure]] = {}
    for figure in figures:
        found.setdefault(section_of(figure.measure), []).append(figure)
    return list(found.items())


def rows(report: Report, hide_small: bool = False) -> list[tuple[str, str, str, str, str]]:
    """(measure, organisation, count, of, percent) with the counts as they are, or "<5"."""
    found = []
    for figure in report.figures:
        if figure.hidden(hide_small):
            count, of, pct = figure.shown(hide_small)
        else:
            count = _raw(figure.count)
            of = "" if figure.of is None else str(figure.of)
            if hide_small and figure.of is not None and 0 < figure.of < 5:
                of = "<5"
            pct = "" if figure.percent is None or of == "<5" else str(figure.percent)
        found.append((figure.measure, figure.organisation, count, of, pct))
    return found


def csv_text(report: Report, hide_small: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows(report, hide_small))
    return out.getvalue()


def about(report: Report, hide_small: bool = False) -> list[tuple[str, str]]:
    """What the report covers, as (label, text): period, filters, date, the small counts."""
    return [
        ("Period", report.period.title),
        ("Urval", report.filter_text),
        ("Gjord", f"{long_date(report.as_of)} (möten efter den dagen räknas inte)"),
        ("Små tal", SMALL_RULE if hide_small else "Alla antal visas som de är."),
    ]


def plain_text(report: Report, hide_small: bool = False) -> str:
    """The report as a table for the terminal: totals first, then each organisation."""
    lines = [f"{TITLE} {report.period.title}", f"Urval: {report.filter_text}",
             f"Gjord: {long_date(report.as_of)}"]
    if hide_small:
        lines.append(SMALL_RULE)
    totals = report.totals()
    groups = by_organisation(report.figures)
    label_w = max([len(_COLUMNS[0])]
                  + [len(f.label) + (2 if f.organisation else 0) for f in report.figures])
    count_w = max([len(_COLUMNS[1])] + [len(f.shown(hide_small)[0]) for f in report.figures])

    def row(label: str, count: str, of: str, pct: str) -> str:
        return f"{label:<{label_w}}  {count:>{count_w}}  {of:>5}  {pct:>6}".rstrip()

    lines += ["", row(*_COLUMNS), row("-" * label_w, "-" * count_w, "-" * 5, "-" * 6)]
    for heading, figures in sections(totals):
        lines += ["", heading.upper()]
        lines += [row(f.label, *f.shown(hide_small)) for f in figures]
    if groups:
        lines += ["", "Per organisation"]
    for name, figures in groups:
        lines += ["", name]
        lines += [row(f"  {f.label}", *f.shown(hide_small)) for f in figures]
    lines += ["", PERCENT_RULE,
              "Vad varje mått betyder: se docs/statistics.md eller fliken Om rapporten i "
              "Excel-filen."]
    return "\n".join(lines) + "\n"


def by_organisation(figures: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """The organisations' rows, by organisation (by name), in the order of the measures."""
    groups: dict[tuple[int | None, str], list[Figure]] = {}
    for figure in figures:
        if figure.organisation:
            groups.setdefault((figure.organisation_id, figure.organisation), []).append(figure)
    ordered = sorted(groups.items(), key=lambda item: (item[0][1].casefold(), item[0][0] or 0))
    return [(name, found) for (_, name), found in ordered]


def _cell(text: str) -> int | float | str | None:
    """A value of rows() as the workbook wants it: numbers as numbers, "<5" as text."""
    if text == "":
        return None
    if text in (HIDDEN, HIDDEN_VALUE):
        return text
    try:
        return int(text)
    except ValueError:
        return float(text)


def write_xlsx(report: Report, handle: BinaryIO, hide_small: bool = False) -> None:
    """The workbook: sheet "Statistik" with the CSV's columns, sheet "Om rapporten" beside it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    sheet = wb.active
    sheet.title = SHEET
    sheet.append(list(HEADER))
    for measure, organisation, count, of, pct in rows(report, hide_small):
        sheet.append([measure, organisation or None, _cell(count), _cell(of), _cell(pct)])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for column, width in zip("ABCDE", (40, 36, 10, 10, 10), strict=True):
        sheet.column_dimensions[column].width = width

    info = wb.create_sheet(ABOUT_SHEET)
    info.append([TITLE])
    info["A1"].font = Font(bold=True, size=14)
    for label, text in about(report, hide_small):
        info.append([label, text])
    info.append(["Andel", PERCENT_RULE])
    info.append([])
    info.append(["Mått (measure)", "Namn", "Definition"])
    for cell in info[info.max_row]:
        cell.font = bold
    for key, defined in MEASURES.items():
        info.append([key, defined.label, defined.definition])
    wrap = Alignment(wrap_text=True, vertical="top")
    for line in info.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = wrap
    for column, width in zip("ABC", (38, 44, 90), strict=True):
        info.column_dimensions[column].width = width

    # The file's own properties: what it is, never who it is about or who made it.
    props = wb.properties
    props.title = f"{TITLE} {report.period.title}"
    props.subject = "Statistik över SIP-möten"
    props.creator = "sipdesk"
    props.lastModifiedBy = "sipdesk"
    props.description = "Antal per mått och organisation; inga personuppgifter."
    props.keywords = "SIP; statistik"
    wb.save(handle)


def _raw(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
