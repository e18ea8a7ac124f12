"""The editor's controls of the wall: which screen, show, pause, type size.

WallControls owns the projector window once it is opened, mirrors the
protocol and the current part onto it, and remembers the chosen screen and
the type size between meetings (sipdesk.ui.memory).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QWidget

from sipdesk.domain.protocol import ProjectedProtocol
from sipdesk.ui import memory
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_meetings import translate
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.meeting_mode.screens import ScreenList

SCREEN_KEY = "meeting_mode/projector_screen"  # the screen's name
SCREEN_NUMBER_KEY = "meeting_mode/projector_screen_number"
FONT_KEY = "meeting_mode/projector_font_px"
PAUSE = QT_TRANSLATE_NOOP("WallControls", "Pausa skärmen (F8)")
RESUME = QT_TRANSLATE_NOOP("WallControls", "Visa skärmen igen (F8)")


class WallControls(QWidget):
    """Screen choice and the buttons of the wall; `projector` once it has been opened."""

    blankRequested = Signal(bool)
    fontStepRequested = Signal(int)

    def __init__(self, screens: ScreenList, parent: QWidget | None = None):
        super().__init__(parent)
        self._screens = screens
        self.projector: ProjectorWindow | None = None
        self._projected: ProjectedProtocol | None = None
        self._current = ""
        self._blank = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("ScreenChoice")
        self.screen_choice.setAccessibleDescription(translate(
            "WallControls", "Skärmen där protokollet visas för mötet"))
        self.screen_choice.setAccessibleName(translate("WallControls", "Skärm för protokollet"))
        self.screen_choice.setToolTip(
            translate("WallControls", "Vilken skärm protokollet visas på"))
        # A monitor's long name must not widen meeting mode past a laptop's screen.
        self.screen_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_choice.setMinimumContentsLength(14)  # whole in the open list
        self.screen_choice.activated.connect(lambda _i: self._remember_screen())
        row.addWidget(self.screen_choice)
        self.show_button = QPushButton(translate("WallControls", "Visa på skärmen"))
        self.show_button.setObjectName("ShowOnScreen")
        self.show_button.setAccessibleDescription(translate(
            "WallControls", "Visar protokollet på vald skärm"))
        self.show_button.clicked.connect(self.open_projector)
        row.addWidget(self.show_button)
        self.blank_button = QPushButton(translate("WallControls", PAUSE))
        self.blank_button.setObjectName("BlankButton")
        self.blank_button.setAccessibleDescription(translate(
            "WallControls", "Döljer eller visar protokollet på väggskärmen"))
        self.blank_button.setCheckable(True)
        self.blank_button.toggled.connect(self.set_blank)
        row.addWidget(self.blank_button)
        for text, step, tip in (
                ("A−", -1, translate("WallControls", "Mindre text på skärmen (Ctrl+minus)")),
                ("A+", 1, translate("WallControls", "Större text på skärmen (Ctrl+plus)"))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=step: self.step_font(s))
            row.addWidget(button)
        screens.changed.connect(self._refill_screens)
        self._refill_screens()

    # --- what the wall shows ---------------------------------------------------------------

    def show_protocol(self, protocol: ProjectedProtocol) -> None:
        self._projected = protocol
        if self.projector is not None:
            self.projector.show_protocol(protocol)

    def set_current_section(self, key: str) -> None:
        self._current = key
        if self.projector is not None:
            self.projector.set_current_section(key)

    # --- the screen ------------------------------------------------------------------------

    def _remembered_screen(self) -> int | None:
        name = memory.value(SCREEN_KEY, "", str)
        named = next((s.number for s in self._screens.screens() if name and s.name == name),
                     None)
        return named if named is not None else memory.value(SCREEN_NUMBER_KEY, None, int)

    def _remember_screen(self) -> None:
        info = self._screens.screen_at(self.screen_choice.currentData())
        if info is not None:
            memory.set_value(SCREEN_KEY, info.name)
            memory.set_value(SCREEN_NUMBER_KEY, info.number)

    def _refill_screens(self) -> None:
        chosen = self.screen_choice.currentData()
        if chosen is None:
            chosen = self._remembered_screen()
        self.screen_choice.clear()
        for info in self._screens.screens():
            self.screen_choice.addItem(info.label, info.number)
            self.screen_choice.setItemData(self.screen_choice.count() - 1, info.label,
                                           Qt.ItemDataRole.ToolTipRole)
        best = self._screens.projector_screen(chosen)
        if best is not None:
            self.screen_choice.setCurrentIndex(self.screen_choice.findData(best.number))

    # --- the projector window --------------------------------------------------------------

    def attach_projector(self, projector: ProjectorWindow) -> ProjectorWindow:
        """Mirror onto `projector`: text, current part, blanking and the remembered type size."""
        self.projector = projector
        self.blankRequested.connect(projector.set_blank)
        self.fontStepRequested.connect(projector.zoom)
        projector.blankChanged.connect(self._projector_blanked)
        px = memory.value(FONT_KEY, None, int)
        if px:
            projector.set_font_px(px)
        projector.fontSizeChanged.connect(lambda size: memory.set_value(FONT_KEY, size))
        projector.set_current_section(self._current)
        if self._projected is not None:
            projector.show_protocol(self._projected)
        projector.set_blank(self._blank)
        return projector

    def open_projector(self) -> ProjectorWindow:
        """Show the projector on the chosen screen (full screen there; a window with one screen)."""
        projector = self.projector
        if projector is None:
            projector = self.attach_projector(ProjectorWindow(self, screens=self._screens))
        self._remember_screen()
        projector.place_on(self._screens.projector_screen(self.screen_choice.currentData()))
        self.show_button.setText(translate("WallControls", "Flytta till vald skärm"))
        return projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        if self.blank_button.isChecked() != blank:
            self.blank_button.setChecked(blank)
        self.blank_button.setText(translate("WallControls",
                                                             RESUME if blank else PAUSE))
        self.blankRequested.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    def _projector_blanked(self, blank: bool) -> None:
        if blank != self._blank:
            self.set_blank(blank)

    def step_font(self, steps: int) -> None:
        self.fontStepRequested.emit(steps)
