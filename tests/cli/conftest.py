"""One demo store for every command-line test, made once per session and copied per test.

`sipdesk demo-data` (a subprocess with scrypt and 200 cases) is the slowest step of these
tests; it runs once, and each test gets a copy of the folder it made, so that no test
sees what another test's command wrote.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.runner import sipdesk

DEMO_CASES = 200


def _copy(template: Path, data_dir: Path) -> Path:
    # The lock is the running process's, not part of the store.
    shutil.copytree(template, data_dir, ignore=shutil.ignore_patterns("sipdesk.lock"))
    return data_dir


@pytest.fixture(scope="session")
def demo_store_template(tmp_path_factory) -> Path:
    """A passphrase store filled by `sipdesk demo-data --cases 200`; never opened again."""
    data = tmp_path_factory.mktemp("cli-demo") / "data"
    result = sipdesk("--data-dir", str(data), "demo-data", "--cases", str(DEMO_CASES))
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture
def demo_store(demo_store_template, tmp_path) -> Path:
    """The demo store's folder, copied for this test alone."""
    return _copy(demo_store_template, tmp_path / "data")


@pytest.fixture(scope="session")
def demo_listing(demo_store_template, tmp_path_factory):
    """`sipdesk cases` on (a copy of) the demo store, run once: it only reads."""
    data = _copy(demo_store_template, tmp_path_factory.mktemp("cli-listing") / "data")
    return sipdesk("--data-dir", str(data), "cases")
