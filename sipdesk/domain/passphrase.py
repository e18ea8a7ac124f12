"""The rule for a new passphrase, shared by the store, the window and the command line.

A passphrase protects every child's plan on the laptop, and a typo made when
it is chosen would lock the coordinator out, so it is asked for twice and
must be long enough to resist guessing. Characters are counted after NFC
normalisation (as the key is derived), so "å" typed on a Mac counts once.
"""

from __future__ import annotations

import unicodedata

MIN_PASSPHRASE_LENGTH = 10

TOO_SHORT = (
    f"Lösenfrasen är för kort. Välj en lösenfras med minst {MIN_PASSPHRASE_LENGTH} tecken."
)
ONLY_SPACES = "Lösenfrasen får inte bara bestå av mellanslag. Välj en lösenfras med ord i."
NOT_THE_SAME = "Lösenfraserna var inte likadana. Skriv samma lösenfras två gånger."


def passphrase_problem(passphrase: str | None) -> str | None:
    """What is wrong with `passphrase` as a new passphrase, in Swedish; None if it will do."""
    text = unicodedata.normalize("NFC", passphrase or "")
    if text and not text.strip():
        return ONLY_SPACES
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return TOO_SHORT
    return None


def repeat_problem(first: str, second: str) -> str | None:
    """The rule, then whether the two typings agree."""
    return passphrase_problem(first) or (NOT_THE_SAME if first != second else None)
