"""Qt's own words in Swedish: standard buttons ("Avbryt"), the file dialog ("Leta i"),
a text field's context menu ("Klistra in"), the calendar's month and day names.

PySide6 ships Qt's Swedish translation (qtbase_sv.qm) in its translations folder;
the packaged program keeps it (packaging/sipdesk.spec, checked by bundle_probe.py).
The program's own texts are written in Swedish and need no translator.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
_INSTALLED = "sipdeskQtTranslation"  # a property of the application once installed


def translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_swedish(app: QCoreApplication) -> bool:
    """Swedish as the default locale, and Qt's Swedish translation in `app` (once).

    Call it before the first widget is made: a widget takes the default locale
    when it is created. False (and a warning in the log) if the translation is
    missing; the program still works, with Qt's English words.
    """
    QLocale.setDefault(SWEDISH)
    if app.property(_INSTALLED):
        return True
    translator = QTranslator(app)  # the application keeps it as long as it lives
    if not translator.load(SWEDISH, "qtbase", "_", translations_folder()):
        log.warning("Qt's Swedish translation (qtbase_sv.qm) was not found in %s",
                    translations_folder())
        return False
    app.installTranslator(translator)
    app.setProperty(_INSTALLED, True)
    return True
