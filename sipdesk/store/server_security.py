"""Who may see and change what on a team server, enforced by PostgreSQL itself.

This is server-only SQL, kept outside the Alembic history that laptop stores
share: `sipdesk server init` applies it after the schema upgrade, as the
NOLOGIN role that owns the tables. Every statement is idempotent (CREATE OR
REPLACE, DROP ... IF EXISTS before CREATE), so init is simply run again after
an upgrade of the program; SECURITY_VERSION is recorded in sipdesk_meta.

The rules, in words (docs/team-server.md has them for IT):

* Teams live only on the server (sipdesk_teams, sipdesk_members). `cases`
  gets a server-only column team_id whose DEFAULT is the inserting user's
  first team, so the program's models need not know it.
* A coordinator sees and changes the cases of their own team(s), and the
  board-level rows that hang on them (BOARD_TABLES). A case's content
  (CONTENT_TABLES: plan text, actions, history, deviations, ...) is readable
  only after the case was opened: an "opened" (or "changed") entry of this
  login in the access log within OPEN_WINDOW_MINUTES. The log itself is the
  proof, so no read of content goes unlogged, whatever the client.
* A team lead: the same, and the team's content without opening (statistics).
* An administrator of the program manages the directory; no case content
  unless also coordinator or team lead of a team.
* The access log is INSERT-only for every sipdesk role; a trigger refuses
  UPDATE, DELETE and TRUNCATE even for the owner, and seals each entry: the
  server's clock, the login (session_user), the next id and the hash chain
  the program verifies. Changes to case tables are logged by deferred
  triggers at commit when the client did not log them itself.

Why session_user and not current_user: inside the SECURITY DEFINER functions
that write entries (sipdesk_open_case, the change triggers) current_user is
the owner role; session_user is the login that authenticated, which is also
what SET ROLE cannot change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# 2: leases of cases taken along (case_leases); 3: sipdesk_next_number; 4: personal settings
SECURITY_VERSION = 4
SECURITY_META_KEY = "server_security_version"

OWNER = "sipdesk_owner"
COORDINATOR = "sipdesk_coordinator"
TEAMLEAD = "sipdesk_teamlead"
ADMIN = "sipdesk_admin"
# The group role each membership kind is granted (the --role words of add-user).
GROUP_ROLES: dict[str, str] = {"coordinator": COORDINATOR, "teamlead": TEAMLEAD, "admin": ADMIN}
CASE_ROLES = (COORDINATOR, TEAMLEAD)
ALL_GROUPS = (COORDINATOR, TEAMLEAD, ADMIN)

# Entries carry Swedish wall-clock time, as a laptop store's do; fixed so that a
# client's SET TimeZone cannot move an entry's time.
LOG_TIME_ZONE = "Europe/Stockholm"
# As services.access_log.OPEN_AGAIN_AFTER: an opening covers this long, then the
# next read of content needs (and writes) a new "opened" entry.
OPEN_WINDOW_MINUTES = 30
CREATED_DETAIL = "ärendet lades upp"
# How long the program waits for the log's one-writer lock when it opens a case.
OPEN_LOCK_TIMEOUT = "5s"


@dataclass(frozen=True)
class CaseTable:
    """A table whose rows belong to a case: directly (parent "cases") or via a parent."""

    name: str
    parent: str  # "cases", or the table whose case_id this row's case is
    column: str  # the column naming the parent row
    label: str  # the part of the case in the access log's words


# Read by the board and the meeting tracker for every case of the team.
BOARD_TABLES: tuple[CaseTable, ...] = (
    CaseTable("guardians", "cases", "case_id", "vårdnadshavare"),
    CaseTable("consents", "cases", "case_id", "samtycken"),
    CaseTable("consent_scope", "consents", "consent_id", "samtycken"),
    CaseTable("case_network", "cases", "case_id", "nätverk"),
    CaseTable("meetings", "cases", "case_id", "möten"),
    CaseTable("invitations", "meetings", "meeting_id", "möten"),
    CaseTable("plans", "cases", "case_id", "plan"),
)
# The case's content: only after the case was opened (team leads: always, for statistics).
CONTENT_TABLES: tuple[CaseTable, ...] = (
    CaseTable("plan_sections", "plans", "plan_id", "plan"),
    CaseTable("plan_actions", "plans", "plan_id", "plan"),
    CaseTable("plan_distribution", "plans", "plan_id", "plan"),
    CaseTable("plan_signatures", "plans", "plan_id", "plan"),
    CaseTable("deviations", "cases", "case_id", "avvikelser"),
    CaseTable("events", "cases", "case_id", "historik"),
)
CASES = "cases"
ACCESS_LOG = "access_log"
DIRECTORY_TABLES = ("organisations", "people")
SHARED_TABLES = ("settings",)  # the program's settings: one set for the whole server
SETTINGS = "settings"
# One person's settings in the shared table (services/settings.py's PROFILE_KEY and
# PROFILE_LATER_KEY, suffixed ":login"): read and written by that login alone.
PERSONAL_SETTING = "^coordinator_profile(_later)?:"
READ_ONLY_TABLES = ("sipdesk_meta", "alembic_version")
TEAM_TABLES = ("sipdesk_teams", "sipdesk_members")
# The only counters a login may advance (queries.next_sequence's names): a new case's
# number SIP-ÅÅÅÅ-NNNN per year. Nothing else in sipdesk_meta is theirs to change.
COUNTER_NAME = "^case:[0-9]{4}$"
LEASES = "case_leases"  # cases taken along offline (services/takealong.py)
# Set (SET LOCAL) by the lease holder's own give-back: the one write a leased case takes.
GIVING_BACK_SETTING = "sipdesk.giving_back"


def classified_tables() -> set[str]:
    """Every program table this module gives rules to (a test compares with the models)."""
    return {CASES, ACCESS_LOG, LEASES, *DIRECTORY_TABLES, *SHARED_TABLES, *READ_ONLY_TABLES,
            *(t.name for t in BOARD_TABLES + CONTENT_TABLES)}


def _groups(*roles: str) -> str:
    return ", ".join(roles)


def _case_of(table: CaseTable) -> str:
    """SQL for the case id of a row of `table`, as the querying user sees the parent."""
    if table.parent == CASES:
        return table.column
    return f"(SELECT p.case_id FROM {table.parent} p WHERE p.id = {table.column})"


_TEAMS = """
CREATE TABLE IF NOT EXISTS sipdesk_teams (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS sipdesk_members (
    username text NOT NULL,
    team_id integer NOT NULL REFERENCES sipdesk_teams (id),
    role text NOT NULL CHECK (role IN ('coordinator', 'teamlead', 'admin')),
    added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (username, team_id)
);

-- The teams whose cases the login works with, and those it leads.
CREATE OR REPLACE FUNCTION sipdesk_case_teams() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT team_id FROM sipdesk_members
    WHERE username = session_user AND role IN ('coordinator', 'teamlead')
$$;
CREATE OR REPLACE FUNCTION sipdesk_led_teams() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT team_id FROM sipdesk_members WHERE username = session_user AND role = 'teamlead'
$$;
-- A new case's team: the login's first team (the one it was added to first).
CREATE OR REPLACE FUNCTION sipdesk_my_team() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT team_id FROM sipdesk_members
    WHERE username = session_user AND role IN ('coordinator', 'teamlead')
    ORDER BY added_at, team_id LIMIT 1
$$;

ALTER TABLE cases ADD COLUMN IF NOT EXISTS team_id integer REFERENCES sipdesk_teams (id);
ALTER TABLE cases ALTER COLUMN team_id SET DEFAULT sipdesk_my_team();
CREATE INDEX IF NOT EXISTS sipdesk_cases_team ON cases (team_id);
"""

# sipdesk_meta stays read-only for every login (it holds the store's id and this script's
# version); a new case's number comes from this function, which advances one counter
# under the row's lock, so two coordinators creating cases at once get different numbers.
_COUNTERS = f"""
CREATE OR REPLACE FUNCTION sipdesk_next_number(p_name text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE n integer;
BEGIN
    IF p_name IS NULL OR p_name !~ '{COUNTER_NAME}' THEN
        RAISE EXCEPTION 'Okänd räknare.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO sipdesk_meta AS m (key, value) VALUES ('seq:' || p_name, '1')
    ON CONFLICT (key) DO UPDATE SET value = ((m.value)::integer + 1)::text
    RETURNING (value)::integer INTO n;
    RETURN n;
END $$;
"""

_LOG = f"""
ALTER TABLE access_log ADD COLUMN IF NOT EXISTS xact bigint;
ALTER TABLE access_log ADD COLUMN IF NOT EXISTS by_server boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS sipdesk_access_log_case_user ON access_log (case_id, "user", at);

CREATE OR REPLACE FUNCTION sipdesk_log_now() RETURNS timestamp
LANGUAGE sql VOLATILE AS $$ SELECT (clock_timestamp() AT TIME ZONE '{LOG_TIME_ZONE}') $$;

-- datetime.isoformat() of a naive timestamp: microseconds only when there are any.
CREATE OR REPLACE FUNCTION sipdesk_iso(ts timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN date_part('microseconds', ts)::bigint % 1000000 <> 0
                THEN '.' || to_char(ts, 'US') ELSE '' END
$$;

-- sipdesk.store.access_log.entry_hash, byte for byte: SHA-256 over the previous
-- hash, a newline and the entry as a compact JSON array.
CREATE OR REPLACE FUNCTION sipdesk_access_log_hash(
    prev text, entry_id integer, at timestamp, who text, case_id integer,
    case_ref text, action text, detail text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        prev || E'\\n' || '[' || entry_id::text || ',' || to_json(sipdesk_iso(at))::text
        || ',' || to_json(who)::text || ',' || coalesce(case_id::text, 'null')
        || ',' || to_json(case_ref)::text || ',' || to_json(action)::text
        || ',' || to_json(detail)::text || ']', 'UTF8')), 'hex')
$$;

-- Whatever the client sent: the server's clock, the login, the next id, the
-- case's own reference, and the chain. One writer at a time (until commit),
-- so two sessions never take the same link.
CREATE OR REPLACE FUNCTION sipdesk_access_log_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    last_id integer;
    last_hash text;
    ref text;
BEGIN
    PERFORM pg_advisory_xact_lock('access_log'::regclass::oid::bigint);
    SELECT id, hash INTO last_id, last_hash FROM access_log ORDER BY id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
    NEW."user" := left(session_user::text, 120);
    NEW.at := sipdesk_log_now();
    NEW.xact := txid_current();
    -- Written by one of the triggers below, not sent by a client.
    NEW.by_server := pg_trigger_depth() > 1;
    IF NEW.case_id IS NOT NULL THEN
        SELECT reference INTO ref FROM cases WHERE id = NEW.case_id;
        IF FOUND THEN NEW.case_ref := ref; END IF;
    END IF;
    NEW.case_ref := left(coalesce(NEW.case_ref, ''), 40);
    NEW.action := left(coalesce(NEW.action, ''), 20);
    NEW.detail := coalesce(NEW.detail, '');
    NEW.hash := sipdesk_access_log_hash(NEW.prev_hash, NEW.id, NEW.at, NEW."user",
        NEW.case_id, NEW.case_ref, NEW.action, NEW.detail);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION sipdesk_access_log_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Åtkomstloggen går bara att skriva till: poster kan inte ändras eller tas bort.'
        USING ERRCODE = 'insufficient_privilege';
END $$;

DROP TRIGGER IF EXISTS sipdesk_access_log_seal ON access_log;
CREATE TRIGGER sipdesk_access_log_seal BEFORE INSERT ON access_log
    FOR EACH ROW EXECUTE FUNCTION sipdesk_access_log_seal();
DROP TRIGGER IF EXISTS sipdesk_access_log_no_change ON access_log;
CREATE TRIGGER sipdesk_access_log_no_change BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION sipdesk_access_log_refuse();
DROP TRIGGER IF EXISTS sipdesk_access_log_no_truncate ON access_log;
CREATE TRIGGER sipdesk_access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION sipdesk_access_log_refuse();

-- Has this login opened (or changed) the case lately? The log is the proof, and only
-- a committed entry counts: one written in this very transaction would vanish with a
-- ROLLBACK after the read. The one exception is a case created in this transaction
-- (the server's own entry says so): its content can only be what was just written.
CREATE OR REPLACE FUNCTION sipdesk_case_opened(p_case integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM access_log
        WHERE case_id = p_case AND "user" = left(session_user::text, 120)
          AND action IN ('opened', 'changed')
          AND at > sipdesk_log_now() - interval '{OPEN_WINDOW_MINUTES} minutes'
          AND (xact IS DISTINCT FROM txid_current_if_assigned()
               OR (by_server AND detail = '{CREATED_DETAIL}')))
$$;

CREATE OR REPLACE FUNCTION sipdesk_case_reference(p_case integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE ref text;
BEGIN
    SELECT reference INTO ref FROM cases
    WHERE id = p_case AND team_id IN (SELECT sipdesk_case_teams());
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Ärendet finns inte, eller hör inte till något av dina team.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN ref;
END $$;

-- Reading a case's content starts here: the "opened" entry is written (once per
-- OPEN_WINDOW_MINUTES), and it is what lets the content tables' rows be seen.
CREATE OR REPLACE FUNCTION sipdesk_open_case(p_case integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE ref text := sipdesk_case_reference(p_case);
BEGIN
    IF EXISTS (
        SELECT 1 FROM access_log
        WHERE case_id = p_case AND "user" = left(session_user::text, 120)
          AND action = 'opened'
          AND at > sipdesk_log_now() - interval '{OPEN_WINDOW_MINUTES} minutes') THEN
        RETURN false;
    END IF;
    INSERT INTO access_log (case_id, case_ref, action, detail)
        VALUES (p_case, ref, 'opened', 'ärendet visades');
    RETURN true;
END $$;

CREATE OR REPLACE FUNCTION sipdesk_log_export(p_case integer, what text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE ref text := sipdesk_case_reference(p_case);
BEGIN
    INSERT INTO access_log (case_id, case_ref, action, detail)
        VALUES (p_case, ref, 'exported', left(coalesce(what, ''), 200));
END $$;

-- At commit: a change to a case that the client did not log itself in the same
-- transaction gets its entry from the server.
CREATE OR REPLACE FUNCTION sipdesk_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    parent text := TG_ARGV[0];
    col text := TG_ARGV[1];
    label text := TG_ARGV[2];
    r jsonb;
    the_case integer;
    ref text;
    verb text := 'changed';
    words text;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'cases' THEN
        the_case := (r ->> 'id')::integer;
        IF TG_OP = 'DELETE' THEN
            verb := 'deleted';
            ref := r ->> 'reference';
        END IF;
    ELSIF parent = 'cases' THEN
        the_case := (r ->> col)::integer;
    ELSE
        EXECUTE format('SELECT case_id FROM %I WHERE id = $1', parent)
            INTO the_case USING (r ->> col)::integer;
    END IF;
    IF the_case IS NULL THEN
        RETURN NULL;  -- the parent went in the same transaction; its own entry covers it
    END IF;
    IF ref IS NULL THEN
        SELECT reference INTO ref FROM cases WHERE id = the_case;
        IF NOT FOUND THEN RETURN NULL; END IF;  -- the case was deleted: that is logged
    END IF;
    IF EXISTS (
        SELECT 1 FROM access_log
        WHERE case_id = the_case AND xact = txid_current()
          AND action IN ('deleted', verb)) THEN
        RETURN NULL;
    END IF;
    IF verb = 'deleted' THEN
        words := 'ärendet raderades (loggat av servern)';
    ELSE
        words := label || ' (loggat av servern)';
    END IF;
    INSERT INTO access_log (case_id, case_ref, action, detail)
        VALUES (the_case, ref, verb, words);
    RETURN NULL;
END $$;

-- Who created a case may at once write its content (the history's first line).
CREATE OR REPLACE FUNCTION sipdesk_log_created() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO access_log (case_id, case_ref, action, detail)
        VALUES (NEW.id, NEW.reference, 'changed', '{CREATED_DETAIL}');
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS sipdesk_log_created ON cases;
CREATE TRIGGER sipdesk_log_created AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION sipdesk_log_created();
"""


# --- leases: a case taken along offline is read-only on the server --------------------
#
# The guard runs before every write to a case's rows: while the case is leased,
# only its holder's give-back (the holder's login with GIVING_BACK_SETTING naming
# the case, set in that one transaction) may write. A colleague's write, through
# the program or plain SQL, fails with a sentence that says who has the case.
_LEASES = f"""
ALTER TABLE {LEASES} ALTER COLUMN holder SET DEFAULT left(session_user::text, 120);

CREATE OR REPLACE FUNCTION sipdesk_lease_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    parent text := TG_ARGV[0];
    col text := TG_ARGV[1];
    r jsonb;
    the_case integer;
    lease record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'cases' THEN
        the_case := (r ->> 'id')::integer;
    ELSIF parent = 'cases' THEN
        the_case := (r ->> col)::integer;
    ELSE
        EXECUTE format('SELECT case_id FROM %I WHERE id = $1', parent)
            INTO the_case USING (r ->> col)::integer;
    END IF;
    IF the_case IS NOT NULL THEN
        SELECT holder, until INTO lease FROM {LEASES} WHERE case_id = the_case;
        IF FOUND AND NOT (lease.holder = left(session_user::text, 120)
                AND coalesce(current_setting('{GIVING_BACK_SETTING}', true), '')
                    = the_case::text) THEN
            RAISE EXCEPTION 'Ärendet är taget med av % till % och kan bara läsas tills det '
                'lämnats tillbaka.', lease.holder, to_char(lease.until, 'YYYY-MM-DD')
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

-- A team lead ends a stale lease of a case of a team they lead; the log says so.
CREATE OR REPLACE FUNCTION sipdesk_break_lease(p_case integer) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ref text;
    who text;
BEGIN
    SELECT c.reference INTO ref FROM cases c
    WHERE c.id = p_case AND c.team_id IN (SELECT sipdesk_led_teams());
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Bara en teamledare för ärendets team kan bryta ett lån.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM {LEASES} WHERE case_id = p_case RETURNING holder INTO who;
    IF who IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO access_log (case_id, case_ref, action, detail)
        VALUES (p_case, ref, 'changed', 'lånet bröts (ärendet var taget med av ' || who || ')');
    RETURN who;
END $$;
"""


def _lease_guard(table: str, parent: str, column: str) -> str:
    return (
        f"DROP TRIGGER IF EXISTS sipdesk_lease_guard ON {table};\n"
        f"CREATE TRIGGER sipdesk_lease_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION sipdesk_lease_guard('{parent}', '{column}');\n"
    )


def _lease_policies() -> str:
    visible = "case_id IN (SELECT c.id FROM cases c)"
    mine = "holder = left(session_user::text, 120)"
    parts = [_LEASES, _rls(LEASES),
             _policy(LEASES, "sipdesk_team", "SELECT", CASE_ROLES, visible),
             _policy(LEASES, "sipdesk_take", "INSERT", CASE_ROLES, check=f"{mine} AND {visible}"),
             _policy(LEASES, "sipdesk_holder", "UPDATE", CASE_ROLES, mine, mine),
             _policy(LEASES, "sipdesk_give_back", "DELETE", CASE_ROLES, mine),
             _lease_guard(CASES, CASES, "id")]
    parts += [_lease_guard(t.name, t.parent, t.column) for t in BOARD_TABLES + CONTENT_TABLES]
    return "".join(parts)


def _change_trigger(table: str, parent: str, column: str, label: str) -> str:
    return (
        f"DROP TRIGGER IF EXISTS sipdesk_log_change ON {table};\n"
        f"CREATE CONSTRAINT TRIGGER sipdesk_log_change AFTER INSERT OR UPDATE OR DELETE "
        f"ON {table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        f"EXECUTE FUNCTION sipdesk_log_change('{parent}', '{column}', '{label}');\n"
    )


def _rls(table: str) -> str:
    # FORCE as well: the owner is bound by the policies too; its own policy exists for
    # the SECURITY DEFINER functions above and nothing else logs in as the owner.
    return (
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\n"
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;\n"
        f"DROP POLICY IF EXISTS sipdesk_owner_functions ON {table};\n"
        f"CREATE POLICY sipdesk_owner_functions ON {table} TO {OWNER} "
        f"USING (true) WITH CHECK (true);\n"
    )


def _policy(table: str, name: str, command: str, roles: tuple[str, ...],
            using: str | None = None, check: str | None = None) -> str:
    clauses = f" USING ({using})" if using else ""
    clauses += f" WITH CHECK ({check})" if check else ""
    return (f"DROP POLICY IF EXISTS {name} ON {table};\n"
            f"CREATE POLICY {name} ON {table} FOR {command} TO {_groups(*roles)}{clauses};\n")


def _case_policies() -> str:
    mine = "team_id IN (SELECT sipdesk_case_teams())"
    parts = [_rls(CASES), _policy(CASES, "sipdesk_team", "ALL", CASE_ROLES, mine, mine),
             _change_trigger(CASES, CASES, "id", "ärendeuppgifter")]
    for t in BOARD_TABLES:
        visible = f"{_case_of(t)} IN (SELECT c.id FROM cases c)"
        parts += [_rls(t.name), _policy(t.name, "sipdesk_team", "ALL", CASE_ROLES,
                                        visible, visible),
                  _change_trigger(t.name, t.parent, t.column, t.label)]
    for t in CONTENT_TABLES:
        case = _case_of(t)
        visible = f"{case} IN (SELECT c.id FROM cases c)"
        led = (f"{case} IN (SELECT c.id FROM cases c "
               f"WHERE c.team_id IN (SELECT sipdesk_led_teams()))")
        parts += [
            _rls(t.name),
            _policy(t.name, "sipdesk_opened", "SELECT", CASE_ROLES,
                    f"{visible} AND sipdesk_case_opened({case})"),
            _policy(t.name, "sipdesk_led", "SELECT", (TEAMLEAD,), led),
            _policy(t.name, "sipdesk_insert", "INSERT", CASE_ROLES, check=visible),
            _policy(t.name, "sipdesk_update", "UPDATE", CASE_ROLES, visible, visible),
            _policy(t.name, "sipdesk_delete", "DELETE", CASE_ROLES, visible),
            _change_trigger(t.name, t.parent, t.column, t.label),
        ]
    return "".join(parts)


_FUNCTIONS = (
    "sipdesk_case_teams()", "sipdesk_led_teams()", "sipdesk_my_team()",
    "sipdesk_case_opened(integer)", "sipdesk_case_reference(integer)",
    "sipdesk_open_case(integer)", "sipdesk_log_export(integer, text)",
    "sipdesk_break_lease(integer)",
)
# Only who works with cases numbers new ones.
_CASE_FUNCTIONS = ("sipdesk_next_number(text)",)
_TRIGGER_FUNCTIONS = ("sipdesk_access_log_seal()", "sipdesk_log_change()",
                      "sipdesk_log_created()", "sipdesk_lease_guard()")


def _settings_policies() -> str:
    # Another login's profile is invisible and cannot be written, so nobody can put a
    # colleague's name or phone number on their letters; the shared settings (the local
    # agreement) stay everyone's.
    allowed = (f"key !~ '{PERSONAL_SETTING}' "
               f"OR substr(key, strpos(key, ':') + 1) = session_user::text")
    every = ALL_GROUPS
    return "".join([_rls(SETTINGS),
                    _policy(SETTINGS, "sipdesk_settings", "ALL", every, allowed, allowed)])


def _grants() -> str:
    every = _groups(*ALL_GROUPS)
    case_tables = [CASES, *(t.name for t in BOARD_TABLES + CONTENT_TABLES)]
    lines = [
        f"REVOKE ALL ON {', '.join([*classified_tables(), *TEAM_TABLES])} FROM PUBLIC;",
        f"GRANT SELECT ON {', '.join(READ_ONLY_TABLES)} TO {every};",
        f"GRANT SELECT, INSERT, UPDATE ON {', '.join(SHARED_TABLES)} TO {every};",
        f"GRANT SELECT, INSERT, UPDATE ON {', '.join(DIRECTORY_TABLES)} "
        f"TO {_groups(*CASE_ROLES)};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(DIRECTORY_TABLES)} TO {ADMIN};",
        # Everyone may try; the policies decide (an administrator's board is empty).
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(case_tables)} TO {every};",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {ACCESS_LOG} FROM {every};",
        f"GRANT SELECT, INSERT ON {ACCESS_LOG} TO {every};",
        f"GRANT SELECT ON {', '.join(TEAM_TABLES)} TO {ADMIN};",
        f"GRANT SELECT ON sipdesk_teams TO {_groups(*CASE_ROLES)};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {LEASES} TO {_groups(*CASE_ROLES)};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {every};",
    ]
    for fn in _FUNCTIONS:
        lines.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC;")
        lines.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {every};")
    for fn in _CASE_FUNCTIONS:
        lines.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC;")
        lines.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {_groups(*CASE_ROLES)};")
    for fn in _TRIGGER_FUNCTIONS:
        lines.append(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC;")
    return "\n".join(lines) + "\n"


def security_sql() -> str:
    """The whole script, run as the owner role in one transaction."""
    return "".join([_TEAMS, _COUNTERS, _LOG, _case_policies(), _lease_policies(),
                    _settings_policies(), _grants(),
                    f"DELETE FROM sipdesk_meta WHERE key = '{SECURITY_META_KEY}';\n"
                    f"INSERT INTO sipdesk_meta (key, value) "
                    f"VALUES ('{SECURITY_META_KEY}', '{SECURITY_VERSION}');\n"])


# --- the program's side ----------------------------------------------------------------

_INSTALLED = "sipdesk_server_security"  # cached per pooled connection in Connection.info


def logs_reads(session: Session) -> bool:
    """Is this a team server with these rules, where the server itself logs every read?"""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return False
    known = conn.info.get(_INSTALLED)
    if known is None:
        known = conn.info[_INSTALLED] = bool(conn.scalar(
            text("SELECT to_regprocedure('sipdesk_open_case(integer)') IS NOT NULL")))
    return bool(known)


def open_case(session: Session, case_id: int) -> None:
    """Before a case's content is read on a team server: the logged opening that lets this
    login see it, committed on a connection of its own (the server counts only committed
    openings). A case the login may not see is left alone (it reads as not found)."""
    if not logs_reads(session):
        return
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with engine.begin() as conn:
        # Should the caller's own transaction hold the log's lock, fail instead of waiting.
        conn.execute(text(f"SET LOCAL lock_timeout = '{OPEN_LOCK_TIMEOUT}'"))
        conn.execute(text("SELECT sipdesk_open_case(c.id) FROM cases c WHERE c.id = :id"),
                     {"id": case_id})


_NUMBERS = "sipdesk_next_number_installed"  # cached per pooled connection in Connection.info


def next_number(session: Session, name: str) -> int:
    """The next number of counter `name` on a PostgreSQL store, atomically.

    On a secured server through sipdesk_next_number (the logins may not write
    sipdesk_meta); on a server without the rules (tests, a store being set up) by
    the same upsert, which the row's lock keeps atomic between sessions.
    """
    conn = session.connection()
    installed = conn.info.get(_NUMBERS)
    if installed is None:
        installed = conn.info[_NUMBERS] = bool(conn.scalar(
            text("SELECT to_regprocedure('sipdesk_next_number(text)') IS NOT NULL")))
    if installed:
        return int(conn.scalar(text("SELECT sipdesk_next_number(:name)"), {"name": name}))
    return int(conn.scalar(text(
        "INSERT INTO sipdesk_meta AS m (key, value) VALUES (:key, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = (CAST(m.value AS integer) + 1)::text "
        "RETURNING CAST(value AS integer)"), {"key": f"seq:{name}"}))
