"""who convened each meeting (sammankallande)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 10:00:00
"""

import json

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# services/settings.py PROFILE_KEY; a migration never imports the program it migrates.
PROFILE_KEY = 'coordinator_profile'


def upgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('convened_by_org_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_meetings_convened_by_org_id_organisations', 'organisations', ['convened_by_org_id'], ['id'])

    # Meetings booked before now were convened by the coordinator, as far as anyone
    # knows: their organisation from the profile, when it is one in the directory.
    conn = op.get_bind()
    organisation_id = _profile_organisation(conn)
    if organisation_id is not None:
        conn.execute(
            sa.text("UPDATE meetings SET convened_by_org_id = :org WHERE convened_by_org_id IS NULL"),
            {"org": organisation_id},
        )


def _profile_organisation(conn: sa.Connection) -> int | None:
    """The coordinator's organisation id from the stored profile, if it is in the directory."""
    stored = conn.execute(
        sa.text("SELECT value FROM settings WHERE key = :key"), {"key": PROFILE_KEY}
    ).scalar()
    if not stored:
        return None
    try:
        profile = json.loads(stored)
    except ValueError:
        return None
    organisation_id = profile.get('organisation_id') if isinstance(profile, dict) else None
    if not isinstance(organisation_id, int) or isinstance(organisation_id, bool):
        return None
    found = conn.execute(
        sa.text("SELECT id FROM organisations WHERE id = :id"), {"id": organisation_id}
    ).scalar()
    return organisation_id if found is not None else None


def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
