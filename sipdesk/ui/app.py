"""Start the GUI: paint the window, open the store behind it, show the board; and the self-test.

The window paints first (issue 14): it is shown, or the passphrase is asked
over it, with only Qt and a few small modules imported. Then a worker thread
imports the rest of the program, derives the key and opens the store, while
the window says that it is opening or unlocking and keeps answering input.
What opening has to ask (a passphrase, the recovery key, a yes or no) is
asked on the GUI thread with the same modal dialogs as before, while the
worker waits for the answer; whatever stops the opening is told as before.
Once the store is open the board is built in the same window and reads its
cards on the store worker.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import CancelledError, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from sipdesk import APP_NAME, __version__
from sipdesk.services.before_opening import (
    Secrets,
    derive_ahead,
    disable_core_dumps,
    forget_key_ahead,
    passphrase_prompt,
)
from sipdesk.services.resources import resources_dir
from sipdesk.ui import theme
from sipdesk.ui.collector import collect_on_gui_thread
from sipdesk.ui.i18n import translate
from sipdesk.ui.language import chosen_language, install_language
from sipdesk.ui.main_window import MainWindow, import_content, import_later
from sipdesk.ui.start_shell import unlocking_text
from sipdesk.ui.unlock import StartPrompts

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor
    from sipdesk.ui.operations import Operations

T = TypeVar("T")


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


class StartQuestions(Protocol):
    """What opening asks: StartPrompts on the GUI thread, or its stand-in on the worker."""

    wants_recovery_key: bool

    def passphrase(self, prompt: str) -> str | None: ...

    def new_passphrase(self, prompt: str) -> str | None: ...

    def recovery_key(self, why: str, *, problem: str = "",
                     offer_start_over: bool = False) -> tuple[str | None, bool]: ...

    def confirm(self, title: str, text: str, yes: str) -> bool: ...


def open_workspace(data_dir: Path, prompts: StartQuestions,
                   secrets: Secrets | None = None) -> Workspace:
    """Open (or create) the store at `data_dir`, asking what is needed in the window.

    A missing keychain entry or a missing store.json asks for the recovery key
    (a few tries); a new store without a keychain asks for a passphrase twice;
    a creation cut short is cleaned only if the coordinator agrees. Raises
    Cancelled when a question is declined, StoreError/DomainError otherwise.
    """
    from sipdesk.services.errors import (
        BadRecoveryKey,
        HalfCreated,
        HeaderMissing,
        KeyUnavailable,
        PassphraseRequired,
        WrongKey,
    )
    from sipdesk.services.workspace import Workspace

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


def import_the_rest() -> None:
    """Everything the window paints without: the services, the engine, the window's content.

    Run on the start-up worker after the first paint (Python imports are safe
    on any thread; the widgets are still made on the GUI thread).
    """
    import sipdesk.services.errors  # noqa: F401
    import sipdesk.services.workspace  # noqa: F401

    import_content()
    freeze_start_up_objects()


# --- the worker and the GUI thread -----------------------------------------------------------


class GuiThread(QObject):
    """Runs a function on the GUI thread for a worker that waits for its result."""

    _job = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job.connect(self._run)
        self._lock = threading.Lock()
        self._waiting: set[Future[Any]] = set()
        self._closed = False

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """fn(*args, **kwargs) on the GUI thread, from the worker; Cancelled once closed."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise Cancelled()
            self._waiting.add(future)
        try:
            self._job.emit((future, fn, args, kwargs))
            return future.result()
        except CancelledError:
            raise Cancelled() from None
        finally:
            with self._lock:
                self._waiting.discard(future)

    def _run(self, job: tuple[Future[Any], Callable[..., Any], tuple[Any, ...],
                              dict[str, Any]]) -> None:
        future, fn, args, kwargs = job
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)

    def close(self) -> None:
        """The window is gone: a question not asked yet never will be."""
        with self._lock:
            self._closed = True
            for future in self._waiting:
                future.cancel()


