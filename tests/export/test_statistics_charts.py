"""The statistics charts: four drawings, as SVG for the window, sensible when empty."""

from __future__ import annotations

from dataclasses import replace
from xml.dom import minidom

from reportlab.graphics.shapes import Drawing

from sipdesk.domain.statistics import Figure
from sipdesk.export import statistics_charts as sc
from tests.export.sample import FONTS
from tests.export.statistics_sample import empty_report, sample_report, small_report

TITLES = ["Vem kallade", "Närvaro per part", "Uteblev utan återbud per organisation",
          "Kallelsetid per månad"]


def _strings(drawing: Drawing) -> list[str]:
    """Every text of a drawing, its charts' labels included, as the SVG has them."""
    return _svg_texts(sc.svg(drawing))


def _svg_texts(data: bytes) -> list[str]:
    doc = minidom.parseString(data)
    return ["".join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE)
            for t in doc.getElementsByTagName("text")]


def test_four_charts_with_their_titles_in_swedish():
    charts = sc.charts(sample_report(), fonts_dir=FONTS)
    assert [c.title for c in charts] == TITLES
    conveners, attendance, no_shows, lead = (_strings(c.drawing) for c in charts)
    assert {"Skolan", "Socialtjänsten", "Regionen", "Övriga", "Inte angiven", "16"} \
        <= set(conveners)
    assert {"Kallade eller inbjudna", "Närvarande", "Uteblev utan återbud", "40", "35"} \
        <= set(attendance)
    assert "Socialtjänsten Väster, Barn och unga" in no_shows and "BUP Östra" in no_shows
    assert {"jan 2026", "apr 2026", "Median"} <= set(lead)


def test_svg_is_utf8_with_swedish_letters_in_dejavu_and_no_clip_path():
    for chart in sc.charts(sample_report(), fonts_dir=FONTS):
        data = sc.svg(chart.drawing)
        assert data.startswith(b"<?xml") and b"clipPath" not in data  # Qt draws no clipPath
        assert b"DejaVu Sans" in data
        minidom.parseString(data)  # well formed
    texts = _svg_texts(sc.svg(sc.charts(sample_report())[1].drawing))
    assert "Närvarande" in texts and "Uteblev utan återbud" in texts


def test_an_empty_period_gives_drawings_that_say_so():
    charts = sc.charts(empty_report())
    assert [c.title for c in charts] == TITLES
    for chart in charts:
        assert sc.NO_MEETINGS in _svg_texts(sc.svg(chart.drawing))


def test_meetings_without_no_shows_or_kallelser_are_told_not_drawn():
    report = sample_report()
    no_shows = [replace(f, count=0) if f.measure.endswith("absent_without_notice") else f
                for f in report.figures]
    quiet = replace(report, figures=tuple(no_shows), lead_by_month=())
    _, _, absent, lead = sc.charts(quiet)
    assert _strings(absent.drawing) == ["Ingen uteblev utan återbud i perioden"]
    assert _strings(lead.drawing) == ["Inga skickade kallelser till möten i perioden"]


def test_at_most_ten_organisations_the_most_no_shows_at_the_top():
    report = sample_report()
    rows = tuple(Figure("region_absent_without_notice", n, 40, organisation=f"Mottagning {n:02}",
                        organisation_id=100 + n) for n in range(1, 13))
    totals = tuple(f for f in report.figures if not f.organisation)
    many = replace(report, figures=totals + rows)
    chart = sc.charts(many)[2].drawing
    names = [s for s in _strings(chart) if s.startswith("Mottagning")]
    # drawn bottom up: the last category is at the top
    assert names == [f"Mottagning {n:02}" for n in range(3, 13)]
    assert chart.height > sc.HEIGHT


def test_hide_small_draws_no_bar_for_one_to_four():
    for chart in sc.charts(small_report(), hide_small=True)[:2]:
        bars = chart.drawing.contents[0]
        labels = [label for row in bars.barLabelArray for label in row]
        assert "<5" in labels and not {"1", "2", "3", "4"} & set(labels)
        assert all(value == 0 or value >= 5 for row in bars.data for value in row)
        assert "<5" in _strings(chart.drawing)
    shown = sc.charts(small_report())[1].drawing.contents[0]
    assert {"1", "2", "3"} & {label for row in shown.barLabelArray for label in row}


def test_hide_small_leaves_out_months_of_few_kallelser_and_says_so():
    report = sample_report()
    months = list(report.lead_by_month)
    months[0] = months[0]._replace(sent=3)
    few = replace(report, lead_by_month=tuple(months))
    chart = sc.charts(few, hide_small=True)[3].drawing
    assert chart.contents[0].data[0][0] is None
    assert "Månader med färre än 5 kallelser visas inte." in _strings(chart)


def test_the_agreed_lead_time_is_a_reference_line_when_given():
    without = _strings(sc.charts(sample_report())[3].drawing)
    with_line = _strings(sc.charts(sample_report(), lead_days=21)[3].drawing)
    assert not any("Överenskommen" in t for t in without)
    assert "Överenskommen kallelsetid (21 dagar)" in with_line


def test_the_svg_says_no_fill_in_words_qt_understands():
    # Qt's SVG renderer fills "None" (capitalised, as reportlab writes it) in black:
    # the lead-time chart showed a black area under its line in the window.
    lead = sc.charts(sample_report(), fonts_dir=FONTS)[3]
    data = sc.svg(lead.drawing)
    assert b"fill: none" in data and b"fill: None" not in data
