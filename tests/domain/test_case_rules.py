"""What the new-case form checks as you type, without a store."""

from __future__ import annotations

from sipdesk.domain.case_rules import clean_personnummer, new_case_problems


def test_each_problem_is_named_in_swedish():
    problems = new_case_problems(first_name="", last_name=" ", question="",
                                 personnummer="20121212-1213")
    assert set(problems) == {"first_name", "question", "personnummer"}
    assert problems["first_name"] == "Skriv barnets namn."
    assert "Kontrollsiffran" in problems["personnummer"]


def test_a_complete_case_has_no_problems():
    # 20121212-1212 is a Skatteverket test personnummer.
    assert new_case_problems(first_name="", last_name="Lind", question="Fråga",
                             personnummer="201212121212") == {}
    assert new_case_problems(first_name="Elsa", last_name="", question="Fråga") == {}


def test_personnummer_is_normalised_or_absent():
    assert clean_personnummer("  ") is None
    assert clean_personnummer(None) is None
    assert clean_personnummer("201212121212") == "20121212-1212"
