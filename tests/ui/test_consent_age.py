"""The consent form refuses a child under 15 consenting alone, under the givers, with the
real store worker (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sipdesk.domain.consent import CHILD_TOO_YOUNG
from sipdesk.domain.entities import Guardian, Organisation
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui.case.record import CaseRecord
from tests.ui.conftest import settle


def test_a_child_under_15_cannot_consent_alone_in_the_form(qtbot, ws, live_ops):
    ws.directory.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    # 20121212-1212 is a Skatteverket test personnummer: the child is 13 on 2026-11-23.
    case = ws.cases.create(first_name="Elsa", last_name="Lind", personnummer="201212121212",
                           question="Hur får Elsa stöd i skolan?")
    ws.cases.add_guardian(case.id, Guardian("Karin Lind"))
    record = CaseRecord(live_ops, case.id)
    qtbot.addWidget(record)
    record.resize(1366, 720)
    record.show()
    qtbot.waitExposed(record)
    settle(qtbot, live_ops)
    record.tabs.setCurrentIndex(2)
    record.consent_by_child.setChecked(True)
    record.consent_covered.item(0).setCheckState(Qt.CheckState.Checked)
    button = record.consent_tab.findChild(QPushButton, "RecordConsent")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    error = record.consent_given_by_error
    assert error.isVisible() and error.text() == CHILD_TOO_YOUNG
    assert "under 15 år" in error.text() and "vårdnadshavarnas samtycke" in error.text()
    assert not record.consent_error.isVisible()
    assert ws.cases.get(case.id).consents == []

    # With the guardian's consent too, it is recorded and the message goes.
    record.consent_guardians.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, live_ops)
    (consent,) = ws.cases.get(case.id).consents
    assert consent.by_child and len(consent.guardian_ids) == 1
    assert not error.isVisible()
