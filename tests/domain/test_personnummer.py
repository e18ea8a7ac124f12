"""Personnummer tests.

Only Skatteverket's official test numbers (19121212-1212, 20121212-1212) are
written out; every other valid number is built here with an independent Luhn
implementation, so no real person's number appears.
"""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import (
    birth_date,
    find_personnummer,
    is_samordningsnummer,
    is_valid_personnummer,
    luhn_check_digit,
    mask,
    mask_in_text,
    parse_personnummer,
)

TODAY = date(2024, 6, 1)
TEST_1912 = "19121212-1212"  # Skatteverket test number
TEST_2012 = "20121212-1212"  # Skatteverket test number


def luhn(nine: str) -> str:
    """Independent Luhn: double every other digit from the right of the full number."""
    digits = [int(d) for d in nine + "0"]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def build(yyyymmdd: str, serial: str = "238") -> str:
    """A synthetic number with a correct check digit, in normalised form."""
    return f"{yyyymmdd}-{serial}{luhn(yyyymmdd[2:] + serial)}"


def wrong_check(pnr: str) -> str:
    return pnr[:-1] + str((int(pnr[-1]) + 1) % 10)


def reason(text: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_personnummer(text, today)
    assert caught.value.field == "personnummer"
    return caught.value.message


class TestLuhn:
    def test_independent_luhn_agrees_with_test_numbers(self):
        assert luhn("121212121") == "2"

    @pytest.mark.parametrize("nine", ["121212121", "000101238", "991231999", "450707001"])
    def test_module_luhn_matches_independent_one(self, nine):
        assert str(luhn_check_digit(nine)) == luhn(nine)


class TestParseAccepted:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("19121212-1212", TEST_1912),
            ("191212121212", TEST_1912),
            ("20121212-1212", TEST_2012),
            ("201212121212", TEST_2012),
            ("121212-1212", TEST_2012),
            ("1212121212", TEST_2012),
            ("121212+1212", TEST_1912),
            ("  20121212-1212\n", TEST_2012),
            ("20121212\u20131212", TEST_2012),  # en dash pasted from Word
            ("121212 1212", TEST_2012),
            ("19121212+1212", TEST_1912),
        ],
    )
    def test_forms_normalise(self, text, expected):
        assert parse_personnummer(text, TODAY) == expected

    def test_ten_digit_born_today_is_this_century(self):
        pnr = build("20240601")
        assert parse_personnummer(pnr[2:], TODAY) == pnr

    def test_ten_digit_date_after_today_belongs_to_last_century(self):
        pnr = build("19240602")
        assert parse_personnummer(pnr[2:], TODAY) == pnr

    def test_plus_means_a_hundred_years_more(self):
        pnr = build("19240601")
        short = pnr[2:8] + "+" + pnr[9:]
        assert parse_personnummer(short, TODAY) == pnr

    def test_leap_day_in_leap_century_year(self):
        pnr = build("20000229")
        assert parse_personnummer(pnr, TODAY) == pnr
        assert parse_personnummer(pnr[2:], TODAY) == pnr

    def test_samordningsnummer_accepted(self):
        # Synthetic: 1912-12-12 with 60 added to the day.
        sam = build("19121272", "121")
        assert parse_personnummer(sam, TODAY) == sam
        assert is_samordningsnummer(sam)
        assert birth_date(sam) == date(1912, 12, 12)

    def test_today_defaults_to_real_date(self):
        assert parse_personnummer("191212121212") == TEST_1912

    def test_is_valid(self):
        assert is_valid_personnummer(TEST_2012, TODAY)
        assert not is_valid_personnummer(wrong_check(TEST_2012), TODAY)


