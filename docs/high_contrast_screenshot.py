"""Take docs/high-contrast-200.png again: the main window at 1920x1080 in high contrast
with the text at 200 %, offscreen, from fictional demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/high_contrast_screenshot.py [--record]

High contrast is read when sipdesk.ui.theme is first imported (ui/theme.py), so
the choice is stored in a QSettings folder of its own before anything of the
window is imported. --record also writes the case record (high-contrast-200-record.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
_settings = tempfile.TemporaryDirectory(prefix="sipdesk-screenshots-")  # gone at exit
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _settings.name)

from sipdesk.ui import memory  # noqa: E402

memory.set_value("appearance/high_contrast", True)
memory.set_value("appearance/font_scale", 200)

from docs.make_screenshots import DAY, save, wait  # noqa: E402
from sipdesk.domain.enums import Stage  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui import theme  # noqa: E402
from sipdesk.ui.app import application  # noqa: E402
from sipdesk.ui.main_window import MainWindow  # noqa: E402
from sipdesk.ui.operations import Operations  # noqa: E402


def main() -> None:
    assert theme.HIGH_CONTRAST
    app = application()
    with Workspace.demo(cases=40, clock=lambda: DAY) as ws:
        ops = Operations(ws)
        window = MainWindow(ops)
        window.resize(1920, 1080)
        window.show()
        wait(app, ops, lambda: window.board.is_loaded)
        save(window, "high-contrast-200.png")
        if "--record" in sys.argv:
            case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
            window.open_case(case.id)
            record = window.record
            assert record is not None
            wait(app, ops, lambda: record.view is not None)
            save(window, "high-contrast-200-record.png")
        window.close()
        ops.shutdown()


if __name__ == "__main__":
    main()
