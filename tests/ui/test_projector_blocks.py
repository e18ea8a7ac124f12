"""The wall's text laid out again only where it changed, and still only what the wall may show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.ui.meeting_mode.projector import ProjectorWindow
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.wall_text import WallText

pytestmark = pytest.mark.demo_data(cases=12)

PNR = "20121212-1212"  # a Skatteverket test personnummer, not a real person's


def _inked(widget) -> int:
    """How many pixels of the widget are darker than the paper: is any text painted?"""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    step = 2
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_only_the_paragraph_that_changed_is_laid_out_again(qtbot):
    text = WallText()
    qtbot.addWidget(text)
    text.resize(600, 400)
    text.setText("Skolan fungerar.\nHemma går det bättre.\nKompisar på rasten.")
    text.heightForWidth(600)
    first = text.laid_out
    assert first == 3
    text.setText("Skolan fungerar.\nHemma går det mycket bättre.\nKompisar på rasten.")
    assert text.laid_out == first  # setText lays out nothing: that waits for Qt to ask
    text.heightForWidth(600)
    assert text.laid_out == first + 1
    text.setText("Skolan fungerar.\nHemma går det mycket bättre.\nKompisar på rasten.\nNytt")
    text.heightForWidth(600)
    assert text.laid_out == first + 2


def test_the_wall_text_is_painted_and_wiped_with_its_label_text(qtbot):
    text = WallText()
    qtbot.addWidget(text)
    text.setStyleSheet("background: white; color: black; font-size: 30px;")
    text.resize(600, 200)
    text.setText("Hemma går det bättre")
    text.show()
    qtbot.waitExposed(text)
    assert _inked(text) > 0
    QLabel.clear(text)  # as the lock wipes labels: the C++ text goes, so must the paint
    assert text.text() == ""
    assert _inked(text) == 0


def test_a_taller_paragraph_makes_the_text_taller(qtbot):
    text = WallText()
    qtbot.addWidget(text)
    text.setText("kort")
    one_line = text.heightForWidth(300)
    text.setText("kort " * 80)
    assert text.heightForWidth(300) > 3 * one_line
    text.setText("kort\n\nkort")
    assert text.heightForWidth(300) >= 3 * one_line - 1  # an empty paragraph keeps its line


@pytest.fixture
def editor_and_wall(qtbot, ws, ops):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id
    editor = ProtocolEditor(ops, meeting_id, screens=ScreenList.from_rects([QRect(0, 0, 1366,
                                                                                 768)]))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    projector = editor.open_projector()
    qtbot.addWidget(projector)
    return editor, projector


def test_a_personnummer_typed_key_by_key_in_free_text_is_masked_on_the_wall(qtbot,
                                                                            editor_and_wall):
    editor, projector = editor_and_wall
    editor.focus_section("current_situation")
    edit = editor.section_edits["current_situation"]
    QTest.keyClicks(edit, f"Barnet {PNR} har ont")
    body = projector._blocks["current_situation"].body
    assert isinstance(body, WallText)
    assert body.text() == "Barnet 2012xxxx-xxxx har ont"
    qtbot.waitUntil(lambda: body._shown == body.text(), timeout=2000)  # painted since
    assert all(PNR not in t and "1212-1212" not in t for t in projector.visible_texts())


def test_a_long_protocol_edited_in_the_middle_shows_the_edit(qtbot, editor_and_wall):
    editor, projector = editor_and_wall
    edit = editor.section_edits["current_situation"]
    paragraphs = [f"Stycke {n}: skolan, hemmet och fritiden." for n in range(40)]
    edit.setPlainText("\n".join(paragraphs))
    editor.focus_section("current_situation")
    cursor = edit.textCursor()
    cursor.setPosition(len("\n".join(paragraphs[:20])))
    edit.setTextCursor(cursor)
    QTest.keyClicks(edit, " Mer stod")
    paragraphs[19] += " Mer stod"
    body = projector._blocks["current_situation"].body
    assert body.text() == "\n".join(paragraphs)
    assert isinstance(projector, ProjectorWindow)
    qtbot.wait(50)  # Qt lays out and paints
    assert body._shown == body.text()
