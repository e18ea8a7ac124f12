"""Reading the directory's table from CSV (either delimiter, either encoding) and XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest

from sipdesk.domain.directory_import import preview_import
from sipdesk.domain.errors import ValidationError
from sipdesk.export.table_files import read_table

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "katalog-exempel.csv"
LINES = [
    ["Organisation", "Enhet", "Typ", "Huvudman", "Namn", "Yrke/roll", "Telefon", "E-post"],
    ["BUP Norrby", "Mottagning Öst", "BUP", "Region", "Anna Berg", "Psykolog",
     "010-555 40 12", "anna.berg@exempel.se"],
    ["", "", "", "", "", "", "", ""],
    ["Ekbackaskolan", "", "Skola", "Kommun", "Lena Holm", "Mentor", "0555-100 12",
     "lena.holm(at)exempel"],
]


def _csv(path: Path, delimiter: str, encoding: str = "utf-8-sig") -> Path:
    text = "\r\n".join(delimiter.join(cells) for cells in LINES) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("delimiter", "encoding"), [
    (";", "utf-8-sig"), (",", "utf-8"), ("\t", "utf-8"), (";", "cp1252"),
])
def test_csv_with_either_delimiter_and_encoding(tmp_path, delimiter, encoding):
    table = read_table(_csv(tmp_path / "katalog.csv", delimiter, encoding))
    assert table.first_row == 2
    assert table.rows[0]["Enhet"] == "Mottagning Öst"
    preview = preview_import(table.rows, first_row=table.first_row)
    assert [p.name for p in preview.people] == ["Anna Berg"]
    (bad,) = preview.errors
    assert bad.number == 4 and "e-postadress" in bad.note


def test_xlsx_first_sheet(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for cells in LINES:
        sheet.append([None if not c else c for c in cells])
    sheet.cell(row=2, column=7, value=105554012)  # a phone number the sheet made a number
    book.create_sheet("Annat").append(["inte", "det här"])
    book.save(tmp_path / "katalog.xlsx")
    table = read_table(tmp_path / "katalog.xlsx")
    preview = preview_import(table.rows, first_row=table.first_row)
    assert [(p.name, p.phone) for p in preview.people] == [("Anna Berg", "105554012")]
    assert [e.number for e in preview.errors] == [4]


def test_the_sample_file_is_all_good():
    table = read_table(SAMPLE)
    preview = preview_import(table.rows, first_row=table.first_row)
    assert not preview.errors and not preview.duplicates
    assert len(preview.organisations) >= 5 and len(preview.people) >= 10


@pytest.mark.parametrize(("name", "content", "words"), [
    ("saknas.csv", None, "finns inte"),
    ("tom.csv", b"\r\n\r\n", "tom"),
    ("bild.png", b"\x89PNG", "varken"),
    ("trasig.xlsx", b"inte en zip", "XLSX"),
])
def test_unreadable_files_say_why_in_swedish(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError, match=words):
        read_table(path)
