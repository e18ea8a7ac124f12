"""cases taken along offline: leases

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:20:00

One row per case that is away on a laptop. On a team server the row is the lease
(who has the case, until when, which laptop store); on the laptop the same table
says which server case a local case is a copy of. Portable: plain columns, no
server-only SQL (the server's policies and guard live in server_security).
"""

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'case_leases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('holder', sa.String(length=120), nullable=False),
        sa.Column('taken_at', sa.DateTime(), nullable=False),
        sa.Column('until', sa.Date(), nullable=False),
        sa.Column('peer_store_id', sa.String(length=64), nullable=False),
        sa.Column('peer_case_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('case_id'),
    )


def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
