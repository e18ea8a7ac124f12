"""The coordinator's profile: checked in Swedish, stored as plain values, printed as a contact."""

from __future__ import annotations

import pytest

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.profile import Contact, CoordinatorProfile, contact_for

KARIN = CoordinatorProfile("Karin Sjöberg", "SIP-samordnare", "Norrby kommun",
                           "08-555 123 45", "karin.sjoberg@norrby.exempel.se")


def test_a_complete_profile_has_no_problems_and_is_trimmed():
    assert KARIN.problems() == {}
    padded = CoordinatorProfile("  Karin Sjöberg ", "", "", " +46 70 123 45 67 ", " k@x.se ")
    checked = padded.check()
    assert checked.name == "Karin Sjöberg" and checked.phone == "+46 70 123 45 67"
    assert checked.email == "k@x.se"


def test_an_empty_profile_is_allowed_and_empty():
    assert CoordinatorProfile().is_empty and CoordinatorProfile().problems() == {}
    assert not KARIN.is_empty


@pytest.mark.parametrize("phone", ["08-555 abc", "ring mig", "070 123 45 67 ankn 12"])
def test_a_phone_with_letters_is_refused(phone):
    problems = CoordinatorProfile("Karin", phone=phone).problems()
    assert "telefonnummer" in problems["phone"]
    with pytest.raises(ValidationError) as refused:
        CoordinatorProfile("Karin", phone=phone).check()
    assert refused.value.field == "phone"


def test_a_phone_too_short_is_refused():
    assert "för kort" in CoordinatorProfile("Karin", phone="12").problems()["phone"]


@pytest.mark.parametrize("email", ["karin", "karin@", "karin@kommun", "karin sjöberg@x.se"])
def test_an_email_that_is_not_an_address_is_refused(email):
    problems = CoordinatorProfile("Karin", email=email).problems()
    assert "e-postadress" in problems["email"]
    with pytest.raises(ValidationError) as refused:
        CoordinatorProfile("Karin", email=email).check()
    assert refused.value.field == "email"


def test_details_without_a_name_are_refused():
    problems = CoordinatorProfile(phone="08-555 123 45").problems()
    assert "namn" in problems["name"]


def test_too_long_is_refused():
    assert "högst 100 tecken" in CoordinatorProfile("K" * 101).problems()["name"]


def test_stored_and_read_back_as_plain_values():
    with_org = CoordinatorProfile(**{**KARIN.to_dict(), "organisation_id": 7})
    assert CoordinatorProfile.from_dict(with_org.to_dict()) == with_org
    assert CoordinatorProfile.from_dict(None) == CoordinatorProfile()
    odd = CoordinatorProfile.from_dict({"name": 3, "phone": "08-1", "organisation_id": True})
    assert odd == CoordinatorProfile(phone="08-1")


def test_contact_prints_the_directorys_current_organisation_name():
    orgs = {7: Organisation("Norrby kommun", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY,
                            id=7, unit="Barn och familj")}
    profile = CoordinatorProfile("Karin Sjöberg", organisation="Norrby", organisation_id=7)
    contact = profile.contact(orgs)
    assert contact.organisation == "Norrby kommun, Barn och familj"
    assert contact.title == "SIP-samordnare"  # no title typed: the usual one
    assert profile.contact().organisation == "Norrby"  # without the directory: as typed


def test_contact_lines_never_print_an_empty_phone_or_email():
    assert Contact("Karin Åkesson").lines() == ["Karin Åkesson", "SIP-samordnare"]
    assert KARIN.contact().lines() == [
        "Karin Sjöberg", "SIP-samordnare, Norrby kommun", "Telefon: 08-555 123 45",
        "E-post: karin.sjoberg@norrby.exempel.se"]
    assert KARIN.contact().one_line() == (
        "Karin Sjöberg, SIP-samordnare, Norrby kommun, telefon 08-555 123 45, "
        "e-post karin.sjoberg@norrby.exempel.se")


def test_without_a_profile_the_case_coordinator_is_named():
    assert contact_for(None, "Karin Åkesson") == Contact("Karin Åkesson")
    assert contact_for(CoordinatorProfile(), " Karin Åkesson ") == Contact("Karin Åkesson")
    assert contact_for(KARIN, "Karin Åkesson").phone == "08-555 123 45"
