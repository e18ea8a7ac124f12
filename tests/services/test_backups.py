"""Backups: made encrypted and verified, holding the same cases, thinned, listed, restored."""

from __future__ import annotations

from datetime import datetime

import pytest

from sipdesk.domain.errors import ValidationError
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import backup

NAME = "Elsa Lind"  # a fictional child


def _case(ws, first="Elsa", last="Lind"):
    return ws.cases.create(first_name=first, last_name=last, question="Hur får Elsa stöd?")


def test_a_backup_is_encrypted_verified_and_holds_the_same_cases(ws):
    _case(ws)
    info = ws.backups.make("manual")
    assert info.verified and info.cases == 1
    assert info.path.parent == ws.data_dir / "backups"
    raw = info.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and NAME.encode() not in raw
    sidecar = info.info_path.read_text(encoding="utf-8")
    secret = "".join(ch for ch in ws.store.recovery_key if ch.isalnum())
    assert NAME not in sidecar and secret[:16] not in sidecar.replace("-", "")
    assert ws.backups.last_verified() == info


def test_a_backup_opens_on_its_own_with_the_recovery_key(ws, tmp_path, memory_keyring):
    _case(ws)
    recovery_key = ws.store.recovery_key
    info = ws.backups.make("manual")
    # A new computer: only the backup's two files, no keychain entry.
    folder = tmp_path / "new-computer"
    folder.mkdir()
    (folder / "sipdesk.db").write_bytes(info.path.read_bytes())
    (folder / "store.json").write_text(
        __import__("json").dumps(info.header), encoding="utf-8")
    memory_keyring.passwords.clear()
    with Workspace.open(folder, Secrets(recovery_key=recovery_key)) as restored:
        assert [c.child.full_name for c in restored.cases.all()] == [NAME]


def test_restore_replaces_the_store_and_keeps_a_backup_of_what_it_replaced(ws):
    _case(ws)
    first = ws.backups.make("manual")
    _case(ws, "Noah", "Ek")
    changes = ws.backups.restore(first.name)
    assert changes.everything
    assert [c.child.full_name for c in ws.cases.all()] == [NAME]
    safety = next(i for i in ws.backups.list() if i.reason == "before_restore")
    assert safety.cases == 2
    # The replaced store can be brought back in turn.
    ws.backups.restore(safety.name)
    assert sorted(c.child.full_name for c in ws.cases.all()) == ["Elsa Lind", "Noah Ek"]


def test_an_unknown_backup_is_refused_in_swedish(ws):
    with pytest.raises(ValidationError) as refused:
        ws.backups.restore("sipdesk-20990101-000000")
    assert "ingen säkerhetskopia" in str(refused.value)


def test_thinning_removes_what_the_rotation_does_not_keep(ws):
    infos = [ws.backups.make("timer") for _ in range(3)]
    # Pretend the first was made long ago: its description says so.
    old = infos[0]
    text = old.info_path.read_text(encoding="utf-8")
    stamp = old.made_at.isoformat(timespec="seconds")
    old.info_path.write_text(text.replace(stamp, "2020-01-01T12:00:00"), encoding="utf-8")
    removed = ws.backups.thin(datetime.now())
    assert [r.name for r in removed] == [old.name]
    assert not old.path.exists() and not old.info_path.exists()
    assert len(backup.list_backups(ws.data_dir)) == 2


def test_a_second_folder_gets_a_copy(ws, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    ws.backups.set_mirror_dir(usb)
    info = ws.backups.make("manual")
    assert (usb / info.path.name).read_bytes() == info.path.read_bytes()
    with pytest.raises(ValidationError):
        ws.backups.set_mirror_dir(tmp_path / "not-there")
