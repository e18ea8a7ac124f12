"""Nothing personal reaches the disk unencrypted, through the real use cases."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.entities import Guardian
from sipdesk.services.demo import fill_demo_data

pytestmark = pytest.mark.local_store("reads the bytes of the local file on disk")

CHILD = "Xylofonia"  # distinctive fictional names, easy to find in raw bytes
GUARDIAN = "Quirinus Zephyrsson"


def _forms(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _assert_absent(folder, *texts) -> list[str]:
    names = []
    for path in folder.rglob("*"):
        if path.is_file():
            names.append(path.name)
            data = path.read_bytes()
            for text in texts:
                for form in _forms(text):
                    assert form not in data, f"{text!r} in plain bytes in {path.name}"
    return names


def test_case_written_through_the_services_is_not_on_disk_in_plain_text(ws):
    fill_demo_data(ws, cases=30)
    case = ws.cases.create(first_name=CHILD, last_name="Lind", question="Skolfrånvaro hösten",
                           personnummer="20121212-1212")
    ws.cases.add_guardian(case.id, Guardian(GUARDIAN))
    ws.cases.update(case.id, question=f"Hur stöttar vi {CHILD} i skolan?")
    assert ws.cases.search(CHILD.lower()) == [case.id]  # sorts and scans, may use temp space
    ws.cases.summaries(on=date(2026, 11, 23))
    files = _assert_absent(ws.data_dir, CHILD, GUARDIAN, "20121212-1212", "201212121212")
    assert "sipdesk.db-wal" in files  # the committed rows sit in the WAL, encrypted
    ws.close()
    _assert_absent(ws.data_dir, CHILD, GUARDIAN, "20121212-1212")
