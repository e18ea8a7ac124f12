"""Demo data: fictional, spread over all stages, and consistent with the stage rules."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from datetime import date

import pytest

from sipdesk.domain import stages
from sipdesk.domain.enums import Stage
from sipdesk.domain.personnummer import birth_date, parse_personnummer
from sipdesk.services.demo import demo_personnummer, fill_demo_data
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace, sweep_abandoned_demos
from sipdesk.store.lock import StoreLock
from tests.services.conftest import TODAY


@pytest.fixture
def demo_ws(demo_copy):
    """A store of its own filled by fill_demo_data(cases=60, seed=7), copied from the session's."""
    return demo_copy(60, seed=7)


def test_cases_are_spread_over_all_six_stages(demo_ws):
    counts = Counter(c.stage for c in demo_ws.cases.summaries())
    assert set(counts) == set(Stage)
    assert all(n == 10 for n in counts.values())


def test_every_case_satisfies_the_rules_of_the_stage_it_is_in(demo_ws):
    """Each demo case could have been moved into its stage by the real rules."""
    orgs = demo_ws.directory.organisations_by_id()
    settings = demo_ws.settings.deadlines()
    for case in demo_ws.cases.all():
        if case.stage is Stage.NEED_FOUND:
            continue
        before = dataclasses.replace(case, stage=Stage(case.stage - 1))
        reasons = stages.check_move(before, case.stage, TODAY, settings, organisations=orgs)
        assert reasons == [], (case.reference, case.stage, reasons)


def test_cases_from_the_meeting_on_have_a_written_plan(demo_ws):
    for case in demo_ws.cases.all():
        if case.stage >= Stage.MEETING:
            plan = case.current_plan
            assert plan is not None and plan.actions and plan.sections["child_voice"]
            template = demo_ws.plans.template_of(plan)
            assert set(plan.sections) <= set(template.section_keys)


def test_personnummer_are_valid_and_from_the_test_series(demo_ws):
    pnrs = [c.child.personnummer for c in demo_ws.cases.all() if c.child.personnummer]
    assert len(pnrs) > 40
    for pnr in pnrs:
        assert parse_personnummer(pnr) == pnr
        assert 980 <= int(pnr[9:12]) <= 999


def test_demo_personnummer_generator_matches_birth_date():
    pnr = demo_personnummer(random.Random(1), date(2014, 2, 28))
    assert birth_date(pnr) == date(2014, 2, 28)
    assert parse_personnummer(pnr) == pnr


def test_demo_data_is_reproducible(ws, tmp_path):
    fill_demo_data(ws, cases=6, seed=3)
    names = [c.child_name for c in ws.cases.summaries()]
    with Workspace.create(tmp_path / "other", Secrets(), clock=lambda: TODAY) as other:
        fill_demo_data(other, cases=6, seed=3)
        assert [c.child_name for c in other.cases.summaries()] == names


def test_demo_store_is_removed_on_close():
    ws = Workspace.demo(cases=3)
    folder = ws.data_dir
    assert (folder / "sipdesk.db").exists()
    ws.close()
    assert not folder.exists()


def test_abandoned_demo_folders_are_swept_but_a_running_demo_is_kept(tmp_path):
    abandoned = tmp_path / "sipdesk-demo-abc"
    abandoned.mkdir()
    (abandoned / "sipdesk.db").write_bytes(b"\0" * 4096)
    running = tmp_path / "sipdesk-demo-xyz"
    running.mkdir()
    other = tmp_path / "something-else"
    other.mkdir()
    with StoreLock(running):
        assert sweep_abandoned_demos(tmp_path) == [abandoned]
    assert not abandoned.exists() and running.exists() and other.exists()


def test_signed_demo_plans_carry_the_fingerprint_of_their_content(demo_ws):
    from sipdesk.domain.plan_document import fingerprint_of

    orgs = demo_ws.directory.organisations_by_id()
    signed = [(c, p) for c in demo_ws.cases.all() for p in c.plans if p.is_signed]
    assert len(signed) > 10
    for case, plan in signed:
        assert len(plan.fingerprint) == 64
        recomputed = dataclasses.replace(plan, fingerprint="")
        template = demo_ws.plans.template_of(plan)
        assert fingerprint_of(case, recomputed, template, orgs) == plan.fingerprint


def test_follow_up_review_lives_in_version_two_and_version_one_is_untouched(demo_ws):
    from sipdesk.domain.enums import ReviewStatus

    closing = [c for c in demo_ws.cases.all() if c.stage is Stage.CLOSE_OR_CONTINUE]
    assert closing
    for case in closing:
        first, second = sorted(case.plans, key=lambda p: p.version)
        assert all(a.review_status is ReviewStatus.NOT_REVIEWED for a in first.actions)
        assert [a.previous_action_id for a in second.actions] == [a.id for a in first.actions]
        assert all(a.review_status is not ReviewStatus.NOT_REVIEWED for a in second.actions)


def test_signed_demo_plans_meet_what_signing_asks_and_say_who_signed(demo_ws):
    """Each signed plan could have been signed by the real rules, on paper, by identity."""
    from sipdesk.domain.enums import PlanStatus, SigningMethod

    orgs = demo_ws.directory.organisations_by_id()
    signed = [(c, p) for c in demo_ws.cases.all() for p in c.plans if p.is_signed]
    assert signed
    for case, plan in signed:
        draft = dataclasses.replace(plan, status=PlanStatus.DRAFT, signed_on=None)
        keys = demo_ws.plans.template_of(plan).section_keys
        assert stages.can_sign_plan(case, draft, orgs, section_keys=keys) == [], \
            (case.reference, plan.version)
        assert plan.signing_method is SigningMethod.PAPER
        assert plan.signatures and all(s.signed_on == plan.signed_on for s in plan.signatures)
        guardians = {g.id for g in case.guardians}
        assert guardians <= {s.guardian_id for s in plan.signatures}
