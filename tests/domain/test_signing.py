"""The signing checklist and who signs: pure rules, no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sipdesk.domain.entities import Guardian
from sipdesk.domain.enums import Attendance, GoalStatus, Participation, SigningMethod
from sipdesk.domain.signing import (
    CheckItem,
    Signer,
    checklist,
    default_signing_date,
    signer_choices,
    signing_problem,
)
from sipdesk.domain.stages import can_sign_plan


def _keys(items: list[CheckItem]) -> list[str]:
    return [i.key for i in items]


def _missing(items: list[CheckItem]) -> list[str]:
    return [i.key for i in items if not i.ok]


def test_a_complete_plan_has_every_item_in_order_and_all_ok(world):
    items = checklist(world.signing_case(), world.signing_plan(), world.orgs)
    assert _keys(items) == ["consent", "plan_owner", "chair", "note_taker", "action:1",
                            "follow_up", "section:child_voice"]
    assert all(i.ok and i.problem == "" and i.text and i.where for i in items)


@pytest.mark.parametrize("key, case_changes, plan_changes, words", [
    ("consent", {}, {"consent_confirmed": False}, "Samtycket är inte bekräftat"),
    ("plan_owner", {"plan_owner_id": None}, {}, "Samordningsansvarig saknas"),
    ("chair", {"chair_id": None}, {}, "Mötesledare saknas"),
    ("follow_up", {"meetings": "no follow-up"}, {}, "Nästa uppföljning är inte bokad"),
    ("section:child_voice", {}, {"sections": {"child_voice": "  "}}, "Barnets röst saknas"),
])
def test_each_missing_thing_is_its_own_item_with_the_reason(world, key, case_changes,
                                                            plan_changes, words):
    case = world.signing_case()
    if case_changes.get("meetings") == "no follow-up":
        case.meetings = case.meetings[:1]
    else:
        for name, value in case_changes.items():
            setattr(case, name, value)
    plan = world.signing_plan(**plan_changes)
    items = checklist(case, plan, world.orgs)
    assert _missing(items) == [key]
    missing = next(i for i in items if not i.ok)
    assert words in missing.problem
    # Signing is refused with exactly the same sentence.
    assert can_sign_plan(case, plan, world.orgs) == [missing.problem]


def test_the_note_taker_is_the_one_of_the_plans_meeting(world):
    case = world.signing_case()
    case.meetings[0].note_taker_id = None
    items = checklist(case, world.signing_plan(), world.orgs)
    assert _missing(items) == ["note_taker"]
    assert "Sekreterare saknas" in items[3].problem


def test_each_action_needs_organisation_person_and_when(world):
    plan = world.signing_plan(actions=[
        world.action(id=31),
        world.action(action="Läxhjälp", due="", id=32),
        world.action(action="Samtal", organisation_id=None, person_name="", due=" ", id=33),
    ])
    items = checklist(world.signing_case(), plan, world.orgs)
    rows = [i for i in items if i.key.startswith("action:")]
    assert [(i.key, i.row, i.action_id, i.ok) for i in rows] == [
        ("action:1", 1, 31, True), ("action:2", 2, 32, False), ("action:3", 3, 33, False)]
    assert rows[1].problem == "Rad 2 (”Läxhjälp”) saknar när det ska vara gjort."
    assert rows[2].problem == ("Rad 3 (”Samtal”) saknar ansvarig organisation, ansvarig "
                               "person och när det ska vara gjort.")


def test_a_follow_up_that_closes_every_goal_needs_no_new_follow_up(world):
    case = world.signing_case()
    case.meetings = case.meetings[:1]
    closing = world.signing_plan(actions=[
        world.action(previous_action_id=1, goal_status=GoalStatus.CLOSE, due="")])
    items = checklist(case, closing, world.orgs)
    assert _missing(items) == []
    assert next(i for i in items if i.key == "follow_up").text.startswith("Alla mål avslutas")
    going_on = world.signing_plan(actions=[
        world.action(previous_action_id=1, goal_status=GoalStatus.KEEP)])
    assert _missing(checklist(case, going_on, world.orgs)) == ["follow_up"]


def test_a_template_without_the_childs_voice_does_not_ask_for_it(world):
    plan = world.signing_plan(sections={})
    assert "section:child_voice" not in _keys(
        checklist(world.signing_case(), plan, world.orgs, section_keys=("question",)))
    assert _missing(checklist(world.signing_case(), plan, world.orgs)) == [
        "section:child_voice"]


def test_signers_offered_are_the_signature_lines_by_identity(world):
    case = world.signing_case(participation=Participation.PRESENT)
    # A guardian with the child's own name, who came; the child was absent with notice.
    case.guardians = [Guardian("Elsa Lind", id=41), Guardian("Per Lind", id=42)]
    case.meetings[0].invitations = [
        world.invitation(id=51, attendance=Attendance.PRESENT),
        world.invitation("Elsa Lind", guardian_id=41, person_id=None, organisation_id=None,
                         profession="Vårdnadshavare", id=52, attendance=Attendance.PRESENT),
        world.invitation("Elsa Lind", is_child=True, person_id=None, organisation_id=None,
                         profession="Barnet", id=53, attendance=Attendance.ABSENT_WITH_NOTICE),
    ]
    choices = signer_choices(case, world.signing_plan(), world.orgs)
    assert [(c.name, c.signer, c.present) for c in choices] == [
        ("Anna Berg", Signer(invitation_id=51), True),
        ("Elsa Lind", Signer(invitation_id=52), True),
        ("Per Lind", Signer(guardian_id=42), False),
        ("Elsa Lind", Signer(child=True), False),
    ]
    assert choices[0].role == "BUP Norrtälje"  # no profession given in the world's invitation


def test_a_signer_is_exactly_one_identity():
    with pytest.raises(ValueError):
        Signer()
    with pytest.raises(ValueError):
        Signer(invitation_id=1, child=True)


def test_signing_needs_someone_and_defaults_to_the_meetings_day():
    assert signing_problem(SigningMethod.ADJUSTED, []) == \
        "Välj minst en deltagare som justerar planen."
    assert signing_problem(SigningMethod.PAPER, []) is not None
    assert signing_problem(SigningMethod.ADJUSTED, [Signer(child=True)]) is None
    today = date(2026, 11, 23)
    assert default_signing_date(date(2026, 11, 20), today) == date(2026, 11, 20)
    assert default_signing_date(date(2026, 12, 1), today) == today
    assert default_signing_date(None, today) == today


def test_the_checklist_does_not_change_what_it_reads(world):
    case, plan = world.signing_case(), world.signing_plan()
    before = (replace(plan), [replace(m) for m in case.meetings])
    checklist(case, plan, world.orgs)
    assert (plan, case.meetings) == (before[0], before[1])
