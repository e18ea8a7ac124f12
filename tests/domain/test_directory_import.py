"""The directory import's rows: what is added, what is skipped, which rows are wrong and why."""

from __future__ import annotations

import pytest

from sipdesk.domain.directory_import import (
    HEADINGS,
    RowStatus,
    parse_kind,
    parse_principal,
    preview_import,
)
from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError


def row(org="", unit="", kind="", principal="", name="", role="", phone="", email=""):
    return dict(zip(HEADINGS, (org, unit, kind, principal, name, role, phone, email),
                    strict=True))


GOOD = [
    row("Ekbackaskolan", "", "Skola", "Kommun", "", "", "0555-100 00", "ekbacka@exempel.se"),
    row("Ekbackaskolan", "", "skola", "", "Lena Holm", "Mentor", "0555-100 12",
        "lena.holm@exempel.se"),
    row("BUP Norrby", "Mottagning Öst", "BUP", "Region", "Anna Berg", "Psykolog",
        "010-555 40 12", "anna.berg@exempel.se"),
    row("BUP Norrby", "Mottagning Öst", "", "", "Jonas Falk", "Läkare"),
]


def test_a_good_file_gives_its_organisations_and_people():
    preview = preview_import(GOOD)
    assert [(o.name, o.unit, o.kind, o.principal) for o in preview.organisations] == [
        ("Ekbackaskolan", "", OrgKind.SCHOOL, Principal.MUNICIPALITY),
        ("BUP Norrby", "Mottagning Öst", OrgKind.BUP, Principal.REGION),
    ]
    school = preview.organisations[0]
    assert (school.phone, school.mailbox) == ("0555-100 00", "ekbacka@exempel.se")
    assert [(p.name, p.profession, p.organisation) for p in preview.people] == [
        ("Lena Holm", "Mentor", ("ekbackaskolan", "")),
        ("Anna Berg", "Psykolog", ("bup norrby", "mottagning öst")),
        ("Jonas Falk", "Läkare", ("bup norrby", "mottagning öst")),
    ]
    assert [r.number for r in preview.rows] == [2, 3, 4, 5]
    assert not preview.errors and not preview.duplicates
    assert preview.summary() == "2 organisationer och 3 personer"


@pytest.mark.parametrize(("bad", "words"), [
    (row("Ekbackaskolan", kind="Cirkus", name="Bo Ek", role="Mentor"), "Okänd typ ”Cirkus”"),
    (row("Nya skolan", name="Bo Ek", role="Mentor"), "Typ saknas"),
    (row("", kind="Skola", name="Bo Ek", role="Mentor"), "Organisationens namn saknas"),
    (row("Ekbackaskolan", name="Bo Ek", role="Mentor", email="bo.ek(at)exempel"),
     "ser inte ut som en e-postadress"),
    (row("Ekbackaskolan", name="Bo Ek", role="Mentor", phone="ring växeln"),
     "ser inte ut som ett telefonnummer"),
    (row("Ekbackaskolan", name="Bo Ek", role="BUP"), "är en organisation, inte ett yrke"),
    (row("Ekbackaskolan", name="Bo Ek"), "Yrke/roll saknas"),
    (row("Ekbackaskolan", principal="kungen", name="Bo Ek", role="Mentor"),
     "Okänd huvudman"),
])
def test_one_bad_row_is_reported_with_its_number_and_reason(bad, words):
    preview = preview_import([*GOOD[:2], bad, *GOOD[2:]])
    (error,) = preview.errors
    assert error.number == 4
    assert error.status is RowStatus.ERROR
    assert words in error.note
    # The good rows are still there to import.
    assert len(preview.organisations) == 2 and len(preview.people) == 3


def test_blank_rows_keep_the_numbering_of_the_file():
    preview = preview_import([GOOD[0], {h: "" for h in HEADINGS}, row("X", name="Bo")])
    assert [r.number for r in preview.rows] == [2, 4]
    assert preview.errors[0].number == 4


def test_what_the_directory_has_is_skipped_and_said_so():
    school = Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=7)
    lena = Person("Lena Holm", "mentor", 7, id=3)
    preview = preview_import(GOOD, [school], [lena])
    assert [o.name for o in preview.organisations] == ["BUP Norrby"]
    assert [p.name for p in preview.people] == ["Anna Berg", "Jonas Falk"]
    skipped = {r.number: r.note for r in preview.duplicates}
    assert "finns redan" in skipped[2] and "finns redan" in skipped[3]


def test_a_person_twice_in_the_file_is_added_once():
    preview = preview_import([GOOD[2], GOOD[2]])
    assert len(preview.people) == 1
    (again,) = preview.duplicates
    assert again.number == 3 and "rad 2" in again.note


def test_a_new_person_in_an_existing_organisation_gets_its_id():
    bup = Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=9, unit="Mottagning Öst")
    preview = preview_import([GOOD[3]], [bup])
    assert preview.organisations == ()
    assert preview.people[0].organisation_id == 9


def test_conflicting_types_for_one_organisation_are_an_error():
    preview = preview_import([GOOD[0], row("Ekbackaskolan", kind="BUP", name="Bo", role="Mentor")])
    assert "typen ”Skola” på rad 2" in preview.errors[0].note


def test_huvudman_defaults_from_the_type_and_says_so():
    preview = preview_import([row("Vårdcentralen Norrby", kind="vårdcentral")])
    assert preview.organisations[0].principal is Principal.REGION
    assert "Huvudman saknas: region antas." in preview.rows[0].note


def test_headings_and_words_regardless_of_case():
    rows = [{"ORGANISATION": "Soc", "typ": "SOCIALTJANST", "huvudman": "KOMMUN",
             "namn": "Karin Ås", "Yrke": "Socialsekreterare", "Okänd": "x"}]
    preview = preview_import(rows)
    assert preview.organisations[0].kind is OrgKind.SOCIAL_SERVICES
    assert preview.people[0].profession == "Socialsekreterare"
    assert preview.ignored_columns == ("Okänd",)
    assert parse_kind("bup") is OrgKind.BUP and parse_kind("Förskola") is OrgKind.PRESCHOOL
    assert parse_principal("Privat") is Principal.PRIVATE and parse_kind("zoo") is None


def test_a_file_without_an_organisation_column_is_refused():
    with pytest.raises(ValidationError, match="Organisation"):
        preview_import([{"Namn": "Bo", "Yrke": "Mentor"}])
    with pytest.raises(ValidationError, match="inga rader"):
        preview_import([{"Organisation": ""}])
