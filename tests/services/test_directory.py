"""The local directory of organisations and people."""

from __future__ import annotations

import pytest

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.services.directory import profession_problem
from sipdesk.services.errors import ValidationError


def test_organisation_is_updated(ws, network):
    bup = network["bup"]
    bup.unit = "Öppenvården"
    bup.mailbox = "bup.norrby@exempel.se"
    bup.phone = "010-000 00 00"
    bup.decision_maker = "Eva Öberg, verksamhetschef"
    ws.directory.update_organisation(bup)
    again = ws.directory.organisation(bup.id)
    assert again.display_name == "BUP Norrby, Öppenvården"
    assert again.decision_maker == "Eva Öberg, verksamhetschef"


@pytest.mark.parametrize(
    ("change", "words"),
    [({"name": " "}, "namn"), ({"mailbox": "bup på exempel"}, "e-postadress"),
     ({"kind": "cirkus"}, "sorts"), ({"principal": "kung"}, "huvudman")],
)
def test_bad_organisation_is_refused_and_nothing_changes(ws, network, change, words):
    bup = network["bup"]
    for k, v in change.items():
        setattr(bup, k, v)
    with pytest.raises(ValidationError, match=words):
        ws.directory.update_organisation(bup)
    again = ws.directory.organisation(bup.id)
    assert (again.name, again.mailbox, again.kind) == ("BUP Norrby", "", OrgKind.BUP)


def test_new_organisation_with_bad_mailbox_is_not_stored(ws):
    with pytest.raises(ValidationError):
        ws.directory.add_organisation(
            Organisation("LSS", OrgKind.LSS, Principal.MUNICIPALITY, mailbox="lss")
        )
    assert ws.directory.organisations() == []


@pytest.mark.parametrize("profession", ["BUP", "bup", "Socialtjänsten", "Habilitering",
                                        "Ekbackaskolan", " "])
def test_an_organisation_is_not_a_profession(ws, network, profession):
    with pytest.raises(ValidationError) as err:
        ws.directory.add_person(Person("Sara Dahl", profession, network["bup"].id))
    assert "yrke" in str(err.value)
    assert "Sara Dahl" not in [p.name for p in ws.directory.people()]


def test_profession_problem_accepts_real_professions():
    assert profession_problem("psykolog") is None
    assert profession_problem("BUP-psykolog") is None
    assert "organisation" in profession_problem("BUP Norrby", ["BUP Norrby"])


def test_person_is_updated_and_bad_profession_keeps_the_old(ws, network):
    p = network["psykolog"]
    p.phone = "010-111 11 11"
    p.organisation_id = network["soc"].id
    ws.directory.update_person(p)
    again = ws.directory.person(p.id)
    assert (again.phone, again.organisation_id) == ("010-111 11 11", network["soc"].id)
    p.profession = "BUP"
    with pytest.raises(ValidationError, match="yrke"):
        ws.directory.update_person(p)
    assert ws.directory.person(p.id).profession == "psykolog"


def test_person_in_unknown_organisation_is_refused(ws, network):
    p = network["psykolog"]
    p.organisation_id = 999
    with pytest.raises(ValidationError, match="finns inte"):
        ws.directory.update_person(p)
    with pytest.raises(ValidationError, match="finns inte"):
        ws.directory.person(999)
