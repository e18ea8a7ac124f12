"""The window's way to take a case along offline, give it back, or break a stale lease.

Three functions for the main window's menu and the card's context menu ("Ta med
ärendet…", "Lämna tillbaka ärendet", "Bryt lånet…"); each asks what it needs and
hands the work to Operations (the store worker), never touching the store
itself. The laptop's own store is TakeAlongService.laptop_dir(), opened with its
key from the keychain. TakeAlongActions enables them for the chosen case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.board import TakenAlong
from sipdesk.domain.changes import Changes, Part
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sipdesk.ui.operations import Failure, Operations

DEFAULT_DAYS = 7


# The services' fixed sentences (services/takealong.py), translated when shown.
REFUSALS = (
    QT_TRANSLATE_NOOP("TakeAlong", "Bara en teamledare för ärendets team kan bryta ett lån."),
    QT_TRANSLATE_NOOP("TakeAlong", "Bara ett ärende på teamservern kan tas med."),
    QT_TRANSLATE_NOOP("TakeAlong", "Lånet måste gälla till i dag eller senare."),
    QT_TRANSLATE_NOOP("TakeAlong", "Datorns arkiv har ingen kopia av det ärendet från den "
                                   "här servern."),
    QT_TRANSLATE_NOOP("TakeAlong", "Lånet finns inte längre (en teamledare kan ha brutit "
                                   "det). Ändringarna finns kvar på datorn; kontakta "
                                   "teamledaren."),
)


def _refused(parent: QWidget, failure: Failure, title: str = "") -> None:
    title = title or QCoreApplication.translate("TakeAlong", "Ärendet kunde inte flyttas")
    QMessageBox.warning(parent, title, QCoreApplication.translate("TakeAlong", failure.message))


def ask_until(parent: QWidget, today: date) -> date | None:
    """Until when the case is away: a date from today on, a week ahead to start with."""
    dialog, edit = until_dialog(parent, today)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen: date = edit.date().toPython()  # type: ignore[assignment]
    return chosen


def until_dialog(parent: QWidget | None, today: date) -> tuple[QDialog, QDateEdit]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("TakeAlong", "Ta med ärendet"))
    layout = QVBoxLayout(dialog)
    label = QLabel(QCoreApplication.translate(
        "TakeAlong", "Ärendet kopieras till den här datorn och kan bara läsas av kollegorna "
                     "tills du lämnar tillbaka det. Till och med vilket datum tar du med det?"))
    label.setWordWrap(True)
    layout.addWidget(label)
    first = today + timedelta(days=DEFAULT_DAYS)
    edit = QDateEdit(QDate(first.year, first.month, first.day))
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(today.year, today.month, today.day))
    edit.setAccessibleName(QCoreApplication.translate("TakeAlong", "Lånet gäller till"))
    layout.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("TakeAlong", "Ta med"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog, edit


def _moved(ops: Operations, case_id: int) -> None:
    """Tell every surface: the lease (on no ORM row the change tracking sees, or written
    by the server's own function) and, given back, all of the case may have changed."""
    ops.announce(Changes.of_case(case_id, *Part))


def take_along(parent: QWidget, ops: Operations, case_id: int) -> None:
    until = ask_until(parent, ops.today())
    if until is None:
        return

    def done(_local_id: int) -> None:
        _moved(ops, case_id)
        title = QCoreApplication.translate("TakeAlong", "Ärendet är med")
        words = QCoreApplication.translate(
            "TakeAlong", "Ärendet finns nu på den här datorn och går att arbeta med utan nät. "
                         "Lämna tillbaka det när du är uppkopplad igen.")
        QMessageBox.information(parent, title, words)

    ops.write(parent, lambda ws: ws.takealong.take_along(case_id, ws.takealong.laptop_dir(), until),
              done=done, failed=lambda f: _refused(parent, f))


def give_back(parent: QWidget, ops: Operations, case_id: int) -> None:
    def done(_: None) -> None:
        _moved(ops, case_id)
        title = QCoreApplication.translate("TakeAlong", "Ärendet är tillbaka")
        words = QCoreApplication.translate(
            "TakeAlong", "Allt som gjordes på datorn finns nu på servern, och kopian på datorn "
                         "är borttagen.")
        QMessageBox.information(parent, title, words)

    ops.write(parent, lambda ws: ws.takealong.give_back(case_id, ws.takealong.laptop_dir()),
              done=done, failed=lambda f: _refused(parent, f))


def break_lease(parent: QWidget, ops: Operations, case_id: int) -> None:
    title = QCoreApplication.translate("TakeAlong", "Bryt lånet")
    question = QCoreApplication.translate(
        "TakeAlong", "Den som har ärendet med sig kan då inte lämna tillbaka det som gjorts på "
                     "sin dator. Att lånet bröts skrivs i åtkomstloggen. Bryta lånet?")
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return

    def done(_who: str | None) -> None:
        _moved(ops, case_id)

    ops.write(parent, lambda ws: ws.takealong.break_lease(case_id), done=done,
              failed=lambda f: _refused(parent, f, QCoreApplication.translate(
                  "TakeAlong", "Lånet bröts inte")))


class TakeAlongActions(QObject):
    """The window's three actions, enabled for what the chosen case and the login allow.

    `current()` is the case the window works on (the open record's, or the card
    chosen on the board) and `mark_of(case_id)` what is known of its lease. What
    the login may do is read once through the seam: a laptop store offers none of
    the three, and only a team lead may break a lease (the server refuses anyone
    else, and that refusal is shown too).
    """

    def __init__(self, parent: QWidget, ops: Operations, take: QAction, give: QAction,
                 break_: QAction, current: Callable[[], int | None],
                 mark_of: Callable[[int], TakenAlong | None]):
        super().__init__(parent)
        self._parent, self._ops = parent, ops
        self.take, self.give, self.break_ = take, give, break_
        self._current, self._mark_of = current, mark_of
        self.standing: Any = None  # services.takealong.Standing, once read
        take.triggered.connect(lambda: self._on_current(take_along))
        give.triggered.connect(lambda: self._on_current(give_back))
        break_.triggered.connect(lambda: self._on_current(break_lease))
        self.update()
        ops.read(self, lambda ws: ws.takealong.standing(), self._know)

    def _know(self, standing: Any) -> None:
        self.standing = standing
        self.update()

    def _on_current(self, act: Callable[[QWidget, Operations, int], None]) -> None:
        case_id = self._current()
        if case_id is not None:
            act(self._parent, self._ops, case_id)

    def update(self) -> None:
        """Enable what the chosen case allows now (call when the choice or a lease changed)."""
        standing = self.standing
        on_server = standing is not None and standing.on_server
        case_id = self._current() if on_server else None
        mark = self._mark_of(case_id) if case_id is not None else None
        self.take.setEnabled(case_id is not None and mark is None)
        self.give.setEnabled(mark is not None and not mark.here
                             and mark.holder == standing.login)
        self.break_.setEnabled(mark is not None and not mark.here and standing.leads_a_team)
        if not on_server:
            tip = QCoreApplication.translate(
                "TakeAlong", "Bara ärenden på en teamserver kan tas med.")
            for action in (self.take, self.give, self.break_):
                action.setStatusTip(tip)
