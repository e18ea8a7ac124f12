"""The case record driven as a coordinator would, checked against what the store holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from sipdesk.domain.entities import Guardian, Organisation, Person
from sipdesk.domain.enums import CloseReason, OrgKind, Participation, Principal
from sipdesk.services.workspace import Workspace
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.operations import Operations

TODAY = date(2026, 11, 23)


@pytest.fixture
def case(ws):
    bup = ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    school = ws.directory.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    ws.directory.add_person(Person("Anna Berg", "psykolog", bup.id))
    ws.directory.add_person(Person("Lena Holm", "mentor", school.id))
    # 20121212-1212 is a Skatteverket test personnummer.
    created = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                              question="Hur får Elsa stöd i skolan?")
    ws.cases.add_guardian(created.id, Guardian("Karin Lind"))
    return created


@pytest.fixture
def record(qtbot, ops, case):
    widget = CaseRecord(ops, case.id)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, widget, text, clear=True):
    # QTest types only ASCII and some Latin-1 letters (it aborts on others, such as "ä").
    assert all(ord(ch) < 128 or ch in "åÅ" for ch in text)
    widget.setFocus()
    if clear:
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_record_shows_the_case(record, case):
    assert record.objectName() == "CaseRecord"
    assert record.title.text() == "Elsa Lind"
    assert case.reference in record.subtitle.text()
    assert record.personnummer.text() == "20121212-1212"
    assert [record.tabs.tabText(i) for i in range(record.tabs.count())] == [
        "Barn och vårdnadshavare", "Frågeställning och kartläggning", "Samtycke", "Nätverk",
        "Möten och kallelser", "Planversioner", "Avvikelser", "Barnets delaktighet", "Historik",
    ]
    assert record.guardian_table.item(0, 0).text() == "Karin Lind"


def test_question_is_stored_while_typing_and_ctrl_z_restores_it(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(1)
    _type(qtbot, record.question, "Hur kommer Elsa tillbaka till skolan?")
    qtbot.waitUntil(
        lambda: ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka till skolan?"
    )
    qtbot.keyClick(record.question, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(case.id).question == "Hur får Elsa stöd i skolan?"
    assert record.question.toPlainText() == "Hur får Elsa stöd i skolan?"
    # Redo brings the new text back, in the widget and in the store.
    qtbot.keyClick(record.question, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ws.cases.get(case.id).question == "Hur kommer Elsa tillbaka till skolan?"
    assert record.question.toPlainText() == "Hur kommer Elsa tillbaka till skolan?"


def test_name_edit_is_stored_on_leaving_the_field_and_undone_with_ctrl_y_redo(
    qtbot, ops, ws, case, record
):
    with qtbot.waitSignal(ops.changed, timeout=2000) as changed:
        _type(qtbot, record.first_name, "Elvira")
        qtbot.keyClick(record.first_name, Qt.Key.Key_Return)
    # Every surface hears that this case changed, and who changed it.
    assert changed.args[0].case_ids == {case.id} and changed.args[0].origin is record
    assert ws.cases.get(case.id).child.first_name == "Elvira"
    assert record.title.text() == "Elvira Lind"
    qtbot.keyClick(record.first_name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(case.id).child.first_name == "Elsa"
    assert record.first_name.text() == "Elsa"
    qtbot.keyClick(record.first_name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(case.id).child.first_name == "Elvira"


def test_one_burst_of_typing_is_one_undo_step(qtbot, ws, case, record):
    _type(qtbot, record.last_name, "Lindq")
    qtbot.waitUntil(lambda: ws.cases.get(case.id).child.last_name == "Lindq")
    qtbot.keyClicks(record.last_name, "vist")
    qtbot.keyClick(record.last_name, Qt.Key.Key_Return)
    assert ws.cases.get(case.id).child.last_name == "Lindqvist"
    record.undo()
    assert ws.cases.get(case.id).child.last_name == "Lind"
    assert record.last_name.text() == "Lind"


def test_bad_personnummer_shows_the_reason_keeps_the_text_and_stores_nothing(
    qtbot, ws, case, record
):
    _type(qtbot, record.personnummer, "20121212-1213")
    # The reason shows while typing, before the field is left.
    assert record.personnummer_error.isVisible()
    assert "Kontrollsiffran" in record.personnummer_error.text()
    qtbot.keyClick(record.personnummer, Qt.Key.Key_Return)
    assert record.personnummer.text() == "20121212-1213"
    assert ws.cases.get(case.id).child.personnummer == "20121212-1212"
    assert not ws.undo.status(case.id).can_undo and not record.undo_button.isEnabled()
    # Fixing it stores it and clears the reason.
    _type(qtbot, record.personnummer, "19121212-1212")  # a test personnummer
    qtbot.keyClick(record.personnummer, Qt.Key.Key_Return)
    assert ws.cases.get(case.id).child.personnummer == "19121212-1212"
    assert not record.personnummer_error.isVisible()


def test_empty_name_is_refused_with_a_reason(qtbot, ws, case, record):
    _type(qtbot, record.first_name, "")
    qtbot.keyClick(record.first_name, Qt.Key.Key_Return)
    assert ws.cases.get(case.id).child.first_name == ""  # a last name is enough
    _type(qtbot, record.last_name, "")
    qtbot.keyClick(record.last_name, Qt.Key.Key_Return)
    assert ws.cases.get(case.id).child.last_name == "Lind"
    error = record.findChild(type(record.title), "ChildNameError")
    assert error.isVisible() and "namn" in error.text()


def test_mapping_is_written_into_a_draft_plan(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(1)
    voice = record.mapping_fields["child_voice"]
    _type(qtbot, voice, "Att ha en kompis på rasten.")
    qtbot.waitUntil(lambda: ws.cases.get(case.id).plans != [])
    plan = ws.cases.get(case.id).current_plan
    assert plan.sections["child_voice"] == "Att ha en kompis på rasten."
    record.undo()
    assert ws.cases.get(case.id).current_plan.sections["child_voice"] == ""
    assert voice.toPlainText() == ""


def test_consent_is_recorded_from_the_form(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(2)
    qtbot.mouseClick(record.consent_tab.findChild(type(record.undo_button), "RecordConsent"),
                     Qt.MouseButton.LeftButton)
    # Who gave it is refused under the givers, not at the foot of the form.
    assert "vem som gav" in record.consent_given_by_error.text()
    assert ws.cases.get(case.id).consents == []

    record.consent_by_child.setChecked(True)
    record.consent_guardians.item(0).setCheckState(Qt.CheckState.Checked)
    record.consent_form.setCurrentIndex(1)  # skriftligt
    record.consent_covered.item(0).setCheckState(Qt.CheckState.Checked)  # BUP
    record.consent_excluded.item(1).setCheckState(Qt.CheckState.Checked)  # the school
    _type(qtbot, record.consent_exclusions, "Inget om syskonen")
    qtbot.mouseClick(record.consent_tab.findChild(type(record.undo_button), "RecordConsent"),
                     Qt.MouseButton.LeftButton)
    (consent,) = ws.cases.get(case.id).consents
    bup, school = ws.directory.organisations()
    assert consent.by_child and len(consent.guardian_ids) == 1
    assert consent.form.label == "Skriftligt"
    assert consent.covered_org_ids == {bup.id}
    assert consent.excluded_org_ids == {school.id}
    assert consent.exclusions == "Inget om syskonen"
    assert record.consent_table.item(0, 6).text() == "Gäller"

    record.consent_table.selectRow(0)
    qtbot.mouseClick(record.consent_tab.findChild(type(record.undo_button), "WithdrawConsent"),
                     Qt.MouseButton.LeftButton)
    assert ws.cases.get(case.id).consents[0].withdrawn_on == TODAY
    assert record.consent_table.item(0, 6).text().startswith("Återkallat")
    record.undo()
    assert ws.cases.get(case.id).consents[0].withdrawn_on is None


def test_network_person_and_roles(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(3)
    index = record.directory_people.findText("Anna Berg", Qt.MatchFlag.MatchStartsWith)
    record.directory_people.setCurrentIndex(index)
    qtbot.mouseClick(record.network_tab.findChild(type(record.undo_button), "AddToNetwork"),
                     Qt.MouseButton.LeftButton)
    (person,) = ws.cases.get(case.id).network
    assert person.name == "Anna Berg"
    assert record.network_table.item(0, 1).text() == "psykolog"
    assert "Samordningsansvarig saknas" in record.owner_warning.text()

    combo = record.role_combos["plan_owner"]
    combo.setCurrentIndex(combo.findData(person.id))
    combo.activated.emit(combo.currentIndex())
    assert ws.cases.get(case.id).plan_owner_id == person.id
    assert record.network_table.item(0, 3).text() == "Samordningsansvarig"
    assert not record.owner_warning.isVisible()
    record.undo()
    assert ws.cases.get(case.id).plan_owner_id is None
    assert record.role_combos["plan_owner"].currentData() is None
    record.undo()
    assert ws.cases.get(case.id).network == []


def test_participation_is_stored(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(4)
    button = record.participation_buttons[Participation.NOT_TAKING_PART]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert ws.cases.get(case.id).participation is Participation.NOT_TAKING_PART
    assert "Varför" in record.participation_hint.text()
    _type(qtbot, record.participation_note, "Vill inte vara med, skriver ett brev.")
    qtbot.waitUntil(
        lambda: ws.cases.get(case.id).participation_note == "Vill inte vara med, skriver ett brev."
    )


def test_timeline_lists_events_in_date_order(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(5)
    record.contact_on.setDate(record.contact_on.date().addYears(-3))
    _type(qtbot, record.contact_text, "Ringde skolan om frånvaron.")
    qtbot.keyClick(record.contact_text, Qt.Key.Key_Return)
    dates = [record.timeline.item(r, 0).text() for r in range(record.timeline.rowCount())]
    assert dates == sorted(dates)
    labels = [record.timeline.item(r, 1).text() for r in range(record.timeline.rowCount())]
    assert labels[0] == "Kontakt" and "Ärende" in labels
    assert record.timeline.item(0, 2).text() == "Ringde skolan om frånvaron."


def test_empty_contact_is_refused(qtbot, ws, case, record):
    record.tabs.setCurrentIndex(5)
    before = len(ws.cases.get(case.id).history)
    qtbot.mouseClick(record.history_tab.findChild(type(record.undo_button), "RecordContact"),
                     Qt.MouseButton.LeftButton)
    assert "kontakten" in record.contact_error.text()
    assert len(ws.cases.get(case.id).history) == before


def test_archive_and_restore(qtbot, ws, case, record):
    record.close_case(CloseReason.MOVED, "Familjen flyttade.")
    assert ws.cases.get(case.id).archived
    assert record.archived_banner.isVisible()
    assert record.archive_button.text() == "Återöppna ärendet"
    assert ws.cases.search("Elsa") == []
    assert ws.cases.search("Elsa", include_archived=True) == [case.id]
    assert case.id not in [s.id for s in ws.cases.summaries()]
    qtbot.mouseClick(record.archive_button, Qt.MouseButton.LeftButton)
    assert not ws.cases.get(case.id).archived
    assert not record.archived_banner.isVisible()


def test_demo_case_with_signed_plan_opens_read_only_mapping(qtbot):
    with Workspace.demo(cases=12, clock=lambda: TODAY) as ws:
        ops = Operations(ws, synchronous=True)
        signed = next(c for c in ws.cases.all() if c.current_plan and c.current_plan.is_signed)
        widget = CaseRecord(ops, signed.id)
        qtbot.addWidget(widget)
        assert widget.mapping_fields["child_voice"].isReadOnly()
        assert "undertecknad" in widget.mapping_note.text()
        qtbot.mouseClick(widget.new_version_button, Qt.MouseButton.LeftButton)
        assert not widget.mapping_fields["child_voice"].isReadOnly()
        assert ws.cases.get(signed.id).current_plan.version == 2
        widget.close()
        ops.shutdown()
