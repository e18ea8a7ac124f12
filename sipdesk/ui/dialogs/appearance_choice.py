"""Utseende: the settings dialog's choice of high contrast and text size.

Both are kept in QSettings (ui/theme.py) when the dialog is saved. The text
size changes at once for the whole application; high contrast changes the
colours Qt draws at once and every surface's own colours from the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_rest import translate

NOTE = QT_TRANSLATE_NOOP("AppearanceChoice", "Hög kontrast gäller helt från nästa start.")


class AppearanceChoice(QGroupBox):
    """A check box for high contrast (AppearanceHighContrast) and the text size
    (AppearanceFontScale, 100–200 %)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("AppearanceChoice", "Utseende"), parent)
        note_text = translate("AppearanceChoice", NOTE)
        self.setObjectName("AppearanceGroup")
        self.high_contrast = QCheckBox(
            translate("AppearanceChoice", "&Hög kontrast (vitt och gult på svart)"), self)
        self.high_contrast.setObjectName("AppearanceHighContrast")
        self.high_contrast.setAccessibleDescription(translate(
            "AppearanceChoice", "Vit och gul text på svart bakgrund, för den som ser dåligt.")
            + " " + note_text)
        self.high_contrast.setChecked(theme.high_contrast_chosen())
        self.scale = QComboBox(self)
        self.scale.setObjectName("AppearanceFontScale")
        self.scale.setAccessibleName(translate("AppearanceChoice", "Textstorlek"))
        self.scale.setAccessibleDescription(translate(
            "AppearanceChoice", "Textens storlek i hela programmet, 100–200 procent"))
        for percent in theme.FONT_SCALES:
            self.scale.addItem(f"{percent} %", percent)
        self.scale.setCurrentIndex(max(self.scale.findData(theme.font_scale_chosen()), 0))
        size_label = QLabel(translate("AppearanceChoice", "&Textstorlek"), self)
        size_label.setBuddy(self.scale)
        note = QLabel(note_text, self)
        note.setObjectName("AppearanceNote")
        note.setWordWrap(True)
        note.setStyleSheet(theme.MUTED_TEXT)
        layout = QHBoxLayout(self)
        layout.addWidget(self.high_contrast)
        layout.addWidget(size_label)
        layout.addWidget(self.scale)
        layout.addWidget(note, 1)

    def chosen(self) -> tuple[bool, int]:
        return self.high_contrast.isChecked(), int(self.scale.currentData())

    def save(self) -> None:
        """Remember the choice and apply it (the dialog calls it when saved)."""
        high_contrast, scale = self.chosen()
        theme.save_appearance(high_contrast, scale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_appearance(app, high_contrast=high_contrast, scale=scale)
