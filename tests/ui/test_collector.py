"""Reference cycles of closed widgets are collected on the GUI thread, never on the worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from sipdesk.ui.collector import collect_on_gui_thread


class _Panel(QWidget):
    def __init__(self):
        super().__init__()
        self.me = self  # a cycle, like a widget whose lambdas reach itself


def test_a_closed_widget_in_a_cycle_dies_on_the_gui_thread(qapp, qtbot):
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    died_on: list[str] = []
    panel = _Panel()
    panel.destroyed.connect(lambda: died_on.append(threading.current_thread().name))
    gone = weakref.ref(panel)
    del panel

    # A worker allocating past every threshold no longer triggers a collection there.
    worker = threading.Thread(target=lambda: [[] for _ in range(50_000)], name="worker")
    worker.start()
    worker.join()
    assert gone() is not None

    alive = [[] for _ in range(gc.get_threshold()[0] + 1)]  # past generation 0's threshold
    collector.check()
    qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    assert died_on in ([], [threading.main_thread().name])
    del alive
