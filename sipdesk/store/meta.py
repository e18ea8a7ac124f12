"""Store-wide facts kept inside the encrypted file (the sipdesk_meta table).

The store id lives in the file as well as in store.json, so that a file
whose store.json is lost still knows which store it is: the recovery key
opens it and store.json is written again with the same id (and the keychain
entry, filed under that id, is found again).
"""

from __future__ import annotations

import uuid

import sqlalchemy
from sqlalchemy import text

META_TABLE = "sipdesk_meta"
STORE_ID = "store_id"
CREATED = "created"


def _ensure_table(conn: sqlalchemy.Connection) -> None:
    # The migrations make it; a store's own tests may use a smaller schema.
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {META_TABLE} "
                      "(key VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)"))


def read_fact(engine: sqlalchemy.Engine, key: str) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                   "AND name = :name"), {"name": META_TABLE}).first()
        if exists is None:
            return None
        value = conn.execute(text(f"SELECT value FROM {META_TABLE} WHERE key = :key"),
                             {"key": key}).scalar()
    return None if value is None else str(value)


def read_store_id(engine: sqlalchemy.Engine) -> str | None:
    """The store id written in the file, or None (older stores, or not a valid id)."""
    value = read_fact(engine, STORE_ID)
    try:
        return str(uuid.UUID(value)) if value else None
    except ValueError:
        return None


def write_store_id(engine: sqlalchemy.Engine, store_id: str) -> None:
    with engine.begin() as conn:
        _ensure_table(conn)
        conn.execute(text(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) "
                          "VALUES (:key, :value)"), {"key": STORE_ID, "value": store_id})
