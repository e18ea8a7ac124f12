"""Språk / Language: the settings dialog's choice of the window's language.

Written in both languages, so that someone who reads only one of them finds
it. The choice is stored in QSettings (ui/language.py) when the dialog is
saved and takes effect at the next start; `sipdesk --lang` overrides it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from sipdesk.ui import theme
from sipdesk.ui.language import LANGUAGES, save_language, saved_language

NEXT_START = ("Gäller från nästa start; dokumenten är alltid på svenska. / "
              "Takes effect at the next start; documents are always in Swedish.")
LANGUAGE_DESCRIPTION = ("Språket i programmets fönster, från nästa start. / "
                        "The language of the program's windows, from the next start.")


class LanguageChoice(QGroupBox):
    """A combo box of the languages (objectName LanguageChoice) and when it takes effect."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Språk / Language", parent)
        self.setObjectName("LanguageGroup")
        self.combo = QComboBox(self)
        self.combo.setObjectName("LanguageChoice")
        self.combo.setAccessibleName("Språk / Language")
        self.combo.setAccessibleDescription(LANGUAGE_DESCRIPTION)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(saved_language()), 0))
        note = QLabel(NEXT_START, self)
        note.setObjectName("LanguageNote")
        note.setWordWrap(True)
        note.setStyleSheet(theme.MUTED_TEXT)
        layout = QHBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(note, 1)

    def chosen(self) -> str:
        return str(self.combo.currentData())

    def save(self) -> None:
        """Remember the choice for the next start (the dialog calls it when saved)."""
        save_language(self.chosen())
