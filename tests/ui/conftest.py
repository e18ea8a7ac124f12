"""Fixtures for the board tests: a fresh store with a fixed day, and synchronous tasks."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.ui.tasks import TaskManager

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(tmp_path):
    """A fresh encrypted store (key in the in-memory keychain) with a fixed today."""
    with Workspace.create(tmp_path / "data", Secrets(), clock=lambda: TODAY) as workspace:
        yield workspace


@pytest.fixture
def tasks(qtbot):
    """Tasks run at once on the test's thread, so every test is deterministic."""
    manager = TaskManager(synchronous=True)
    yield manager
    manager.shutdown()


@pytest.fixture
def directory(ws):
    d = ws.directory
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    school = d.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    return {
        "bup": bup,
        "school": school,
        "psykolog": d.add_person(Person("Anna Berg", "psykolog", bup.id)),
        "mentor": d.add_person(Person("Lena Holm", "mentor", school.id)),
    }
