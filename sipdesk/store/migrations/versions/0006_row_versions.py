"""optimistic concurrency: a version per case and per plan section

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:20:00

On PostgreSQL this migration also adds the triggers that tell listening
programs which case changed (NOTIFY sipdesk_changes, '<table>:<case_id>'), the
other half of two coordinators working at once. They are here rather than in
server_security.py because live refresh is not a rule about who may see what:
every server store needs them (one made by `server init` or by the program
itself), they need no role of their own, and they come with every upgrade.
A laptop store (SQLite) has no listeners and gets none.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

CHANNEL = 'sipdesk_changes'
# Tables whose rows belong to a case, and how to find it: directly, or via a parent row.
# (store/server_listen.py reads the table names back; keep the two in step.)
CASE_OF: dict[str, 'str | tuple[str, str]'] = {
    'cases': 'id',
    'guardians': 'case_id',
    'consents': 'case_id',
    'case_network': 'case_id',
    'meetings': 'case_id',
    'plans': 'case_id',
    'deviations': 'case_id',
    'events': 'case_id',
    'consent_scope': ('consents', 'consent_id'),
    'invitations': ('meetings', 'meeting_id'),
    'plan_sections': ('plans', 'plan_id'),
    'plan_actions': ('plans', 'plan_id'),
    'plan_distribution': ('plans', 'plan_id'),
    'plan_signatures': ('plans', 'plan_id'),
}


def upgrade() -> None:
    for table in ('cases', 'plan_sections'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False,
                                          server_default='1'))
    if op.get_bind().dialect.name == 'postgresql':
        for table, how in CASE_OF.items():
            op.execute(_notify_function(table, how))
            op.execute(f'DROP TRIGGER IF EXISTS sipdesk_notify ON {table}')
            op.execute(f'CREATE TRIGGER sipdesk_notify AFTER INSERT OR UPDATE OR DELETE '
                       f'ON {table} FOR EACH ROW EXECUTE FUNCTION sipdesk_notify_{table}()')


def _notify_function(table: str, how: 'str | tuple[str, str]') -> str:
    """A trigger function sending '<table>:<case_id>' for the changed row.

    Only ids are sent: a notification reaches every listener on the database,
    whatever their team, so it carries nothing that row-level security hides.
    PostgreSQL sends the same payload once per transaction however many rows.
    """
    if isinstance(how, tuple):
        parent, column = how
        case_id = f'(SELECT p.case_id FROM {parent} p WHERE p.id = r.{column})'
    else:
        case_id = f'r.{how}'
    return f"""
CREATE OR REPLACE FUNCTION sipdesk_notify_{table}() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r {table}%ROWTYPE;
    found_case integer;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    found_case := {case_id};
    IF found_case IS NOT NULL THEN
        PERFORM pg_notify('{CHANNEL}', '{table}:' || found_case);
    END IF;
    RETURN NULL;
END
$$"""


def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
