"""A process killed while it creates a store leaves a folder the next start handles.

The child kills itself (SIGKILL) at a named step of create_store, through the
SIPDESK_TEST_CRASH_AT hook that only tests set. Its keychain is a file, so
that the next start (this process) sees what the dead one put there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring.backend
import keyring.core
import pytest

from sipdesk.services.errors import HalfCreated, Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")

FILE_KEYRING = textwrap.dedent(
    """
    import json, os
    import keyring.backend

    class FileKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def _load(self):
            try:
                with open(os.environ["TEST_KEYRING_FILE"]) as f:
                    return json.load(f)
            except FileNotFoundError:
                return {}

        def _save(self, data):
            with open(os.environ["TEST_KEYRING_FILE"], "w") as f:
                json.dump(data, f)

        def get_password(self, service, username):
            return self._load().get(f"{service}/{username}")

        def set_password(self, service, username, password):
            data = self._load()
            data[f"{service}/{username}"] = password
            self._save(data)

        def delete_password(self, service, username):
            data = self._load()
            data.pop(f"{service}/{username}", None)
            self._save(data)
    """
)

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    Workspace.create(Path(sys.argv[1]), Secrets()).close()
    print("CREATED", flush=True)
    """
)


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """The same file keychain for the child and for this process's next start."""
    (tmp_path / "testkeyring.py").write_text(FILE_KEYRING, "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("TEST_KEYRING_FILE", str(tmp_path / "keychain.json"))
    import testkeyring  # type: ignore[import-not-found]

    backend = testkeyring.FileKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return tmp_path / "keychain.json"


def _entries(path: Path) -> dict:
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def _create_and_die(data_dir: Path, step: str, keychain_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(REPO), str(keychain_dir)]),
        PYTHON_KEYRING_BACKEND="testkeyring.FileKeyring",
        SIPDESK_TEST_CRASH_AT=step,
        TEST_KEYRING_FILE=str(keychain_dir / "keychain.json"),
    )
    return subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("step", ["marker", "keychain", "database", "schema", "header"])
def test_a_creation_killed_at_any_step_is_handled_by_the_next_start(
    tmp_path, file_keyring, step
):
    data_dir = tmp_path / "data"
    result = _create_and_die(data_dir, step, tmp_path)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "CREATED" not in result.stdout
    left = sorted(p.name for p in data_dir.iterdir())
    assert creation.MARKER_NAME in left, left  # the marker is always the first thing written

    if step in ("marker", "keychain"):
        # No store file yet: nothing to ask about. The next start simply creates one,
        # and the dead creation's keychain entry goes with it.
        assert not Workspace.exists(data_dir)
        ws = Workspace.open_or_create(data_dir, Secrets())
    elif step == "header":
        # store.json was written: the store is complete and opens as it is.
        ws = Workspace.open_or_create(data_dir, Secrets())
        assert ws.store.recovery_key is None
    else:
        # A store file without store.json: recognised, and cleaned only when asked to.
        with pytest.raises(HalfCreated) as info:
            Workspace.open_or_create(data_dir, Secrets())
        assert "avbröts" in str(info.value)
        assert (data_dir / "sipdesk.db").exists()
        assert Workspace.clean_half_made(data_dir) is None  # removed: it never held a case
        ws = Workspace.open_or_create(data_dir, Secrets())
    with ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Skolfrånvaro")
        assert len(ws.cases.all()) == 1
        store_id = ws.store.store_id
    assert not (data_dir / creation.MARKER_NAME).exists()
    # Exactly one keychain entry: the store's own; none left by the dead process.
    assert list(_entries(file_keyring)) == [f"sipdesk/{store_id}"]
    with Workspace.open(data_dir, Secrets()) as ws:
        assert len(ws.cases.all()) == 1


@pytest.mark.slow
def test_the_command_line_says_what_to_do_and_cleans_with_the_flag(tmp_path):
    from tests.cli.runner import sipdesk

    data_dir = tmp_path / "data"
    died = sipdesk("--data-dir", str(data_dir), "demo-data", "--cases", "1",
                   SIPDESK_TEST_CRASH_AT="schema")
    assert died.returncode == -signal.SIGKILL
    told = sipdesk("--data-dir", str(data_dir), "cases")
    assert told.returncode == 2, told.stderr
    assert "avbröts" in told.stderr and "--rensa-avbrutet" in told.stderr
    assert "Traceback" not in told.stderr
    assert (data_dir / "sipdesk.db").exists()  # not without being asked
    again = sipdesk("--data-dir", str(data_dir), "--rensa-avbrutet", "demo-data", "--cases", "2")
    assert again.returncode == 0, again.stderr
    listing = sipdesk("--data-dir", str(data_dir), "cases")
    assert listing.returncode == 0 and len(listing.stdout.strip().splitlines()) == 3
