"""The case board (objectName CaseBoard): six stage columns of case cards.

The board shows and asks; it never decides. Cards come from a board snapshot
read through the seam; a move (drag and drop, Ctrl+Right/Ctrl+Left, or the
context menu) is a write through the seam, and the card moves only once the
store has it, from the card the move returns. A refused move shows the
rules' Swedish reasons in a banner. Any other change to a case, made anywhere
in the window, reaches the board as Changes and it reads that card again.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.board import BoardSnapshot, CardQuery, CardUpdate
from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.enums import Stage
from sipdesk.ui import theme
from sipdesk.ui.board.board_model import BoardModel, CardFilterProxy, CaseIdRole, shown_name
from sipdesk.ui.board.cards import CardDelegate
from sipdesk.ui.board.empty import EmptyBoard
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n import stage_label, stage_short_label
from sipdesk.ui.operations import Failure, Operations

# Several changes in a row (typing saved every second) become one read of their cards.
REFRESH_DELAY_MS = 50


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

    def follow_filter(self, proxy: CardFilterProxy) -> None:
        """Keep the current card (and its selection) when a new search resets the rows."""
        self._kept: tuple[int, bool] | None = None
        proxy.modelAboutToBeReset.connect(self._remember_current)
        proxy.modelReset.connect(lambda: self._restore_current(proxy))

    def _remember_current(self) -> None:
        case_id = self.current_case_id()
        selected = self.selectionModel().isSelected(self.currentIndex())
        self._kept = (case_id, selected) if case_id is not None else None

    def _restore_current(self, proxy: CardFilterProxy) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        row = proxy.row_of(kept[0])
        if row >= 0:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect if kept[1]
                     else QItemSelectionModel.SelectionFlag.NoUpdate)
            self.selectionModel().setCurrentIndex(proxy.index(row, 0), flags)

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
        self.title = QLabel(f"{int(stage)}. {stage_short_label(stage)}")
        self.title.setObjectName("StageTitle")
        self.title.setToolTip(stage_label(stage))
        self.title.setStyleSheet(f"color: {theme.STAGE_COLOURS[stage]}; font-weight: 600;")
        self.count = QLabel("0")
        self.count.setObjectName("StageCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        layout.addLayout(head)
        self.view = CardListView(self)
        self.view.setObjectName(f"StageList{int(stage)}")
        self.view.setAccessibleName(QCoreApplication.translate(
            "CaseBoard", "Ärenden i steget {stage}").format(stage=stage_label(stage)))
        self.view.setAccessibleDescription(QCoreApplication.translate(
            "CaseBoard", "Ett kort per ärende. Enter öppnar ärendet, Ctrl+Högerpil och "
                         "Ctrl+Vänsterpil flyttar det ett steg; snabbmenyn har fler val."))
        self.view.setModel(proxy)
        self.view.follow_filter(proxy)
        self.view.setItemDelegate(delegate)
        layout.addWidget(self.view, 1)
        for signal in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
            getattr(proxy, signal).connect(self.update_count)
        # A card added or removed that the search hides still changes the total.
        for signal in ("rowsInserted", "rowsRemoved"):
            getattr(proxy.stage_model, signal).connect(self.update_count)

    def update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.proxy.stage_model.rowCount()
        self.count.setText(str(total) if shown == total else QCoreApplication.translate(
            "CaseBoard", "{shown} av {total}").format(shown=shown, total=total))


class CaseBoard(QWidget):
    """Search, filters and the six stage columns. objectName CaseBoard."""

    caseOpened = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CaseBoard")
        self.setAccessibleName(QCoreApplication.translate("CaseBoard", "Ärendetavla"))
        self._ops = ops
        self.model = BoardModel(self)
        self.model.moveRequested.connect(self.move_case)
        self._loaded_once = False
        self._stale: set[int] = set()
        self._just_moved: set[int] = set()
        self._reload_all = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._read_changed)
        ops.changed.connect(self._changed)
        self.case_actions: list[QAction] = []  # the window's, for the card's context menu

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self._banner())

        self.stack = QStackedWidget(self)
        self.loading = QLabel(QCoreApplication.translate("CaseBoard", "Läser in ärenden…"))
        self.loading.setObjectName("BoardLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet(f"color: {theme.MUTED}; {theme.font_size(13)}")
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
        self._columns_widget = columns_widget
        # In the columns' place while there are no cases: what to do first.
        self.empty = EmptyBoard(self.stack)
        self.stack.addWidget(self.empty)
        self.model.todayChanged.connect(self._show_cards_or_empty)
        layout.addWidget(self.stack, 1)
        self.setStyleSheet(
            f"QFrame[stageColumn=\"true\"] {{ background: {theme.COLUMN}; border-radius: 8px; }}"
            f"QFrame[stageColumn=\"true\"] QListView {{ background: {theme.COLUMN};"
            " border: none; }"
            f"QScrollBar:vertical {{ width: 8px; background: {theme.COLUMN}; margin: 0; }}"
            f"QScrollBar::handle:vertical {{ background: {theme.SCROLL_HANDLE}; border-radius: 4px;"
            " min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
            f"#StageCount {{ color: {theme.MUTED}; }}"
        )
        self.model.loaded.connect(self._refill_filters)
        describe(self, {
            self.search: QCoreApplication.translate(
                "CaseBoard", "Visar bara ärenden där barnets namn, personnumret, en verksamhet "
                             "eller frågan innehåller det du skriver"),
            self.stage: QCoreApplication.translate(
                "CaseBoard", "Visar bara det valda stegets kolumn"),
            self.organisation: QCoreApplication.translate(
                "CaseBoard", "Visar bara ärenden där den valda verksamheten är med"),
            self._close_banner: QCoreApplication.translate(
                "CaseBoard", "Döljer meddelandet om varför ärendet inte flyttades"),
        })

    def _banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("MoveBanner")
        self.banner.setStyleSheet(
            f"#MoveBanner {{ background: {theme.ERROR_FILL};"
            f" border: 1px solid {theme.ERROR_BORDER}; border-radius: 6px; }}"
            f" #MoveBanner QLabel {{ color: {theme.ERROR_INK}; }}"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("MoveBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close_banner = close = QToolButton()
        close.setText(QCoreApplication.translate("CaseBoard", "Stäng"))
        close.setAutoRaise(True)
        close.clicked.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        return self.banner

    # --- the filter bar ---------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("BoardSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("CaseBoard",
                                       "Sök namn, personnummer, verksamhet eller fråga…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("CaseBoard", "Sök ärenden"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.apply_filters)
        bar.addWidget(self.search, 3)

        self.coordinator = QComboBox(self)
        self.coordinator.setObjectName("CoordinatorFilter")
        self.coordinator.setAccessibleName(QCoreApplication.translate("CaseBoard", "Samordnare"))
        self.coordinator.setToolTip(QCoreApplication.translate(
            "CaseBoard", "Mina ärenden: visa bara en samordnares ärenden"))
        self.coordinator.addItem(QCoreApplication.translate("CaseBoard", "Alla samordnare"), "")
        self.coordinator.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.coordinator, 1)

        self.stage = QComboBox(self)
        self.stage.setObjectName("StageFilter")
        self.stage.setAccessibleName(QCoreApplication.translate("CaseBoard", "Steg"))
        self.stage.addItem(QCoreApplication.translate("CaseBoard", "Alla steg"), 0)
        for stage in Stage:
            self.stage.addItem(f"{int(stage)}. {stage_label(stage)}", int(stage))
        self.stage.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.stage, 1)

        self.organisation = QComboBox(self)
        self.organisation.setObjectName("OrganisationFilter")
        self.organisation.setAccessibleName(QCoreApplication.translate("CaseBoard", "Verksamhet"))
        self.organisation.addItem(QCoreApplication.translate("CaseBoard", "Alla verksamheter"), "")
        self.organisation.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.organisation, 1)

        self.attention = QCheckBox(QCoreApplication.translate("CaseBoard", "Behöver åtgärd"), self)
        self.attention.setObjectName("AttentionFilter")
        self.attention.setToolTip(QCoreApplication.translate(
            "CaseBoard", "Visa bara ärenden med flaggor eller något försenat"))
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
            QCoreApplication.translate("CaseBoard", "{total} ärenden").format(total=total)
            if query.is_empty else
            QCoreApplication.translate("CaseBoard", "Visar {shown} av {total} ärenden").format(
                shown=shown, total=total)
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
        self.statusMessage.emit(QCoreApplication.translate("CaseBoard", "Läser in ärenden…"))
        self._ops.read(self, lambda ws: ws.board.snapshot(), self._loaded, self._load_failed)

    def _loaded(self, snapshot: BoardSnapshot) -> None:
        self._loaded_once = True
        self.model.set_snapshot(snapshot)
        self._show_cards_or_empty()
        self.apply_filters()

    def _show_cards_or_empty(self) -> None:
        """The columns, or (with no cases at all) the panel that says what to do first."""
        if self._loaded_once:
            empty = self.model.count() == 0
            self.stack.setCurrentWidget(self.empty if empty else self._columns_widget)

    def _load_failed(self, failure: Failure) -> None:
        failed = QCoreApplication.translate("CaseBoard", "Ärendena kunde inte läsas in.")
        self.loading.setText(f"{failed}\n{failure.message}")
        self.statusMessage.emit(
            QCoreApplication.translate("CaseBoard", "Ärendena kunde inte läsas in."))

    def _changed(self, changes: Changes) -> None:
        """Something was stored somewhere in the window: read the cards it touched."""
        if changes.everything or changes.directory or changes.settings:
            self._reload_all = True  # a renamed organisation or new lead times show on cards
        else:
            ids = set(changes.cases_with(Part.CARD))
            if changes.origin is self:
                # A move's Changes come right after its result, which is on the board already.
                ids -= self._just_moved
                self._just_moved.clear()
            self._stale |= ids
        if self._reload_all or self._stale:
            self._refresh_timer.start()

    def _read_changed(self) -> None:
        if not self.isVisible() and self._loaded_once:
            return  # behind an open case: read what changed when the board is shown again
        if self._reload_all:
            self._reload_all = False
            self._stale.clear()
            self.refresh()
            return
        ids, self._stale = sorted(self._stale), set()
        self._ops.read(self, lambda ws: ws.board.refreshed_many(ids), self._refreshed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._reload_all or self._stale:
            self._refresh_timer.start()

    def _refreshed(self, updates: list[CardUpdate]) -> None:
        for update in updates:
            self.model.update(update)

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
            self.show_refusal([QCoreApplication.translate(
                "CaseBoard", "Det finns inget steg åt det hållet.")])
            return
        self.move_case(case_id, target)

    def move_case(self, case_id: int, target: int) -> None:
        """Ask for the move; the card follows only if the store agrees."""
        stage = Stage(target)
        self.banner.hide()
        self.statusMessage.emit("")  # an earlier "flyttades till" must not linger

        def refused(failure: Failure) -> None:
            self.show_refusal(list(failure.reasons) or [failure.message])

        self._ops.write(self, lambda ws: ws.board.move(case_id, stage), self._moved, refused)

    def _moved(self, update: CardUpdate) -> None:
        card = update.card
        self.model.update(update)
        self._just_moved.add(card.id)
        column = self.columns[card.stage]
        proxy_row = column.proxy.row_of(card.id)
        if proxy_row >= 0 and column.isVisible():
            index = column.proxy.index(proxy_row, 0)
            column.view.setCurrentIndex(index)
            column.view.scrollTo(index)
            column.view.setFocus()
        self.statusMessage.emit(
            QCoreApplication.translate("CaseBoard", "{name} flyttades till ”{stage}”.").format(
                name=shown_name(card, self.model.show_initials), stage=stage_label(card.stage))
        )

    def show_refusal(self, reasons: list[str]) -> None:
        text = QCoreApplication.translate("CaseBoard", "Ärendet flyttades inte.")
        if len(reasons) == 1:
            text += " " + reasons[0]
        else:
            text += "".join(f"\n• {r}" for r in reasons)
        self.banner_text.setText(text)
        self.banner.show()
        # The status bar agrees with the banner: it says moved only when a case was.
        self.statusMessage.emit(QCoreApplication.translate("CaseBoard", "Ärendet flyttades inte."))

    # --- menus ---------------------------------------------------------------

    def move_menu(self, case_id: int, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(QCoreApplication.translate("CaseBoard", "Flytta till…"), parent or self)
        current = self.model.stage_of(case_id)
        for stage in Stage:
            action = QAction(f"{int(stage)}. {stage_label(stage)}", menu)
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
        open_action = menu.addAction(QCoreApplication.translate("CaseBoard", "Öppna ärendet"))
        open_action.triggered.connect(lambda: self.caseOpened.emit(case_id))
        menu.addSeparator()
        forward = menu.addAction(
            QCoreApplication.translate("CaseBoard", "Flytta till nästa steg"))
        forward.triggered.connect(lambda: self.step_case(case_id, 1))
        back = menu.addAction(
            QCoreApplication.translate("CaseBoard", "Flytta till föregående steg"))
        back.triggered.connect(lambda: self.step_case(case_id, -1))
        menu.addMenu(self.move_menu(case_id, menu))
        if self.case_actions:
            menu.addSeparator()
            menu.addActions(self.case_actions)
        menu.exec(view.viewport().mapToGlobal(pos))
