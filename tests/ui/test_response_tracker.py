"""The response tracker: invitees shown, overdue rows stand out, one-click actions store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.enums import Attendance, DeviationKind, Response, SentVia
from sipdesk.domain.responses import TrackerStatus
from sipdesk.ui.meetings.response_tracker import (
    OVERDUE_ROW,
    BadgesRole,
    ResponseTracker,
    TrackerModel,
)
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import MEETING_DAY, build_case


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _later(ws, days):
    """Move the workspace's today forward, as if the coordinator opened it later."""
    ws.clock = lambda: TODAY + timedelta(days=days)


def _tracker(qtbot, ws, meeting_id=None, **kw):
    widget = ResponseTracker(ws, meeting_id, **kw)
    qtbot.addWidget(widget)
    return widget


def _names(model: TrackerModel) -> list[str]:
    col = model.column("Namn")
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_works_without_a_window(ws, built):
    model = TrackerModel()
    model.set_rows(ws.meetings.tracker(built["meeting"], TODAY + timedelta(days=14)),
                   TODAY + timedelta(days=14))
    assert model.rowCount() == 4 and model.columnCount() == 9
    assert _names(model)[0] == "Anna Berg"  # overdue first
    badges = model.index(0, model.column("Läge")).data(BadgesRole)
    assert badges[0][0] == "2 dagar sen"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW


def test_tracker_shows_every_invitee(qtbot, ws, built):
    tracker = _tracker(qtbot, ws, built["meeting"])
    assert tracker.objectName() == "ResponseTracker"
    assert sorted(_names(tracker.model)) == ["Anna Berg", "Elsa Lind", "Johan Ek", "Maria Lind"]
    model = tracker.model
    johan = model.row_of(built["socsek"])
    assert model.index(johan, model.column("Skickad")).data() == "Ej skickad"
    assert model.index(johan, model.column("Typ")).data() == "Kallelse"
    assert "4 inbjudna" in tracker.summary.text()
    assert "SIP-2026-0001 Elsa Lind" in tracker.details.text()


def test_overdue_row_is_highlighted_with_the_days(qtbot, ws, built):
    _later(ws, 15)  # answers were due TODAY + 12
    tracker = _tracker(qtbot, ws, built["meeting"])
    model = tracker.model
    assert model.tracker_row(0).status is TrackerStatus.OVERDUE
    assert model.index(0, model.column("Läge")).data() == "3 dagar sen"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW
    answered = model.row_of(built["child"])
    ws.meetings.record_response(built["child"], Response.ACCEPTED, TODAY)
    tracker.refresh()
    answered = model.row_of(built["child"])
    assert model.index(answered, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "svar saknas" in tracker.summary.text()


def test_one_click_contact_updates_the_store(qtbot, ws, built):
    _later(ws, 15)
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    qtbot.mouseClick(tracker.contact_button, Qt.MouseButton.LeftButton)
    stored = next(i for i in ws.meetings.get(built["meeting"]).invitations
                  if i.id == built["psykolog"])
    assert stored.contacted_on == TODAY + timedelta(days=15)
    assert "ringd" in tracker.model.index(
        tracker.model.row_of(built["psykolog"]), tracker.model.column("Svar")).data()
    assert tracker.selected_row().invitation_id == built["psykolog"]
    assert "Kontaktad per telefon" in ws.cases.get(built["case"]).history[-1].text


def test_contact_has_a_key_and_acts_on_the_selected_row(qtbot, ws, built):
    _later(ws, 15)
    tracker = _tracker(qtbot, ws, built["meeting"])
    assert tracker.contact_action.shortcut().toString() == "Ctrl+K"
    assert tracker.contact_action in tracker.actions()
    tracker.select_invitation(built["guardian"])
    tracker.contact_action.trigger()
    stored = next(i for i in ws.meetings.get(built["meeting"]).invitations
                  if i.id == built["guardian"])
    assert stored.contacted_on == TODAY + timedelta(days=15)


@pytest.mark.parametrize("response", list(Response))
def test_set_every_response(qtbot, ws, built, response):
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(response, "Kim Sjö" if response is Response.SUBSTITUTE else None)
    row = tracker.model.tracker_row(tracker.model.row_of(built["psykolog"]))
    assert row.response is response
    if response is Response.SUBSTITUTE:
        assert row.substitute_name == "Kim Sjö"


def test_refused_substitute_shows_the_reason(qtbot, ws, built):
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.SUBSTITUTE, "")
    assert "ersättare" in tracker.banner.text()


def test_mark_sent_late_shows_the_warning(qtbot, ws, built):
    _later(ws, 10)  # 18 days before the meeting: late
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["socsek"])
    tracker.mark_sent(ws.today(), SentVia.PHONE)
    row = tracker.model.tracker_row(tracker.model.row_of(built["socsek"]))
    assert row.sent_via is SentVia.PHONE and row.late_invitation
    assert "Sen kallelse" in tracker.banner.text()
    assert "Sen kallelse" in tracker.model.index(
        tracker.model.row_of(built["socsek"]), tracker.model.column("Läge")).data()


def test_absent_without_notice_creates_a_draft_deviation(qtbot, ws, built, network):  # noqa: F811
    _later(ws, 28)
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_attendance(Attendance.ABSENT_WITHOUT_NOTICE)
    (deviation,) = ws.meetings.deviations(built["case"])
    assert deviation.kind is DeviationKind.DID_NOT_ATTEND and deviation.draft
    assert deviation.organisation_id == network["bup"].id
    assert deviation.occurred_on == MEETING_DAY
    assert "avvikelse" in tracker.banner.text()
    assert not tracker.complete_button.isHidden()
    model = tracker.model
    cell = model.index(model.row_of(built["psykolog"]), model.column("Närvaro"))
    assert cell.data() == "Utan återbud · avvikelse"
    tracker.complete_deviation("Anna Berg kom inte; mötet fick hållas utan BUP.")
    assert not ws.meetings.deviations(built["case"])[0].draft


def test_attendance_present_creates_nothing(qtbot, ws, built):
    tracker = _tracker(qtbot, ws, built["meeting"])
    tracker.select_invitation(built["socsek"])
    tracker.set_attendance(Attendance.PRESENT)
    assert ws.meetings.deviations(built["case"]) == []


def test_all_cases_view_lists_what_needs_action(qtbot, ws, built):
    _later(ws, 20)
    tracker = _tracker(qtbot, ws, all_cases=True)
    assert _names(tracker.model) == ["Johan Ek", "Anna Berg", "Elsa Lind", "Maria Lind"]
    assert tracker.model.index(0, tracker.model.column("Ärende")).data().startswith(
        "SIP-2026-0001")
    tracker.select_invitation(built["psykolog"])
    tracker.contact_selected()
    assert "Anna Berg" not in _names(tracker.model)  # phoned today: not again for a while
    with qtbot.waitSignal(tracker.meetingOpened) as opened:
        tracker.view.activated.emit(tracker.model.index(0, 0))
    assert opened.args == [built["meeting"]]


def test_empty_tracker_then_set_meeting(qtbot, ws, built):
    tracker = _tracker(qtbot, ws)
    assert tracker.model.rowCount() == 0 and not tracker.contact_button.isEnabled()
    tracker.set_meeting(built["meeting"])
    assert tracker.model.rowCount() == 4


def test_runs_through_the_task_manager(qtbot, ws, built, tasks):
    tracker = _tracker(qtbot, ws, built["meeting"], tasks=tasks)
    assert tracker.model.rowCount() == 4
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.ACCEPTED)
    assert tracker.selected_row().response is Response.ACCEPTED
