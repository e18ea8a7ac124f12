"""The window's language: Swedish (the default) or English.

Swedish: the Swedish locale, and Qt's own words in Swedish: standard buttons
("Avbryt"), the file dialog ("Leta i"), a text field's context menu ("Klistra
in"), the calendar's month and day names. PySide6 ships Qt's Swedish
translation (qtbase_sv.qm) in its translations folder; the packaged program
keeps it (packaging/sipdesk.spec, checked by bundle_probe.py). The program's
own texts are written in Swedish and are their own source strings (ui/i18n.py),
so Swedish needs no translation file of ours.

English: the English locale, Qt's qtbase_en (if present), and the program's
English translation, resources/i18n/sipdesk_en.qm (made with Qt Linguist's
tools by packaging/update_translations.sh).

The choice is stored in QSettings (key SETTING, set in the settings dialog,
taking effect at the next start); `sipdesk --lang sv|en` overrides it.
Documents stay Swedish in either language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SWEDISH_CODE, ENGLISH_CODE = "sv", "en"
DEFAULT = SWEDISH_CODE
# Code -> the language's name in itself, as the settings dialog offers them.
LANGUAGES: dict[str, str] = {SWEDISH_CODE: "Svenska", ENGLISH_CODE: "English"}
SETTING = "language"  # the QSettings key

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
# English words with Swedish habits where CLDR has them (ISO dates, Monday first).
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.Sweden)
LOCALES = {SWEDISH_CODE: SWEDISH, ENGLISH_CODE: ENGLISH}

PROGRAM_CATALOGUE = "sipdesk"  # resources/i18n/sipdesk_<code>.qm
_INSTALLED = "sipdeskLanguage"  # a property of the application: the language installed
_TRANSLATOR = "sipdeskTranslator"  # objectName of the translators installed here


def translations_folder() -> str:
    """Qt's own translations (qtbase_*.qm)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def valid(code: object) -> str | None:
    """`code` if it names a language the program speaks, else None."""
    return code if isinstance(code, str) and code in LANGUAGES else None


def saved_language() -> str:
    """The language chosen in the settings dialog (Swedish if none or an unknown one)."""
    from sipdesk.ui import memory  # QtWidgets only when asked

    return valid(memory.value(SETTING)) or DEFAULT


def save_language(code: str) -> None:
    """Remember `code` for the next start."""
    from sipdesk.ui import memory

    if valid(code) is None:
        raise ValueError(f"unknown language {code!r}")
    memory.set_value(SETTING, code)


def chosen_language(override: str | None = None) -> str:
    """The command line's --lang if given, else the saved choice, else Swedish."""
    return valid(override) or saved_language()


def installed_language(app: QCoreApplication) -> str | None:
    return valid(app.property(_INSTALLED))


def install_language(app: QCoreApplication, code: str, program_folder: Path) -> bool:
    """`code`'s locale as the default, and its translations in `app`.

    Call it before the first widget is made: a widget takes the default locale
    and its texts when it is created. Installing another language first removes
    the translators installed here before. `program_folder` holds sipdesk_<code>.qm
    (resources/i18n). False (and a warning in the log) if a translation needed
    is missing; the program still works, with the words it has.
    """
    if valid(code) is None:
        raise ValueError(f"unknown language {code!r}")
    locale = LOCALES[code]
    QLocale.setDefault(locale)
    if installed_language(app) == code:
        return True
    for old in app.findChildren(QTranslator, _TRANSLATOR):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    app.setProperty(_INSTALLED, None)
    ok = True
    qt = QTranslator(app)  # the application keeps it as long as it lives
    qt.setObjectName(_TRANSLATOR)
    if qt.load(locale, "qtbase", "_", translations_folder()):
        app.installTranslator(qt)
    elif code == SWEDISH_CODE:
        # English needs none: Qt's own words are English without a translation.
        log.warning("Qt's Swedish translation (qtbase_sv.qm) was not found in %s",
                    translations_folder())
        ok = False
    if code != SWEDISH_CODE:  # Swedish is the program's source language
        own = QTranslator(app)
        own.setObjectName(_TRANSLATOR)
        if own.load(f"{PROGRAM_CATALOGUE}_{code}", str(program_folder)):
            app.installTranslator(own)
        else:
            log.warning("The program's translation %s_%s.qm was not found in %s",
                        PROGRAM_CATALOGUE, code, program_folder)
            ok = False
    if ok:
        app.setProperty(_INSTALLED, code)
    return ok


def install_swedish(app: QCoreApplication) -> bool:
    """Swedish as the default locale, and Qt's Swedish translation in `app` (once)."""
    return install_language(app, SWEDISH_CODE, Path())
