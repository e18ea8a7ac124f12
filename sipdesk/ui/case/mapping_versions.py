"""Two coordinators in one case's kartläggning: the second sees both texts and chooses.

The record's mapping fields autosave like any text, but each write carries the
version of the stored text the field is based on (MappingSection.version), so
services/cases.write_mapping refuses a write over a colleague's newer text with
EditConflict. That opens meeting mode's ConflictDialog: both texts side by side,
"keep mine" (written again on the version now stored) or "take theirs".

The versions are kept in a plain object under a lock: writes run on the store
worker, and an undo step may call its write after the record has closed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from sipdesk.domain.views import CaseMapping
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.meeting_mode.conflict_dialog import KEEP_MINE, ConflictDialog
from sipdesk.ui.operations import EditConflict


class _Known:
    """The plan the versions belong to, and each section's version, as last known."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.plan_id: int | None = None
        self.versions: dict[str, int] = {}


def binding_key(section: str) -> str:
    return f"section:{section}"


class MappingVersions(QObject):
    """The versions the mapping fields are based on, and the conflicts of their writes."""

    _conflicted = Signal(object)  # EditConflict, emitted on the worker

    def __init__(self, parent: QWidget, edits: Bindings,
                 fields: Callable[[], dict[str, QPlainTextEdit]],
                 title: Callable[[str], str]):
        super().__init__(parent)
        self._parent = parent
        self._edits = edits
        self._fields = fields
        self._title = title
        self._known = _Known()
        self._paused: set[str] = set()
        self.dialog: ConflictDialog | None = None
        self._conflicted.connect(self._show, Qt.ConnectionType.AutoConnection)

    def know(self, mapping: CaseMapping) -> None:
        """Take the versions read with `mapping` for the fields that show its text."""
        fields = self._fields()
        known = self._known
        with known.lock:
            if mapping.plan_id != known.plan_id:
                known.plan_id = mapping.plan_id  # a new plan version: its own versions
                known.versions.clear()
            for section in mapping.sections:
                field = fields.get(section.key)
                if section.key in self._paused or field is None \
                        or field.toPlainText() != section.text:
                    continue  # based on an older text: its write must find out
                before = known.versions.get(section.key, 0)
                known.versions[section.key] = max(before, section.version)

    def paused(self, key: str) -> bool:
        return key in self._paused

    def writer(self, case_id: int, key: str) -> Callable[[Any, str], str]:
        """The binding's `put` for section `key`: the text, on the version known when it runs."""
        known = self._known
        owner = self

        def put(ws: Any, text: str) -> str:
            with known.lock:
                version = known.versions.get(key)
            try:
                stored: int = ws.cases.write_mapping(case_id, key, text, version)
            except EditConflict as conflict:
                if shiboken6.isValid(owner):  # the record may be gone (an undo later)
                    owner._conflicted.emit(conflict)
                raise
            with known.lock:
                known.versions[key] = max(known.versions.get(key, 0), stored)
            return text
        return put

    def _show(self, conflict: EditConflict) -> None:
        key = conflict.key
        field = self._fields().get(key)
        if key in self._paused or field is None:
            return
        self._paused.add(key)
        mine = field.toPlainText()  # what was typed after the refused write is mine too
        dialog = self.dialog = ConflictDialog(self._title(key), mine, conflict.theirs,
                                              self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(lambda choice: self._chosen(conflict, choice))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _chosen(self, conflict: EditConflict, choice: str) -> None:
        key = conflict.key
        with self._known.lock:
            self._known.versions[key] = conflict.version
        self._paused.discard(key)
        self.dialog = None
        if choice == KEEP_MINE:
            self._edits.write_now(binding_key(key))
        else:
            self._edits.take(binding_key(key), conflict.theirs)
