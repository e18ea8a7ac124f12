"""The projector window: large type, masked, blankable, on the chosen screen."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from sipdesk.domain.enums import Attendance, MeetingKind
from sipdesk.domain.protocol import (
    Formalities,
    Participant,
    ProjectedAction,
    ProjectedProtocol,
    ProjectedSection,
    Protocol,
    ProtocolSection,
    projected,
)
from sipdesk.domain.template import default_template
from sipdesk.ui.meeting_mode.projector import BLANK_TEXT, DEFAULT_FONT_PX, ProjectorWindow
from sipdesk.ui.meeting_mode.screens import ScreenList


def _wall(text: str = "Hemma går det bra") -> ProjectedProtocol:
    return ProjectedProtocol(
        title="Samordnad individuell plan", child_name="Ebba Test",
        personnummer="2012xxxx-xxxx", meeting_line="SIP-möte · 23 november 2026",
        present=("Anna Berg",),
        sections=(ProjectedSection("question", "Varför vi träffas", "Skolan"),
                  ProjectedSection("current_situation", "Så här är det nu", text),
                  ProjectedSection("goals", "Det här vill vi nå", "")),
        actions=(ProjectedAction("Gå i skolan", "Samtal", "Anna Berg, BUP", "v. 12"),),
        actions_after="goals",
    )


def _projector(qtbot, screens=None) -> ProjectorWindow:
    window = ProjectorWindow(screens=screens or ScreenList.from_rects([QRect(0, 0, 1366, 768)]))
    qtbot.addWidget(window)
    return window


def test_shows_the_protocol_and_only_changes_what_changed(qtbot):
    window = _projector(qtbot)
    window.show_protocol(_wall())
    texts = window.visible_texts()
    assert "Hemma går det bra" in texts and "Samtal" in texts
    assert "Ebba Test   2012xxxx-xxxx" in texts
    window.show_protocol(_wall("Hemma går det bättre"))
    assert "Hemma går det bättre" in window.visible_texts()


def test_current_section_is_highlighted_and_shown_even_when_empty(qtbot):
    window = _projector(qtbot)
    window.show_protocol(_wall())
    window.set_current_section("goals")
    block = window._blocks["goals"]
    assert block.property("current") is True
    assert not block.isHidden()
    assert window._blocks["question"].property("current") is False


def test_blank_and_unblank_with_b(qtbot):
    window = _projector(qtbot)
    window.show_protocol(_wall())
    window.place_on(None)
    QTest.keyClick(window, Qt.Key.Key_B)
    assert window.is_blank
    assert not window.content.isVisible() and window.blank_page.text() == BLANK_TEXT
    QTest.keyClick(window, Qt.Key.Key_B)
    assert not window.is_blank and window.content.isVisible()


def test_font_size_with_ctrl_plus_and_minus(qtbot):
    window = _projector(qtbot)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.font_px > DEFAULT_FONT_PX
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.font_px < DEFAULT_FONT_PX


def test_one_screen_gives_an_ordinary_window(qtbot):
    window = _projector(qtbot)
    screens = ScreenList.from_rects([QRect(0, 0, 1366, 768)])
    window.place_on(screens.projector_screen())
    assert window.isVisible() and not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_second_screen_gives_frameless_full_screen(qtbot):
    screens = ScreenList.from_rects([QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080)])
    window = _projector(qtbot, screens)
    window.place_on(screens.projector_screen())
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()


def _protocol(**kw: Any) -> Protocol:
    template = default_template()
    values: dict[str, Any] = dict(
        plan_id=1, plan_version=1, case_id=1, case_reference="SIP-2026-001",
        child_name="Ebba Test", personnummer_masked="2012xxxx-xxxx", meeting_id=1,
        meeting_kind=MeetingKind.FIRST_SIP, meeting_date=date(2026, 11, 23),
        meeting_start=time(13), meeting_end=time(14, 30), place="Ekbackaskolan",
        formalities=Formalities(), participants=(),
        sections=tuple(ProtocolSection(s.key, s.title) for s in template.sections),
        actions=(), action_columns=tuple((c.key, c.title) for c in template.action_columns),
    )
    values.update(kw)
    return Protocol(**values)


def test_a_substitute_appears_as_the_one_who_came(qtbot):
    window = _projector(qtbot)
    window.show_protocol(projected(_protocol(participants=(
        Participant(1, "Anna Berg", "psykolog, BUP Norrby", Attendance.PRESENT,
                    substitute_name="Per Ek"),
        Participant(2, "Lena Holm", "mentor", Attendance.PRESENT),
        Participant(3, "Johan Ek", "socialsekreterare", Attendance.ABSENT_WITH_NOTICE),
    ))))
    assert "Med på mötet: Per Ek (ersättare för Anna Berg), Lena Holm" in \
        window.visible_texts()


def test_the_wall_says_dates_and_times_as_the_paper_does(qtbot):
    window = _projector(qtbot)
    window.show_protocol(projected(_protocol(
        next_follow_up_date=date(2027, 3, 1), next_follow_up_start=time(9),
        next_follow_up_end=time(10, 30), next_follow_up_place="Kommunhuset")))
    texts = window.visible_texts()
    assert "SIP-möte 23 november 2026 kl. 13.00–14.30, Ekbackaskolan" in texts
    assert "Nästa gång vi ses: måndag 1 mars 2027, kl. 09.00–10.30, Kommunhuset" in texts
