"""The Today list (objectName TodayList): everything due or overdue, most urgent first.

Who to call, which invitations to send, which follow-ups to book: the same
items the board's cards show as their next thing due, across all cases. It
is a view of the board's model, so it changes whenever a card does.
Overdue items are red with how many days late; double click or Enter opens
the case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.deadlines import DueItem
from sipdesk.ui import theme
from sipdesk.ui.board.board_model import (
    BoardModel,
    CaseIdRole,
    DueItemRole,
    ShownNameRole,
    TodayModel,
    _Index,
    shown_text,
)
from sipdesk.ui.board.cards import INK, MUTED, OVERDUE, due_phrase, wrapped
from sipdesk.ui.i18n_due import due_text

TEXT_LINES = 3  # what to do, wrapped at words; the whole sentence is in the tooltip


class TodayDelegate(QStyledItemDelegate):
    """Two lines per item: when (red with days overdue) and whose case; then what to do."""

    def __init__(self, board: BoardModel, parent=None):
        super().__init__(parent)
        self._board = board

    def text(self, item: DueItem) -> str:
        """The item's sentence in the window's language, with initials when the board shows
        them (the domain writes it in Swedish)."""
        card = self._board.card(item.case_id) if item.case_id is not None else None
        return shown_text(card, due_text(item), self._board.show_initials)

    def tooltip(self, item: DueItem) -> str:
        """'SIP-2026-001: the whole sentence (3 days overdue)': the model's tooltip, in the
        window's language."""
        late = f" ({due_phrase(item, self._board.on)})" if item.overdue else ""
        return f"{item.case_reference}: {self.text(item)}{late}"

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem, index: _Index) -> bool:
        item = index.data(DueItemRole)
        if event is not None and event.type() == QEvent.Type.ToolTip and item is not None:
            QToolTip.showText(event.globalPos(), self.tooltip(item), view)
            return True
        return super().helpEvent(event, view, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * (1 + TEXT_LINES) + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = index.data(DueItemRole)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ROW_SELECTED))
            painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QPen(QColor(theme.DIVIDER)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        fm, fm_bold = QFontMetrics(base), QFontMetrics(bold)
        inner = rect.adjusted(10, 6, -8, -6)
        y = inner.top()
        when = due_phrase(item, self._board.on)
        when = when[:1].upper() + when[1:]
        painter.setFont(bold)
        painter.setPen(OVERDUE if item.overdue else INK)
        when_width = fm_bold.horizontalAdvance(when)
        painter.drawText(QRect(inner.left(), y, when_width, fm_bold.height()), 0, when)
        # Whose case: the name first; the reference only when it fits whole.
        name = index.data(ShownNameRole)
        rest = inner.width() - when_width - 10
        who = f"{name} · {item.case_reference}"
        if fm.horizontalAdvance(who) > rest:
            who = name
        painter.setFont(base)
        painter.setPen(MUTED)
        painter.drawText(
            QRect(inner.right() - rest, y, rest, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            fm.elidedText(who, Qt.TextElideMode.ElideRight, rest),
        )
        y += fm_bold.height() + 2
        painter.setPen(OVERDUE if item.overdue else INK)
        text_rect = QRect(inner.left(), y, inner.width(), fm.height() * TEXT_LINES)
        lines = wrapped(fm, self.text(item), inner.width(), TEXT_LINES)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         "\n".join(lines))
        painter.restore()


class TodayList(QWidget):
    """Due and overdue across all cases, most urgent first. objectName TodayList."""

    caseOpened = Signal(int)

    def __init__(self, board: BoardModel, parent=None):
        super().__init__(parent)
        self.setObjectName("TodayList")
        self.setAccessibleName(QCoreApplication.translate("TodayList", "I dag"))
        self.model = TodayModel(board, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setContentsMargins(4, 8, 4, 2)
        title = QLabel(QCoreApplication.translate("TodayList", "I dag"))
        title.setObjectName("TodayTitle")
        # A fifth larger than the text, so it grows with the text size chosen in settings.
        heading = title.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        heading.setWeight(QFont.Weight.DemiBold)
        title.setFont(heading)
        self.summary = QLabel("")
        self.summary.setObjectName("TodaySummary")
        self.summary.setStyleSheet(theme.MUTED_TEXT)
        self.summary.setWordWrap(True)  # large text: two lines rather than over the title
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(title)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        self.view = QListView(self)
        self.view.setObjectName("TodayView")
        self.view.setAccessibleName(QCoreApplication.translate(
            "TodayList", "Att göra i dag, mest brådskande först"))
        self.view.setAccessibleDescription(QCoreApplication.translate(
            "TodayList", "Det som ska göras i dag eller är försenat, i alla ärenden. Enter eller "
                         "dubbelklick öppnar ärendet."))
        self.view.setModel(self.model)
        self.delegate = TodayDelegate(board, self)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet(
            f"QListView {{ background: {theme.PANEL}; border-radius: 8px; }}"
            f"QScrollBar:vertical {{ width: 8px; background: {theme.PANEL}; margin: 0; }}"
            f"QScrollBar::handle:vertical {{ background: {theme.SCROLL_HANDLE}; border-radius: 4px;"
            " min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
        )
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._summarise)

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id is not None:
            self.caseOpened.emit(case_id)

    def _summarise(self) -> None:
        overdue = self.model.overdue_count()
        # Two counts, so two plural-aware texts: "3 försenade · 12 totalt". self.tr (context
        # TodayList), because pyside6-lupdate marks plural forms only for tr() calls with n.
        count = self.model.rowCount()
        late = self.tr("%n försenade", "", overdue)
        total = self.tr("%n totalt", "", count)
        self.summary.setText(f"{late} · {total}")
