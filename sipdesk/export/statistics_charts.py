"""The charts of a statistics report, drawn with reportlab's graphics (PDF and window alike).

Four charts, each a `Drawing` without its title (the PDF and the window set
the title themselves): who convened the meetings, attendance per party, the
organisations whose people stayed away without notice, and the kallelse lead
time per month. The same drawings go into the PDF and, as SVG, to the window.

The text is set in the documents' DejaVu font when it has been registered
(`fonts.register_fonts`, or `fonts_dir` here); otherwise in Helvetica. In the
SVG both are named "DejaVu Sans", so the window draws å, ä and ö in the same
face. With `hide_small`, a count of 1–4 is drawn as "<5" without a bar, and a
month's median of fewer than five kallelser is left out, as in the files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from sipdesk.domain.statistics import HIDDEN, SMALL, Figure, MonthLead, Report
from sipdesk.domain.stats_measures import Party
from sipdesk.domain.words import SHORT_MONTHS
from sipdesk.export.fonts import FONTS, register_fonts
from sipdesk.export.style import ACCENT, FAMILY_EDGE, MUTED, RULE, TEXT, TEXT_W

WIDTH = int(TEXT_W)  # the width of the PDF's text column, as the tables
HEIGHT = 210
MESSAGE_HEIGHT = 70
TOP_ORGANISATIONS = 10
NO_MEETINGS = "Inga möten i perioden"

# The house palette (export/style.py), with a light accent for "invited" and the
# warning red of the documents (layout.WARN) for absence without notice.
INVITED = colors.HexColor("#9DBFCC")
ATTENDED = ACCENT
NO_SHOW = colors.HexColor("#9A3B1F")
UNKNOWN = colors.HexColor("#B7C1C6")
REFERENCE = FAMILY_EDGE

_PARTIES = (Party.SCHOOL, Party.SOCIAL_SERVICES, Party.REGION)
_CONVENERS = (("school", "Skolan"), ("social_services", "Socialtjänsten"),
              ("region", "Regionen"), ("other", "Övriga"), ("unknown", "Inte angiven"))
_ATTENDANCE = (("invited", "Kallade eller inbjudna", INVITED),
               ("attended", "Närvarande", ATTENDED),
               ("absent_without_notice", "Uteblev utan återbud", NO_SHOW))
_SVG_FONTS = {
    FONTS.regular: {"family": "DejaVu Sans, sans-serif"},
    FONTS.bold: {"family": "DejaVu Sans, sans-serif", "weight": "bold"},
    "Helvetica": {"family": "DejaVu Sans, sans-serif"},
    "Helvetica-Bold": {"family": "DejaVu Sans, sans-serif", "weight": "bold"},
}


@dataclass(frozen=True)
class Chart:
    title: str
    drawing: Drawing


@dataclass(frozen=True)
class _Face:
    regular: str
    bold: str


def charts(report: Report, *, hide_small: bool = False, lead_days: int | None = None,
           fonts_dir: Path | None = None) -> list[Chart]:
    """The report's four charts; an empty period gives drawings that say so.

    `lead_days` (the agreed kallelse lead time) adds a reference line to the
    lead time chart; without it the chart shows the medians alone.
    """
    face = _face(fonts_dir)
    return [
        Chart("Vem kallade", _conveners(report, face, hide_small)),
        Chart("Närvaro per part", _attendance(report, face, hide_small)),
        Chart("Uteblev utan återbud per organisation", _no_shows(report, face, hide_small)),
        Chart("Kallelsetid per månad", _lead_times(report, face, hide_small, lead_days)),
    ]


def svg(drawing: Drawing) -> bytes:
    """The drawing as UTF-8 SVG, its text in DejaVu Sans."""
    text = renderSVG.drawToString(drawing, fontHacks=_SVG_FONTS, useClip=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    # reportlab writes "fill: None", which Qt's SVG renderer takes for black.
    return data.replace(b"fill: None", b"fill: none")


def _face(fonts_dir: Path | None) -> _Face:
    if fonts_dir is not None:
        fonts = register_fonts(fonts_dir)
        return _Face(fonts.regular, fonts.bold)
    registered = set(pdfmetrics.getRegisteredFontNames())
    if FONTS.regular in registered and FONTS.bold in registered:
        return _Face(FONTS.regular, FONTS.bold)
    return _Face("Helvetica", "Helvetica-Bold")


def _held(report: Report) -> int:
    try:
        return int(report.figure("meetings_held").count)
    except KeyError:
        return 0


def _drawing() -> Drawing:
    return Drawing(WIDTH, HEIGHT)


def _message(face: _Face, text: str) -> Drawing:
    """A low box that says why there is nothing to draw."""
    d = Drawing(WIDTH, MESSAGE_HEIGHT)
    d.add(Rect(0.5, 0.5, WIDTH - 1, MESSAGE_HEIGHT - 1, fillColor=None, strokeColor=RULE,
               strokeWidth=0.5))
    d.add(String(WIDTH / 2, MESSAGE_HEIGHT / 2 - 4, text, fontName=face.regular, fontSize=11,
                 fillColor=MUTED, textAnchor="middle"))
    return d


def _shown(count: float, hide_small: bool) -> tuple[float, str]:
    """The bar's length and its label: no bar and "<5" for a hidden count."""
    if hide_small and 0 < count < SMALL:
        return 0, HIDDEN
    return count, str(int(count)) if float(count).is_integer() else f"{count:.1f}"


