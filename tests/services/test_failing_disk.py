"""A full disk, a read-only store and a damaged page: told in Swedish, without personal data,
and `check` names the damaged page and the newest good backup."""

from __future__ import annotations

import logging
import traceback

import pytest

from sipdesk.services.failures import DAMAGED, DISK_FULL, READ_ONLY, describe, is_damage
from sipdesk.services.health import check

pytestmark = pytest.mark.local_store(
    "a full disk, a read-only file and damaged pages are the local file's failures"
)

# A fictional child; 19121212-1212 is a Skatteverket test personnummer. Kept out of
# the lines that call the store, so a traceback's source lines cannot quote them.
FIRST, LAST, PNR = "Tindra", "Zyxwvutsson", "19121212" + "1212"
PERSONAL = (FIRST, LAST, PNR, "19121212-1212", "121212-1212")


def _pragma(ws, sql: str) -> None:
    # The store's one connection (StaticPool): the pragma holds for everything after.
    with ws.store.engine.connect() as conn:
        conn.exec_driver_sql(sql)


def _full_disk(ws) -> None:
    with ws.store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


def _assert_nothing_personal(*texts: str) -> None:
    for text in texts:
        for secret in PERSONAL:
            assert secret not in text


def _failing_write(ws):
    question = "Hur får barnet stöd? " * 4000  # enough to need new pages
    with pytest.raises(Exception) as failed:
        ws.cases.create(first_name=FIRST, last_name=LAST, personnummer=PNR, question=question)
    return failed.value


@pytest.mark.parametrize(("make_it_fail", "message"), [
    (lambda ws: _pragma(ws, "PRAGMA query_only = ON"), READ_ONLY),
    (_full_disk, DISK_FULL),
])
def test_a_failed_write_is_told_without_the_rows_it_carried(ws, caplog, make_it_fail, message):
    caplog.set_level(logging.DEBUG)
    make_it_fail(ws)
    exc = _failing_write(ws)
    failure = describe(exc)
    assert failure.message == message and not failure.refused
    logging.getLogger("test").debug("as SIPDESK_LOG=DEBUG would log it", exc_info=exc)
    _assert_nothing_personal(str(exc), repr(exc), "".join(traceback.format_exception(exc)),
                             failure.message, caplog.text)
    assert "Traceback" in caplog.text  # the debug log really holds the whole traceback
    _pragma(ws, "PRAGMA query_only = OFF")
    _pragma(ws, "PRAGMA max_page_count = 1073741823")
    assert ws.cases.all() == []  # nothing half-stored


def _flip(path, page: int, offset: int = 1000) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_check_names_the_damaged_page_and_the_newest_good_backup(demo_copy):
    ws = demo_copy(12)
    first = ws.backups.make("manual")
    newest = ws.backups.make("timer")
    ws.store.engine.dispose()  # the WAL is folded into the file, as after closing
    _flip(ws.db_path, 34)
    report = check(ws)
    assert not report.ok
    assert report.damaged_pages == [34]
    lines = dict(report.lines)
    assert lines["Integritetskontroll"].startswith("FEL: skadad sida 34 av ")
    assert lines["Säkerhetskopia"].startswith(newest.name)
    text = "\n".join(report.problems)
    assert "Sida 34 av" in text
    assert f"”sipdesk restore {newest.name}”" in text
    assert f"”sipdesk restore {first.name}”" not in text  # names can share a second
    # A read that meets the page is told as damage, in Swedish, pointing at check.
    try:
        ws.board.snapshot()
        ws.cases.summaries()
        [ws.views.case(c.id) for c in ws.cases.all()]
    except Exception as exc:
        assert is_damage(exc)
        assert describe(exc).message == DAMAGED
    # And putting the backup back mends it.
    ws.backups.restore(newest.name)
    assert check(ws).ok
    assert len(ws.cases.all()) == 12


def test_a_whole_store_checks_out_and_names_its_backup(ws):
    report = check(ws)
    assert report.ok, report.problems
    assert dict(report.lines)["Säkerhetskopia"] == "ingen som klarar kontrollen"
    made = ws.backups.make("manual")
    report = check(ws)
    assert report.ok and report.good_backup == made.name
