"""A store that survives losing its store.json, a creation cut short, a re-key cut short,
and the window's lock (sealed and unsealed)."""

from __future__ import annotations

import json
import logging
import os

import pytest
import sqlalchemy

from sipdesk.store import creation, keys, meta, opening, rekey
from sipdesk.store.errors import (
    BadRecoveryKey,
    HalfCreated,
    HeaderMissing,
    KeyUnavailable,
    NotASipdeskStore,
    PassphraseRequired,
    StoreExists,
    StoreLocked,
    WrongKey,
)
from sipdesk.store.keys import Keychain, parse_recovery_key
from sipdesk.store.opening import Secrets, create_store, open_store, unseal_store

PASSPHRASE = "rätt häst batteri häftklammer"
NEW_PASSPHRASE = "en helt annan lång lösenfras"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)


def made(data_dir, prepare_schema, helpers, secrets=None):
    store = create_store(data_dir, secrets or Secrets(), prepare_schema)
    helpers.insert_name(store.engine)
    store.close()
    return store


# --- the store id in the file -----------------------------------------------------------------


def test_the_file_knows_its_store_id(data_dir, prepare_schema, helpers):
    created = made(data_dir, prepare_schema, helpers)
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert meta.read_store_id(store.engine) == created.store_id


def test_an_older_store_gets_its_id_written_on_open(data_dir, prepare_schema, helpers):
    created = made(data_dir, prepare_schema, helpers)
    with open_store(data_dir, Secrets(), prepare_schema) as store, store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM sipdesk_meta WHERE key = 'store_id'")
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert meta.read_store_id(store.engine) == created.store_id


# --- only sipdesk.db and the recovery key -----------------------------------------------------


