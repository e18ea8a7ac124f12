"""signatures, the access log, and who wrote each history entry

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_method', sa.Enum('papper', 'justerad', name='signingmethod', native_enum=False, length=40), nullable=True))

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('user', sa.String(length=120), server_default='', nullable=False))

    op.create_table('plan_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('invitation_id', sa.Integer(), nullable=True),
    sa.Column('guardian_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('is_child', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invitation_id'], ['invitations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardians.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_signatures_plan_id'), ['plan_id'], unique=False)

    op.create_table('access_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('case_ref', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log_case_id'), ['case_id'], unique=False)
    # Append-only, in the file itself: no program version can change or remove an entry.
    if op.get_bind().dialect.name == 'postgresql':
        _append_only_on_server()
        return
    op.execute("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log "
               "BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END")
    op.execute("CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log "
               "BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END")


def _append_only_on_server() -> None:
    """The same refusal on PostgreSQL, where triggers call a function (TRUNCATE too)."""
    op.execute("CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'access_log is append-only'; END $$")
    op.execute("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log "
               "FOR EACH ROW EXECUTE FUNCTION access_log_append_only()")
    op.execute("CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log "
               "FOR EACH ROW EXECUTE FUNCTION access_log_append_only()")
    op.execute("CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log "
               "FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()")


def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
