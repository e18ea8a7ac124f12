"""The error sentences of services/failures.py in the window's language.

services/failures.py stays Qt-free and Swedish (the command line and the log
use it too): describe() turns any exception into a Failure whose message is
one of its own sentences below, or a rule's or the store's Swedish message.
The window shows a failure through `failure_text`, which translates
failures.py's own sentences (and any other Swedish text marked in the
"Failure" context), the store's own messages (ui/i18n_store.py), a rule's
refusal (ui/i18n_refusals.py), and leaves a
message it does not know as it is.
tests/ui/test_english_rest.py checks that FAILURE_MESSAGES holds every
sentence failures.py can produce. None of them holds a child's name or a
personnummer: describe() never quotes an exception's own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the command line uses this module too, without the window's seam
    from sipdesk.ui.operations import Failure

FAILURE_CONTEXT = "Failure"

FAILURE_MESSAGES = (
    QT_TRANSLATE_NOOP("Failure", "Det gick inte att spara: disken är full. Frigör utrymme och "
                                 "försök igen; det som redan var sparat finns kvar."),
    QT_TRANSLATE_NOOP("Failure", "Det gick inte att spara: arkivet går inte att skriva till "
                                 "(skrivskyddat eller utan behörighet). Det som redan var "
                                 "sparat finns kvar."),
    QT_TRANSLATE_NOOP("Failure", "Arkivet är skadat: en del av arkivfilen går inte att läsa. "
                                 "Det är inte fel lösenfras. Kör ”sipdesk check” för att se "
                                 "var, och lägg tillbaka den senaste säkerhetskopian (Arkiv → "
                                 "Säkerhetskopior…, eller ”sipdesk restore”)."),
    QT_TRANSLATE_NOOP("Failure", "Filen kunde inte sparas där. Välj en annan mapp och försök "
                                 "igen."),
    QT_TRANSLATE_NOOP("Failure", "Mappen eller filen finns inte."),
    QT_TRANSLATE_NOOP("Failure", "Något gick fel, och ändringen sparades inte. Försök igen; om "
                                 "det händer igen, starta om programmet."),
    QT_TRANSLATE_NOOP("Failure", "Det gick inte att skriva filen: du saknar behörighet i den "
                                 "mappen."),
)


def message_text(message: str) -> str:
    """One of failures.py's Swedish sentences in the window's language; another as it is."""
    return translate(FAILURE_CONTEXT, message)


def failure_text(failure: Failure | str) -> str:
    """What the window says for `failure` (a Failure, or its message), in its language.

    main_window.show_failure and the dialogs show failure_text(failure) rather
    than failure.message.
    """
    message = failure if isinstance(failure, str) else failure.message
    translated = message_text(message)
    if translated != message:
        return translated
    from sipdesk.ui.i18n_store import store_text

    stored = store_text(message)
    if stored is not None:
        return stored
    from sipdesk.ui.i18n_refusals import refusal_text

    return refusal_text(message)
