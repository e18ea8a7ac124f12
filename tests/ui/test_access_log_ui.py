"""The access log in the window: the user in the timeline, the extract from the history tab,
"opened" when the record reads its case, and "mailed" when the mail program is opened."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from sipdesk.domain.entities import Guardian
from sipdesk.domain.enums import Stage
from sipdesk.services.access_log import USER_ENV
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from tests.ui.conftest import settle

USER = "samordnare.test"
HISTORY_TAB = 8


@pytest.fixture(autouse=True)
def _user(monkeypatch):
    monkeypatch.setenv(USER_ENV, USER)


@pytest.fixture
def case(ws):
    # Fictional child; 20121212-1212 is a Skatteverket test personnummer.
    created = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                              question="Hur får Elsa stöd i skolan?")
    ws.cases.add_guardian(created.id, Guardian("Karin Lind"))
    return created


def _record(qtbot, operations, case_id):
    widget = CaseRecord(operations, case_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    return widget


def _actions(ws, reference):
    return [(e.action, e.user) for e in ws.access.extract(reference).entries]


def test_opening_the_record_is_logged_once_and_the_timeline_names_the_user(qtbot, ws, ops,
                                                                            case):
    record = _record(qtbot, ops, case.id)
    record.tabs.setCurrentIndex(HISTORY_TAB)
    history = record.history_tab
    headers = [history.timeline.horizontalHeaderItem(c).text()
               for c in range(history.timeline.columnCount())]
    assert headers == ["Datum", "Händelse", "Beskrivning", "Användare"]
    assert history.timeline.rowCount() >= 2
    assert {history.timeline.item(r, 3).text()
            for r in range(history.timeline.rowCount())} == {USER}
    assert _actions(ws, case.reference).count(("opened", USER)) == 1
    # A change through the record: one "changed" entry; the re-read is no new opening.
    history.contact_text.setText("Ringde skolan.")
    history.record_contact()
    actions = _actions(ws, case.reference)
    assert actions[-1] == ("changed", USER) and actions.count(("opened", USER)) == 1
    assert history.timeline.item(history.timeline.rowCount() - 1, 3).text() == USER


def test_the_history_tab_writes_the_extract(qtbot, ws, ops, case, tmp_path):
    record = _record(qtbot, ops, case.id)
    history = record.history_tab
    asked = []
    history.choose_path = lambda title, suggestion: (asked.append(suggestion)
                                                     or tmp_path / "utdrag.pdf")
    button = history.findChild(QPushButton, "AccessLogExtract")
    assert button.text() == "Loggutdrag (PDF)…" and button.isEnabled()
    button.click()
    assert asked == [f"loggutdrag-{case.reference}.pdf"]
    assert "Loggutdraget sparades" in history.log_message.text()
    text = PdfReader(str(tmp_path / "utdrag.pdf")).pages[0].extract_text()
    assert case.reference in text and "Öppnade" in text and USER in text
    assert "Elsa" not in text
    assert _actions(ws, case.reference)[-1] == ("exported", USER)


def test_a_failed_extract_is_said_in_the_tab(qtbot, ops, case, tmp_path):
    record = _record(qtbot, ops, case.id)
    (tmp_path / "en fil").write_text("inte en mapp")
    record.history_tab.export_log(tmp_path / "en fil" / "utdrag.pdf")
    assert record.history_tab.log_message.text()
    assert "sparades" not in record.history_tab.log_message.text()


def test_the_extract_is_written_on_the_worker(qtbot, ws, live_ops, case, tmp_path, statements):
    record = _record(qtbot, live_ops, case.id)
    settle(qtbot, live_ops)
    statements.clear()
    record.history_tab.export_log(tmp_path / "utdrag.pdf")
    settle(qtbot, live_ops)
    assert (tmp_path / "utdrag.pdf").exists()
    assert "Loggutdraget sparades" in record.history_tab.log_message.text()
    assert statements.on_gui_thread() == 0
    assert _actions(ws, case.reference).count(("opened", USER)) == 1


@pytest.mark.demo_data(cases=12)
def test_opening_the_mail_program_is_logged_first(qtbot, ws, ops, monkeypatch):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab = CaseMeetings(ops, case.id)
    qtbot.addWidget(tab)
    dialog = tab.show_email()
    dialog.findChild(QPushButton, "OpenMailProgram").click()
    assert len(opened) == 1 and opened[0].scheme() == "mailto"
    assert _actions(ws, case.reference)[-1] == ("mailed", USER)
    dialog.close()
