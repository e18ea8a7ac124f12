"""The service tests run on both stores: the local SQLCipher file and a PostgreSQL server.

`ws`, `demo_copy` (and `demo_ws`, built on it) are parametrised over tests.conftest.BACKENDS,
so every test that uses them runs twice, [sqlcipher] and [postgresql]. A test about the
local file itself (its key, its backups, its bytes on disk) is marked
@pytest.mark.local_store("why") and runs on the local store only.
"""

from __future__ import annotations

import pytest

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from tests.conftest import (
    BACKENDS,
    TODAY,  # noqa: F401 - tests import it from here
    _demo_data_args,
    open_test_store,
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        local = metafunc.definition.get_closest_marker("local_store") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if local else BACKENDS, indirect=True,
                             scope="module")


@pytest.fixture(scope="module")
def backend(request) -> str:
    """Which store the test runs on: "sqlcipher" or "postgresql".

    Module-scoped, so that a module's own module-scoped store (a large demo read by
    many tests) can be made per backend as well.
    """
    return request.param


@pytest.fixture
def ws(request, backend, tmp_path):
    """A fresh store of `backend` with a fixed today (see tests/conftest.py's ws)."""
    marker = request.node.get_closest_marker("demo_data")
    args = _demo_data_args(marker) if marker else (0, 2026)
    return open_test_store(request, backend, tmp_path / "data", *args)


@pytest.fixture
def demo_copy(request, backend, tmp_path):
    """demo_copy(cases, seed): a store of `backend` of its own, filled by fill_demo_data."""
    count = 0

    def copy(cases: int = 12, seed: int = 2026):
        nonlocal count
        count += 1
        return open_test_store(request, backend, tmp_path / f"demo-{count}", cases, seed)

    return copy


@pytest.fixture
def network(ws):
    """A small directory: BUP, social services and a school, one professional in each."""
    d = ws.directory
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    soc = d.add_organisation(
        Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY)
    )
    school = d.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    return {
        "bup": bup,
        "soc": soc,
        "school": school,
        "psykolog": d.add_person(Person("Anna Berg", "psykolog", bup.id)),
        "socsek": d.add_person(Person("Johan Ek", "socialsekreterare", soc.id)),
        "mentor": d.add_person(Person("Lena Holm", "mentor", school.id)),
    }
