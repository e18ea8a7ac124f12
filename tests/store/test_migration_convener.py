"""Migration 0005: every meeting gets who convened it, by default the coordinator's organisation."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import text

from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import opening, schema

SCHOOL, SOCIAL = 1, 2


def _store_at_0004(data_dir, profile: dict | None, meetings: int = 2) -> None:
    """A store as revision 0004 made it: two organisations, one case with `meetings` meetings,
    and (when given) the coordinator's profile as the settings dialog stored it."""

    def prepare(engine, is_new):
        schema.upgrade(engine, "0004")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sipdesk_meta VALUES ('app', 'sipdesk')"))
            for org_id, name, kind in ((SCHOOL, "Ekbackaskolan", "skola"),
                                       (SOCIAL, "Norrby socialtjänst", "socialtjanst")):
                conn.execute(
                    text("INSERT INTO organisations (id, name, unit, kind, principal, address, "
                         "mailbox, phone, decision_maker) VALUES "
                         "(:id, :name, '', :kind, 'kommun', '', '', '', '')"),
                    {"id": org_id, "name": name, "kind": kind},
                )
            conn.execute(
                text(
                    "INSERT INTO cases (id, reference, stage, child_first_name, child_last_name, "
                    "question, raised_by_function, participation, participation_note, "
                    "coordinator, archived, created_at) VALUES (1, 'SIP-2026-0001', 3, "
                    "'Qwertzia', 'Lind', 'Fråga', '', 'ej_bestamt', '', '', 0, :at)"
                ),
                {"at": datetime(2026, 5, 1)},
            )
            for n in range(meetings):
                conn.execute(
                    text("INSERT INTO meetings (case_id, kind, date, place, mode, purpose, "
                         "agenda) VALUES (1, 'forsta_sip', :day, 'Rum 3', 'plats', 'Syfte', '')"),
                    {"day": date(2026, 6, 1 + n)},
                )
            if profile is not None:
                conn.execute(
                    text("INSERT INTO settings (key, value) VALUES ('coordinator_profile', :v)"),
                    {"v": json.dumps(profile, sort_keys=True)},
                )

    opening.create_store(data_dir, Secrets(), prepare).close()


def _profile(organisation_id: int | None) -> dict:
    return {"name": "Karin Åkesson", "title": "SIP-samordnare",
            "organisation": "Norrby socialtjänst", "phone": "", "email": "",
            "organisation_id": organisation_id}


def _conveners(data) -> list[int | None]:
    with Workspace.open(data, Secrets()) as ws:
        assert schema.current_revision(ws.store.engine) == schema.head_revision()
        (case,) = ws.cases.all()
        return [m.convened_by_org_id for m in ws.meetings.of_case(case.id)]


def test_head_is_at_least_0005():
    assert "0005" in schema.known_revisions()


def test_meetings_of_an_older_store_are_convened_by_the_coordinators_organisation(tmp_path):
    data = tmp_path / "data"
    _store_at_0004(data, _profile(SOCIAL))
    assert _conveners(data) == [SOCIAL, SOCIAL]


def test_without_a_profile_the_convener_stays_unknown(tmp_path):
    data = tmp_path / "data"
    _store_at_0004(data, None)
    assert _conveners(data) == [None, None]


def test_a_profile_without_a_directory_organisation_leaves_it_unknown(tmp_path):
    data = tmp_path / "data"
    _store_at_0004(data, _profile(None))
    assert _conveners(data) == [None, None]


def test_a_profile_naming_an_organisation_no_longer_in_the_directory_leaves_it_unknown(tmp_path):
    data = tmp_path / "data"
    _store_at_0004(data, _profile(99))
    assert _conveners(data) == [None, None]


def test_a_profile_that_cannot_be_read_does_not_stop_the_migration(tmp_path):
    data = tmp_path / "data"

    def prepare(engine, is_new):
        schema.upgrade(engine, "0004")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sipdesk_meta VALUES ('app', 'sipdesk')"))
            conn.execute(text("INSERT INTO settings (key, value) "
                              "VALUES ('coordinator_profile', 'inte json')"))

    opening.create_store(data, Secrets(), prepare).close()
    with Workspace.open(data, Secrets()) as ws:
        assert schema.current_revision(ws.store.engine) == schema.head_revision()
