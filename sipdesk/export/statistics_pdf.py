"""The statistics report as PDF: the period, the filters, the figures and the charts.

In the house style of the other documents (layout.py): a facts box with the
period, the filters and the date, the four charts of statistics_charts, the
total figures under their headings, the organisations' rows, and how the
figures are counted, from the definitions in domain/stats_measures.py. The
document names organisations only, never a child; with `hide_small` a count
of 1–4 reads "<5", in the tables and in the charts alike.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Spacer

from sipdesk.domain.statistics import Figure, Report
from sipdesk.domain.stats_measures import MEASURES, Party
from sipdesk.domain.words import iso, long_date
from sipdesk.export.fonts import register_fonts
from sipdesk.export.layout import (
    ACCENT,
    ACCENT_TINT,
    TEXT_W,
    FlowingTable,
    PageText,
    Para,
    build_document,
    facts_table,
    mm,
    para,
    styles,
    table_style,
)
from sipdesk.export.statistics_charts import NO_MEETINGS, charts
from sipdesk.export.statistics_files import (
    RULES,
    SMALL_RULE,
    TITLE,
    by_organisation,
    sections,
)

_NUMBER_W = 17 * mm  # antal, av, andel
_HEAD = ("MÅTT", "ANTAL", "AV", "ANDEL")
_PARTY_SUFFIXES = frozenset({"invited", "attended", "absent_with_notice", "absent_without_notice",
                             "substitute"})


def _figure_table(groups: list[tuple[str, list[Figure]]], st, hide_small: bool):
    """One table: a tinted heading row per group, then label, count, of and percent."""
    rows: list[list] = [[para(_HEAD[0], st["th"])] + [para(h, st["th_num"]) for h in _HEAD[1:]]]
    headings: list[int] = []
    for heading, figures in groups:
        headings.append(len(rows))
        rows.append([para(heading, st["cell_bold"]), "", "", ""])
        for figure in figures:
            count, of, pct = figure.shown(hide_small)
            rows.append([para(figure.label, st["cell"]), para(count, st["num"]),
                         para(of, st["num_muted"]), para(pct, st["num"])])
    widths = [TEXT_W - 3 * _NUMBER_W] + [_NUMBER_W] * 3
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = table_style(st["base"].fontName, len(rows))
    for row in headings:
        style.add("SPAN", (0, row), (-1, row))
        style.add("BACKGROUND", (0, row), (-1, row), ACCENT_TINT)
        style.add("LINEBEFORE", (0, row), (0, row), 2.5, ACCENT)
        style.add("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1)))  # never alone
    table.setStyle(style)
    return table


def _numbers(st) -> None:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    st["num"] = ParagraphStyle("num", st["cell"], alignment=TA_RIGHT)
    st["num_muted"] = ParagraphStyle("num_muted", st["num"], textColor=st["note"].textColor)
    st["th_num"] = ParagraphStyle("th_num", st["th"], alignment=TA_RIGHT)


def statistics_story(report: Report, st, fonts_dir: Path | None = None,
                     hide_small: bool = False, lead_days: int | None = None) -> list:
    _numbers(st)
    held = report.figure("meetings_held")
    facts = [("Urval", report.filter_text), ("Gjord", long_date(report.as_of)),
             ("Antal möten", held.shown(hide_small)[0]),
             ("Små tal", "visas som <5" if hide_small else "visas som de är")]
    story: list = [
        para(TITLE, st["title"]),
        para(report.period.title, st["subtitle"]),
        facts_table(facts, st, label_w=30 * mm),
        Spacer(1, 6),
        para("Rapporten innehåller antal per mått och organisation, inga namn eller "
             "personnummer. Möten efter rapportens datum räknas inte."
             + (f" {SMALL_RULE}" if hide_small else ""), st["note"]),
    ]
    if held.count:
        for chart in charts(report, hide_small=hide_small, lead_days=lead_days,
                            fonts_dir=fonts_dir):
            story.append(KeepTogether([para(chart.title, st["h2"]), chart.drawing]))
    else:
        story.append(para(f"{NO_MEETINGS}, så det finns inga diagram.", st["empty"]))
    story += [para("Siffrorna", st["h2"]),
              _figure_table(sections(report.totals()), st, hide_small)]
    organisations = [(name, [f for f in figures if f.count])
                     for name, figures in by_organisation(report.figures)]
    organisations = [(name, figures) for name, figures in organisations if figures]
    story.append(para("Per organisation", st["h2"]))
    if organisations:
        story += [
            para("Måtten för varje kallad eller inbjuden organisation, och avvikelser som "
                 "gäller den. Rader med 0 visas inte här; de finns i CSV- och Excel-filen.",
                 st["note"]),
            _figure_table(organisations, st, hide_small),
        ]
    else:
        story.append(para("Ingen organisation var kallad till möten i perioden.", st["empty"]))
    story.append(KeepTogether(
        [para("Så räknas siffrorna", st["h2"])]
        + [Para(escape(rule), st["bullet"], bulletText="•") for rule in RULES]))
    rows = [[para(h, st["th"]) for h in ("MÅTT", "SÅ RÄKNAS DET")]]
    rows += [[para(label, st["cell_bold"]), para(definition, st["cell"])]
             for label, definition in definitions()]
    label_w = 58 * mm
    table = FlowingTable(rows, colWidths=[label_w, TEXT_W - label_w], repeatRows=1,
                         hAlign="LEFT")
    table.setStyle(table_style(st["base"].fontName, len(rows)))
    story += [Spacer(1, 4), table]
    return story


def definitions() -> list[tuple[str, str]]:
    """(name, definition) of every measure; the parties' attendance measures once, for all."""
    found: list[tuple[str, str]] = []
    for key, measure in MEASURES.items():
        party = next((p for p in Party if key.startswith(f"{p.value}_")
                      and key.removeprefix(f"{p.value}_") in _PARTY_SUFFIXES), None)
        if party is None:
            found.append((measure.label, measure.definition))
        elif party is Party.SCHOOL:
            what = measure.label.split(": ", 1)[-1]
            found.append((f"Per part: {what}",
                          f"{measure.definition}. Likadant för socialtjänsten, regionen och "
                          "övriga verksamheter"))
    return found


def render_statistics_pdf(report: Report, handle: BinaryIO, fonts_dir: Path,
                          hide_small: bool = False, lead_days: int | None = None) -> None:
    """Write the report; `lead_days` (the agreed kallelse time) marks it in the lead chart."""
    fonts = register_fonts(fonts_dir)
    st = styles(fonts)
    text = PageText(
        header_left=TITLE,
        header_right=report.period.title,
        footer_left=f"{TITLE} · {report.period.title} · gjord {iso(report.as_of)}",
    )
    build_document(handle, statistics_story(report, st, fonts_dir, hide_small, lead_days),
                   fonts, text, title=f"{TITLE} {report.period.title}",
                   subject="Statistik över SIP-möten", author="sipdesk")


def statistics_pdf_bytes(report: Report, fonts_dir: Path, hide_small: bool = False,
                         lead_days: int | None = None) -> bytes:
    buffer = BytesIO()
    render_statistics_pdf(report, buffer, fonts_dir, hide_small=hide_small,
                          lead_days=lead_days)
    return buffer.getvalue()
