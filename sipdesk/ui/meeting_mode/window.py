"""Meeting mode: the protocol editor in a window of its own, with the projector beside it.

A separate window keeps the case board, and every other case, off the
meeting-room screen and out of sight while the meeting writes its plan.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.tasks import TaskManager


class MeetingModeWindow(QMainWindow):
    """Emits closed(meeting_id) after everything typed has been handed to the store."""

    closed = Signal(int)

    def __init__(self, ws, meeting_id: int, parent: QWidget | None = None, *,
                 tasks: TaskManager | None = None, screens=None):
        super().__init__(parent)
        self.setObjectName("MeetingModeWindow")
        self.meeting_id = meeting_id
        self.editor = ProtocolEditor(ws, meeting_id, self, tasks=tasks, screens=screens)
        self.setCentralWidget(self.editor)
        context = ws.meetings.context(meeting_id)
        self.setWindowTitle(f"Mötesläge – {context.case_reference}")
        self.resize(1366, 860)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.flush()
        if self.editor.projector is not None:
            self.editor.projector.close()
        self.closed.emit(self.meeting_id)
        super().closeEvent(event)
