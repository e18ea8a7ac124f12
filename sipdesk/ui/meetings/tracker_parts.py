"""The pieces the response tracker is built from: its keys, its table, its buttons and menu.

Kept apart from ResponseTracker so that the widget module holds what the
tracker does (reading, and the coordinator's actions), and this one how it looks.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
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
from sipdesk.ui.i18n_meetings import translate
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
    keys = translate(
        "ResponseTracker",
        "Ctrl+K kontaktad per telefon · Ctrl+1–4 svar (Ctrl+0 ej svarat) · Ctrl+Shift+S skickad")
    more = (translate("ResponseTracker", "Enter öppnar mötet") if all_cases
            else translate("ResponseTracker", "Alt+1–3 närvaro"))
    return f"{keys} · {more}"


def tracker_table(model: TrackerModel, parent: QWidget) -> QTableView:
    """The table of invitees (or of what needs action), badges in the Läge column."""
    view = QTableView(parent)
    view.setObjectName("TrackerView")
    view.setAccessibleDescription(translate(
        "ResponseTracker", "Inbjudna med svar och närvaro; pilarna väljer rad"))
    view.setAccessibleName(
        translate("ResponseTracker", "Inbjudna som behöver åtgärd i dag") if model.all_cases
        else translate("ResponseTracker", "Inbjudna till mötet"))
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
    # A substitute's name and the day we called go on the answer's second line.
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(34)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(40)
    # Rows keep their order while the coordinator works through them; a click on a
    # header sorts (once: the next answer does not move the rows again).
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)
    header.sectionClicked.connect(lambda column: _sort_by(view, model, column))
    refit = _Refit(view, model)
    view.installEventFilter(refit)
    view.viewport().installEventFilter(refit)  # a vertical scrollbar coming or going
    return view


def _sort_by(view: QTableView, model: TrackerModel, column: int) -> None:
    header = view.horizontalHeader()
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        order = (Qt.SortOrder.DescendingOrder
                 if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                 else Qt.SortOrder.AscendingOrder)
    else:
        order = Qt.SortOrder.AscendingOrder
    header.setSortIndicatorShown(True)
    header.setSortIndicator(column, order)
    model.sort(column, order)
    current = view.currentIndex()
    if current.isValid():
        view.scrollTo(current)


class _Refit(QObject):
    """Fits the columns again when the table is resized (the window, the splitter)."""

    def __init__(self, view: QTableView, model: TrackerModel):
        super().__init__(view)
        self._view = view
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            fit_columns(self._view, self._model)
        return False


ORGANISATION_WIDTH = 180  # the widest the all-cases view gives the organisation's name

# Which columns give way when the table is narrow, first to last, and how narrow they
# may get (their whole text is in the row's tooltip). The others keep their width:
# the answer, the badges and attendance stay readable at 1366x768. The name is who
# the row is about: it gives way last, so that a whole name shows at large text too.
_GIVE_WAY = {
    False: (("Verksamhet", 90), ("Roll", 80), ("Telefon", 96), ("Skickad", 90),
            ("Typ", 64), ("Svar senast", 84), ("Namn", 120)),
    True: (("Att göra", 160), ("Verksamhet", 90), ("Ärende", 110), ("Möte", 100),
           ("Telefon", 96), ("Namn", 110)),
}
_EXTRA_TO = {False: "Verksamhet", True: "Att göra"}


def fit_columns(view: QTableView, model: TrackerModel) -> None:
    """Columns as wide as their contents while they fit; when the table is narrower,
    the organisation, role and the like give way first (cut with "…"), so that the
    answer, the badges and attendance stay in sight and nothing scrolls sideways."""
    header = view.horizontalHeader()
    count = model.columnCount()
    widths = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + 4
              for c in range(count)]
    if model.all_cases:
        column = model.column("Verksamhet")
        widths[column] = min(widths[column], ORGANISATION_WIDTH)
    available = view.viewport().width()
    if available <= 0 or not view.isVisible():
        available = sum(widths)
    excess = sum(widths) - available
    for name, narrowest in _GIVE_WAY[model.all_cases]:
        if excess <= 0:
            break
        column = model.column(name)
        narrowest = max(narrowest, header.sectionSizeHint(column))  # the heading stays whole
        give = min(excess, max(widths[column] - narrowest, 0))
        widths[column] -= give
        excess -= give
    keep = {model.column(n) for n in ("Svar", "Läge") if n in model.columns}
    while excess > 0:  # still too narrow: every other column a little, never sideways
        others = [c for c in range(count) if c not in keep and widths[c] > 40]
        if not others:
            break
        for column in others:
            give = min(excess, widths[column] - 40, -(-excess // len(others)))
            widths[column] -= give
            excess -= give
    if excess < 0:  # room to spare: to the column that can use it
        widths[model.column(_EXTRA_TO[model.all_cases])] -= excess
    for column, width in enumerate(widths):
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


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
    answers = menu.addMenu(translate("ResponseTracker", "Svar"))
    for act in responses:
        answers.addAction(act)
    menu.addAction(sent)
    present_actions = list(attendance)
    if present_actions:
        present = menu.addMenu(translate("ResponseTracker", "Närvaro"))
        for act in present_actions:
            present.addAction(act)
    return menu
