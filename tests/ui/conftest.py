"""Fixtures of the window tests: the seam (at once, or with the real worker), a directory,
SQL statements counted by thread, and layout memory kept out of the real user's settings."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import event

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui.collector import collect_on_gui_thread
from sipdesk.ui.language import install_swedish
from sipdesk.ui.operations import Operations
from tests.conftest import TODAY  # noqa: F401 - tests import it from here


@pytest.fixture(scope="session", autouse=True)
def _qt_in_swedish(qapp):
    """As in the program (ui/app.py's application()): Qt's own words in Swedish."""
    assert install_swedish(qapp)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(qapp):
    """As in the program: cycles of closed widgets are collected on the GUI thread only."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def _layout_memory_in_tmp(tmp_path_factory):
    """QSettings of the tests go to a folder of their own, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def ops(qtbot, ws):
    """The seam running every read and write at once on the test's thread."""
    operations = Operations(ws, synchronous=True)
    yield operations
    operations.shutdown()


@pytest.fixture
def live_ops(qtbot, ws):
    """The seam with the real store worker thread, as the program runs it."""
    operations = Operations(ws)
    yield operations
    operations.shutdown()


def settle(qtbot, operations: Operations, timeout: int = 5000) -> None:
    """Wait until the worker has delivered everything queued (and what that queued)."""
    def idle() -> bool:
        if operations.busy:
            return False
        time.sleep(0.02)  # results that queue more work arrive through the event loop
        qtbot.wait(1)
        return not operations.busy

    qtbot.waitUntil(idle, timeout=timeout)


class StatementLog:
    """Every SQL statement the store executed, with the thread that executed it."""

    def __init__(self, engine):
        self.threads: list[str] = []
        self._engine = engine
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.threads.append(threading.current_thread().name)

    def on_gui_thread(self) -> int:
        return sum(1 for name in self.threads if name == threading.main_thread().name)

    def clear(self) -> None:
        self.threads.clear()

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


@pytest.fixture
def statements(ws):
    log = StatementLog(ws.store.engine)
    yield log
    log.close()


@pytest.fixture
def directory(ws):
    d = ws.directory
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    school = d.add_organisation(
        Organisation("Ekbackaskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY)
    )
    return {
        "bup": bup,
        "school": school,
        "psykolog": d.add_person(Person("Anna Berg", "psykolog", bup.id, phone="010-123 45 67")),
        "mentor": d.add_person(Person("Lena Holm", "mentor", school.id)),
    }
