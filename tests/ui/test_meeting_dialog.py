"""The meeting and invite dialogs: validation at once, nothing lost, consent respected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QTime

from sipdesk.domain.enums import MeetingKind, MeetingMode, SentVia
from sipdesk.ui.meetings.invite_dialog import InviteDialog, SendDialog
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import MEETING_DAY, build_case


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _dialog(qtbot, ws, **kw):
    dialog = MeetingDialog(ws, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_end_before_start_is_shown_at_once_and_nothing_is_lost(qtbot, ws, built):
    dialog = _dialog(qtbot, ws, case_id=built["case"])
    dialog.place.setText("Kommunhuset")
    dialog.purpose.setPlainText("Skolgång")
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(13, 0))
    assert not dialog.errors["end"].isHidden()
    assert "sluta efter" in dialog.errors["end"].text()
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert len(ws.meetings.of_case(built["case"])) == 1  # only the fixture's meeting
    assert dialog.place.text() == "Kommunhuset"
    assert dialog.purpose.toPlainText() == "Skolgång"
    dialog.end.setTime(QTime(15, 0))
    assert dialog.errors["end"].isHidden() and dialog.save_button.isEnabled()


def test_schedule_a_video_meeting(qtbot, ws, built):
    dialog = _dialog(qtbot, ws, case_id=built["case"])
    dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.FOLLOW_UP))
    dialog.date.setDate(QDate(2027, 3, 1))
    dialog.mode.setCurrentIndex(dialog.mode.findData(MeetingMode.VIDEO))
    assert dialog.place_label.text() == "&Videolänk"
    assert "länken" in dialog.errors["place"].text()  # a warning, saving is still allowed
    assert dialog.save_button.isEnabled()
    dialog.place.setText("https://video.example/sip-7")
    dialog.save()
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    stored = ws.meetings.get(dialog.meeting_id)
    assert stored.mode is MeetingMode.VIDEO and stored.place == "https://video.example/sip-7"
    assert stored.purpose == "Hur får Elsa stöd att gå till skolan?"  # from the question


def test_purpose_is_required_without_a_question(qtbot, ws):
    case = ws.cases.create(first_name="Noah", last_name="Berg", question="")
    dialog = _dialog(qtbot, ws, case_id=case.id)
    dialog.date.setDate(QDate(2027, 1, 11))
    assert "syfte" in dialog.errors["purpose"].text()
    assert not dialog.save_button.isEnabled()
    dialog.purpose.setPlainText("Sömn och oro")
    assert dialog.errors["purpose"].isHidden()


def test_past_date_warns_only(qtbot, ws, built):
    dialog = _dialog(qtbot, ws, case_id=built["case"])
    dialog.date.setDate(QDate(2026, 11, 1))
    assert "redan varit" in dialog.errors["date"].text()
    assert dialog.save_button.isEnabled()


def test_edit_and_cancel_a_meeting(qtbot, ws, built):
    dialog = _dialog(qtbot, ws, meeting_id=built["meeting"])
    assert dialog.place.text() == "Kommunhuset, rum 3"
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(10, 0))
    dialog.save()
    assert ws.meetings.get(built["meeting"]).start.hour == 9
    again = _dialog(qtbot, ws, meeting_id=built["meeting"])
    assert not again.cancel_meeting("")
    assert "varför" in again.banner.text()
    assert again.cancel_meeting("Familjen har flyttat")
    assert ws.meetings.of_case(built["case"]) == []


def test_invite_dialog_shows_who_is_outside_consent(qtbot, ws, built):
    dialog = InviteDialog(ws, built["meeting"])
    qtbot.addWidget(dialog)
    texts = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    mentor = next(t for t in texts if t.startswith("Lena Holm"))
    assert "Kan inte bjudas in" in mentor and "Ekbackaskolan" in mentor
    assert any(t.startswith("Anna Berg") and "Redan inbjuden" in t for t in texts)
    dialog.set_checked("Lena Holm")
    assert dialog.checked_keys() == []  # cannot be ticked
    assert not dialog.ok.isEnabled()


def test_invite_dialog_warns_when_late_and_invites(qtbot, ws, built, network):  # noqa: F811
    meeting = ws.meetings.schedule(built["case"], ws.meetings.get(built["meeting"]))
    ws.meetings.cancel(built["meeting"], "Dubbelbokat")
    dialog = InviteDialog(ws, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.warning.isHidden()  # sent today, 28 days ahead: on time
    dialog.sent_on.setDate(QDate(MEETING_DAY.year, MEETING_DAY.month, MEETING_DAY.day)
                           .addDays(-20))
    assert not dialog.warning.isHidden() and "20 dagar före mötet" in dialog.warning.text()
    dialog.sent_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.set_checked("Anna Berg")
    dialog.set_checked("Elsa Lind")
    dialog.via.setCurrentIndex(dialog.via.findData(SentVia.LETTER))
    dialog.invite()
    assert dialog.result() == InviteDialog.DialogCode.Accepted
    rows = ws.meetings.tracker(meeting.id)
    assert sorted(r.name for r in rows) == ["Anna Berg", "Elsa Lind"]
    assert all(r.sent_via is SentVia.LETTER and r.sent_on == TODAY for r in rows)


def test_send_dialog_warns_at_once(qtbot, ws, built):
    ws.clock = lambda: TODAY + timedelta(days=10)
    dialog = SendDialog(ws, built["meeting"], "Johan Ek")
    qtbot.addWidget(dialog)
    assert not dialog.warning.isHidden() and "18 dagar före mötet" in dialog.warning.text()
    assert dialog.values()[1] is SentVia.EMAIL
