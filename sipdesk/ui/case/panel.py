"""What the case record's working panels share: store work on the worker, a status line.

Plan versions and deviations both write through the services on the worker
thread, export files to a path the coordinator picks, and say what happened
in one line under their table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from sipdesk.services.errors import DomainError

ERROR_STYLE = "color: #b3261e;"

ChoosePath = Callable[[str, str], Path | None]


def ask_pdf_path(title: str, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(None, title, suggestion, "PDF (*.pdf)")
    return Path(name) if name else None


class CasePanel(QWidget):
    """Base of a panel working on one case. `choose_path` lets tests skip the file dialog."""

    caseChanged = Signal(int)
    exported = Signal(object)  # what was written

    def __init__(self, ws, tasks, parent: QWidget | None = None, *,
                 choose_path: ChoosePath | None = None):
        super().__init__(parent)
        self._ws = ws
        self._tasks = tasks
        self._choose_path = choose_path or ask_pdf_path
        self.case_id: int | None = None
        self.status = QLabel("")
        self.status.setWordWrap(True)

    def refresh(self) -> None:
        raise NotImplementedError

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _write(self, job, done_text: str, after: Callable[[], None] | None = None) -> None:
        """Run a store write on the worker; then say so, tell the record and reload."""

        def done(_result) -> None:
            if after is not None:
                after()
            self._say(done_text)
            self.caseChanged.emit(self.case_id)
            self.refresh()

        self._tasks.run(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else f"Det gick inte: {exc}"
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
