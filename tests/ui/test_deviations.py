"""The deviations tab: a no-show's draft listed, completed, added and exported."""

from __future__ import annotations

import io
from datetime import time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Consent, Deviation, Guardian, Meeting
from sipdesk.domain.enums import Attendance, ConsentForm, DeviationKind, MeetingKind, Stage
from sipdesk.ui.case.deviations import Deviations
from tests.ui.conftest import TODAY, settle


@pytest.fixture
def no_show_case(ws, directory):
    # Fictional family; 20121212-1212 is a Skatteverket test personnummer.
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                           question="Hur får Elsa stöd?", coordinator="Sara Nord")
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    # A child under 15 cannot consent alone: her guardian consents too.
    guardian = ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY - timedelta(days=20), form=ConsentForm.WRITTEN, by_child=True,
        guardian_ids=frozenset({guardian.id}), covered_org_ids=frozenset({directory["bup"].id})))
    ws.cases.add_to_network(case.id, directory["psykolog"].id)
    meeting = ws.meetings.schedule(case.id, Meeting(
        MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14), place="Rum 3"))
    invitation = ws.meetings.invite(meeting.id, person_id=directory["psykolog"].id)
    ws.meetings.record_attendance(invitation.id, Attendance.ABSENT_WITHOUT_NOTICE)
    return case


def _make(qtbot, ops, case_id, folder):
    chosen: list[str] = []

    def choose(title, suggestion):
        chosen.append(suggestion)
        return folder / suggestion

    w = Deviations(ops, case_id, choose_path=choose)
    w.chosen = chosen
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    return w


@pytest.fixture
def widget(qtbot, ops, no_show_case, tmp_path):
    return _make(qtbot, ops, no_show_case.id, tmp_path)


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
    qtbot.waitUntil(lambda: widget.table.item(0, 3).text() == "Registrerad")
    assert widget.description.toPlainText() == "Anna Berg kom inte och svarade inte i telefon."
    assert widget.complete_button.text() == "Spara beskrivningen"


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
    qtbot.waitUntil(lambda: widget.table.rowCount() == 2)
    assert widget.new_description.toPlainText() == ""
    assert widget.new_org.currentData() == directory["school"].id  # still chosen


def test_export_writes_the_report_through_operations(qtbot, ops, widget, no_show_case,
                                                     tmp_path):
    ran = []
    original = ops.read
    ops.read = lambda owner, fn, *a, **k: (ran.append(fn), original(owner, fn, *a, **k))[-1]
    with qtbot.waitSignal(widget.exported):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert len(ran) == 1
    [name] = widget.chosen
    assert name == f"avvikelse-{no_show_case.reference}-{TODAY.isoformat()}.pdf"
    data = (tmp_path / name).read_bytes()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "BUP Norrby" in text and "E.L." in text and "Elsa" not in text
    assert "Sparad" in widget.status.text()


def test_failed_export_says_why_without_the_childs_name(qtbot, ops, no_show_case, tmp_path):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("")  # the chosen "folder" is a file
    w = _make(qtbot, ops, no_show_case.id, blocker)
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    text = w.status.text()
    assert text.startswith("PDF:en sparades inte. Filen kunde inte sparas där.")
    assert "Elsa" not in text and "Lind" not in text and "Traceback" not in text
    assert "Errno" not in text
    assert w.export_button.isEnabled()


def test_typing_survives_a_refresh(qtbot, ops, ws, widget, no_show_case, directory):
    widget.description.setPlainText("Anna Berg kom inte")  # typed, not yet registered
    added = Deviation(DeviationKind.TREATMENT, TODAY, directory["school"].id,
                      "Otrevligt bemötande i receptionen.", draft=False)
    ops.write(None, lambda ws_: ws_.meetings.add_deviation(no_show_case.id, added))
    qtbot.waitUntil(lambda: widget.table.rowCount() == 2)
    assert widget.selected().kind is DeviationKind.DID_NOT_ATTEND
    assert widget.description.toPlainText() == "Anna Berg kom inte"


def test_with_the_worker_thread(qtbot, live_ops, statements, no_show_case, tmp_path):
    w = _make(qtbot, live_ops, no_show_case.id, tmp_path)
    settle(qtbot, live_ops)
    assert w.table.rowCount() == 1 and w.status.text() == ""
    w.description.setPlainText("Anna Berg kom inte och hörde inte av sig.")
    statements.clear()
    qtbot.mouseClick(w.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.table.item(0, 3).text() == "Registrerad", timeout=5000)
    with qtbot.waitSignal(w.exported, timeout=10000):
        qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    assert statements.threads and statements.on_gui_thread() == 0
    assert w.status.text().startswith("Sparad")
