"""Two coordinators in one plan section, in the protocol editor: both texts, and a choice.

On the local store the colleague is a second window of the same program (a write on
the same workspace); tests/services/test_conflicts.py shows two programs on a server.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.services.conflicts import SECTION_CHANGED, STALE_WRITE
from sipdesk.ui.i18n_messages import message_text
from sipdesk.ui.meeting_mode.conflict_dialog import CONFLICT_MESSAGES, ConflictDialog
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from tests.ui import test_english
from tests.ui.test_english import swedish_in

english = test_english.english  # the fixture: the program in English, Swedish afterwards

pytestmark = pytest.mark.demo_data(cases=12)
KEY = "child_voice"


@pytest.fixture
def editor(qtbot, ws, ops):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id
    editor = ProtocolEditor(ops, meeting_id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    return editor


def _colleague_writes(ws, editor, text: str) -> None:
    """Another window stores its text on the latest version (and this one has not read it)."""
    plan_id = editor.protocol.plan_id
    ws.protocol.set_section(plan_id, KEY, text, ws.protocol.get(plan_id).section(KEY).version)


def _type_into_the_section(qtbot, editor, text: str):
    edit = editor.section_edits[KEY]
    edit.setFocus()
    QTest.keyClicks(edit, text)
    editor.flush()
    qtbot.waitUntil(lambda: editor.conflicts.dialog is not None, timeout=5000)
    return editor.conflicts.dialog


def _stored(ws, editor) -> str:
    return ws.protocol.get(editor.protocol.plan_id).section(KEY).text


def test_the_dialog_shows_both_texts_and_keep_mine_stores_mine(qtbot, ws, editor):
    _colleague_writes(ws, editor, "Kollegans text om barnets röst.")
    dialog = _type_into_the_section(qtbot, editor, " Min text.")
    mine = dialog.mine_view.toPlainText()
    assert mine.endswith(" Min text.")
    assert dialog.theirs_view.toPlainText() == "Kollegans text om barnets röst."
    assert dialog.isVisible()
    # Nothing was overwritten while the dialog waits, and this section's autosave waits too.
    assert _stored(ws, editor) == "Kollegans text om barnets röst."
    assert editor.conflicts.paused(KEY)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: _stored(ws, editor) == mine, timeout=5000)
    assert editor.section_edits[KEY].toPlainText() == mine
    assert not editor.conflicts.paused(KEY)
    # Writing on goes on the new version without another conflict.
    QTest.keyClicks(editor.section_edits[KEY], " Mer.")
    editor.flush()
    qtbot.waitUntil(lambda: _stored(ws, editor) == mine + " Mer.", timeout=5000)
    assert editor.conflicts.dialog is None


def test_take_theirs_shows_theirs_and_copy_mine_puts_mine_on_the_clipboard(qtbot, ws, editor):
    _colleague_writes(ws, editor, "Kollegans första.")
    dialog = _type_into_the_section(qtbot, editor, " Mitt tillagg.")
    assert editor.section_edits[KEY].toPlainText().endswith(" Mitt tillagg.")  # kept meanwhile
    dialog.take_button.click()
    assert editor.section_edits[KEY].toPlainText() == "Kollegans första."
    assert _stored(ws, editor) == "Kollegans första."

    _colleague_writes(ws, editor, "Kollegans andra.")
    dialog = _type_into_the_section(qtbot, editor, " Igen.")
    mine = dialog.mine_view.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == mine
    assert editor.section_edits[KEY].toPlainText() == "Kollegans andra."
    assert _stored(ws, editor) == "Kollegans andra."
    assert editor.protocol.section(KEY).text == "Kollegans andra."  # and on the wall


def test_the_services_sentences_are_marked_for_translation():
    assert set(CONFLICT_MESSAGES) == {SECTION_CHANGED, STALE_WRITE}


def _texts(dialog: ConflictDialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [dialog.windowTitle()]
    texts += [w.text() for w in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [dialog.mine_view.accessibleName(), dialog.theirs_view.accessibleName()]
    return [t for t in texts if t]


def test_the_dialog_in_english_has_no_swedish_but_the_texts(qtbot, english):
    dialog = ConflictDialog("Child's view", "mine", "theirs")
    qtbot.addWidget(dialog)
    assert all(not swedish_in(t) for t in _texts(dialog)), _texts(dialog)
    assert not swedish_in(message_text(SECTION_CHANGED))
    assert not swedish_in(message_text(STALE_WRITE))


def test_the_dialog_in_swedish(qtbot):
    dialog = ConflictDialog("Barnets röst", "min", "deras")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Två versioner av samma text"
    assert "Behåll min text" in _texts(dialog)
