"""The coordinator's main window: the case board, the Today list, menus and status bar.

Every surface gets the window's Operations (the seam to the services) and
refreshes itself from its change announcements; the window only puts the
surfaces in place, connects actions, and shows what failed. It holds no
rules of its own.
"""

from __future__ import annotations

import importlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk import __version__
from sipdesk.ui import memory, theme
from sipdesk.ui.start_shell import OpeningPage

if TYPE_CHECKING:
    from sipdesk.domain.board import TakenAlong
    from sipdesk.ui.actions import Actions
    from sipdesk.ui.backup_status import BackupStatus
    from sipdesk.ui.board.board import CaseBoard
    from sipdesk.ui.board.today import TodayList
    from sipdesk.ui.case.record import CaseRecord
    from sipdesk.ui.lock import Locker
    from sipdesk.ui.meeting_mode.screens import ScreenList
    from sipdesk.ui.meeting_mode.window import MeetingModeWindow
    from sipdesk.ui.operations import Failure, Operations
    from sipdesk.ui.statistics import StatisticsView
    from sipdesk.ui.takealong_actions import TakeAlongActions

# What the window's content is made of. The window itself needs only Qt and the
# start shell, so it paints before these are imported; start-up imports them on
# its worker (import_content) while the window says that it is opening.
CONTENT_MODULES = (
    "sipdesk.ui.operations",
    "sipdesk.ui.actions",
    "sipdesk.ui.backup_status",
    "sipdesk.ui.board.board",
    "sipdesk.ui.board.today",
    "sipdesk.ui.lock",
    "sipdesk.ui.dialogs.settings",
)
# What only an opened case, a dialog or meeting mode needs: the board does not wait
# for it; start-up imports it on a thread once the board is in (import_later), so
# that opening the first case does not import on the GUI thread.
LATER_MODULES = (
    "sipdesk.ui.case.record",
    "sipdesk.ui.dialogs.directory",
    "sipdesk.ui.dialogs.new_case",
    "sipdesk.ui.meeting_mode.screens",
    "sipdesk.ui.meeting_mode.window",
    "sipdesk.ui.meetings.response_tracker",
    "sipdesk.ui.statistics",
)


def import_content() -> None:
    """Import what the window's content needs. Any thread may: it only defines classes,
    and the widgets are made on the GUI thread by attach()."""
    for name in CONTENT_MODULES:
        importlib.import_module(name)


def import_later() -> None:
    """Import what the rest of the window needs (any thread, as import_content)."""
    for name in LATER_MODULES:
        importlib.import_module(name)


WINDOW_STYLE = f"""
QMainWindow, #Central {{ background: {theme.WINDOW}; }}
QLineEdit, QComboBox {{ padding: 4px 6px; }}
#BoardSearch {{ border: 1px solid {theme.FIELD_BORDER}; border-radius: 6px;
               background: {theme.PANEL}; }}
QStatusBar {{ color: {theme.MUTED}; }}
#FailureNotice {{ color: {theme.ERROR}; font-weight: 600; }}
"""
# A failure stays in the status bar this long, unless the next save clears it.
FAILURE_SHOWN_MS = 30_000


