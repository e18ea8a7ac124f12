"""Settings for every test: offscreen Qt, no real keychain, no outside secrets."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never open windows on a real display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.core  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402
from keyring.compat import properties  # noqa: E402


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


TODAY = date(2026, 11, 23)  # every store in the tests lives on this day


@pytest.fixture
def ws(tmp_path):
    """A fresh encrypted store (key in the in-memory keychain) with a fixed today."""
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    with Workspace.create(tmp_path / "data", Secrets(), clock=lambda: TODAY) as workspace:
        yield workspace
