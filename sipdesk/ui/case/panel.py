"""What the case record's working panels share: reads and writes through ops, a status line.

Plan versions and deviations each fill from one read of the case
(`ws.views.case`), read again when a write anywhere changed the parts of
their case they show, write through the services on the store worker,
export PDF files there too, and say what happened in one line under their
table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.views import CaseView
from sipdesk.export.cancelling import CANCELLED
from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import translate
from sipdesk.ui.operations import Failure, Operations

ChoosePath = Callable[[str, str], Path | None]
Job = Callable[[Any], Any]  # a function of the workspace, run on the store worker

# In Swedish; shown through translate().
LOADING = QT_TRANSLATE_NOOP("CasePanel", "Läser in…")
EXPORTING = QT_TRANSLATE_NOOP("CasePanel", "Skapar PDF …")
# Changes arriving together (a write, then its undo step) are read back once.
COALESCE_MS = 20


def ask_pdf_path(parent: QWidget | None, title: str, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, "PDF (*.pdf)")
    return Path(name) if name else None


class CasePanel(QWidget):
    """Base of a panel working on one case.

    Subclasses say which parts of the case they show (`PARTS`, and
    `DIRECTORY` if organisation names appear) and fill themselves in
    `show(view)`. `choose_path` lets tests skip the file dialog.
    """

    PARTS: tuple[Part, ...] = ()
    DIRECTORY = True

    exported = Signal(object)  # what an export wrote (a Path or a PlanExport)

    def __init__(self, ops: Operations, case_id: int, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None, own_reads: bool = True):
        super().__init__(parent)
        # Inside the case record the record reads the case once for every tab and
        # hands the view over (show_view); on its own the panel reads for itself.
        self.own_reads = own_reads
        self._ops = ops
        self.case_id = case_id
        self.view: CaseView | None = None
        self._choose_path = choose_path or (lambda t, s: ask_pdf_path(self, t, s))
        self._reads = 0  # the number of the latest read asked for; older answers are dropped
        self.status = QLabel(translate("CasePanel", LOADING))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(theme.MUTED_TEXT)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reread = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._reread.timeout.connect(self.refresh)
        # Shown while a cancellable export renders (a subclass puts it in its layout).
        self.cancel_export = QPushButton(translate("CasePanel", "Avbryt exporten"), self)
        self.cancel_export.setObjectName("CancelExport")
        self.cancel_export.hide()
        self._cancel: threading.Event | None = None
        self.cancel_export.clicked.connect(self._cancel_export)
        if own_reads:
            ops.changed.connect(self._changed)

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the case again on the worker; `show` gets the answer."""
        if not self.own_reads:
            return  # the record around it reads and hands the view over
        self._reads += 1
        number, case_id = self._reads, self.case_id

        def done(view: CaseView) -> None:
            if number == self._reads:
                self.take_view(view)

        self._ops.read(self, lambda ws: ws.views.case(case_id), done, self._read_failed)

    def take_view(self, view: CaseView) -> None:
        """A read of the case arrived (its own, or the record's): show it."""
        first = self.view is None
        self.view = view
        if first and self.status.text() == translate("CasePanel", LOADING):
            self._say("")
        self.show_view(view)

    def show_view(self, view: CaseView) -> None:
        """Fill the panel from a read of its case."""
        raise NotImplementedError

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.case_id, *self.PARTS) or (self.DIRECTORY and changes.directory):
            self._reread.start()

    def _read_failed(self, failure: Failure) -> None:
        self._fail(translate("CasePanel", "Ärendet kunde inte läsas in. {reason}").format(
            reason=failure.message))

    # --- writing --------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _write(self, job: Job, done_text: str,
               after: Callable[[Any], None] | None = None) -> None:
        """A write on the worker; then say so. The panel reads again when ops.changed says so."""

        def done(result: Any) -> None:
            if after is not None:
                after(result)
            self._say(done_text)

        self._ops.write(self, job, done, self._failed)

    def _export(self, title: str, suggestion: str, job: Callable[[Any, Path], Any],
                cancel: threading.Event | None = None) -> None:
        """Ask where to save, then render the PDF on the worker (it reads, never writes).

        With `cancel` (which the job asks), "Avbryt exporten" is shown while it
        renders; the job then ends in ExportCancelled, and no file is left.
        """
        path = self._choose_path(title, suggestion)
        if path is None:
            return
        self._say(translate("CasePanel", EXPORTING))
        self._set_busy(True)
        self._cancel = cancel
        self.cancel_export.setEnabled(True)
        self.cancel_export.setVisible(cancel is not None)

        def ended() -> None:
            self._set_busy(False)
            self._cancel = None
            self.cancel_export.hide()

        def done(result: Any) -> None:
            ended()
            path = getattr(result, "path", result)
            text = translate("CasePanel", "Sparad: {path}").format(path=path)
            if getattr(result, "short_fingerprint", ""):
                text += " " + translate(
                    "CasePanel", "(plan version {version} · {fingerprint})").format(
                    version=result.version, fingerprint=result.short_fingerprint)
            self._say(text)
            self.exported.emit(result)

        def failed(failure: Failure) -> None:
            ended()
            if failure.message == CANCELLED:
                self._say(translate("CasePanel", "Exporten avbröts."))
            else:
                self._fail(translate("CasePanel", "PDF:en sparades inte. {reason}").format(
                    reason=failure.message))

        self._ops.read(self, lambda ws: job(ws, path), done, failed)

    def _cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.set()  # the worker sees it before the next part of the document
            self.cancel_export.setEnabled(False)
            self._say(translate("CasePanel", "Avbryter exporten …"))

    def _set_busy(self, busy: bool) -> None:
        """Exports disable their buttons while the worker renders (subclasses say which)."""

    # --- saying ---------------------------------------------------------------------

    def _failed(self, failure: Failure) -> None:
        self._fail(failure.message)

    def _fail(self, message: str) -> None:
        self.status.setStyleSheet(theme.ERROR_TEXT)
        self.status.setText(message)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
