"""The record's kartläggning and a colleague's text: both shown, the coordinator chooses.

A colleague (here a write straight through the services, which the record has not
read) stores another text in the same mapping section; the record's next autosave
is refused on its older version and the conflict dialog shows both texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sipdesk.ui.case.record import CaseRecord

KEY = "child_voice"


@pytest.fixture
def case(ws):
    return ws.cases.create(first_name="Elsa", last_name="Lind",
                           question="Hur får Elsa stöd i skolan?")


@pytest.fixture
def record(qtbot, ops, case):
    widget = CaseRecord(ops, case.id)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentIndex(1)
    return widget


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _stored(ws, case_id: int) -> str:
    return ws.cases.get(case_id).current_plan.sections[KEY]


def _conflict(qtbot, ws, case, record):
    field = record.mapping_fields[KEY]
    _type(qtbot, field, "En kompis")
    record.flush()
    assert _stored(ws, case.id) == "En kompis"
    # The colleague stores theirs; this record has not read it.
    ws.cases.set_mapping(case.id, KEY, "Kollegans text om rasten.")
    _type(qtbot, field, "En kompis pa rasten")
    record.flush()
    dialog = record.question_tab.versions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.mine_view.toPlainText() == "En kompis pa rasten"
    assert dialog.theirs_view.toPlainText() == "Kollegans text om rasten."
    assert _stored(ws, case.id) == "Kollegans text om rasten."  # nothing overwritten
    return field, dialog


def test_keeping_my_text_stores_it_over_the_colleagues(qtbot, ws, case, record) -> None:
    field, dialog = _conflict(qtbot, ws, case, record)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stored(ws, case.id) == "En kompis pa rasten")
    assert field.toPlainText() == "En kompis pa rasten"
    # Writing on goes on from the version now stored: no second conflict.
    _type(qtbot, field, "En kompis pa rasten, varje dag")
    record.flush()
    assert record.question_tab.versions.dialog is None
    assert _stored(ws, case.id) == "En kompis pa rasten, varje dag"


def test_taking_their_text_shows_it_and_stores_nothing_of_mine(qtbot, ws, case,
                                                              record) -> None:
    field, dialog = _conflict(qtbot, ws, case, record)
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert field.toPlainText() == "Kollegans text om rasten."
    record.flush()
    assert _stored(ws, case.id) == "Kollegans text om rasten."
    _type(qtbot, field, "Kollegans text om rasten. Och min rad.")
    record.flush()
    assert record.question_tab.versions.dialog is None
    assert _stored(ws, case.id) == "Kollegans text om rasten. Och min rad."
