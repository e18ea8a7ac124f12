"""Meeting mode: keystroke to projector repaint, and what autosave costs the GUI thread.

A realistic protocol of about 3,000 words in a demo store. Measures, over
1,000 keystrokes into one section:

- keystroke -> projector updated and repainted (target: within the same
  event-loop turn, under one 16 ms frame): median and worst;
- the time autosave takes on the GUI thread (target: typing never waits for
  the disk; the write itself runs on the store's worker thread): worst case.

Run: .venv/bin/python benchmarks/protocol.py   (prints; asserts nothing)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sipdesk.domain.enums import MeetingKind, Stage  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402
from sipdesk.ui import autosave  # noqa: E402
from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor  # noqa: E402
from sipdesk.ui.operations import Operations  # noqa: E402

KEYSTROKES = int(os.environ.get("BENCH_KEYSTROKES", "1000"))
FRAME_MS = 16.0
WORDS = ("barnet skolan familjen vill behöver stöd mentor psykolog samtal hemma trygg "
         "vardag frånvaro fritid kompisar sömn oro målet insats veckan uppföljning").split()


def _text(rng: random.Random, words: int) -> str:
    out = []
    for i in range(words):
        out.append(rng.choice(WORDS))
        if i % 14 == 13:
            out[-1] += "."
    return " ".join(out).capitalize()


def main() -> None:
    app = QApplication([])
    ws = Workspace.demo(cases=12, clock=lambda: date(2026, 11, 23))
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id
    ops = Operations(ws)  # the real store worker
    editor = ProtocolEditor(ops, meeting_id)
    editor.resize(1400, 900)
    editor.show()
    while not editor.is_open:  # the meeting is opened on the worker
        app.processEvents()
        time.sleep(0.005)
    projector = editor.open_projector()
    projector.resize(1920, 1080)
    rng = random.Random(7)
    keys = list(editor.section_edits)
    for key in keys:  # ~3,000 words over the sections
        editor.section_edits[key].setPlainText(_text(rng, 3000 // len(keys)))
    words = sum(len(e.toPlainText().split()) for e in editor.section_edits.values())
    app.processEvents()
    target = editor.section_edits["current_situation"]
    editor.focus_section("current_situation")
    target.moveCursor(target.textCursor().MoveOperation.End)
    app.processEvents()

    # Time spent on the GUI thread handing writes to the worker.
    gui_write_ms: list[float] = []
    real_write = ops.write

    def timed_write(*args, **kw):
        t0 = time.perf_counter()
        real_write(*args, **kw)
        gui_write_ms.append((time.perf_counter() - t0) * 1000)

    ops.write = timed_write  # type: ignore[method-assign]

    turn_ms: list[float] = []
    for i in range(KEYSTROKES):
        char = "a" if i % 7 else " "
        t0 = time.perf_counter()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            app.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                            char))
        projector.repaint()  # force the paint now, as the next frame would
        turn_ms.append((time.perf_counter() - t0) * 1000)
        if i % 25 == 0:  # a pause in typing: the debounce fires and a write goes out
            time.sleep(autosave.PAUSE_MS / 1000 + 0.01)
        app.processEvents()
    editor.flush()
    while editor.has_unsaved:
        app.processEvents()
        time.sleep(0.005)

    median = statistics.median(turn_ms)
    worst = max(turn_ms)
    print(f"protocol: {words} words in {len(keys)} sections; {KEYSTROKES} keystrokes")
    print(f"keystroke -> projector repaint: median {median:.2f} ms, "
          f"p95 {sorted(turn_ms)[int(0.95 * len(turn_ms))]:.2f} ms, worst {worst:.2f} ms "
          f"(worst / 16 ms frame = {worst / FRAME_MS:.2f})")
    over = sum(1 for t in turn_ms if t > FRAME_MS)
    print(f"  keystrokes over one frame: {over} of {KEYSTROKES}")
    if gui_write_ms:
        print(f"autosave on the GUI thread: {len(gui_write_ms)} writes queued, "
              f"median {statistics.median(gui_write_ms):.3f} ms, "
              f"worst {max(gui_write_ms):.3f} ms (worst / frame = "
              f"{max(gui_write_ms) / FRAME_MS:.3f}); the write itself runs on the worker")
    ops.shutdown()
    ws.close()
    app.quit()


if __name__ == "__main__":
    main()
