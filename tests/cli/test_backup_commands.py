"""`sipdesk backups`, `sipdesk restore` and `sipdesk check` on a damaged store, run as a real
process; never a traceback, always the way back."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.cli.runner import sipdesk, sipdesk_here

PAGE = 4096


def flip(path, page: int, offset: int = 1000) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def no_traceback(result) -> None:
    assert "Traceback" not in result.stdout + result.stderr


def make_backup(folder) -> str:
    made = sipdesk_here("--data-dir", str(folder), "backups", "--make")
    assert made.returncode == 0, made.stderr
    listing = sipdesk_here("--data-dir", str(folder), "backups")
    return listing.stdout.splitlines()[1].split()[0]  # the newest, first under the heading


@pytest.mark.slow
def test_backups_are_listed_newest_first_and_made_on_request(demo_store):
    none = sipdesk("--data-dir", str(demo_store), "backups")
    assert none.returncode == 0 and "Inga säkerhetskopior" in none.stdout
    made = sipdesk_here("--data-dir", str(demo_store), "backups", "--make")
    assert made.returncode == 0, made.stderr
    assert "200 ärenden" in made.stdout and "kontrollerad" in made.stdout
    sipdesk_here("--data-dir", str(demo_store), "backups", "--make")
    listing = sipdesk_here("--data-dir", str(demo_store), "backups")
    lines = listing.stdout.splitlines()
    assert lines[0].split() == ["Namn", "När", "Varför", "Ärenden", "Kontrollerad"]
    assert len(lines) == 3
    names = [line.split()[0] for line in lines[1:]]
    assert names == sorted(names, reverse=True)
    assert all("på begäran" in line and " 200 " in line and line.endswith("ja")
               for line in lines[1:])

    # A restore backs up the store it replaces first.
    restore = sipdesk("--data-dir", str(demo_store), "restore", names[-1])
    assert restore.returncode == 0, restore.stderr
    assert "före återställningen finns i säkerhetskopian" in restore.stdout
    assert "före en återställning" in sipdesk_here("--data-dir", str(demo_store),
                                                    "backups").stdout


@pytest.mark.slow
def test_check_names_the_damaged_page_and_restore_mends_it(demo_store):
    name = make_backup(demo_store)
    flip(demo_store / "sipdesk.db", 34)

    check = sipdesk("--data-dir", str(demo_store), "check")
    no_traceback(check)
    assert check.returncode == 1
    assert "Integritetskontroll: FEL: skadad sida 34 av" in check.stdout
    assert "PROBLEM: Sida 34 av" in check.stdout
    assert f"sipdesk restore {name}" in check.stdout

    cases = sipdesk_here("--data-dir", str(demo_store), "cases")
    no_traceback(cases)
    assert cases.returncode == 2
    assert "Arkivet är skadat" in cases.stderr and "inte fel lösenfras" in cases.stderr
    assert f"sipdesk restore {name}" in cases.stderr

    restore = sipdesk_here("--data-dir", str(demo_store), "restore", name)
    no_traceback(restore)
    assert restore.returncode == 0, restore.stderr
    assert "Arkivet har nu 200 ärenden" in restore.stdout
    assert "flyttats undan" in restore.stdout  # too damaged to copy: kept aside instead
    assert any(p.name.startswith("sipdesk.db.skadad-") for p in demo_store.iterdir())
    again = sipdesk_here("--data-dir", str(demo_store), "check")
    assert again.returncode == 0 and "Allt är i ordning." in again.stdout


@pytest.mark.slow
def test_a_damaged_page_1_or_random_bytes_are_not_called_a_wrong_passphrase(demo_store):
    name = make_backup(demo_store)
    db = demo_store / "sipdesk.db"
    whole = db.read_bytes()
    flip(db, 1, offset=300)
    result = sipdesk("--data-dir", str(demo_store), "check")
    no_traceback(result)
    assert result.returncode == 2
    assert "är skadad" in result.stderr
    assert "Det är inte fel nyckel eller lösenfras" in result.stderr
    assert "Sida 1" in result.stderr and f"sipdesk restore {name}" in result.stderr
    wrong = sipdesk_here("--data-dir", str(demo_store), "check",
                         passphrase="en helt annan lösenfras")
    assert "stämmer inte" in wrong.stderr  # a wrong passphrase cannot prove anything

    # Random bytes: the backups, made with the same key, show that the key is right.
    db.write_bytes(os.urandom(len(whole)))
    result = sipdesk_here("--data-dir", str(demo_store), "cases")
    no_traceback(result)
    assert result.returncode == 2
    assert "Nyckeln öppnar arkivets säkerhetskopior men inte arkivfilen" in result.stderr
    restored = sipdesk_here("--data-dir", str(demo_store), "restore", name)
    assert restored.returncode == 0, restored.stderr
    assert sipdesk_here("--data-dir", str(demo_store), "check").returncode == 0


@pytest.mark.slow
def test_a_new_computer_restores_from_a_backup_file_with_the_passphrase(demo_store, tmp_path):
    name = make_backup(demo_store)
    usb = tmp_path / "usb"
    usb.mkdir()
    for suffix in (".db", ".json"):
        shutil.copyfile(demo_store / "backups" / f"{name}{suffix}", usb / f"{name}{suffix}")
    new = tmp_path / "new-computer"
    result = sipdesk("--data-dir", str(new), "restore", str(usb / f"{name}.db"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "Arkivet har nu 200 ärenden" in result.stdout
    listing = sipdesk_here("--data-dir", str(new), "cases")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) == 201


def test_a_new_computer_restores_with_the_recovery_key_alone(ws, tmp_path):
    ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")
    info = ws.backups.make("manual")
    assert json.loads(info.info_path.read_text(encoding="utf-8"))["store"]["key_source"] == (
        "keyring")
    new = tmp_path / "new-computer"
    # The subprocess has no keychain at all: only the backup and the recovery key.
    result = sipdesk("--data-dir", str(new), "restore", str(info.path), passphrase=None,
                     SIPDESK_RECOVERY_KEY=ws.store.recovery_key)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "Arkivet har nu 1 ärenden" in result.stdout
    listing = sipdesk("--data-dir", str(new), "cases", passphrase=None,
                      SIPDESK_RECOVERY_KEY=ws.store.recovery_key)
    assert listing.returncode == 0 and "SIP-2026-0001" in listing.stdout


def test_restoring_an_unknown_backup_says_so(tmp_path):
    result = sipdesk("--data-dir", str(tmp_path / "empty"), "restore", "sipdesk-20990101-000000")
    no_traceback(result)
    assert result.returncode == 1
    assert "Det finns ingen säkerhetskopia som heter" in result.stderr
