"""The plan versions widget: list, exports through the worker, copies, close or continue."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Consent, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import ConsentForm, MeetingKind, PlanStatus, Stage
from sipdesk.ui.case.plan_versions import PlanVersions
from tests.ui.conftest import TODAY


@pytest.fixture
def signed_case(ws, directory):
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
    return case, ws.plans.sign(plan.id)


def _widget(qtbot, ws, tasks, case_id, tmp_path):
    chosen = []

    def choose(title, suggestion):
        chosen.append(suggestion)
        return tmp_path / suggestion

    w = PlanVersions(ws, tasks, case_id, choose_path=choose)
    qtbot.addWidget(w)
    return w, chosen


def test_lists_versions_with_date_status_and_fingerprint(qtbot, ws, tasks, signed_case,
                                                         tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ws, tasks, case.id, tmp_path)
    assert w.objectName() == "PlanVersions"
    assert w.table.rowCount() == 1
    assert w.table.item(0, 1).text() == PlanStatus.SIGNED.label
    assert w.table.item(0, 2).text() == TODAY.isoformat()
    assert w.table.item(0, 3).text() == f"{plan.fingerprint[:4]}-{plan.fingerprint[4:8]}-" \
                                        f"{plan.fingerprint[8:12]}"
    assert not w.end_box.isVisible()


def test_exports_run_through_the_task_manager(qtbot, ws, tasks, signed_case, tmp_path):
    case, plan = signed_case
    w, chosen = _widget(qtbot, ws, tasks, case.id, tmp_path)
    ran = []
    original = tasks.run
    tasks.run = lambda fn, *a, **k: (ran.append(fn), original(fn, *a, **k))[-1]
    qtbot.mouseClick(w.export_plan, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.export_family, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.export_attendance, Qt.MouseButton.LeftButton)
    assert len(ran) == 3
    for name in chosen:
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert "Sparad" in w.status.text()


def test_distribution_and_original_are_stored(qtbot, ws, tasks, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ws, tasks, case.id, tmp_path)
    w.recipient.setText("Maria Lind")
    qtbot.mouseClick(w.record_copy, Qt.MouseButton.LeftButton)
    assert [d.recipient for d in ws.plans.get(plan.id).distribution] == ["Maria Lind"]
    assert w.recipient.text() == "" and w.table.item(0, 5).text() == "1"
    qtbot.mouseClick(w.keep_original, Qt.MouseButton.LeftButton)  # owner's org by default
    assert ws.plans.get(plan.id).original_kept_by_org_id is not None


def test_refusal_is_shown_in_swedish(qtbot, ws, tasks, signed_case, tmp_path):
    case, plan = signed_case
    w, _ = _widget(qtbot, ws, tasks, case.id, tmp_path)
    qtbot.mouseClick(w.record_copy, Qt.MouseButton.LeftButton)  # no recipient
    assert "Skriv vem som fick planen" in w.status.text()
    assert ws.plans.get(plan.id).distribution == []


def test_continue_at_stage_6(qtbot, ws, tasks, signed_case, tmp_path):
    case, _ = signed_case
    ws.cases.move(case.id, Stage.FOLLOW_UP)
    ws.meetings.schedule(case.id, Meeting(kind=MeetingKind.FOLLOW_UP,
                                          date=TODAY + timedelta(days=90)))
    ws.cases.move(case.id, Stage.CLOSE_OR_CONTINUE)
    w, _ = _widget(qtbot, ws, tasks, case.id, tmp_path)
    w.show()
    assert w.end_box.isVisible()
    changed = []
    w.caseChanged.connect(changed.append)
    qtbot.mouseClick(w.continue_button, Qt.MouseButton.LeftButton)
    assert changed == [case.id]
    assert ws.cases.get(case.id).stage is Stage.MEETING
    assert w.table.rowCount() == 2 and not w.end_box.isVisible()


def test_close_at_stage_6(qtbot, ws, tasks, signed_case, tmp_path):
    case, _ = signed_case
    ws.cases.move(case.id, Stage.FOLLOW_UP)
    ws.meetings.schedule(case.id, Meeting(kind=MeetingKind.FOLLOW_UP,
                                          date=TODAY + timedelta(days=90)))
    ws.cases.move(case.id, Stage.CLOSE_OR_CONTINUE)
    w, _ = _widget(qtbot, ws, tasks, case.id, tmp_path)
    w.close_note.setText("Målen nådda.")
    qtbot.mouseClick(w.close_button, Qt.MouseButton.LeftButton)
    closed = ws.cases.get(case.id)
    assert closed.archived and any("Målen nådda." in e.text for e in closed.history)
