"""Backups: made encrypted and verified, holding the same cases, thinned, listed, restored."""

from __future__ import annotations

from datetime import datetime

import pytest

from sipdesk.domain.errors import ValidationError
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import backup

pytestmark = pytest.mark.local_store(
    'backups are copies of the encrypted file; a server is backed up with pg_dump'
)

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


# --- made, described, told --------------------------------------------------------------


def test_the_overview_lists_newest_first_with_reasons_in_swedish(ws):
    _case(ws)
    empty = ws.backups.overview()
    assert empty.entries == () and empty.stale and empty.last_verified is None
    ws.backups.make("timer")
    ws.backups.make("close")
    overview = ws.backups.overview()
    assert [e.reason for e in overview.entries] == [
        "när programmet stängdes", "automatiskt under arbetet"]
    assert all(e.verified and e.cases == 1 for e in overview.entries)
    assert overview.last_verified == overview.entries[0]
    assert not overview.stale and overview.folder == str(ws.data_dir / "backups")
    assert overview.mirror == "" and not overview.demo


def test_a_backup_that_cannot_be_made_is_refused_in_swedish_and_leaves_nothing(ws):
    _case(ws)
    (ws.data_dir / "backups").write_text("en fil där mappen skulle ligga", encoding="utf-8")
    with pytest.raises(backup.BackupFailed) as failed:
        ws.backups.make("timer")
    assert "Säkerhetskopian kunde inte göras" in str(failed.value)
    assert NAME not in str(failed.value)


def test_a_missing_second_folder_is_told_but_the_backup_counts(ws, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    ws.backups.set_mirror_dir(usb)
    usb.rmdir()  # the stick was pulled out
    info = ws.backups.make("manual")
    assert info.verified and info.path.exists()
    assert "finns inte" in ws.backups.overview().mirror_problem
    usb.mkdir()
    ws.backups.make("manual")
    assert ws.backups.overview().mirror_problem == ""


def test_automatic_backups_skip_a_demo_store(tmp_path):
    with Workspace.demo(cases=1) as demo:
        assert demo.backups.make_auto("close") is None
        assert demo.backups.list() == [] and demo.backups.overview().demo


# --- restoring, also where the store cannot be opened ------------------------------------


def test_restore_from_the_second_folder_by_path(ws, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    ws.backups.set_mirror_dir(usb)
    _case(ws)
    info = ws.backups.make("manual")
    _case(ws, "Noah", "Ek")
    result = ws.backups.restore_report(str(usb / info.path.name))
    assert result.cases == 1 and result.safety is not None and result.safety.cases == 2
    assert [c.child.full_name for c in ws.cases.all()] == [NAME]


def test_a_file_without_its_description_is_refused(ws, tmp_path):
    info = ws.backups.make("manual")
    lone = tmp_path / "lone.db"
    lone.write_bytes(info.path.read_bytes())
    with pytest.raises(ValidationError) as refused:
        ws.backups.restore(str(lone))
    assert "lone.json saknas" in str(refused.value)


def _flip(path, page: int, offset: int = 1000) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_restore_over_a_damaged_store_moves_the_damaged_file_aside(demo_copy):
    ws = demo_copy(12)
    good = ws.backups.make("manual")
    engine = ws.store.engine
    engine.dispose()
    _flip(ws.db_path, 5)  # a page of the tables, not page 1
    result = ws.backups.restore_report(good.name)
    assert result.safety is None and result.set_aside is not None
    assert result.set_aside.exists() and result.cases == 12
    assert len(ws.cases.all()) == 12
    assert [i.reason for i in ws.backups.list()] == ["manual"]


def test_a_new_computer_gets_the_store_back_from_a_backup_and_its_recovery_key(
    ws, tmp_path, memory_keyring
):
    from sipdesk.services.backups import restore_in_folder

    _case(ws)
    info = ws.backups.make("manual")
    memory_keyring.passwords.clear()  # the new computer's keychain knows nothing
    new = tmp_path / "new-computer"
    result = restore_in_folder(new, str(info.path), Secrets(recovery_key=ws.store.recovery_key))
    assert result.cases == 1 and result.safety is None
    assert sorted(p.name for p in new.iterdir() if p.name != "sipdesk.lock") == [
        "sipdesk.db", "store.json"]
    # The recovery key put the key into the keychain: the next start needs nothing.
    with Workspace.open(new, Secrets()) as opened:
        assert [c.child.full_name for c in opened.cases.all()] == [NAME]


def test_a_new_computer_without_the_right_key_is_left_as_it_was(ws, tmp_path, memory_keyring):
    from sipdesk.services.backups import restore_in_folder
    from sipdesk.store.keys import format_recovery_key, new_key

    info = ws.backups.make("manual")
    memory_keyring.passwords.clear()
    new = tmp_path / "new-computer"
    with pytest.raises(Exception) as failed:
        restore_in_folder(new, str(info.path), Secrets(recovery_key=format_recovery_key(new_key())))
    assert "stämmer inte" in str(failed.value)
    assert [p.name for p in new.iterdir() if p.name != "sipdesk.lock"] == []


def test_check_points_at_the_newest_backup_that_checks_out_now(demo_copy):
    from sipdesk.services.health import check

    ws = demo_copy(12)
    older = ws.backups.make("manual")
    newer = ws.backups.make("manual")
    _flip(newer.path, 3)  # the newest copy was damaged on disk since it was made
    ws.store.engine.dispose()
    _flip(ws.db_path, 3)
    report = check(ws)
    assert not report.ok and report.damaged_pages == [3]
    assert report.good_backup == older.name
    text = "\n".join(report.problems) + "\n".join(v for _, v in report.lines)
    assert f"sipdesk restore {older.name}”" in text and newer.name in text
