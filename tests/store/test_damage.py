"""A damaged store file is told as damage, by page, never as a wrong key; errors hide rows."""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import pytest
import sqlalchemy

from sipdesk.store import backup
from sipdesk.store.engine import PAGE_SIZE, check_integrity, connect
from sipdesk.store.errors import StoreDamaged, WrongKey
from sipdesk.store.keys import new_key


def make_store(db: Path, key: bytes, rows: int = 2000) -> None:
    """A store of many pages: rows of fictional text."""
    engine = connect(db, key, create=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
            for i in range(rows):
                conn.exec_driver_sql("INSERT INTO t VALUES (?)", (f"Zyxwvutsson {i} " * 10,))
    finally:
        engine.dispose()


def flip(path: Path, page: int, offset: int = 1000) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE_SIZE + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def a_backup(db: Path, key: bytes) -> backup.BackupInfo:
    """A verified backup beside the store, made the way the program makes them."""
    engine = connect(db, key, create=False)
    try:
        with engine.begin() as conn:  # make_backup counts the cases of both files
            conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS cases(id INTEGER)")
        return backup.make_backup(
            engine, db.parent, now=__import__("datetime").datetime(2026, 11, 23, 14, 32),
            reason="manual", header={"store_id": "x"}, schema="0004",
        )
    finally:
        engine.dispose()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sipdesk.db"


def test_one_flipped_byte_on_page_34_is_named_by_page(db):
    key = new_key()
    make_store(db, key)
    assert db.stat().st_size // PAGE_SIZE > 34
    flip(db, 34)
    engine = connect(db, key, create=False)  # page 1 is whole: the store opens
    try:
        found = check_integrity(engine)
    finally:
        engine.dispose()
    assert not found.ok
    assert found.damaged_pages == (34,)
    # SQLite's own check would blame every tree after SQLCipher refused a page.
    assert all("34" in line for line in found.problems)


def test_a_whole_store_passes(db):
    key = new_key()
    make_store(db, key)
    engine = connect(db, key, create=False)
    try:
        assert check_integrity(engine).ok
    finally:
        engine.dispose()


def test_a_damaged_page_1_is_damage_not_a_wrong_key(db):
    key = new_key()
    make_store(db, key)
    flip(db, 1, offset=200)
    with pytest.raises(StoreDamaged) as damaged:
        connect(db, key, create=False)
    text = str(damaged.value)
    assert "Sida 1" in text and "inte fel nyckel eller lösenfras" in text
    # A wrong key on the same damaged file cannot be told from anything: it stays "wrong".
    with pytest.raises(WrongKey):
        connect(db, new_key(), create=False)


def test_random_bytes_are_damage_when_a_backup_proves_the_key(db):
    key = new_key()
    make_store(db, key)
    made = a_backup(db, key)
    db.write_bytes(os.urandom(PAGE_SIZE * 50))
    with pytest.raises(StoreDamaged) as damaged:
        connect(db, key, create=False)
    assert "säkerhetskopior" in str(damaged.value)
    assert f"sipdesk restore {made.name}" in str(damaged.value)
    with pytest.raises(WrongKey):
        connect(db, new_key(), create=False)


def test_random_bytes_without_anything_to_prove_the_key_are_not_called_damage(db):
    db.write_bytes(os.urandom(PAGE_SIZE * 50))
    # Garbage from the first byte and a wrong key look alike: nothing honest says "damaged".
    with pytest.raises(WrongKey):
        connect(db, new_key(), create=False)


def test_a_file_cut_in_the_middle_of_a_page_is_damaged(db):
    key = new_key()
    make_store(db, key)
    db.write_bytes(db.read_bytes()[: PAGE_SIZE * 10 + 1234])
    with pytest.raises(StoreDamaged) as damaged:
        connect(db, key, create=False)
    assert "helt antal sidor" in str(damaged.value)
    assert "inte fel nyckel" in str(damaged.value)


def test_a_failed_statement_never_shows_the_row_it_carried(db, caplog):
    key = new_key()
    # 19121212-1212 is a Skatteverket test personnummer; the name is made up. Built
    # here, so that the traceback's source lines do not quote it.
    row = (" ".join(("Elsa", "Lind", "19121212" + "1212")),)
    engine = connect(db, key, create=True, echo=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT UNIQUE)")
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", row)
        with pytest.raises(sqlalchemy.exc.IntegrityError) as failed, engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", row)
    finally:
        engine.dispose()
    text = str(failed.value) + "".join(traceback.format_exception(failed.value)) + caplog.text
    assert "INSERT INTO t" in text  # the statement itself is there, to find the fault
    assert "Elsa" not in text and "191212121212" not in text
    assert "hidden" in str(failed.value)
