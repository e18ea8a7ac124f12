"""The gallring dialog: the cases due, exporting first, and deleting after a warning."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sipdesk.domain.enums import CloseReason
from sipdesk.services.access_log import USER_ENV
from sipdesk.ui.dialogs.retention import RetentionDialog
from tests.ui.conftest import settle

USER = "samordnare.test"


@pytest.fixture(autouse=True)
def _user(monkeypatch):
    monkeypatch.setenv(USER_ENV, USER)


def _closed(ws, first: str, last: str, closed_on: date):
    # Fictional children.
    case = ws.cases.create(first_name=first, last_name=last, question="")
    ws.cases.close(case.id, CloseReason.MOVED, on=closed_on)
    return case


@pytest.fixture
def cases(ws):
    return {
        "old": _closed(ws, "Ebba", "Gran", date(2024, 3, 1)),
        "older": _closed(ws, "Sixten", "Al", date(2023, 6, 30)),
        "recent": _closed(ws, "Nova", "Lönn", date(2026, 10, 1)),
        "open": ws.cases.create(first_name="Aron", last_name="Ek", question=""),
    }


def _dialog(qtbot, operations, answers=None, paths=None):
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return answers.pop(0) if answers else False

    dialog = RetentionDialog(operations, None, confirm=confirm,
                             choose_path=lambda _t, s: paths.pop(0) if paths else None)
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.asked = asked
    return dialog


def _column(dialog, col: int) -> list[str]:
    return [dialog.table.item(r, col).text() for r in range(dialog.table.rowCount())]


def test_without_a_decided_period_nothing_is_offered(qtbot, ws, ops, cases):
    dialog = _dialog(qtbot, ops)
    assert dialog.objectName() == "RetentionDialog"
    assert dialog.table.rowCount() == 0 and not dialog.table.isEnabled()
    assert "Kommunen har inte bestämt" in dialog.summary.text()
    assert "Inställningar" in dialog.summary.text()
    assert not dialog.delete_button.isEnabled()


def test_lists_the_cases_due_by_reference_and_initials(qtbot, ws, ops, cases, qtmodeltester):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, ops)
    assert _column(dialog, 1) == [cases["older"].reference, cases["old"].reference]
    assert _column(dialog, 2) == ["S.A.", "E.G."]
    assert _column(dialog, 3) == ["2023-06-30", "2024-03-01"]
    assert _column(dialog, 4) == [CloseReason.MOVED.label] * 2
    assert _column(dialog, 5) == ["2025-06-30", "2026-03-01"]
    shown = " ".join(" ".join(_column(dialog, c)) for c in range(6))
    assert "Ebba" not in shown and "Gran" not in shown  # initials only
    assert "24 månader" in dialog.summary.text()
    assert "inte att ångra" in dialog.warning.text()
    qtmodeltester.check(dialog.table.model())


def test_nothing_is_deleted_until_ticked_and_confirmed(qtbot, ws, ops, cases):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, ops, answers=[False])
    assert not dialog.delete_button.isEnabled()
    dialog.tick(cases["old"].id)
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    assert len(dialog.asked) == 1 and "inte att ångra" in dialog.asked[0]
    assert cases["old"].reference in dialog.asked[0]
    assert len(ws.cases.all(include_archived=True)) == 4


def test_deleting_the_ticked_cases(qtbot, ws, ops, cases):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, ops, answers=[True])
    dialog.tick(cases["old"].id)
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)  # by the user's click
    assert sorted(dialog.ticked_ids()) == sorted([cases["old"].id, cases["older"].id])
    dialog.delete_button.click()
    remaining = {c.id for c in ws.cases.all(include_archived=True)}
    assert remaining == {cases["recent"].id, cases["open"].id}
    assert "2 ärenden raderades" in dialog.message.text()
    assert dialog.table.rowCount() == 0
    for key in ("old", "older"):
        last = ws.access.extract(cases[key].reference).entries[-1]
        assert (last.action, last.user) == ("deleted", USER)


def test_the_plan_and_the_log_can_be_exported_first(qtbot, ws, ops, cases, tmp_path):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, ops, paths=[tmp_path / "logg.pdf"])
    dialog.table.setCurrentCell(1, 1)
    current = dialog.current()
    assert current is not None and current.reference == cases["old"].reference
    assert not dialog.export_plan_button.isEnabled()  # no plan was ever written
    assert dialog.export_log_button.isEnabled()
    dialog.export_log_button.click()
    text = PdfReader(str(tmp_path / "logg.pdf")).pages[0].extract_text()
    assert cases["old"].reference in text and "Ändrade" in text
    assert "Loggutdraget sparades" in dialog.message.text()


@pytest.mark.demo_data(cases=12)
def test_exporting_the_plan_of_a_case_due(qtbot, ws, ops, tmp_path):
    case = next(c for c in ws.cases.all() if c.plans)
    ws.cases.close(case.id, CloseReason.MOVED, on=date(2020, 1, 1))
    ws.settings.save_retention_months(12)
    dialog = _dialog(qtbot, ops, paths=[tmp_path / "plan.pdf"])
    row = _column(dialog, 1).index(case.reference)
    dialog.table.setCurrentCell(row, 1)
    assert dialog.export_plan_button.isEnabled()
    dialog.export_plan_button.click()
    assert (tmp_path / "plan.pdf").exists()
    assert "Planen sparades" in dialog.message.text()
    assert ws.access.extract(case.reference).entries[-1].action == "exported"


def test_the_list_follows_a_period_set_elsewhere(qtbot, ws, ops, cases):
    dialog = _dialog(qtbot, ops)
    ops.write(None, lambda w: w.settings.save_retention_months(12))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert "12 månader" in dialog.summary.text()


def test_deleting_on_the_worker(qtbot, ws, live_ops, cases, statements):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, live_ops, answers=[True])
    settle(qtbot, live_ops)
    assert dialog.table.rowCount() == 2
    statements.clear()
    dialog.tick(cases["older"].id)
    dialog.delete_button.click()
    settle(qtbot, live_ops)
    assert "1 ärende raderades" in dialog.message.text()
    assert statements.on_gui_thread() == 0
    assert _column(dialog, 1) == [cases["old"].reference]
