"""Reading a table from a CSV or XLSX file: rows as {heading: cell}, for the directory import.

CSV as spreadsheets save it in Sweden: UTF-8 (with or without a byte-order
mark) or, from older Excel, Windows-1252; semicolons or commas (or tabs)
between the cells, whichever the heading row uses. XLSX: the first sheet.
The first non-empty row holds the headings. Every row after it comes back,
blank ones too, so the caller can number rows as the spreadsheet does.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sipdesk.domain.errors import ValidationError

FIELD = "file"
SUFFIXES = (".csv", ".txt", ".xlsx")
_DELIMITERS = (";", ",", "\t")
_LARGEST = 20 * 1024 * 1024  # a directory is never this big; a wrong file may be


@dataclass(frozen=True)
class Table:
    """A file's rows under its headings; `first_row` is the number of the first in the file."""

    rows: list[dict[str, object]]
    first_row: int


def read_table(path: Path) -> Table:
    """The rows of a CSV or XLSX file; ValidationError (field "file") in Swedish when it
    cannot be read as one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(f"Filen ”{path.name}” finns inte.", field=FIELD) from None
    except OSError:
        raise ValidationError(f"Filen ”{path.name}” kunde inte läsas.", field=FIELD) from None
    if size > _LARGEST:
        raise ValidationError(f"Filen ”{path.name}” är för stor för en katalog.", field=FIELD)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            grid = _xlsx_grid(path)
        elif suffix in (".csv", ".txt"):
            grid = _csv_grid(path.read_bytes())
        else:
            raise ValidationError(
                f"”{path.name}” är varken en CSV- eller en XLSX-fil.", field=FIELD)
    except OSError:
        raise ValidationError(f"Filen ”{path.name}” kunde inte läsas.", field=FIELD) from None
    return _table(grid, path.name)


def _table(grid: list[list[object]], name: str) -> Table:
    start = next((i for i, row in enumerate(grid)
                  if any(str(c).strip() for c in row if c is not None)), None)
    if start is None:
        raise ValidationError(f"Filen ”{name}” är tom.", field=FIELD)
    headings = [str(c).strip() if c is not None else "" for c in grid[start]]
    rows = []
    for cells in grid[start + 1:]:
        rows.append({h: (cells[i] if i < len(cells) else None)
                     for i, h in enumerate(headings) if h})
    # Trailing blank rows (a spreadsheet's formatted but empty rows) say nothing.
    while rows and not any(str(v).strip() for v in rows[-1].values() if v is not None):
        rows.pop()
    return Table(rows, start + 2)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimiter_of(heading_line: str) -> str:
    """The delimiter the heading row uses most: ';' (Swedish Excel), ',' or a tab."""
    counts = {d: heading_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _csv_grid(data: bytes) -> list[list[object]]:
    if b"\x00" in data[:4096]:
        raise ValidationError("Filen är inte en textfil (CSV). Spara den som CSV eller XLSX.",
                              field=FIELD)
    text = _decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(first))
    try:
        return [list(row) for row in reader]
    except csv.Error:
        raise ValidationError("CSV-filen kunde inte läsas: ett citattecken saknar sin "
                              "avslutning.", field=FIELD) from None


def _xlsx_grid(path: Path) -> list[list[object]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError):
        raise ValidationError(f"”{path.name}” kunde inte läsas som en XLSX-fil.",
                              field=FIELD) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ValidationError(f"”{path.name}” har inget blad.", field=FIELD)
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
