"""Importing the directory: the good rows stored together, the bad ones left out and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.services.errors import ValidationError

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "katalog-exempel.csv"
HEAD = "Organisation;Enhet;Typ;Huvudman;Namn;Yrke/roll;Telefon;E-post\n"


def _file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "katalog.csv"
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_rows_are_skipped_and_reported_good_rows_imported(ws, tmp_path):
    path = _file(tmp_path,
                 "BUP Norrby;;BUP;Region;Anna Berg;Psykolog;010-555 40 12;anna@exempel.se",
                 "BUP Norrby;;;;Bo Ek;Kurator;ring mig;",
                 "Ekbackaskolan;;Skola;;Lena Holm;Mentor;;lena@exempel.se")
    preview = ws.directory.preview(path)
    assert [(e.number, "telefonnummer" in e.note) for e in preview.errors] == [(3, True)]
    assert ws.directory.organisations() == []  # a preview stores nothing
    result = ws.directory.import_rows(preview)
    assert (result.organisations, result.people) == (2, 2)
    orgs = {o.name: o for o in ws.directory.organisations()}
    assert orgs["Ekbackaskolan"].principal is Principal.MUNICIPALITY
    people = {p.name: p for p in ws.directory.people()}
    assert set(people) == {"Anna Berg", "Lena Holm"}
    assert people["Anna Berg"].organisation_id == orgs["BUP Norrby"].id
    assert people["Anna Berg"].phone == "010-555 40 12"


def test_importing_twice_doubles_nothing(ws):
    first = ws.directory.import_rows(ws.directory.preview(SAMPLE))
    assert first.organisations >= 5
    again = ws.directory.preview(SAMPLE)
    assert again.is_empty and len(again.duplicates) == len(again.rows)
    assert len(ws.directory.organisations()) == first.organisations


def test_what_was_added_since_the_preview_is_matched_again(ws, tmp_path):
    preview = ws.directory.preview(_file(tmp_path, "BUP Norrby;;BUP;Region;Anna Berg;Psykolog;;"))
    ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    result = ws.directory.import_rows(preview)
    assert (result.organisations, result.people, result.skipped) == (0, 1, 1)
    assert len(ws.directory.organisations()) == 1


def test_one_refusal_stores_nothing_at_all(ws, tmp_path, monkeypatch):
    preview = ws.directory.preview(SAMPLE)
    calls = []
    real = ws.directory.add_person

    def refuse_the_third(person):
        calls.append(person)
        if len(calls) == 3:
            raise ValidationError("Nej.", field="name")
        return real(person)

    monkeypatch.setattr(ws.directory, "add_person", refuse_the_third)
    with pytest.raises(ValidationError, match=r"^Rad \d+: Nej\."):
        ws.directory.import_rows(preview)
    assert ws.directory.organisations() == [] and ws.directory.people() == []


def test_the_import_is_announced_as_a_directory_change(ws):
    preview = ws.directory.preview(SAMPLE)
    _result, changes = ws.changes_of(lambda w: w.directory.import_rows(preview))
    assert changes.directory
