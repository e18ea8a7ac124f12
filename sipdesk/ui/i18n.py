"""The program's own words through Qt's translation mechanism, at the window's edge.

Every text is written in Swedish in the code and is itself the source string:
`QCoreApplication.translate(context, "Svensk text")`. Swedish therefore needs
no translation file; English comes from resources/i18n/sipdesk_en.qm, made
with Qt Linguist's tools from sipdesk_en.ts (packaging/update_translations.sh
runs pyside6-lupdate over sipdesk/ui and then pyside6-lrelease).

`pyside6-lupdate` finds only literal strings in translate()/tr() and
QT_TRANSLATE_NOOP() calls. Texts kept in tables (the actions, the menus, the
stages) are marked with QT_TRANSLATE_NOOP where they are written and looked
up with translate() when shown.

A count is shown with `self.tr("%n …", "", n)` inside a QObject class (the
context is the class's name): pyside6-lupdate records plural forms only for
tr() calls, not for QCoreApplication.translate(context, text, None, n), and
lrelease then finds no English form for n > 1. Elsewhere the count goes in with
str.format and the singular is chosen in code. lupdate also misses a literal
in a call whose arguments hold parentheses (`translate(..., None, len(x))`).

The domain stays free of Qt: its stage labels (domain/enums.py), flags
(domain/flags.py) and due kinds (domain/deadlines.py) are Swedish and are
translated here, with the fixed contexts STAGE_CONTEXT, FLAG_CONTEXT and
DUE_CONTEXT. Documents (sipdesk/export, the services) stay Swedish whatever the
window's language: they go to Swedish families and authorities.

The command line shows some of the same sentences (the Today list's in `sipdesk
cases`, the rules' refusals) and makes no QCoreApplication: while a command
runs, cli/cli_words.py hands its own QTranslator to `speak_with`, and the words
here are looked up in it (and dates written with the English locale).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from sipdesk.domain import words
from sipdesk.domain.due_kind import DueKind
from sipdesk.domain.enums import Stage
from sipdesk.domain.flag import Flag

STAGE_CONTEXT = "Stage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for pyside6-lupdate in `context` and returns it unchanged.

    Qt's own QT_TRANSLATE_NOOP does the same but is typed as returning object.
    """
    return text


# The command line's translator while a command speaks a language other than Swedish.
_command_line: dict[str, QTranslator | None] = {"translator": None}


def speak_with(translator: QTranslator | None) -> None:
    """The command line's words from `translator` from now on (None: back to Qt's own)."""
    _command_line["translator"] = translator


def translate(context: str, text: str) -> str:
    """`text` (Swedish, the source string) in the window's language.

    pyside6-lupdate reads a call of this name with two literal arguments as it
    reads QCoreApplication.translate's.
    """
    translator = _command_line["translator"]
    if translator is not None:
        return translator.translate(context, text) or text
    return QCoreApplication.translate(context, text)


def is_swedish() -> bool:
    if _command_line["translator"] is not None:
        return False
    if QCoreApplication.instance() is None:  # the command line, in Swedish
        return True
    return QLocale().language() == QLocale.Language.Swedish


def _locale() -> QLocale:
    if _command_line["translator"] is not None:
        return QLocale(QLocale.Language.English, QLocale.Country.Sweden)
    return QLocale()


def long_date(day: date | None) -> str:
    """'21 december 2026' in Swedish (domain/words.py's), '21 December 2026' in English;
    '' without a date."""
    if day is None:
        return ""
    if is_swedish():
        return words.long_date(day)
    return _locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: date) -> str:
    """'3 dec' in Swedish (domain/words.py's), '3 Dec' in English."""
    if is_swedish():
        return words.short_date(day)
    return _locale().toString(QDate(day.year, day.month, day.day), "d MMM")


def clock(t: time) -> str:
    """'13.00' in Swedish (Språkrådet's full stop), the locale's '13:00' in English."""
    if is_swedish():
        return words.clock(t)
    return _locale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)

