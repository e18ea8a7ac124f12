"""Which screens exist, and which one the projector goes on (as OpenLP's screens.py).

ScreenList follows QGuiApplication's screens being added, removed and
resized. The choice logic works on plain (geometry, primary) facts, so tests
can feed it fake QRect lists instead of real monitors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from sipdesk.ui.i18n_meetings import translate


@dataclass(frozen=True)
class ScreenInfo:
    number: int  # 0-based, in the order Qt lists them
    geometry: QRect
    is_primary: bool
    name: str = ""

    @property
    def label(self) -> str:
        size = f"{self.geometry.width()}×{self.geometry.height()}"
        if self.is_primary:
            text = translate("ScreenList", "Skärm {number} (huvudskärm, {size})")
        else:
            text = translate("ScreenList", "Skärm {number} (extra skärm, {size})")
        return text.format(number=self.number + 1, size=size)


class ScreenList(QObject):
    """The screens now, with `changed` when one is added, removed or resized."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 rects: Sequence[QRect] | None = None, primary: int = 0):
        super().__init__(parent)
        self._fake = rects is not None
        self._screens: list[ScreenInfo] = []
        if rects is not None:
            self.set_rects(rects, primary)
            return
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)
            app.primaryScreenChanged.connect(lambda _s: self.refresh())
            for screen in QGuiApplication.screens():
                screen.geometryChanged.connect(self.refresh)
        self.refresh()

    @classmethod
    def from_rects(cls, rects: Sequence[QRect], primary: int = 0) -> ScreenList:
        """Fake screens for tests: no monitor needed."""
        return cls(rects=rects, primary=primary)

    # --- the facts ---------------------------------------------------------------

    def screens(self) -> list[ScreenInfo]:
        return list(self._screens)

    def __len__(self) -> int:
        return len(self._screens)

    @property
    def primary(self) -> ScreenInfo | None:
        return next((s for s in self._screens if s.is_primary), None)

    @property
    def has_second_screen(self) -> bool:
        return len(self._screens) > 1

    def projector_screen(self, preferred: int | None = None) -> ScreenInfo | None:
        """The chosen screen if it still exists, else the first that is not the primary.

        With one screen that one screen (the projector is then an ordinary window).
        """
        if preferred is not None and 0 <= preferred < len(self._screens):
            return self._screens[preferred]
        others = [s for s in self._screens if not s.is_primary]
        return others[0] if others else self.primary

    def is_full_screen_target(self, info: ScreenInfo | None) -> bool:
        """Full screen only on a screen other than the primary one (where the editor is)."""
        return info is not None and self.has_second_screen and not info.is_primary

    def screen_at(self, number: int | None) -> ScreenInfo | None:
        if number is None or not 0 <= number < len(self._screens):
            return None
        return self._screens[number]

    def qscreen(self, info: ScreenInfo | None) -> QScreen | None:
        """The real QScreen of a ScreenInfo (None for fake screens)."""
        if self._fake or info is None:
            return None
        screens = QGuiApplication.screens()
        return screens[info.number] if info.number < len(screens) else None

    # --- following changes ------------------------------------------------------

    def set_rects(self, rects: Sequence[QRect], primary: int = 0) -> None:
        """Replace fake screens (as a monitor being plugged in or out)."""
        self._screens = [
            ScreenInfo(i, QRect(r), i == primary, f"Fake {i + 1}") for i, r in enumerate(rects)
        ]
        self.changed.emit()

    def refresh(self) -> None:
        if self._fake:
            return
        primary = QGuiApplication.primaryScreen()
        self._screens = [
            ScreenInfo(i, QRect(s.geometry()), s is primary, s.name())
            for i, s in enumerate(QGuiApplication.screens())
        ]
        self.changed.emit()

    def _screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self.refresh)
        self.refresh()

    def _screen_removed(self, _screen: QScreen) -> None:
        self.refresh()
