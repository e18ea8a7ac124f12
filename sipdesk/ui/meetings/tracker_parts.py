"""The pieces the response tracker is built from: its keys, its table, its buttons and menu.

Kept apart from ResponseTracker so that the widget module holds what the
tracker does (reading, and the coordinator's actions), and this one how it looks.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from sipdesk.domain.enums import Attendance, Response
from sipdesk.ui import theme
from sipdesk.ui.meetings.tracker_model import BadgeDelegate, TrackerModel

RESPONSE_KEYS = {
    Response.ACCEPTED: "Ctrl+1",
    Response.DECLINED: "Ctrl+2",
    Response.SUBSTITUTE: "Ctrl+3",
    Response.REMOTE: "Ctrl+4",
    Response.NO_ANSWER: "Ctrl+0",
}
ATTENDANCE_KEYS = {
    Attendance.PRESENT: "Alt+1",
    Attendance.ABSENT_WITH_NOTICE: "Alt+2",
    Attendance.ABSENT_WITHOUT_NOTICE: "Alt+3",
    Attendance.UNKNOWN: "Alt+0",
}

TABLE_STYLE = (
    f"QTableView {{ background: {theme.PANEL}; border: 1px solid {theme.BORDER};"
    f" border-radius: 6px; selection-background-color: {theme.ROW_SELECTED};"
    f" selection-color: {theme.INK}; }}"
    f"QHeaderView::section {{ background: {theme.WINDOW}; color: {theme.BADGE_GREY[1]};"
    f" border: none; border-bottom: 1px solid {theme.BORDER}; padding: 6px 8px;"
    " font-weight: 600; }"
)


def hint_text(all_cases: bool) -> str:
    return ("Ctrl+K kontaktad per telefon · Ctrl+1–4 svar (Ctrl+0 ej svarat) · "
            "Ctrl+Shift+S skickad"
            + (" · Enter öppnar mötet" if all_cases else " · Alt+1–3 närvaro"))


def tracker_table(model: TrackerModel, parent: QWidget) -> QTableView:
    """The table of invitees (or of what needs action), badges in the Läge column."""
    view = QTableView(parent)
    view.setObjectName("TrackerView")
    view.setAccessibleName(
        "Inbjudna som behöver åtgärd i dag" if model.all_cases else "Inbjudna till mötet")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setItemDelegateForColumn(model.column("Läge"), BadgeDelegate(view))
    view.setStyleSheet(TABLE_STYLE)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The organisation's name gives way first on a small screen (it is in the tooltip),
    # so that the answer, the badges and attendance stay in sight at 1366x768.
    stretch = "Att göra" if model.all_cases else "Verksamhet"
    header.setSectionResizeMode(model.column(stretch), QHeaderView.ResizeMode.Stretch)
    if model.all_cases:  # the to-do text names the organisation too: it may be cut short
        header.setSectionResizeMode(model.column("Verksamhet"),
                                    QHeaderView.ResizeMode.Interactive)
    return view


ORGANISATION_WIDTH = 180  # the widest the all-cases view gives the organisation's name


def fit_columns(view: QTableView, model: TrackerModel) -> None:
    """Columns as wide as their contents; across all cases the organisation at most
    ORGANISATION_WIDTH, so that what to do stays readable at 1366x768."""
    view.resizeColumnsToContents()
    if model.all_cases:
        column = model.column("Verksamhet")
        view.setColumnWidth(column, min(view.columnWidth(column), ORGANISATION_WIDTH))


def action_button(act: QAction) -> QPushButton:
    """A button that triggers `act`, its shortcut in the tooltip."""
    button = QPushButton(act.text())
    button.setToolTip(f"{act.text()} ({act.shortcut().toString()})")
    button.clicked.connect(act.trigger)
    return button


def menu_button(text: str, actions: Iterable[QAction]) -> QPushButton:
    button = QPushButton(text)
    menu = QMenu(button)
    for act in actions:
        menu.addAction(act)
    button.setMenu(menu)
    button.setStyleSheet("QPushButton { padding: 3px 22px 3px 10px; }")
    return button


def row_menu(parent: QWidget, contact: QAction, responses: Iterable[QAction], sent: QAction,
             attendance: Iterable[QAction]) -> QMenu:
    """The right-click menu of a row: the same actions as the buttons, with their keys."""
    menu = QMenu(parent)
    menu.addAction(contact)
    answers = menu.addMenu("Svar")
    for act in responses:
        answers.addAction(act)
    menu.addAction(sent)
    present_actions = list(attendance)
    if present_actions:
        present = menu.addMenu("Närvaro")
        for act in present_actions:
            present.addAction(act)
    return menu
