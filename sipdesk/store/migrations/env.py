"""Alembic environment: always run on the caller's already-unlocked connection.

The connection comes in through config.attributes so that no key or URL ever
reaches Alembic's configuration or logs.
"""

from alembic import context

from sipdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
