"""Two coordinators in one plan section: the second sees both texts and chooses.

SectionVersions keeps, per section, the version of the stored text the field
is based on, and makes the autosave's write carry it (services/plans.py
refuses a write on an older version with EditConflict). A conflict pauses
that section's autosave and opens ConflictDialog: both texts side by side,
and "keep mine" (written again on the version now stored), "take theirs", or
"copy mine and take theirs". The protocol editor only wires these up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.protocol import Protocol
from sipdesk.ui.clipboard import copy_personal
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.operations import EditConflict

KEEP_MINE = "keep_mine"
TAKE_THEIRS = "take_theirs"
COPY_MINE = "copy_mine"

# The services' sentences (services/conflicts.py), for failure_text() to translate.
CONFLICT_MESSAGES = (
    QT_TRANSLATE_NOOP("Failure", "En kollega har ändrat samma avsnitt medan du skrev. Din text "
                                 "finns kvar: välj vilken text som ska gälla."),
    QT_TRANSLATE_NOOP("Failure", "En kollega ändrade ärendet samtidigt, så din ändring sparades "
                                 "inte. Ärendet läses in igen; gör ändringen på nytt."),
)


class ConflictDialog(QDialog):
    """Both texts of one section side by side; `chosen(str)` says which way it went."""

    chosen = Signal(str)  # KEEP_MINE, TAKE_THEIRS or COPY_MINE

    def __init__(self, title: str, mine: str, theirs: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Två versioner av samma text"))
        self.mine, self.theirs = mine, theirs
        intro = QLabel(self.tr("En kollega har sparat en annan text i ”{section}” medan du skrev. "
                           "Ingen text är borttagen. Välj vilken som ska gälla.")
                       .format(section=title))
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.mine_view = self._text(mine, self.tr("Din text"))
        self.theirs_view = self._text(theirs, self.tr("Kollegans sparade text"))
        grid.addWidget(QLabel(self.tr("Din text")), 0, 0)
        grid.addWidget(QLabel(self.tr("Kollegans sparade text")), 0, 1)
        grid.addWidget(self.mine_view, 1, 0)
        grid.addWidget(self.theirs_view, 1, 1)
        buttons = QDialogButtonBox()
        self.keep_button = self._button(buttons, self.tr("Behåll min text"), KEEP_MINE,
                                        self.tr("Din text sparas över kollegans"))
        self.take_button = self._button(buttons, self.tr("Ta kollegans text"), TAKE_THEIRS,
                                        self.tr("Din text försvinner"))
        self.copy_button = self._button(
            buttons, self.tr("Kopiera min text och ta kollegans"), COPY_MINE,
            self.tr("Din text läggs i urklipp en kort stund, så att du kan klistra in delar "
                    "av den"))
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    @staticmethod
    def _text(text: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(name)
        view.setTabChangesFocus(True)
        return view

    def _button(self, box: QDialogButtonBox, text: str, choice: str,
                tip: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        if choice == COPY_MINE:
            copy_personal(self.mine)
        self.chosen.emit(choice)
        self.accept()

    def reject(self) -> None:
        """Escape or closing: nothing is decided, so nothing is lost; "keep mine" is asked
        for again (the coordinator's own text stays the one shown)."""
        self._choose(KEEP_MINE)


class SectionVersions(QObject):
    """The versions the section fields are based on, and the conflicts of their writes.

    `current(key)` is what the field shows; `drop(key)` forgets that section's
    pending autosave; `resolve(key, text, write)` shows `text` in the field and,
    if `write`, stores it. Writes run on the store worker, which is why the
    versions are kept under a lock.
    """

    _conflicted = Signal(object)  # EditConflict, emitted on the worker

    def __init__(self, parent: QWidget, *, current: Callable[[str], str],
                 drop: Callable[[str], None], resolve: Callable[[str, str, bool], None],
                 title: Callable[[str], str]):
        super().__init__(parent)
        self._parent = parent
        self._current, self._drop, self._resolve, self._title = current, drop, resolve, title
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}
        self._paused: set[str] = set()
        self.dialog: ConflictDialog | None = None
        self._conflicted.connect(self._show, Qt.ConnectionType.AutoConnection)

    def know(self, protocol: Protocol) -> None:
        """Take the versions read with `protocol` for fields that show its text."""
        with self._lock:
            for section in protocol.sections:
                if section.key in self._paused or self._current(section.key) != section.text:
                    continue  # based on an older text: its write must find out
                known = self._versions.get(section.key, 0)
                self._versions[section.key] = max(known, section.version)

    def paused(self, key: str) -> bool:
        return key in self._paused

    def write(self, plan_id: int, key: str, text: str) -> Callable[[Any], int]:
        """The autosave's write of `text`, on the version known when it runs."""
        def store(ws: Any) -> int:
            with self._lock:
                version = self._versions.get(key)
            try:
                stored: int = ws.protocol.set_section(plan_id, key, text, version)
            except EditConflict as conflict:
                self._conflicted.emit(conflict)
                raise
            with self._lock:
                self._versions[key] = max(self._versions.get(key, 0), stored)
            return stored
        return store

    def _show(self, conflict: EditConflict) -> None:
        key = conflict.key
        if key in self._paused:
            return
        self._paused.add(key)
        self._drop(key)
        # What was typed after the refused write is mine too: the field still shows it.
        mine = self._current(key)
        dialog = self.dialog = ConflictDialog(self._title(key), mine, conflict.theirs,
                                              self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(lambda choice: self._chosen(conflict, mine, choice))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _chosen(self, conflict: EditConflict, mine: str, choice: str) -> None:
        key = conflict.key
        with self._lock:
            self._versions[key] = conflict.version
        self._paused.discard(key)
        self.dialog = None
        if choice == KEEP_MINE:
            self._resolve(key, mine, True)
        else:
            self._resolve(key, conflict.theirs, False)