def test_only_the_file_and_the_recovery_key_open_the_store_and_restore_store_json(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = made(data_dir, prepare_schema, helpers)
    (data_dir / "store.json").unlink()
    memory_keyring.passwords.clear()  # a new computer: nothing but the file and the paper

    with pytest.raises(HeaderMissing) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert isinstance(info.value, NotASipdeskStore)
    assert "store.json" in str(info.value) and "återställningsnyckeln" in str(info.value)

    sloppy = created.recovery_key.lower().replace("-", " ")
    with open_store(data_dir, Secrets(recovery_key=sloppy), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert store.store_id == created.store_id  # from the file itself
        assert store.key_source == "keyring"
        assert "store.json" in store.notice and "nyckel" in store.notice
        assert store.recovery_key is None  # the key did not change
    header = json.loads((data_dir / "store.json").read_text("utf-8"))
    assert header["store_id"] == created.store_id and header["key_source"] == "keyring"
    key = parse_recovery_key(created.recovery_key)
    assert memory_keyring.passwords == {("sipdesk", created.store_id): key.hex()}
    # The next start needs no recovery key.
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_without_a_keychain_the_recovered_store_gets_a_new_passphrase_and_key(
    data_dir, prepare_schema, helpers, monkeypatch
):
    created = made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    (data_dir / "store.json").unlink()
    monkeypatch.setattr(keys.Keychain, "usable", lambda self: False)
    asked = []

    def ask_new(prompt):
        asked.append(prompt)
        return NEW_PASSPHRASE

    secrets = Secrets(recovery_key=created.recovery_key, ask_new_passphrase=ask_new)
    with open_store(data_dir, secrets, prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert store.key_source == "passphrase"
        assert store.recovery_key and store.recovery_key != created.recovery_key
        assert "ny återställningsnyckel" in store.notice
        new_recovery = store.recovery_key
    assert len(asked) == 1 and "lösenfras" in asked[0]
    assert json.loads((data_dir / "store.json").read_text("utf-8"))["key_source"] == "passphrase"
    assert not (data_dir / "store.json.pending").exists()
    with open_store(data_dir, Secrets(passphrase=NEW_PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    with open_store(data_dir, Secrets(recovery_key=new_recovery), prepare_schema):
        pass
    with pytest.raises(WrongKey):
        open_store(data_dir, Secrets(recovery_key=created.recovery_key), prepare_schema)
    helpers.assert_absent_on_disk(data_dir, helpers.NAME)


def test_a_wrong_recovery_key_for_a_lone_file_changes_nothing(tmp_path, prepare_schema, helpers):
    other = made(tmp_path / "other", prepare_schema, helpers)
    made(tmp_path / "data", prepare_schema, helpers)
    (tmp_path / "data" / "store.json").unlink()
    before = helpers.snapshot(tmp_path / "data")
    with pytest.raises(WrongKey):
        open_store(tmp_path / "data", Secrets(recovery_key=other.recovery_key), prepare_schema)
    with pytest.raises(BadRecoveryKey):
        open_store(tmp_path / "data", Secrets(recovery_key="ABCD-EFGH"), prepare_schema)
    assert helpers.snapshot(tmp_path / "data") == before


# --- a creation cut short -----------------------------------------------------------------


def _half_made(data_dir, prepare_schema, helpers, memory_keyring):
    """What a crash after the database but before store.json leaves."""
    store = create_store(data_dir, Secrets(), prepare_schema)
    store.close()
    (data_dir / "store.json").unlink()
    (data_dir / creation.MARKER_NAME).write_text(json.dumps({"store_id": store.store_id}))
    return store


def test_a_marked_half_made_store_is_recognised_and_cleaned_on_consent(
    data_dir, prepare_schema, helpers, memory_keyring
):
    half = _half_made(data_dir, prepare_schema, helpers, memory_keyring)
    (data_dir / "anteckning.txt").write_text("min egen fil", "utf-8")
    assert creation.is_half_made(data_dir)
    with pytest.raises(HalfCreated) as info:
        open_store(data_dir, Secrets(), prepare_schema)
    assert "avbröts" in str(info.value)
    with pytest.raises(HalfCreated):
        create_store(data_dir, Secrets(), prepare_schema)
    assert (data_dir / "sipdesk.db").exists()  # nothing removed without consent

    assert creation.clean_half_made(data_dir) is None
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "sipdesk.lock") == [
        "anteckning.txt"]
    assert ("sipdesk", half.store_id) not in memory_keyring.passwords
    made(data_dir, prepare_schema, helpers)
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]


def test_a_marker_with_store_json_means_the_store_was_finished(data_dir, prepare_schema, helpers):
    created = made(data_dir, prepare_schema, helpers)
    (data_dir / creation.MARKER_NAME).write_text(json.dumps({"store_id": created.store_id}))
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert not (data_dir / creation.MARKER_NAME).exists()


def test_a_lone_marker_is_no_store_and_creation_goes_ahead(data_dir, prepare_schema, helpers,
                                                           memory_keyring):
    data_dir.mkdir()
    (data_dir / creation.MARKER_NAME).write_text(json.dumps({"store_id": opening.uuid.uuid4().hex}))
    assert not opening.store_exists(data_dir)
    made(data_dir, prepare_schema, helpers)
    assert not (data_dir / creation.MARKER_NAME).exists()


def test_an_unmarked_lone_file_may_hold_cases_so_it_is_moved_aside_not_removed(
    data_dir, prepare_schema, helpers
):
    made(data_dir, prepare_schema, helpers)
    (data_dir / "store.json").unlink()
    before = (data_dir / "sipdesk.db").read_bytes()
    aside = creation.clean_half_made(data_dir)
    assert aside is not None and aside.parent == data_dir
    assert (aside / "sipdesk.db").read_bytes() == before
    assert not (data_dir / "sipdesk.db").exists()


def test_a_complete_store_is_never_cleaned(data_dir, prepare_schema, helpers):
    made(data_dir, prepare_schema, helpers)
    before = helpers.snapshot(data_dir)
    with pytest.raises(StoreExists):
        creation.clean_half_made(data_dir)
    assert helpers.snapshot(data_dir) == before


# --- a re-key cut short -----------------------------------------------------------------------


def _rekeyed_to(data_dir, prepare_schema, monkeypatch, *, finish: bool):
    """Re-key a passphrase store to NEW_PASSPHRASE; without finishing = a crash after the swap."""
    store = open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema)
    header = opening.read_store_header(data_dir)
    kdf = creation.passphrase_kdf(keys.new_salt())
    new = creation.derive_for(NEW_PASSPHRASE, kdf)
    with monkeypatch.context() as m:
        if not finish:
            m.setattr(rekey, "finish_pending", lambda *a, **k: None)
        rekey.rekey_store(store, new, header=opening.StoreHeader(
            header.store_id, "passphrase", header.created, kdf))
    store.close()


def test_rekey_gives_the_file_a_new_key(data_dir, prepare_schema, helpers, monkeypatch):
    made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    _rekeyed_to(data_dir, prepare_schema, monkeypatch, finish=True)
    assert not (data_dir / "store.json.pending").exists()
    with pytest.raises(WrongKey):
        open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema)
    with open_store(data_dir, Secrets(passphrase=NEW_PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert sorted(p.name for p in data_dir.iterdir()) in (
        ["sipdesk.db", "store.json"], ["sipdesk.db", "sipdesk.lock", "store.json"])
    helpers.assert_absent_on_disk(data_dir, helpers.NAME)


def test_a_crash_after_the_new_file_is_in_place_opens_with_the_new_passphrase(
    data_dir, prepare_schema, helpers, monkeypatch
):
    made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    _rekeyed_to(data_dir, prepare_schema, monkeypatch, finish=False)
    assert (data_dir / "store.json.pending").exists()
    with open_store(data_dir, Secrets(passphrase=NEW_PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert not (data_dir / "store.json.pending").exists()  # finished on the way in
    with open_store(data_dir, Secrets(passphrase=NEW_PASSPHRASE), prepare_schema):
        pass


def test_a_crash_before_the_new_file_is_in_place_keeps_the_old_passphrase(
    data_dir, prepare_schema, helpers
):
    made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    header = opening.read_store_header(data_dir)
    waiting = opening.StoreHeader(header.store_id, "passphrase", header.created,
                                  creation.passphrase_kdf(keys.new_salt()))
    opening.write_header(data_dir, waiting, "store.json.pending")
    with open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert not (data_dir / "store.json.pending").exists()  # it never took


def test_a_keyring_rekey_cut_short_finds_the_pending_keychain_entry(
    data_dir, prepare_schema, helpers, memory_keyring, monkeypatch
):
    created = made(data_dir, prepare_schema, helpers)
    store = open_store(data_dir, Secrets(), prepare_schema)
    new = keys.new_key()
    with monkeypatch.context() as m:
        m.setattr(rekey, "finish_pending", lambda *a, **k: None)
        rekey.rekey_store(store, new)
    store.close()
    assert ("sipdesk", f"{created.store_id}.pending") in memory_keyring.passwords
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    assert memory_keyring.passwords == {("sipdesk", created.store_id): new.hex()}


# --- sealed and unsealed (the window's lock) --------------------------------------------------


def test_a_sealed_store_refuses_every_use_and_opens_again_from_the_keychain(
    data_dir, prepare_schema, helpers
):
    made(data_dir, prepare_schema, helpers)
    store = open_store(data_dir, Secrets(), prepare_schema)
    try:
        old = store.engine
        store.seal()
        assert store.sealed and store.engine is not old
        with pytest.raises(StoreLocked), store.engine.connect():
            pass
        # The old engine's key is overwritten: it cannot connect either.
        with pytest.raises(Exception), old.connect():  # noqa: B017
            pass
        unseal_store(store, Secrets())
        assert not store.sealed
        assert helpers.read_names(store.engine) == [helpers.NAME]
    finally:
        store.close()


def test_unsealing_a_passphrase_store_needs_the_passphrase(data_dir, prepare_schema, helpers):
    created = made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    store = open_store(data_dir, Secrets(passphrase=PASSPHRASE), prepare_schema)
    try:
        store.seal()
        with pytest.raises(PassphraseRequired):
            unseal_store(store, Secrets(ask_passphrase=lambda p: PASSPHRASE))  # never asks
        with pytest.raises(WrongKey):
            unseal_store(store, Secrets(passphrase="fel lösenfras helt"))
        assert store.sealed
        unseal_store(store, Secrets(recovery_key=created.recovery_key))
        assert helpers.read_names(store.engine) == [helpers.NAME]
        store.seal()
        unseal_store(store, Secrets(passphrase=PASSPHRASE))
        assert helpers.read_names(store.engine) == [helpers.NAME]
    finally:
        store.close()


def test_unsealing_without_the_keychain_entry_asks_for_the_recovery_key(
    data_dir, prepare_schema, helpers, memory_keyring
):
    created = made(data_dir, prepare_schema, helpers)
    store = open_store(data_dir, Secrets(), prepare_schema)
    try:
        store.seal()
        memory_keyring.passwords.clear()
        with pytest.raises(KeyUnavailable):
            unseal_store(store, Secrets())
        unseal_store(store, Secrets(recovery_key=created.recovery_key))
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert memory_keyring.passwords  # put back
    finally:
        store.close()


def test_a_file_swapped_while_sealed_is_refused(tmp_path, prepare_schema, helpers):
    made(tmp_path / "data", prepare_schema, helpers)
    other = made(tmp_path / "other", prepare_schema, helpers)
    store = open_store(tmp_path / "data", Secrets(), prepare_schema)
    try:
        store.seal()
        os.replace(tmp_path / "other" / "sipdesk.db", tmp_path / "data" / "sipdesk.db")
        with pytest.raises(NotASipdeskStore):
            unseal_store(store, Secrets(recovery_key=other.recovery_key))
        assert store.sealed
    finally:
        store.close()


# --- the environment and the logs -------------------------------------------------------------


def test_secrets_from_the_environment_are_taken_out_of_it(monkeypatch):
    monkeypatch.setenv("SIPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SIPDESK_RECOVERY_KEY", "ABCD-EFGH")
    found = Secrets.from_env()
    assert found.passphrase == PASSPHRASE and found.recovery_key == "ABCD-EFGH"
    assert "SIPDESK_PASSPHRASE" not in os.environ
    assert "SIPDESK_RECOVERY_KEY" not in os.environ
    # A child process (the mail program) sees neither.
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import os; print(sorted(k for k in os.environ "
                          "if k.startswith('SIPDESK_')))"], capture_output=True, text=True,
                         check=True).stdout
    assert "SIPDESK_PASSPHRASE" not in out and "SIPDESK_RECOVERY_KEY" not in out
    # A mapping handed in is read, not changed.
    given = {"SIPDESK_PASSPHRASE": PASSPHRASE}
    assert Secrets.from_env(given).passphrase == PASSPHRASE and given


def test_no_passphrase_or_key_in_logs_or_errors_of_recovery_rekey_and_lock(
    tmp_path, prepare_schema, helpers, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    created = made(data_dir, prepare_schema, helpers, Secrets(passphrase=PASSPHRASE))
    errors: list[Exception] = []
    (data_dir / "store.json").unlink()
    monkeypatch.setattr(keys.Keychain, "usable", lambda self: False)
    for attempt in (Secrets(), Secrets(recovery_key=created.recovery_key[:-1] + "Z")):
        try:
            open_store(data_dir, attempt, prepare_schema).close()
        except Exception as exc:
            errors.append(exc)
    store = open_store(data_dir, Secrets(recovery_key=created.recovery_key,
                                         passphrase=NEW_PASSPHRASE), prepare_schema)
    new_recovery = store.recovery_key
    store.seal()
    for attempt in (Secrets(passphrase="fel lösenfras helt"), Secrets()):
        try:
            unseal_store(store, attempt)
        except Exception as exc:
            errors.append(exc)
    unseal_store(store, Secrets(passphrase=NEW_PASSPHRASE))
    shown = [repr(store), str(store)]
    store.close()
    assert len(errors) == 4
    secret_forms = [PASSPHRASE, NEW_PASSPHRASE, "fel lösenfras helt"]
    for recovery in (created.recovery_key, new_recovery):
        key = parse_recovery_key(recovery)
        secret_forms += [recovery, recovery.replace("-", ""), key.hex(), key.hex().upper()]
    texts = shown + [caplog.text] + [str(e) for e in errors] + [repr(e) for e in errors]
    for text in texts:
        for form in secret_forms:
            assert form not in text


def test_the_sealed_engine_holds_no_file(data_dir, prepare_schema, helpers):
    made(data_dir, prepare_schema, helpers)
    store = open_store(data_dir, Secrets(), prepare_schema)
    store.seal()
    assert isinstance(store.engine, sqlalchemy.Engine)
    assert str(store.engine.url) == "sqlite://"
    store.close()
    assert Keychain().get(store.store_id) is not None  # the lock drops nothing it must keep
