"""Signing a plan version with who signed and how, and booking the follow-up at the meeting.

All names are invented; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from sipdesk.domain.entities import Consent, Guardian, Meeting, PlanAction
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    MeetingKind,
    Participation,
    PlanStatus,
    Response,
    SigningMethod,
    Stage,
)
from sipdesk.domain.signing import Signer
from sipdesk.domain.stages import can_sign_plan
from sipdesk.services.errors import MoveRefused, ValidationError
from tests.ready_to_sign import make_ready_to_sign
from tests.services.conftest import TODAY


@pytest.fixture
def held(ws, network):
    """A first SIP meeting held today: who came, a substitute, the child absent with notice."""
    case = ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?",
                           personnummer="20121212-1212")  # Skatteverket test number
    ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
    maria = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
    ws.cases.set_field(case.id, "participation", Participation.PRESENT)
    consent = ws.cases.record_consent(case.id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({maria.id}),
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id,
                                   network["school"].id})))
    for key in ("psykolog", "socsek", "mentor"):
        ws.cases.add_to_network(case.id, network[key].id)
    ws.cases.move(case.id, Stage.ACTORS_INVITED)
    meeting = ws.meetings.schedule(case.id, Meeting(
        kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14, 30),
        place="Kommunhuset"))
    keys = [("person", network["psykolog"].id), ("person", network["socsek"].id),
            ("person", network["mentor"].id), ("guardian", maria.id), ("child", 0)]
    invited = ws.meetings.invite_many(meeting.id, keys, sent_on=TODAY,
                                      sent_via=None).invited
    inv = {i.invitee_name: i.id for i in invited}
    ws.cases.set_role(case.id, "chair", network["socsek"].id)
    ws.cases.set_role(case.id, "plan_owner", network["psykolog"].id)
    ws.cases.move(case.id, Stage.MEETING)
    ws.meetings.record_response(inv["Johan Ek"], Response.SUBSTITUTE, TODAY, "Per Ek")
    for name in ("Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind"):
        ws.meetings.record_attendance(inv[name], Attendance.PRESENT)
    ws.meetings.record_attendance(inv["Elsa Lind"], Attendance.ABSENT_WITH_NOTICE)
    plan = ws.protocol.open(meeting.id)
    ws.plans.add_action(plan.plan_id, PlanAction(
        goal="Går i skolan", action="Samtal varannan vecka", organisation_id=network["bup"].id,
        person_name="Anna Berg", due="v. 12"))
    return {"case": case, "meeting": meeting, "plan_id": plan.plan_id, "inv": inv,
            "maria": maria, "consent": consent}


def test_a_plan_that_lacks_something_is_refused_with_the_checklists_reasons(ws, network, held):
    plan_id = held["plan_id"]
    with pytest.raises(MoveRefused) as refused:
        ws.plans.sign(plan_id)
    case = ws.cases.get(held["case"].id)
    expected = can_sign_plan(case, ws.plans.get(plan_id), ws.directory.organisations_by_id())
    assert refused.value.reasons == expected
    assert any("Samtycket är inte bekräftat" in r for r in expected)
    assert any("Sekreterare saknas" in r for r in expected)
    assert any("Nästa uppföljning är inte bokad" in r for r in expected)
    assert any("Barnets röst saknas" in r for r in expected)
    assert ws.plans.get(plan_id).status is PlanStatus.DRAFT


def test_signing_on_paper_stores_everyone_by_identity_and_freezes_the_version(
        ws, network, held):
    plan_id, inv, maria = held["plan_id"], held["inv"], held["maria"]
    make_ready_to_sign(ws, plan_id, network["mentor"].id)
    signed = ws.plans.sign(plan_id)
    assert signed.status is PlanStatus.SIGNED and signed.signed_on == TODAY
    assert signed.signing_method is SigningMethod.PAPER
    rows = [(s.name, s.invitation_id, s.guardian_id, s.person_id, s.is_child)
            for s in signed.signatures]
    assert rows == [
        ("Anna Berg", inv["Anna Berg"], None, network["psykolog"].id, False),
        # The substitute signs as the one who came, not as the invited person.
        ("Per Ek", inv["Johan Ek"], None, None, False),
        ("Lena Holm", inv["Lena Holm"], None, network["mentor"].id, False),
        ("Maria Lind", inv["Maria Lind"], maria.id, None, False),
        # The child takes part in the meeting: her line stays for her to sign.
        ("Elsa Lind", None, None, None, True),
    ]
    assert "ersättare för Johan Ek" in signed.signatures[1].role
    info = ws.plans.versions(held["case"].id)[0]
    assert info.signing_method is SigningMethod.PAPER
    assert [s.name for s in info.signatures] == [r[0] for r in rows]
    assert info.signed_how.startswith("Undertecknad på papper")
    assert "Per Ek" in info.signed_how
    history = [e.text for e in ws.cases.get(held["case"].id).history]
    assert any("undertecknad av Anna Berg" in t and signed.fingerprint[:4] in t
               for t in history)
    with pytest.raises(ValidationError):
        ws.plans.set_section(plan_id, "child_voice", "ändrad efteråt")
    # Meeting mode at the same meeting shows the signed version, and starts none.
    again = ws.protocol.open(held["meeting"].id)
    assert again.plan_id == plan_id and again.is_signed and again.signed_on == TODAY
    assert [p.version for p in ws.cases.get(held["case"].id).plans] == [1]


def test_adjusted_by_named_participants(ws, network, held):
    plan_id, inv = held["plan_id"], held["inv"]
    make_ready_to_sign(ws, plan_id, network["mentor"].id)
    with pytest.raises(ValidationError) as refused:
        ws.plans.sign(plan_id, method=SigningMethod.ADJUSTED)
    assert "minst en" in refused.value.message
    assert ws.plans.get(plan_id).status is PlanStatus.DRAFT
    signers = [Signer(invitation_id=inv["Anna Berg"]), Signer(guardian_id=held["maria"].id),
               Signer(invitation_id=inv["Maria Lind"])]  # Maria twice: stored once
    signed = ws.plans.sign(plan_id, TODAY, signers, SigningMethod.ADJUSTED)
    assert signed.signing_method is SigningMethod.ADJUSTED
    assert [s.name for s in signed.signatures] == ["Anna Berg", "Maria Lind"]
    assert ws.plans.versions(held["case"].id)[0].signed_how == (
        "Justerad 23 november 2026 av Anna Berg och Maria Lind.")


def test_signers_who_do_not_belong_to_the_plan_and_future_dates_are_refused(
        ws, network, held):
    plan_id = held["plan_id"]
    make_ready_to_sign(ws, plan_id, network["mentor"].id)
    with pytest.raises(ValidationError):
        ws.plans.sign(plan_id, signers=[Signer(invitation_id=999_999)])
    with pytest.raises(ValidationError):
        ws.plans.sign(plan_id, signers=[Signer(guardian_id=999_999)])
    with pytest.raises(ValidationError) as future:
        ws.plans.sign(plan_id, on=TODAY + timedelta(days=1))
    assert "framtiden" in future.value.message
    assert ws.plans.get(plan_id).status is PlanStatus.DRAFT


def test_the_follow_up_is_booked_with_the_same_people_ready_to_invite(ws, network, held):
    plan_id, case_id = held["plan_id"], held["case"].id
    # The school is no longer covered: Lena Holm cannot be invited to the follow-up.
    ws.cases.withdraw_consent(case_id, held["consent"].id, TODAY)
    ws.cases.record_consent(case_id, Consent(
        given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({held["maria"].id}),
        covered_org_ids=frozenset({network["bup"].id, network["soc"].id})))
    day = TODAY + timedelta(days=91)
    booking = ws.protocol.book_follow_up(plan_id, day, time(9), time(10), " Rum Ekorren ")
    follow = booking.meeting
    assert (follow.kind, follow.date, follow.start, follow.end, follow.place) == \
        (MeetingKind.FOLLOW_UP, day, time(9), time(10), "Rum Ekorren")
    assert sorted(booking.invited) == ["Anna Berg", "Elsa Lind", "Johan Ek", "Maria Lind"]
    assert [name for name, _ in booking.refused] == ["Lena Holm"]
    assert all(i.sent_on is None for i in follow.invitations)  # made, not sent
    assert ws.protocol.get(plan_id).next_follow_up_date == day
    # Booked again (moved): nobody is put on the list twice.
    later = ws.protocol.book_follow_up(plan_id, day + timedelta(days=7), None, None, "Rum 2")
    assert later.meeting.id == follow.id and later.invited == ()
    assert sorted(later.already) == ["Anna Berg", "Elsa Lind", "Johan Ek", "Maria Lind"]
    assert later.meeting.start == time(9) and later.meeting.place == "Rum 2"
    assert len(ws.meetings.get(follow.id).invitations) == 4
    with pytest.raises(ValidationError):
        ws.protocol.book_follow_up(plan_id, TODAY, None, None, "")  # not after the meeting
    texts = [e.text for e in ws.cases.get(case_id).history]
    assert any(t.startswith("Uppföljning bokad") for t in texts)
    assert any(t.startswith("Uppföljningen flyttad") for t in texts)
