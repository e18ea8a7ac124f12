"""The encrypted engine: settings, wrong keys, refused files, nothing on disk in clear."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import traceback
from pathlib import Path

import pytest

from sipdesk.store import engine as store_engine
from sipdesk.store.engine import (
    connect,
    connect_plain,
    file_is_encrypted,
    integrity_check,
    pragma_report,
)
from sipdesk.store.errors import (
    NotASipdeskStore,
    NotEncrypted,
    StoreError,
    StoreExists,
    StoreNotFound,
    WrongKey,
)
from sipdesk.store.keys import format_recovery_key, new_key


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sipdesk.db"


def make_store(db: Path, key: bytes, helpers) -> None:
    engine = connect(db, key, create=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
        helpers.insert_name(engine)
    finally:
        engine.dispose()


def test_round_trip(db, helpers):
    key = new_key()
    make_store(db, key, helpers)
    engine = connect(db, key, create=False)
    try:
        assert helpers.read_names(engine) == [helpers.NAME]
    finally:
        engine.dispose()
    assert file_is_encrypted(db)


def test_pragmas_are_pinned(db):
    engine = connect(db, new_key(), create=True)
    try:
        report = pragma_report(engine)
    finally:
        engine.dispose()
    assert report["journal_mode"] == "wal"
    assert report["synchronous"] == "2"  # FULL
    assert report["temp_store"] == "2"  # MEMORY: SQLCipher does not encrypt temp files
    assert report["foreign_keys"] == "1"
    assert int(report["cache_size"]) <= -65536
    assert report["cipher_version"].startswith("4.")
    assert report["cipher_page_size"] == "4096"
    assert report["kdf_iter"] == "256000"
    assert report["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert report["cipher_kdf_algorithm"] == "PBKDF2_HMAC_SHA512"


def test_settings_hold_on_reopen(db, helpers):
    key = new_key()
    make_store(db, key, helpers)
    engine = connect(db, key, create=False)
    try:
        report = pragma_report(engine)
        assert integrity_check(engine) == []
    finally:
        engine.dispose()
    assert report["journal_mode"] == "wal"
    assert report["cipher_page_size"] == "4096"


def test_wrong_key_changes_nothing(db, helpers):
    make_store(db, new_key(), helpers)
    before = helpers.snapshot(db.parent)
    with pytest.raises(WrongKey) as info:
        connect(db, new_key(), create=False)
    assert str(info.value) == (
        "Nyckeln eller lösenfrasen stämmer inte för det här arkivet. Ingenting har ändrats."
    )
    assert helpers.snapshot(db.parent) == before  # same files, same bytes: no -wal/-shm


def crash_image(db: Path, key: bytes, helpers, target: Path, *, keep_shm: bool) -> Path:
    """The store as a power cut would leave it: committed pages still in -wal."""
    engine = connect(db, key, create=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
        helpers.insert_name(engine)
        target.mkdir()
        for name in ("sipdesk.db", "sipdesk.db-wal", "sipdesk.db-shm"):
            if name != "sipdesk.db-shm" or keep_shm:
                shutil.copyfile(db.parent / name, target / name)
    finally:
        engine.dispose()
    return target / "sipdesk.db"


@pytest.mark.parametrize("keep_shm", [True, False])
def test_wrong_key_after_a_crash_changes_nothing(db, helpers, tmp_path, keep_shm):
    key = new_key()
    crashed = crash_image(db, key, helpers, tmp_path / "crashed", keep_shm=keep_shm)
    before = helpers.snapshot(crashed.parent)
    assert "sipdesk.db-wal" in before
    with pytest.raises(WrongKey):
        connect(crashed, new_key(), create=False)
    # Plain SQLCipher would have checkpointed the WAL into the file on close.
    assert helpers.snapshot(crashed.parent) == before
    engine = connect(crashed, key, create=False)
    try:
        assert helpers.read_names(engine) == [helpers.NAME]
    finally:
        engine.dispose()


def test_wrong_key_while_the_store_is_open(db, helpers):
    key = new_key()
    make_store(db, key, helpers)
    engine = connect(db, key, create=False)
    try:
        helpers.insert_name(engine, "Andra")
        before = helpers.snapshot(db.parent)
        with pytest.raises(WrongKey):
            connect(db, new_key(), create=False)
        assert helpers.snapshot(db.parent) == before
    finally:
        engine.dispose()


def test_page_one_check_agrees_with_sqlcipher(db, helpers):
    key = new_key()
    make_store(db, key, helpers)
    engine = connect(db, key, create=False)
    try:
        with engine.begin() as conn:
            for i in range(500):
                conn.exec_driver_sql("INSERT INTO t VALUES (?)", (f"namn {i}" * 20,))
    finally:
        engine.dispose()
    assert store_engine._page_one_accepts_key(db, key)
    for _ in range(20):
        assert not store_engine._page_one_accepts_key(db, new_key())


def test_sqlcipher_check_is_a_second_line(db, helpers, capfd, monkeypatch):
    # Without the page-1 check, SQLCipher itself must refuse the key, change
    # nothing (there is no -wal here) and keep quiet on stderr.
    make_store(db, new_key(), helpers)
    monkeypatch.setattr(store_engine, "_page_one_accepts_key", lambda path, key: True)
    before = helpers.snapshot(db.parent)
    capfd.readouterr()
    with pytest.raises(WrongKey):
        connect(db, new_key(), create=False)
    captured = capfd.readouterr()
    assert "hmac" not in captured.err.lower()
    assert captured.err == ""
    assert helpers.snapshot(db.parent) == before


def test_plain_sqlite_is_refused_and_untouched(db):
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE t(name TEXT)")
    plain.execute("INSERT INTO t VALUES ('Zyxwvutsson')")
    plain.commit()
    plain.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    listing = sorted(os.listdir(db.parent))
    assert not file_is_encrypted(db)
    with pytest.raises(NotEncrypted):
        connect(db, new_key(), create=False)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert sorted(os.listdir(db.parent)) == listing


@pytest.mark.parametrize("size", [4096, 8192, 5000])
def test_random_bytes_are_refused_and_untouched(db, size):
    db.write_bytes(os.urandom(size))
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreError):
        connect(db, new_key(), create=False)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert os.listdir(db.parent) == ["sipdesk.db"]


@pytest.mark.parametrize("content", [b"", b"abc", b"\x00" * 100, os.urandom(4095)])
def test_empty_or_tiny_files_are_not_stores(db, content):
    db.write_bytes(content)
    with pytest.raises(NotASipdeskStore):
        connect(db, new_key(), create=False)
    assert db.read_bytes() == content
    assert os.listdir(db.parent) == ["sipdesk.db"]


def test_missing_file_is_not_created(db):
    with pytest.raises(StoreNotFound):
        connect(db, new_key(), create=False)
    assert not db.exists()
    assert os.listdir(db.parent) == []


def test_create_refuses_an_existing_file(db, helpers):
    key = new_key()
    make_store(db, key, helpers)
    before = helpers.snapshot(db.parent)
    with pytest.raises(StoreExists):
        connect(db, key, create=True)
    assert helpers.snapshot(db.parent) == before


def test_odd_characters_in_the_path(tmp_path, helpers):
    db = tmp_path / "Mapp med å ä ö #1 ?x %20" / "sipdesk.db"
    db.parent.mkdir()
    key = new_key()
    make_store(db, key, helpers)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Mapp med å ä ö #1 ?x %20"]
    engine = connect(db, key, create=False)
    try:
        assert helpers.read_names(engine) == [helpers.NAME]
    finally:
        engine.dispose()


def test_no_plaintext_on_disk(db, helpers):
    key = new_key()
    engine = connect(db, key, create=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
            conn.exec_driver_sql("CREATE INDEX t_name ON t(name)")
        # Inside an open transaction, with enough rows to make SQLite spill pages.
        with engine.begin() as conn:
            for i in range(2000):
                conn.exec_driver_sql("INSERT INTO t VALUES (?)", (f"{helpers.NAME} {i}",))
            conn.exec_driver_sql("SELECT name FROM t ORDER BY name DESC").all()
            helpers.assert_absent_on_disk(db.parent, helpers.NAME)
        # Committed, still in the WAL.
        assert (db.parent / "sipdesk.db-wal").stat().st_size > 0
        read = helpers.assert_absent_on_disk(db.parent, helpers.NAME)
        assert "sipdesk.db-wal" in read
        # Checkpointed into the main file.
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
        helpers.assert_absent_on_disk(db.parent, helpers.NAME)
        assert integrity_check(engine) == []
    finally:
        engine.dispose()
    helpers.assert_absent_on_disk(db.parent, helpers.NAME)
    assert sorted(os.listdir(db.parent)) == ["sipdesk.db"]
    # The test would be worthless if the name were not there to find: it is,
    # with the key.
    engine = connect(db, key, create=False)
    try:
        assert len(helpers.read_names(engine)) == 2000
    finally:
        engine.dispose()


def test_key_never_in_errors_or_logs(db, helpers, caplog):
    caplog.set_level(logging.DEBUG)
    key = new_key()
    wrong = new_key()
    engine = connect(db, key, create=True, echo=True)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
    helpers.insert_name(engine)
    assert pragma_report(engine)
    engine.dispose()
    engine = connect(db, key, create=False, echo=True)
    helpers.read_names(engine)
    engine.dispose()
    errors = []
    for attempt in (wrong, key):
        try:
            connect(db, attempt, create=True, echo=True)
        except StoreError as exc:
            errors.append(exc)
    try:
        connect(db, wrong, create=False, echo=True)
    except StoreError as exc:
        errors.append(exc)
    assert [type(e) for e in errors] == [StoreExists, StoreExists, WrongKey]
    assert "sqlalchemy.engine" in caplog.text  # echo really was on
    for secret in (key, wrong):
        forms = [secret.hex(), secret.hex().upper(), format_recovery_key(secret), repr(secret)]
        for form in forms:
            assert form not in caplog.text
            for exc in errors:
                assert form not in str(exc)
                assert form not in repr(exc)
                text = "".join(traceback.format_exception(exc))
                assert form not in text
                assert exc.__cause__ is None
                assert exc.__context__ is None or exc.__suppress_context__


def test_creator_closes_its_connection_on_failure(db, helpers, monkeypatch):
    make_store(db, new_key(), helpers)
    monkeypatch.setattr(store_engine, "_page_one_accepts_key", lambda path, key: True)
    opened = []
    real_connect = store_engine.dbapi2.connect

    def spy(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(store_engine.dbapi2, "connect", spy)
    with pytest.raises(WrongKey):
        connect(db, new_key(), create=False)
    assert len(opened) == 1
    with pytest.raises(store_engine.dbapi2.ProgrammingError):
        opened[0].execute("SELECT 1")  # closed


def test_key_must_be_32_bytes(db):
    with pytest.raises(ValueError):
        connect(db, b"short", create=True)
    assert not db.exists()


def test_plain_engine_has_the_same_settings(tmp_path):
    engine = connect_plain(tmp_path / "plain.db")
    try:
        report = pragma_report(engine)
        assert integrity_check(engine) == []
    finally:
        engine.dispose()
    assert report["journal_mode"] == "wal"
    assert report["synchronous"] == "2"
    assert report["temp_store"] == "2"
    assert report["foreign_keys"] == "1"
    assert report["cache_size"] == "-65536"
    assert report["cipher_version"] == ""
    assert not file_is_encrypted(tmp_path / "plain.db")