class MainWindow(QMainWindow):
    """The board and the Today list; an opened case replaces them with its record.

    Made without `ops` it is the window start-up paints first: the opening page
    in place of the board, until attach(ops) builds the content on the open
    store. `caseOpened(id)` when a case is opened, `newCaseRequested()` on Ctrl+N."""

    caseOpened = Signal(int)
    newCaseRequested = Signal()

    # Made by attach(), once the store is open.
    ops: Operations
    window_actions: Actions
    board: CaseBoard
    today: TodayList
    splitter: QSplitter
    pages: QStackedWidget
    case_page: QWidget
    failure_notice: QLabel
    backup_status: BackupStatus
    locker: Locker
    take_along: TakeAlongActions

    def __init__(self, ops: Operations | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "sipdesk – SIP-samordning"))
        self.setStyleSheet(WINDOW_STYLE)
        self.opening: OpeningPage | None = OpeningPage()
        self.setCentralWidget(self.opening)
        self._user_sized = False
        self.resize(1366, 768)
        self._geometry_restored = memory.restore_geometry(self, "main")
        if ops is not None:
            self.attach(ops)

    @property
    def attached(self) -> bool:
        """True once the content is built on the open store (attach)."""
        return self.opening is None

    def say_opening(self, text: str) -> None:
        """What the opening page says ("Låser upp…"); nothing once the board is there."""
        if self.opening is not None:
            self.opening.say(text)

    def attach(self, ops: Operations) -> None:
        """Build the board, the Today list, menus and status bar on `ops`, and read the board."""
        from sipdesk.ui.actions import Actions
        from sipdesk.ui.backup_status import BackupStatus
        from sipdesk.ui.board.board import CaseBoard
        from sipdesk.ui.board.today import TodayList
        from sipdesk.ui.lock import Locker

        self.ops = ops
        self.window_actions = Actions(self)

        self.board = CaseBoard(ops)
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
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.splitter.installEventFilter(self)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.case_page = self._case_page()
        self.pages.addWidget(self.case_page)
        self.record: CaseRecord | None = None
        self.statistics: StatisticsView | None = None  # made when first shown
        self.meeting_mode: MeetingModeWindow | None = None
        layout.addWidget(self.pages, 1)
        self.opening = None
        self.setCentralWidget(central)  # the opening page goes with it

        self._busy = QLabel("")
        self._busy.setObjectName("BusyIndicator")
        self.failure_notice = QLabel("")
        self.failure_notice.setObjectName("FailureNotice")
        self.failure_notice.setWordWrap(True)
        self._failure_timer = QTimer(self, singleShot=True, interval=FAILURE_SHOWN_MS)
        self._failure_timer.timeout.connect(self.failure_notice.clear)
        self._failed_at = 0.0
        self.statusBar().addWidget(self.failure_notice, 1)
        self.backup_status = BackupStatus(ops, self)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.statusBar().addPermanentWidget(self._busy)
        self.locker = Locker(self, ops)
        self.statusBar().setSizeGripEnabled(False)

        self._build_menus()
        self._connect()
        self._connect_take_along()
        if self._geometry_restored:
            self._user_sized = memory.restore_splitter(self.splitter, "main")
        self.board.refresh()

    # --- building ---------------------------------------------------------------

    def _build_menus(self) -> None:
        from sipdesk.ui.actions import MENUS, menu_title

        self.menus: dict[str, QMenu] = {}  # by their Swedish source title
        for title, names in MENUS:
            menu = self.menus[title] = self.menuBar().addMenu(menu_title(title))
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
        back = QPushButton(QCoreApplication.translate("MainWindow", "← Tillbaka till tavlan"))
        back.setObjectName("BackToBoard")
        back.setToolTip(QCoreApplication.translate("MainWindow", "Alt+Vänsterpil"))
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
        a.import_directory.triggered.connect(self.show_directory_import)
        self.board.empty.newCaseRequested.connect(self.newCaseRequested)
        self.board.empty.importRequested.connect(self.show_directory_import)
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
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
        a.settings.triggered.connect(self.show_settings)
        a.backups.triggered.connect(self.show_backups)
        a.keys.triggered.connect(self.show_keys)
        a.lock.triggered.connect(self.locker.lock_now)
        a.retention.triggered.connect(self.show_retention)
        a.statistics.triggered.connect(self.show_statistics)
        self.board.model.loaded.connect(self._first_load)

        self.board.caseOpened.connect(self.open_case)
        self.today.caseOpened.connect(self.open_case)
        self.board.statusMessage.connect(self.statusBar().showMessage)
        self.ops.busyChanged.connect(self._show_busy)
        self.ops.failed.connect(self.show_failure)
        self.ops.changed.connect(self._saved_again)

    def _connect_take_along(self) -> None:
        """Ta med / Lämna tillbaka / Bryt lånet, for the open record's case or the chosen card."""
        from sipdesk.ui.takealong_actions import TakeAlongActions

        a = self.window_actions
        self.take_along = TakeAlongActions(
            self, self.ops, a.take_along, a.give_back, a.break_lease,
            current=self.current_case_id, mark_of=self._taken_along)
        update = self.take_along.update
        for column in self.board.columns.values():
            column.view.selectionModel().currentChanged.connect(update)
        self.board.model.loaded.connect(update)
        self.board.model.todayChanged.connect(update)  # after a load and every card's update
        self.pages.currentChanged.connect(update)
        for menu in self.menus.values():
            menu.aboutToShow.connect(update)
        self.board.case_actions = [a.take_along, a.give_back, a.break_lease]

    def current_case_id(self) -> int | None:
        """The case the window works on: the open record's, else the card chosen on the board."""
        if self.record is not None and self.pages.currentWidget() is self.case_page:
            return self.record.case_id
        return self.board.current_case_id()

    def _taken_along(self, case_id: int) -> TakenAlong | None:
        if self.record is not None and self.record.case_id == case_id \
                and self.record.view is not None:
            return self.record.taken_along
        card = self.board.model.card(case_id)
        return card.taken_along if card is not None else None

    # --- behaviour --------------------------------------------------------------

    def refresh(self) -> None:
        self.board.refresh()
        if self.statistics is not None and self.statistics.isVisible():
            self.statistics.refresh()

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
        from sipdesk.ui.case.record import CaseRecord

        self._close_record()
        self.record = CaseRecord(self.ops, case_id, parent=self.case_page)
        self.record.protocolRequested.connect(self.open_meeting_mode)
        self.record.loaded.connect(self.take_along.update)
        self._record_slot.addWidget(self.record)
        self.pages.setCurrentWidget(self.case_page)
        self.caseOpened.emit(case_id)

    def show_board(self) -> None:
        self._close_record()
        self.pages.setCurrentIndex(0)

    def show_statistics(self) -> StatisticsView:
        """Statistik in place of the board; made once, it keeps its period and filters."""
        from sipdesk.ui.statistics import StatisticsView

        self._close_record()
        if self.statistics is None:
            page = QWidget()
            page.setObjectName("StatisticsPage")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            back = QPushButton(
                QCoreApplication.translate("MainWindow", "← Tillbaka till tavlan"))
            back.setObjectName("StatisticsBackToBoard")
            back.setToolTip(QCoreApplication.translate("MainWindow", "Alt+Vänsterpil"))
            back.setAccessibleDescription(QCoreApplication.translate(
                "MainWindow", "Lämnar statistiken och visar ärendetavlan igen (Alt+Vänsterpil)"))
            back.clicked.connect(self.show_board)
            self.statistics = StatisticsView(self.ops, page)
            self.statistics.heading.insertWidget(0, back)
            self.statistics.heading.insertSpacing(1, 8)
            layout.addWidget(self.statistics, 1)
            self.pages.addWidget(page)
        shown = self.statistics.parentWidget()
        assert shown is not None
        self.pages.setCurrentWidget(shown)
        self.statistics.period.start.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.statistics

    def _close_record(self) -> None:
        if self.record is None:
            return
        # Typing still waiting for its pause goes to the store before the record goes.
        self.record.flush()
        self.record.deleteLater()
        self.record = None

    def _undo(self) -> None:
        if self.record is not None:
            self.record.undo()

    def _redo(self) -> None:
        if self.record is not None:
            self.record.redo()

    def open_meeting_mode(self, meeting_id: int, *,
                          screens: ScreenList | None = None) -> MeetingModeWindow:
        """The protocol editor for a meeting, in its own window; one meeting at a time."""
        from sipdesk.ui.meeting_mode.window import MeetingModeWindow

        if self.meeting_mode is not None:
            if self.meeting_mode.meeting_id == meeting_id:
                self.meeting_mode.raise_()
                self.meeting_mode.activateWindow()
                return self.meeting_mode
            self.meeting_mode.close()
        window = MeetingModeWindow(self.ops, meeting_id, screens=screens)
        window.closed.connect(self._meeting_mode_closed)
        self.meeting_mode = window
        window.show()
        return window

    def _meeting_mode_closed(self, _meeting_id: int) -> None:
        self.meeting_mode = None

    def new_case(self) -> QDialog:
        """Open the new-case dialog (window-modal, no nested event loop)."""
        from sipdesk.ui.dialogs.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._case_created(dialog.case))
        dialog.open()
        return dialog

    def _case_created(self, case: object) -> None:
        case_id = getattr(case, "id", None)
        if case_id is not None:
            self.open_case(case_id)

    def show_invitations_todo(self) -> QDialog:
        """Every invitation across cases that needs action today; a row opens its case."""
        from sipdesk.ui.meetings.response_tracker import ResponseTracker

        dialog = QDialog(self)
        dialog.setObjectName("InvitationsTodoDialog")
        dialog.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Kallelser att följa upp"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tracker = ResponseTracker(self.ops, parent=dialog, all_cases=True)
        def open_from_list(case_id: int) -> None:
            dialog.close()
            self.open_case(case_id)

        tracker.caseOpened.connect(open_from_list)
        layout = QVBoxLayout(dialog)
        layout.addWidget(tracker)
        dialog.resize(1100, 560)
        dialog.open()
        return dialog

    def show_directory(self) -> QDialog:
        from sipdesk.ui.dialogs.directory import OrganisationDirectory

        dialog = QDialog(self)
        dialog.setObjectName("DirectoryDialog")
        dialog.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Organisationer och personer"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        layout.addWidget(OrganisationDirectory(self.ops, dialog))
        dialog.resize(1000, 640)
        dialog.open()
        return dialog

    def show_directory_import(self) -> QDialog:
        """Importera katalog: organisations and people from a CSV or XLSX file."""
        from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog

        return self._open_dialog(DirectoryImportDialog(self.ops, self))

    def _first_load(self) -> None:
        from sipdesk.ui.dialogs.settings import ask_profile_if_missing

        self.board.model.loaded.disconnect(self._first_load)
        ask_profile_if_missing(self.ops, self)

    def show_settings(self) -> QDialog:
        from sipdesk.ui.dialogs.settings import SettingsDialog

        return self._open_dialog(SettingsDialog(self.ops, self))

    def show_backups(self) -> QDialog:
        from sipdesk.ui.dialogs.backups import BackupsDialog

        return self._open_dialog(BackupsDialog(self.ops, self))

    def show_keys(self) -> QDialog:
        from sipdesk.ui.dialogs.keys import KeysDialog

        return self._open_dialog(KeysDialog(self.ops, self))

    def show_retention(self) -> QDialog:
        from sipdesk.ui.dialogs.retention import RetentionDialog

        return self._open_dialog(RetentionDialog(self.ops, self))

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_current(self) -> None:
        case_id = self.board.current_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def _step_current(self, delta: int) -> None:
        case_id = self.board.current_case_id()
        if case_id is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Markera ett ärende på tavlan först."),
                4000)
            return
        self.board.step_case(case_id, delta)

    def show_failure(self, failure: Failure) -> None:
        """A save or a read that failed: said in the status bar until a later save works."""
        from sipdesk.ui.i18n_messages import failure_text  # after start-up, as the content is

        self.failure_notice.setText(failure_text(failure))
        self._failure_timer.start()
        self._failed_at = time.monotonic()

    def _saved_again(self, _changes: object) -> None:
        # A save that works a moment later means the trouble is over; not one
        # in the same breath, or the message would flash by unread.
        if self.failure_notice.text() and time.monotonic() - self._failed_at > 3:
            self.failure_notice.clear()

    def _splitter_moved(self, *_args: object) -> None:
        self._user_sized = True

    def _show_busy(self, busy: bool) -> None:
        self._busy.setText(QCoreApplication.translate("MainWindow", "Arbetar…") if busy else "")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "Om sipdesk"),
            f"sipdesk {__version__}\n\n"
            + QCoreApplication.translate(
                "MainWindow", "Stöd för SIP-samordnare: samordnade individuella planer för "
                "barn och unga. Allt sparas krypterat på den här datorn."),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # At the splitter's own resize its width is final, whether the window was
        # resized or the board came into a window that was already showing.
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._share_splitter()
        return super().eventFilter(watched, event)

    def _share_splitter(self) -> None:
        if not self._user_sized:
            # The Today list gets a fair share; the board the rest. Once the
            # coordinator drags the splitter, their choice stands.
            total = max(self.splitter.width(), 1)
            today = 360 if total >= 1700 else 290
            self.splitter.setSizes([total - today, today])

    def surfaces(self) -> dict[str, QWidget]:
        """The main surfaces by objectName, for the self-test and accessibility tools."""
        if not self.attached:
            return {"MainWindow": self}
        found = {"MainWindow": self, "CaseBoard": self.board, "TodayList": self.today}
        if self.statistics is not None:
            found["StatisticsView"] = self.statistics
        if self.record is not None:
            found["CaseRecord"] = self.record
            found["ResponseTracker"] = self.record.meetings_tab.tracker
        if self.meeting_mode is not None:
            found["ProtocolEditor"] = self.meeting_mode.editor
            if self.meeting_mode.editor.projector is not None:
                found["ProjectorWindow"] = self.meeting_mode.editor.projector
            if self.meeting_mode.editor.ending.dialog is not None:
                found["MeetingEnd"] = self.meeting_mode.editor.ending.dialog
        return found

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.attached:  # closed while the store was opening: start-up sees to it
            memory.save_geometry(self, "main")
            super().closeEvent(event)
            return
        # Hand what is typed to the store, and let the worker finish every queued
        # write, before the workspace can be closed.
        if self.meeting_mode is not None:
            self.meeting_mode.close()
        if self.record is not None:
            self.record.flush()
        memory.save_geometry(self, "main")
        memory.save_splitter(self.splitter, "main")
        self.backup_status.backup_on_close()
        self.locker.stop()
        self.ops.shutdown()
        super().closeEvent(event)
