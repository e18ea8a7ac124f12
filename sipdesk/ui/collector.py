"""Python's garbage collector, run only on the GUI thread.

Python collects reference cycles on whichever thread happens to allocate when
a threshold is passed. A closed window is usually such a cycle (widgets and
the lambdas connected to their signals), so it could be destroyed on the store
worker thread, and Qt does not allow a widget to die there ("Timers cannot be
stopped from another thread", or a crash). So automatic collection is turned
off and the same thresholds are checked a few times a second on the GUI
thread (the PyQt "GarbageCollector" recipe).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect what the thresholds would have collected, here on the GUI thread."""
        counts = gc.get_count()
        if counts[0] <= self._threshold[0]:
            return
        generation = 0
        if counts[1] > self._threshold[1]:
            generation = 2 if counts[2] > self._threshold[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_installed: GuiCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiCollector:
    """Turn automatic collection off and collect on the GUI thread (once per process)."""
    global _installed
    if _installed is None:
        _installed = GuiCollector(app)
    return _installed
