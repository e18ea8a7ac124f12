"""The plan document's content: what the signed plan and the family version say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sipdesk.domain.enums import Attendance, Participation, Response
from sipdesk.domain.plan_document import (
    build_attendance_list,
    build_family_plan,
    build_plan_document,
    due_text,
)
from sipdesk.domain.template import PlanTemplate, TemplateSection
from tests.export.plan_sample import ORGS, TEMPLATE, reviewed, sample_plan


def test_header_has_child_with_full_personnummer_and_roles():
    case, plan, _ = sample_plan()
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    assert doc.child_personnummer == "20121212-1212"  # Skatteverket test number
    assert doc.meeting_kind == "Första SIP-mötet"
    assert doc.meeting_date == "21 december 2026" and doc.meeting_time == "13.00–14.30"
    assert doc.chair.name == "Johan Ek"
    assert doc.note_taker.name == "Lena Holm"
    assert doc.plan_owner.name == "Johan Ek"
    assert doc.plan_owner.organisation == "Norrby socialtjänst, Barn och unga"
    assert doc.next_follow_up.startswith("måndag 22 mars 2027")


def test_sections_follow_the_plans_own_template_and_skip_internal_notes():
    case, plan, _ = sample_plan(internal_notes={"current_situation": "HEMLIG ANTECKNING"})
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    assert [s.key for s in doc.sections] == list(TEMPLATE.section_keys)
    assert "HEMLIG" not in repr(doc)


def test_another_template_version_is_refused():
    case, plan, _ = sample_plan()
    newer = PlanTemplate(TEMPLATE.id, TEMPLATE.version + 1, "Ny", (TemplateSection("a", "A"),),
                         TEMPLATE.action_columns)
    with pytest.raises(ValueError):
        build_plan_document(case, plan, newer, ORGS)


def test_present_people_and_signatories():
    case, plan, _ = sample_plan()
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    assert [p.name for p in doc.present] == ["Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind"]
    # The child takes part in part of the meeting, so the child signs too.
    assert [p.name for p in doc.signatories] == [
        "Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind", "Elsa Lind"]
    case.participation = Participation.LETTER
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    assert "Elsa Lind" not in [p.name for p in doc.signatories]


def test_substitute_signs_in_their_own_name():
    case, plan, meeting = sample_plan()
    meeting.invitations[0] = replace(meeting.invitations[0], response=Response.SUBSTITUTE,
                                     substitute_name="Kim Ek", attendance=Attendance.PRESENT)
    doc = build_plan_document(case, plan, TEMPLATE, ORGS, meeting)
    assert doc.present[0].name == "Kim Ek" and "Anna Berg" in doc.present[0].note


def test_review_is_shown_when_there_is_one():
    case, plan, _ = sample_plan()
    assert not build_plan_document(case, plan, TEMPLATE, ORGS).has_review
    doc = build_plan_document(case, reviewed(plan), TEMPLATE, ORGS)
    assert doc.has_review
    assert [a.review for a in doc.actions] == ["Genomförd", "Delvis genomförd", "Inte genomförd"]
    assert doc.actions[0].goal_status == "Målet avslutas"


def test_stored_fingerprint_of_a_signed_version_is_used():
    case, plan, _ = sample_plan(fingerprint="ab" * 32)
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    assert doc.fingerprint == "ab" * 32 and doc.short_fingerprint == "abab-abab-abab"
    assert doc.version_label == "Plan version 1 · abab-abab-abab"


def test_due_text():
    assert due_text("2027-02-01") == "1 februari 2027"
    assert due_text("v. 12") == "v. 12"


def test_attendance_list_has_every_invitee_and_blank_rows():
    case, _, meeting = sample_plan()
    listing = build_attendance_list(case, meeting, ORGS, blank_rows=5)
    assert [r.name for r in listing.rows] == [i.invitee_name for i in meeting.invitations]
    assert listing.blank_rows == 5


def test_family_version_has_no_personnummer_and_plain_tasks():
    case, plan, _ = sample_plan(sections={"child_voice": "Mitt nummer är 20121212-1212."})
    family = build_family_plan(case, plan, TEMPLATE, ORGS)
    assert "20121212-1212" not in repr(family)
    assert family.tasks[0].who == "Lena Holm på Ekbackaskolan"
    assert family.tasks[0].when == "1 februari 2027"
    assert family.child_first_name == "Elsa"


def _same_name_case(child_attendance, guardian_attendance):
    """Elsa Lind the child, and a guardian also called Elsa Lind (invented names)."""
    case, plan, meeting = sample_plan()
    case.guardians[0] = replace(case.guardians[0], name="Elsa Lind")
    invitations = [
        replace(i, invitee_name="Elsa Lind", attendance=guardian_attendance)
        if i.guardian_id is not None
        else replace(i, attendance=child_attendance) if i.is_child else i
        for i in meeting.invitations
    ]
    meeting.invitations[:] = invitations
    case.participation = Participation.PRESENT
    return case, replace(plan, signatures=[], status=plan.status.DRAFT, signed_on=None)


def test_a_guardian_with_the_childs_name_keeps_her_line_when_the_child_is_absent():
    case, plan = _same_name_case(Attendance.ABSENT_WITH_NOTICE, Attendance.PRESENT)
    lines = build_plan_document(case, plan, TEMPLATE, ORGS).signatories
    guardian = [p for p in lines if p.guardian_id == 21]
    assert len(guardian) == 1 and guardian[0].name == "Elsa Lind"
    assert guardian[0].role == "Vårdnadshavare"
    # The child, who takes part, keeps hers as well: two lines, one name.
    assert [p.role for p in lines if p.name == "Elsa Lind"] == ["Vårdnadshavare", "Barnet"]


def test_the_child_keeps_her_line_when_a_guardian_with_her_name_is_absent():
    case, plan = _same_name_case(Attendance.PRESENT, Attendance.ABSENT_WITH_NOTICE)
    lines = build_plan_document(case, plan, TEMPLATE, ORGS).signatories
    child = [p for p in lines if p.is_child]
    assert len(child) == 1 and child[0].name == "Elsa Lind" and child[0].role == "Barnet"
    assert [p.role for p in lines if p.name == "Elsa Lind"] == ["Barnet", "Vårdnadshavare"]


def test_a_signed_version_shows_who_signed_and_how():
    from sipdesk.domain.entities import PlanSignature
    from sipdesk.domain.enums import SigningMethod

    case, plan, _ = sample_plan()
    signed = replace(plan, signing_method=SigningMethod.ADJUSTED, signatures=[
        PlanSignature("Johan Ek", plan.signed_on, "socialsekreterare, Norrby socialtjänst",
                      invitation_id=102, person_id=12),
        PlanSignature("Maria Lind", plan.signed_on, "Vårdnadshavare", guardian_id=21),
    ])
    doc = build_plan_document(case, signed, TEMPLATE, ORGS)
    assert doc.adjusted
    assert doc.signed_how == "Justerad 21 december 2026 av Johan Ek och Maria Lind."
    assert [(p.name, p.guardian_id) for p in doc.signatories] == [
        ("Johan Ek", None), ("Maria Lind", 21)]
    assert build_plan_document(case, replace(plan, signatures=[]), TEMPLATE, ORGS) \
        .signed_how == "Undertecknad 21 december 2026."
