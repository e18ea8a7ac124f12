"""The case board (objectName CaseBoard): six stage columns of case cards.

The board shows and asks; it never decides. Cards come from BoardService
through the TaskManager; a move (drag and drop, Ctrl+Right/Ctrl+Left, or the
context menu) is asked of the service, and the card moves only once the store
has it. A refused move shows the rules' Swedish reasons in a banner.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag
from sipdesk.services.board import BoardService, BoardSnapshot, Card, CardQuery
from sipdesk.services.errors import DomainError, MoveRefused
from sipdesk.ui.board.board_model import (
    BoardModel,
    CardFilterProxy,
    CardRole,
    CaseIdRole,
    QuestionRole,
    shown_name,
)
from sipdesk.ui.tasks import TaskManager

# Badge colours: (background, text). Consent and lateness in red tones, the
# rest in quieter colours, so the eye goes to what endangers the case first.
FLAG_COLOURS: dict[Flag, tuple[str, str]] = {
    Flag.CONSENT_MISSING: ("#fde7e7", "#a61b1b"),
    Flag.CONSENT_ENDED: ("#fde7e7", "#a61b1b"),
    Flag.NO_ANSWER: ("#fff0dc", "#9a4a00"),
    Flag.LATE_INVITATION: ("#fff6cc", "#6f5600"),
    Flag.NO_PLAN_OWNER: ("#efe6fb", "#5b2a9e"),
    Flag.FOLLOW_UP_OVERDUE: ("#fde4ef", "#9c1c55"),
}
STAGE_COLOURS: dict[Stage, str] = {
    Stage.NEED_FOUND: "#6b7a90",
    Stage.CONSENT_AND_PLANNING: "#2f7fb8",
    Stage.ACTORS_INVITED: "#7a5cc2",
    Stage.MEETING: "#1f8a70",
    Stage.FOLLOW_UP: "#c27c0e",
    Stage.CLOSE_OR_CONTINUE: "#5c6770",
}
OVERDUE = QColor("#b3261e")
MUTED = QColor("#5f6b7a")
INK = QColor("#1d2733")
CARD_BORDER = QColor("#d9dee5")
CARD_SELECTED = QColor("#2f6fd6")

_PAD = 10
_GAP = 4


_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def short_date(day) -> str:
    """'3 dec', in Swedish whatever the system locale says."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def due_phrase(item, on, *, short: bool = False) -> str:
    """'3 d försenad' (short) or '3 dagar försenad', 'i dag', 'i morgon', or the date."""
    if item.overdue:
        days = item.days_overdue(on) if on is not None else 0
        if days == 0:
            return "försenad i dag"
        if short:
            return f"{days} d försenad"
        return "1 dag försenad" if days == 1 else f"{days} dagar försenad"
    if on is not None:
        if item.due == on:
            return "i dag"
        if (item.due - on).days == 1:
            return "i morgon"
    return short_date(item.due)


def due_label(item) -> str:
    """The short name of what is due ("Boka SIP-möte"); the whole sentence is the tooltip."""
    try:
        return item.kind.label
    except (AttributeError, KeyError):
        return item.text


