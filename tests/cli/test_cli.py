"""The command line, run as a real process the way a script or an admin would."""

from __future__ import annotations

import hashlib

import pytest

from sipdesk import __version__
from tests.cli.runner import sipdesk


@pytest.fixture
def store_200(demo_store):
    """This test's copy of the store `sipdesk demo-data --cases 200` made (see conftest)."""
    return demo_store


def test_version_and_help():
    assert sipdesk("--version").stdout.strip() == f"sipdesk {__version__}"
    helptext = sipdesk("--help").stdout
    for word in ("--data-dir", "--demo", "--selftest", "cases", "check", "demo-data",
                 "SIPDESK_PASSPHRASE"):
        assert word in helptext


@pytest.mark.slow
def test_demo_data_then_check_is_all_well(store_200):
    result = sipdesk("--data-dir", str(store_200), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Krypterat:" in result.stdout and "ja (SQLCipher" in result.stdout
    assert "Ärenden:             200" in result.stdout
    assert "Allt är i ordning." in result.stdout


@pytest.mark.slow
def test_creating_a_store_shows_the_recovery_key_once(tmp_path):
    result = sipdesk("--data-dir", str(tmp_path / "d"), "demo-data", "--cases", "1")
    assert result.returncode == 0
    assert "Återställningsnyckel" in result.stderr
    again = sipdesk("--data-dir", str(tmp_path / "d"), "demo-data", "--cases", "1")
    assert "Återställningsnyckel" not in again.stderr


@pytest.mark.slow
def test_wrong_passphrase_fails_clearly_and_changes_nothing(store_200):
    db = store_200 / "sipdesk.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = sipdesk("--data-dir", str(store_200), "check", passphrase="fel lösenfras")
    assert result.returncode != 0
    assert "stämmer inte" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_missing_passphrase_without_terminal_says_what_to_do(store_200):
    result = sipdesk("--data-dir", str(store_200), "cases", passphrase=None)
    assert result.returncode != 0
    assert "lösenfras" in result.stderr.lower()
    assert "SIPDESK_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_cases_lists_reference_stage_and_next_due(demo_listing):
    # `sipdesk cases` on the 200-case demo store, run once per session (it only reads).
    result = demo_listing
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 201  # heading + 200 cases
    assert lines[1].startswith("SIP-")
    for stage_name in ("Behov av samordning upptäcks", "Avslut eller fortsatt SIP"):
        assert stage_name in result.stdout


def test_no_store_gives_a_clear_message(tmp_path):
    result = sipdesk("--data-dir", str(tmp_path / "nothing"), "check")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_plain_sqlite_file_is_refused(tmp_path):
    import sqlite3

    data = tmp_path / "plain"
    data.mkdir()
    sqlite3.connect(data / "sipdesk.db").execute("create table t(x)").connection.commit()
    (data / "store.json").write_text('{"format": 1, "store_id": "x", "key_source": "keyring"}')
    result = sipdesk("--data-dir", str(data), "check")
    assert result.returncode != 0
    assert "inte krypterad" in result.stderr.lower() or "okrypterad" in result.stderr.lower()


@pytest.mark.slow
def test_selftest_opens_every_surface():
    result = sipdesk("--selftest", passphrase=None)
    assert result.returncode == 0, result.stdout + result.stderr
    for surface in ("MainWindow", "CaseBoard", "TodayList", "CaseRecord", "ResponseTracker",
                    "ProtocolEditor", "ProjectorWindow", "StatisticsView"):
        assert f"ok   {surface}" in result.stdout
    assert "visar protokollet medan det skrivs" in result.stdout
    assert "FEL" not in result.stdout


def test_a_new_passphrase_must_be_typed_twice(monkeypatch):
    from sipdesk.cli import common

    answers = iter(["första försöket", "skrivfel", "rätt lösenfras", "rätt lösenfras"])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: next(answers))
    assert common.ask_new("Välj en lösenfras") == "rätt lösenfras"


def test_giving_up_on_a_new_passphrase_cancels(monkeypatch):
    from sipdesk.cli import common

    answers = iter(["a", "b", "c", "d", "e", "f"])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: next(answers))
    assert common.ask_new("Välj en lösenfras") is None
