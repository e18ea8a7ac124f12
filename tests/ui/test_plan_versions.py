"""The plan versions widget: list, exports on the worker, copies, close or continue."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Consent, Distribution, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import (
    CloseReason,
    ConsentForm,
    MeetingKind,
    PlanStatus,
    SentVia,
    Stage,
)
from sipdesk.ui.case.plan_versions import PlanVersions
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from tests.ready_to_sign import make_ready_to_sign
from tests.ui.conftest import TODAY, settle


@pytest.fixture
def signed_case(ws, directory):
    # A fictional family.
    case = ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    g = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({g.id}),
        covered_org_ids=frozenset({directory["bup"].id, directory["school"].id})))
    ws.cases.add_to_network(case.id, directory["psykolog"].id)
    ws.cases.move(case.id, Stage.ACTORS_INVITED)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14), place="Rum 1"))
    ws.cases.set_role(case.id, "chair", directory["psykolog"].id)
    ws.cases.set_role(case.id, "plan_owner", directory["psykolog"].id)
    ws.cases.move(case.id, Stage.MEETING)
    plan = ws.plans.start_version(case.id, meeting.id)
    ws.plans.add_action(plan.id, PlanAction(goal="Skola", action="Stöd",
                                            organisation_id=directory["bup"].id,
                                            person_name="Anna Berg", due="v. 5"))
    make_ready_to_sign(ws, plan.id, directory["psykolog"].id)
    return case, ws.plans.sign(plan.id)


def _to_stage_6(ws, case_id):
    ws.cases.move(case_id, Stage.FOLLOW_UP)
    ws.meetings.schedule(case_id, Meeting(kind=MeetingKind.FOLLOW_UP,
                                          date=TODAY + timedelta(days=90)))
    ws.cases.move(case_id, Stage.CLOSE_OR_CONTINUE)


def _widget(qtbot, ops, case_id, tmp_path, folder=None):
    chosen = []

    def choose(title, suggestion):
        chosen.append(suggestion)
        return (folder or tmp_path) / suggestion

    w = PlanVersions(ops, case_id, choose_path=choose)
    qtbot.addWidget(w)
    return w, chosen


def _changes(ops):
    seen = []
    ops.changed.connect(seen.append)
    return seen


def test_lists_versions_with_date_status_and_fingerprint(qtbot, ops, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    assert w.objectName() == "PlanVersions"
    assert w.table.rowCount() == 1
    assert w.table.item(0, 1).text() == PlanStatus.SIGNED.label
    assert w.table.item(0, 2).text() == TODAY.isoformat()
    assert w.table.item(0, 3).text() == f"{plan.fingerprint[:4]}-{plan.fingerprint[4:8]}-" \
                                        f"{plan.fingerprint[8:12]}"
    assert not w.end_box.isVisible()


def test_exports_run_through_operations(qtbot, ops, signed_case, tmp_path):
    case, plan = signed_case
    w, chosen = _widget(qtbot, ops, case.id, tmp_path)
    ran = []
    original = ops.read
    ops.read = lambda owner, fn, *a, **k: (ran.append(fn), original(owner, fn, *a, **k))[-1]
    qtbot.mouseClick(w.export_plan, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.export_family, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.export_attendance, Qt.MouseButton.LeftButton)
    assert len(ran) == 3
    assert len(chosen) == 3
    for name in chosen:
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert "Sparad" in w.status.text()


def test_exports_render_on_the_worker_thread(qtbot, live_ops, statements, signed_case,
                                             tmp_path):
    case, plan = signed_case
    w, chosen = _widget(qtbot, live_ops, case.id, tmp_path)
    assert w.status.text() == "Läser in…"  # built empty; the read fills it
    settle(qtbot, live_ops)
    assert w.table.rowCount() == 1
    statements.clear()
    with qtbot.waitSignal(w.exported, timeout=10000) as blocker:
        qtbot.mouseClick(w.export_plan, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    assert blocker.args[0].version == 1
    assert (tmp_path / chosen[0]).read_bytes().startswith(b"%PDF")
    assert statements.threads and statements.on_gui_thread() == 0
    assert "Sparad" in w.status.text() and plan.fingerprint[:4] in w.status.text()


def test_failed_export_says_why_in_swedish_without_details(qtbot, ops, signed_case, tmp_path):
    case, _ = signed_case
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("en fil, ingen mapp")  # the chosen "folder" is a file
    w, chosen = _widget(qtbot, ops, case.id, tmp_path, folder=blocker)
    faults = []
    ops.failed.connect(faults.append)
    qtbot.mouseClick(w.export_plan, Qt.MouseButton.LeftButton)
    text = w.status.text()
    assert text == ("PDF:en sparades inte. Filen kunde inte sparas där. Välj en annan mapp "
                    "och försök igen.")
    assert "Traceback" not in text and "Error" not in text and "Errno" not in text
    assert "Elsa" not in text and "Lind" not in text
    assert blocker.read_text() == "en fil, ingen mapp"
    assert w.export_plan.isEnabled()  # ready to try another folder
    assert faults  # the window hears of a fault too


def test_distribution_and_original_are_stored(qtbot, ops, ws, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    w.recipient.setText("Maria Lind")
    qtbot.mouseClick(w.record_copy, Qt.MouseButton.LeftButton)
    assert [d.recipient for d in ws.plans.get(plan.id).distribution] == ["Maria Lind"]
    assert w.recipient.text() == ""
    qtbot.waitUntil(lambda: w.table.item(0, 5).text() == "1")
    qtbot.mouseClick(w.keep_original, Qt.MouseButton.LeftButton)  # owner's org by default
    assert ws.plans.get(plan.id).original_kept_by_org_id is not None
    qtbot.waitUntil(lambda: w.table.item(0, 4).text() == "BUP Norrby")


def test_refusal_is_shown_in_swedish(qtbot, ops, ws, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    qtbot.mouseClick(w.record_copy, Qt.MouseButton.LeftButton)  # no recipient
    assert "Skriv vem som fick planen" in w.status.text()
    assert ws.plans.get(plan.id).distribution == []


def test_a_change_made_elsewhere_is_read_again(qtbot, ops, ws, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    w.recipient.setText("BUP Norrby")  # typed here, not yet sent
    copy = Distribution(recipient="Maria Lind", sent_on=TODAY, via=SentVia.LETTER)
    ops.write(None, lambda ws_: ws_.plans.record_distribution(plan.id, copy))
    qtbot.waitUntil(lambda: w.table.item(0, 5).text() == "1")
    assert w.recipient.text() == "BUP Norrby"


def test_new_version_starts_a_draft(qtbot, ops, ws, signed_case, tmp_path):
    case, _ = signed_case
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    assert w.new_version.isEnabled()
    qtbot.mouseClick(w.new_version, Qt.MouseButton.LeftButton)
    assert [p.version for p in ws.cases.get(case.id).plans] == [1, 2]
    qtbot.waitUntil(lambda: w.table.rowCount() == 2)
    assert w.table.item(1, 1).text() == PlanStatus.DRAFT.label
    assert not w.new_version.isEnabled()  # write on in the draft


def test_continue_at_stage_6(qtbot, ops, ws, signed_case, tmp_path):
    case, _ = signed_case
    _to_stage_6(ws, case.id)
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    w.show()
    assert w.end_box.isVisible()
    changed = _changes(ops)
    qtbot.mouseClick(w.continue_button, Qt.MouseButton.LeftButton)
    assert [c for c in changed if c.touches(case.id)]  # every surface hears of the case
    assert ws.cases.get(case.id).stage is Stage.MEETING
    qtbot.waitUntil(lambda: w.table.rowCount() == 2)
    assert not w.end_box.isVisible()


def test_close_at_stage_6(qtbot, ops, ws, signed_case, tmp_path):
    case, _ = signed_case
    _to_stage_6(ws, case.id)
    w, _ = _widget(qtbot, ops, case.id, tmp_path)
    w.show()
    qtbot.mouseClick(w.close_button, Qt.MouseButton.LeftButton)
    dialog = w.findChild(CloseCaseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen()[0] is CloseReason.GOALS_REACHED  # allowed after the follow-up
    dialog.note.setText("Målen nådda.")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    closed = ws.cases.get(case.id)
    assert closed.archived and any("Målen nådda." in e.text for e in closed.history)
    assert dialog.case is not None and dialog.case.archived
    assert w.status.text() == "Ärendet är avslutat."
    qtbot.waitUntil(lambda: not w.end_box.isVisible())
