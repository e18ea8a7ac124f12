"""Fixtures for the board tests: a fresh store with a fixed day, and synchronous tasks."""

from __future__ import annotations

import pytest

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui.tasks import TaskManager
from tests.conftest import TODAY  # noqa: F401 - tests import it from here


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
