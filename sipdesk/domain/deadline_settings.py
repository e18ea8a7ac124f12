"""The region's local agreements on lead times and deadlines, kept as settings.

Kallelser go out so many days before a meeting, answers are due so many days
after, the first meeting comes within so many days of consent: these numbers
differ between regions, so they are settings with a sensible default and a
checked range, not constants in the rules.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sipdesk.domain.errors import ValidationError

_SETTINGS_FIELD = "settings"

# name -> (Swedish label, lowest allowed, highest allowed)
_INT_LIMITS: dict[str, tuple[str, int, int]] = {
    "invitation_lead_days": ("Kallelser skickas senast (dagar före mötet)", 0, 180),
    "first_meeting_within_days": ("Första SIP-mötet senast (dagar efter samtycket)", 1, 365),
    "answer_within_days": ("Svar på kallelsen inom (dagar)", 1, 90),
    "follow_up_after_months": ("Uppföljning efter (månader)", 1, 36),
    "consent_warning_days": ("Varna när samtycket går ut inom (dagar)", 0, 365),
    "consent_within_days": ("Samtycke inhämtas inom (dagar efter att behovet upptäcktes)", 1, 365),
}
_OPTIONAL_INTS = frozenset({"first_meeting_within_days"})
_BOOL_LABELS = {"school_obliged": "Skolan är skyldig att delta (får kallelse, inte inbjudan)"}
_TRUE_WORDS = frozenset({"true", "ja", "1"})
_FALSE_WORDS = frozenset({"false", "nej", "0"})
_INTEGER_TEXT = re.compile(r"^\s*-?\d+\s*$")


@dataclass(frozen=True)
class DeadlineSettings:
    """The region's lead times; stored as settings through to_dict()/from_dict()."""

    invitation_lead_days: int = 21
    first_meeting_within_days: int | None = None
    answer_within_days: int = 14
    follow_up_after_months: int = 3
    consent_warning_days: int = 30
    school_obliged: bool = False
    # Last, so that positional construction from before it was added still works.
    consent_within_days: int = 14

    def __post_init__(self) -> None:
        for name, (label, low, high) in _INT_LIMITS.items():
            _check_int(getattr(self, name), label, low, high, optional=name in _OPTIONAL_INTS)
        for name, label in _BOOL_LABELS.items():
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(f"”{label}” ska vara ja eller nej.", field=_SETTINGS_FIELD)

    def to_dict(self) -> dict[str, int | bool | None]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> DeadlineSettings:
        """Settings from stored values; unknown keys are ignored, missing ones default.

        Integers may also come as text ("21"), as settings tables often store them.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("Inställningarna kunde inte läsas.", field=_SETTINGS_FIELD)
        # Any: stored values of unknown type, which __post_init__ checks one by one.
        values: dict[str, Any] = {}
        for name, (label, _low, _high) in _INT_LIMITS.items():
            if name in data:
                values[name] = _coerce_int(data[name], label, optional=name in _OPTIONAL_INTS)
        for name, label in _BOOL_LABELS.items():
            if name in data:
                values[name] = _coerce_bool(data[name], label)
        return cls(**values)


def _check_int(value: object, label: str, low: int, high: int, *, optional: bool) -> None:
    if value is None and optional:
        return
    # bool is an int in Python, but True days is never what anyone meant.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"”{label}” ska vara ett heltal.", field=_SETTINGS_FIELD)
    if not low <= value <= high:
        raise ValidationError(
            f"”{label}” ska vara mellan {low} och {high}, inte {value}.", field=_SETTINGS_FIELD
        )


def _coerce_int(value: object, label: str, *, optional: bool) -> object:
    if optional and (value is None or (isinstance(value, str) and not value.strip())):
        return None
    if isinstance(value, str):
        if not _INTEGER_TEXT.match(value):
            raise ValidationError(
                f"”{label}” ska vara ett heltal, inte ”{value}”.", field=_SETTINGS_FIELD
            )
        return int(value)
    return value  # checked, with its type, by DeadlineSettings itself


def _coerce_bool(value: object, label: str) -> object:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise ValidationError(
            f"”{label}” ska vara ja eller nej, inte ”{value}”.", field=_SETTINGS_FIELD
        )
    return value


def number_fields() -> list[tuple[str, str, int, int, bool]]:
    """The whole-number settings for a form: (name, Swedish label, lowest, highest, optional)."""
    return [(name, label, low, high, name in _OPTIONAL_INTS)
            for name, (label, low, high) in _INT_LIMITS.items()]


def yes_no_fields() -> list[tuple[str, str]]:
    """The yes-or-no settings for a form: (name, Swedish label)."""
    return list(_BOOL_LABELS.items())
