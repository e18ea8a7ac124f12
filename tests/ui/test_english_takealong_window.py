"""A case taken along speaks English under English: menu, marks, record, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.board import TakenAlong
from sipdesk.ui.actions import Actions
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.takealong_actions import REFUSALS
from sipdesk.ui.takealong_words import mark_briefer, mark_sentence, read_only_banner
from tests.ui.test_english import english, swedish_in  # noqa: F401 - the fixture

AWAY = TakenAlong("anna", date(2026, 11, 30), here=False)
HERE = TakenAlong("anna", date(2026, 11, 30), here=True)


@pytest.fixture
def leased_record(qtbot, ops, ws, monkeypatch):
    case = ws.cases.create(first_name="Elsa", last_name="Lind",
                           question="Hur får Elsa stöd i skolan?")
    monkeypatch.setattr(ws.takealong, "mark_of", lambda _case_id: AWAY)

    def make() -> CaseRecord:
        record = CaseRecord(ops, case.id)
        qtbot.addWidget(record)
        record.show()
        qtbot.waitUntil(lambda: record.lease_banner.isVisible())
        return record
    return make


def _texts(*marks: TakenAlong) -> list[str]:
    texts = []
    for mark in marks:
        texts += [mark_sentence(mark), mark_sentence(mark, short=True), read_only_banner(mark),
                  *mark_briefer(mark)]
    return texts


def test_the_marks_the_menu_and_the_record_are_english(
        qtbot, english, leased_record) -> None:  # noqa: F811
    from PySide6.QtCore import QCoreApplication, QObject

    texts = _texts(AWAY, HERE)
    assert "Taken along by anna until 30 November 2026" in texts
    owner = QObject()
    actions = Actions(owner)
    for name in ("take_along", "give_back", "break_lease"):
        texts += [actions[name].text(), actions[name].toolTip()]
    texts += [QCoreApplication.translate("TakeAlong", refusal) for refusal in REFUSALS]
    record = leased_record()
    texts += [record.lease_banner.text(), record.status.text()]
    assert record.status.text().startswith("Read only")
    assert not set().union(*(swedish_in(t) for t in texts)), texts


def test_the_marks_and_the_record_are_swedish_by_default(qtbot, leased_record):
    assert mark_sentence(AWAY) == "Tas med av anna till 30 november 2026"
    assert mark_sentence(HERE) == "Taget från teamservern, lämnas tillbaka senast 30 november 2026"
    record = leased_record()
    assert record.lease_banner.text().startswith("Tas med av anna till 30 november 2026.")
    assert record.question.isReadOnly()
    assert not record.archive_button.isEnabled()
    assert record.tabs.tabBar().isEnabled()
