"""The meeting and invite dialogs: validation at once, nothing lost, consent respected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from sipdesk.domain.entities import Person
from sipdesk.domain.enums import MeetingKind, MeetingMode, SentVia
from sipdesk.ui.meetings.invite_dialog import InviteDialog, SendDialog
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import MEETING_DAY, build_case
from tests.ui.conftest import settle


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _dialog(qtbot, ops, **kw):
    dialog = MeetingDialog(ops, **kw)
    qtbot.addWidget(dialog)
    return dialog


def _invite_dialog(qtbot, ops, meeting_id):
    dialog = InviteDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    return dialog


def test_end_before_start_is_shown_at_once_and_nothing_is_lost(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, case_id=built["case"])
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


def test_schedule_a_video_meeting(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, case_id=built["case"])
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


def test_purpose_is_required_without_a_question(qtbot, ws, ops):
    case = ws.cases.create(first_name="Noah", last_name="Berg", question="")
    dialog = _dialog(qtbot, ops, case_id=case.id)
    dialog.date.setDate(QDate(2027, 1, 11))
    assert "syfte" in dialog.errors["purpose"].text()
    assert not dialog.save_button.isEnabled()
    dialog.purpose.setPlainText("Sömn och oro")
    assert dialog.errors["purpose"].isHidden()


def test_past_date_warns_only(qtbot, ops, built):
    dialog = _dialog(qtbot, ops, case_id=built["case"])
    dialog.date.setDate(QDate(2026, 11, 1))
    assert "redan varit" in dialog.errors["date"].text()
    assert dialog.save_button.isEnabled()


def test_julafton_and_a_17_hour_meeting_warn_but_can_be_saved(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, case_id=built["case"])
    dialog.place.setText("Kommunhuset")
    dialog.date.setDate(QDate(2026, 12, 24))
    dialog.start.setTime(QTime(6, 0))
    dialog.end.setTime(QTime(23, 0))
    assert dialog.errors["date"].text() == "24 december 2026 är julafton. Stämmer datumet?"
    assert "17 timmar" in dialog.errors["end"].text()
    assert not dialog.errors["date"].isHidden() and not dialog.errors["end"].isHidden()
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert ws.meetings.get(dialog.meeting_id).date.isoformat() == "2026-12-24"


def test_edit_and_cancel_a_meeting(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, meeting_id=built["meeting"])
    assert dialog.place.text() == "Kommunhuset, rum 3"
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(10, 0))
    dialog.save()
    assert ws.meetings.get(built["meeting"]).start.hour == 9
    again = _dialog(qtbot, ops, meeting_id=built["meeting"])
    again.cancel_meeting("")
    assert not again.cancelled and again.result() != MeetingDialog.DialogCode.Accepted
    assert "varför" in again.banner.text()
    assert len(ws.meetings.of_case(built["case"])) == 1
    again.cancel_meeting("Familjen har flyttat")
    assert again.cancelled and again.result() == MeetingDialog.DialogCode.Accepted
    assert ws.meetings.of_case(built["case"]) == []


def test_cancelling_asks_why_and_keeps_the_dialog_open_until_told(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, meeting_id=built["meeting"])
    dialog.show()
    asked = dialog._cancel_meeting()
    assert asked.isVisible() and asked.isModal()
    asked.ok.click()
    assert asked.isVisible() and "varför" in asked.error.text().lower()
    assert len(ws.meetings.of_case(built["case"])) == 1
    asked.set_value("Dubbelbokat")
    asked.ok.click()
    assert not asked.isVisible() and dialog.cancelled
    assert ws.meetings.of_case(built["case"]) == []


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, meeting_id=built["meeting"])
    dialog.place.setText("Nya rummet")
    ws.meetings.cancel(built["meeting"], "Inställt i ett annat fönster")
    dialog.save()
    assert dialog.result() != MeetingDialog.DialogCode.Accepted
    assert "Mötet finns inte" in dialog.banner.text()
    assert dialog.place.text() == "Nya rummet"  # what was typed is still there
    assert dialog.save_button.isEnabled()


def test_meeting_dialog_reads_on_the_worker(qtbot, ws, live_ops, built, statements):
    statements.clear()
    dialog = _dialog(qtbot, live_ops, meeting_id=built["meeting"])
    assert not dialog.form_box.isEnabled()  # nothing to type into before it is read
    settle(qtbot, live_ops)
    assert dialog.form_box.isEnabled() and dialog.place.text() == "Kommunhuset, rum 3"
    for _ in range(3):  # every keystroke is checked without the store
        dialog.purpose.setPlainText(dialog.purpose.toPlainText() + " och fritid")
    dialog.save()
    settle(qtbot, live_ops)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    assert statements.on_gui_thread() == 0
    assert ws.meetings.get(built["meeting"]).purpose.endswith("och fritid")


def test_invite_dialog_shows_who_is_outside_consent(qtbot, ops, built):
    dialog = _invite_dialog(qtbot, ops, built["meeting"])
    texts = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    mentor = next(t for t in texts if t.startswith("Lena Holm"))
    assert "Kan inte bjudas in" in mentor and "Ekbackaskolan" in mentor
    assert any(t.startswith("Anna Berg") and "Redan inbjuden" in t for t in texts)
    dialog.set_checked("Lena Holm")
    assert dialog.checked_keys() == []  # cannot be ticked
    assert not dialog.ok.isEnabled()
    dialog.check_all.click()
    assert dialog.checked_keys() == []  # everyone allowed is already invited


def test_invite_dialog_warns_when_late_and_invites(qtbot, ws, ops, built, network):  # noqa: F811
    meeting = ws.meetings.schedule(built["case"], ws.meetings.get(built["meeting"]))
    ws.meetings.cancel(built["meeting"], "Dubbelbokat")
    dialog = _invite_dialog(qtbot, ops, meeting.id)
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


def test_check_all_ticks_everyone_allowed_and_nobody_else(qtbot, ws, ops, built):
    meeting = ws.meetings.schedule(built["case"], ws.meetings.get(built["meeting"]))
    dialog = _invite_dialog(qtbot, ops, meeting.id)
    dialog.check_all.click()
    names = {dialog.people.item(r).text().split(" –")[0]
             for r in range(dialog.people.count())
             if dialog.people.item(r).checkState() == Qt.CheckState.Checked}
    assert names == {"Elsa Lind", "Maria Lind", "Anna Berg", "Johan Ek"}  # not the mentor
    assert len(dialog.checked_keys()) == 4 and dialog.ok.isEnabled()
    dialog.check_none.click()
    assert dialog.checked_keys() == [] and not dialog.ok.isEnabled()


def test_refused_invitations_are_named_and_the_dialog_stays(qtbot, ws, ops, built, network):  # noqa: F811
    meeting = ws.meetings.schedule(built["case"], ws.meetings.get(built["meeting"]))
    dialog = _invite_dialog(qtbot, ops, meeting.id)
    dialog.set_checked("Anna Berg")
    dialog.set_checked("Johan Ek")
    assert len(dialog.checked_keys()) == 2
    # Meanwhile the consent is withdrawn in another window: no professional can be invited.
    (consent,) = ws.cases.get(built["case"]).consents
    ws.cases.withdraw_consent(built["case"], consent.id, TODAY)
    dialog.invite()
    assert dialog.result() != InviteDialog.DialogCode.Accepted
    assert "Inte inbjudna" in dialog.error.text() and "Johan Ek" in dialog.error.text()
    texts = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    assert any(t.startswith("Anna Berg") and "Kan inte bjudas in" in t for t in texts)
    assert ws.meetings.tracker(meeting.id) == []


def test_send_dialog_warns_at_once(qtbot, ws, ops, built):
    ws.clock = lambda: TODAY + timedelta(days=10)
    dialog = SendDialog(ops, built["meeting"], "Johan Ek")
    qtbot.addWidget(dialog)
    assert not dialog.warning.isHidden() and "18 dagar före mötet" in dialog.warning.text()
    assert dialog.values()[1] is SentVia.EMAIL


def test_send_dialog_checks_keystrokes_without_the_store(qtbot, ws, live_ops, built,
                                                          statements):
    ws.clock = lambda: TODAY + timedelta(days=10)
    dialog = SendDialog(live_ops, built["meeting"], "Johan Ek")
    qtbot.addWidget(dialog)
    settle(qtbot, live_ops)
    statements.clear()
    for day in range(6, 11):  # from on time (22 days before the meeting) to late (18)
        dialog.sent_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(day))
    assert "18 dagar före mötet" in dialog.warning.text()
    assert statements.threads == []
    dialog.sent_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(11))
    assert "tidigare" in dialog.error.text()  # tomorrow has not happened yet


def _network_of_eight(ws, built, network):  # noqa: F811
    """Four more professionals within the consent: with the family, eight can be invited."""
    for name, org in (("Sara Ström", "bup"), ("Ali Nur", "bup"), ("Eva Dahl", "soc"),
                      ("Olle Björk", "soc")):
        person = ws.directory.add_person(Person(name, "behandlare", network[org].id))
        ws.cases.add_to_network(built["case"], person.id)
    return ws.meetings.schedule(built["case"], ws.meetings.get(built["meeting"]))


def test_inviting_eight_takes_three_actions_from_the_meetings_tab(qtbot, ws, ops, built,
                                                                  network):  # noqa: F811
    from sipdesk.ui.meetings.case_meetings import CaseMeetings

    meeting = _network_of_eight(ws, built, network)
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    tab.show()
    tab.meetings.setCurrentRow(next(r for r in range(tab.meetings.count())
                                    if tab.meetings.item(r).data(Qt.ItemDataRole.UserRole)
                                    == meeting.id))
    actions = 0

    def click(button):
        nonlocal actions
        actions += 1
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    click(tab.tracker.invite_button)
    dialog = tab.tracker.findChild(InviteDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    click(dialog.check_all)
    assert len(dialog.checked_keys()) == 8
    click(dialog.ok)
    assert actions <= 15 and actions == 3
    assert len(ws.meetings.tracker(meeting.id)) == 8
    qtbot.waitUntil(lambda: tab.tracker.model.rowCount() == 8)
    assert "8 inbjudna" in tab.tracker.summary.text()
