"""The meetings tab of a case: list, tracker, documents, and the way into meeting mode."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPlainTextEdit

from sipdesk.domain.enums import Stage
from sipdesk.domain.personnummer import find_personnummer
from sipdesk.services.workspace import Workspace
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from sipdesk.ui.tasks import TaskManager

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo():
    with Workspace.demo(cases=12, clock=lambda: TODAY) as ws:
        yield ws


@pytest.fixture
def invited_case(demo):
    return next(c for c in demo.cases.all() if c.stage is Stage.ACTORS_INVITED)


@pytest.fixture
def tab(qtbot, demo, invited_case):
    widget = CaseMeetings(demo, invited_case.id, tasks=TaskManager(synchronous=True))
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
