"""Swedish personnummer and samordningsnummer: parsing, validation and masking.

Numbers are stored normalised as 'YYYYMMDD-NNNN'. The projector must never show
one, so this module can also find anything that looks like a personnummer in
free text and mask it.
"""

from __future__ import annotations

import re
from datetime import date

from sipdesk.domain.errors import ValidationError

FIELD = "personnummer"

# A samordningsnummer is a personnummer whose day of month has 60 added.
SAMORDNING_DAY_OFFSET = 60

_LENGTH_MESSAGE = (
    "Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN"
)
_CHECK_DIGIT_MESSAGE = "Kontrollsiffran stämmer inte – kontrollera att alla siffror är rätt skrivna"

# Word and some keyboards turn '-' into a dash; a pasted number should still parse.
_DASHES = str.maketrans({"\u2013": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-"})

_SHAPE = re.compile(r"^(?P<digits>\d{6}|\d{8})(?P<sep>[-+ ]?)(?P<tail>\d{4})$")
_NORMALISED = re.compile(r"^\d{8}-\d{4}$")

# Deliberately broad and unvalidated: a mistyped number is still personal data,
# so masking errs towards hiding. A space separator is included for the same reason.
_LOOKS_LIKE = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+\u2013 ]?\d{4}(?!\d)")


def parse_personnummer(text: str, today: date | None = None) -> str:
    """Validate a personnummer or samordningsnummer and return it as 'YYYYMMDD-NNNN'.

    `today` decides the century of a 10-digit number (a '+' separator means the
    person is 100 or older); it defaults to the real date.
    """
    today = today or date.today()
    digits, sep, tail = _split(text)
    # With the century written out a '+' adds nothing, so it is simply ignored.
    year = int(digits[:4]) if len(digits) == 8 else _infer_year(digits, sep, today)
    month, day = int(digits[-4:-2]), int(digits[-2:])
    born = _birth_date_or_raise(year, month, day)
    if born > today:
        raise ValidationError(
            f"Födelsedatumet {born.isoformat()} har inte inträffat ännu", field=FIELD
        )
    ten = digits[-6:] + tail
    if luhn_check_digit(ten[:9]) != int(ten[9]):
        raise ValidationError(_CHECK_DIGIT_MESSAGE, field=FIELD)
    return f"{year:04d}{digits[-4:]}-{tail}"


def is_valid_personnummer(text: str, today: date | None = None) -> bool:
    try:
        parse_personnummer(text, today)
    except ValidationError:
        return False
    return True


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit over YYMMDDNNN, as Skatteverket computes it."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def is_samordningsnummer(pnr: str) -> bool:
    """True when the day of month is raised by 60 (a coordination number)."""
    return int(_normalised(pnr)[6:8]) > SAMORDNING_DAY_OFFSET


def birth_date(pnr: str) -> date:
    """The birth date of a normalised number, with a samordningsnummer's day restored."""
    value = _normalised(pnr)
    day = int(value[6:8])
    if day > SAMORDNING_DAY_OFFSET:
        day -= SAMORDNING_DAY_OFFSET
    return date(int(value[:4]), int(value[4:6]), day)


def mask(pnr: str) -> str:
    """Hide all but the birth year: '20121212-1212' becomes '2012xxxx-xxxx'.

    Anything else that looks like a number keeps its shape (and its year digits,
    two or four) with every other digit replaced, so no digit of the date or
    the serial number ever leaks.
    """
    value = pnr.strip()
    if _NORMALISED.match(value):
        return value[:4] + "xxxx-xxxx"
    digit_count = sum(ch.isdigit() for ch in value)
    keep = 4 if digit_count >= 12 else 2
    out: list[str] = []
    for ch in value:
        if ch.isdigit():
            out.append(ch if keep > 0 else "x")
            keep -= 1
        else:
            out.append(ch)
    return "".join(out)


def find_personnummer(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of everything in `text` that looks like a personnummer."""
    return [match.span() for match in _LOOKS_LIKE.finditer(text)]


def mask_in_text(text: str) -> str:
    """`text` with every personnummer-like number masked, for the projector."""
    return _LOOKS_LIKE.sub(lambda match: mask(match.group()), text)


def _split(text: str) -> tuple[str, str, str]:
    # People also write the separator as a space ("121212 1212"); treat it as '-'.
    value = re.sub(r"\s+", " ", text.strip().translate(_DASHES))
    match = _SHAPE.match(value)
    if match is None:
        raise ValidationError(_shape_message(value), field=FIELD)
    return match["digits"], match["sep"], match["tail"]


def _shape_message(value: str) -> str:
    if not value:
        return _LENGTH_MESSAGE
    stray = sorted({ch for ch in value if not ch.isdigit() and ch not in "-+ "})
    if stray:
        shown = " ".join(f"”{ch}”" for ch in stray)
        return f"{_LENGTH_MESSAGE}. Det innehåller tecken som inte hör hemma där: {shown}"
    count = sum(ch.isdigit() for ch in value)
    if count in (10, 12):
        return f"{_LENGTH_MESSAGE}. Bindestrecket står på fel ställe"
    return f"{_LENGTH_MESSAGE}. Det du skrev har {count} siffror"


def _infer_year(six: str, sep: str, today: date) -> int:
    """Century for YYMMDD: the latest year not in the future, 100 earlier for '+'."""
    yy, month, day = int(six[:2]), int(six[2:4]), int(six[4:6])
    if day > SAMORDNING_DAY_OFFSET:
        day -= SAMORDNING_DAY_OFFSET
    year = today.year - (today.year - yy) % 100
    # Compare as tuples: the date may be impossible, which is reported later.
    if (month, day) > (today.month, today.day) and year == today.year:
        year -= 100
    if sep == "+":
        year -= 100
    return year


def _birth_date_or_raise(year: int, month: int, day: int) -> date:
    real_day = day - SAMORDNING_DAY_OFFSET if day > SAMORDNING_DAY_OFFSET else day
    try:
        return date(year, month, real_day)
    except ValueError:
        raise ValidationError(
            f"Datumet {year:04d}-{month:02d}-{day:02d} finns inte", field=FIELD
        ) from None


def _normalised(pnr: str) -> str:
    value = pnr.strip()
    if not _NORMALISED.match(value):
        raise ValidationError(
            "Personnumret ska vara sparat som ÅÅÅÅMMDD-NNNN; läs in det med parse_personnummer",
            field=FIELD,
        )
    return value
