"""Take docs/meeting-end.png again: "Avsluta mötet" over meeting mode on a 1366x768 screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/meeting_end_screenshot.py

The demo cases are invented and their personnummer come from Skatteverket's
test series. The dialog is painted where Qt puts it, centred on the meeting
mode window of a 1366x768 laptop screen.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sipdesk.domain.entities import PlanAction  # noqa: E402
from sipdesk.domain.enums import MeetingKind, Stage  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui.app import application  # noqa: E402
from sipdesk.ui.meeting_mode.screens import ScreenList  # noqa: E402
from sipdesk.ui.meeting_mode.window import MeetingModeWindow  # noqa: E402
from sipdesk.ui.operations import Operations  # noqa: E402

DAY = date(2026, 11, 23)
OUT = ROOT / "docs" / "meeting-end.png"


def settle(app: QApplication, ops: Operations, seconds: float = 1.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or ops.busy:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = application()
    with Workspace.demo(cases=12, clock=lambda: DAY) as ws:
        case = next(c for c in ws.cases.all()
                    if c.stage is Stage.MEETING and not c.current_plan.is_signed)
        meeting = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
        plan = case.current_plan
        # One row still without a date: the checklist shows what is missing.
        ws.plans.add_action(plan.id, PlanAction(
            goal="Familjen får avlastning", action="Utreda kontaktfamilj",
            organisation_id=plan.actions[0].organisation_id,
            person_name=plan.actions[0].person_name))
        ops = Operations(ws)
        window = MeetingModeWindow(ops, meeting.id, screens=ScreenList.from_rects([]))
        window.resize(1366, 768)
        window.show()
        settle(app, ops)
        dialog = window.editor.open_meeting_end()
        assert dialog is not None
        settle(app, ops)
        background = window.grab()
        front = dialog.grab()
        painter = QPainter(background)
        painter.drawPixmap(QPoint((background.width() - front.width()) // 2,
                                  (background.height() - front.height()) // 2), front)
        painter.end()
        background.save(str(OUT))
        print(f"wrote {OUT.relative_to(ROOT)} ({background.width()}x{background.height()})")
        ops.shutdown()


if __name__ == "__main__":
    main()
