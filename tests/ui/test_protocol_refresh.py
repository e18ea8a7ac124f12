"""Meeting mode hears what changes elsewhere: the case record's mapping, answers, attendance.

A field somebody is typing in is never overwritten; every other field, and
the wall, shows what is stored. The family in these tests is fictional.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from sipdesk.domain.enums import Attendance, Response
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.plan_document import build_attendance_list
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case
from tests.ui.conftest import settle

PRESENT_LINE = "Med på mötet: Per Ek (ersättare för Anna Berg)"


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _open(qtbot, ops, meeting_id):
    editor = ProtocolEditor(ops, meeting_id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    projector = editor.open_projector()
    qtbot.addWidget(projector)
    return editor, projector


def _send_substitute(ws, invitation_id):
    ws.meetings.record_response(invitation_id, Response.SUBSTITUTE, TODAY, "Per Ek")


def test_a_substitute_is_shown_as_the_one_who_came(qtbot, ws, ops, built):
    _send_substitute(ws, built["psykolog"])
    ws.meetings.record_attendance(built["psykolog"], Attendance.PRESENT)
    editor, projector = _open(qtbot, ops, built["meeting"])
    assert PRESENT_LINE in projector.visible_texts()
    names = [label.text() for label in editor.findChildren(QLabel, "ParticipantName")]
    assert "Per Ek" in names and "Anna Berg" not in names
    roles = [label.text() for label in editor.findChildren(QLabel, "PartHelp")]
    assert "psykolog, BUP Norrby (ersättare för Anna Berg)" in roles


def test_the_wall_names_a_substitute_in_the_words_of_the_paper(qtbot, ws, ops, built):
    _send_substitute(ws, built["psykolog"])
    ws.meetings.record_attendance(built["psykolog"], Attendance.PRESENT)
    case = ws.cases.get(built["case"])
    meeting = next(m for m in case.meetings if m.id == built["meeting"])
    paper = build_attendance_list(case, meeting, ws.directory.organisations_by_id())
    line = next(r for r in paper.rows if r.name == "Per Ek")
    _editor, projector = _open(qtbot, ops, built["meeting"])
    assert f"Med på mötet: {line.name} ({line.note})" in projector.visible_texts()


def test_a_substitute_sent_while_meeting_mode_is_open_reaches_the_wall(qtbot, ops, built):
    editor, projector = _open(qtbot, ops, built["meeting"])
    combo = editor.form.attendance[built["psykolog"]]
    combo.setCurrentIndex(combo.findData(Attendance.PRESENT.value))  # chosen in the room
    assert "Med på mötet: Anna Berg" in projector.visible_texts()
    with qtbot.waitSignal(editor.refreshed, timeout=2000):
        ops.write(None, lambda ws: _send_substitute(ws, built["psykolog"]))
    assert PRESENT_LINE in projector.visible_texts()


def test_attendance_recorded_elsewhere_updates_the_list_and_the_wall(qtbot, ops, built):
    editor, projector = _open(qtbot, ops, built["meeting"])
    with qtbot.waitSignal(editor.refreshed, timeout=2000):
        ops.write(None, lambda ws: ws.meetings.record_attendance(built["psykolog"],
                                                                  Attendance.PRESENT))
    combo = editor.form.attendance[built["psykolog"]]
    assert combo.currentData() == Attendance.PRESENT.value
    assert "Med på mötet: Anna Berg" in projector.visible_texts()


def test_mapping_written_in_the_case_record_reaches_fields_nobody_types_in(qtbot, ws, ops,
                                                                           built):
    editor, projector = _open(qtbot, ops, built["meeting"])
    plan_id = editor.protocol.plan_id
    editor.focus_section("child_voice")
    QTest.keyClicks(editor.section_edits["child_voice"], "Jag vill")  # not stored yet

    def elsewhere(ws):
        ws.cases.set_mapping(built["case"], "current_situation", "Går till skolan ibland.")
        ws.cases.set_mapping(built["case"], "child_voice", "Skrivet i akten")

    with qtbot.waitSignal(editor.refreshed, timeout=2000):
        ops.write(None, elsewhere)
    assert editor.section_edits["current_situation"].toPlainText() == "Går till skolan ibland."
    assert "Går till skolan ibland." in projector.visible_texts()
    assert editor.section_edits["child_voice"].toPlainText() == "Jag vill"  # typing wins
    assert "Jag vill" in projector.visible_texts()
    # The record wrote the same section meanwhile: nothing is overwritten unasked (issue 15).
    qtbot.waitUntil(lambda: editor.conflicts.dialog is not None, timeout=2000)
    editor.conflicts.dialog.keep_button.click()
    editor.flush()
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=1000)
    assert ws.protocol.get(plan_id).section("child_voice").text == "Jag vill"


def test_own_writes_are_not_read_back(qtbot, ws, ops, built, monkeypatch):
    editor, _projector = _open(qtbot, ops, built["meeting"])
    reads: list[int] = []
    get = ws.protocol.get

    def counted(plan_id):
        reads.append(plan_id)
        return get(plan_id)

    monkeypatch.setattr(ws.protocol, "get", counted)
    QTest.keyClicks(editor.section_edits["obstacles"], "Långa dagar")
    editor.flush()
    qtbot.wait(100)  # past the refresh's coalescing delay
    assert not editor.has_unsaved and reads == []


def test_a_refused_write_is_said_inline_and_the_field_shows_what_is_stored(
        qtbot, ws, ops, built, monkeypatch):
    editor, projector = _open(qtbot, ops, built["meeting"])
    edit = editor.section_edits["obstacles"]
    stored = edit.toPlainText()
    message = "Den här planversionen är undertecknad och kan inte ändras."

    def refuse(*_args):
        raise ValidationError(message, field="plan")

    monkeypatch.setattr(ws.protocol, "set_section", refuse)
    with qtbot.waitSignal(editor.saveFailed, timeout=2000) as failed:
        QTest.keyClicks(edit, "Nytt")
        editor.flush()
    assert failed.args == [message]
    qtbot.waitUntil(lambda: edit.toPlainText() == stored, timeout=2000)
    error = editor.form.errors["obstacles"]
    assert error.text() == message and not error.isHidden()
    assert "Nytt" not in "\n".join(projector.visible_texts())
    assert editor.save_status.text() == f"Inte sparat: {message}"


def test_a_change_elsewhere_is_read_on_the_worker(qtbot, ws, live_ops, statements, built):
    editor, projector = _open(qtbot, live_ops, built["meeting"])
    settle(qtbot, live_ops)
    statements.clear()
    with qtbot.waitSignal(editor.refreshed, timeout=5000):
        live_ops.write(None, lambda w: w.cases.set_mapping(built["case"], "strengths",
                                                           "Tycker om att rita."))
    assert editor.section_edits["strengths"].toPlainText() == "Tycker om att rita."
    assert "Tycker om att rita." in projector.visible_texts()
    settle(qtbot, live_ops)
    assert statements.on_gui_thread() == 0
