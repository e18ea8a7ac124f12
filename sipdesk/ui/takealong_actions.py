"""The window's way to take a case along offline, give it back, or break a stale lease.

Three functions for the main window's menu ("Ta med ärendet…", "Lämna tillbaka
ärendet", "Bryt lånet…"); each asks what it needs and hands the work to
Operations (the store worker), never touching the store itself. The laptop's
own store is TakeAlongService.laptop_dir(), opened with its key from the keychain.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sipdesk.ui.operations import Failure, Operations

DEFAULT_DAYS = 7


def _refused(parent: QWidget, failure: Failure) -> None:
    title = QCoreApplication.translate("TakeAlong", "Ärendet kunde inte flyttas")
    QMessageBox.warning(parent, title, failure.message)


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


def take_along(parent: QWidget, ops: Operations, case_id: int) -> None:
    until = ask_until(parent, ops.today())
    if until is None:
        return

    def done(_local_id: int) -> None:
        title = QCoreApplication.translate("TakeAlong", "Ärendet är med")
        words = QCoreApplication.translate(
            "TakeAlong", "Ärendet finns nu på den här datorn och går att arbeta med utan nät. "
                         "Lämna tillbaka det när du är uppkopplad igen.")
        QMessageBox.information(parent, title, words)

    ops.write(parent, lambda ws: ws.takealong.take_along(case_id, ws.takealong.laptop_dir(), until),
              done=done, failed=lambda f: _refused(parent, f))


def give_back(parent: QWidget, ops: Operations, case_id: int) -> None:
    def done(_: None) -> None:
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
    ops.write(parent, lambda ws: ws.takealong.break_lease(case_id),
              failed=lambda f: _refused(parent, f))
