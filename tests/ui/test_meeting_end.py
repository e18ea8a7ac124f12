"""Avsluta mötet (MeetingEnd): the checklist and its jumps, the follow-up, signing, printing.

All names are invented; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sipdesk.domain.changes import Part
from sipdesk.domain.entities import Consent, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    MeetingKind,
    Participation,
    PlanStatus,
    Response,
    SigningMethod,
    Stage,
)
from sipdesk.export.plan_pdf import DRAFT_MARK
from sipdesk.ui.case.plan_versions import PlanVersions
from sipdesk.ui.meeting_mode.meeting_end import MeetingEnd
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.signing_form import SigningDialog
from tests.ready_to_sign import make_ready_to_sign
from tests.ui.conftest import TODAY, settle


@pytest.fixture
def held(ws, directory):
    """A first SIP meeting today: Anna Berg came, Lena Holm sent Kim Holm, Maria came."""
    case = ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?",
                           personnummer="20121212-1212")  # Skatteverket test number
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    maria = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.set_field(case.id, "participation", Participation.LETTER)
    ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({maria.id}),
        covered_org_ids=frozenset({directory["bup"].id, directory["school"].id})))
    for key in ("psykolog", "mentor"):
        ws.cases.add_to_network(case.id, directory[key].id)
    ws.cases.move(case.id, Stage.ACTORS_INVITED)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14, 30),
        place="Rum 1"))
    invited = ws.meetings.invite_many(meeting.id, [
        ("person", directory["psykolog"].id), ("person", directory["mentor"].id),
        ("guardian", maria.id)], sent_on=TODAY).invited
    inv = {i.invitee_name: i.id for i in invited}
    ws.cases.set_role(case.id, "chair", directory["psykolog"].id)
    ws.cases.set_role(case.id, "plan_owner", directory["psykolog"].id)
    ws.cases.move(case.id, Stage.MEETING)
    ws.meetings.record_response(inv["Lena Holm"], Response.SUBSTITUTE, TODAY, "Kim Holm")
    for invitation_id in inv.values():
        ws.meetings.record_attendance(invitation_id, Attendance.PRESENT)
    return {"case_id": case.id, "meeting_id": meeting.id, "inv": inv}


def _editor(qtbot, ops, meeting_id):
    editor = ProtocolEditor(ops, meeting_id, screens=ScreenList.from_rects([]))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_open, timeout=5000)
    return editor


def _end(qtbot, editor, chooser=None) -> MeetingEnd:
    editor.ending.choose_path = chooser
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    dialog = editor.ending.dialog
    assert dialog is not None and dialog.objectName() == "MeetingEnd"
    qtbot.waitUntil(lambda: dialog.state is not None)
    return dialog


def _complete(ws, directory, plan_id):
    ws.plans.add_action(plan_id, PlanAction(
        goal="Går i skolan", action="Samtal varannan vecka",
        organisation_id=directory["bup"].id, person_name="Anna Berg", due="v. 12"))
    make_ready_to_sign(ws, plan_id, directory["mentor"].id)


def test_the_button_and_ctrl_shift_e_open_it(qtbot, ops, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    dialog = _end(qtbot, editor)
    assert dialog.isVisible() and dialog.windowTitle() == "Avsluta mötet"
    dialog.close()
    qtbot.waitUntil(lambda: editor.ending.dialog is None)
    editor.activateWindow()
    editor.focus_section("child_voice")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.section_edits["child_voice"])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.ending.dialog is not None and editor.ending.dialog.isVisible()


def test_the_checklist_says_what_is_missing_and_each_item_leads_to_its_place(
        qtbot, ops, ws, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    editor.add_action_row()
    model = editor.actions_model
    model.setData(model.index(0, [f for f, _t in model.columns].index("goal")), "Sova bättre")
    dialog = _end(qtbot, editor)
    assert dialog.checklist.missing_keys == [
        "consent", "note_taker", "action:1", "follow_up", "section:child_voice"]
    assert "5 saker saknas" in dialog.checklist.summary.text()
    assert not dialog.signing.record_button.isEnabled()
    form = editor.form
    for key, widget in (("consent", form.consent), ("note_taker", form.note_taker),
                        ("follow_up", form.next_date)):
        dialog = _end(qtbot, editor)
        qtbot.mouseClick(dialog.checklist.buttons[key], Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert editor.window().focusWidget() is widget, key
    dialog = _end(qtbot, editor)
    qtbot.mouseClick(dialog.checklist.buttons["section:child_voice"], Qt.MouseButton.LeftButton)
    assert editor.window().focusWidget() is editor.section_edits["child_voice"]
    assert editor.current_section == "child_voice"
    dialog = _end(qtbot, editor)
    qtbot.mouseClick(dialog.checklist.buttons["action:1"], Qt.MouseButton.LeftButton)
    table = editor.actions_table
    field = editor.actions_model.field(table.currentIndex().column())
    assert table.currentIndex().row() == 0 and field == "organisation_id"
    assert editor.current_section == "actions"


def test_the_follow_up_is_booked_with_the_same_people(qtbot, ops, ws, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    dialog = _end(qtbot, editor)
    assert dialog.follow_up_place.text() == "Rum 1"  # this meeting's place to start from
    day = TODAY + timedelta(days=90)
    dialog.follow_up_date.setDate(QDate(day.year, day.month, day.day))
    dialog.follow_up_start.setTime(QTime(9, 0))
    dialog.follow_up_end.setTime(QTime(10, 0))
    dialog.follow_up_place.clear()
    QTest.keyClicks(dialog.follow_up_place, "Rum Ekorren")
    with qtbot.waitSignal(dialog.booked) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    follow = booked.args[0].meeting
    assert (follow.date, follow.start, follow.end, follow.place) == \
        (day, time(9), time(10), "Rum Ekorren")
    stored = ws.meetings.get(follow.id)
    assert sorted(i.invitee_name for i in stored.invitations) == \
        ["Anna Berg", "Lena Holm", "Maria Lind"]
    assert all(i.sent_on is None for i in stored.invitations)
    assert "3 deltagare" in dialog.follow_up_status.text()
    qtbot.waitUntil(lambda: "follow_up" not in dialog.checklist.missing_keys)
    dialog.refresh()  # the re-read the booking's change causes must keep who was invited
    settle(qtbot, ops)
    assert dialog.state is not None and dialog.state.follow_up is not None
    assert "3 deltagare" in dialog.follow_up_status.text()
    qtbot.waitUntil(lambda: editor.form.next_values()[0] == day)  # the editor hears of it


def test_signing_freezes_the_version_and_the_pdf_has_no_draft_mark(
        qtbot, ops, ws, directory, held, tmp_path):
    editor = _editor(qtbot, ops, held["meeting_id"])
    plan_id = editor.protocol.plan_id
    _complete(ws, directory, plan_id)
    chosen = []

    def choose(title, suggestion):
        chosen.append(suggestion)
        return tmp_path / suggestion

    dialog = _end(qtbot, editor, choose)
    qtbot.waitUntil(lambda: dialog.checklist.missing_keys == [])
    form = dialog.signing
    assert form.record_button.isEnabled()
    names = [form.signers.item(r).text() for r in range(form.signers.count())]
    assert names[1].startswith("Kim Holm – mentor, Ekbackaskolan (ersättare för Lena Holm)")
    changes = []
    ops.changed.connect(changes.append)
    with qtbot.waitSignal(dialog.signed):
        qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    plan = ws.plans.get(plan_id)
    assert plan.status is PlanStatus.SIGNED and plan.signing_method is SigningMethod.PAPER
    assert [s.name for s in plan.signatures] == ["Anna Berg", "Kim Holm", "Maria Lind"]
    assert any(c.touches(held["case_id"], Part.CARD, Part.PLAN) for c in changes)
    qtbot.waitUntil(lambda: editor.is_signed)
    assert editor.section_edits["child_voice"].isReadOnly()
    assert not editor.form.consent.isEnabled() and not editor.form.note_taker.isEnabled()
    assert not editor.form.informed_by.isReadOnly()  # how the child was told: after
    assert "skrivskyddad" in editor.title.text()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.is_signed)
    assert "Undertecknad på papper" in form.result.text()
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_plan, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_family, Qt.MouseButton.LeftButton)
    reference = ws.cases.get(held["case_id"]).reference
    assert chosen == [f"plan-{reference}-v1.pdf", f"plan-{reference}-v1-familj.pdf"]
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / chosen[0]).pages)
    assert "UTKAST" not in text and DRAFT_MARK not in text
    assert "Kim Holm" in text and plan.fingerprint[:4] in text.replace(" ", "")
    # The case can move on now.
    assert ws.cases.check_move(held["case_id"], Stage.FOLLOW_UP) == []


def test_adjusted_by_the_participants_ticked(qtbot, ops, ws, directory, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    _complete(ws, directory, editor.protocol.plan_id)
    dialog = _end(qtbot, editor)
    qtbot.waitUntil(lambda: dialog.checklist.missing_keys == [])
    form = dialog.signing
    qtbot.mouseClick(form.adjusted, Qt.MouseButton.LeftButton)
    assert form.chosen() == [] and not form.record_button.isEnabled()
    assert "minst en" in form.hint.text()
    form.set_checked("Anna Berg")
    form.set_checked("Maria Lind")
    with qtbot.waitSignal(dialog.signed):
        qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    plan = ws.plans.get(editor.protocol.plan_id)
    assert plan.signing_method is SigningMethod.ADJUSTED
    assert [s.name for s in plan.signatures] == ["Anna Berg", "Maria Lind"]


def test_a_refusal_is_said_inline_and_nothing_is_signed(qtbot, ops, ws, directory, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    plan_id = editor.protocol.plan_id
    _complete(ws, directory, plan_id)
    dialog = _end(qtbot, editor)
    qtbot.waitUntil(lambda: dialog.signing.record_button.isEnabled())
    # Changed outside the seam, so the dialog still shows the plan as ready.
    ws.protocol.set_formalities(plan_id, consent_confirmed=False)
    qtbot.mouseClick(dialog.signing.record_button, Qt.MouseButton.LeftButton)
    assert "Samtycket är inte bekräftat" in dialog.signing.error.text()
    assert not dialog.signing.error.isHidden()
    assert ws.plans.get(plan_id).status is PlanStatus.DRAFT


def test_meeting_mode_at_the_same_meeting_shows_the_signed_version_read_only(
        qtbot, ops, ws, directory, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    plan_id = editor.protocol.plan_id
    _complete(ws, directory, plan_id)
    ws.plans.sign(plan_id)
    again = _editor(qtbot, ops, held["meeting_id"])
    assert again.protocol.plan_id == plan_id and again.is_signed
    assert again.section_edits["question"].isReadOnly()
    again.add_action_row()  # nothing happens to a signed version
    assert len(ws.plans.get(plan_id).actions) == 1


def test_on_the_worker_thread(qtbot, live_ops, ws, directory, held, statements):
    editor = _editor(qtbot, live_ops, held["meeting_id"])
    plan_id = editor.protocol.plan_id
    _complete(ws, directory, plan_id)
    statements.clear()
    dialog = _end(qtbot, editor)
    settle(qtbot, live_ops)
    assert dialog.checklist.missing_keys == []
    with qtbot.waitSignal(dialog.signed, timeout=10000):
        qtbot.mouseClick(dialog.signing.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: editor.is_signed)
    assert statements.threads and statements.on_gui_thread() == 0
    assert ws.plans.get(plan_id).is_signed


def test_the_plan_versions_tab_records_a_signing_on_paper_after_the_meeting(
        qtbot, ops, ws, directory, held, tmp_path):
    plan = ws.protocol.open(held["meeting_id"])
    _complete(ws, directory, plan.plan_id)
    panel = PlanVersions(ops, held["case_id"], choose_path=lambda t, s: tmp_path / s)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.register_signing.isEnabled()
    assert panel.table.item(0, 6).text() == "–"
    qtbot.mouseClick(panel.register_signing, Qt.MouseButton.LeftButton)
    dialog = panel.signing_dialog
    assert isinstance(dialog, SigningDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.form.record_button.isEnabled())
    yesterday = TODAY - timedelta(days=1)
    dialog.form.signed_on.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.form.record_button, Qt.MouseButton.LeftButton)
    assert ws.plans.get(plan.plan_id).signed_on == yesterday
    qtbot.waitUntil(lambda: panel.table.item(0, 6).text() == "Papper · 3 personer")
    assert panel.table.item(0, 1).text() == PlanStatus.SIGNED.label
    assert panel.signed_by.text().startswith("Undertecknad på papper 22 november 2026 av "
                                             "Anna Berg, Kim Holm och Maria Lind")
    assert not panel.register_signing.isEnabled()
    assert "undertecknad och låst" in panel.status.text()


def test_a_follow_up_date_being_chosen_stays_while_a_change_elsewhere_is_read(
        qtbot, ops, ws, held):
    editor = _editor(qtbot, ops, held["meeting_id"])
    dialog = _end(qtbot, editor)
    day = TODAY + timedelta(days=60)
    dialog.follow_up_date.setDate(QDate(day.year, day.month, day.day))
    plan_id = editor.protocol.plan_id
    reads = []
    original = ops.read
    ops.read = lambda owner, fn, *a, **k: (reads.append(owner), original(owner, fn, *a, **k))[-1]
    ops.write(None, lambda w: w.plans.set_section(plan_id, "obstacles", "Trött på morgonen."))
    qtbot.waitUntil(lambda: dialog in reads)  # the dialog read the plan again
    assert dialog.follow_up_values()[0] == day
