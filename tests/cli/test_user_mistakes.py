"""A user's mistake on the command line is a Swedish sentence and a status, never a traceback:
no display for the window, demo data into a real store, a file for a folder, no passphrase,
a folder for a PDF."""

from __future__ import annotations

import importlib
import sys

import pytest

from sipdesk.cli.common import EXIT_FILE, EXIT_NO_DISPLAY, EXIT_PROBLEM, EXIT_STORE
from tests.cli.runner import sipdesk, sipdesk_here

# The module, not the function sipdesk.cli exports under the same name.
cli = importlib.import_module("sipdesk.cli.main")

NO_SCREEN = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}


@pytest.fixture
def no_screen(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in NO_SCREEN:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("args", [["--demo"], []])
def test_the_window_without_a_display_says_so_and_ends(no_screen, args):
    result = sipdesk_here(*args)
    assert result.returncode == EXIT_NO_DISPLAY == 69
    assert "ingen skärm" in result.stderr and "DISPLAY" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_display_or_a_chosen_platform_is_enough(no_screen, monkeypatch):
    assert cli.no_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert not cli.no_display()
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # asked for: the self-test, CI
    assert not cli.no_display()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_demo_without_a_display_ends_at_once_in_a_real_process():
    result = sipdesk("--demo", passphrase=None, timeout=60, **NO_SCREEN)
    assert result.returncode == EXIT_NO_DISPLAY
    assert "ingen skärm" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def mixed_store(tmp_path, store_templates, memory_keyring):
    """A demo store (12 cases) where the coordinator has also written one real case."""
    folder = tmp_path / "mixed"
    with store_templates.get(12).open_copy(folder, memory_keyring) as ws:
        ws.cases.create(first_name="Riktig", last_name="Person", question="Behöver stöd.")
    return folder


def _cases(folder) -> int:
    listing = sipdesk_here("--data-dir", str(folder), "cases", passphrase=None)
    assert listing.returncode == 0, listing.stderr
    return len(listing.stdout.splitlines()) - 1


def test_demo_data_adds_to_a_store_of_demo_cases(tmp_path, store_templates, memory_keyring):
    folder = tmp_path / "demo"
    store_templates.get(12).open_copy(folder, memory_keyring).close()
    result = sipdesk_here("--data-dir", str(folder), "demo-data", "--cases", "3",
                          passphrase=None)
    assert result.returncode == 0, result.stderr
    assert _cases(folder) == 15
    # The cases it added are known as demo cases too.
    assert sipdesk_here("--data-dir", str(folder), "demo-data", "--cases", "1",
                        passphrase=None).returncode == 0


def test_demo_data_refuses_a_store_with_real_cases_unless_forced(mixed_store):
    result = sipdesk_here("--data-dir", str(mixed_store), "demo-data", "--cases", "3",
                          passphrase=None)
    assert result.returncode == EXIT_PROBLEM
    assert "1 ärenden som inte är påhittade" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert _cases(mixed_store) == 13
    forced = sipdesk_here("--data-dir", str(mixed_store), "demo-data", "--cases", "3",
                          "--force", passphrase=None)
    assert forced.returncode == 0, forced.stderr
    assert _cases(mixed_store) == 16


def test_a_file_given_as_the_data_folder_is_named_as_a_file(tmp_path):
    a_file = tmp_path / "anteckningar.txt"
    a_file.write_text("inte ett arkiv", encoding="utf-8")
    for folder in (a_file, a_file / "arkiv"):
        result = sipdesk_here("--data-dir", str(folder), "demo-data", "--cases", "1")
        assert result.returncode == EXIT_STORE
        assert f"{a_file} är en fil, inte en mapp" in result.stderr
        assert "Traceback" not in result.stderr
    assert a_file.read_text(encoding="utf-8") == "inte ett arkiv"


def test_a_missing_passphrase_names_the_environment_variable(demo_store):
    result = sipdesk_here("--data-dir", str(demo_store), "cases", passphrase=None)
    assert result.returncode == EXIT_STORE
    assert "ingen lösenfras angavs" in result.stderr
    assert "SIPDESK_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr


def test_a_plan_exported_to_a_folder_asks_for_a_file_name(demo_store, tmp_path):
    folder = tmp_path / "utskrifter"
    folder.mkdir()
    result = sipdesk_here("--data-dir", str(demo_store), "export-plan", "SIP-2026-0001",
                          str(folder))
    assert result.returncode == EXIT_FILE
    assert f"{folder} är en mapp" in result.stderr and "plan.pdf" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []
