"""The organisation directory widget, edited as a coordinator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui.dialogs.directory import OrganisationDirectory


@pytest.fixture
def ws(ws):
    bup = ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    ws.directory.add_person(Person("Anna Berg", "psykolog", bup.id))
    return ws


@pytest.fixture
def view(qtbot, ws):
    widget = OrganisationDirectory(ws)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


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
    _retype(qtbot, view.fields["name"], "Ekbackaskolan")
    view.kind.setCurrentIndex(view.kind.findData(OrgKind.SCHOOL))
    view.kind.activated.emit(view.kind.currentIndex())
    names = {o.name: o for o in ws.directory.organisations()}
    assert names["Ekbackaskolan"].kind is OrgKind.SCHOOL
