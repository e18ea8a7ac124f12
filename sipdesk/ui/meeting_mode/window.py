"""Meeting mode: the protocol editor in a window of its own, with the projector beside it.

A separate window keeps the case board, and every other case, off the
meeting-room screen and out of sight while the meeting writes its plan.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from sipdesk.domain.protocol import Protocol
from sipdesk.ui import memory
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_meetings import translate
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.operations import Operations

TITLE = QT_TRANSLATE_NOOP("MeetingModeWindow", "Mötesläge")
GEOMETRY_KEY = "meeting_mode"


class MeetingModeWindow(QMainWindow):
    """Emits closed(meeting_id) after everything typed has been handed to the store."""

    closed = Signal(int)

    def __init__(self, ops: Operations, meeting_id: int, parent: QWidget | None = None, *,
                 screens: ScreenList | None = None):
        super().__init__(parent)
        self.setObjectName("MeetingModeWindow")
        self.setWindowTitle(translate("MeetingModeWindow", TITLE))
        self.meeting_id = meeting_id
        self.editor = ProtocolEditor(ops, meeting_id, self, screens=screens)
        self.editor.opened.connect(self._opened)
        if self.editor.protocol is not None:  # opened at once (the synchronous seam)
            self._opened(self.editor.protocol)
        self.setCentralWidget(self.editor)
        if not memory.restore_geometry(self, GEOMETRY_KEY):
            self.resize(1366, 860)
        describe(self)

    def _opened(self, protocol: Protocol) -> None:
        title = translate("MeetingModeWindow", TITLE)
        self.setWindowTitle(f"{title} – {protocol.case_reference}")
        describe(self)  # the form is built now

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # The writes are queued to the worker, which finishes them even as the window goes.
        self.editor.flush()
        if self.editor.projector is not None:
            self.editor.projector.close()
        memory.save_geometry(self, GEOMETRY_KEY)
        self.closed.emit(self.meeting_id)
        super().closeEvent(event)
