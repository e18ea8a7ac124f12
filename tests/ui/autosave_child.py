"""Run by test_autosave_crash: type into the protocol, say so, then wait to be killed.

argv: data_dir meeting_id section_key text. The passphrase comes from
SIPDESK_PASSPHRASE; the keychain is switched off by the parent.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sipdesk.services.errors import Secrets  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor  # noqa: E402
from sipdesk.ui.tasks import TaskManager  # noqa: E402


def main() -> None:
    data_dir, meeting_id, key, text = sys.argv[1:5]
    app = QApplication([])
    ws = Workspace.open(Path(data_dir), Secrets.from_env(), clock=lambda: date(2026, 11, 23))
    tasks = TaskManager()  # the real worker thread
    editor = ProtocolEditor(ws, int(meeting_id), tasks=tasks)
    editor.show()
    editor.focus_section(key)
    QTest.keyClicks(editor.section_edits[key], text)
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    print("typed", flush=True)
    while True:  # no clean shutdown: the parent kills us
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main()