class CardDelegate(QStyledItemDelegate):
    """Paints one case as a card: name and reference, question, next due, flag badges."""

    def __init__(self, board: BoardModel, parent=None):
        super().__init__(parent)
        self._board = board

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        base, bold, small = self._fonts(option)
        lines = (
            QFontMetrics(bold).height()
            + QFontMetrics(base).height() * 2
            + QFontMetrics(small).height()
            + 6
        )
        return QSize(180, lines + 2 * _PAD + 3 * _GAP + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: Card | None = index.data(CardRole)
        if card is None:
            return
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(CARD_SELECTED if selected else CARD_BORDER, 2 if selected else 1))
        painter.setBrush(QColor("#eef4ff") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 8, 8)
        # A coloured edge on the left: red when something is overdue, else the stage colour.
        overdue = card.next_due is not None and card.next_due.overdue
        edge = OVERDUE if overdue else QColor(STAGE_COLOURS[card.stage])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        inner = rect.adjusted(_PAD + 2, _PAD - 2, -_PAD, -_PAD + 2)
        y = inner.top()
        # Line 1: the child's name (or initials); the reference too if there is room.
        fm_small = QFontMetrics(small)
        fm_bold = QFontMetrics(bold)
        name = shown_name(card, self._board.show_initials)
        ref_width = fm_small.horizontalAdvance(card.reference)
        name_width = fm_bold.horizontalAdvance(name)
        if name_width + ref_width + 10 <= inner.width():
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(inner.right() - ref_width, y, ref_width, fm_bold.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                card.reference,
            )
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), fm_bold.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_bold.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += fm_bold.height() + _GAP
        # Line 2: the question, one line.
        fm = QFontMetrics(base)
        painter.setFont(base)
        painter.setPen(MUTED)
        question = index.data(QuestionRole) or "Frågeställning saknas"
        painter.drawText(
            QRect(inner.left(), y, inner.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(question, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += fm.height() + _GAP
        # Line 3: when the next thing is due, and what it is.
        if card.next_due is not None:
            when = due_phrase(card.next_due, self._board.on, short=True)
            painter.setFont(bold)
            painter.setPen(OVERDUE if overdue else INK)
            when_width = fm_bold.horizontalAdvance(when) + 8
            painter.drawText(
                QRect(inner.left(), y, when_width, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                when,
            )
            painter.setFont(base)
            rest = inner.width() - when_width
            painter.drawText(
                QRect(inner.left() + when_width, y, rest, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(due_label(card.next_due), Qt.TextElideMode.ElideRight, rest),
            )
        else:
            painter.setFont(base)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(inner.left(), y, inner.width(), fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "Inget förfaller",
            )
        y += fm.height() + _GAP + 2
        # Line 4: the flags as small badges, as many as fit, then "+n".
        self._paint_badges(painter, card.flags, inner.left(), y, inner.width(), small)
        if focused and not selected:
            painter.setPen(QPen(CARD_SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        painter.restore()

    @staticmethod
    def _paint_badges(painter: QPainter, flags, x: int, y: int, width: int, font: QFont) -> None:
        fm = QFontMetrics(font)
        height = fm.height() + 4
        painter.setFont(font)
        right = x + width
        for number, flag in enumerate(flags):
            text = flag.badge
            w = fm.horizontalAdvance(text) + 12
            left_after = len(flags) - number - 1
            more = f"+{left_after}" if left_after else ""
            reserve = fm.horizontalAdvance(more) + 8 if more else 0
            if x + w > right - reserve:
                painter.setPen(MUTED)
                painter.drawText(
                    QRect(x, y, right - x, height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"+{len(flags) - number}",
                )
                return
            background, ink = FLAG_COLOURS[flag]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(QRect(x, y, w, height), height / 2, height / 2)
            painter.setPen(QColor(ink))
            painter.drawText(QRect(x, y, w, height), Qt.AlignmentFlag.AlignCenter, text)
            x += w + 4


class CardListView(QListView):
    """One column's cards; Enter opens, Ctrl+Right/Ctrl+Left ask for a move."""

    openRequested = Signal(int)
    stepRequested = Signal(int, int)  # case id, +1 or -1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.doubleClicked.connect(self._open_index)

    def current_case_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(CaseIdRole) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(CaseIdRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        case_id = self.current_case_id()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and case_id is not None:
            self.openRequested.emit(case_id)
            return
        if mods & Qt.KeyboardModifier.ControlModifier and case_id is not None:
            if key == Qt.Key.Key_Right:
                self.stepRequested.emit(case_id, 1)
                return
            if key == Qt.Key.Key_Left:
                self.stepRequested.emit(case_id, -1)
                return
        super().keyPressEvent(event)


class StageColumn(QFrame):
    """A stage's heading, its count and its cards."""

    def __init__(self, stage: Stage, proxy: CardFilterProxy, delegate: CardDelegate, parent=None):
        super().__init__(parent)
        self.stage = stage
        self.proxy = proxy
        self.setObjectName(f"StageColumn{int(stage)}")
        self.setProperty("stageColumn", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setContentsMargins(10, 8, 10, 2)
        self.title = QLabel(f"{int(stage)}. {stage.short_label}")
        self.title.setObjectName("StageTitle")
        self.title.setToolTip(stage.label)
        self.title.setStyleSheet(f"color: {STAGE_COLOURS[stage]}; font-weight: 600;")
        self.count = QLabel("0")
        self.count.setObjectName("StageCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        layout.addLayout(head)
        self.view = CardListView(self)
        self.view.setObjectName(f"StageList{int(stage)}")
        self.view.setAccessibleName(f"Ärenden i steget {stage.label}")
        self.view.setModel(proxy)
        self.view.setItemDelegate(delegate)
        layout.addWidget(self.view, 1)
        for signal in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
            getattr(proxy, signal).connect(self.update_count)

    def update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.proxy.sourceModel().rowCount()
        self.count.setText(str(total) if shown == total else f"{shown} av {total}")


class CaseBoard(QWidget):
    """Search, filters and the six stage columns. objectName CaseBoard."""

    caseOpened = Signal(int)
    loadedSnapshot = Signal(object)  # the BoardSnapshot, for the Today list and the window
    caseRefreshed = Signal(int, object)  # case id, its Today items after a move
    statusMessage = Signal(str)

    def __init__(self, service: BoardService, tasks: TaskManager, parent=None):
        super().__init__(parent)
        self.setObjectName("CaseBoard")
        self.setAccessibleName("Ärendetavla")
        self._service = service
        self._tasks = tasks
        self.model = BoardModel(self)
        self.model.moveRequested.connect(self.move_case)
        self._loaded_once = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._filter_bar())

        self.banner = QFrame(self)
        self.banner.setObjectName("MoveBanner")
        self.banner.setStyleSheet(
            "#MoveBanner { background: #fdecea; border: 1px solid #f1b0ab; border-radius: 6px; }"
            "#MoveBanner QLabel { color: #7a1712; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("MoveBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("Stäng")
        close.setAutoRaise(True)
        close.clicked.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.stack = QStackedWidget(self)
        self.loading = QLabel("Läser in ärenden…")
        self.loading.setObjectName("BoardLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("color: #5f6b7a; font-size: 13pt;")
        self.stack.addWidget(self.loading)
        columns_widget = QWidget()
        columns = QHBoxLayout(columns_widget)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(8)
        self._delegate = CardDelegate(self.model, self)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in Stage:
            proxy = CardFilterProxy(self.model.stage_model(stage), self)
            column = StageColumn(stage, proxy, self._delegate, columns_widget)
            column.view.openRequested.connect(self.caseOpened)
            column.view.stepRequested.connect(self.step_case)
            column.view.customContextMenuRequested.connect(
                lambda pos, view=column.view: self._context_menu(view, pos)
            )
            self.columns[stage] = column
            columns.addWidget(column, 1)
        self.stack.addWidget(columns_widget)
        layout.addWidget(self.stack, 1)
        self.setStyleSheet(
            "QFrame[stageColumn=\"true\"] { background: #eef1f5; border-radius: 8px; }"
            "QFrame[stageColumn=\"true\"] QListView { background: #eef1f5; border: none; }"
            "QScrollBar:vertical { width: 8px; background: #eef1f5; margin: 0; }"
            "QScrollBar::handle:vertical { background: #c3cad4; border-radius: 4px;"
            " min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
            "#StageCount { color: #5f6b7a; }"
        )
        self.model.loaded.connect(self._refill_filters)

    # --- the filter bar ---------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("BoardSearch")
        self.search.setPlaceholderText("Sök namn, personnummer, verksamhet eller fråga…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Sök ärenden")
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.apply_filters)
        bar.addWidget(self.search, 3)

        self.coordinator = QComboBox(self)
        self.coordinator.setObjectName("CoordinatorFilter")
        self.coordinator.setAccessibleName("Samordnare")
        self.coordinator.setToolTip("Mina ärenden: visa bara en samordnares ärenden")
        self.coordinator.addItem("Alla samordnare", "")
        self.coordinator.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.coordinator, 1)

        self.stage = QComboBox(self)
        self.stage.setObjectName("StageFilter")
        self.stage.setAccessibleName("Steg")
        self.stage.addItem("Alla steg", 0)
        for stage in Stage:
            self.stage.addItem(f"{int(stage)}. {stage.label}", int(stage))
        self.stage.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.stage, 1)

        self.organisation = QComboBox(self)
        self.organisation.setObjectName("OrganisationFilter")
        self.organisation.setAccessibleName("Verksamhet")
        self.organisation.addItem("Alla verksamheter", "")
        self.organisation.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.organisation, 1)

        self.attention = QCheckBox("Behöver åtgärd", self)
        self.attention.setObjectName("AttentionFilter")
        self.attention.setToolTip("Visa bara ärenden med flaggor eller något försenat")
        self.attention.toggled.connect(self.apply_filters)
        bar.addWidget(self.attention)
        for combo in (self.coordinator, self.stage, self.organisation):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        return bar

    def _refill_filters(self) -> None:
        for combo, values in (
            (self.coordinator, self.model.coordinators),
            (self.organisation, self.model.organisations),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.apply_filters()

    def query(self) -> CardQuery:
        stage = self.stage.currentData()
        return CardQuery(
            text=self.search.text(),
            coordinator=self.coordinator.currentData() or "",
            needs_attention=self.attention.isChecked(),
            organisation=self.organisation.currentData() or "",
            stage=Stage(stage) if stage else None,
        )

    def apply_filters(self, *args) -> None:
        query = self.query()
        column_query = CardQuery(
            text=query.text,
            coordinator=query.coordinator,
            needs_attention=query.needs_attention,
            organisation=query.organisation,
        )
        for stage, column in self.columns.items():
            column.setVisible(query.stage is None or query.stage == stage)
            column.proxy.set_query(column_query)
        shown = sum(c.proxy.rowCount() for c in self.columns.values() if c.isVisibleTo(self))
        total = self.model.count()
        self.statusMessage.emit(
            f"{total} ärenden" if query.is_empty else f"Visar {shown} av {total} ärenden"
        )

    def visible_case_ids(self, stage: Stage) -> list[int]:
        proxy = self.columns[stage].proxy
        return [proxy.index(row, 0).data(CaseIdRole) for row in range(proxy.rowCount())]

    # --- loading -------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._loaded_once

    def refresh(self) -> None:
        """Load every card in the background; the board stays usable meanwhile."""
        if not self._loaded_once:
            self.stack.setCurrentWidget(self.loading)
        self.statusMessage.emit("Läser in ärenden…")
        self._tasks.run(self._service.snapshot, self._loaded, self._load_failed)

    def _loaded(self, snapshot: BoardSnapshot) -> None:
        self._loaded_once = True
        self.model.set_snapshot(snapshot)
        self.stack.setCurrentIndex(1)
        self.loadedSnapshot.emit(snapshot)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading.setText(f"Ärendena kunde inte läsas in.\n{exc}")
        self.statusMessage.emit("Ärendena kunde inte läsas in.")

    # --- moving --------------------------------------------------------------

    def current_case_id(self) -> int | None:
        for column in self.columns.values():
            if column.view.hasFocus():
                return column.view.current_case_id()
        for column in self.columns.values():
            if column.view.currentIndex().isValid() and column.isVisible():
                return column.view.current_case_id()
        return None

    def view_of(self, stage: Stage) -> CardListView:
        return self.columns[stage].view

    def step_case(self, case_id: int, delta: int) -> None:
        stage = self.model.stage_of(case_id)
        if stage is None:
            return
        target = int(stage) + delta
        if not 1 <= target <= len(Stage):
            self.show_refusal(["Det finns inget steg åt det hållet."])
            return
        self.move_case(case_id, target)

    def move_case(self, case_id: int, target: int) -> None:
        """Ask the services to move the case; the card follows only if the store agrees."""
        stage = Stage(target)
        self.banner.hide()
        service = self._service

        def work():
            service.move(case_id, stage)
            return service.refreshed(case_id)

        self._tasks.run(
            work,
            lambda result: self._moved(case_id, result),
            lambda exc: self._move_failed(exc),
        )

    def refresh_case(self, case_id: int) -> None:
        """Show one case as the store has it now, after an edit elsewhere (the record)."""
        service = self._service
        self._tasks.run(lambda: service.refreshed(case_id), self._refreshed)

    def _refreshed(self, result) -> None:
        card, items = result
        self.model.put(card)
        self.caseRefreshed.emit(card.id, items)

    def _moved(self, case_id: int, result) -> None:
        card, items = result
        self.model.put(card)
        self.caseRefreshed.emit(case_id, items)
        column = self.columns[card.stage]
        proxy_row = next(
            (r for r in range(column.proxy.rowCount())
             if column.proxy.index(r, 0).data(CaseIdRole) == case_id),
            -1,
        )
        if proxy_row >= 0 and column.isVisible():
            index = column.proxy.index(proxy_row, 0)
            column.view.setCurrentIndex(index)
            column.view.scrollTo(index)
            column.view.setFocus()
        self.statusMessage.emit(
            f"{shown_name(card, self.model.show_initials)} flyttades till ”{card.stage.label}”."
        )

    def _move_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MoveRefused):
            self.show_refusal(exc.reasons)
        elif isinstance(exc, DomainError):
            self.show_refusal([str(exc)])
        else:
            self.show_refusal([f"Flytten kunde inte sparas: {exc}"])

    def show_refusal(self, reasons: list[str]) -> None:
        text = "Ärendet flyttades inte."
        if len(reasons) == 1:
            text += " " + reasons[0]
        else:
            text += "".join(f"\n• {r}" for r in reasons)
        self.banner_text.setText(text)
        self.banner.show()

    # --- menus ---------------------------------------------------------------

    def move_menu(self, case_id: int, parent: QWidget | None = None) -> QMenu:
        menu = QMenu("Flytta till…", parent or self)
        current = self.model.stage_of(case_id)
        for stage in Stage:
            action = QAction(f"{int(stage)}. {stage.label}", menu)
            action.setEnabled(stage != current)
            action.triggered.connect(
                lambda checked=False, s=stage: self.move_case(case_id, int(s))
            )
            menu.addAction(action)
        return menu

    def _context_menu(self, view: CardListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        case_id = index.data(CaseIdRole)
        menu = QMenu(self)
        open_action = menu.addAction("Öppna ärendet")
        open_action.triggered.connect(lambda: self.caseOpened.emit(case_id))
        menu.addSeparator()
        forward = menu.addAction("Flytta till nästa steg")
        forward.triggered.connect(lambda: self.step_case(case_id, 1))
        back = menu.addAction("Flytta till föregående steg")
        back.triggered.connect(lambda: self.step_case(case_id, -1))
        menu.addMenu(self.move_menu(case_id, menu))
        menu.exec(view.viewport().mapToGlobal(pos))
