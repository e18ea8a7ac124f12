"""Start the GUI: unlock the store, show the main window; and the self-test."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from sipdesk import APP_NAME, __version__
from sipdesk.services.errors import DomainError, Secrets, StoreError
from sipdesk.services.workspace import Workspace
from sipdesk.ui.board.board import CaseBoard
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.operations import Operations


def _ensure_platform() -> None:
    # With no display (CI, a server, a frozen bundle's check) render offscreen.
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application() -> QApplication:
    _ensure_platform()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("sipdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # Wayland matches the window to sipdesk.desktop by this
    return app


def _ask_passphrase(prompt: str) -> str | None:
    text, ok = QInputDialog.getText(
        None, "Lås upp arkivet", prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def _show_recovery_key(recovery_key: str) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Återställningsnyckel")
    box.setText(
        "Ett nytt krypterat arkiv har skapats. Skriv ut eller skriv ner "
        "återställningsnyckeln och förvara den säkert. Den behövs om nyckelringen "
        "eller lösenfrasen går förlorad."
    )
    box.setInformativeText(recovery_key)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def run(data_dir: Path | None, demo: bool = False) -> int:
    app = application()
    try:
        if demo or data_dir is None:
            ws = Workspace.demo()
        else:
            secrets = Secrets.from_env()
            secrets.ask_passphrase = _ask_passphrase
            ws = Workspace.open_or_create(data_dir, secrets)
            if ws.store.recovery_key:
                _show_recovery_key(ws.store.recovery_key)
    except (StoreError, DomainError) as exc:
        QMessageBox.critical(None, "Arkivet kunde inte öppnas", str(exc))
        return 2
    ops = Operations(ws)
    try:
        window = MainWindow(ops)
        window.show()
        _close_on_signals(window)
        return app.exec()
    finally:
        ops.shutdown()  # every queued write is stored before the store closes
        ws.close()


def _close_on_signals(window: MainWindow) -> QTimer:
    """Ctrl+C or a polite kill closes the window the normal way: typing is stored,
    the worker finishes, a demo store is removed."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: window.close())
    # Python runs signal handlers only between its own bytecodes; while Qt waits
    # for events none run, so a timer lets Python in a few times a second.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _wait_for(app: QApplication, ready: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let background reads finish, so the self-test sees what the coordinator would."""
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _report(surfaces: Mapping[str, QWidget | None]) -> int:
    failures = 0
    for name, widget in surfaces.items():
        ok = widget is not None and widget.objectName() == name and widget.isVisible()
        if isinstance(widget, CaseBoard):
            ok = ok and widget.is_loaded
        failures += not ok
        print(f"{'ok  ' if ok else 'FEL '} {name}")
    return failures


def _report_mirroring(editor: ProtocolEditor) -> int:
    """What is typed in the protocol is on the projector at once."""
    probe = "Självtest: det här syns på skärmen."
    editor.section_edits["child_voice"].setPlainText(probe)
    projector = editor.projector
    ok = projector is not None and any(probe in text for text in projector.visible_texts())
    print(f"{'ok  ' if ok else 'FEL '} ProjectorWindow visar protokollet medan det skrivs")
    return not ok


def selftest() -> int:
    """Open every main surface on a demo store; one line per surface; 0 only if all went well."""
    app = application()
    failures = 0
    with Workspace.demo(cases=24) as ws:
        # Picked before the worker starts, so the store has one user at a time.
        with_meeting = next(c.id for c in ws.cases.all() if c.meetings and c.id is not None)
        ops = Operations(ws)
        window = MainWindow(ops)
        window.show()
        app.processEvents()
        _wait_for(app, lambda: window.board.is_loaded)
        failures += _report(window.surfaces())
        # A case record takes the board's place; open one with a meeting.
        window.open_case(with_meeting)
        record = window.record
        assert record is not None
        record.tabs.setCurrentWidget(record.meetings_tab)
        _wait_for(app, lambda: record.meetings_tab.protocol_button.isEnabled())
        # Meeting mode the way a coordinator starts it, and the projector beside it.
        record.meetings_tab.protocol_button.click()
        meeting_mode = window.meeting_mode
        assert meeting_mode is not None
        editor = meeting_mode.editor
        _wait_for(app, lambda: bool(editor.section_edits))
        editor.open_projector()
        app.processEvents()
        surfaces = window.surfaces()
        opened = ("CaseRecord", "ResponseTracker", "ProtocolEditor", "ProjectorWindow")
        failures += _report({name: surfaces.get(name) for name in opened})
        failures += _report_mirroring(editor)
        window.close()
    print("självtest: allt fungerar" if not failures else f"självtest: {failures} fel")
    return 0 if not failures else 1
