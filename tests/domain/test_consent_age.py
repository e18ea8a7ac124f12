"""A child under 15 cannot be the only one consenting; the guardians are required then."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.consent import (
    AGE_UNKNOWN,
    CHILD_TOO_YOUNG,
    CONSENT_AGE,
    child_age,
    child_alone_refusal,
    child_alone_warning,
    consent_warnings,
)
from sipdesk.domain.entities import Case, Child, Consent
from sipdesk.domain.enums import ConsentForm
from sipdesk.domain.personnummer import luhn_check_digit

ON = date(2026, 11, 23)


def pnr(born: date, serial: int = 981, day_offset: int = 0) -> str:
    """A valid number in Skatteverket's test series (day_offset 60: a samordningsnummer)."""
    nine = f"{born:%y%m}{born.day + day_offset:02d}{serial:03d}"
    return f"{born:%Y%m}{born.day + day_offset:02d}-{serial:03d}{luhn_check_digit(nine)}"


def alone(on: date = ON) -> Consent:
    return Consent(on, ConsentForm.ORAL, by_child=True)


def test_the_rule_is_15_years():
    assert CONSENT_AGE == 15
    assert CHILD_TOO_YOUNG == ("Barnet är under 15 år och kan inte ensamt ge samtycke. "
                               "Lägg till vårdnadshavarnas samtycke.")


@pytest.mark.parametrize(("child", "age"), [
    (Child("A", "B", birth_date=date(2021, 11, 24)), 4),  # turns 5 tomorrow
    (Child("A", "B", birth_date=date(2021, 11, 23)), 5),
    (Child("A", "B", personnummer="20121212-1212"), 13),
    (Child("A", "B", personnummer=pnr(date(2011, 11, 23))), 15),
    (Child("A", "B", personnummer=pnr(date(2011, 11, 24), day_offset=60)), 14),  # samordning
    # The birth date, when there is one, decides.
    (Child("A", "B", personnummer="20121212-1212", birth_date=date(2008, 1, 1)), 18),
    (Child("A", "B"), None),
    (Child("A", "B", personnummer="121212-1212"), None),  # not stored as YYYYMMDD-NNNN
    (Child("A", "B", birth_date=date(2027, 1, 1)), None),  # not born yet: unknown
])
def test_the_childs_age(child, age):
    assert child_age(child, ON) == age


def test_a_five_year_old_alone_is_refused():
    five = Child("Elsa", "Lind", birth_date=date(2021, 6, 1))
    assert child_alone_refusal(five, alone()) == CHILD_TOO_YOUNG
    assert child_alone_warning(five, alone()) is None


def test_the_day_before_the_15th_birthday_is_too_young_and_the_birthday_is_not():
    child = Child("Elsa", "Lind", personnummer=pnr(date(2011, 11, 24)))
    assert child_alone_refusal(child, alone()) == CHILD_TOO_YOUNG
    assert child_alone_refusal(child, alone(date(2026, 11, 24))) is None


def test_the_age_on_the_day_consent_was_given_counts():
    child = Child("Elsa", "Lind", birth_date=date(2011, 6, 1))  # 15 on ON
    assert child_alone_refusal(child, alone(date(2026, 5, 31))) == CHILD_TOO_YOUNG
    assert child_alone_refusal(child, alone()) is None


def test_a_young_child_with_a_guardian_or_the_guardians_alone_are_allowed():
    five = Child("Elsa", "Lind", birth_date=date(2021, 6, 1))
    with_guardian = Consent(ON, ConsentForm.ORAL, by_child=True, guardian_ids=frozenset({1}))
    guardians = Consent(ON, ConsentForm.ORAL, guardian_ids=frozenset({1, 2}))
    assert child_alone_refusal(five, with_guardian) is None
    assert child_alone_refusal(five, guardians) is None


def test_an_unknown_age_is_not_refused_but_warned_about():
    unknown = Child("Elsa", "Lind")
    assert child_alone_refusal(unknown, alone()) is None
    assert child_alone_warning(unknown, alone()) == AGE_UNKNOWN
    assert "ålder är okänd" in AGE_UNKNOWN and "personnummer" in AGE_UNKNOWN
    with_guardian = Consent(ON, ConsentForm.ORAL, by_child=True, guardian_ids=frozenset({1}))
    assert child_alone_warning(unknown, with_guardian) is None


def test_consent_warnings_name_a_child_alone_of_unknown_or_too_young_age():
    unknown = Case(reference="SIP-2026-0001", child=Child("Elsa", "Lind"), consents=[alone()])
    assert consent_warnings(unknown, ON) == [AGE_UNKNOWN]
    # Stored before the rule: the too young child alone is a warning on the case.
    young = Case(reference="SIP-2026-0002", consents=[alone()],
                 child=Child("Elsa", "Lind", birth_date=date(2020, 1, 1)))
    assert consent_warnings(young, ON) == [CHILD_TOO_YOUNG]
    old = Case(reference="SIP-2026-0003", consents=[alone()],
               child=Child("Elsa", "Lind", birth_date=date(2010, 1, 1)))
    assert consent_warnings(old, ON) == []
