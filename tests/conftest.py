"""Settings for every test: offscreen Qt, no real keychain, no outside secrets."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never open windows on a real display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

# Nor read or write the user's own QSettings (the language, window sizes), in this
# process or in the ones the tests start: a folder of their own, gone at the end.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sipdesk-test-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.core  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402
from keyring.compat import properties  # noqa: E402

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain in a dict, so that no test ever touches the real one."""

    @properties.classproperty
    def priority(cls) -> float:
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test runs against a fresh in-memory keychain (the global keyring).

    Set through the attribute keyring.set_keyring() writes, so that keyring
    never even probes the real backends (D-Bus, macOS Keychain) to remember
    which one to restore; monkeypatch restores it, and fails loudly if keyring
    ever renames it.
    """
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    assert keyring.get_keyring() is backend
    return backend


@pytest.fixture(autouse=True)
def _no_outside_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """A passphrase or recovery key in the developer's shell must not reach tests."""
    monkeypatch.delenv("SIPDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("SIPDESK_RECOVERY_KEY", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _temp_files_in_the_session(tmp_path_factory: pytest.TempPathFactory):
    """The system temp folder, for this test process and what it starts, is one of its own.

    Workspace.demo() makes its folder there and sweeps every unlocked sipdesk-demo-*
    folder it finds: in the shared /tmp that sweep could take a folder another test
    process (a parallel worker, another run) has made but not yet locked.
    """
    folder = tmp_path_factory.mktemp("tmp")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(folder))
        mp.setenv("TMPDIR", str(folder))
        yield folder


TODAY = date(2026, 11, 23)  # every store in the tests lives on this day


# --- stores made once per session, copied per test ---------------------------------
#
# Creating a store (SQLCipher file, every Alembic migration, keychain entry) is the
# expensive part of most tests; opening a copy of one is about twenty times cheaper.
# As Anki's tests put it: create it once, then spin off copies. Each test still gets
# its own files and its own keychain, so nothing one test writes reaches another.
# Tests of creating a store itself (tests/store) keep creating theirs from scratch.


@dataclass(frozen=True)
class StoreTemplate:
    """A closed store made once per session, and what a copy of it needs to open."""

    folder: Path
    passwords: dict[tuple[str, str], str]  # its keychain entry, as MemoryKeyring holds it
    recovery_key: str

    def open_copy(self, data_dir: Path, keychain: MemoryKeyring) -> Workspace:
        """Copy the store's files into data_dir (which must not exist) and open the copy."""
        from sipdesk.services.errors import Secrets
        from sipdesk.services.workspace import Workspace
        from sipdesk.store.opening import DB_NAME, HEADER_NAME

        data_dir.mkdir(parents=True, mode=0o700)
        for name in (DB_NAME, HEADER_NAME):
            shutil.copyfile(self.folder / name, data_dir / name)
        keychain.passwords.update(self.passwords)
        workspace = Workspace.open(data_dir, Secrets(), clock=lambda: TODAY)
        # As on a store just created: the recovery key is known (tests of backups use it).
        workspace.store.recovery_key = self.recovery_key
        return workspace


def make_template(
    folder: Path, fill: Callable[[Workspace], None] | None = None
) -> StoreTemplate:
    """Create a store in folder with its own in-memory keychain, fill it, and close it."""
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.opening import DB_NAME

    keychain = MemoryKeyring()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyring.core, "_keyring_backend", keychain)
        with Workspace.create(folder, Secrets(), clock=lambda: TODAY) as workspace:
            if fill is not None:
                fill(workspace)
            recovery_key = workspace.store.recovery_key
    # Closing folds the WAL into the file; the copies rely on it being complete.
    assert not (folder / f"{DB_NAME}-wal").exists(), "the template store was not closed cleanly"
    assert len(keychain.passwords) == 1 and recovery_key
    return StoreTemplate(folder, dict(keychain.passwords), recovery_key)


