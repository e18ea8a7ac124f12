"""The coordinator's main window: the case board, the Today list, menus and status bar.

All store access goes through one TaskManager (one worker thread), so the
window never freezes while 10,000 cases load. The window wires widgets and
actions together; it holds no rules of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk import __version__
from sipdesk.services.board import BoardSnapshot
from sipdesk.ui.actions import MENUS, Actions
from sipdesk.ui.board.board import CaseBoard
from sipdesk.ui.board.today import TodayList
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from sipdesk.ui.tasks import TaskManager

WINDOW_STYLE = """
QMainWindow, #Central { background: #f6f7f9; }
QLineEdit, QComboBox { padding: 4px 6px; }
#BoardSearch { border: 1px solid #c9d0d9; border-radius: 6px; background: #ffffff; }
QStatusBar { color: #4a5563; }
"""


class MainWindow(QMainWindow):
    """The board and the Today list; an opened case replaces them with its record.

    `caseOpened(id)` when a case is opened, `newCaseRequested()` on Ctrl+N."""

    caseOpened = Signal(int)
    newCaseRequested = Signal()

    def __init__(self, ws, parent=None, *, tasks: TaskManager | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("sipdesk – SIP-samordning")
        self._ws = ws
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self.board_service = ws.board
        self.window_actions = Actions(self)

        self.board = CaseBoard(self.board_service, self.tasks)
        self.today = TodayList(self.board.model)
        self.today.setMinimumWidth(260)

        central = QWidget()
        central.setObjectName("Central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("BoardSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.board)
        self.splitter.addWidget(self.today)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._user_sized = False
        self.splitter.splitterMoved.connect(self._splitter_moved)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.case_page = self._case_page()
        self.pages.addWidget(self.case_page)
        self.record: CaseRecord | None = None
        self.meeting_mode: MeetingModeWindow | None = None
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(WINDOW_STYLE)

        self._busy = QLabel("")
        self._busy.setObjectName("BusyIndicator")
        self.statusBar().addPermanentWidget(self._busy)
        self.statusBar().setSizeGripEnabled(False)

        self._build_menus()
        self._connect()
        self.resize(1366, 768)
        self.board.refresh()

    # --- building ---------------------------------------------------------------

    def _build_menus(self) -> None:
        for title, names in MENUS:
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.window_actions[name])
        # Shortcuts work wherever the focus is in the window, menu open or not.
        self.addActions(self.window_actions.all())

    def _case_page(self) -> QWidget:
        """The page an opened case lives on: a bar back to the board above the record."""
        page = QWidget()
        page.setObjectName("CasePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        back = QPushButton("← Tillbaka till tavlan")
        back.setObjectName("BackToBoard")
        back.setToolTip("Alt+Vänsterpil")
        back.clicked.connect(self.show_board)
        bar.addWidget(back)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._record_slot = QVBoxLayout()
        layout.addLayout(self._record_slot, 1)
        return page

    def _connect(self) -> None:
        a = self.window_actions
        a.new_case.triggered.connect(self.newCaseRequested)
        self.newCaseRequested.connect(self.new_case)
        a.directory.triggered.connect(self.show_directory)
        a.undo.triggered.connect(lambda: self.record and self.record.undo())
        a.redo.triggered.connect(lambda: self.record and self.record.redo())
        a.back_to_board.triggered.connect(self.show_board)
        a.invitations_todo.triggered.connect(self.show_invitations_todo)
        a.refresh.triggered.connect(self.refresh)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.clear_filters)
        a.show_initials.toggled.connect(self.board.model.set_show_initials)
        a.needs_attention.toggled.connect(self.board.attention.setChecked)
        self.board.attention.toggled.connect(a.needs_attention.setChecked)
        a.show_today.setChecked(True)
        a.show_today.toggled.connect(self.today.setVisible)
        a.open_case.triggered.connect(self._open_current)
        a.move_forward.triggered.connect(lambda: self._step_current(1))
        a.move_back.triggered.connect(lambda: self._step_current(-1))
        a.about.triggered.connect(self._about)

        self.board.caseOpened.connect(self.open_case)
        self.today.caseOpened.connect(self.open_case)
        self.board.loadedSnapshot.connect(self._loaded)
        self.board.caseRefreshed.connect(self.today.replace_case)
        self.board.statusMessage.connect(self.statusBar().showMessage)
        self.tasks.busyChanged.connect(self._show_busy)
        self.tasks.failed.connect(self._task_failed)

    # --- behaviour --------------------------------------------------------------

    def refresh(self) -> None:
        self.board.refresh()

    def focus_search(self) -> None:
        self.show_board()
        self.board.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.board.search.selectAll()

    def clear_filters(self) -> None:
        self.board.search.clear()
        self.board.attention.setChecked(False)
        for combo in (self.board.coordinator, self.board.stage, self.board.organisation):
            combo.setCurrentIndex(0)

    def open_case(self, case_id: int) -> None:
        """Show the case's record in place of the board."""
        self._close_record()
        self.record = CaseRecord(self._ws, case_id, parent=self.case_page, tasks=self.tasks)
        self.record.caseChanged.connect(self.board.refresh_case)
        self.record.protocolRequested.connect(self.open_meeting_mode)
        self._record_slot.addWidget(self.record)
        self.pages.setCurrentWidget(self.case_page)
        self.caseOpened.emit(case_id)

    def show_board(self) -> None:
        self._close_record()
        self.pages.setCurrentIndex(0)

    def _close_record(self) -> None:
        if self.record is None:
            return
        # Typing still waiting for its pause is stored before the record goes.
        self.record.flush()
        self.board.refresh_case(self.record.case_id)
        self.record.deleteLater()
        self.record = None

    def open_meeting_mode(self, meeting_id: int, *, screens=None) -> MeetingModeWindow:
        """The protocol editor for a meeting, in its own window; one meeting at a time."""
        if self.meeting_mode is not None:
            if self.meeting_mode.meeting_id == meeting_id:
                self.meeting_mode.raise_()
                self.meeting_mode.activateWindow()
                return self.meeting_mode
            self.meeting_mode.close()
        window = MeetingModeWindow(self._ws, meeting_id, tasks=self.tasks, screens=screens)
        window.closed.connect(self._meeting_mode_closed)
        self.meeting_mode = window
        window.show()
        return window

    def _meeting_mode_closed(self, _meeting_id: int) -> None:
        self.meeting_mode = None
        if self.record is not None:
            self.record.plan_versions.refresh()
            self.board.refresh_case(self.record.case_id)

    def new_case(self) -> QDialog:
        """Open the new-case dialog (window-modal, no nested event loop)."""
        dialog = NewCaseDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._case_created(dialog.case))
        dialog.open()
        return dialog

    def _case_created(self, case) -> None:
        if case is not None:
            self.refresh()
            self.open_case(case.id)

    def show_invitations_todo(self) -> QDialog:
        """Every invitation across cases that needs action today; a row opens its case."""
        dialog = QDialog(self)
        dialog.setObjectName("InvitationsTodoDialog")
        dialog.setWindowTitle("Kallelser att följa upp")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tracker = ResponseTracker(self._ws, parent=dialog, all_cases=True, tasks=self.tasks)
        tracker.caseOpened.connect(lambda case_id: (dialog.close(), self.open_case(case_id)))
        tracker.changed.connect(self.refresh)
        layout = QVBoxLayout(dialog)
        layout.addWidget(tracker)
        dialog.resize(1100, 560)
        dialog.open()
        return dialog

    def show_directory(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("DirectoryDialog")
        dialog.setWindowTitle("Organisationer och personer")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        layout.addWidget(OrganisationDirectory(self._ws, dialog))
        dialog.resize(1000, 640)
        dialog.finished.connect(self.refresh)  # a renamed organisation shows on the cards
        dialog.open()
        return dialog

    def _open_current(self) -> None:
        case_id = self.board.current_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def _step_current(self, delta: int) -> None:
        case_id = self.board.current_case_id()
        if case_id is None:
            self.statusBar().showMessage("Markera ett ärende på tavlan först.", 4000)
            return
        self.board.step_case(case_id, delta)

    def _loaded(self, snapshot: BoardSnapshot) -> None:
        self.today.set_snapshot(snapshot)
        self.statusBar().showMessage(f"{len(snapshot.cards)} ärenden")

    def _splitter_moved(self, *args) -> None:
        self._user_sized = True

    def _show_busy(self, busy: bool) -> None:
        self._busy.setText("Arbetar…" if busy else "")

    def _task_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Något gick fel", str(exc))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "Om sipdesk",
            f"sipdesk {__version__}\n\nStöd för SIP-samordnare: samordnade individuella "
            "planer för barn och unga. Allt sparas krypterat på den här datorn.",
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._user_sized:
            # The Today list gets a fair share; the board the rest. Once the
            # coordinator drags the splitter, their choice stands.
            total = max(self.splitter.width(), 1)
            today = 360 if total >= 1700 else 290
            self.splitter.setSizes([total - today, today])

    def surfaces(self) -> dict[str, QWidget]:
        """The main surfaces by objectName, for the self-test and accessibility tools."""
        found = {"MainWindow": self, "CaseBoard": self.board, "TodayList": self.today}
        if self.record is not None:
            found["CaseRecord"] = self.record
            found["ResponseTracker"] = self.record.meetings_tab.tracker
        if self.meeting_mode is not None:
            found["ProtocolEditor"] = self.meeting_mode.editor
            if self.meeting_mode.editor.projector is not None:
                found["ProjectorWindow"] = self.meeting_mode.editor.projector
        return found

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Store what is typed, and finish the running store task, before the
        # workspace can be closed.
        if self.meeting_mode is not None:
            self.meeting_mode.close()
        if self.record is not None:
            self.record.flush()
        self.tasks.shutdown(wait=True)
        super().closeEvent(event)
