"""The meeting dialog's "Sammankallande": the directory's organisations, the coordinator's
own preselected for a new meeting, stored and read back through the real store worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.ui.meetings.meeting_dialog import NOT_GIVEN, MeetingDialog
from tests.services.conftest import network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case
from tests.ui.conftest import settle


@pytest.fixture
def built(ws, network):  # noqa: F811
    ws.settings.save_profile(CoordinatorProfile(
        name="Karin Åkesson", organisation="Norrby socialtjänst",
        organisation_id=network["soc"].id))
    return build_case(ws, network)


def _dialog(qtbot, operations, **kw) -> MeetingDialog:
    dialog = MeetingDialog(operations, **kw)
    qtbot.addWidget(dialog)
    settle(qtbot, operations)
    assert dialog.form_box.isEnabled()
    return dialog


def _choices(dialog: MeetingDialog) -> list[str]:
    return [dialog.convened_by.itemText(i) for i in range(dialog.convened_by.count())]


def _choose(dialog: MeetingDialog, name: str) -> None:
    index = dialog.convened_by.findText(name)
    assert index >= 0, name
    dialog.convened_by.setCurrentIndex(index)


def test_a_new_meeting_offers_the_directory_with_the_coordinators_organisation_chosen(
        qtbot, ws, live_ops, built, network):  # noqa: F811
    dialog = _dialog(qtbot, live_ops, case_id=built["case"])
    assert _choices(dialog) == [NOT_GIVEN, "BUP Norrby", "Ekbackaskolan", "Norrby socialtjänst"]
    assert dialog.convened_by.currentText() == "Norrby socialtjänst"
    _choose(dialog, "Ekbackaskolan")
    dialog.place.setText("Ekbackaskolan, konferensrummet")
    dialog.save()
    settle(qtbot, live_ops)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    assert dialog.meeting is not None
    assert dialog.meeting.convened_by_org_id == network["school"].id
    assert ws.meetings.get(dialog.meeting_id).convened_by_org_id == network["school"].id


def test_a_stored_meeting_shows_its_convener_and_a_change_is_stored(qtbot, ws, live_ops, built,
                                                                    network):  # noqa: F811
    dialog = _dialog(qtbot, live_ops, meeting_id=built["meeting"])
    assert dialog.convened_by.currentText() == "Norrby socialtjänst"  # booked with the default
    _choose(dialog, "BUP Norrby")
    dialog.save()
    settle(qtbot, live_ops)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    assert ws.meetings.get(built["meeting"]).convened_by_org_id == network["bup"].id
    again = _dialog(qtbot, live_ops, meeting_id=built["meeting"])
    assert again.convened_by.currentText() == "BUP Norrby"
    _choose(again, NOT_GIVEN)
    again.save()
    settle(qtbot, live_ops)
    assert ws.meetings.get(built["meeting"]).convened_by_org_id is None
    texts = [e.text for e in ws.cases.get(built["case"]).history]
    assert any("Sammankallande ändrad: Norrby socialtjänst → BUP Norrby." in t for t in texts)
    assert any("Sammankallande ändrad: BUP Norrby → (inte angiven)." in t for t in texts)
    third = _dialog(qtbot, live_ops, meeting_id=built["meeting"])
    assert third.convened_by.currentText() == NOT_GIVEN


def test_without_a_profile_organisation_a_new_meeting_starts_at_not_given(qtbot, ws, ops,
                                                                        network):  # noqa: F811
    built = build_case(ws, network)
    dialog = _dialog(qtbot, ops, case_id=built["case"])
    assert dialog.convened_by.currentText() == NOT_GIVEN
    assert dialog.value().convened_by_org_id is None


def test_a_refused_convener_is_shown_under_its_field_and_nothing_is_lost(qtbot, ws, ops, built):
    dialog = _dialog(qtbot, ops, meeting_id=built["meeting"])
    before = ws.meetings.get(built["meeting"])
    dialog.convened_by.addItem("Nedlagd verksamhet", 999_999)  # gone from the directory
    _choose(dialog, "Nedlagd verksamhet")
    dialog.place.setText("Rum 4")
    dialog.save()
    assert dialog.result() != MeetingDialog.DialogCode.Accepted
    error = dialog.errors["convened_by"]
    assert not error.isHidden() and "finns inte i katalogen" in error.text()
    assert dialog.place.text() == "Rum 4"
    assert ws.meetings.get(built["meeting"]) == before


def test_the_convener_is_reachable_by_keyboard_with_a_name(qtbot, ops, built):
    dialog = _dialog(qtbot, ops, case_id=built["case"])
    combo = dialog.convened_by
    assert combo.accessibleName() == "Sammankallande"
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is combo)
    assert label.text() == "Sa&mmankallande"  # Alt+M
    chain: list[QWidget] = []
    widget = dialog.kind
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [chain.index(w) for w in (dialog.place, combo, dialog.purpose, dialog.save_button)]
    assert order == sorted(order)  # after the place, before the purpose and the buttons
