"""The case record on the seam: it hears other surfaces' writes, survives failures and its
own closing, and never touches the store from the GUI thread."""

from __future__ import annotations

from datetime import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from sipdesk.domain.entities import Guardian, Meeting, Organisation, Person
from sipdesk.domain.enums import CloseReason, MeetingKind, OrgKind, Participation, Principal
from sipdesk.services.failures import READ_ONLY
from sipdesk.ui.case.record import CaseRecord
from tests.ui.conftest import TODAY, settle

OLD_QUESTION = "Hur får Elsa stöd i skolan?"


@pytest.fixture
def case(ws):
    bup = ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    ws.directory.add_person(Person("Anna Berg", "psykolog", bup.id))
    # A fictional child; 20121212-1212 is a Skatteverket test personnummer.
    created = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                              question=OLD_QUESTION)
    ws.cases.add_guardian(created.id, Guardian("Karin Lind"))
    return created


def _open(qtbot, operations, case_id: int, *, closed_by_test: bool = False) -> CaseRecord:
    record = CaseRecord(operations, case_id)
    if not closed_by_test:
        qtbot.addWidget(record)
    record.resize(1366, 720)
    record.show()
    qtbot.waitUntil(lambda: record.view is not None)
    return record


def _type(qtbot, widget, text, clear=True):
    # QTest types only ASCII and some Latin-1 letters (it aborts on others, such as "ä").
    assert all(ord(ch) < 128 or ch in "åÅ" for ch in text)
    widget.setFocus()
    if clear:
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _close(qtbot, record: CaseRecord) -> None:
    record.flush()
    record.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not shiboken6.isValid(record))


# --- the lost update ------------------------------------------------------------------


def test_child_voice_written_in_meeting_mode_reaches_the_open_record_and_stays(
    qtbot, live_ops, ws, case
):
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14), place="Rum 1"))
    record = _open(qtbot, live_ops, case.id)
    voice = record.mapping_fields["child_voice"]
    assert voice.toPlainText() == ""

    # Meeting mode, another surface, writes the child's voice through the seam.
    opened = {}
    live_ops.write(None, lambda w: w.protocol.open(meeting.id),
                   lambda protocol: opened.update(plan_id=protocol.plan_id))
    settle(qtbot, live_ops)
    plan_id = opened["plan_id"]
    live_ops.write(None, lambda w: w.protocol.set_section(plan_id, "child_voice",
                                                           "Text från mötet"))
    settle(qtbot, live_ops)
    # No refresh asked for: the record heard the change and read the case again.
    qtbot.waitUntil(lambda: voice.toPlainText() == "Text från mötet")

    # Editing another field afterwards does not write the old (empty) voice back.
    _type(qtbot, record.question, "Hur kommer Elsa tillbaka till skolan?")
    record.flush()
    settle(qtbot, live_ops)
    assert ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka till skolan?"
    assert ws.plans.get(plan_id).sections["child_voice"] == "Text från mötet"

    # Editing the voice in the record starts from the meeting's text.
    voice.setFocus()
    voice.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(voice, " Och lugn i klassrummet.")
    record.flush()
    settle(qtbot, live_ops)
    assert (ws.plans.get(plan_id).sections["child_voice"]
            == "Text från mötet Och lugn i klassrummet.")


def test_a_refresh_keeps_what_is_being_typed_and_shows_the_rest(qtbot, ops, ws, case):
    record = _open(qtbot, ops, case.id)
    _type(qtbot, record.question, "Halvskriven fr")
    _type(qtbot, record.personnummer, "20121212-1213")  # refused when stored: stays
    qtbot.keyClick(record.personnummer, Qt.Key.Key_Return)
    assert "Kontrollsiffran" in record.personnummer_error.text()

    ops.write(None, lambda w: w.cases.update(case.id, coordinator="Sara Ek"))
    qtbot.waitUntil(lambda: record.coordinator.text() == "Sara Ek")
    assert record.question.toPlainText() == "Halvskriven fr"
    assert record.personnummer.text() == "20121212-1213"
    assert record.personnummer_error.isVisible()
    qtbot.waitUntil(lambda: ws.cases.get(case.id).question == "Halvskriven fr")
    assert ws.cases.get(case.id).child.personnummer == "20121212-1212"


