"""SQL statements to open a case record, and to store one edited field, through the window.

    .venv/bin/python benchmarks/case_open.py [--cases 40]

Before the seam, one click on a card ran 144 statements (eight loads of the
same case, one per panel, 62 of them on the GUI thread) and every stored
field re-read the whole case (about 30). The target is at most a fifth of
144. A demo store is built in a temporary folder; the window runs offscreen
with the real store worker; every statement is counted, with its thread.
Nothing is asserted here (tests/ui/test_case_open_cost.py holds the line);
the numbers are printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEFORE = 144  # measured on the window before the seam (issue 9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from sipdesk.domain.enums import Stage
    from sipdesk.services.demo import fill_demo_data
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.case.record import CaseRecord
    from sipdesk.ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, Workspace.create(
        Path(tmp) / "store", Secrets(passphrase="benchmark-only")  # a throwaway store
    ) as ws:
        fill_demo_data(ws, cases=args.cases)
        case_id = next(c.id for c in ws.cases.all() if c.stage is Stage.MEETING)
        threads: list[str] = []
        event.listen(ws.store.engine, "before_cursor_execute",
                     lambda *_a: threads.append(threading.current_thread().name))
        ops = Operations(ws)

        def settle() -> None:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
                app.processEvents()
                if not ops.busy:
                    return

        record = CaseRecord(ops, case_id)
        record.show()
        settle()
        opened = list(threads)
        threads.clear()
        record.tabs.setCurrentIndex(1)
        record.question.setPlainText(record.question.toPlainText() + " Och i skolan?")
        record.flush()
        settle()
        edited = list(threads)
        ops.shutdown()

    gui = threading.main_thread().name
    print(f"open a case:   {len(opened):4d} statements "
          f"({sum(t == gui for t in opened)} on the GUI thread); before the seam {BEFORE}, "
          f"target at most {BEFORE // 5}")
    print(f"store a field: {len(edited):4d} statements "
          f"({sum(t == gui for t in edited)} on the GUI thread); before the seam about 30")


if __name__ == "__main__":
    main()
