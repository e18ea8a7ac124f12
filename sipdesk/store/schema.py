"""Schema versions: create, recognise and migrate a sipdesk store.

Alembic holds the migration history from the first version on. Before an
existing store is migrated, the encrypted file is copied beside itself, so a
failed migration can never cost the coordinator their cases.

Alembic is imported only when a migration is due (or its history is asked
for): opening an up-to-date store compares the stored revision with
HEAD_REVISION, a constant that tests/test_lazy_imports.py checks against
Alembic's own head, so start-up never pays for importing Alembic.
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from sipdesk import APP_NAME
from sipdesk.store.errors import NotASipdeskStore, SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
META_TABLE = "sipdesk_meta"
# The newest migration in migrations/versions; a test checks it is Alembic's head.
HEAD_REVISION = "0008"
# Alembic's own table of the store's revision (its default name).
VERSION_TABLE = "alembic_version"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (HEAD_REVISION is its constant)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # only if the package was shipped without its migrations
        raise RuntimeError("sipdesk has no schema migrations")
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The store's revision, read as Alembic's MigrationContext reads it, without Alembic."""
    if VERSION_TABLE not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        revisions = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(revisions) > 1:  # sipdesk's history has one branch; Alembic refuses this too
        raise RuntimeError("the store records more than one schema revision")
    return revisions[0] if revisions else None


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), target)


def prepare_schema(engine: Engine, is_new: bool, db_path: Path | None = None) -> None:
    """Make the store's schema current, or refuse a file that is not ours.

    Called right after the key has been verified.
    """
    if is_new:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(
                text(f"INSERT INTO {META_TABLE} (key, value) VALUES ('app', :app), "
                     "('created', :created)"),
                {"app": APP_NAME, "created": datetime.now().isoformat(timespec="seconds")},
            )
        return

    if not _is_sipdesk_store(engine):
        raise NotASipdeskStore()
    revision = current_revision(engine)
    if revision == HEAD_REVISION:  # the usual case: nothing to migrate, no Alembic imported
        return
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew()
    if revision != head_revision():
        if db_path is not None:
            _copy_before_migration(engine, db_path, revision)
        upgrade(engine)


def _is_sipdesk_store(engine: Engine) -> bool:
    if META_TABLE not in inspect(engine).get_table_names():
        return False
    with engine.connect() as conn:
        app = conn.execute(text(f"SELECT value FROM {META_TABLE} WHERE key = 'app'")).scalar()
    return app == APP_NAME


def _copy_before_migration(engine: Engine, db_path: Path, revision: str | None) -> Path:
    # Fold the WAL into the main file first so the copy is complete on its own.
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = db_path.with_name(f"{db_path.name}.fore-migrering-{revision or 'tom'}-{stamp}")
    shutil.copy2(db_path, backup)
    log.info("Copied the store before migration to %s", backup.name)
    return backup
