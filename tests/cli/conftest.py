"""One demo store for every command-line test, made once per session and copied per test.

The store is a passphrase store, as a machine without a keychain has, made in this
process with scrypt's smallest accepted cost (N=2^14, which a store's header may
name): every command a test runs derives its key from that header, so each of the
many processes the tests start spends milliseconds on scrypt instead of most of a
second. The production cost (N=2^17) is tested in tests/store/test_keys.py and by
the commands that create stores in tests/cli/test_cli.py. Each test gets a copy of
the folder, so that no test sees what another test's command wrote.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.runner import PASSPHRASE, sipdesk

DEMO_CASES = 200


def _copy(template: Path, data_dir: Path) -> Path:
    # The lock is the running process's, not part of the store.
    shutil.copytree(template, data_dir, ignore=shutil.ignore_patterns("sipdesk.lock"))
    return data_dir


@pytest.fixture(scope="session")
def demo_store_template(tmp_path_factory) -> Path:
    """A passphrase store with 200 demo cases, as `sipdesk demo-data --cases 200` makes."""
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.store import creation

    data = tmp_path_factory.mktemp("cli-demo") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(creation, "SCRYPT_N", 2**14)
        with Workspace.create(data, Secrets(passphrase=PASSPHRASE)) as ws:
            assert ws.store.key_source == "passphrase"
            fill_demo_data(ws, cases=DEMO_CASES)
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
