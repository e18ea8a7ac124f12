"""The access log: who opened, changed, exported and mailed a case, hash-chained and append-only."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from sipdesk.domain.entities import Deviation, Guardian
from sipdesk.domain.enums import DeviationKind
from sipdesk.domain.errors import DomainError
from sipdesk.services.access_log import USER_ENV
from sipdesk.services.health import check
from sipdesk.store.access_log import GENESIS
from sipdesk.store.models import AccessLogRow

USER = "samordnare.test"


@pytest.fixture(autouse=True)
def _user(monkeypatch):
    monkeypatch.setenv(USER_ENV, USER)


@pytest.fixture
def case(ws):
    # Fictional child; no personnummer needed here.
    return ws.cases.create(first_name="Tindra", last_name="Fjällgren", question="Skolan")


def _entries(ws, reference):
    return ws.access.extract(reference).entries


def _tamper(ws, sql: str, **params) -> None:
    """Change the log behind the program's back: drop the triggers as an attacker would."""
    with ws.store.engine.begin() as conn:
        on = " ON access_log" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"DROP TRIGGER access_log_no_update{on}")
        conn.exec_driver_sql(f"DROP TRIGGER access_log_no_delete{on}")
        conn.execute(text(sql), params)


def test_a_change_is_logged_with_the_user_in_the_same_transaction(ws, case):
    ws.cases.update(case.id, question="Hur går det i skolan?")
    entries = _entries(ws, case.reference)
    changed = [e for e in entries if e.action == "changed"]
    assert len(changed) == 2  # created, then the question
    last = changed[-1]
    assert (last.user, last.case_id, last.case_ref) == (USER, case.id, case.reference)
    assert last.detail == "ärendeuppgifter"
    assert last.at.date() == ws.today()
    assert last.label == "Ändrade"


def test_one_changed_entry_per_case_per_transaction(ws, case):
    other = ws.cases.create(first_name="Melker", last_name="Ås", question="")
    before = ws.access.verify().entries
    with ws.transaction():
        ws.cases.update(case.id, question="Ett")
        ws.cases.update(case.id, question="Två")
        ws.cases.add_guardian(other.id, Guardian("Fredrika Ås"))
    assert ws.access.verify().entries == before + 2
    assert _entries(ws, other.reference)[-1].detail == "ärendeuppgifter"


def test_a_change_that_fails_leaves_no_entry(ws, case):
    before = ws.access.verify().entries
    with pytest.raises(RuntimeError), ws.transaction():
        ws.cases.update(case.id, question="Sparas aldrig")
        raise RuntimeError("the disk went away")
    assert ws.access.verify().entries == before
    assert ws.cases.get(case.id).question == "Skolan"


def test_the_log_holds_no_personal_data(ws, case):
    ws.cases.add_guardian(case.id, Guardian("Fredrika Fjällgren", personnummer="19121212-1212"))
    ws.views.case(case.id)
    with ws.reading() as s:
        rows = s.query(AccessLogRow).all()
    for row in rows:
        for value in (row.user, row.case_ref, row.action, row.detail):
            assert "Tindra" not in value and "Fjällgren" not in value
            assert "1212" not in value


def test_reading_the_case_for_the_record_is_logged_as_opened_once_per_sitting(ws, case):
    ws.views.case(case.id)
    ws.views.case(case.id)  # the record reads again after a change: not a new opening
    opened = [e for e in _entries(ws, case.reference) if e.action == "opened"]
    assert len(opened) == 1
    assert opened[0].user == USER and opened[0].label == "Öppnade"


def test_reading_for_the_record_is_not_a_change(ws, case):
    _, changes = ws.changes_of(lambda w: w.views.case(case.id))
    assert changes.empty


def test_every_export_is_logged(demo_ws, tmp_path):
    ws = demo_ws
    cases = ws.cases.all(include_archived=True)
    with_plan = next(c for c in cases if c.plans)
    plan = with_plan.plans[-1]
    with_meeting = next(c for c in cases if any(m.date for m in c.meetings))
    meeting = next(m for m in with_meeting.meetings if m.date)
    with_deviation = with_plan
    deviation = ws.meetings.add_deviation(with_plan.id, Deviation(
        DeviationKind.OTHER, date(2026, 11, 20), next(iter(ws.directory.organisations_by_id())),
        "Kom inte till mötet.", draft=False))
    exports = [
        (with_plan, lambda: ws.documents.plan_pdf(plan.id, tmp_path / "plan.pdf"),
         f"plan version {plan.version} som PDF"),
        (with_plan, lambda: ws.documents.family_plan_pdf(plan.id, tmp_path / "familj.pdf"),
         f"familjeversion av plan version {plan.version} som PDF"),
        (with_meeting, lambda: ws.documents.attendance_pdf(meeting.id, tmp_path / "n.pdf"),
         "närvarolista som PDF"),
        (with_meeting, lambda: ws.documents.invitation_pdf(meeting.id, tmp_path / "k.pdf"),
         "kallelse som PDF"),
        (with_meeting, lambda: ws.documents.invitation_pdf(meeting.id, tmp_path / "k2.pdf",
                                                           per_recipient=True),
         "kallelser som PDF, en per mottagare"),
        (with_meeting, lambda: ws.documents.meeting_ics(meeting.id, tmp_path / "m.ics"),
         "kalenderfil för möte"),
        (with_deviation,
         lambda: ws.documents.deviation_pdf(deviation.id, tmp_path / "a.pdf"),
         "avvikelserapport som PDF"),
    ]
    for case, export, detail in exports:
        export()
        entry = _entries(ws, case.reference)[-1]
        assert (entry.action, entry.user, entry.case_id, entry.detail) == (
            "exported", USER, case.id, detail)


