"""Take the window screenshots in docs/ again, offscreen, from fictional demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--only NAME ...]

Each picture is the real widget painted by Qt at the size named in its file
name (1366x768 is the common municipal laptop). Nothing personal is in them:
the demo cases are invented and their personnummer come from Skatteverket's
test series.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sipdesk.domain.enums import Attendance, MeetingKind, Response, Stage  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui.app import application  # noqa: E402
from sipdesk.ui.main_window import MainWindow  # noqa: E402
from sipdesk.ui.operations import Operations  # noqa: E402

DAY = date(2026, 11, 23)


def wait(app: QApplication, ops: Operations, ready: Callable[[], bool] = lambda: True,
         timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        app.processEvents()
        if not ops.busy and ready():
            break
    for _ in range(5):  # let layouts settle and paint
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str) -> None:
    path = DOCS / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def meeting_day(app: QApplication, ops: Operations, ws: Workspace, window: MainWindow,
                meeting_id: int) -> None:
    """The response tracker on the day of the meeting: a substitute, who came, who did not."""
    meeting = ws.meetings.get(meeting_id)
    ws.clock = lambda: meeting.date
    rows = [i.id for i in meeting.invitations]

    def answers(w: Workspace) -> None:
        w.meetings.record_response(rows[0], Response.SUBSTITUTE, meeting.date, "Kim Sjöberg")
        w.meetings.record_attendance(rows[0], Attendance.PRESENT)
        if len(rows) > 1:
            w.meetings.record_attendance(rows[1], Attendance.ABSENT_WITH_NOTICE)

    ops.write(window, answers)
    wait(app, ops)
    record = window.record
    assert record is not None
    record.reload()
    record.tabs.setCurrentWidget(record.meetings_tab)
    wait(app, ops)
    save(window, "response-tracker-meeting-day.png")


def main() -> None:
    # Layout memory (window geometry, splitters) in a folder of its own: the
    # pictures never depend on, or change, the settings of whoever runs this.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings = tempfile.TemporaryDirectory(prefix="sipdesk-screenshots-")  # gone at exit
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    only = parser.parse_args().only

    def wanted(name: str) -> bool:
        return only is None or any(part in name for part in only)

    app = application()
    with Workspace.demo(cases=40, clock=lambda: DAY) as ws:
        case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
        meeting_id = next(m.id for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
        ops = Operations(ws)
        window = MainWindow(ops)
        for size in ((1366, 768), (1920, 1080)):
            name = f"main-window-{size[0]}x{size[1]}.png"
            window.resize(*size)
            window.show()
            wait(app, ops, lambda: window.board.is_loaded)
            if wanted(name):
                save(window, name)
        window.resize(1366, 768)
        statistics = window.show_statistics()
        wait(app, ops, lambda: statistics.is_loaded)
        if wanted("statistics"):
            save(window, "statistics.png")
        window.show_board()
        window.open_case(case.id)
        record = window.record
        assert record is not None
        wait(app, ops, lambda: record.view is not None)
        if wanted("case-record"):
            save(window, "case-record.png")
        record.tabs.setCurrentWidget(record.meetings_tab)
        wait(app, ops)
        if wanted("response-tracker"):
            save(window, "response-tracker.png")
        meeting_mode = window.open_meeting_mode(meeting_id)
        meeting_mode.resize(1366, 768)
        editor = meeting_mode.editor
        wait(app, ops, lambda: editor.is_open)
        editor.focus_section("child_voice")
        editor.section_edits["child_voice"].setPlainText(
            "Jag vill ha en vuxen att prata med på rasterna och lugn i klassrummet.")
        wait(app, ops)
        if wanted("meeting-mode"):
            save(meeting_mode, "meeting-mode.png")
        projector = editor.open_projector()
        projector.resize(1920, 1080)
        wait(app, ops)
        if wanted("projector"):
            save(projector, "projector-1920x1080.png")
        meeting_mode.close()
        if wanted("response-tracker-meeting-day"):
            meeting_day(app, ops, ws, window, meeting_id)
        window.close()
        ops.shutdown()


if __name__ == "__main__":
    main()
