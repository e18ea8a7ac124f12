"""The call list: the response tracker shows whom to call, per meeting and across all cases."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from sipdesk.ui.meetings.response_tracker import ResponseTracker
from sipdesk.ui.meetings.tracker_model import TrackerModel
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case
from tests.ui.conftest import settle

ANNA_PHONE = "010-123 45 67"
ANNA_EMAIL = "anna.berg@bup.exempel.se"
SWITCHBOARD = "08-123 000 00"


@pytest.fixture
def built(ws, network):  # noqa: F811
    ids = build_case(ws, network)
    d = ws.directory
    d.update_person(dataclasses.replace(network["psykolog"], phone=ANNA_PHONE, email=ANNA_EMAIL))
    d.update_organisation(dataclasses.replace(network["soc"], phone=SWITCHBOARD,
                                              mailbox="socialtjansten@norrby.exempel.se"))
    return ids


def _cell(model: TrackerModel, invitation_id: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(invitation_id), model.column(column)).data(role)


def test_the_meeting_tracker_shows_each_invitees_phone(qtbot, ops, built):
    tracker = ResponseTracker(ops, built["meeting"])
    qtbot.addWidget(tracker)
    model = tracker.model
    assert _cell(model, built["psykolog"], "Telefon") == ANNA_PHONE
    assert _cell(model, built["socsek"], "Telefon") == f"{SWITCHBOARD} (växel)"
    assert _cell(model, built["guardian"], "Telefon") == "070-000 00 00"  # guardians too
    assert _cell(model, built["child"], "Telefon") == "–"
    tip = _cell(model, built["psykolog"], "Namn", Qt.ItemDataRole.ToolTipRole)
    assert f"Telefon: {ANNA_PHONE}" in tip and f"E-post: {ANNA_EMAIL}" in tip
    assert "vårdnadshavarna" in _cell(model, built["child"], "Namn",
                                       Qt.ItemDataRole.ToolTipRole)


def test_the_call_list_across_cases_shows_phones(qtbot, ops, ws, built):
    ws.clock = lambda: TODAY + timedelta(days=20)  # Anna's and Maria's answers are late
    tracker = ResponseTracker(ops, all_cases=True)
    qtbot.addWidget(tracker)
    model = tracker.model
    assert model.column("Telefon") == model.column("Namn") + 1
    assert _cell(model, built["psykolog"], "Telefon") == ANNA_PHONE
    assert _cell(model, built["guardian"], "Telefon") == "070-000 00 00"


def test_a_new_number_in_the_directory_reaches_an_open_tracker(qtbot, live_ops, ws, built,
                                                                 network):  # noqa: F811
    tracker = ResponseTracker(live_ops, built["meeting"])
    qtbot.addWidget(tracker)
    settle(qtbot, live_ops)
    assert _cell(tracker.model, built["psykolog"], "Telefon") == ANNA_PHONE
    anna = ws.directory.person(network["psykolog"].id)
    live_ops.write(None, lambda w: w.directory.update_person(
        dataclasses.replace(anna, phone="010-765 43 21")))
    settle(qtbot, live_ops)
    qtbot.wait(60)
    settle(qtbot, live_ops)
    assert _cell(tracker.model, built["psykolog"], "Telefon") == "010-765 43 21"


def test_models_with_phones_keep_qts_contract(qtmodeltester, ws, built):
    on = TODAY + timedelta(days=20)
    model = TrackerModel()
    model.set_rows(ws.meetings.tracker(built["meeting"], on), on)
    assert model.index(model.row_of(built["psykolog"]), model.column("Telefon")).data() \
        == ANNA_PHONE
    qtmodeltester.check(model)


def test_readable_at_1366x768(qtbot, ops, ws, built, network):  # noqa: F811
    """In a case record at 1366x768 the tracker has about 1050 pixels: the answer, the
    badges and attendance stay in sight beside the phone; a long organisation name gives
    way (it is in the tooltip)."""
    soc = ws.directory.organisation(network["soc"].id)
    ws.directory.update_organisation(dataclasses.replace(
        soc, unit="Barn och unga, mottagningsgruppen för barn och familj"))
    tracker = ResponseTracker(ops, built["meeting"])
    qtbot.addWidget(tracker)
    tracker.resize(1050, 500)
    tracker.show()
    qtbot.waitExposed(tracker)
    view = tracker.view
    assert view.horizontalScrollBar().maximum() == 0
    model = tracker.model
    for name in ("Namn", "Telefon", "Svar", "Läge", "Närvaro"):
        column = model.column(name)
        assert view.columnWidth(column) >= view.sizeHintForColumn(column) - 1, name
