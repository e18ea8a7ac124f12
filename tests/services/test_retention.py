"""Gallring: closed cases past the municipality's period, deleted for good and logged."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import inspect, text

from sipdesk.domain.entities import Guardian
from sipdesk.domain.enums import CloseReason
from sipdesk.domain.errors import ValidationError
from sipdesk.services.access_log import USER_ENV
from sipdesk.services.undo import UndoStep
from sipdesk.store.engine import PAGE_SIZE
from sipdesk.store.opening import DB_NAME

# Distinctive fictional names, easy to find in raw bytes; 20121212-1212 is one of
# Skatteverket's test personnummer.
CHILD_FIRST, CHILD_LAST = "Zebulonia", "Quarnström"
GUARDIAN = "Ottokar Quarnström"
PNR = "20121212-1212"
USER = "samordnare.test"


@pytest.fixture(autouse=True)
def _user(monkeypatch):
    monkeypatch.setenv(USER_ENV, USER)


def _closed_case(ws, closed_on: date, first: str = CHILD_FIRST, last: str = CHILD_LAST):
    case = ws.cases.create(first_name=first, last_name=last, personnummer=PNR,
                           question=f"Hur får {first} stöd?")
    ws.cases.add_guardian(case.id, Guardian(GUARDIAN, phone="070-000 00 00"))
    # Edits leave earlier versions of the rows in the file's free space.
    for n in range(3):
        ws.cases.update(case.id, question=f"Hur får {first} {last} stöd, version {n}?")
    ws.cases.record_contact(case.id, closed_on, f"Ringde {GUARDIAN}.")
    ws.cases.close(case.id, CloseReason.MOVED, on=closed_on)
    return ws.cases.get(case.id)


def test_nothing_is_offered_until_the_municipality_has_decided(ws):
    _closed_case(ws, date(2020, 1, 1))
    view = ws.retention.due()
    assert not view.decided and view.candidates == ()
    with pytest.raises(ValidationError, match="Inställningar"):
        ws.retention.delete([1])


def test_a_closed_case_comes_up_after_the_period(ws):
    ws.settings.save_retention_months(24)
    old = _closed_case(ws, date(2024, 11, 23))  # due on 2026-11-23: today
    _closed_case(ws, date(2024, 11, 24), first="Nyare", last="Fallsson")  # due tomorrow
    open_case = ws.cases.create(first_name="Öppen", last_name="Ärendesson", question="")
    view = ws.retention.due()
    assert view.months == 24
    assert [c.case_id for c in view.candidates] == [old.id]
    candidate = view.candidates[0]
    assert (candidate.reference, candidate.initials, candidate.closed_on, candidate.due_on) == (
        old.reference, "Z.Q.", date(2024, 11, 23), date(2026, 11, 23))
    assert candidate.reason == CloseReason.MOVED.label
    with pytest.raises(ValidationError, match="gallringsfrist"):
        ws.retention.delete([open_case.id])
    assert ws.cases.get(open_case.id)


def _store_key(memory_keyring) -> bytes:
    [value] = memory_keyring.passwords.values()
    return bytes.fromhex(value)


def _decrypted_pages(path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file (raw key) decrypted, free pages included."""
    data, reserve, out = path.read_bytes(), 80, []  # reserve: IV (16) and HMAC-SHA512 (64)
    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        skip = 16 if start == 0 else 0  # page 1 begins with the salt
        iv = page[PAGE_SIZE - reserve:PAGE_SIZE - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[skip:PAGE_SIZE - reserve]) + decryptor.finalize())
    return b"".join(out)


def _forms(value: str) -> list[bytes]:
    return [value.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _checkpoint(ws) -> None:
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _secure_delete(ws, on: bool | None = None) -> bool:
    with ws.store.engine.connect() as conn:
        if on is not None:
            conn.exec_driver_sql(f"PRAGMA secure_delete = {int(on)}")
        return bool(conn.exec_driver_sql("PRAGMA secure_delete").scalar())


@pytest.mark.local_store("reads the decrypted pages of the local file, free space included")
def test_deleting_removes_the_case_for_good_and_leaves_a_log_entry(ws, memory_keyring):
    # SQLCipher overwrites freed space by default; without that, edits would leave old
    # versions of the rows behind. The deletion must not depend on the default.
    _secure_delete(ws, False)
    ws.settings.save_retention_months(12)
    case = _closed_case(ws, date(2025, 1, 10))
    kept = ws.cases.create(first_name="Kvarstående", last_name="Barnsson", question="")
    ws.undo.push(UndoStep("Ändra", case.id, undo=lambda w: None, redo=lambda w: None))
    key = _store_key(memory_keyring)
    _checkpoint(ws)
    # The check below sees through the encryption: before, the name is there.
    assert CHILD_LAST.encode() in _decrypted_pages(ws.db_path, key)

    assert ws.retention.delete([case.id]) == [case.reference]

    assert [c.id for c in ws.cases.all(include_archived=True)] == [kept.id]
    assert not _secure_delete(ws)  # the connection's setting is as it was
    assert not ws.undo.status(case.id).can_undo
    # Every table of the store, searched for the child, the guardian and the personnummer.
    with ws.reading() as s:
        for table in inspect(s.connection()).get_table_names():
            for row in s.execute(text(f'SELECT * FROM "{table}"')):
                joined = " ".join(str(v) for v in row)
                for needle in (CHILD_FIRST, CHILD_LAST, GUARDIAN, PNR, "201212121212"):
                    assert needle not in joined, (table, needle)
    # And the file's raw pages, decrypted, free space included: nothing left behind.
    wal = ws.db_path.with_name(DB_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    raw = _decrypted_pages(ws.db_path, key)
    for needle in (CHILD_FIRST, CHILD_LAST, GUARDIAN, PNR):
        for form in _forms(needle):
            assert form not in raw, needle
    # A backup was made first; it ages out through the rotation.
    assert any(b.reason == "before_delete" for b in ws.backups.list())
    # The access log keeps the case by reference, with a "deleted" entry and no name.
    extract = ws.access.extract(case.reference)
    last = extract.entries[-1]
    assert (last.action, last.user, last.case_id, last.case_ref) == (
        "deleted", USER, case.id, case.reference)
    assert "2025-01-10" in last.detail and "12 månader" in last.detail
    assert CHILD_FIRST not in last.detail
    assert extract.chain_intact and ws.access.verify().intact


def test_delete_announces_the_case_as_changed(ws):
    ws.settings.save_retention_months(1)
    case = _closed_case(ws, date(2026, 1, 1))
    _, changes = ws.changes_of(lambda w: w.retention.delete([case.id]))
    assert case.id in changes.case_ids


@pytest.mark.local_store("only SQLite gives a deleted case's id out again")
def test_a_new_case_given_a_deleted_case_id_has_a_log_of_its_own(ws):
    ws.settings.save_retention_months(1)
    case = _closed_case(ws, date(2026, 1, 1))
    ws.views.case(case.id)
    ws.retention.delete([case.id])
    new = ws.cases.create(first_name="Ny", last_name="Nysson", question="")
    assert new.id == case.id  # SQLite gives the highest id out again
    ws.views.case(new.id)  # a first opening of the new case, logged as such
    entries = ws.access.extract(new.reference).entries
    assert [e.action for e in entries] == ["changed", "opened"]
    assert all(e.case_ref == new.reference for e in entries)
    assert ws.access.extract(case.reference).entries[-1].action == "deleted"
