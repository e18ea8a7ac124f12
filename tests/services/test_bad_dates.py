"""Dates outside 1900–2100 are refused at every input, and one bad stored date never takes
the board, the Today list or `sipdesk cases` down."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from sipdesk.domain.dates import CANNOT_COMPUTE
from sipdesk.domain.entities import Consent, Deviation, Distribution, Meeting
from sipdesk.domain.enums import (
    CloseReason,
    ConsentForm,
    DeviationKind,
    MeetingKind,
    Response,
    SentVia,
)
from sipdesk.domain.flags import Flag
from sipdesk.services.errors import ValidationError

BAD = date(9999, 12, 31)

# Every place a date comes in, as a call with the bad date. The ids need not exist:
# the date is refused before anything is looked up or stored.
INPUTS = {
    "need found (new case)": lambda ws, d: ws.cases.create(
        first_name="Elsa", last_name="Lind", question="?", need_found_on=d),
    "need found (record)": lambda ws, d: ws.cases.set_field(1, "need_found_on", d),
    "consent given": lambda ws, d: ws.cases.record_consent(1, Consent(
        given_on=d, form=ConsentForm.ORAL, by_child=True)),
    "consent valid until": lambda ws, d: ws.cases.record_consent(1, Consent(
        given_on=date(2026, 11, 1), form=ConsentForm.ORAL, by_child=True, valid_until=d)),
    "consent withdrawn": lambda ws, d: ws.cases.withdraw_consent(1, 1, d),
    "contact": lambda ws, d: ws.cases.record_contact(1, d, "Samtal med mamma"),
    "closed": lambda ws, d: ws.cases.close(1, CloseReason.MOVED, on=d),
    "meeting booked": lambda ws, d: ws.meetings.schedule(1, Meeting(MeetingKind.FIRST_SIP, date=d)),
    "meeting moved": lambda ws, d: ws.meetings.update(1, Meeting(MeetingKind.FIRST_SIP, date=d)),
    "invitation sent": lambda ws, d: ws.meetings.invite(1, child=True, sent_on=d),
    "invitations sent": lambda ws, d: ws.meetings.invite_many(1, [], sent_on=d),
    "marked sent": lambda ws, d: ws.meetings.mark_sent(1, d, SentVia.LETTER),
    "answer": lambda ws, d: ws.meetings.record_response(1, Response.ACCEPTED, d),
    "invitee phoned": lambda ws, d: ws.meetings.record_contact(1, d),
    "deviation": lambda ws, d: ws.meetings.add_deviation(1, Deviation(
        DeviationKind.OTHER, occurred_on=d, organisation_id=1, description="x")),
    "plan signed": lambda ws, d: ws.plans.sign(1, on=d),
    "plan sent": lambda ws, d: ws.plans.record_distribution(1, Distribution(
        "Maria Lind", sent_on=d, via=SentVia.LETTER)),
    "follow-up": lambda ws, d: ws.protocol.set_next_follow_up(1, d),
    "follow-up booked": lambda ws, d: ws.protocol.book_follow_up(1, d),
    "child informed": lambda ws, d: ws.protocol.record_child_informed(1, d, "Anna", "samtal"),
}


@pytest.mark.parametrize("where", list(INPUTS))
def test_a_date_outside_1900_to_2100_is_refused_in_swedish(ws, where):
    call = INPUTS[where]
    with pytest.raises(ValidationError) as refused:
        call(ws, BAD)
    assert "9999-12-31" in refused.value.message
    assert "mellan 1900 och 2100" in refused.value.message
    assert refused.value.field


def test_the_earliest_and_latest_dates_are_taken_and_1899_is_not(ws):
    for day in (date(1900, 1, 1), date(2100, 12, 31)):
        case = ws.cases.create(first_name="Elsa", last_name="Lind", question="?",
                               need_found_on=day)
        assert ws.cases.get(case.id).need_found_on == day
    with pytest.raises(ValidationError):
        ws.cases.create(first_name="Elsa", last_name="Lind", question="?",
                        need_found_on=date(1899, 12, 31))
    assert len(ws.cases.all()) == 2


def _store_bad_date(ws, case_id: int) -> None:
    # As a store from before the check could hold it: written with plain SQL.
    with ws.transaction() as s:
        s.execute(text("UPDATE cases SET need_found_on = '9999-12-31' WHERE id = :id"),
                  {"id": case_id})


@pytest.mark.demo_data(cases=12)
def test_one_bad_stored_date_never_takes_the_board_down(ws):
    bad = ws.cases.all()[0]
    before = {c.id for c in ws.board.cards()}
    _store_bad_date(ws, bad.id)

    snapshot = ws.board.snapshot()
    assert {c.id for c in snapshot.cards} == before  # every case is still there
    card = next(c for c in snapshot.cards if c.id == bad.id)
    assert card.flags == (Flag.DATES_UNREADABLE,)
    assert card.next_due is not None and card.next_due.text == CANNOT_COMPUTE
    assert "kan inte beräknas" in card.next_due_text
    assert Flag.DATES_UNREADABLE.badge == "Kan ej beräknas"
    others = [c for c in snapshot.cards if c.id != bad.id]
    assert all(Flag.DATES_UNREADABLE not in c.flags for c in others)
    assert any(item.case_id == bad.id for item in snapshot.today)
    assert any(item.case_id != bad.id for item in snapshot.today)

    assert ws.board.refreshed(bad.id).card.flags == (Flag.DATES_UNREADABLE,)
    summaries = ws.cases.summaries()
    assert len(summaries) == len(before)
    flagged = next(s for s in summaries if s.id == bad.id)
    assert flagged.next_due is not None and flagged.next_due.text == CANNOT_COMPUTE
    assert any(i.case_id == bad.id for i in ws.board.today())
    # The record still opens, showing the date as stored, so it can be put right.
    assert ws.views.case(bad.id).case.need_found_on == BAD
    ws.cases.set_field(bad.id, "need_found_on", date(2026, 11, 1))
    assert Flag.DATES_UNREADABLE not in ws.board.card(bad.id).flags
