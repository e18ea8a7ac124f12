"""The lifecycle of a data dir: create, open, keys, recovery, lock, failures."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import keyring.core
import pytest

from sipdesk.store import creation, keys
from sipdesk.store.engine import file_is_encrypted, pragma_report
from sipdesk.store.errors import (
    BadRecoveryKey,
    KeyUnavailable,
    NotASipdeskStore,
    NotEncrypted,
    PassphraseRequired,
    SchemaTooNew,
    StoreError,
    StoreExists,
    StoreInUse,
    StoreNotFound,
    WeakPassphrase,
    WrongKey,
)
from sipdesk.store.keys import Keychain, derive_key, format_recovery_key, parse_recovery_key
from sipdesk.store.lock import StoreLock
from sipdesk.store.opening import (
    Secrets,
    create_store,
    open_store,
    read_store_header,
    store_exists,
)

PASSPHRASE = "rätt häst batteri häftklammer"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """Cheaper scrypt for new stores here (store.json records it, so opening follows).

    test_round_trip_with_passphrase puts the real parameters back.
    """
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


def create(data_dir, prepare_schema, helpers, **kwargs):
    """A new store with the distinctive name in it, closed again."""
    secrets = kwargs.pop("secrets", Secrets())
    store = create_store(data_dir, secrets, prepare_schema, **kwargs)
    try:
        helpers.insert_name(store.engine)
    finally:
        store.close()
    return store


# --- round trips ----------------------------------------------------------------


def test_round_trip_with_keychain(data_dir, prepare_schema, helpers, memory_keyring):
    created = create(data_dir, prepare_schema, helpers)
    assert created.key_source == "keyring"
    assert created.recovery_key is not None
    assert memory_keyring.passwords  # the key went to the keychain ...
    key = parse_recovery_key(created.recovery_key)
    assert memory_keyring.passwords == {("sipdesk", created.store_id): key.hex()}
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert store.store_id == created.store_id
        assert store.key_source == "keyring"
        assert store.recovery_key is None  # shown once, at creation only
        assert pragma_report(store.engine)["journal_mode"] == "wal"
    assert sorted(os.listdir(data_dir)) == ["sipdesk.db", "store.json"] or sorted(
        os.listdir(data_dir)
    ) == ["sipdesk.db", "sipdesk.lock", "store.json"]


def test_store_json_is_the_documented_non_secret_header(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = create(data_dir, prepare_schema, helpers)
    header = json.loads((data_dir / "store.json").read_text("utf-8"))
    assert set(header) == {"format", "store_id", "key_source", "created"}
    assert header["format"] == 1
    assert header["key_source"] == "keyring"
    assert uuid.UUID(header["store_id"]) and header["store_id"] == created.store_id
    raw = (data_dir / "store.json").read_bytes()
    key = parse_recovery_key(created.recovery_key)
    assert key.hex().encode() not in raw and key not in raw
    assert file_is_encrypted(data_dir / "sipdesk.db")


def test_round_trip_with_passphrase(data_dir, prepare_schema, helpers, memory_keyring, monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", keys.SCRYPT_N)
    created = create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    # A passphrase given wins over a working keychain, and nothing goes into it.
    assert created.key_source == "passphrase"
    assert memory_keyring.passwords == {}
    header = json.loads((data_dir / "store.json").read_text("utf-8"))
    assert header["kdf"]["name"] == "scrypt"
    assert (header["kdf"]["n"], header["kdf"]["r"], header["kdf"]["p"]) == (2**17, 8, 1)
    assert len(bytes.fromhex(header["kdf"]["salt"])) == 16
    assert PASSPHRASE.encode() not in (data_dir / "store.json").read_bytes()
    with open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert store.key_source == "passphrase"


def test_passphrase_derives_the_same_key_from_the_same_salt(data_dir, prepare_schema, helpers):
    created = create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    header = read_store_header(data_dir)
    kdf = header.kdf
    key = derive_key(PASSPHRASE, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
    assert key == header.derive(PASSPHRASE)
    assert format_recovery_key(key) == created.recovery_key


def test_two_stores_with_one_passphrase_get_different_keys(tmp_path, prepare_schema):
    a = create_store(tmp_path / "a", Secrets(passphrase=PASSPHRASE), prepare_schema)
    b = create_store(tmp_path / "b", Secrets(passphrase=PASSPHRASE), prepare_schema)
    a.close()
    b.close()
    assert a.recovery_key != b.recovery_key  # random salt per store


def test_wrong_passphrase_changes_nothing(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    before = helpers.snapshot(data_dir)
    listing = sorted(os.listdir(data_dir))
    with pytest.raises(WrongKey) as info:
        open_store(data_dir, Secrets(passphrase="fel lösenfras helt"), prepare_schema)
    assert "stämmer inte" in str(info.value)
    assert helpers.snapshot(data_dir) == before
    assert sorted(os.listdir(data_dir)) == listing
    # ... and the failed attempt left the lock free.
    open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema).close()


def test_asked_passphrase_is_retried_then_refused(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    prompts = []

    def ask(prompt):
        prompts.append(prompt)
        return "fel fel fel fel" if len(prompts) < 3 else PASSPHRASE

    with open_store(data_dir, Secrets(ask_passphrase=ask), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert len(prompts) == 3
    assert "Ange lösenfrasen" in prompts[0]
    assert "stämmer inte" in prompts[1]

    with pytest.raises(WrongKey):
        open_store(data_dir, Secrets(ask_passphrase=lambda p: "fel fel fel fel"), prepare_schema)


def test_cancelled_or_missing_passphrase(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    with pytest.raises(PassphraseRequired):
        open_store(data_dir, Secrets(), prepare_schema)
    with pytest.raises(PassphraseRequired):
        open_store(data_dir, Secrets(ask_passphrase=lambda p: None), prepare_schema)


# --- no keychain, missing key, recovery key -------------------------------------


def test_without_keychain_create_asks_for_a_passphrase(
    data_dir, prepare_schema, helpers, no_keychain
):
    asked = []

    def ask(prompt):
        asked.append(prompt)
        return "kort" if len(asked) == 1 else PASSPHRASE

    created = create(data_dir, prepare_schema, helpers, secrets=Secrets(ask_passphrase=ask))
    assert created.key_source == "passphrase"
    assert "ingen användbar nyckelring" in asked[0]
    assert "för kort" in asked[1]
    with open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_without_keychain_or_passphrase_create_refuses_and_leaves_nothing(
    tmp_path, data_dir, prepare_schema, no_keychain
):
    with pytest.raises(PassphraseRequired) as info:
        create_store(data_dir, Secrets(), prepare_schema)
    assert "SIPDESK_PASSPHRASE" in str(info.value)
    assert not data_dir.exists()
    with pytest.raises(PassphraseRequired):
        create_store(data_dir, Secrets(ask_passphrase=lambda p: None), prepare_schema)
    assert not data_dir.exists()


def test_short_passphrase_is_refused(data_dir, prepare_schema):
    with pytest.raises(WeakPassphrase):
        create_store(data_dir, Secrets(passphrase="kort"), prepare_schema)
    assert not data_dir.exists()


def test_missing_keychain_entry_is_key_unavailable_not_wrong_key(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = create(data_dir, prepare_schema, helpers)
    memory_keyring.passwords.clear()
    before = helpers.snapshot(data_dir)
    with pytest.raises(KeyUnavailable) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert not isinstance(info.value, WrongKey)
    message = str(info.value)
    assert "återställningsnyckeln" in message
    assert created.store_id in message  # where the key was expected to be
    assert "stämmer inte" not in message
    assert helpers.snapshot(data_dir) == before


def test_no_keychain_at_all_is_key_unavailable(data_dir, prepare_schema, helpers, monkeypatch):
    create(data_dir, prepare_schema, helpers)
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    with pytest.raises(KeyUnavailable) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert "ingen användbar nyckelring" in str(info.value)
    assert "återställningsnyckeln" in str(info.value)


def test_recovery_key_opens_and_restores_the_keychain_entry(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = create(data_dir, prepare_schema, helpers)
    memory_keyring.passwords.clear()
    sloppy = created.recovery_key.lower().replace("-", " ")
    with open_store(data_dir, Secrets(recovery_key=sloppy), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    key = parse_recovery_key(created.recovery_key)
    assert memory_keyring.passwords == {("sipdesk", created.store_id): key.hex()}
    # The next start works from the keychain again.
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_recovery_key_opens_a_passphrase_store(data_dir, prepare_schema, helpers):
    created = create(data_dir, prepare_schema, helpers, secrets=Secrets(passphrase=PASSPHRASE))
    with open_store(data_dir, Secrets(recovery_key=created.recovery_key), prepare_schema) as s:
        assert helpers.read_names(s.engine) == [helpers.NAME]


def test_garbled_recovery_key_is_a_clear_error(data_dir, prepare_schema, helpers):
    created = create(data_dir, prepare_schema, helpers)
    text = created.recovery_key
    garbled = text[:-1] + ("0" if text[-1] != "0" else "1")
    before = helpers.snapshot(data_dir)
    with pytest.raises(BadRecoveryKey) as info:
        open_store(data_dir, Secrets(recovery_key=garbled), prepare_schema)
    assert str(info.value).startswith("Återställningsnyckeln är felskriven")
    assert garbled not in str(info.value)
    assert helpers.snapshot(data_dir) == before


def test_recovery_key_of_another_store_is_wrong_key(tmp_path, prepare_schema, helpers):
    other = create(tmp_path / "other", prepare_schema, helpers)
    create(tmp_path / "data", prepare_schema, helpers)
    before = helpers.snapshot(tmp_path / "data")
    with pytest.raises(WrongKey):
        open_store(tmp_path / "data", Secrets(recovery_key=other.recovery_key), prepare_schema)
    assert helpers.snapshot(tmp_path / "data") == before


def test_keychain_entry_of_another_key_is_wrong_key(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = create(data_dir, prepare_schema, helpers)
    memory_keyring.passwords[("sipdesk", created.store_id)] = "ab" * 32
    with pytest.raises(WrongKey) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert "nyckelringen" in str(info.value)
    assert "återställningsnyckeln" in str(info.value)


class DictKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


def test_an_explicit_keychain_is_used(data_dir, prepare_schema, helpers, memory_keyring):
    backend = DictKeyring()
    created = create(data_dir, prepare_schema, helpers, keychain=Keychain(backend))
    assert created.key_source == "keyring"
    assert list(backend.passwords) == [("sipdesk", created.store_id)]
    assert memory_keyring.passwords == {}
    with pytest.raises(KeyUnavailable):
        open_store(data_dir, Secrets(), prepare_schema)  # the global keychain has no key
    with open_store(data_dir, Secrets(), prepare_schema, keychain=Keychain(backend)) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


# --- refused files ---------------------------------------------------------------


def test_plain_sqlite_is_refused_and_untouched(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    db = data_dir / "sipdesk.db"
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE t(name TEXT)")
    plain.commit()
    plain.close()
    before = helpers.snapshot(data_dir)
    with pytest.raises(NotEncrypted):
        open_store(data_dir, Secrets(), prepare_schema)
    assert helpers.snapshot(data_dir) == before


def test_random_bytes_are_refused_and_untouched(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    (data_dir / "sipdesk.db").write_bytes(os.urandom(3 * 4096))
    before = helpers.snapshot(data_dir)
    with pytest.raises(StoreError):
        open_store(data_dir, Secrets(), prepare_schema)
    assert helpers.snapshot(data_dir) == before


@pytest.mark.parametrize(
    "content",
    [None, b"", b"{not json", b"[]", b'{"format": 1}', b'{"format": "1"}', "ÿ".encode("latin-1")],
)
def test_missing_or_garbled_header_is_not_a_store(data_dir, prepare_schema, helpers, content):
    create(data_dir, prepare_schema, helpers)
    header = data_dir / "store.json"
    if content is None:
        header.unlink()
    else:
        header.write_bytes(content)
    with pytest.raises(NotASipdeskStore) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert "store.json" in str(info.value)


@pytest.mark.parametrize(
    "change",
    [
        {"store_id": "not-a-uuid"},
        {"key_source": "postit"},
        {"key_source": "passphrase"},  # ... but no kdf
        {
            "key_source": "passphrase",
            "kdf": {"name": "scrypt", "n": 2**40, "r": 8, "p": 1, "salt": "00" * 16},
        },
        {
            "key_source": "passphrase",
            "kdf": {"name": "argon2", "n": 2**17, "r": 8, "p": 1, "salt": "00" * 16},
        },
    ],
)
def test_implausible_header_fields_are_refused(data_dir, prepare_schema, helpers, change):
    create(data_dir, prepare_schema, helpers)
    header_path = data_dir / "store.json"
    header = json.loads(header_path.read_text("utf-8"))
    header.update(change)
    header_path.write_text(json.dumps(header), "utf-8")
    with pytest.raises(NotASipdeskStore):
        open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema)


def test_header_from_a_newer_sipdesk(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    header_path = data_dir / "store.json"
    header = json.loads(header_path.read_text("utf-8"))
    header["format"] = 2
    header_path.write_text(json.dumps(header), "utf-8")
    with pytest.raises(SchemaTooNew):
        open_store(data_dir, Secrets(), prepare_schema)


def test_no_store_here(tmp_path, prepare_schema):
    with pytest.raises(StoreNotFound):
        open_store(tmp_path / "nowhere", Secrets(), prepare_schema)
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "empty").mkdir()
    assert not store_exists(tmp_path / "empty")
    with pytest.raises(StoreNotFound):
        open_store(tmp_path / "empty", Secrets(), prepare_schema)
    assert os.listdir(tmp_path / "empty") == []


def test_database_file_missing(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    (data_dir / "sipdesk.db").unlink()
    assert store_exists(data_dir)
    with pytest.raises(StoreNotFound):
        open_store(data_dir, Secrets(), prepare_schema)
    assert not (data_dir / "sipdesk.db").exists()


def test_create_never_overwrites(data_dir, prepare_schema, helpers, memory_keyring):
    create(data_dir, prepare_schema, helpers)
    before = helpers.snapshot(data_dir)
    entries = dict(memory_keyring.passwords)
    with pytest.raises(StoreExists):
        create_store(data_dir, Secrets(), prepare_schema)
    assert helpers.snapshot(data_dir) == before
    assert memory_keyring.passwords == entries


# --- failures leave nothing behind ------------------------------------------------


class SchemaBoom(Exception):
    pass


def failing_schema(engine, is_new):
    # Fails after writing something, as a migration that breaks halfway would.
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS half_done(x)")
    raise SchemaBoom()


@pytest.mark.parametrize("secrets", [Secrets(), Secrets(passphrase=PASSPHRASE)])
def test_failed_create_leaves_nothing_behind(data_dir, memory_keyring, secrets):
    with pytest.raises(SchemaBoom):
        create_store(data_dir, secrets, failing_schema)
    assert not data_dir.exists()
    assert memory_keyring.passwords == {}


def test_failed_create_in_an_existing_folder_keeps_the_folder(tmp_path, memory_keyring):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "anteckning.txt").write_text("min egen fil", "utf-8")
    with pytest.raises(SchemaBoom):
        create_store(data_dir, Secrets(), failing_schema)
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "sipdesk.lock") == [
        "anteckning.txt"
    ]
    assert not store_exists(data_dir)
    assert memory_keyring.passwords == {}


def test_failed_schema_on_open_releases_everything(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    with pytest.raises(SchemaBoom):
        open_store(data_dir, Secrets(), failing_schema)
    # The lock is free again and the engine was disposed (no -wal left).
    assert sorted(os.listdir(data_dir)) in (
        ["sipdesk.db", "store.json"],
        ["sipdesk.db", "sipdesk.lock", "store.json"],
    )
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_schema_refusal_passes_through(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)

    def too_new(engine, is_new):
        raise SchemaTooNew()

    with pytest.raises(SchemaTooNew):
        open_store(data_dir, Secrets(), too_new)
    open_store(data_dir, Secrets(), prepare_schema).close()


def test_prepare_schema_is_told_whether_the_store_is_new(data_dir, prepare_schema):
    calls = []

    def spy(engine, is_new):
        calls.append(is_new)
        prepare_schema(engine, is_new)

    create_store(data_dir, Secrets(), spy).close()
    open_store(data_dir, Secrets(), spy).close()
    assert calls == [True, False]


# --- demo mode --------------------------------------------------------------------


def test_ephemeral_store_keeps_its_key_in_memory_only(
    data_dir, prepare_schema, helpers, memory_keyring
):
    store = create_store(data_dir, Secrets(), prepare_schema, ephemeral_key=True)
    try:
        assert store.key_source == "memory"
        assert store.recovery_key is None
        helpers.insert_name(store.engine)
        assert helpers.read_names(store.engine) == [helpers.NAME]
    finally:
        store.close()
    assert memory_keyring.passwords == {}
    assert "kdf" not in json.loads((data_dir / "store.json").read_text("utf-8"))
    with pytest.raises(KeyUnavailable):
        open_store(data_dir, Secrets(), prepare_schema)
    helpers.assert_absent_on_disk(data_dir, helpers.NAME)


# --- nothing in clear, nothing in logs ---------------------------------------------


def test_no_plaintext_anywhere_in_the_data_dir(data_dir, prepare_schema, helpers):
    store = create_store(data_dir, Secrets(), prepare_schema)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", (helpers.NAME,))
            helpers.assert_absent_on_disk(data_dir, helpers.NAME)  # in a transaction
        files = helpers.assert_absent_on_disk(data_dir, helpers.NAME)  # committed, in -wal
        assert "sipdesk.db-wal" in files
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
        helpers.assert_absent_on_disk(data_dir, helpers.NAME)  # checkpointed
    finally:
        store.close()
    helpers.assert_absent_on_disk(data_dir, helpers.NAME)


def test_secrets_never_in_logs_errors_or_reprs(tmp_path, prepare_schema, helpers, caplog):
    caplog.set_level(logging.DEBUG)
    secrets = Secrets(passphrase=PASSPHRASE)
    a = create_store(tmp_path / "a", secrets, prepare_schema)
    b = create_store(tmp_path / "b", Secrets(), prepare_schema)
    shown = [repr(a), repr(b), repr(secrets), str(a), repr(Secrets(recovery_key=a.recovery_key))]
    for store in (a, b):
        helpers.insert_name(store.engine)
        store.close()
    errors = []
    attempts = [
        (tmp_path / "a", Secrets(passphrase="fel lösenfras här")),
        (tmp_path / "a", Secrets(recovery_key=b.recovery_key)),
        (tmp_path / "b", Secrets(recovery_key=a.recovery_key)),
        (tmp_path / "b", Secrets(recovery_key=a.recovery_key[:-1] + "Z")),
        (tmp_path / "a", Secrets()),
    ]
    for data_dir, attempt in attempts:
        try:
            open_store(data_dir, attempt, prepare_schema).close()
        except StoreError as exc:
            errors.append(exc)
    assert len(errors) == len(attempts)
    secret_forms = [PASSPHRASE]
    for recovery in (a.recovery_key, b.recovery_key):
        key = parse_recovery_key(recovery)
        secret_forms += [recovery, recovery.replace("-", ""), key.hex(), key.hex().upper()]
    texts = shown + [caplog.text] + [str(e) for e in errors] + [repr(e) for e in errors]
    for text in texts:
        for form in secret_forms:
            assert form not in text


def test_secrets_from_env(monkeypatch):
    assert Secrets.from_env() == Secrets()  # the autouse fixture cleared the shell's
    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SIPDESK_RECOVERY_KEY", "ABCD")
    secrets = Secrets.from_env()
    assert secrets.passphrase == PASSPHRASE and secrets.recovery_key == "ABCD"
    assert PASSPHRASE not in repr(secrets)
    assert Secrets.from_env({"SIPDESK_PASSPHRASE": ""}).passphrase is None


def test_env_passphrase_chooses_passphrase_mode(data_dir, prepare_schema, monkeypatch):
    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)
    with create_store(data_dir, Secrets.from_env(), prepare_schema) as store:
        assert store.key_source == "passphrase"
    assert "SIPDESK_PASSPHRASE" not in os.environ  # read once, then gone
    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)
    open_store(data_dir, Secrets.from_env(), prepare_schema).close()


# --- the lock -----------------------------------------------------------------------


def test_second_open_in_the_same_process_is_refused(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    first = open_store(data_dir, Secrets(), prepare_schema)
    try:
        with pytest.raises(StoreInUse) as info:
            open_store(data_dir, Secrets(), prepare_schema)
        assert str(info.value) == (
            "sipdesk är redan öppet med det här arkivet i ett annat fönster eller program. "
            "Stäng det först."
        )
        with pytest.raises(StoreInUse):
            create_store(data_dir, Secrets(), prepare_schema)
    finally:
        first.close()
    open_store(data_dir, Secrets(), prepare_schema).close()


def test_store_lock_in_process(tmp_path):
    with StoreLock(tmp_path) as lock:
        assert lock.held
        with pytest.raises(StoreInUse):
            StoreLock(tmp_path).acquire()
    assert not lock.held
    with StoreLock(tmp_path):
        pass


CHILD = textwrap.dedent(
    """
    import sys
    from sipdesk.store.errors import StoreInUse
    from sipdesk.store.lock import StoreLock

    lock = StoreLock(sys.argv[1])
    try:
        lock.acquire()
    except StoreInUse as exc:
        print("IN USE:", exc, flush=True)
        sys.exit(3)
    print("HELD", flush=True)
    if sys.argv[2] == "hold":
        sys.stdin.readline()
    lock.release()
    """
)


def child(data_dir: Path, what: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), what],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


@pytest.mark.slow
def test_second_process_is_refused_while_the_store_is_open(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    with open_store(data_dir, Secrets(), prepare_schema):
        proc = child(data_dir, "try")
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 3, err
        assert "sipdesk är redan öppet" in out
    proc = child(data_dir, "try")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "HELD" in out


@pytest.mark.slow
def test_lock_held_by_another_process_and_freed_when_it_dies(data_dir, prepare_schema, helpers):
    create(data_dir, prepare_schema, helpers)
    proc = child(data_dir, "hold")
    try:
        assert proc.stdout.readline().strip() == "HELD"
        with pytest.raises(StoreInUse):
            open_store(data_dir, Secrets(), prepare_schema)
    finally:
        proc.kill()  # a crash: the OS frees the lock
        proc.communicate(timeout=60)
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_keychain_describe_for_the_lead():
    assert Keychain().describe().startswith("Nyckeln till arkivet förvaras i")


def test_store_files_are_readable_by_the_owner_only(tmp_path):
    """Encrypted or not, another local user gets no read access to the store."""
    import stat

    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    with Workspace.create(tmp_path / "d", Secrets()) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="?")
        files = list((tmp_path / "d").glob("sipdesk.db*"))
        assert any(f.name.endswith("-wal") for f in files)
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f.name
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) & 0o077 == 0