class TestParseRefused:
    @pytest.mark.parametrize(
        "text", ["", "   ", "12345", "201212121", "2012121212123", "20121212-12123"]
    )
    def test_wrong_length(self, text):
        assert reason(text).startswith("Personnumret ska ha 10 eller 12 siffror")

    def test_wrong_length_says_how_many_digits(self):
        assert "9 siffror" in reason("121212-121")

    def test_letters_are_named(self):
        message = reason("20121212-12A2")
        assert message.startswith("Personnumret ska ha 10 eller 12 siffror")
        assert "”A”" in message

    def test_misplaced_separator(self):
        assert "Bindestrecket står på fel ställe" in reason("2012-1212-1212")

    def test_impossible_date_named(self):
        assert reason("20121345-1212") == "Datumet 2012-13-45 finns inte"

    def test_impossible_date_in_ten_digit_form(self):
        assert reason("121345-1212") == "Datumet 2012-13-45 finns inte"

    def test_day_zero(self):
        assert reason("20120100-1212") == "Datumet 2012-01-00 finns inte"

    def test_leap_day_in_non_leap_century(self):
        assert reason(build("19000229")) == "Datumet 1900-02-29 finns inte"
        short = build("19000229")[2:8] + "+" + build("19000229")[9:]
        assert reason(short) == "Datumet 1900-02-29 finns inte"

    def test_samordningsnummer_with_impossible_day(self):
        assert reason("20121292-1212") == "Datumet 2012-12-92 finns inte"

    def test_wrong_check_digit(self):
        assert reason(wrong_check(TEST_1912)) == (
            "Kontrollsiffran stämmer inte – kontrollera att alla siffror är rätt skrivna"
        )

    def test_swapped_digits_caught_by_check_digit(self):
        assert "Kontrollsiffran" in reason("20121212-2112")

    def test_birth_date_in_the_future(self):
        message = reason(build("20250101"))
        assert "2025-01-01" in message and "inte inträffat" in message


class TestHelpers:
    def test_birth_date(self):
        assert birth_date(TEST_2012) == date(2012, 12, 12)

    def test_not_samordningsnummer(self):
        assert not is_samordningsnummer(TEST_1912)

    def test_helpers_need_normalised_form(self):
        with pytest.raises(ValidationError):
            birth_date("121212-1212")
        with pytest.raises(ValidationError):
            is_samordningsnummer("1212121212")


class TestMask:
    def test_keeps_only_birth_year(self):
        assert mask("20121212-1212") == "2012xxxx-xxxx"
        assert mask(TEST_1912) == "1912xxxx-xxxx"

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("121212-1212", "12xxxx-xxxx"),
            ("121212+1212", "12xxxx+xxxx"),
            ("1212121212", "12xxxxxxxx"),
            ("201212121212", "2012xxxxxxxx"),
        ],
    )
    def test_other_forms_keep_shape(self, text, expected):
        assert mask(text) == expected

    def test_find_spans(self):
        text = "Elsa 20121212-1212, bror 121212+1212 och 201212121212."
        spans = find_personnummer(text)
        assert [text[a:b] for a, b in spans] == ["20121212-1212", "121212+1212", "201212121212"]

    def test_find_ignores_shorter_and_longer_digit_runs(self):
        text = "Rum 123, tel 08-123 45, konto 12345678901, ocr 1234567890123"
        assert find_personnummer(text) == []

    def test_find_catches_invalid_looking_numbers_too(self):
        # A mistyped number is still personal data.
        assert len(find_personnummer(f"nr {wrong_check(TEST_2012)}")) == 1

    def test_mask_in_text(self):
        text = "Barnet (20121212-1212) och syskon 1212121212 bor hemma."
        assert mask_in_text(text) == "Barnet (2012xxxx-xxxx) och syskon 12xxxxxxxx bor hemma."

    def test_mask_in_text_leaves_no_digit_of_the_number(self):
        masked = mask_in_text(f"pnr:{TEST_1912}.")
        assert "1212-" not in masked and masked == "pnr:1912xxxx-xxxx."

    def test_mask_in_text_without_numbers_is_unchanged(self):
        text = "Möte 2024-05-14 kl 13.00 i rum 4."
        assert mask_in_text(text) == text
