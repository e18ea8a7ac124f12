"""What a plan still lacks before it is signed, as a list with a way to each place.

ChecklistView shows the items of sipdesk.domain.signing.checklist: a mark, what
is checked, and for each missing item the reason and (in meeting mode) a
"Gå dit" button that asks for the editor's place to fix it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sipdesk.domain.signing import CheckItem
from sipdesk.ui import theme
from sipdesk.ui.i18n_meetings import check_text, translate

OK_MARK = "✓"
MISSING_MARK = "✗"


class ChecklistView(QWidget):
    """objectName SigningChecklist. `jumpRequested(CheckItem)` when "Gå dit" is clicked;
    `buttons` holds those buttons by item key (only with `jumps=True`)."""

    jumpRequested = Signal(object)  # CheckItem

    def __init__(self, parent: QWidget | None = None, *, jumps: bool = True):
        super().__init__(parent)
        self.setObjectName("SigningChecklist")
        self._jumps = jumps
        self.items: tuple[CheckItem, ...] = ()
        self.buttons: dict[str, QPushButton] = {}
        self.summary = QLabel(translate("ChecklistView", "Läser in…"))
        self.summary.setObjectName("ChecklistSummary")
        self.summary.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self._grid)

    def show_items(self, items: Sequence[CheckItem]) -> None:
        self.items = tuple(items)
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        for row, item in enumerate(self.items):
            mark = QLabel(OK_MARK if item.ok else MISSING_MARK)
            mark.setStyleSheet(f"color: {theme.OK_INK if item.ok else theme.ERROR};"
                               f" font-weight: 700; {theme.font_size(14, 'px')}")
            mark.setAccessibleName(translate("ChecklistView", "Klart") if item.ok
                                   else translate("ChecklistView", "Saknas"))
            # What is in place, quietly; what is missing, as the sentence saying what to do.
            text = QLabel(check_text(item.text if item.ok else item.problem))
            text.setObjectName(f"check:{item.key}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setStyleSheet(theme.MUTED_TEXT if item.ok
                               else f"color: {theme.INK}; font-weight: 600;")
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(text, row, 1)
            if not item.ok:
                if self._jumps:
                    button = QPushButton(translate("ChecklistView", "Gå dit"))
                    button.setObjectName(f"jump:{item.key}")
                    tip = translate("ChecklistView", "Stäng och rätta i mötesläget: {where}")
                    button.setToolTip(tip.format(where=check_text(item.where)))
                    button.clicked.connect(lambda _c=False, it=item: self.jumpRequested.emit(it))
                    self.buttons[item.key] = button
                    self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
                else:
                    where = QLabel(check_text(item.where))
                    where.setStyleSheet(theme.MUTED_TEXT)
                    self._grid.addWidget(where, row, 2, Qt.AlignmentFlag.AlignTop)
        missing = sum(1 for item in self.items if not item.ok)
        if not missing:
            self.summary.setText(translate(
                "ChecklistView", "Allt som behövs finns med. Planen kan skrivas under."))
            self.summary.setStyleSheet(theme.banner("ok"))
        else:
            self.summary.setText(
                translate(
                    "ChecklistView", "1 sak saknas innan planen kan skrivas under.")
                if missing == 1 else translate(
                    "ChecklistView", "{n} saker saknas innan planen kan skrivas under.").format(
                    n=missing))
            self.summary.setStyleSheet(theme.banner("warning"))

    @property
    def missing_keys(self) -> list[str]:
        return [item.key for item in self.items if not item.ok]
