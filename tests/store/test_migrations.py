"""Schema migrations: an older store is upgraded, copied first, and nothing is lost."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from sqlalchemy import inspect, text

from sipdesk.domain.enums import CloseReason
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import engine as store_engine
from sipdesk.store import opening, schema
from sipdesk.store.errors import NotASipdeskStore, SchemaTooNew

NAME = "Qwertzia"  # a distinctive fictional first name


def _old_store(data_dir, revision="0001"):
    """A store as the first released schema made it, holding one case."""

    def prepare(engine, is_new):
        schema.upgrade(engine, revision)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sipdesk_meta VALUES ('app', 'sipdesk')"))
            conn.execute(
                text(
                    "INSERT INTO cases (reference, stage, child_first_name, child_last_name, "
                    "question, raised_by_function, participation, participation_note, "
                    "coordinator, archived, created_at) VALUES ('SIP-2025-0001', 2, :n, "
                    "'Lind', 'Fråga', '', 'ej_bestamt', '', '', 0, :at)"
                ),
                {"n": NAME, "at": datetime(2025, 5, 1)},
            )

    opening.create_store(data_dir, Secrets(), prepare).close()


def test_schema_has_more_than_one_version():
    assert {"0001", "0002", "0003"} <= schema.known_revisions()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_older_store_is_upgraded_and_keeps_its_cases(tmp_path, revision):
    data = tmp_path / "data"
    _old_store(data, revision)
    with Workspace.open(data, Secrets()) as ws:
        assert schema.current_revision(ws.store.engine) == schema.head_revision()
        columns = {c["name"] for c in inspect(ws.store.engine).get_columns("cases")}
        assert "closed_on" in columns
        (case,) = ws.cases.all()
        assert case.child.first_name == NAME
        assert case.closed_on is None
        ws.cases.close(case.id, reason=CloseReason.MOVED, on=date(2026, 1, 2))
        assert ws.cases.get(case.id).closed_on == date(2026, 1, 2)


def test_store_is_copied_before_migration_and_the_copy_is_encrypted(tmp_path):
    data = tmp_path / "data"
    _old_store(data)
    Workspace.open(data, Secrets()).close()
    (copy,) = data.glob("sipdesk.db.fore-migrering-0001-*")
    assert store_engine.file_is_encrypted(copy)
    assert NAME.encode() not in copy.read_bytes()


def test_current_store_is_not_copied_again(tmp_path):
    data = tmp_path / "data"
    Workspace.create(data, Secrets()).close()
    Workspace.open(data, Secrets()).close()
    assert list(data.glob("*fore-migrering*")) == []


def test_store_from_a_newer_program_is_refused_untouched(tmp_path):
    data = tmp_path / "data"
    Workspace.create(data, Secrets()).close()
    with Workspace.open(data, Secrets()) as ws, ws.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = hashlib.sha256((data / "sipdesk.db").read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew) as err:
        Workspace.open(data, Secrets())
    assert "nyare" in str(err.value)
    assert hashlib.sha256((data / "sipdesk.db").read_bytes()).hexdigest() == before


def test_encrypted_file_that_is_not_sipdesk_is_refused(tmp_path):
    data = tmp_path / "data"

    def other_program(engine, is_new):
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body TEXT)"))

    opening.create_store(data, Secrets(), other_program).close()
    with pytest.raises(NotASipdeskStore):
        Workspace.open(data, Secrets())
