"""The wall: the protocol being written, in large type, for everyone in the room.

ProjectorWindow only ever receives a ProjectedProtocol (sipdesk.domain.protocol
.projected): no internal notes, personnummer masked, no other case. It
repaints in the same event-loop turn as the keystroke that changed the text:
labels whose text did not change are left alone, so typing stays cheap even
with a long protocol.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.protocol import (
    ACTIONS,
    FORMALITIES,
    PLAIN_HEADINGS,
    REVIEW,
    ProjectedProtocol,
)
from sipdesk.ui import theme
from sipdesk.ui.meeting_mode.screens import ScreenInfo, ScreenList
from sipdesk.ui.meeting_mode.wall_text import WallText

DEFAULT_FONT_PX = 34
MIN_FONT_PX = 16
MAX_FONT_PX = 96
FONT_STEP_PX = 4
BLANK_TEXT = "Skärmen är pausad"
WRITING_NOW = "Vi skriver just nu …"

# High contrast for a projector in a lit room: near-black on white, a warm
# marker for the part of the meeting we are in.
_INK = theme.STRONG
_PAPER = theme.PANEL
_HEADING = theme.HEADING
_MUTED = theme.MUTED
_MARK = theme.CURRENT_FILL
_MARK_EDGE = theme.CURRENT
# The current block's marker on its left edge, painted by the block itself (see _Block).
_EDGE_PX = 12
_RADIUS_PX = 6


# The labels that carry what was said or who is there (headings are the template's).
_PERSONAL_LABELS = frozenset({"ProjectorTitle", "ProjectorChild", "ProjectorMeeting",
                              "ProjectorPresent", "ProjectorText", "ProjectorCell",
                              "ProjectorNext"})


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # never rich text from the protocol
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _set(label: QLabel, text: str) -> bool:
    if label.text() == text:
        return False
    label.setText(text)
    return True


class _Block(QFrame):
    """One part of the wall: a plain heading and what has been written.

    The marker on the current block's left edge is painted here, inside the layout's
    margin, not as a style-sheet border: a border becomes the frame's contents margin,
    and Qt asks a layout's height at its size hint's width plus that margin
    (QLayout::totalSizeHint), 12 px wider than the text is painted, so every
    keystroke laid the paragraph out at two widths.
    """

    def __init__(self, key: str, heading: str):
        super().__init__()
        self.key = key
        self.setObjectName("ProjectorBlock")
        self.setProperty("current", False)
        self.heading = _label("ProjectorHeading")
        self.heading.setText(heading)
        # What is being typed: laid out again only where it changed (wall_text.py).
        self.body = WallText()
        self.body.setObjectName("ProjectorText")
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(28 + _EDGE_PX, 14, 28, 18)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.property("current"):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), _RADIUS_PX, _RADIUS_PX)
        painter.setClipRect(0, 0, _EDGE_PX, self.height())
        painter.fillPath(outline, QColor(_MARK_EDGE))
        painter.end()

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            for w in (self, self.heading, self.body):
                w.style().unpolish(w)
                w.style().polish(w)


class _TableBlock(_Block):
    """A block whose body is a grid: the actions, or the review of the last plan."""

    def __init__(self, key: str, heading: str, columns: list[str]):
        super().__init__(key, heading)
        self.body.hide()
        self.columns = columns
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        self.column.addLayout(self.grid)
        self.heads: list[QLabel] = []
        for col, title in enumerate(columns):
            head = _label("ProjectorColumn")
            head.setText(title)
            self.heads.append(head)
            self.grid.addWidget(head, 0, col)
        self.cells: list[list[QLabel]] = []
        self.empty = _label("ProjectorText")
        self.column.addWidget(self.empty)

    def set_rows(self, rows: list[tuple[str, ...]], empty_text: str) -> None:
        while len(self.cells) < len(rows):
            row = [_label("ProjectorCell") for _ in self.columns]
            for col, cell in enumerate(row):
                self.grid.addWidget(cell, len(self.cells) + 1, col)
            self.cells.append(row)
        while len(self.cells) > len(rows):
            for cell in self.cells.pop():
                self.grid.removeWidget(cell)
                cell.deleteLater()
        for cells, values in zip(self.cells, rows, strict=True):
            for cell, value in zip(cells, values, strict=True):
                _set(cell, value)
        for head in self.heads:
            head.setVisible(bool(rows))
        _set(self.empty, "" if rows else empty_text)
        self.empty.setVisible(not rows)


class ProjectorWindow(QWidget):
    """A second top-level window: full screen on the chosen screen, or a window."""

    blankChanged = Signal(bool)
    fontSizeChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, screens: ScreenList | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("ProjectorWindow")
        self.setWindowTitle("SIP – visas på skärmen")
        self._screens = screens
        self._font_px = DEFAULT_FONT_PX
        self._blank = False
        self._locked = False
        self._current = ""
        self._protocol: ProjectedProtocol | None = None
        self._blocks: dict[str, _Block] = {}

        self._stack = QStackedLayout(self)
        self.content = QScrollArea()
        self.content.setObjectName("ProjectorContent")
        self.content.setWidgetResizable(True)
        self.content.setFrameShape(QFrame.Shape.NoFrame)
        self.content.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # shown, never typed in
        self._page = QWidget()
        self._page.setObjectName("ProjectorPage")
        self._column = QVBoxLayout(self._page)
        self._column.setContentsMargins(64, 40, 64, 64)
        self._column.setSpacing(14)
        self.content.setWidget(self._page)

        self.title = _label("ProjectorTitle")
        self.child = _label("ProjectorChild")
        self.meeting = _label("ProjectorMeeting")
        self.present = _label("ProjectorPresent")
        header = QFrame()
        header.setObjectName("ProjectorHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(28, 18, 28, 18)
        hl.setSpacing(4)
        for w in (self.title, self.child, self.meeting, self.present):
            hl.addWidget(w)
        self._column.addWidget(header)
        self._body = QVBoxLayout()
        self._body.setSpacing(14)
        self._column.addLayout(self._body)
        self.next_meeting = _label("ProjectorNext")
        self._column.addWidget(self.next_meeting)
        self._column.addStretch(1)

        self.blank_page = QLabel(BLANK_TEXT)
        self.blank_page.setObjectName("ProjectorBlank")
        self.blank_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The lock's neutral screen: it says nothing of the meeting or the child.
        self.locked_page = QLabel(BLANK_TEXT)
        self.locked_page.setObjectName("ProjectorLocked")
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.content)
        self._stack.addWidget(self.blank_page)
        self._stack.addWidget(self.locked_page)

        for keys, step in ((("Ctrl++", "Ctrl+="), 1), (("Ctrl+-",), -1)):
            for key in keys:
                QShortcut(QKeySequence(key), self, lambda s=step: self.zoom(s))
        QShortcut(QKeySequence("B"), self, self.toggle_blank)
        QShortcut(QKeySequence("F8"), self, self.toggle_blank)
        QShortcut(QKeySequence("Escape"), self, self._leave_full_screen)
        self._apply_style()

    # --- content -------------------------------------------------------------------

    def show_protocol(self, protocol: ProjectedProtocol) -> None:
        """Show `protocol` now; only labels whose text changed are touched."""
        self._protocol = protocol
        if self._locked:  # kept for the unlock, shown on no label until then
            return
        _set(self.title, protocol.title)
        name = protocol.child_name
        if protocol.personnummer:
            name += f"   {protocol.personnummer}"
        _set(self.child, name)
        _set(self.meeting, protocol.meeting_line)
        _set(self.present, "Med på mötet: " + ", ".join(protocol.present)
             if protocol.present else "")
        self.present.setVisible(bool(protocol.present))
        self._ensure_blocks(protocol)
        for section in protocol.sections:
            block = self._blocks[section.key]
            _set(block.heading, section.heading)
            shown = section.text or (WRITING_NOW if section.key == self._current else "")
            _set(block.body, shown)
            show = bool(section.text) or section.key == self._current
            if block.isHidden() == show:
                block.setVisible(show)
        actions = self._blocks[ACTIONS]
        assert isinstance(actions, _TableBlock)
        actions.set_rows([(a.goal, a.action, a.who, a.when) for a in protocol.actions],
                         "Här skriver vi vem som gör vad, och när.")
        review = self._blocks.get(REVIEW)
        if isinstance(review, _TableBlock):
            review.set_rows(
                [(r.goal, r.action, r.who, " ".join(x for x in (r.status, r.goal_status) if x)
                  + (f"\n{r.comment}" if r.comment else "")) for r in protocol.review], "")
            review.setVisible(bool(protocol.review))
        _set(self.next_meeting, f"Nästa gång vi ses: {protocol.next_meeting_line}"
             if protocol.next_meeting_line else "")
        self.next_meeting.setVisible(bool(protocol.next_meeting_line))

    def _ensure_blocks(self, protocol: ProjectedProtocol) -> None:
        wanted = [s.key for s in protocol.sections]
        have = [k for k in self._blocks if k not in (ACTIONS, REVIEW)]
        if have == wanted:
            return
        for block in self._blocks.values():
            self._body.removeWidget(block)
            block.deleteLater()
        self._blocks = {}
        review = _TableBlock(REVIEW, PLAIN_HEADINGS[REVIEW],
                             ["Mål", "Insats", "Vem", "Hur gick det?"])
        self._blocks[REVIEW] = review
        self._body.addWidget(review)
        for section in protocol.sections:
            block = _Block(section.key, section.heading)
            self._blocks[section.key] = block
            self._body.addWidget(block)
            if section.key == protocol.actions_after:
                actions = _TableBlock(ACTIONS, PLAIN_HEADINGS[ACTIONS],
                                      ["Mål", "Insats", "Vem", "När"])
                self._blocks[ACTIONS] = actions
                self._body.addWidget(actions)
        if ACTIONS not in self._blocks:
            self._blocks[ACTIONS] = _TableBlock(ACTIONS, PLAIN_HEADINGS[ACTIONS],
                                                ["Mål", "Insats", "Vem", "När"])
            self._body.addWidget(self._blocks[ACTIONS])
        self._apply_current()

    def keyPressEvent(self, event):  # noqa: N802
        """B (or F8) blanks, Ctrl+plus/minus sizes the type; also without the shortcuts."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        if key in (Qt.Key.Key_B, Qt.Key.Key_F8) and not ctrl:
            self.toggle_blank()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(-1)
        elif key == Qt.Key.Key_Escape:
            self._leave_full_screen()
        else:
            super().keyPressEvent(event)

    # --- the part we are in ---------------------------------------------------------

    @property
    def current_section(self) -> str:
        return self._current

    def set_current_section(self, key: str) -> None:
        if key == self._current:
            return
        self._current = key
        if self._protocol is not None:
            self.show_protocol(self._protocol)
        self._apply_current()

    def _apply_current(self) -> None:
        for key, block in self._blocks.items():
            block.set_current(key == self._current)
        if self._current in self._blocks or self._current == FORMALITIES:
            # With self as context, Qt drops the call if the window is gone by then.
            QTimer.singleShot(0, self, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        block = self._blocks.get(self._current)
        if block is None:
            self.content.verticalScrollBar().setValue(0)
            return
        self.content.ensureWidgetVisible(block, 0, 60)

    # --- blanking -----------------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        if blank == self._blank:
            return
        self._blank = blank
        self._show_page()
        self.blankChanged.emit(blank)

    def _show_page(self) -> None:
        page = self.blank_page if self._blank else self.content
        if self._locked:
            page = self.locked_page
        self._stack.setCurrentWidget(page)

    # --- the lock ----------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """The program is locked: a neutral screen, and the protocol's words off every label.

        Unlocked, the last protocol is shown again until the editor sends a newer one.
        """
        if locked == self._locked:
            return
        self._locked = locked
        if locked:
            for label in self.content.findChildren(QLabel):
                if label.objectName() in _PERSONAL_LABELS:
                    label.clear()
        elif self._protocol is not None:
            self.show_protocol(self._protocol)
        self._show_page()

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    # --- type size ------------------------------------------------------------------------

    @property
    def font_px(self) -> int:
        return self._font_px

    def set_font_px(self, px: int) -> None:
        px = max(MIN_FONT_PX, min(MAX_FONT_PX, int(px)))
        if px != self._font_px:
            self._font_px = px
            self._apply_style()
            self.fontSizeChanged.emit(px)

    def zoom(self, steps: int) -> None:
        self.set_font_px(self._font_px + steps * FONT_STEP_PX)

    def _apply_style(self) -> None:
        px = self._font_px

        def size(value: float) -> str:  # the room's size, set by the zoom, not the desktop's
            return theme.font_size(value, "px", scaled=False)

        self.setStyleSheet(f"""
            #ProjectorWindow, #ProjectorPage, #ProjectorContent {{ background: {_PAPER}; }}
            QLabel {{ color: {_INK}; background: transparent; }}
            #ProjectorHeader {{ border-bottom: 4px solid {_HEADING}; }}
            #ProjectorTitle {{ {size(px * 0.62)} color: {_MUTED};
                               font-weight: 600; letter-spacing: 1px; }}
            #ProjectorChild {{ {size(px * 1.45)} font-weight: 700; }}
            #ProjectorMeeting, #ProjectorPresent {{ {size(px * 0.7)}
                               color: {_MUTED}; }}
            #ProjectorBlock {{ border-radius: {_RADIUS_PX}px; }}
            #ProjectorBlock[current="true"] {{ background: {_MARK}; }}
            #ProjectorHeading {{ {size(px * 1.05)} font-weight: 700;
                               color: {_HEADING}; }}
            #ProjectorText, #ProjectorCell {{ {size(px)} line-height: 130%; }}
            #ProjectorColumn {{ {size(px * 0.66)} color: {_MUTED};
                               font-weight: 700; text-transform: uppercase; }}
            #ProjectorNext {{ {size(px * 0.9)} font-weight: 700;
                               color: {_HEADING}; padding: 12px 28px; }}
            #ProjectorBlank, #ProjectorLocked {{ background: {theme.PAUSED_SCREEN};
                               color: {theme.PAUSED_SCREEN_INK};
                               {size(px * 1.2)} }}
        """)

    # --- placing ------------------------------------------------------------------------

    def place_on(self, info: ScreenInfo | None) -> None:
        """Full screen, frameless, on `info` when it is a second screen; else a window."""
        screens = self._screens
        full = screens is not None and screens.is_full_screen_target(info)
        qscreen = screens.qscreen(info) if screens is not None else None
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, full)
        if full and info is not None:
            if qscreen is not None:
                self.setScreen(qscreen)
            self.setGeometry(info.geometry)
            self.showFullScreen()
        else:
            if info is not None and not self.isVisible():
                geo = info.geometry
                self.resize(min(1280, geo.width()), min(720, geo.height()))
            self.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.raise_()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.showNormal()

    # --- for tests and checks ----------------------------------------------------------------

    def visible_texts(self) -> list[str]:
        """Every text in the window's labels (visible or not): what could reach the wall."""
        return [label.text() for label in self.findChildren(QLabel)]