class AskedOnGuiThread:
    """StartPrompts for the worker: each question asked on the GUI thread, the worker waiting.

    A key typed in (a passphrase, a recovery key) turns the window's word to
    "Låser upp…": what follows is the key's derivation.
    """

    def __init__(self, prompts: StartPrompts, gui: GuiThread, unlocking: Callable[[], None]):
        self._prompts = prompts
        self._gui = gui
        self._unlocking = unlocking

    @property
    def wants_recovery_key(self) -> bool:
        return self._prompts.wants_recovery_key

    @wants_recovery_key.setter
    def wants_recovery_key(self, value: bool) -> None:
        self._prompts.wants_recovery_key = value

    def _key(self, answer: T) -> T:
        if answer:
            self._unlocking()
        return answer

    def passphrase(self, prompt: str) -> str | None:
        return self._gui.call(lambda: self._key(self._prompts.passphrase(prompt)))

    def new_passphrase(self, prompt: str) -> str | None:
        return self._gui.call(lambda: self._key(self._prompts.new_passphrase(prompt)))

    def recovery_key(self, why: str, *, problem: str = "",
                     offer_start_over: bool = False) -> tuple[str | None, bool]:
        def ask() -> tuple[str | None, bool]:
            text, again = self._prompts.recovery_key(why, problem=problem,
                                                     offer_start_over=offer_start_over)
            self._key(text)
            return text, again

        return self._gui.call(ask)

    def confirm(self, title: str, text: str, yes: str) -> bool:
        return self._gui.call(self._prompts.confirm, title, text, yes)


# --- the team server --------------------------------------------------------------------------


def server_label(url: str) -> str:
    """host/database of a server URL for the opening page, before anything is imported;
    never the password (only the host and the database are read out of the URL)."""
    rest = url.split("://", 1)[-1]
    host_part, _, path = rest.partition("/")
    host = host_part.rpartition("@")[2] or "localhost"
    return f"{host}/{path.split('?', 1)[0]}"


def connecting_text(where: str) -> str:
    return translate("StartUp", "Ansluter till teamservern {server}…").format(server=where)


def show_server(window: MainWindow, where: str) -> QLabel:
    """The title bar and the status bar say which team server the window works on, so the
    coordinator always knows that the cases are the team's, not this computer's."""
    said = translate("StartUp", "Teamserver: {server}").format(server=where)
    return _say_where(window, said, "ServerStatus")


def show_taken(window: MainWindow) -> QLabel:
    """As show_server: the title and status bar say these are the cases taken along."""
    said = translate("StartUp", "Med mig: ärenden tagna från teamservern")
    return _say_where(window, said, "TakenStatus")


def _say_where(window: MainWindow, said: str, name: str) -> QLabel:
    window.setWindowTitle(f"{window.windowTitle()} – {said}")
    label = QLabel(said)
    label.setObjectName(name)
    label.setAccessibleName(said)
    # First among the permanent widgets (index 0 is the failure notice on the left).
    window.statusBar().insertPermanentWidget(1, label)
    return label


# The worker starts when the window has painted; at the latest after this, should a
# platform never say so.
START_AT_THE_LATEST_MS = 500
# How long the window, once closed, waits for the worker to end (a key derivation or a
# keychain that does not answer); after that the process ends without it.
WORKER_JOIN_S = 30.0


def _told_as_store_error(failure: BaseException) -> bool:
    """A store or domain error: its Swedish text is what the coordinator is told."""
    from sipdesk.services.errors import DomainError, StoreError

    return isinstance(failure, StoreError | DomainError)


