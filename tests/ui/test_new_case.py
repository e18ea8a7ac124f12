"""The Nytt ärende dialog, typed into as a coordinator would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.dialogs.people import PersonDialog
from tests.ui.conftest import settle

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(ws):
    ws.directory.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    return ws


def _open(qtbot, operations):
    d = NewCaseDialog(operations)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.fixture
def dialog(qtbot, ops):
    return _open(qtbot, ops)


def _type_a_case(qtbot, dialog):
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Ekbackaskolan"))
    qtbot.keyClicks(dialog.function, "mentor")
    qtbot.keyClicks(dialog.question, "Hur kommer Elsa tillbaka till skolan?")
    qtbot.keyClicks(dialog.first_name, "Elsa")
    qtbot.keyClicks(dialog.last_name, "Lind")
    qtbot.keyClicks(dialog.personnummer, "201212121212")  # a Skatteverket test number


def test_ok_is_disabled_until_the_case_is_complete(qtbot, ws, dialog):
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.first_name, "Elsa")
    qtbot.keyClicks(dialog.last_name, "Lind")
    assert not dialog.ok_button.isEnabled()  # no question yet
    qtbot.keyClicks(dialog.question, "Hur kommer Elsa tillbaka till skolan?")
    assert dialog.ok_button.isEnabled()


def test_checking_as_you_type_asks_no_service(qtbot, ws, dialog, statements):
    statements.clear()
    qtbot.keyClicks(dialog.first_name, "Elsa")
    qtbot.keyClicks(dialog.question, "Stod i skolan")
    qtbot.keyClicks(dialog.personnummer, "20121212-1213")
    assert "Kontrollsiffran" in dialog.errors["personnummer"].text()
    assert statements.threads == []  # not one SQL statement while typing


def test_bad_personnummer_shows_the_reason_at_once_and_keeps_everything(qtbot, ws, dialog):
    qtbot.keyClicks(dialog.first_name, "Elsa")
    qtbot.keyClicks(dialog.question, "Stod i skolan")
    qtbot.keyClicks(dialog.personnummer, "20121212-1213")
    error = dialog.errors["personnummer"]
    assert error.isVisible() and "Kontrollsiffran" in error.text()
    assert not dialog.ok_button.isEnabled()
    # Nothing typed is lost while the number is wrong.
    assert dialog.first_name.text() == "Elsa"
    assert dialog.personnummer.text() == "20121212-1213"
    dialog.accept()  # even forced, nothing is created
    assert ws.cases.summaries() == []

    dialog.personnummer.selectAll()
    qtbot.keyClick(dialog.personnummer, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.personnummer, "20121212-1212")  # a Skatteverket test number
    assert not error.isVisible()
    assert dialog.ok_button.isEnabled()


def test_short_personnummer_is_explained_when_leaving_the_field(qtbot, dialog):
    qtbot.keyClicks(dialog.personnummer, "2012")
    assert not dialog.errors["personnummer"].isVisible()  # still typing
    qtbot.keyClick(dialog.personnummer, Qt.Key.Key_Tab)
    dialog.personnummer.editingFinished.emit()
    assert "10 eller 12 siffror" in dialog.errors["personnummer"].text()


def test_the_created_case_holds_what_was_typed(qtbot, ws, dialog):
    _type_a_case(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = ws.cases.get(dialog.case.id)
    assert stored.child.full_name == "Elsa Lind"
    assert stored.child.personnummer == "20121212-1212"
    assert stored.question == "Hur kommer Elsa tillbaka till skolan?"
    assert stored.raised_by_function == "mentor"
    assert ws.directory.organisation(stored.raised_by_org_id).name == "Ekbackaskolan"
    assert stored.need_found_on == TODAY


def test_a_refusal_keeps_the_dialog_open_with_everything_typed(qtbot, ws, dialog,
                                                               monkeypatch):
    def refuse(**_kw):
        raise ValidationError("Ärendet kunde inte skapas just nu.", field="case")

    monkeypatch.setattr(ws.cases, "create", refuse)
    _type_a_case(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.failure.text() == "Ärendet kunde inte skapas just nu."
    assert dialog.case is None
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Elsa", "Lind")
    assert dialog.personnummer.text() == "201212121212"
    assert dialog.function.text() == "mentor"
    assert dialog.organisation.currentText() == "Ekbackaskolan"
    assert dialog.ok_button.isEnabled()  # try again


def test_created_on_the_worker_thread(qtbot, ws, live_ops, statements):
    statements.clear()
    dialog = _open(qtbot, live_ops)
    settle(qtbot, live_ops)  # the organisations are read
    assert dialog.organisation.findText("Ekbackaskolan") > 0
    _type_a_case(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    assert statements.threads and statements.on_gui_thread() == 0
    assert ws.cases.get(dialog.case.id).child.full_name == "Elsa Lind"


def test_person_dialog_refuses_an_organisation_as_profession(qtbot, ws, ops):
    orgs = ws.directory.organisations()
    d = PersonDialog.adding(ops, organisation_id=orgs[0].id)
    qtbot.addWidget(d)
    assert d.organisation.currentText() == "Ekbackaskolan"  # read from the directory
    qtbot.keyClicks(d.name, "Sara Dahl")
    qtbot.keyClicks(d.profession, "BUP")
    d.accept()
    assert d.result() != d.DialogCode.Accepted
    assert "inte ett yrke" in d.failure.text()
    assert d.profession.text() == "BUP"
    assert ws.directory.people() == []
    d.profession.clear()
    qtbot.keyClicks(d.profession, "kurator")
    d.accept()
    assert [p.name for p in ws.directory.people()] == ["Sara Dahl"]
    assert isinstance(d.result_value, Person)
    assert d.result() == d.DialogCode.Accepted
