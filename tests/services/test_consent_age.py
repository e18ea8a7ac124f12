"""Recording consent: a child under 15 cannot consent alone, and nothing is stored then."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sipdesk.domain.consent import CHILD_TOO_YOUNG
from sipdesk.domain.entities import Consent, Guardian
from sipdesk.domain.enums import ConsentForm
from sipdesk.domain.personnummer import luhn_check_digit
from sipdesk.services.errors import ValidationError
from tests.services.conftest import TODAY


def _pnr(born) -> str:
    """A valid number in Skatteverket's test series (birth number 981)."""
    return f"{born:%Y%m%d}-981{luhn_check_digit(f'{born:%y%m%d}981')}"


def _case(ws, personnummer=None):
    return ws.cases.create(first_name="Elsa", last_name="Lind", personnummer=personnummer,
                           question="Hur får Elsa stöd i skolan?")


def _alone(network, **kw) -> Consent:
    return Consent(given_on=TODAY, form=ConsentForm.ORAL, by_child=True,
                   covered_org_ids=frozenset({network["bup"].id}), **kw)


def test_a_child_under_15_alone_is_refused_and_nothing_is_stored(ws, network):
    # 20121212-1212 is a Skatteverket test personnummer: Elsa is 13.
    case = _case(ws, "20121212-1212")
    ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    before = ws.cases.get(case.id)
    with pytest.raises(ValidationError) as refused:
        ws.cases.record_consent(case.id, _alone(network))
    assert refused.value.field == "given_by"
    assert str(refused.value) == CHILD_TOO_YOUNG
    assert "Lägg till vårdnadshavarnas samtycke" in str(refused.value)
    after = ws.cases.get(case.id)
    assert after.consents == []
    assert after.history == before.history


def test_with_a_guardian_the_young_child_consents(ws, network):
    case = _case(ws, "20121212-1212")
    g = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, _alone(network, guardian_ids=frozenset({g.id})))
    (consent,) = ws.cases.get(case.id).consents
    assert consent.by_child and consent.guardian_ids == {g.id}


def test_a_child_of_unknown_age_is_not_refused(ws, network):
    case = _case(ws)  # no personnummer, no birth date
    ws.cases.record_consent(case.id, _alone(network))
    assert len(ws.cases.get(case.id).consents) == 1


def test_a_child_of_15_consents_alone(ws, network):
    born = TODAY.replace(year=TODAY.year - 15)
    case = _case(ws, _pnr(born))
    assert ws.cases.get(case.id).child.birth_date == born
    ws.cases.record_consent(case.id, _alone(network))
    # A day younger is too young.
    younger = _case(ws, _pnr(born + timedelta(days=1)))
    with pytest.raises(ValidationError):
        ws.cases.record_consent(younger.id, _alone(network))
    assert ws.cases.get(younger.id).consents == []