def test_an_export_whose_entry_cannot_be_written_leaves_no_file(ws, case, tmp_path,
                                                                 monkeypatch):
    def refuse(*_args, **_kw):
        raise RuntimeError("no log")

    monkeypatch.setattr(ws.access, "record", refuse)
    with pytest.raises(RuntimeError):
        ws.access.extract_pdf(case.reference, tmp_path / "logg.pdf")
    assert not (tmp_path / "logg.pdf").exists()


def test_opening_the_mail_program_is_logged(demo_ws):
    case = next(c for c in demo_ws.cases.all() if c.meetings)
    demo_ws.access.mailed(case.meetings[0].id)
    entry = _entries(demo_ws, case.reference)[-1]
    assert (entry.action, entry.label, entry.user) == ("mailed", "E-post", USER)


def test_the_extract_as_pdf_lists_who_did_what(ws, case, tmp_path):
    ws.views.case(case.id)
    out = ws.access.extract_pdf(case.reference, tmp_path / "logg.pdf")
    pages = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Loggutdrag" in pages and case.reference in pages
    assert USER in pages and "Öppnade" in pages and "Ändrade" in pages
    assert "kontrollerad och hel" in pages
    assert "Tindra" not in pages
    # Making the extract is itself an export of the case's data.
    last = _entries(ws, case.reference)[-1]
    assert (last.action, last.detail) == ("exported", "loggutdrag som PDF")


def test_an_unknown_case_has_no_extract(ws):
    with pytest.raises(DomainError, match="finns inte"):
        ws.access.extract("SIP-1999-999")


def test_history_entries_carry_the_user(ws, case):
    ws.cases.record_contact(case.id, date(2026, 11, 20), "Ringde skolan.")
    timeline = ws.cases.timeline(case.id)
    assert timeline and all(e.user == USER for e in timeline)


# --- append-only and tamper-evident -----------------------------------------------------


def test_the_chain_links_every_entry_to_the_one_before(ws, case):
    ws.cases.update(case.id, question="Ny")
    with ws.reading() as s:
        rows = s.query(AccessLogRow).order_by(AccessLogRow.id).all()
    assert rows[0].prev_hash == GENESIS
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.hash
    assert ws.access.verify().intact
    assert check(ws).ok


def test_the_store_refuses_to_change_or_remove_an_entry(ws, case):
    for sql in ("UPDATE access_log SET detail = 'x'", "DELETE FROM access_log"):
        with pytest.raises((IntegrityError, DatabaseError), match="append-only"), \
                ws.store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert ws.access.verify().intact


def test_check_fails_when_an_entry_was_altered(ws, case):
    ws.cases.update(case.id, question="Ny")
    _tamper(ws, "UPDATE access_log SET detail = 'inget' WHERE id = :id", id=2)
    report = check(ws)
    assert not report.ok
    assert any("post 2" in p and "har ändrats" in p for p in report.problems)
    assert any(k == "Åtkomstlogg" and v.endswith("BRUTEN") for k, v in report.lines)
    assert not ws.access.extract(case.reference).chain_intact


def test_check_fails_when_an_entry_was_removed(ws, case):
    ws.cases.update(case.id, question="Ny")
    ws.cases.update(case.id, question="Nyare")
    _tamper(ws, "DELETE FROM access_log WHERE id = 2")
    problems = check(ws).problems
    assert any("bruten före post 3" in p for p in problems)


def test_an_altered_entry_with_a_recomputed_hash_is_still_found(ws, case):
    from sipdesk.store.access_log import entry_hash

    ws.cases.update(case.id, question="Ny")
    with ws.reading() as s:
        row = s.get(AccessLogRow, 1)
        forged = entry_hash(row.prev_hash, row.id, row.at, "någon annan", row.case_id,
                            row.case_ref, row.action, row.detail)
    _tamper(ws, """UPDATE access_log SET "user" = 'någon annan', hash = :h WHERE id = 1""",
            h=forged)
    assert any("bruten före post 2" in p for p in ws.access.verify().problems)
