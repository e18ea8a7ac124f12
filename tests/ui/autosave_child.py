"""Run by test_autosave_crash: type into the protocol through the real worker, then be killed.

argv: data_dir meeting_id section_key text mode. The passphrase comes from
SIPDESK_PASSPHRASE; the keychain is switched off by the parent.

mode "paused": type the text, wait 1.5 s (a pause, as a person makes), print
"typed", then wait to be killed.
mode "steady": one key every 150 ms, never pausing; after each key print
"typed <characters so far> <monotonic time>", and go on until killed.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sipdesk.services.errors import Secrets  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor  # noqa: E402
from sipdesk.ui.meeting_mode.screens import ScreenList  # noqa: E402
from sipdesk.ui.operations import Operations  # noqa: E402

KEY_EVERY_S = 0.15


def _run_events(app: QApplication, seconds: float) -> None:
    """Let timers and the worker's answers through for `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.003)


def main() -> None:
    data_dir, meeting_id, key, text, mode = sys.argv[1:6]
    app = QApplication([])
    ws = Workspace.open(Path(data_dir), Secrets.from_env(), clock=lambda: date(2026, 11, 23))
    ops = Operations(ws)  # the real store worker thread, as the program runs it
    editor = ProtocolEditor(ops, int(meeting_id), screens=ScreenList.from_rects([]))
    editor.show()
    deadline = time.monotonic() + 30
    while not editor.is_open and time.monotonic() < deadline:
        _run_events(app, 0.02)
    editor.focus_section(key)
    edit = editor.section_edits[key]
    if mode == "paused":
        QTest.keyClicks(edit, text)
        _run_events(app, 1.5)
        print("typed", flush=True)
    else:
        next_key = time.monotonic()
        for typed, char in enumerate(text, start=1):
            QTest.keyClicks(edit, char)  # one key
            print(f"typed {typed} {time.monotonic():.3f}", flush=True)
            next_key += KEY_EVERY_S
            _run_events(app, max(0.0, next_key - time.monotonic()))
        print("done", flush=True)
    while True:  # no clean shutdown: the parent kills us
        _run_events(app, 0.05)


if __name__ == "__main__":
    main()
