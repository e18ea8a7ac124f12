"""The deviations tab: a no-show's draft listed, completed, added and exported."""

from __future__ import annotations

import io
from datetime import time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Consent, Meeting
from sipdesk.domain.enums import Attendance, ConsentForm, DeviationKind, MeetingKind, Stage
from sipdesk.ui.case.deviations import Deviations
from tests.ui.conftest import TODAY


@pytest.fixture
def no_show_case(ws, directory):
    # Fictional family; 20121212-1212 is a Skatteverket test personnummer.
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                           question="Hur får Elsa stöd?", coordinator="Sara Nord")
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY - timedelta(days=20), form=ConsentForm.WRITTEN, by_child=True,
        covered_org_ids=frozenset({directory["bup"].id})))
    ws.cases.add_to_network(case.id, directory["psykolog"].id)
    meeting = ws.meetings.schedule(case.id, Meeting(
        MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14), place="Rum 3"))
    invitation = ws.meetings.invite(meeting.id, person_id=directory["psykolog"].id)
    ws.meetings.record_attendance(invitation.id, Attendance.ABSENT_WITHOUT_NOTICE)
    return case


@pytest.fixture
def widget(qtbot, ws, tasks, no_show_case, tmp_path):
    chosen: list[str] = []

    def choose(title, suggestion):
        chosen.append(suggestion)
        return tmp_path / suggestion

    w = Deviations(ws, tasks, no_show_case.id, choose_path=choose)
    w.chosen = chosen
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    return w


def test_lists_the_draft_from_a_no_show(widget):
    assert widget.objectName() == "Deviations"
    assert widget.table.rowCount() == 1
    values = [widget.table.item(0, c).text() for c in range(widget.table.columnCount())]
    assert values == [TODAY.isoformat(), "BUP Norrby", "Uteblev från mötet", "Utkast"]
    assert "Anna Berg" in widget.description.toPlainText()


def test_completing_stores_the_description(qtbot, ws, widget, no_show_case):
    widget.description.setPlainText("Anna Berg kom inte och svarade inte i telefon.")
    qtbot.mouseClick(widget.complete_button, Qt.MouseButton.LeftButton)
    [stored] = ws.meetings.deviations(no_show_case.id)
    assert not stored.draft
    assert stored.description == "Anna Berg kom inte och svarade inte i telefon."
    assert widget.table.item(0, 3).text() == "Registrerad"


def test_completing_without_text_shows_the_reason(qtbot, ws, widget, no_show_case):
    widget.description.setPlainText("  ")
    qtbot.mouseClick(widget.complete_button, Qt.MouseButton.LeftButton)
    assert widget.status.text() == "Beskriv vad som hände."
    assert ws.meetings.deviations(no_show_case.id)[0].draft


def test_adding_a_deviation(qtbot, ws, widget, no_show_case, directory):
    widget.new_kind.setCurrentIndex(widget.new_kind.findData(DeviationKind.TREATMENT))
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert "verksamhet" in widget.status.text()  # no organisation chosen yet
    assert len(ws.meetings.deviations(no_show_case.id)) == 1
    widget.new_org.setCurrentIndex(widget.new_org.findData(directory["school"].id))
    widget.new_description.setPlainText("Familjen möttes av en otrevlig ton i receptionen.")
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    stored = ws.meetings.deviations(no_show_case.id)
    assert [d.kind for d in stored] == [DeviationKind.DID_NOT_ATTEND, DeviationKind.TREATMENT]
    assert widget.table.rowCount() == 2
    assert widget.new_description.toPlainText() == ""


def test_export_writes_the_report_through_the_worker(qtbot, ws, tasks, widget, no_show_case,
                                                     tmp_path):
    ran = []
    original = tasks.run
    tasks.run = lambda fn, *a, **k: (ran.append(fn), original(fn, *a, **k))[-1]
    with qtbot.waitSignal(widget.exported):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert len(ran) == 1
    [name] = widget.chosen
    assert name == f"avvikelse-{no_show_case.reference}-{TODAY.isoformat()}.pdf"
    data = (tmp_path / name).read_bytes()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "BUP Norrby" in text and "E.L." in text and "Elsa" not in text
    assert "Sparad" in widget.status.text()
