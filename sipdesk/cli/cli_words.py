"""The command line's own sentences in the chosen language, with Qt's translation file.

The command line's help and messages are written in Swedish, as the window's
are, and marked the same way: `translate("CommandLine", "Svensk text")`, which
pyside6-lupdate reads (packaging/update_translations.sh scans sipdesk/cli
too), so their English lives in resources/i18n/sipdesk_en.ts beside the
window's. Here a QTranslator of its own looks them up: no QCoreApplication is
made (the window may be started after the parser is built, and must make its
own QApplication), and QtWidgets is never imported. argparse's own words are
swedish_argparse.py's.

The same translator is handed to ui/i18n.py (`speak_with`), so that what the
command line shows of the window's translated sentences (the Today list's in
`sipdesk cases`, a rule's refusal in `sipdesk stats`) follows the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

CONTEXT = "CommandLine"
_state: dict[str, QTranslator | None] = {"translator": None}


def use_language(code: str) -> None:
    """Speak `code` (sv or en) from now on; Swedish needs no translation file."""
    from PySide6.QtCore import QLocale

    from sipdesk.ui.i18n import speak_with
    from sipdesk.ui.language import LOCALES

    # Dates and numbers follow the command's language too, whatever locale a window
    # made earlier in this process left behind.
    QLocale.setDefault(LOCALES.get(code, LOCALES["sv"]))
    _state["translator"] = None
    if code != "sv":
        from sipdesk.services.resources import resources_dir

        translator = QTranslator()
        # Without the file the program still works, in the Swedish it is written in.
        if translator.load(f"sipdesk_{code}", str(resources_dir() / "i18n")):
            _state["translator"] = translator
    speak_with(_state["translator"])


def translate(context: str, text: str) -> str:
    """`text` (Swedish, the source string) in the chosen language; Swedish if it has none."""
    translator = _state["translator"]
    if translator is None:
        return text
    return translator.translate(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for pyside6-lupdate in `context`; translate() it when it is shown."""
    return text
