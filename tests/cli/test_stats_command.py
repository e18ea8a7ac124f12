"""`sipdesk stats`: the period, the four formats, the filters, and mistakes told in Swedish."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sipdesk.cli.main import main
from tests.cli.runner import sipdesk
from tests.export.statistics_sample import FORBIDDEN, build_named_cases

SPRING = ("--from", "2026-03-01", "--to", "2026-05-31")


@pytest.fixture
def store(tmp_path, store_templates, memory_keyring):
    """A store of its own with six meetings of a named fictional child; closed, so the
    command opens it as a script would (the key in the test keychain)."""
    folder = tmp_path / "data"
    with store_templates.get().open_copy(folder, memory_keyring) as ws:
        build_named_cases(ws)
    return folder


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _stats(capsys, folder, *args) -> tuple[int, str, str]:
    return _run(capsys, "--data-dir", str(folder), "stats", *args)


def test_csv_to_standard_output_reads_back(store, capsys):
    code, out, err = _stats(capsys, store, *SPRING, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["measure", "organisation", "count", "of", "percent"]
    totals = {r["measure"]: r for r in rows if not r["organisation"]}
    assert (totals["meetings_held"]["count"], totals["convened_by_school"]["percent"]) == (
        "6", "100")
    assert totals["region_absent_without_notice"]["count"] == "2"
    bup = next(r for r in rows if r["organisation"] == "BUP Norrby"
               and r["measure"] == "region_attended")
    assert bup["count"] == "4"
    for forbidden in FORBIDDEN:
        assert forbidden not in out


def test_text_is_the_default_with_the_period_in_its_title(store, capsys):
    code, out, err = _stats(capsys, store, *SPRING)
    assert code == 0, err
    assert out.splitlines()[0] == "SIP-statistik 1 mars 2026–31 maj 2026"
    assert "Ekbackaskolan" in out and "Tindra" not in out


def test_hide_small_and_an_organisation_by_part_of_its_name(store, capsys):
    code, out, err = _stats(capsys, store, *SPRING, "--format", "csv", "--hide-small",
                            "--organisation", "bup")
    assert code == 0, err
    totals = {r["measure"]: r for r in csv.DictReader(io.StringIO(out)) if not r["organisation"]}
    assert totals["meetings_held"]["count"] == "6"
    assert totals["region_absent_without_notice"]["count"] == "<5"
    assert all(r["count"] not in {"1", "2", "3", "4"} for r in totals.values())


def test_a_coordinator_nobody_is_warns_and_counts_nothing(store, capsys):
    code, out, err = _stats(capsys, store, *SPRING, "--format", "csv",
                            "--coordinator", "Ingen Alls")
    assert code == 0
    assert "ingen samordnare heter ”Ingen Alls”" in err
    totals = {r["measure"]: r for r in csv.DictReader(io.StringIO(out)) if not r["organisation"]}
    assert totals["meetings_held"]["count"] == "0"


def test_pdf_to_a_file(store, capsys, tmp_path):
    out_file = tmp_path / "statistik.pdf"
    code, out, err = _stats(capsys, store, *SPRING, "--format", "pdf", "--out", str(out_file))
    assert code == 0, err
    assert f"har sparats i {out_file}" in out
    text = "\n".join(p.extract_text() for p in PdfReader(str(out_file)).pages)
    assert "SIP-statistik" in text and "1 mars 2026–31 maj 2026" in text
    assert "Vem kallade" in text
    for forbidden in FORBIDDEN:
        assert forbidden not in text


def test_xlsx_to_a_file(store, capsys, tmp_path):
    out_file = tmp_path / "statistik.xlsx"
    code, _, err = _stats(capsys, store, *SPRING, "--format", "xlsx", "--out", str(out_file))
    assert code == 0, err
    sheet = load_workbook(out_file)["Statistik"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] is None}
    assert rows["meetings_held"][2] == 6


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_xlsx_and_pdf_without_out_are_usage_errors(tmp_path, capsys, fmt):
    # Told before the store is opened: there is none here.
    code, out, err = _stats(capsys, tmp_path / "none", *SPRING, "--format", fmt)
    assert code == 2 and out == ""
    assert f"Formatet {fmt} kan inte visas i terminalen" in err and "--out" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "2026-13-01", "--to", "2026-05-31"),
     "--from ”2026-13-01” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD"),
    (("--from", "1/3/2026", "--to", "2026-05-31"), "--from ”1/3/2026” är inget datum"),
    (("--from", "2026-03-01", "--to", "igår"), "--to ”igår” är inget datum"),
    (("--from", "2026-06-01", "--to", "2026-05-31"),
     "Perioden slutar (31 maj 2026) innan den börjar (1 juni 2026)"),
    (("--to", "2026-05-31"), "Ange perioden med --from ÅÅÅÅ-MM-DD och --to ÅÅÅÅ-MM-DD"),
    ((*SPRING, "--format", "docx"), "Formatet ”docx” finns inte"),
])
def test_bad_arguments_are_told_in_swedish_without_a_traceback(tmp_path, capsys, args, message):
    code, out, err = _stats(capsys, tmp_path / "none", *args)
    assert code == 2 and out == ""
    assert err.startswith("sipdesk stats: ") and message in err
    assert "Traceback" not in err


def test_an_unknown_organisation_is_refused(store, capsys):
    code, out, err = _stats(capsys, store, *SPRING, "--organisation", "Skolan som inte finns")
    assert code == 1 and out == ""
    assert "Organisationen ”Skolan som inte finns” finns inte i katalogen" in err
    assert "Traceback" not in err


def test_an_organisation_by_its_number(store, capsys, memory_keyring):
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.opening import Secrets

    with Workspace.open(store, Secrets()) as ws:
        school = next(i for i, o in ws.directory.organisations_by_id().items()
                      if o.name == "Ekbackaskolan")
    code, out, err = _stats(capsys, store, *SPRING, "--organisation", str(school))
    assert code == 0, err
    assert "Urval: organisation: Ekbackaskolan" in out


@pytest.mark.slow
def test_a_bad_date_in_a_real_process_has_no_traceback(tmp_path):
    result = sipdesk("--data-dir", str(tmp_path / "none"), "stats", "--from", "2026-02-30",
                     "--to", "2026-05-31")
    assert result.returncode == 2
    assert "”2026-02-30” är inget datum" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
