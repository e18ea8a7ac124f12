"""The statistics report as text, CSV, XLSX and PDF, each read back as a reader would."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from sipdesk.domain.statistics import HIDDEN, Filters
from sipdesk.domain.stats_measures import MEASURES
from sipdesk.export import statistics_files as sf
from sipdesk.export.statistics_pdf import definitions, statistics_pdf_bytes
from sipdesk.store.models import CaseRow
from tests.export.sample import FONTS
from tests.export.statistics_sample import (
    CHILD_FIRST,
    CHILD_LAST,
    FORBIDDEN,
    PERSONNUMMER,
    SOCIAL,
    STORE_PERIOD,
    build_named_cases,
    empty_report,
    sample_report,
    small_report,
)

SMALL = {"1", "2", "3", "4"}


def _csv(report, hide_small=False) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(sf.csv_text(report, hide_small))))


def _xlsx(report, hide_small=False):
    buffer = io.BytesIO()
    sf.write_xlsx(report, buffer, hide_small=hide_small)
    buffer.seek(0)
    return load_workbook(buffer), buffer.getvalue()


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


# --- CSV ------------------------------------------------------------------------------

def test_csv_header_and_rows_read_back():
    report = sample_report()
    text = sf.csv_text(report)
    assert text.splitlines()[0] == "measure,organisation,count,of,percent"
    rows = _csv(report)
    assert len(rows) == len(report.figures)
    totals = {r["measure"]: r for r in rows if r["organisation"] == ""}
    assert set(totals) == set(MEASURES)
    assert totals["meetings_held"] == {"measure": "meetings_held", "organisation": "",
                                       "count": "40", "of": "", "percent": ""}
    assert (totals["convened_by_school"]["count"], totals["convened_by_school"]["of"],
            totals["convened_by_school"]["percent"]) == ("16", "40", "40")
    social = [r for r in rows if r["organisation"] == "Socialtjänsten Väster, Barn och unga"]
    assert {r["measure"] for r in social} >= {"social_services_attended",
                                               "social_services_absent_without_notice"}


def test_csv_with_hide_small_has_no_count_from_one_to_four():
    rows = _csv(small_report(), hide_small=True)
    assert any(r["count"] == HIDDEN for r in rows)
    for row in rows:
        assert row["count"] not in SMALL and row["of"] not in SMALL, row
        if HIDDEN in (row["count"], row["of"]):
            assert row["percent"] == ""
    plain = _csv(small_report())
    assert any(r["count"] in SMALL for r in plain)


# --- text -----------------------------------------------------------------------------

def test_plain_text_has_the_period_the_filters_and_a_line_per_figure():
    report = sample_report(filters=Filters(coordinator="Anna Berg"))
    text = sf.plain_text(report)
    lines = text.splitlines()
    assert lines[0] == "SIP-statistik 1 januari 2026–30 april 2026"
    assert lines[1] == "Urval: samordnare: Anna Berg"
    assert lines[2] == "Gjord: 15 maj 2026"
    held = next(line for line in lines if line.startswith("SIP-möten som hölls"))
    assert held.split()[-1] == "20"
    school = next(line for line in lines if line.startswith("Sammankallade av skolan"))
    assert school.split()[-4:] == ["8", "20", "40", "%"]
    assert "Per organisation" in lines and "Åsens skola" in lines
    assert "  Skolan: närvarande" in text


def test_plain_text_with_hide_small_says_so_and_hides():
    text = sf.plain_text(small_report(), hide_small=True)
    assert sf.SMALL_RULE in text
    held = next(line for line in text.splitlines() if line.startswith("SIP-möten som hölls"))
    assert held.split()[-1] == HIDDEN


def test_plain_text_of_an_empty_period_has_zeros_and_no_organisations():
    text = sf.plain_text(empty_report())
    held = next(line for line in text.splitlines() if line.startswith("SIP-möten som hölls"))
    assert held.split()[-1] == "0"
    assert "Per organisation" not in text


# --- XLSX -----------------------------------------------------------------------------

def test_xlsx_has_the_csv_columns_with_numbers_as_numbers():
    report = sample_report()
    wb, _ = _xlsx(report)
    assert wb.sheetnames == ["Statistik", "Om rapporten"]
    sheet = wb["Statistik"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("measure", "organisation", "count", "of", "percent")
    assert len(values) == len(report.figures) + 1
    by_key = {row[0]: row for row in values[1:] if row[1] is None}
    assert by_key["meetings_held"] == ("meetings_held", None, 40, None, None)
    assert by_key["convened_by_school"] == ("convened_by_school", None, 16, 40, 40)
    assert isinstance(by_key["kallelse_lead_days_median"][2], int | float)
    csv_rows = _csv(report)
    for row, expected in zip(values[1:], csv_rows, strict=True):
        assert [("" if v is None else str(v)) for v in row] == list(expected.values())


def test_xlsx_about_sheet_has_period_filters_date_and_every_definition():
    report = sample_report(filters=Filters(organisation_id=SOCIAL))
    wb, _ = _xlsx(report, hide_small=True)
    about = [row for row in wb["Om rapporten"].iter_rows(values_only=True)]
    cells = {c for row in about for c in row if c}
    assert "1 januari 2026–30 april 2026" in cells
    assert "organisation: Socialtjänsten Väster, Barn och unga" in cells
    assert any(str(c).startswith("15 maj 2026") for c in cells)
    assert sf.SMALL_RULE in cells
    defined = {row[0]: row[2] for row in about if row and row[0] in MEASURES}
    assert defined == {key: m.definition for key, m in MEASURES.items()}


def test_xlsx_with_hide_small_writes_text_for_hidden_counts():
    wb, _ = _xlsx(small_report(), hide_small=True)
    rows = list(wb["Statistik"].iter_rows(min_row=2, values_only=True))
    assert any(row[2] == HIDDEN for row in rows)
    for row in rows:
        assert row[2] not in (1, 2, 3, 4) and row[3] not in (1, 2, 3, 4), row


def test_xlsx_properties_name_no_person():
    wb, data = _xlsx(sample_report(filters=Filters(coordinator="Anna Berg")))
    props = wb.properties
    assert props.creator == "sipdesk" and props.lastModifiedBy == "sipdesk"
    assert props.title == "SIP-statistik 1 januari 2026–30 april 2026"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        core = z.read("docProps/core.xml").decode() + z.read("docProps/app.xml").decode()
    assert "Anna Berg" not in core and "openpyxl" not in core


# --- PDF ------------------------------------------------------------------------------

def test_pdf_has_title_period_a_figure_the_charts_and_the_definitions():
    text = _pdf_text(statistics_pdf_bytes(sample_report(), FONTS, lead_days=21))
    flat = re.sub(r"\s+", " ", text)
    assert "SIP-statistik" in text and "1 januari 2026–30 april 2026" in text
    assert "alla ärenden" in flat and "15 maj 2026" in flat
    assert re.search(r"SIP-möten som hölls 40", flat)
    assert re.search(r"Sammankallade av skolan 16 40 40 %", flat)
    for title in ("Vem kallade", "Närvaro per part", "Uteblev utan återbud per organisation",
                  "Kallelsetid per månad", "Så räknas siffrorna", "Per organisation"):
        assert title in flat
    assert "Överenskommen kallelsetid (21 dagar)" in flat
    assert "BUP Östra" in flat


def test_pdf_with_hide_small_shows_less_than_five():
    text = re.sub(r"\s+", " ", _pdf_text(statistics_pdf_bytes(small_report(), FONTS,
                                                             hide_small=True)))
    assert re.search(r"SIP-möten som hölls <5", text)
    assert re.search(r"Första SIP-möten <5 <5", text)
    assert sf.SMALL_RULE in text
    for digit in SMALL:  # no figure reads 1–4 (the page numbers and dates aside)
        assert not re.search(rf"(hölls|möten|närvarande|kallade) {digit}\b", text)


def test_pdf_of_an_empty_period_says_there_is_nothing_to_draw():
    text = re.sub(r"\s+", " ", _pdf_text(statistics_pdf_bytes(empty_report(), FONTS)))
    assert "Inga möten i perioden, så det finns inga diagram." in text
    assert "Ingen organisation var kallad till möten i perioden." in text


def test_pdf_definitions_cover_every_measure():
    labels = {label for label, _ in definitions()}
    for key, measure in MEASURES.items():
        party_row = key.split("_")[0] in {"school", "social", "region", "other"} \
            and key != "school_social_region_all_present"
        if not party_row:
            assert measure.label in labels, key
    assert "Per part: närvarande" in labels


# --- the real store -------------------------------------------------------------------

@pytest.mark.slow
def test_no_file_names_the_child_whose_cases_are_counted(ws, tmp_path):
    ids = build_named_cases(ws)
    with ws.reading() as s:  # the child really is in the store
        names = s.execute(select(CaseRow.child_first_name, CaseRow.child_last_name,
                                 CaseRow.child_personnummer)).all()
    assert (CHILD_FIRST, CHILD_LAST, PERSONNUMMER) in names
    report = ws.statistics.report(STORE_PERIOD)
    assert report.figure("meetings_held").count == 6
    assert report.figure("convened_by_school").count == 6
    assert report.figure("region_absent_without_notice").count == 2
    assert report.figure("region_attended", ids["bup"]).count == 4
    files: dict[str, str] = {}
    for fmt in ("text", "csv", "xlsx", "pdf"):
        for hide in (False, True):
            path = ws.statistics.export(report, tmp_path / f"s-{hide}.{fmt}", fmt, hide)
            files[f"{fmt}-{hide}"] = _readable(path)
    assert "Ekbackaskolan" in files["csv-False"] and "BUP Norrby" in files["pdf-False"]
    assert "meetings_held" in files["xlsx-True"]
    for name, content in files.items():
        for forbidden in FORBIDDEN:
            assert forbidden not in content, (name, forbidden)


def _readable(path: Path) -> str:
    """All the text of a file, whatever its format (the XLSX unzipped, the PDF extracted)."""
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    if path.suffix == ".pdf":
        return _pdf_text(data) + data.decode("latin-1")
    return data.decode("utf-8")
