"""Start the GUI: unlock the store, show the main window; and the self-test."""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sipdesk import APP_NAME, __version__
from sipdesk.services.errors import (
    BadRecoveryKey,
    DomainError,
    HalfCreated,
    HeaderMissing,
    KeyUnavailable,
    PassphraseRequired,
    Secrets,
    StoreError,
    WrongKey,
)
from sipdesk.services.keys import disable_core_dumps
from sipdesk.services.resources import resources_dir
from sipdesk.services.workspace import Workspace
from sipdesk.ui import theme
from sipdesk.ui.board.board import CaseBoard
from sipdesk.ui.collector import collect_on_gui_thread
from sipdesk.ui.language import chosen_language, install_language
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
from sipdesk.ui.operations import Operations
from sipdesk.ui.statistics import StatisticsView
from sipdesk.ui.unlock import StartPrompts


def _ensure_platform() -> None:
    # With no display (CI, a server, a frozen bundle's check) render offscreen.
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(lang: str | None = None) -> QApplication:
    """The QApplication, in `lang` (sv or en; None: the language chosen in settings)."""
    _ensure_platform()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("sipdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # Wayland matches the window to sipdesk.desktop by this
    # Qt's own buttons, menus and dialogs and the program's words in the chosen language.
    install_language(app, chosen_language(lang), resources_dir() / "i18n")
    collect_on_gui_thread(app)  # a closed window must never be destroyed on the worker
    theme.apply_appearance(app)  # high contrast and the text size chosen in settings
    return app


# A few tries at the recovery key, then the program ends with the last message.
RECOVERY_TRIES = 5
EXIT_NOT_OPENED = 2

WRONG_RECOVERY_KEY = (
    "Återställningsnyckeln stämmer inte för det här arkivet. Kontrollera varje tecken "
    "och försök igen. Ingenting har ändrats."
)
CANCELLED = "Inget arkiv öppnades, så sipdesk avslutas. Ingenting har ändrats."
START_OVER_QUESTION = (
    "Var det ett arkiv som aldrig blev klart när det skapades? Då flyttas arkivfilen "
    "undan till en egen mapp i {data_dir} (den tas inte bort) och ett nytt, tomt arkiv "
    "skapas. Gör det bara om arkivet inte innehåller några ärenden du behöver."
)


class Cancelled(Exception):
    """The coordinator said no at a start-up question: end quietly."""


def open_workspace(data_dir: Path, prompts: StartPrompts,
                   secrets: Secrets | None = None) -> Workspace:
    """Open (or create) the store at `data_dir`, asking what is needed in the window.

    A missing keychain entry or a missing store.json asks for the recovery key
    (a few tries); a new store without a keychain asks for a passphrase twice;
    a creation cut short is cleaned only if the coordinator agrees. Raises
    Cancelled when a question is declined, StoreError/DomainError otherwise.
    """
    secrets = secrets if secrets is not None else Secrets.from_env()
    secrets.ask_passphrase = prompts.passphrase
    secrets.ask_new_passphrase = prompts.new_passphrase
    tries = 0
    while True:
        why, problem, start_over = "", "", False
        try:
            return Workspace.open_or_create(data_dir, secrets)
        except HalfCreated as exc:
            if not prompts.confirm("Arkivet blev inte klart", f"{exc}\n\nRensa mappen och "
                                   "skapa ett nytt arkiv?", "Rensa och skapa nytt"):
                raise Cancelled() from None
            Workspace.clean_half_made(data_dir)
            continue
        except PassphraseRequired:
            # A question was declined, or "I have forgotten the passphrase".
            if not prompts.wants_recovery_key:
                raise Cancelled() from None
            why = "Ange återställningsnyckeln som visades när arkivet skapades."
        except (KeyUnavailable, HeaderMissing) as exc:
            why, start_over = str(exc), isinstance(exc, HeaderMissing)
        except (WrongKey, BadRecoveryKey) as exc:
            if secrets.recovery_key is None:
                # The keychain's key does not fit, or the passphrase was wrong every
                # time: the recovery key still opens the store.
                why = str(exc)
            else:
                tries += 1
                if tries >= RECOVERY_TRIES:
                    raise
                why = ("Ange återställningsnyckeln som visades när arkivet skapades.")
                problem = str(exc) if isinstance(exc, BadRecoveryKey) else WRONG_RECOVERY_KEY
        prompts.wants_recovery_key = False
        text, again = prompts.recovery_key(why, problem=problem, offer_start_over=start_over)
        if again:
            if not prompts.confirm("Skapa ett nytt arkiv?",
                                   START_OVER_QUESTION.format(data_dir=data_dir),
                                   "Flytta undan och skapa nytt"):
                raise Cancelled()
            Workspace.clean_half_made(data_dir)
            secrets.recovery_key = None
            continue
        if text is None:
            raise Cancelled()
        secrets.recovery_key = text


def _after_opening(ws: Workspace, prompts: StartPrompts) -> None:
    """Show once what the coordinator must know: a new recovery key, how the store was opened."""
    store = ws.store
    notice, store.notice = store.notice, None
    if store.recovery_key:
        recovery_key, store.recovery_key = store.recovery_key, None
        prompts.show_recovery_key(recovery_key, intro=notice or "")
    elif notice:
        prompts.tell("Arkivet öppnades", notice)


def freeze_start_up_objects() -> None:
    """Move every object made so far (modules, classes, functions) out of later collections.

    By now the start-up imports are done and the QApplication exists; the store
    has not been read. These objects live as long as the program, yet every
    full collection would walk all of them again. gc.freeze() puts them in the
    permanent generation, so a collection only walks what came after: the
    cases, widgets and closures of this session. It does not turn collection
    back on, nor off: collector.py keeps automatic collection disabled and
    runs it on the GUI thread (a closed window must never be destroyed on the
    store worker), and that is still needed for everything made after this
    point; freezing only makes each of those collections cheaper.
    """
    gc.freeze()


def run(data_dir: Path | None, demo: bool = False, *,
        prompts: StartPrompts | None = None, lang: str | None = None) -> int:
    disable_core_dumps()  # a core file would hold the key and a child's data
    # Out of the environment at once, demo or not: no program started from here
    # (the mail program) may inherit them.
    secrets = Secrets.from_env()
    app = application(lang)
    freeze_start_up_objects()  # after the imports and the application, before the store
    prompts = prompts or StartPrompts()
    try:
        if demo or data_dir is None:
            ws = Workspace.demo()
        else:
            ws = open_workspace(data_dir, prompts, secrets)
            _after_opening(ws, prompts)
    except Cancelled:
        print(f"sipdesk: {CANCELLED}", file=sys.stderr)
        prompts.tell("sipdesk avslutas", CANCELLED)
        return EXIT_NOT_OPENED
    except (StoreError, DomainError) as exc:
        print(f"sipdesk: {exc}", file=sys.stderr)
        prompts.tell("Arkivet kunde inte öppnas", str(exc), problem=True)
        return EXIT_NOT_OPENED
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
        if isinstance(widget, CaseBoard | StatisticsView):
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


def selftest(lang: str | None = None) -> int:
    """Open every main surface on a demo store; one line per surface; 0 only if all went well."""
    disable_core_dumps()
    Secrets.from_env()  # not needed here; out of the environment all the same
    app = application(lang)
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
        # Statistik in the board's place: the period's figures counted on the worker.
        statistics = window.show_statistics()
        _wait_for(app, lambda: statistics.is_loaded or not ops.busy)
        failures += _report({"StatisticsView": window.surfaces().get("StatisticsView")})
        window.show_board()
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
