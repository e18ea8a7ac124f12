"""Team-server addresses without a server: TLS required off this computer, no password in
anything shown or saved, the setting for the next start, and the Swedish sentences for
what psycopg says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sipdesk.store import server_errors as errors

psycopg = pytest.importorskip("psycopg")

REMOTE = "postgresql://anna.berg@sipdesk.kommun.example/sipdesk"


def test_a_server_on_the_network_is_reached_only_with_sslmode_verify_full() -> None:
    from sipdesk.store.server import server_url

    assert server_url(REMOTE).query["sslmode"] == "verify-full"
    assert server_url(REMOTE + "?sslmode=verify-full").query["sslmode"] == "verify-full"
    for weaker in ("disable", "allow", "prefer", "require", "verify-ca"):
        with pytest.raises(errors.ServerTlsRequired) as refused:
            server_url(f"{REMOTE}?sslmode={weaker}")
        assert "sslmode=verify-full" in str(refused.value)
    # Kerberos' own encryption (GSSAPI, docs/team-server.md) is enough.
    assert "sslmode" not in server_url(REMOTE + "?gssencmode=require").query


@pytest.mark.parametrize("local", [
    "postgresql://anna@localhost/sipdesk", "postgresql://anna@127.0.0.1:5433/sipdesk",
    "postgresql://anna@[::1]/sipdesk", "postgresql://anna@/sipdesk",
    "postgresql://anna@/sipdesk?host=/var/run/postgresql",
])
def test_this_computer_needs_no_tls(local: str) -> None:
    from sipdesk.store.server import server_url

    assert "sslmode" not in server_url(local).query


def test_no_password_in_what_is_shown_logged_or_saved(tmp_path: Path) -> None:
    from sipdesk.store.server_config import save_server_url, saved_server_url
    from sipdesk.store.server_credentials import split_password, without_password

    with_password = ("postgresql://anna.berg:Hemligt-lösen-1@sipdesk.kommun.example:5433/"
                     "sipdesk?sslrootcert=/etc/sipdesk/ca.crt")
    shown = without_password(with_password)
    assert "Hemligt" not in shown
    assert shown == ("postgresql://anna.berg@sipdesk.kommun.example:5433/sipdesk"
                     "?sslrootcert=/etc/sipdesk/ca.crt")
    clean, password = split_password(with_password)
    assert password == "Hemligt-lösen-1" and clean.password is None
    config = tmp_path / "server.json"
    saved = save_server_url(with_password, config)
    assert "Hemligt" not in config.read_text(encoding="utf-8")
    assert saved_server_url(config) == saved
    assert json.loads(config.read_text(encoding="utf-8"))["server_url"] == (
        "postgresql://anna.berg@sipdesk.kommun.example:5433/sipdesk"
        "?sslmode=verify-full&sslrootcert=/etc/sipdesk/ca.crt")
    save_server_url("", config)  # the local store again
    assert saved_server_url(config) is None and not config.exists()


def test_a_wrong_address_is_not_saved(tmp_path: Path) -> None:
    from sipdesk.store.errors import StoreError
    from sipdesk.store.server_config import save_server_url

    config = tmp_path / "server.json"
    with pytest.raises(StoreError):
        save_server_url("mysql://anna@server/sipdesk", config)
    with pytest.raises(errors.ServerTlsRequired):
        save_server_url(REMOTE + "?sslmode=disable", config)
    assert not config.exists()


@pytest.mark.parametrize(("libpq", "kind"), [
    ('connection to server at "10.0.0.5", port 5432 failed: Connection refused\n\tIs the '
     'server running on that host and accepting TCP/IP connections?', errors.ServerUnreachable),
    ('could not translate host name "sipdesk.kommun.example" to address: Name or service '
     'not known', errors.ServerUnreachable),
    ('connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication '
     'failed for user "anna"', errors.ServerWrongPassword),
    ('connection to server at "10.0.0.5", port 5432 failed: SSL error: certificate verify '
     'failed', errors.ServerCertificateNotVerified),
    ('root certificate file "/home/anna/.postgresql/root.crt" does not exist\nEither '
     'provide the file, use the system\'s trusted roots with sslrootcert=system, or change '
     'sslmode to disable server certificate verification.',
     errors.ServerCertificateNotVerified),
    ('server certificate for "db.kommun.example" does not match host name '
     '"sipdesk.kommun.example"', errors.ServerCertificateNotVerified),
    ('FATAL:  no pg_hba.conf entry for host "10.1.2.3", user "anna", database "sipdesk", '
     'no encryption', errors.ServerRefusedLogin),
])
def test_what_libpq_says_becomes_one_swedish_sentence(libpq: str, kind: type) -> None:
    error = errors.classify(libpq, password_given=True)
    assert type(error) is kind
    assert "anna" not in str(error) and "10.0.0.5" not in str(error)


def test_no_password_supplied_is_a_question_not_a_wrong_password() -> None:
    said = "connection to server failed: fe_sendauth: no password supplied"
    assert type(errors.classify(said, password_given=False)) is errors.ServerPasswordNeeded


def test_refusals_and_a_lost_connection_at_work_are_told_in_swedish() -> None:
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from sipdesk.services import failures

    rls = psycopg.errors.InsufficientPrivilege(
        'new row violates row-level security policy for table "cases"')
    refused = failures.describe(ProgrammingError("INSERT ...", {}, rls))
    assert refused.message == failures.SERVER_NOT_PERMITTED and refused.refused
    leased = psycopg.errors.InsufficientPrivilege(
        "Ärendet är taget med av anna till 2026-12-01 och kan bara läsas tills det lämnats "
        "tillbaka.")
    assert failures.describe(leased).message == failures.SERVER_CASE_LEASED
    lost = psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly")
    told = failures.describe(OperationalError("SELECT ...", {}, lost))
    assert told.message == failures.SERVER_CONNECTION_LOST and not told.refused
    assert failures.is_store_fault(lost)
    for message in failures.SERVER_MESSAGES:
        assert "{" not in message  # fixed sentences: the window translates them whole
