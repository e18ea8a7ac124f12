"""The fingerprint: same content, same fingerprint; any edit, another one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sipdesk.domain.enums import ReviewStatus
from sipdesk.domain.fingerprint import canonical_content, plan_fingerprint, short_fingerprint
from sipdesk.domain.plan_document import organisation_names
from tests.export.plan_sample import ORGS, TEMPLATE, sample_plan

KEYS = TEMPLATE.section_keys
NAMES = organisation_names(ORGS)


def fp(plan, reference="SIP-2026-0001", names=NAMES):
    return plan_fingerprint(reference, plan, KEYS, names)


def test_identical_versions_give_identical_fingerprints():
    _, a, _ = sample_plan()
    _, b, _ = sample_plan()
    assert a is not b
    assert fp(a) == fp(b)
    assert len(fp(a)) == 64 and int(fp(a), 16) >= 0


def test_ids_and_internal_notes_do_not_count():
    _, plan, _ = sample_plan()
    other_store = replace(plan, id=999, meeting_id=77,
                          actions=[replace(a, id=None) for a in plan.actions],
                          internal_notes={"current_situation": "bara för samordnaren"},
                          fingerprint="stored", distribution=[])
    assert fp(other_store) == fp(plan)
    # The same organisation under another id in another store: same content.
    moved = {oid + 100: name for oid, name in NAMES.items()}
    renumbered = replace(plan, actions=[
        replace(a, organisation_id=a.organisation_id + 100) for a in plan.actions])
    assert fp(renumbered, names=moved) == fp(plan)


def test_line_endings_and_unicode_forms_do_not_count():
    _, plan, _ = sample_plan()
    text = "Åsa säger\nhej"
    a = replace(plan, sections={**plan.sections, "strengths": text})
    b = replace(plan, sections={**plan.sections,
                                "strengths": "A\u030asa sa\u0308ger\r\nhej"})
    assert fp(a) == fp(b)


@pytest.mark.parametrize("edit", [
    lambda p: replace(p, sections={**p.sections, "current_situation": "Ändrad text."}),
    lambda p: replace(p, sections={**p.sections, "goals": p.sections["goals"] + " "}),
    lambda p: replace(p, actions=p.actions[:-1]),
    lambda p: replace(p, actions=list(reversed(p.actions))),
    lambda p: replace(p, actions=[replace(p.actions[0], due="2027-02-02"), *p.actions[1:]]),
    lambda p: replace(p, actions=[replace(p.actions[0], person_name="Kim Ek"), *p.actions[1:]]),
    lambda p: replace(p, actions=[replace(p.actions[0], review_status=ReviewStatus.DONE),
                                  *p.actions[1:]]),
    lambda p: replace(p, version=2),
    lambda p: replace(p, template_version=2),
    lambda p: replace(p, signed_on=None),
    lambda p: replace(p, consent_confirmed=False),
])
def test_any_edit_changes_the_fingerprint(edit):
    _, plan, _ = sample_plan()
    assert fp(edit(plan)) != fp(plan)


def test_other_case_other_fingerprint():
    _, plan, _ = sample_plan()
    assert fp(plan, "SIP-2026-0002") != fp(plan)


def test_sections_follow_the_template_order_not_the_dict_order():
    _, plan, _ = sample_plan()
    shuffled = replace(plan, sections=dict(reversed(list(plan.sections.items()))))
    assert fp(shuffled) == fp(plan)
    assert canonical_content("X", plan, KEYS, NAMES).index('"question"') < canonical_content(
        "X", plan, KEYS, NAMES).index('"goals"')


def test_short_form_is_grouped():
    assert short_fingerprint("a1b2c3d4e5f6" + "0" * 52) == "a1b2-c3d4-e5f6"
    assert short_fingerprint("A1B2C3D4E5F6789") == "a1b2-c3d4-e5f6"
