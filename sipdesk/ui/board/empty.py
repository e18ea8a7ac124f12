"""The board's place when there are no cases yet (objectName EmptyBoard): what to do first.

A new store shows six empty columns and no hint otherwise. This panel says
what a coordinator does first (fill in the directory of organisations and
people, then create the first case) with a button for each. The board shows
it instead of its columns while it has no cards, and its columns again as soon
as a case exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sipdesk.ui import theme
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP

# In Swedish, marked for pyside6-lupdate; shown in the window's language.
HEADING = QT_TRANSLATE_NOOP("EmptyBoard", "Inga ärenden ännu.")
STEPS = (
    (QT_TRANSLATE_NOOP("EmptyBoard", "1. Fyll i katalogen"),
     QT_TRANSLATE_NOOP("EmptyBoard", "Lägg in de verksamheter du samarbetar med (skolor, socialtjänsten, BUP, habiliteringen …) och personerna där, med yrke, telefon och e-post. Har kommunen en lista i Excel eller CSV kan du importera den.")),  # noqa: E501 - one literal for lupdate
    (QT_TRANSLATE_NOOP("EmptyBoard", "2. Skapa det första ärendet"),
     QT_TRANSLATE_NOOP("EmptyBoard", "Ange vem som upptäckte behovet, barnets namn och frågan som samordningen gäller. Ärendet hamnar på tavlan i steget ”Behov” och följer sedan processen.")),  # noqa: E501 - one literal for lupdate
)


class EmptyBoard(QWidget):
    """"Inga ärenden ännu." with the first steps; "Nytt ärende…" and "Importera katalog…"."""

    newCaseRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EmptyBoard")
        self.setAccessibleName(QCoreApplication.translate("EmptyBoard", "Inga ärenden ännu"))
        card = QFrame(self)
        card.setObjectName("EmptyBoardCard")
        card.setMaximumWidth(640)
        card.setStyleSheet(
            f"#EmptyBoardCard {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; }"
        )
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        self.heading = QLabel(QCoreApplication.translate("EmptyBoard", HEADING))
        self.heading.setObjectName("EmptyBoardHeading")
        self.heading.setStyleSheet(
            f"color: {theme.STRONG}; {theme.font_size(16)} font-weight: 600;")
        inner.addWidget(self.heading)
        intro = QLabel(QCoreApplication.translate("EmptyBoard", "Så här kommer du i gång:"))
        intro.setStyleSheet(theme.MUTED_TEXT)
        inner.addWidget(intro)
        self.steps: list[QLabel] = []
        for title, text in STEPS:
            label = QLabel(f"<b>{QCoreApplication.translate('EmptyBoard', title)}</b><br>"
                           f"{QCoreApplication.translate('EmptyBoard', text)}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet(f"color: {theme.INK};")
            self.steps.append(label)
            inner.addWidget(label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.import_button = QPushButton(
            QCoreApplication.translate("EmptyBoard", "Importera katalog…"))
        self.import_button.setObjectName("EmptyBoardImport")
        self.import_button.setToolTip(QCoreApplication.translate(
            "EmptyBoard", "Läs in verksamheter och personer från en CSV- eller XLSX-fil"))
        self.import_button.clicked.connect(self.importRequested)
        self.new_case_button = QPushButton(QCoreApplication.translate("EmptyBoard", "Nytt ärende…"))
        self.new_case_button.setObjectName("EmptyBoardNewCase")
        self.new_case_button.setToolTip(
            QCoreApplication.translate("EmptyBoard", "Skapa ett ärende (Ctrl+N)"))
        self.new_case_button.setDefault(True)
        self.new_case_button.clicked.connect(self.newCaseRequested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.new_case_button)
        buttons.addStretch(1)
        inner.addSpacing(4)
        inner.addLayout(buttons)
        hint = QLabel(QCoreApplication.translate(
            "EmptyBoard", "Katalogen finns också under Arkiv → Organisationer…."))
        hint.setWordWrap(True)
        hint.setStyleSheet(theme.MUTED_TEXT)
        inner.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        describe(self, {
            self.import_button: QCoreApplication.translate(
                "EmptyBoard", "Läser in verksamheter och personer från en CSV- eller XLSX-fil "
                              "till katalogen"),
            self.new_case_button: QCoreApplication.translate(
                "EmptyBoard", "Öppnar formuläret för ett nytt ärende (Ctrl+N)"),
        })
