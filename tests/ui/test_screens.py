"""Which screen the projector goes on, with fake screens (as OpenLP's screen tests)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from sipdesk.ui.meeting_mode.screens import ScreenInfo, ScreenList

LAPTOP = QRect(0, 0, 1366, 768)
WALL = QRect(1366, 0, 1920, 1080)


def _projector_screen(screens: ScreenList, preferred: int | None = None) -> ScreenInfo:
    chosen = screens.projector_screen(preferred)
    assert chosen is not None
    return chosen


def test_one_screen_is_an_ordinary_window(qapp):
    screens = ScreenList.from_rects([LAPTOP])
    chosen = _projector_screen(screens)
    assert chosen.number == 0 and chosen.is_primary
    assert not screens.has_second_screen
    assert not screens.is_full_screen_target(chosen)


def test_second_screen_is_chosen_and_full_screen(qapp):
    screens = ScreenList.from_rects([LAPTOP, WALL])
    chosen = _projector_screen(screens)
    assert chosen.number == 1 and chosen.geometry == WALL
    assert screens.is_full_screen_target(chosen)
    assert "1920×1080" in chosen.label


def test_preferred_screen_and_a_screen_unplugged(qapp, qtbot):
    screens = ScreenList.from_rects([LAPTOP, WALL, QRect(3286, 0, 1280, 1024)], primary=0)
    assert _projector_screen(screens, 2).geometry.width() == 1280
    with qtbot.waitSignal(screens.changed):
        screens.set_rects([LAPTOP])
    assert _projector_screen(screens, 2).number == 0  # gone: back to the one there is


def test_primary_need_not_be_the_first(qapp):
    screens = ScreenList.from_rects([WALL, LAPTOP], primary=1)
    assert screens.primary is not None and screens.primary.geometry == LAPTOP
    assert _projector_screen(screens).geometry == WALL


def test_real_screens_are_listed(qapp):
    screens = ScreenList()
    assert len(screens) >= 1
    assert screens.qscreen(screens.projector_screen()) is not None
