"""A keystroke reaches the wall with its paragraph laid out once, at the width it is painted at,
and the part of the meeting we are in still carries its marker on the left edge."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from sipdesk.domain.protocol import ProjectedProtocol, ProjectedSection
from sipdesk.ui.meeting_mode import projector as projector_module
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.meeting_mode.screens import ScreenList


def _wall(text: str) -> ProjectedProtocol:
    return ProjectedProtocol(
        title="Samordnad individuell plan", child_name="Ebba Test",
        personnummer="2012xxxx-xxxx", meeting_line="SIP-möte · 23 november 2026",
        present=("Anna Berg",),
        sections=(ProjectedSection("question", "Varför vi träffas", "Skolan"),
                  ProjectedSection("current_situation", "Så här är det nu", text),
                  ProjectedSection("goals", "Det här vill vi nå", "")),
        actions=(), actions_after="goals",
    )


def _shown(qtbot) -> ProjectorWindow:
    window = ProjectorWindow(screens=ScreenList.from_rects([QRect(0, 0, 1366, 768)]))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show_protocol(_wall("Hemma går det bättre. " * 40))
    window.set_current_section("current_situation")
    window.show()
    qtbot.waitExposed(window)
    QTest.qWait(20)
    return window


def test_a_keystroke_lays_its_paragraph_out_once_at_the_painted_width(qtbot):
    window = _shown(qtbot)
    body = window._blocks["current_situation"].body
    before = body.laid_out
    window.show_protocol(_wall("Hemma går det bättre. " * 40 + "S"))
    QTest.qWait(20)  # Qt asks for the height and paints
    assert body.text().endswith("bättre. S")
    assert body._shown == body.text()  # what is painted is the new text
    assert body.laid_out == before + 1
    layouts, _heights = body._widths[body.contentsRect().width()]
    assert None not in layouts  # the one layout made was at the width painted


def test_the_current_part_is_marked_on_its_left_edge(qtbot):
    window = _shown(qtbot)
    current = window._blocks["current_situation"].grab().toImage()
    other = window._blocks["question"].grab().toImage()
    middle = current.height() // 2
    edge = QColor(projector_module._MARK_EDGE)
    assert QColor(current.pixel(4, middle)) == edge
    assert QColor(other.pixel(4, other.height() // 2)) != edge
