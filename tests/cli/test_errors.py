"""The command line's one error handler: every error is a Swedish sentence and an exit status,
never a traceback, and never a child's name or personnummer, even when writes fail."""

from __future__ import annotations

import importlib
import logging

import pytest
import sqlalchemy

from sipdesk.services.failures import DISK_FULL, FILE_NOT_WRITTEN, READ_ONLY
from sipdesk.store import engine as store_engine

# The module, not the function sipdesk.cli exports under the same name.
cli = importlib.import_module("sipdesk.cli.main")

# A fictional child; 19121212-1212 is a Skatteverket test personnummer.
FIRST, LAST, PNR = "Tindra", "Zyxwvutsson", "19121212" + "1212"


@pytest.fixture
def store(tmp_path, store_templates, memory_keyring):
    """A closed keychain store with one case that has a plan, and the names it holds."""
    folder = tmp_path / "data"
    with store_templates.get().open_copy(folder, memory_keyring) as ws:
        case = ws.cases.create(first_name=FIRST, last_name=LAST, personnummer=PNR,
                               question="Hur får barnet stöd i skolan?")
        ws.plans.start_version(case.id)
        names = [FIRST, LAST, PNR, "19121212-1212", "121212-1212", case.reference]
    return folder, names[:-1]


def _names_written_by_demo_data(store_templates, memory_keyring, tmp_path, cases: int):
    """What `demo-data --cases N` would write: the same seed on a copy of the same store."""
    from sipdesk.services.demo import fill_demo_data

    with store_templates.get().open_copy(tmp_path / "names", memory_keyring) as other:
        fill_demo_data(other, cases=cases, seed=2026)
        found = []
        for case in other.cases.all():
            found.extend([case.child.full_name, case.child.personnummer or ""])
    return [n for n in found if n]


def _with_session_pragma(monkeypatch, pragma) -> None:
    """Every new connection to the store gets `pragma(conn)` after the usual set-up."""
    real = store_engine._finish_session

    def finish(conn) -> None:
        real(conn)
        pragma(conn)

    monkeypatch.setattr(store_engine, "_finish_session", finish)


def _full(conn) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()


def _read_only(conn) -> None:
    conn.execute("PRAGMA query_only = ON").fetchall()


@pytest.mark.parametrize(("pragma", "message"), [(_full, DISK_FULL), (_read_only, READ_ONLY)])
def test_a_failing_disk_is_told_in_swedish_without_personal_data(
    store, monkeypatch, capsys, caplog, store_templates, memory_keyring, tmp_path,
    pragma, message,
):
    folder, names = store
    names += _names_written_by_demo_data(store_templates, memory_keyring, tmp_path, 3)
    caplog.set_level(logging.DEBUG)  # as with SIPDESK_LOG=DEBUG: the traceback is logged
    _with_session_pragma(monkeypatch, pragma)
    # --force: the store holds a real case, which demo-data would otherwise refuse.
    status = cli.main(["--data-dir", str(folder), "demo-data", "--cases", "3", "--force"])
    out, err = capsys.readouterr()
    assert status == 2
    assert err.strip() == f"sipdesk: {message}"
    assert "Traceback" not in out + err
    assert "Traceback" in caplog.text  # only in the debug log, and even there ...
    for name in names:  # ... no row's values
        assert name not in out and name not in err and name not in caplog.text


def test_a_plan_written_where_no_file_can_be_is_told_with_its_own_status(store, capsys, tmp_path):
    folder, names = store
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    status = cli.main(["--data-dir", str(folder), "export-plan", "SIP-2026-0001",
                       str(blocker / "plan.pdf")])
    out, err = capsys.readouterr()
    assert status == cli.EXIT_FILE
    assert err.strip() == f"sipdesk: {FILE_NOT_WRITTEN}"
    assert "Traceback" not in out + err
    for name in names:
        assert name not in err


def test_any_error_at_all_becomes_a_sentence_and_a_status(monkeypatch, capsys, caplog, tmp_path):
    # A driver error whose own text quotes a row (as some do): the handler never repeats it.
    quoted = sqlalchemy.exc.DBAPIError(
        "UPDATE cases SET child_first_name=?", (FIRST,), Exception(f"odd: {FIRST} {PNR}"))

    def explode(_args):
        raise quoted

    parser = cli.build_parser()
    args = parser.parse_args(["--data-dir", str(tmp_path), "cases"])
    monkeypatch.setattr(args, "run", explode)
    monkeypatch.setattr(cli.argparse.ArgumentParser, "parse_args", lambda *a, **k: args)
    caplog.set_level(logging.DEBUG)
    status = cli.main([])
    _out, err = capsys.readouterr()
    assert status == 2
    assert err.startswith("sipdesk: Något gick fel")
    assert FIRST not in err and PNR not in err

    def bug(_args):
        raise RuntimeError("a fault of the program")

    monkeypatch.setattr(args, "run", bug)
    assert cli.main([]) == cli.EXIT_FAULT
    assert "Traceback" not in capsys.readouterr().err