def _top(shown: Sequence[tuple[float, str]]) -> float:
    """The largest value the axis must reach: at least five when a bar is hidden."""
    top = max((value for value, _ in shown), default=0)
    if any(label == HIDDEN for _, label in shown):
        top = max(top, SMALL)
    return top * 1.1


def _step(maximum: float) -> int:
    """A whole step that gives at most about six ticks."""
    for step in _steps():
        if maximum / step <= 6:
            return step
    return 1  # pragma: no cover - _steps never ends


def _steps():
    scale = 1
    while True:
        for base in (1, 2, 5):
            yield base * scale
        scale *= 10


def _value_axis(axis, face: _Face, maximum: float) -> None:
    step = _step(max(maximum, 1))
    axis.valueMin = 0
    axis.valueMax = step * max(1, -(-max(maximum, 1) // step))
    axis.valueStep = step
    axis.labels.fontName = face.regular
    axis.labels.fontSize = 8
    axis.labels.fillColor = TEXT
    axis.labelTextFormat = "%d"
    axis.strokeColor = RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = colors.HexColor("#E3E9EC")
    axis.gridStrokeWidth = 0.5


def _category_axis(axis, face: _Face, names: Sequence[str]) -> None:
    axis.categoryNames = list(names)
    axis.labels.fontName = face.regular
    axis.labels.fontSize = 8.5
    axis.labels.fillColor = TEXT
    axis.strokeColor = RULE
    axis.visibleTicks = False


def _axis_title(d: Drawing, face: _Face, x: float, y: float, text: str) -> None:
    d.add(String(x, y, text, fontName=face.regular, fontSize=8, fillColor=MUTED))


def _legend(d: Drawing, face: _Face, x: float, y: float,
            items: Sequence[tuple[str, colors.Color, bool]]) -> None:
    """A row of swatches (a square, or a short line when the flag says so) with names."""
    for name, colour, is_line in items:
        if is_line:
            d.add(Line(x, y + 3.5, x + 14, y + 3.5, strokeColor=colour, strokeWidth=1.5,
                       strokeDashArray=(3, 2)))
            x += 18
        else:
            d.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
            x += 12
        d.add(String(x, y + 0.5, name, fontName=face.regular, fontSize=8, fillColor=TEXT))
        x += pdfmetrics.stringWidth(name, face.regular, 8) + 14


def _bar_labels(chart, face: _Face, labels: list[list[str]]) -> None:
    chart.barLabelFormat = "values"
    chart.barLabelArray = labels
    chart.barLabels.fontName = face.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = TEXT


def _conveners(report: Report, face: _Face, hide_small: bool) -> Drawing:
    if not _held(report):
        return _message(face, NO_MEETINGS)
    shown = [_shown(report.figure(f"convened_by_{key}").count, hide_small)
             for key, _ in _CONVENERS]
    d = _drawing()
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH - 60, HEIGHT - 55
    chart.data = [[value for value, _ in shown]]
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACCENT
    chart.bars[(0, len(shown) - 1)].fillColor = UNKNOWN
    chart.barWidth = 12
    chart.groupSpacing = 30
    _value_axis(chart.valueAxis, face, _top(shown))
    _category_axis(chart.categoryAxis, face, [name for _, name in _CONVENERS])
    chart.categoryAxis.labels.dy = -3
    _bar_labels(chart, face, [[label for _, label in shown]])
    chart.barLabels.nudge = 6
    d.add(chart)
    _axis_title(d, face, 10, HEIGHT - 14, "Antal möten som hölls")
    return d


def _attendance(report: Report, face: _Face, hide_small: bool) -> Drawing:
    if not _held(report):
        return _message(face, NO_MEETINGS)
    series = [[_shown(report.figure(f"{party.value}_{suffix}").count, hide_small)
               for party in _PARTIES] for suffix, _, _ in _ATTENDANCE]
    d = _drawing()
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH - 60, HEIGHT - 70
    chart.data = [[value for value, _ in row] for row in series]
    chart.bars.strokeColor = None
    for i, (_, _, colour) in enumerate(_ATTENDANCE):
        chart.bars[i].fillColor = colour
    chart.groupSpacing = 24
    chart.barSpacing = 3
    _value_axis(chart.valueAxis, face, _top([cell for row in series for cell in row]))
    _category_axis(chart.categoryAxis, face, [party.label for party in _PARTIES])
    chart.categoryAxis.labels.dy = -3
    _bar_labels(chart, face, [[label for _, label in row] for row in series])
    chart.barLabels.nudge = 6
    d.add(chart)
    _axis_title(d, face, 10, HEIGHT - 14, "Antal möten som hölls")
    _legend(d, face, 150, HEIGHT - 16, [(name, colour, False) for _, name, colour in _ATTENDANCE])
    return d


def _no_show_rows(report: Report, hide_small: bool) -> list[Figure]:
    """Each organisation's no-shows (its party's measure), most first, at most ten.

    Hidden counts are all alike: among them the order is the name's, so that it
    does not tell a 4 from a 1.
    """
    keys = {f"{party.value}_absent_without_notice" for party in Party}
    rows = [f for f in report.figures
            if f.measure in keys and f.organisation and f.count >= 1]
    rows.sort(key=lambda f: (-_shown(f.count, hide_small)[0], f.organisation.casefold()))
    return rows[:TOP_ORGANISATIONS]


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _no_shows(report: Report, face: _Face, hide_small: bool) -> Drawing:
    if not _held(report):
        return _message(face, NO_MEETINGS)
    rows = _no_show_rows(report, hide_small)
    if not rows:
        return _message(face, "Ingen uteblev utan återbud i perioden")
    rows.reverse()  # the first category is drawn at the bottom: the most at the top
    shown = [_shown(f.count, hide_small) for f in rows]
    names = [_short(f.organisation) for f in rows]
    label_w = max(pdfmetrics.stringWidth(n, face.regular, 8) for n in names) + 12
    bottom = 40
    height = bottom + 10 + 22 * len(rows)
    d = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, bottom
    chart.width, chart.height = WIDTH - label_w - 30, height - bottom - 6
    chart.data = [[value for value, _ in shown]]
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = NO_SHOW
    chart.barWidth = 12
    chart.groupSpacing = 10
    _value_axis(chart.valueAxis, face, _top(shown) * 1.05)
    _category_axis(chart.categoryAxis, face, names)
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dx = -4
    _bar_labels(chart, face, [[label for _, label in shown]])
    chart.barLabels.nudge = 8
    d.add(chart)
    _axis_title(d, face, label_w, 6, "Antal möten där någon från organisationen uteblev "
                "utan återbud")
    return d


def _month_name(lead: MonthLead) -> str:
    return f"{SHORT_MONTHS[lead.month.month - 1]} {lead.month.year}"


def _lead_times(report: Report, face: _Face, hide_small: bool,
                lead_days: int | None) -> Drawing:
    if not _held(report):
        return _message(face, NO_MEETINGS)
    months = list(report.lead_by_month)
    if not any(m.median_days is not None for m in months):
        return _message(face, "Inga skickade kallelser till möten i perioden")
    few = [hide_small and m.sent < SMALL for m in months]
    medians: list[float | None] = [None if hidden else m.median_days
                                   for m, hidden in zip(months, few, strict=True)]
    d = _drawing()
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH - 60, HEIGHT - 70
    chart.data = [medians]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.8
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4.5, fillColor=ACCENT,
                                       strokeColor=ACCENT)
    values = [v for v in medians if v is not None] + ([lead_days] if lead_days else [])
    _value_axis(chart.valueAxis, face, max(values, default=1) * 1.15)
    _category_axis(chart.categoryAxis, face, [_month_name(m) for m in months])
    chart.categoryAxis.labels.dy = -3
    if len(months) > 6:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.fontSize = 7.5
    d.add(chart)
    legend: list[tuple[str, colors.Color, bool]] = [("Median", ACCENT, False)]
    if lead_days is not None:
        axis = chart.valueAxis
        y = chart.y + chart.height * (lead_days - axis.valueMin) / (axis.valueMax - axis.valueMin)
        d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=REFERENCE,
                   strokeWidth=1.5, strokeDashArray=(4, 3)))
        legend.append((f"Överenskommen kallelsetid ({lead_days} dagar)", REFERENCE, True))
    _axis_title(d, face, 10, HEIGHT - 14, "Dagar från kallelse till möte")
    _legend(d, face, 170, HEIGHT - 16, legend)
    if any(few):
        d.add(String(WIDTH - 10, HEIGHT - 30, "Månader med färre än 5 kallelser visas inte.",
                     fontName=face.regular, fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    return d