class StartUp(QObject):
    """One start of the window: the worker that opens the store, and what the window does then.

    After run()'s event loop: `ws` and `ops` are what was opened (None if
    nothing), `status` the exit status, `error` an unexpected exception of the
    worker, to be raised on the GUI thread.
    """

    _finished = Signal()
    opened = Signal()

    def __init__(self, app: QApplication, window: MainWindow, prompts: StartPrompts, *,
                 data_dir: Path | None, demo: bool, secrets: Secrets,
                 server: str | None = None, taken: bool = False):
        super().__init__(window)
        self._server = None if demo else server
        # The window works on the cases taken along (`--taken`, or chosen when the server
        # did not answer): said in its title, so nobody mistakes them for the team's board.
        self.taken = taken
        self._app = app
        self._window = window
        self._prompts = prompts
        self._data_dir = data_dir
        self._demo = demo
        self._secrets = secrets
        self._gui = GuiThread(self)
        self._thread: threading.Thread | None = None
        self._result: tuple[Workspace | None, BaseException | None] = (None, None)
        self.ws: Workspace | None = None
        self.ops: Operations | None = None
        self.status = 0
        self.error: BaseException | None = None
        self._over = False  # run() has ended: a late word of the worker is not acted on
        self._finished.connect(self._open_window)
        window.installEventFilter(self)
        QTimer.singleShot(START_AT_THE_LATEST_MS, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # once this paint is on the screen
        return False

    def start(self) -> None:
        if self._thread is None:
            if self._data_dir is not None and not self._demo and self._server is None:
                # scrypt (or the keychain's lookup) on a thread of its own, beside the
                # imports, not after them.
                derive_ahead(self._data_dir, self._secrets.passphrase or "")
            self._thread = threading.Thread(target=self._open, name="sipdesk-start",
                                            daemon=True)
            self._thread.start()

    def unlocking(self) -> None:
        """The key is in hand (GUI thread): the window says it is unlocking."""
        self._window.say_opening(unlocking_text())

    def passphrase_typed(self, passphrase: str) -> None:
        """The early question is answered: its key is derived at once, whatever still loads."""
        self.unlocking()
        if self._data_dir is not None:
            derive_ahead(self._data_dir, passphrase)

    # --- on the worker --------------------------------------------------------------------

    def _open(self) -> None:
        try:
            import_the_rest()
            from sipdesk.services.workspace import Workspace

            if self._demo or self._data_dir is None:
                ws = Workspace.demo()
            elif self._server is not None:
                ws = self._open_server_or_taken()
            else:
                ws = open_workspace(self._data_dir,
                                    AskedOnGuiThread(self._prompts, self._gui, self.unlocking),
                                    self._secrets)
            self._result = (ws, None)
        except BaseException as exc:
            self._result = (None, exc)
        finally:
            forget_key_ahead()  # one not taken (another store, a wrong passphrase) goes
        self._finished.emit()

    def _open_server_or_taken(self) -> Any:
        """The team server; when it does not answer (a school without network) and this
        computer has cases taken along, the coordinator may work on those instead."""
        from sipdesk.services.takealong import laptop_store, server_unreachable
        from sipdesk.services.workspace import Workspace

        assert self._server is not None and self._data_dir is not None
        try:
            return Workspace.open_server(self._server, self._data_dir,
                                         ask_password=self._ask_password)
        except Exception as exc:
            taken = laptop_store(self._data_dir)
            if not server_unreachable(exc) or taken is None:
                raise
            offer = (translate("StartUp", "Teamservern svarar inte"), translate(
                "StartUp", "Teamservern svarar inte, så teamets ärenden kan inte öppnas nu. "
                           "Du har ärenden med dig på den här datorn: vill du arbeta med dem? "
                           "Det du gör sparas här och lämnas tillbaka till servern när du är "
                           "ansluten igen (Ärende > Lämna tillbaka ärendet)."),
                translate("StartUp", "Öppna ärendena jag har med mig"))
            if not self._gui.call(self._prompts.confirm, *offer):
                raise
        self.taken = True
        self._gui.call(self._window.say_opening, unlocking_text())
        return open_workspace(taken, AskedOnGuiThread(self._prompts, self._gui, self.unlocking),
                              self._secrets)

    def _ask_password(self, where: str, problem: str) -> Any:
        """The team server wants a password: asked in a dialog on the GUI thread."""
        from sipdesk.services.server_connection import PasswordAnswer
        from sipdesk.ui.dialogs.server_password import ask_server_password

        answer = self._gui.call(ask_server_password, where, problem, self._window)
        if answer is None:
            return None
        self._gui.call(self._window.say_opening, connecting_text(where))
        return PasswordAnswer(*answer)

    # --- on the GUI thread ----------------------------------------------------------------

    def _open_window(self) -> None:
        if self._over:
            return
        if self._thread is not None:
            self._thread.join()  # it has emitted its last word
        ws, failure = self._result
        self._result = (None, None)
        if not self._window.isVisible():  # closed while it opened: end
            if ws is not None:
                ws.close()
            self._ended(failure or Cancelled(), tell=False)
            return
        if ws is None:
            self._ended(failure or Cancelled())
            return
        from sipdesk.ui.operations import Operations

        self.ws = ws
        try:
            _after_opening(ws, self._prompts)
        except BaseException as exc:
            self._ended(exc)
            return
        self.ops = Operations(ws)
        try:
            self._window.attach(self.ops)
        except BaseException as exc:  # said by the command line, as any failure of run()
            self._ended(exc)
            return
        if ws.server_name is not None:
            show_server(self._window, ws.server_name)
        elif self.taken:
            show_taken(self._window)
        self._window.board.model.loaded.connect(self._import_later)
        self.opened.emit()

    def _import_later(self) -> None:
        """The board is in: what a case, a dialog or meeting mode needs is imported now,
        on a thread, rather than on the GUI thread when the coordinator opens one."""
        self._window.board.model.loaded.disconnect(self._import_later)
        threading.Thread(target=import_later, name="sipdesk-imports", daemon=True).start()

    def _ended(self, failure: BaseException, *, tell: bool = True) -> None:
        """Opening stopped: said as it always was, and the event loop ends."""
        self._prompts.drop_early()  # a passphrase asked early is not needed now
        if isinstance(failure, Cancelled):
            print(f"sipdesk: {CANCELLED}", file=sys.stderr)
            if tell:
                self._prompts.tell("sipdesk avslutas", CANCELLED)
        elif _told_as_store_error(failure) and self._server is not None:
            # The team server's sentences are failures.py's, in the window's language.
            from sipdesk.ui.i18n_messages import failure_text

            text = failure_text(str(failure))
            print(f"sipdesk: {text}", file=sys.stderr)
            if tell:
                self._prompts.tell(translate("StartUp", "Teamservern kunde inte öppnas"), text,
                                   problem=True)
        elif _told_as_store_error(failure):
            print(f"sipdesk: {failure}", file=sys.stderr)
            if tell:
                self._prompts.tell("Arkivet kunde inte öppnas", str(failure), problem=True)
        else:
            self.error = failure
        self.status = EXIT_NOT_OPENED
        self._window.hide()
        self._app.exit(EXIT_NOT_OPENED)

    def finish(self) -> None:
        """After the event loop: no question waits any more, the worker is done, and a
        store it opened that no window took is closed."""
        self._over = True
        self._prompts.drop_early()
        self._gui.close()
        if self._thread is not None:
            self._thread.join(WORKER_JOIN_S)
        ws, failure = self._result
        self._result = (None, None)
        if ws is not None and self.ws is None:
            ws.close()
        if self.ws is None and not self.status:  # the window closed before the store was open
            self.status = EXIT_NOT_OPENED
            if failure is None or isinstance(failure, Cancelled) or _told_as_store_error(failure):
                print(f"sipdesk: {CANCELLED}", file=sys.stderr)
            else:
                self.error = failure


def run(data_dir: Path | None, demo: bool = False, *,
        prompts: StartPrompts | None = None, lang: str | None = None,
        server: str | None = None, taken: bool = False) -> int:
    """The window on the local store at `data_dir`, a demo store, or the team server at
    `server` (a URL; data_dir is then this computer's own folder). `taken`: data_dir is
    the store of the cases taken along (`sipdesk --taken`)."""
    disable_core_dumps()  # a core file would hold the key and a child's data
    # Out of the environment at once, demo or not: no program started from here
    # (the mail program) may inherit them.
    secrets = Secrets.from_env()
    app = application(lang)
    window = MainWindow()  # the opening page, until the store is open
    prompts = prompts or StartPrompts(window)
    if server and not demo:
        window.say_opening(connecting_text(server_label(server)))
    elif secrets.passphrase or secrets.recovery_key:
        window.say_opening(unlocking_text())
    window.show()
    start = StartUp(app, window, prompts, data_dir=data_dir, demo=demo, secrets=secrets,
                    server=server, taken=taken)
    if not demo and data_dir is not None and not server:
        question = passphrase_prompt(data_dir, secrets)
        if question is not None:
            # Asked at once, over the window: typed while the rest loads.
            early = prompts.ask_passphrase_early(question)
            early.accepted.connect(lambda: start.passphrase_typed(early.field.text()))
    before = _close_on_signals(window)
    try:
        status = app.exec()
    finally:
        for sig, handler in before.items():  # the window is gone: so are its handlers
            signal.signal(sig, handler)
        start.finish()
        if start.ops is not None:
            start.ops.shutdown()  # every queued write is stored before the store closes
        if start.ws is not None:
            start.ws.close()
    if start.error is not None:
        raise start.error
    return start.status or status


def _close_on_signals(window: MainWindow) -> dict[signal.Signals, Any]:
    """Ctrl+C or a polite kill closes the window the normal way: typing is stored,
    the worker finishes, a demo store is removed. Returns the handlers it replaced."""
    def close(*_args: object) -> None:
        if not window.attached:
            # A question of start-up is answered "no", so that the worker can end.
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QDialog):
                modal.reject()
        window.close()

    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in before:
        signal.signal(sig, close)
    # Python runs signal handlers only between its own bytecodes; while Qt waits
    # for events none run, so a timer lets Python in a few times a second.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return before


def _wait_for(app: QApplication, ready: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let background reads finish, so the self-test sees what the coordinator would."""
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _report(surfaces: Mapping[str, QWidget | None]) -> int:
    from sipdesk.ui.board.board import CaseBoard
    from sipdesk.ui.statistics import StatisticsView

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
    from sipdesk.services.workspace import Workspace
    from sipdesk.ui.operations import Operations

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