# --- failing ----------------------------------------------------------------------------


def test_a_failed_write_is_told_and_the_field_shows_what_is_stored(
    qtbot, live_ops, ws, case
):
    record = _open(qtbot, live_ops, case.id)
    window_told = []
    live_ops.failed.connect(window_told.append)
    settle(qtbot, live_ops)
    # The store refuses every write from now on, as a read-only file does: SQLite
    # itself answers "attempt to write a readonly database" on the worker.
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = ON")
    _type(qtbot, record.question, "Ny fraga")
    record.flush()
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: record.question.toPlainText() == OLD_QUESTION)
    assert record.status.text() == READ_ONLY
    assert "Alla ändringar sparas direkt" not in record.status.text()
    assert window_told and window_told[0].message == READ_ONLY
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = OFF")
    assert ws.cases.get(case.id).question == OLD_QUESTION
    assert not ws.undo.status(case.id).can_undo

    # A later edit that works is stored and says so.
    _type(qtbot, record.coordinator, "Sara Ek")
    qtbot.keyClick(record.coordinator, Qt.Key.Key_Return)
    settle(qtbot, live_ops)
    assert ws.cases.get(case.id).coordinator == "Sara Ek"
    qtbot.waitUntil(lambda: "Sparat" in record.status.text())


def test_a_refused_choice_goes_back_to_what_is_stored_with_the_reason(
    qtbot, ops, ws, case, monkeypatch
):
    record = _open(qtbot, ops, case.id)
    from sipdesk.domain.errors import ValidationError

    def refuse(*_args, **_kwargs):
        raise ValidationError("Välj hur barnet deltar.", field="participation")

    monkeypatch.setattr(ws.cases, "set_field", refuse)
    record.participation_buttons[Participation.LETTER].click()
    assert record.participation_buttons[Participation.UNDECIDED].isChecked()
    assert record.status.text() == "Inte sparat: Välj hur barnet deltar."


def test_closing_for_goals_reached_before_the_follow_up_is_refused_with_the_reason(
    qtbot, ops, ws, case
):
    record = _open(qtbot, ops, case.id)
    record.close_case(CloseReason.GOALS_REACHED)
    assert not ws.cases.get(case.id).archived
    assert "följts upp" in record.status.text()
    assert not record.archived_banner.isVisible()

    record.close_case(CloseReason.MOVED, "Familjen flyttade.")
    assert ws.cases.get(case.id).archived and record.archived_banner.isVisible()
    record.undo()  # closing is undoable too
    assert not ws.cases.get(case.id).archived
    assert not record.archived_banner.isVisible()


# --- undo beside the services --------------------------------------------------------


def test_undo_survives_closing_and_opening_the_record(qtbot, live_ops, ws, case):
    record = _open(qtbot, live_ops, case.id, closed_by_test=True)
    assert not record.undo_button.isEnabled()
    _type(qtbot, record.question, "Hur kommer Elsa tillbaka?")
    qtbot.waitUntil(lambda: "Sparat" in record.status.text())  # autosaved while typing
    _close(qtbot, record)
    settle(qtbot, live_ops)  # the workspace is the worker's until it is idle
    assert ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka?"

    again = _open(qtbot, live_ops, case.id)
    assert again.question.toPlainText() == "Hur kommer Elsa tillbaka?"
    assert again.undo_button.isEnabled()
    assert "Ändra frågeställningen" in again.undo_button.toolTip()
    qtbot.keyClick(again.question, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: again.question.toPlainText() == OLD_QUESTION)
    assert ws.cases.get(case.id).question == OLD_QUESTION
    qtbot.waitUntil(lambda: again.redo_button.isEnabled())
    again.redo()
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: again.question.toPlainText() == "Hur kommer Elsa tillbaka?")
    assert ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka?"


