"""The meetings tab of a case: list, tracker, documents, and the way into meeting mode."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from sipdesk.domain.enums import Stage
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.services.workspace import Workspace
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from sipdesk.ui.operations import Operations
from tests.services.conftest import network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case
from tests.ui.conftest import settle

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo():
    with Workspace.demo(cases=12, clock=lambda: TODAY) as ws:
        yield ws


@pytest.fixture
def invited_case(demo):
    return next(c for c in demo.cases.all() if c.stage is Stage.ACTORS_INVITED)


@pytest.fixture
def demo_ops(qtbot, demo):
    operations = Operations(demo, synchronous=True)
    yield operations
    operations.shutdown()


@pytest.fixture
def tab(qtbot, demo_ops, invited_case):
    widget = CaseMeetings(demo_ops, invited_case.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def test_lists_the_meetings_and_tracks_the_picked_one(tab, invited_case):
    (meeting,) = invited_case.meetings
    assert tab.meetings.count() == 1
    assert tab.current_meeting_id() == meeting.id
    assert "SIP-möte" in tab.meetings.item(0).text()
    names = {row.name for row in tab.tracker.model.items()}
    assert names == {inv.invitee_name for inv in meeting.invitations}


def test_invitation_pdf_is_written_and_names_everyone(tab, invited_case, tmp_path):
    out = tmp_path / "kallelse.pdf"
    tab.export_invitation_pdf(out)
    assert out.exists() and "Sparad" in tab.message.text()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for invitation in invited_case.meetings[0].invitations:
        assert invitation.invitee_name in text
    assert invited_case.child.personnummer not in text


def test_one_invitation_per_recipient_or_one_shared_as_the_coordinator_chooses(tab, tmp_path):
    each, shared = tmp_path / "var.pdf", tmp_path / "gemensam.pdf"
    tab.export_invitation_pdf(each)
    tab.per_recipient.setChecked(False)
    tab.export_invitation_pdf(shared)
    invitees = len(tab.tracker.model.items())
    texts = [page.extract_text() for page in PdfReader(each).pages]
    assert sum("Sida 1 av" in text for text in texts) == invitees  # a page set for each
    shared_text = "".join(p.extract_text() for p in PdfReader(shared).pages)
    assert shared_text.count("Sida 1 av") == 1


def test_calendar_file_is_written(tab, tmp_path):
    out = tmp_path / "mote.ics"
    tab.export_ics(out)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_email_text_has_no_personnummer(qtbot, tab):
    dialog = tab.show_email()
    body = dialog.findChild(QPlainTextEdit, "EmailText").toPlainText()
    assert "Ämne:" in body and "Till:" in body
    assert find_personnummer(body) == []
    texts = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"Stäng", "Kopiera texten", "Öppna i e-postprogrammet"} <= texts
    assert "Close" not in texts
    dialog.findChild(QPushButton, "CopyEmailText").click()
    assert QGuiApplication.clipboard().text() in body
    dialog.close()


def test_meeting_mode_is_requested_for_the_picked_meeting(qtbot, tab):
    with qtbot.waitSignal(tab.protocolRequested, timeout=1000) as asked:
        tab.protocol_button.click()
    assert asked.args == [tab.current_meeting_id()]


def test_a_failed_export_says_why_and_leaves_no_file(tab, tmp_path):
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    out = blocker / "kallelse.pdf"  # its folder cannot exist
    tab.export_invitation_pdf(out)
    assert not out.exists()
    assert "kunde inte" in tab.message.text().lower()
    assert "Sparad" not in tab.message.text()


# --- on a store of their own: writes, and the real worker thread ----------------------

@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _titles(tab):
    return [tab.meetings.item(r).text() for r in range(tab.meetings.count())]


def test_meeting_list_says_when_in_iso_dates_and_swedish_clock(qtbot, ops, built):
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    assert _titles(tab) == ["SIP-möte · 2026-12-21 13.00"]


def test_a_booked_meeting_is_listed_and_picked(qtbot, ws, ops, built):
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    tab.show()
    dialog = tab.new_meeting()
    assert dialog.isVisible() and dialog.isModal()
    dialog.date.setDate(dialog.date.date().addDays(60))
    dialog.save()
    qtbot.waitUntil(lambda: tab.meetings.count() == 2)
    (new,) = [m for m in ws.meetings.of_case(built["case"]) if m.id != built["meeting"]]
    assert tab.current_meeting_id() == new.id
    assert tab.tracker.meeting_id == new.id
    assert tab.tracker.summary.text() == "Ingen är inbjuden ännu."


def test_list_follows_changes_made_elsewhere_and_keeps_the_pick(qtbot, ws, ops, built):
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    later = ws.meetings.get(built["meeting"])
    ops.write(None, lambda w: w.meetings.schedule(built["case"], later))
    qtbot.waitUntil(lambda: tab.meetings.count() == 2)
    assert tab.current_meeting_id() == built["meeting"]  # the pick stays
    ops.write(None, lambda w: w.meetings.cancel(built["meeting"], "Familjen har flyttat"))
    qtbot.waitUntil(lambda: tab.meetings.count() == 1)
    assert tab.current_meeting_id() != built["meeting"]
    assert tab.tracker.meeting_id == tab.current_meeting_id()
    ops.write(None, lambda w: w.meetings.cancel(tab.current_meeting_id(), "Inte behövs"))
    qtbot.waitUntil(lambda: tab.meetings.count() == 0)
    assert tab.tracker.meeting_id is None and not tab.protocol_button.isEnabled()
    assert "Inga möten" in tab.list_state.text()


def test_cancelling_from_the_tracker_leaves_the_list_consistent(qtbot, ws, ops, built):
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    tab.show()
    dialog = tab.tracker.open_meeting_dialog()
    dialog.cancel_meeting("Dubbelbokat")
    qtbot.waitUntil(lambda: tab.meetings.count() == 0)
    assert tab.tracker.meeting_id is None
    assert tab.tracker.title.text() == "Inget möte valt"


def test_exports_run_on_the_worker(qtbot, ws, live_ops, built, tmp_path, statements):
    statements.clear()
    tab = CaseMeetings(live_ops, built["case"])
    qtbot.addWidget(tab)
    assert tab.meetings.count() == 0 and tab.list_state.text() == "Läser in…"
    settle(qtbot, live_ops)
    assert tab.meetings.count() == 1 and tab.tracker.model.rowCount() == 4
    out = tmp_path / "kallelse.pdf"
    tab.export_invitation_pdf(out)
    tab.export_ics(tmp_path / "mote.ics")
    settle(qtbot, live_ops)
    assert out.exists() and (tmp_path / "mote.ics").exists()
    assert tab.message.text().startswith("Sparad: ")
    tab.show_email()
    settle(qtbot, live_ops)
    assert tab.email_dialog is not None and tab.email_dialog.isVisible()
    assert statements.on_gui_thread() == 0
    tab.email_dialog.close()
