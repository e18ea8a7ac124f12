"""Fixtures for the store's tests: a trivial schema and ways to look at the disk."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import keyring.backends.fail
import keyring.core
import pytest
import sqlalchemy

from sipdesk.store.errors import NotASipdeskStore

# A fictional name that cannot turn up on disk by chance.
NAME = "Zyxwvutsson"


def trivial_schema(engine: sqlalchemy.Engine, is_new: bool) -> None:
    """Stands in for the lead's migrations: one table t(name)."""
    with engine.begin() as conn:
        if is_new:
            conn.exec_driver_sql("CREATE TABLE t(name TEXT)")
        elif not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 't'"
        ).first():
            raise NotASipdeskStore()


@pytest.fixture
def prepare_schema() -> Callable[[sqlalchemy.Engine, bool], None]:
    return trivial_schema


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    # Not created: create_store makes it, as it would on first start.
    return tmp_path / "data"


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """A computer without a keychain (keyring's fail backend)."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())


def snapshot(directory: Path) -> dict[str, str]:
    """Every file under directory, by relative path, with its sha256."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def forms_of(text: str) -> list[bytes]:
    """The ways text could be stored: UTF-8 and both UTF-16 byte orders."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def assert_absent_on_disk(directory: Path, text: str) -> list[str]:
    """Fail if text, in any encoding, is in any file under directory; returns the files read."""
    read = []
    for p in sorted(directory.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            read.append(p.name)
            for form in forms_of(text):
                assert form not in data, f"{text!r} found in plain text in {p.name}"
    return read


def insert_name(engine: sqlalchemy.Engine, name: str = NAME) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t(name) VALUES (?)", (name,))


def read_names(engine: sqlalchemy.Engine) -> list[str]:
    with engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql("SELECT name FROM t ORDER BY rowid")]


@pytest.fixture
def helpers() -> SimpleNamespace:
    """The helpers above, as a fixture: test modules cannot import a conftest reliably."""
    return SimpleNamespace(
        NAME=NAME,
        snapshot=snapshot,
        forms_of=forms_of,
        assert_absent_on_disk=assert_absent_on_disk,
        insert_name=insert_name,
        read_names=read_names,
    )
