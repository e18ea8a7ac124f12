"""What each role can and cannot read or write, shown with plain SQL (no sipdesk code).

Anna and Bert are coordinators in the teams Norr and Söder, Lisa leads Norr,
Adam administers the directory. Each connects with their own login over TCP
with a password, as the program would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.server.conftest import TeamServer

psycopg = pytest.importorskip("psycopg")


@contextmanager
def login(server: TeamServer, user: str) -> Iterator[Any]:
    with psycopg.connect(server.url(user), autocommit=True) as conn:
        yield conn


def rows(conn: Any, sql: str, *params: object) -> list[tuple[Any, ...]]:
    return list(conn.execute(sql, params or None).fetchall())


def refs(conn: Any) -> set[str]:
    return {r for (r,) in rows(conn, "SELECT reference FROM cases")}


def log_of(server: TeamServer, reference: str) -> list[tuple[str, str, str]]:
    with psycopg.connect(server.owner_conninfo()) as owner:
        return rows(owner, 'SELECT "user", action, detail FROM access_log '
                           "WHERE case_ref = %s ORDER BY id", reference)


def test_a_coordinator_sees_only_the_cases_of_her_team(team_server: TeamServer) -> None:
    with login(team_server, "anna") as anna:
        assert refs(anna) == {"NORR-1", "NORR-2"}
    with login(team_server, "bert") as bert:
        assert refs(bert) == {"SODER-1"}


def test_another_teams_meetings_network_and_guardians_are_invisible(
        team_server: TeamServer) -> None:
    soder = team_server.cases["SODER-1"]
    with login(team_server, "anna") as anna:
        for table in ("meetings", "case_network", "guardians", "consents", "plans"):
            assert rows(anna, f"SELECT * FROM {table} WHERE case_id = %s", soder) == [], table
        assert rows(anna, "SELECT i.* FROM invitations i JOIN meetings m "
                          "ON m.id = i.meeting_id WHERE m.case_id = %s", soder) == []
        # Her own team's board-level rows are there without opening the case.
        assert len(rows(anna, "SELECT * FROM meetings")) == 2
        assert len(rows(anna, "SELECT * FROM invitations")) == 2


def test_a_coordinator_cannot_change_or_delete_another_teams_case(
        team_server: TeamServer) -> None:
    soder = team_server.cases["SODER-1"]
    with login(team_server, "anna") as anna:
        assert anna.execute("UPDATE cases SET question = 'ändrad' WHERE id = %s",
                            (soder,)).rowcount == 0
        assert anna.execute("DELETE FROM meetings WHERE case_id = %s", (soder,)).rowcount == 0
        assert anna.execute("DELETE FROM cases WHERE id = %s", (soder,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("UPDATE cases SET team_id = %s WHERE reference = 'NORR-2'",
                         (team_server.teams["Söder"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("INSERT INTO guardians (case_id, name, phone, email, address) "
                         "VALUES (%s, 'Påhittad', '', '', '')", (soder,))
    with login(team_server, "bert") as bert:
        assert rows(bert, "SELECT question FROM cases WHERE id = %s", soder) == [
            ("Skolfrånvaro",)]
        assert len(rows(bert, "SELECT * FROM meetings WHERE case_id = %s", soder)) == 1


def test_a_cases_content_is_unreadable_until_it_is_opened_and_the_opening_is_logged(
        team_server: TeamServer) -> None:
    norr = team_server.cases["NORR-1"]
    content = ("SELECT s.text FROM plan_sections s JOIN plans p ON p.id = s.plan_id "
               "WHERE p.case_id = %s")
    with login(team_server, "anna") as anna:
        assert rows(anna, content, norr) == []
        assert rows(anna, "SELECT * FROM events WHERE case_id = %s", norr) == []
        assert rows(anna, "SELECT * FROM deviations WHERE case_id = %s", norr) == []
        # Nor can she change what she cannot read.
        assert anna.execute("UPDATE deviations SET description = 'x' WHERE case_id = %s",
                            (norr,)).rowcount == 0

        assert rows(anna, "SELECT sipdesk_open_case(%s)", norr) == [(True,)]

        assert rows(anna, content, norr) == [("Barnet vill gå i skolan.",)]
        assert len(rows(anna, "SELECT * FROM deviations WHERE case_id = %s", norr)) == 1
        # Opening again at once adds no second entry.
        assert rows(anna, "SELECT sipdesk_open_case(%s)", norr) == [(False,)]
    opened = [e for e in log_of(team_server, "NORR-1") if e[1] == "opened"]
    assert opened == [("anna", "opened", "ärendet visades")]
    # Another user of the same team has not opened it: still nothing for her.
    with login(team_server, "bert") as bert, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        bert.execute("SELECT sipdesk_open_case(%s)", (norr,))


def test_the_access_log_cannot_be_changed_deleted_or_written_in_someone_elses_name(
        team_server: TeamServer) -> None:
    norr = team_server.cases["NORR-2"]
    with login(team_server, "anna") as anna:
        anna.execute("INSERT INTO access_log (id, at, \"user\", case_id, case_ref, action, "
                     "detail, prev_hash, hash) VALUES (999999, '2000-01-01', 'bert', %s, "
                     "'FEL-REF', 'opened', 'falsk post', 'x', 'y')", (norr,))
        for statement in ("UPDATE access_log SET detail = 'borta'",
                          "DELETE FROM access_log",
                          "TRUNCATE access_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                anna.execute(statement)
    entry = [e for e in log_of(team_server, "NORR-2") if e[2] == "falsk post"]
    assert entry == [("anna", "opened", "falsk post")]  # her name, the case's own reference
    with psycopg.connect(team_server.owner_conninfo(), autocommit=True) as owner:
        owner.execute("SET ROLE sipdesk_owner")  # not even the tables' owner
        before = rows(owner, "SELECT count(*), max(hash) FROM access_log")
        for statement in ("UPDATE access_log SET detail = 'borta'", "DELETE FROM access_log",
                          "TRUNCATE access_log"):
            with pytest.raises((psycopg.errors.InsufficientPrivilege,
                                psycopg.errors.RaiseException)):
                owner.execute(statement)
        assert rows(owner, "SELECT count(*), max(hash) FROM access_log") == before
        latest = rows(owner, "SELECT at FROM access_log WHERE detail = 'falsk post'")
    assert latest[0][0].year > 2000  # the server's clock, not the client's


def test_a_change_made_with_plain_sql_is_logged_by_the_server(
        team_server: TeamServer) -> None:
    norr = team_server.cases["NORR-2"]
    with login(team_server, "anna") as anna:
        anna.execute("UPDATE cases SET question = 'Ny fråga' WHERE id = %s", (norr,))
        with anna.transaction():
            # The program logs its own change: the server adds none of its own then.
            anna.execute("UPDATE cases SET stage = 3 WHERE id = %s", (norr,))
            anna.execute("INSERT INTO access_log (case_id, case_ref, action, detail) "
                         "VALUES (%s, '', 'changed', 'steg och översikt')", (norr,))
    changed = [e for e in log_of(team_server, "NORR-2") if e[1] == "changed"]
    assert ("anna", "changed", "ärendeuppgifter (loggat av servern)") in changed
    assert changed[-1] == ("anna", "changed", "steg och översikt")
    assert changed.count(("anna", "changed", "ärendeuppgifter (loggat av servern)")) == 1


def test_a_new_case_belongs_to_the_creators_team_and_its_history_can_be_written(
        team_server: TeamServer) -> None:
    with login(team_server, "anna") as anna, anna.transaction():
        case = rows(anna,
                    "INSERT INTO cases (reference, stage, child_first_name, child_last_name, "
                    "question, raised_by_function, participation, participation_note, "
                    "coordinator, archived, created_at) VALUES ('NORR-NY', 1, 'Ny', 'Testsson', "
                    "'', '', 'ej_bestamt', '', 'Anna', false, now()) RETURNING id, team_id")
        case_id, team = case[0]
        assert team == team_server.teams["Norr"]
        rows(anna, "INSERT INTO events (case_id, at, kind, text, \"user\") "
                   "VALUES (%s, now(), 'created', 'Ärendet lades upp', '') RETURNING id",
             case_id)
    with login(team_server, "bert") as bert:
        assert "NORR-NY" not in refs(bert)


def test_a_team_lead_sees_the_teams_content_for_statistics_and_a_coordinator_does_not(
        team_server: TeamServer) -> None:
    statistics = ("SELECT count(*) FROM deviations d JOIN cases c ON c.id = d.case_id "
                  "WHERE c.reference IN ('NORR-1', 'NORR-2')")
    voice = "SELECT count(*) FROM plan_sections WHERE key = 'child_voice'"
    with login(team_server, "lisa") as lisa:
        assert rows(lisa, statistics) == [(2,)]
        assert rows(lisa, voice + " AND plan_id IN (SELECT p.id FROM plans p JOIN cases c "
                                  "ON c.id = p.case_id WHERE c.reference IN ('NORR-1', 'NORR-2'))"
                    ) == [(2,)]
        assert rows(lisa, "SELECT count(*) FROM deviations d JOIN cases c ON c.id = d.case_id "
                          "WHERE c.reference LIKE 'SODER%%'") == [(0,)]
    from tests.server.conftest import _seed_case

    with psycopg.connect(team_server.owner_conninfo()) as owner:
        owner.execute("SET ROLE sipdesk_owner")
        person = owner.execute("SELECT min(id) FROM people").fetchone()[0]
        never_opened = _seed_case(owner, team_server.teams["Söder"], "SODER-2", person)
    with login(team_server, "bert") as bert:
        assert rows(bert, voice + " AND plan_id IN (SELECT id FROM plans WHERE case_id = %s)",
                    never_opened) == [(0,)]


def test_the_administrator_manages_the_directory_but_sees_no_case(
        team_server: TeamServer) -> None:
    with login(team_server, "adam") as adam:
        org = rows(adam, "INSERT INTO organisations (name, unit, kind, principal, address, "
                         "mailbox, phone, decision_maker) VALUES ('Ny förskola', '', "
                         "'forskola', 'kommun', '', '', '', '') RETURNING id")[0][0]
        adam.execute("UPDATE organisations SET phone = '010-123' WHERE id = %s", (org,))
        adam.execute("DELETE FROM organisations WHERE id = %s", (org,))
        assert refs(adam) == set()
        for table in ("meetings", "guardians", "plan_sections", "events", "deviations"):
            assert rows(adam, f"SELECT * FROM {table}") == [], table
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            adam.execute("SELECT sipdesk_open_case(%s)", (team_server.cases["NORR-1"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            adam.execute("INSERT INTO sipdesk_members (username, team_id, role) "
                         "VALUES ('adam', %s, 'coordinator')", (team_server.teams["Norr"],))
    with login(team_server, "anna") as anna, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        # Coordinators add people while inviting, but do not remove from the directory.
        anna.execute("DELETE FROM people")


def test_an_export_is_logged_in_the_users_name(team_server: TeamServer) -> None:
    with login(team_server, "anna") as anna:
        anna.execute("SELECT sipdesk_log_export(%s, 'plan version 1 som PDF')",
                     (team_server.cases["NORR-1"],))
    assert ("anna", "exported", "plan version 1 som PDF") in log_of(team_server, "NORR-1")


def test_no_program_login_owns_a_table_or_bypasses_row_security(
        team_server: TeamServer) -> None:
    with psycopg.connect(team_server.owner_conninfo()) as owner:
        owners = {o for (o,) in rows(owner, "SELECT DISTINCT tableowner FROM pg_tables "
                                            "WHERE schemaname = 'public'")}
        assert owners == {"sipdesk_owner"}
        logins = rows(owner, "SELECT rolname, rolsuper, rolbypassrls, rolcanlogin FROM pg_roles "
                             "WHERE rolname IN ('anna', 'bert', 'lisa', 'adam', "
                             "'sipdesk_owner')")
        assert all(not su and not bypass for _, su, bypass, _ in logins)
        assert ("sipdesk_owner", False, False, False) in logins


def test_an_opening_rolled_back_shows_nothing_and_leaves_no_way_around_the_log(
        team_server: TeamServer) -> None:
    from tests.server.conftest import _seed_case

    with psycopg.connect(team_server.owner_conninfo()) as owner:
        owner.execute("SET ROLE sipdesk_owner")
        person = owner.execute("SELECT min(id) FROM people").fetchone()[0]
        case = _seed_case(owner, team_server.teams["Norr"], "NORR-3", person)
    content = "SELECT * FROM deviations WHERE case_id = %s"
    with login(team_server, "anna") as anna:
        with anna.transaction(force_rollback=True):
            anna.execute("SELECT sipdesk_open_case(%s)", (case,))
            # Not before the opening is committed: a ROLLBACK would take the entry away.
            assert rows(anna, content, case) == []
        assert rows(anna, content, case) == []
        anna.execute("SELECT sipdesk_open_case(%s)", (case,))
        assert len(rows(anna, content, case)) == 1
    assert [e for e in log_of(team_server, "NORR-3") if e[1] == "opened"] == [
        ("anna", "opened", "ärendet visades")]


def test_every_table_of_the_program_has_rules() -> None:
    from sipdesk.store.models import Base
    from sipdesk.store.server_security import classified_tables

    assert set(Base.metadata.tables) <= classified_tables()
