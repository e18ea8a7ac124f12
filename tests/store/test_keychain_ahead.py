"""A keychain store's key is looked up once at start-up, beside the imports, and opens the store."""

from __future__ import annotations

from sipdesk.store import key_ahead
from sipdesk.store.opening import Secrets, create_store, open_store


def _counting(memory_keyring) -> list[str]:
    asked: list[str] = []
    real = memory_keyring.get_password

    def get_password(service: str, username: str) -> str | None:
        asked.append(username)
        return real(service, username)

    memory_keyring.get_password = get_password
    return asked


def test_the_key_looked_up_ahead_opens_the_store_and_is_asked_for_once(
        data_dir, prepare_schema, helpers, memory_keyring):
    created = create_store(data_dir, Secrets(), prepare_schema)
    helpers.insert_name(created.engine)
    created.close()
    asked = _counting(memory_keyring)
    assert key_ahead.derive_ahead(data_dir, "")  # as start-up does, before the imports end
    with open_store(data_dir, Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
        assert store.key_source == "keyring"
    assert asked.count(created.store_id) == 1


def test_a_lookup_for_another_folder_is_not_used(tmp_path, prepare_schema, helpers,
                                                 memory_keyring):
    first = create_store(tmp_path / "a", Secrets(), prepare_schema)
    first.close()
    second = create_store(tmp_path / "b", Secrets(), prepare_schema)
    helpers.insert_name(second.engine)
    second.close()
    assert key_ahead.derive_ahead(tmp_path / "a", "")
    with open_store(tmp_path / "b", Secrets(), prepare_schema) as store:
        assert helpers.read_names(store.engine) == [helpers.NAME]
    key_ahead.forget()


def test_a_key_removed_from_the_keychain_is_still_missing(data_dir, prepare_schema,
                                                          memory_keyring):
    from sipdesk.store.errors import KeyUnavailable

    created = create_store(data_dir, Secrets(), prepare_schema)
    created.close()
    memory_keyring.passwords.clear()
    assert key_ahead.derive_ahead(data_dir, "")
    try:
        open_store(data_dir, Secrets(), prepare_schema).close()
    except KeyUnavailable:
        pass
    else:
        raise AssertionError("opened without its key")
