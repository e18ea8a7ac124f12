"""a lease taken or ended is heard live, as a change of its case

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:00:00

On a team server, colleagues' boards and open records mark a case taken along
(and unmark it given back or broken) as soon as it happens. The lease table
sends the same notification a change of the case's own row sends,
'cases:<case_id>' (store/server_listen.py reads it as the card and the record),
so the listener needs nothing new. Nothing to do on a laptop store.
"""

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CHANNEL = 'sipdesk_changes'


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f"""
CREATE OR REPLACE FUNCTION sipdesk_notify_case_leases() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r case_leases%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('{CHANNEL}', 'cases:' || r.case_id);
    RETURN NULL;
END
$$""")
    op.execute('DROP TRIGGER IF EXISTS sipdesk_notify ON case_leases')
    op.execute('CREATE TRIGGER sipdesk_notify AFTER INSERT OR UPDATE OR DELETE ON case_leases '
               'FOR EACH ROW EXECUTE FUNCTION sipdesk_notify_case_leases()')


def downgrade() -> None:
    # Stores are never downgraded: the copy taken before this migration is the way back.
    raise NotImplementedError("sipdesk does not downgrade a store")
