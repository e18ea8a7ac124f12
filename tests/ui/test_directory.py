"""The organisation directory widget, edited as a coordinator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.people import PersonDialog
from tests.ui.conftest import settle


@pytest.fixture
def ws(ws):
    bup = ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    ws.directory.add_person(Person("Anna Berg", "psykolog", bup.id))
    return ws


def _open(qtbot, operations):
    widget = OrganisationDirectory(operations)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot, ops):
    return _open(qtbot, ops)


def _retype(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_shows_the_organisation_and_its_people(view):
    assert view.objectName() == "OrganisationDirectory"
    assert view.list.item(0).text() == "BUP Norrby"
    assert view.fields["name"].text() == "BUP Norrby"
    assert view.kind.currentText() == "BUP"
    assert view.principal.currentText() == "Region"
    assert view.people.item(0, 1).text() == "psykolog"


def test_fields_are_stored_on_leaving_them(qtbot, ws, view):
    _retype(qtbot, view.fields["unit"], "Oppenvarden")
    _retype(qtbot, view.fields["mailbox"], "bup.norrby@exempel.se")
    _retype(qtbot, view.fields["decision_maker"], "Eva Oberg, verksamhetschef")
    org = ws.directory.organisations()[0]
    assert (org.unit, org.mailbox) == ("Oppenvarden", "bup.norrby@exempel.se")
    assert org.decision_maker == "Eva Oberg, verksamhetschef"
    assert view.list.item(0).text() == "BUP Norrby, Oppenvarden"


def test_bad_mailbox_is_refused_with_reason_and_text_kept(qtbot, ws, view):
    _retype(qtbot, view.fields["mailbox"], "bup at norrby")
    assert "e-postadress" in view.error.text()
    assert view.fields["mailbox"].text() == "bup at norrby"
    assert ws.directory.organisations()[0].mailbox == ""


def test_new_organisation_is_added_and_named(qtbot, ws, view):
    qtbot.mouseClick(view.findChild(QPushButton, "NewOrganisation"), Qt.MouseButton.LeftButton)
    assert view.fields["name"].text() == "Ny organisation"
    assert view.fields["name"].hasFocus() and view.fields["name"].selectedText()
    _retype(qtbot, view.fields["name"], "Ekbackaskolan")
    view.kind.setCurrentIndex(view.kind.findData(OrgKind.SCHOOL))
    view.kind.activated.emit(view.kind.currentIndex())
    names = {o.name: o for o in ws.directory.organisations()}
    assert names["Ekbackaskolan"].kind is OrgKind.SCHOOL


def test_a_person_added_elsewhere_appears_and_typing_is_kept(qtbot, ws, ops, view):
    bup = ws.directory.organisations()[0]
    view.fields["phone"].setText("010-11 22 33")  # being typed, not yet stored
    ops.write(None, lambda ws_: ws_.directory.add_person(Person("Nils Ek", "kurator", bup.id)))
    qtbot.waitUntil(lambda: view.people.rowCount() == 2)
    assert {view.people.item(r, 0).text() for r in range(2)} == {"Anna Berg", "Nils Ek"}
    assert view.fields["phone"].text() == "010-11 22 33"


def test_a_refused_field_keeps_its_text_through_a_refresh(qtbot, ws, ops, view):
    _retype(qtbot, view.fields["mailbox"], "bup at norrby")
    bup = ws.directory.organisations()[0]
    ops.write(None, lambda ws_: ws_.directory.add_person(Person("Nils Ek", "kurator", bup.id)))
    qtbot.waitUntil(lambda: view.people.rowCount() == 2)
    assert view.fields["mailbox"].text() == "bup at norrby"
    assert "e-postadress" in view.error.text()


def test_adding_a_person_through_the_dialog(qtbot, ws, view):
    qtbot.mouseClick(view.findChild(QPushButton, "NewPersonInOrganisation"),
                     Qt.MouseButton.LeftButton)
    dialog = view.findChild(PersonDialog)
    assert dialog is not None and dialog.organisation.currentText() == "BUP Norrby"
    qtbot.keyClicks(dialog.name, "Sara Dahl")
    qtbot.keyClicks(dialog.profession, "kurator")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    qtbot.waitUntil(lambda: view.people.rowCount() == 2)
    assert [p.name for p in ws.directory.people(ws.directory.organisations()[0].id)] == [
        "Anna Berg", "Sara Dahl"]


def test_with_the_worker_thread(qtbot, ws, live_ops, statements):
    statements.clear()
    view = _open(qtbot, live_ops)
    settle(qtbot, live_ops)
    assert view.list.item(0).text() == "BUP Norrby"
    _retype(qtbot, view.fields["unit"], "Oppenvarden")
    settle(qtbot, live_ops)
    assert view.list.item(0).text() == "BUP Norrby, Oppenvarden"
    assert statements.threads and statements.on_gui_thread() == 0
    assert ws.directory.organisations()[0].unit == "Oppenvarden"
