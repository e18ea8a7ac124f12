"""A coordinator's ordinary day on a secured team server, as that login (not as the owner).

Every write here goes through the program's services on a Workspace opened with the
coordinator's own password, so a permission the group role lacks fails here first.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.server.conftest import PASSWORD, TeamServer

psycopg = pytest.importorskip("psycopg")

LOGIN = "cora"
TEAM = "Dagteamet"


@pytest.fixture(scope="module")
def coordinator(team_server: TeamServer) -> str:
    """A coordinator of a team of her own, so her cases are no other test's business."""
    from sipdesk.store.server_admin import add_user

    add_user(team_server.admin_url, LOGIN, TEAM, "coordinator", PASSWORD)
    return team_server.url(LOGIN)


def open_as_coordinator(url: str, folder: Path):
    from sipdesk.services.workspace import Workspace

    return Workspace.open_server(url, folder, clock=lambda: TODAY)


def test_a_coordinator_creates_a_case_and_each_gets_its_own_number(
        coordinator: str, tmp_path: Path) -> None:
    ws = open_as_coordinator(coordinator, tmp_path)
    try:
        first = ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolan?")
        second = ws.cases.create(first_name="Olle", last_name="Lind", question="Skolan?")
        board = {c.reference for c in ws.board.cards()}
    finally:
        ws.close()
    assert first.reference.startswith(f"SIP-{TODAY.year}-")
    assert second.reference != first.reference
    assert {first.reference, second.reference} <= board


def test_a_coordinator_may_not_change_the_stores_own_facts_with_plain_sql(
        team_server: TeamServer, coordinator: str) -> None:
    from sipdesk.store.server_admin import conninfo

    with psycopg.connect(conninfo(coordinator)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE sipdesk_meta SET value = '0' WHERE key LIKE 'seq:%'")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO sipdesk_meta (key, value) VALUES ('seq:case:2099', '7')")
        conn.rollback()
        # The one door is the counter of case numbers, and only that counter.
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            conn.execute("SELECT sipdesk_next_number('store_id')")
        conn.rollback()
        taken = conn.execute("SELECT sipdesk_next_number('case:2099')").fetchone()
        again = conn.execute("SELECT sipdesk_next_number('case:2099')").fetchone()
    assert taken is not None and again is not None and again[0] == taken[0] + 1
    with psycopg.connect(team_server.owner_conninfo()) as owner:
        store_id = owner.execute(
            "SELECT value FROM sipdesk_meta WHERE key = 'store_id'").fetchone()
    assert store_id is not None and len(store_id[0]) == 36


def test_a_directory_administrator_numbers_no_cases(
        team_server: TeamServer) -> None:
    from sipdesk.store.server_admin import conninfo

    with psycopg.connect(conninfo(team_server.url("adam"))) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT sipdesk_next_number('case:2026')")


def test_a_coordinators_whole_day_works_as_her_own_login(
        team_server: TeamServer, coordinator: str, tmp_path: Path) -> None:
    """Directory, a new case, consent and network, a booked meeting with invitations, the
    protocol written at the meeting, the plan signed, documents and the log extract
    exported: each as the coordinator's login, each logged by the server in her name."""
    from sipdesk.domain.entities import (
        Consent,
        Guardian,
        Meeting,
        Organisation,
        Person,
        PlanAction,
    )
    from sipdesk.domain.enums import (
        Attendance,
        ConsentForm,
        MeetingKind,
        OrgKind,
        PlanStatus,
        Principal,
        Stage,
    )
    from tests.ready_to_sign import make_ready_to_sign

    ws = open_as_coordinator(coordinator, tmp_path / "data")
    try:
        d = ws.directory
        bup = d.add_organisation(Organisation("BUP Västerby", OrgKind.BUP, Principal.REGION))
        soc = d.add_organisation(Organisation("Västerby socialtjänst",
                                              OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY))
        psykolog = d.add_person(Person("Anna Berg", "psykolog", bup.id))
        socsek = d.add_person(Person("Johan Ek", "socialsekreterare", soc.id))
        d.update_person(Person("Johan Ek", "socialsekreterare", soc.id, phone="010-1",
                               id=socsek.id))

        case = ws.cases.create(first_name="Elsa", last_name="Lind",
                               question="Hur får Elsa stöd i skolan?",
                               personnummer="20121212-1212")  # Skatteverket test number
        ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
        maria = ws.cases.add_guardian(case.id, Guardian("Maria Lind"))
        ws.cases.record_consent(case.id, Consent(
            given_on=TODAY, form=ConsentForm.WRITTEN, guardian_ids=frozenset({maria.id}),
            covered_org_ids=frozenset({bup.id, soc.id})))
        ws.cases.add_to_network(case.id, psykolog.id)
        ws.cases.add_to_network(case.id, socsek.id)
        ws.cases.move(case.id, Stage.ACTORS_INVITED)
        meeting = ws.meetings.schedule(case.id, Meeting(
            kind=MeetingKind.FIRST_SIP, date=TODAY, start=time(13), end=time(14, 30),
            place="Kommunhuset"))
        keys = [("person", psykolog.id), ("person", socsek.id), ("guardian", maria.id)]
        invited = ws.meetings.invite_many(meeting.id, keys, sent_on=TODAY,
                                          sent_via=None).invited
        ws.documents.invitation_pdfs(meeting.id, tmp_path / "kallelser")
        ws.cases.set_role(case.id, "chair", socsek.id)
        ws.cases.set_role(case.id, "plan_owner", psykolog.id)
        ws.cases.move(case.id, Stage.MEETING)
        for invitation in invited:
            ws.meetings.record_attendance(invitation.id, Attendance.PRESENT)

        protocol = ws.protocol.open(meeting.id)
        ws.protocol.set_section(protocol.plan_id, "current_situation", "Går inte till skolan.")
        ws.plans.add_action(protocol.plan_id, PlanAction(
            goal="Går i skolan", action="Samtal varannan vecka", organisation_id=bup.id,
            person_name="Anna Berg", due="v. 12"))
        make_ready_to_sign(ws, protocol.plan_id, socsek.id)
        signed = ws.plans.sign(protocol.plan_id)
        ws.documents.plan_pdf(protocol.plan_id, tmp_path / "plan.pdf")
        extract = ws.access.extract_pdf(case.reference, tmp_path / "logg.pdf")
        history = [e.text for e in ws.cases.get(case.id).history]
    finally:
        ws.close()

    assert signed.status is PlanStatus.SIGNED
    assert extract.exists() and (tmp_path / "plan.pdf").exists()
    assert any("undertecknad" in t for t in history)
    with psycopg.connect(team_server.owner_conninfo()) as owner:
        users = {row[0] for row in owner.execute(
            "SELECT DISTINCT \"user\" FROM access_log WHERE case_ref = %s",
            (case.reference,))}
        exported = owner.execute(
            "SELECT count(*) FROM access_log WHERE case_ref = %s AND action = 'exported'",
            (case.reference,)).fetchone()
        team = owner.execute("SELECT t.name FROM cases c JOIN sipdesk_teams t "
                             "ON t.id = c.team_id WHERE c.reference = %s",
                             (case.reference,)).fetchone()
    assert users == {LOGIN}
    assert exported is not None and exported[0] >= 3
    assert team == (TEAM,)
