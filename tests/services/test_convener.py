"""Who convened a meeting (sammankallande): the coordinator's organisation by default,
changed and read back, an unknown organisation refused, inherited by the follow-up."""

from __future__ import annotations

import dataclasses
from datetime import time, timedelta

import pytest

from sipdesk.domain.entities import Meeting
from sipdesk.domain.enums import MeetingKind
from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.services.errors import ValidationError
from tests.services.conftest import TODAY
from tests.services.test_meetings import MEETING_DAY, build_case


def _profile(ws, organisation_id):
    ws.settings.save_profile(CoordinatorProfile(
        name="Karin Åkesson", title="SIP-samordnare", organisation="Norrby socialtjänst",
        organisation_id=organisation_id))


def _meeting(**kw) -> Meeting:
    return Meeting(kind=MeetingKind.FIRST_SIP, date=MEETING_DAY, start=time(13),
                   end=time(14, 30), place="Kommunhuset, rum 3", purpose="Skolgång", **kw)


def _history(ws, case_id) -> list[str]:
    return [e.text for e in ws.cases.get(case_id).history]


def test_a_new_meeting_is_convened_by_the_coordinators_organisation(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    meeting = ws.meetings.get(built["meeting"])
    assert meeting.convened_by_org_id == network["soc"].id
    assert ws.meetings.schedule(built["case"], _meeting()).convened_by_org_id == \
        network["soc"].id


def test_a_convener_given_is_kept(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    meeting = ws.meetings.schedule(built["case"],
                                   _meeting(convened_by_org_id=network["school"].id))
    assert meeting.convened_by_org_id == network["school"].id
    assert ws.meetings.get(meeting.id).convened_by_org_id == network["school"].id


def test_without_a_profile_organisation_the_convener_is_not_given(ws, network):
    built = build_case(ws, network)  # no profile at all
    assert ws.meetings.get(built["meeting"]).convened_by_org_id is None
    _profile(ws, None)  # a profile with the organisation only typed as text
    assert ws.meetings.schedule(built["case"], _meeting()).convened_by_org_id is None


def test_a_profile_organisation_removed_from_the_directory_is_no_default(ws, network):
    _profile(ws, 999_999)
    built = build_case(ws, network)
    assert ws.meetings.get(built["meeting"]).convened_by_org_id is None


def test_a_changed_convener_is_stored_read_back_and_written_in_the_history(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    before = ws.meetings.get(built["meeting"])
    changed = ws.meetings.update(
        before.id, dataclasses.replace(before, convened_by_org_id=network["school"].id))
    assert changed.convened_by_org_id == network["school"].id
    assert ws.meetings.get(before.id).convened_by_org_id == network["school"].id
    assert ws.meetings.of_case(built["case"])[0].convened_by_org_id == network["school"].id
    last = _history(ws, built["case"])[-1]
    assert "Sammankallande ändrad: Norrby socialtjänst → Ekbackaskolan." in last
    assert "21 december 2026" in last  # which meeting


def test_the_convener_can_be_cleared_and_that_is_said_too(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    before = ws.meetings.get(built["meeting"])
    cleared = ws.meetings.update(
        before.id, dataclasses.replace(before, convened_by_org_id=None, place="Rum 4"))
    assert cleared.convened_by_org_id is None
    last = _history(ws, built["case"])[-1]
    assert "plats Kommunhuset, rum 3 → Rum 4" in last
    assert "Sammankallande ändrad: Norrby socialtjänst → (inte angiven)." in last


def test_only_a_change_of_the_convener_is_written(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    before = ws.meetings.get(built["meeting"])
    count = len(_history(ws, built["case"]))
    ws.meetings.update(before.id, dataclasses.replace(before, place="Rum 4"))
    texts = _history(ws, built["case"])[count:]
    assert len(texts) == 1 and "Sammankallande" not in texts[0]
    ws.meetings.update(before.id, ws.meetings.get(before.id))  # nothing changed
    assert len(_history(ws, built["case"])) == count + 1


def test_scheduling_says_nothing_of_the_convener(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    assert not any("Sammankallande" in t for t in _history(ws, built["case"]))


def test_an_unknown_organisation_is_refused_in_swedish_and_nothing_changes(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    before = ws.meetings.get(built["meeting"])
    history = _history(ws, built["case"])
    with pytest.raises(ValidationError) as refused:
        ws.meetings.update(before.id, dataclasses.replace(
            before, convened_by_org_id=999_999, place="Någon annanstans"))
    assert refused.value.field == "convened_by"
    assert "sammankallande verksamheten finns inte" in refused.value.message
    assert ws.meetings.get(before.id) == before
    with pytest.raises(ValidationError) as again:
        ws.meetings.schedule(built["case"], _meeting(convened_by_org_id=999_999))
    assert again.value.field == "convened_by"
    assert [m.id for m in ws.meetings.of_case(built["case"])] == [before.id]
    assert _history(ws, built["case"]) == history


def test_the_follow_up_booked_at_the_meeting_end_inherits_the_convener(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    first = ws.meetings.get(built["meeting"])
    ws.meetings.update(first.id, dataclasses.replace(
        first, date=TODAY, convened_by_org_id=network["school"].id))
    plan_id = ws.protocol.open(first.id).plan_id
    booking = ws.protocol.book_follow_up(plan_id, TODAY + timedelta(days=91), time(9),
                                         time(10), "Rum Ekorren")
    assert booking.meeting.convened_by_org_id == network["school"].id
    assert ws.meetings.get(booking.meeting.id).convened_by_org_id == network["school"].id


def test_the_follow_up_set_in_the_protocol_inherits_the_convener(ws, network):
    _profile(ws, network["soc"].id)
    built = build_case(ws, network)
    first = ws.meetings.get(built["meeting"])
    ws.meetings.update(first.id, dataclasses.replace(
        first, date=TODAY, convened_by_org_id=network["bup"].id))
    plan_id = ws.protocol.open(first.id).plan_id
    ws.protocol.set_next_follow_up(plan_id, TODAY + timedelta(days=91), "BUP Norrby")
    follow = next(m for m in ws.meetings.of_case(built["case"])
                  if m.kind is MeetingKind.FOLLOW_UP)
    assert follow.convened_by_org_id == network["bup"].id