def _answer_dialog(fill) -> None:
    """Fill in and accept the modal dialog that opens next."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, answer)


def test_guardian_added_and_changed_through_the_dialogs_is_undone_step_by_step(
    qtbot, ops, ws, case
):
    record = _open(qtbot, ops, case.id)
    _answer_dialog(lambda d: d.name.setText("Per Lind"))
    record.child_tab.add_guardian()
    assert [g.name for g in ws.cases.get(case.id).guardians] == ["Karin Lind", "Per Lind"]
    assert record.guardian_table.rowCount() == 2

    record.guardian_table.selectRow(0)
    _answer_dialog(lambda d: d.phone.setText("070-000 00 00"))
    record.child_tab.edit_guardian()
    assert ws.cases.get(case.id).guardians[0].phone == "070-000 00 00"
    assert record.guardian_table.item(0, 2).text() == "070-000 00 00"

    record.undo()
    assert ws.cases.get(case.id).guardians[0].phone == ""
    record.undo()
    assert [g.name for g in ws.cases.get(case.id).guardians] == ["Karin Lind"]
    assert record.guardian_table.rowCount() == 1
    record.redo()
    assert [g.name for g in ws.cases.get(case.id).guardians] == ["Karin Lind", "Per Lind"]


def test_a_new_person_goes_into_the_directory_and_the_network(qtbot, ops, ws, case):
    record = _open(qtbot, ops, case.id)

    def fill(dialog):
        dialog.name.setText("Omar Said")
        dialog.profession.setText("kurator")

    _answer_dialog(fill)
    record.network_tab.new_person()
    assert [p.name for p in ws.cases.get(case.id).network] == ["Omar Said"]
    assert record.network_table.item(0, 0).text() == "Omar Said"
    record.undo()
    assert ws.cases.get(case.id).network == []
    assert "Omar Said" in [p.name for p in ws.directory.people()]
    assert record.directory_people.findText("Omar Said", Qt.MatchFlag.MatchStartsWith) >= 0


# --- the GUI thread stays free of SQL ---------------------------------------------------


def test_opening_and_editing_runs_no_sql_on_the_gui_thread(qtbot, live_ops, ws, case,
                                                           statements):
    statements.clear()
    record = _open(qtbot, live_ops, case.id)
    settle(qtbot, live_ops)
    assert record.title.text() == "Elsa Lind"
    assert record.guardian_table.item(0, 0).text() == "Karin Lind"
    assert statements.on_gui_thread() == 0

    _type(qtbot, record.question, "Hur kommer Elsa tillbaka?")
    _type(qtbot, record.first_name, "Elvira")
    qtbot.keyClick(record.first_name, Qt.Key.Key_Return)
    record.participation_buttons[Participation.LETTER].click()
    record.flush()
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: record.title.text() == "Elvira Lind")
    record.undo()
    settle(qtbot, live_ops)
    assert statements.on_gui_thread() == 0
    assert statements.threads  # the worker did the work
    stored = ws.cases.get(case.id)
    assert stored.question == "Hur kommer Elsa tillbaka?"
    assert stored.participation is Participation.UNDECIDED  # the last step, undone


def test_ctrl_z_outside_text_fields_undoes_and_shows_the_tab_of_the_change(qtbot, ops, ws,
                                                                            case):
    record = _open(qtbot, ops, case.id)
    record.tabs.setCurrentIndex(1)
    _type(qtbot, record.question, "Hur kommer Elsa tillbaka?")
    record.flush()
    assert ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka?"
    record.tabs.setCurrentIndex(7)
    button = record.participation_buttons[Participation.LETTER]
    button.click()
    assert ws.cases.get(case.id).participation is Participation.LETTER
    # Ctrl+Z to the window while no text field has the keyboard: the record's shortcut.
    record.activateWindow()
    qtbot.waitActive(record)
    qtbot.keyClick(record.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(case.id).participation is Participation.UNDECIDED
    assert record.participation_buttons[Participation.UNDECIDED].isChecked()
    assert record.status.text() == "Ångrat: Ändra delaktighet."
    record.tabs.setCurrentIndex(0)
    qtbot.mouseClick(record.undo_button, Qt.MouseButton.LeftButton)
    assert ws.cases.get(case.id).question == OLD_QUESTION
    assert record.tabs.currentIndex() == 1  # where the undone change is
    assert record.question.toPlainText() == OLD_QUESTION
