"""The response tracker: invitees shown, overdue rows stand out, one-click actions store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.changes import Changes, Part
from sipdesk.domain.enums import Attendance, DeviationKind, Response, SentVia
from sipdesk.domain.responses import TrackerStatus
from sipdesk.ui.meetings.response_tracker import REREAD_MS, ResponseTracker
from sipdesk.ui.meetings.tracker_model import OVERDUE_ROW, BadgesRole, TrackerModel
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import MEETING_DAY, build_case
from tests.ui.conftest import settle


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _later(ws, days):
    """Move the workspace's today forward, as if the coordinator opened it later."""
    ws.clock = lambda: TODAY + timedelta(days=days)


def _tracker(qtbot, ops, meeting_id=None, **kw):
    widget = ResponseTracker(ops, meeting_id, **kw)
    qtbot.addWidget(widget)
    return widget


def _reread(qtbot):
    """Let the tracker's coalescing timer fire: it reads again after a change."""
    qtbot.wait(REREAD_MS * 3)


def _names(model: TrackerModel) -> list[str]:
    col = model.column("Namn")
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _stored(ws, built, key):
    return next(i for i in ws.meetings.get(built["meeting"]).invitations if i.id == built[key])


def test_model_works_without_a_window(ws, built):
    model = TrackerModel()
    model.set_rows(ws.meetings.tracker(built["meeting"], TODAY + timedelta(days=14)),
                   TODAY + timedelta(days=14))
    assert model.rowCount() == 4 and model.columnCount() == 10
    assert _names(model)[0] == "Anna Berg"  # overdue first
    badges = model.index(0, model.column("Läge")).data(BadgesRole)
    assert badges[0][0] == "2 dagar sen"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW


def test_models_keep_qts_contract(qtmodeltester, ws, built):
    on = TODAY + timedelta(days=20)
    per_meeting = TrackerModel()
    per_meeting.set_rows(ws.meetings.tracker(built["meeting"], on), on)
    assert per_meeting.rowCount() == 4
    qtmodeltester.check(per_meeting)
    across = TrackerModel(all_cases=True)
    across.set_rows(ws.meetings.needs_action(on), on)
    assert across.rowCount() == 4 and across.columnCount() == 7
    qtmodeltester.check(across)
    qtmodeltester.check(TrackerModel())  # empty, as before the first read