class StoreTemplates:
    """The session's templates: an empty store, and demo stores by (cases, seed)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[tuple[int, int], StoreTemplate] = {}

    def get(self, cases: int = 0, seed: int = 2026) -> StoreTemplate:
        if (cases, seed) not in self._made:
            def fill(workspace: Workspace) -> None:
                from sipdesk.services.demo import fill_demo_data

                fill_demo_data(workspace, cases=cases, seed=seed)

            folder = self._root / f"cases{cases}-seed{seed}"
            self._made[cases, seed] = make_template(folder, fill if cases else None)
        return self._made[cases, seed]


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplates:
    return StoreTemplates(tmp_path_factory.mktemp("store-templates"))


# --- the same stores on a PostgreSQL server (team mode) ---------------------------------
#
# A throwaway cluster per test process (tests/pg_cluster.py), started on first use. A
# template database is made per (cases, seed) as the local templates are, and each test
# gets its own copy (CREATE DATABASE ... TEMPLATE, a file copy on the server), dropped
# after the test.

BACKENDS = ("sqlcipher", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "local_store(reason): about the local SQLCipher file itself; in tests/services the "
        "test runs on that store only, not also on PostgreSQL",
    )


@pytest.fixture(scope="session")
def pg_cluster():
    """The test process's PostgreSQL cluster; skips (or fails, in CI) without PostgreSQL."""
    from tests import pg_cluster as pg

    bindir = pg.bin_dir()
    if bindir is None:
        message = "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or PATH)"
        if os.environ.get(pg.ENV_REQUIRED) == "required":
            pytest.fail(message)
        pytest.skip(message)
    cluster = pg.Cluster(bindir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


class ServerTemplates:
    """The session's template databases on the test cluster, by (cases, seed)."""

    def __init__(self, cluster, root: Path) -> None:
        self.cluster = cluster
        self._root = root
        self._made: dict[tuple[int, int], str] = {}

    def get(self, cases: int = 0, seed: int = 2026) -> str:
        if (cases, seed) not in self._made:
            from sipdesk.services.demo import fill_demo_data
            from sipdesk.services.workspace import Workspace

            name = self.cluster.create_database(f"template_c{cases}_s{seed}")
            folder = self._root / name
            with Workspace.open_server(self.cluster.url(name), folder, create=True,
                                       clock=lambda: TODAY) as workspace:
                if cases:
                    fill_demo_data(workspace, cases=cases, seed=seed)
            self._made[cases, seed] = name
        return self._made[cases, seed]

    def open_copy(self, data_dir: Path, cases: int = 0, seed: int = 2026) -> Workspace:
        """A database of its own copied from the template, opened; drop() it after use."""
        from sipdesk.services.workspace import Workspace

        template = self.get(cases, seed)
        name = self.cluster.create_database(template=template)
        data_dir.mkdir(parents=True, mode=0o700)
        try:
            return Workspace.open_server(self.cluster.url(name), data_dir,
                                         clock=lambda: TODAY)
        except BaseException:
            self.cluster.drop_database(name)
            raise

    def drop(self, workspace: Workspace) -> None:
        workspace.close()
        self.cluster.drop_database(workspace.store.url.database)


@pytest.fixture(scope="session")
def server_templates(pg_cluster, tmp_path_factory: pytest.TempPathFactory) -> ServerTemplates:
    return ServerTemplates(pg_cluster, tmp_path_factory.mktemp("server-templates"))


def open_test_store(request: pytest.FixtureRequest, backend: str, data_dir: Path,
                    cases: int = 0, seed: int = 2026) -> Workspace:
    """A fresh store of `backend` from the session's templates; closed (and dropped) at the
    end of the test."""
    if backend == "postgresql":
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        workspace = templates.open_copy(data_dir, cases, seed)
        request.addfinalizer(lambda: templates.drop(workspace))
        return workspace
    local: StoreTemplates = request.getfixturevalue("store_templates")
    workspace = local.get(cases, seed).open_copy(
        data_dir, request.getfixturevalue("memory_keyring"))
    request.addfinalizer(workspace.close)
    return workspace


@pytest.fixture
def ws(request, tmp_path, store_templates, memory_keyring):
    """A fresh encrypted store (key in the in-memory keychain) with a fixed today.

    A copy of the session's empty store, in tmp_path / "data", closed after the test.
    A test or module marked @pytest.mark.demo_data(cases=12, seed=2026) gets instead
    the store fill_demo_data(ws, cases, seed) would have made, so the fixtures built
    on ws (ops, live_ops, statements) see the demo cases without filling them anew.
    """
    marker = request.node.get_closest_marker("demo_data")
    template = store_templates.get(*_demo_data_args(marker)) if marker else store_templates.get()
    workspace = template.open_copy(tmp_path / "data", memory_keyring)
    with workspace:
        yield workspace


def _demo_data_args(marker: pytest.Mark) -> tuple[int, int]:
    def args(cases: int = 12, seed: int = 2026) -> tuple[int, int]:
        return cases, seed

    cases, seed = args(*marker.args, **marker.kwargs)
    assert cases > 0, "demo_data needs at least one case"
    return cases, seed


@pytest.fixture
def demo_copy(tmp_path, store_templates, memory_keyring):
    """demo_copy(cases, seed): a store of its own filled by fill_demo_data(cases, seed).

    Made once per session for each (cases, seed) and copied per call, so it is the
    same store fill_demo_data would give (on TODAY), at the price of a copy. Every
    workspace it hands out is closed after the test.
    """
    opened: list[Workspace] = []

    def copy(cases: int = 12, seed: int = 2026) -> Workspace:
        folder = tmp_path / f"demo-{len(opened) + 1}"
        workspace = store_templates.get(cases, seed).open_copy(folder, memory_keyring)
        opened.append(workspace)
        return workspace

    yield copy
    for workspace in opened:
        workspace.close()


@pytest.fixture
def demo_ws(demo_copy):
    """A store of its own with the 12 demo cases of fill_demo_data(ws, cases=12) (seed 2026),
    the same as Workspace.demo(cases=12); fixed today and key in the in-memory keychain."""
    return demo_copy(12)
