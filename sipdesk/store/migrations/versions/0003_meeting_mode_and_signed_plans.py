"""meeting mode and signed plans

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:43:08.857065
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_distribution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('via', sa.Enum('brev', 'epost', 'telefon', 'overlamnad', name='sentvia', native_enum=False, length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_distribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_distribution_plan_id'), ['plan_id'], unique=False)

    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note_taker_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('agenda', sa.Text(), server_default='', nullable=False))
        batch_op.create_foreign_key('fk_meetings_note_taker_id_people', 'people', ['note_taker_id'], ['id'])

    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_action_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('goal_status', sa.Enum('behalls', 'andras', 'avslutas', name='goalstatus', native_enum=False, length=40), nullable=True))
        batch_op.create_foreign_key('fk_plan_actions_previous_action_id_plan_actions', 'plan_actions', ['previous_action_id'], ['id'])

    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('internal_note', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_confirmed', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('child_informed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('child_informed_by', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('child_informed_how', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('fingerprint', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('original_kept_by_org_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_plans_original_kept_by_org_id_organisations', 'organisations', ['original_kept_by_org_id'], ['id'])



def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