def test_tracker_shows_every_invitee(qtbot, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    assert tracker.objectName() == "ResponseTracker"
    assert sorted(_names(tracker.model)) == ["Anna Berg", "Elsa Lind", "Johan Ek", "Maria Lind"]
    model = tracker.model
    johan = model.row_of(built["socsek"])
    assert model.index(johan, model.column("Skickad")).data() == "Ej skickad"
    assert model.index(johan, model.column("Typ")).data() == "Kallelse"
    assert "4 inbjudna" in tracker.summary.text()
    assert "SIP-2026-0001 Elsa Lind" in tracker.details.text()
    assert tracker.title.text() == "SIP-möte 21 december 2026 kl. 13.00–14.30"


def test_overdue_row_is_highlighted_with_the_days(qtbot, ws, ops, built):
    _later(ws, 15)  # answers were due TODAY + 12
    tracker = _tracker(qtbot, ops, built["meeting"])
    model = tracker.model
    assert model.tracker_row(0).status is TrackerStatus.OVERDUE
    assert model.index(0, model.column("Läge")).data() == "3 dagar sen"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW
    # Another surface records the child's answer: the tracker hears of it and reads again.
    ops.write(None, lambda w: w.meetings.record_response(built["child"], Response.ACCEPTED,
                                                         TODAY))
    _reread(qtbot)
    answered = model.row_of(built["child"])
    assert model.index(answered, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "svar saknas" in tracker.summary.text()


def test_one_click_contact_updates_the_store(qtbot, ws, ops, built):
    _later(ws, 15)
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    qtbot.mouseClick(tracker.contact_button, Qt.MouseButton.LeftButton)
    assert _stored(ws, built, "psykolog").contacted_on == TODAY + timedelta(days=15)
    _reread(qtbot)
    assert "ringd" in tracker.model.index(
        tracker.model.row_of(built["psykolog"]), tracker.model.column("Svar")).data()
    assert tracker.selected_row().invitation_id == built["psykolog"]
    assert "Kontaktad per telefon" in ws.cases.get(built["case"]).history[-1].text
    assert "kontaktad per telefon i dag" in tracker.banner.text()


def test_contact_has_a_key_and_acts_on_the_selected_row(qtbot, ws, ops, built):
    _later(ws, 15)
    tracker = _tracker(qtbot, ops, built["meeting"])
    assert tracker.contact_action.shortcut().toString() == "Ctrl+K"
    assert tracker.contact_action in tracker.actions()
    tracker.select_invitation(built["guardian"])
    tracker.contact_action.trigger()
    assert _stored(ws, built, "guardian").contacted_on == TODAY + timedelta(days=15)


def test_shortcuts_are_kept(qtbot, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    keys = {a.shortcut().toString() for a in tracker.actions()}
    assert {"Ctrl+K", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+0", "Ctrl+Shift+S",
            "Alt+1", "Alt+2", "Alt+3", "Alt+0"} <= keys


@pytest.mark.parametrize("response", list(Response))
def test_set_every_response(qtbot, ops, built, response):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(response, "Kim Sjö" if response is Response.SUBSTITUTE else None)
    _reread(qtbot)
    row = tracker.model.tracker_row(tracker.model.row_of(built["psykolog"]))
    assert row.response is response
    if response is Response.SUBSTITUTE:
        assert row.substitute_name == "Kim Sjö"
    assert tracker.selected_row().invitation_id == built["psykolog"]  # kept across the read


def test_refused_substitute_shows_the_reason(qtbot, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.SUBSTITUTE, "")
    assert "ersättare" in tracker.banner.text()


def test_substitute_is_asked_for_and_a_refusal_keeps_the_dialog_open(qtbot, ws, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    dialog = tracker.set_response(Response.SUBSTITUTE)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    dialog.ok.click()  # nothing typed: the service refuses
    assert dialog.isVisible() and "ersättare" in dialog.error.text()
    assert _stored(ws, built, "psykolog").response is Response.NO_ANSWER
    dialog.set_value("Kim Sjö")
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = _stored(ws, built, "psykolog")
    assert stored.response is Response.SUBSTITUTE and stored.substitute_name == "Kim Sjö"


def test_mark_sent_late_shows_the_warning(qtbot, ws, ops, built):
    _later(ws, 10)  # 18 days before the meeting: late
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["socsek"])
    tracker.mark_sent(ws.today(), SentVia.PHONE)
    _reread(qtbot)
    row = tracker.model.tracker_row(tracker.model.row_of(built["socsek"]))
    assert row.sent_via is SentVia.PHONE and row.late_invitation
    assert "Sen kallelse" in tracker.banner.text()
    assert "Sen kallelse" in tracker.model.index(
        tracker.model.row_of(built["socsek"]), tracker.model.column("Läge")).data()


def test_mark_sent_asks_when_and_stores_it(qtbot, ws, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["socsek"])
    dialog = tracker.mark_sent()
    assert dialog is not None and dialog.isVisible()
    assert dialog.warning.isHidden()  # today is 28 days before the meeting: on time
    dialog.via.setCurrentIndex(dialog.via.findData(SentVia.LETTER))
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = _stored(ws, built, "socsek")
    assert stored.sent_on == TODAY and stored.sent_via is SentVia.LETTER
    assert "markerad som skickad 23 november 2026" in tracker.banner.text()


def test_absent_without_notice_creates_a_draft_deviation(qtbot, ws, ops, built, network):  # noqa: F811
    _later(ws, 28)
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_attendance(Attendance.ABSENT_WITHOUT_NOTICE)
    (deviation,) = ws.meetings.deviations(built["case"])
    assert deviation.kind is DeviationKind.DID_NOT_ATTEND and deviation.draft
    assert deviation.organisation_id == network["bup"].id
    assert deviation.occurred_on == MEETING_DAY
    assert "avvikelse" in tracker.banner.text()
    assert not tracker.complete_button.isHidden()
    _reread(qtbot)
    model = tracker.model
    cell = model.index(model.row_of(built["psykolog"]), model.column("Närvaro"))
    assert cell.data() == "Utan återbud · avvikelse"
    tracker.complete_deviation("Anna Berg kom inte; mötet fick hållas utan BUP.")
    assert not ws.meetings.deviations(built["case"])[0].draft


def test_completing_the_deviation_asks_and_keeps_what_was_typed(qtbot, ws, ops, built):
    _later(ws, 28)
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_attendance(Attendance.ABSENT_WITHOUT_NOTICE)
    dialog = tracker._complete_deviation()
    dialog.set_value("   ")
    dialog.ok.click()
    assert dialog.isVisible() and "Beskriv" in dialog.error.text()
    dialog.set_value("Kom inte; BUP kontaktas.")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert ws.meetings.deviations(built["case"])[0].description == "Kom inte; BUP kontaktas."
    assert "registrerad" in tracker.banner.text()


def test_attendance_present_creates_nothing(qtbot, ws, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["socsek"])
    tracker.set_attendance(Attendance.PRESENT)
    assert ws.meetings.deviations(built["case"]) == []


def test_all_cases_view_lists_what_needs_action(qtbot, ws, ops, built):
    _later(ws, 20)
    tracker = _tracker(qtbot, ops, all_cases=True)
    assert _names(tracker.model) == ["Johan Ek", "Anna Berg", "Elsa Lind", "Maria Lind"]
    assert tracker.model.index(0, tracker.model.column("Ärende")).data().startswith(
        "SIP-2026-0001")
    tracker.select_invitation(built["psykolog"])
    tracker.contact_selected()
    _reread(qtbot)
    assert "Anna Berg" not in _names(tracker.model)  # phoned today: not again for a while
    with qtbot.waitSignal(tracker.meetingOpened) as opened:
        tracker.view.activated.emit(tracker.model.index(0, 0))
    assert opened.args == [built["meeting"]]


def test_empty_tracker_then_set_meeting(qtbot, ops, built):
    tracker = _tracker(qtbot, ops)
    assert tracker.model.rowCount() == 0 and not tracker.contact_button.isEnabled()
    tracker.set_meeting(built["meeting"])
    assert tracker.model.rowCount() == 4


def test_changes_of_another_case_are_not_read(qtbot, ws, ops, built, statements):
    tracker = _tracker(qtbot, ops, built["meeting"])
    other = ws.cases.create(first_name="Noah", last_name="Berg", question="Sömn")
    statements.clear()
    ops.announce(Changes.of_case(other.id, Part.MEETINGS))
    ops.announce(Changes.of_case(built["case"], Part.PLAN))
    _reread(qtbot)
    assert statements.threads == []
    ops.announce(Changes.of_case(built["case"], Part.MEETINGS))
    _reread(qtbot)
    assert statements.threads  # its own case's meetings: read again
    assert tracker.model.rowCount() == 4


def test_a_burst_of_changes_is_one_read(qtbot, ws, ops, built, monkeypatch):
    tracker = _tracker(qtbot, ops, built["meeting"])
    reads = []
    meeting_view = ws.views.meeting
    monkeypatch.setattr(ws.views, "meeting",
                        lambda meeting_id: reads.append(meeting_id) or meeting_view(meeting_id))
    for _ in range(5):
        ops.announce(Changes.of_case(built["case"], Part.MEETINGS))
    _reread(qtbot)
    assert reads == [built["meeting"]]
    assert tracker.model.rowCount() == 4


def test_runs_on_the_worker_thread(qtbot, ws, live_ops, built, statements):
    statements.clear()
    tracker = _tracker(qtbot, live_ops, built["meeting"])
    assert tracker.model.rowCount() == 0  # nothing read on the GUI thread
    settle(qtbot, live_ops)
    assert tracker.model.rowCount() == 4
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.ACCEPTED)
    qtbot.waitUntil(lambda: tracker.selected_row() is not None
                    and tracker.selected_row().response is Response.ACCEPTED)
    settle(qtbot, live_ops)
    assert tracker.selected_row().invitation_id == built["psykolog"]
    assert statements.on_gui_thread() == 0


def test_the_childs_name_is_read_again_when_the_tracker_is_seen(qtbot, ws, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    ops.write(None, lambda w: w.cases.update(built["case"], child_first_name="Ella"))
    _reread(qtbot)
    assert "Elsa Lind" in tracker.details.text()  # out of sight: not read yet
    tracker.show()
    qtbot.waitUntil(lambda: "Ella Lind" in tracker.details.text())