# The stages' labels as domain/enums.py writes them, marked for pyside6-lupdate;
# tests/ui/test_english.py checks that this list and the domain agree.
STAGE_WORDS = (
    QT_TRANSLATE_NOOP("Stage", "Behov av samordning upptäcks"),
    QT_TRANSLATE_NOOP("Stage", "Samtycke och planering"),
    QT_TRANSLATE_NOOP("Stage", "Aktörer kallas"),
    QT_TRANSLATE_NOOP("Stage", "Möte där SIP upprättas"),
    QT_TRANSLATE_NOOP("Stage", "Uppföljning"),
    QT_TRANSLATE_NOOP("Stage", "Avslut eller fortsatt SIP"),
    QT_TRANSLATE_NOOP("Stage", "Behov"),
    QT_TRANSLATE_NOOP("Stage", "Samtycke"),
    QT_TRANSLATE_NOOP("Stage", "Kallelse"),
    QT_TRANSLATE_NOOP("Stage", "Möte"),
    QT_TRANSLATE_NOOP("Stage", "Avslut"),
)


def stage_label(stage: Stage) -> str:
    """The stage's full name in the window's language ("Samtycke och planering")."""
    return translate(STAGE_CONTEXT, stage.label)


def stage_short_label(stage: Stage) -> str:
    """The stage's short name in the window's language, for the board's column ("Samtycke")."""
    return translate(STAGE_CONTEXT, stage.short_label)


# The flags' badges and labels (domain/flags.py) and the due kinds' short names
# (domain/deadlines.py), marked here for pyside6-lupdate like the stages; the
# domain stays Swedish and tests/ui/test_english.py checks that these agree with it.
FLAG_CONTEXT = "Flag"
DUE_CONTEXT = "DueKind"

FLAG_WORDS = (
    QT_TRANSLATE_NOOP("Flag", "Ett datum i ärendet ligger utanför det rimliga, så förfallodagarna kan inte beräknas"),  # noqa: E501 - one literal for lupdate
    QT_TRANSLATE_NOOP("Flag", "Kan ej beräknas"),
    QT_TRANSLATE_NOOP("Flag", "Samtycke saknas"),
    QT_TRANSLATE_NOOP("Flag", "Samtycket är återkallat eller har gått ut"),
    QT_TRANSLATE_NOOP("Flag", "Samtycke upphört"),
    QT_TRANSLATE_NOOP("Flag", "Inbjudna har inte svarat i tid"),
    QT_TRANSLATE_NOOP("Flag", "Svar saknas"),
    QT_TRANSLATE_NOOP("Flag", "En kallelse skickades för sent"),
    QT_TRANSLATE_NOOP("Flag", "Sen kallelse"),
    QT_TRANSLATE_NOOP("Flag", "Mötet saknar samordningsansvarig"),
    QT_TRANSLATE_NOOP("Flag", "Ingen ansvarig"),
    QT_TRANSLATE_NOOP("Flag", "Uppföljningen är försenad"),
    QT_TRANSLATE_NOOP("Flag", "Uppföljning sen"),
)

DUE_WORDS = (
    QT_TRANSLATE_NOOP("DueKind", "Skicka kallelser"),
    QT_TRANSLATE_NOOP("DueKind", "Sen kallelse"),
    QT_TRANSLATE_NOOP("DueKind", "Svar saknas"),
    QT_TRANSLATE_NOOP("DueKind", "Boka SIP-möte"),
    QT_TRANSLATE_NOOP("DueKind", "Boka uppföljning"),
    QT_TRANSLATE_NOOP("DueKind", "Uppföljning försenad"),
    QT_TRANSLATE_NOOP("DueKind", "Samtycket går ut"),
    QT_TRANSLATE_NOOP("DueKind", "Samtycke saknas"),
    QT_TRANSLATE_NOOP("DueKind", "Samordningsansvarig saknas"),
    QT_TRANSLATE_NOOP("DueKind", "Samtycke och planering"),
    QT_TRANSLATE_NOOP("DueKind", "Kalla deltagarna"),
    QT_TRANSLATE_NOOP("DueKind", "Planen är inte undertecknad"),
    QT_TRANSLATE_NOOP("DueKind", "Avslut eller fortsatt SIP"),
    QT_TRANSLATE_NOOP("DueKind", "Nästa steg"),
)


def flag_badge(flag: Flag) -> str:
    """The flag's badge on a card in the window's language ("Ingen ansvarig")."""
    return translate(FLAG_CONTEXT, flag.badge)


def flag_label(flag: Flag) -> str:
    """The flag's sentence-length label in the window's language, for tooltips."""
    return translate(FLAG_CONTEXT, flag.label)


def due_kind_label(kind: DueKind) -> str:
    """The short name of what is due in the window's language ("Boka SIP-möte")."""
    return translate(DUE_CONTEXT, kind.label)
