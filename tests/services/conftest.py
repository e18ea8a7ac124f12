from __future__ import annotations

import pytest

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from tests.conftest import TODAY  # noqa: F401 - tests import it from here


@pytest.fixture
def network(ws):
    """A small directory: BUP, social services and a school, one professional in each."""
    d = ws.directory
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    soc = d.add_organisation(
        Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY)
    )
    school = d.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    return {
        "bup": bup,
        "soc": soc,
        "school": school,
        "psykolog": d.add_person(Person("Anna Berg", "psykolog", bup.id)),
        "socsek": d.add_person(Person("Johan Ek", "socialsekreterare", soc.id)),
        "mentor": d.add_person(Person("Lena Holm", "mentor", school.id)),
    }
