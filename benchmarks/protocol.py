"""Meeting mode: keystroke to projector repaint, and what autosave costs the GUI thread.

A realistic protocol of about 3,000 words in a demo store. Measures, over
1,000 keystrokes into one section:

- keystroke -> projector updated and repainted, each key timed until the
  event loop is idle again (the editor, the projector's layout and paint;
  target: under one 16 ms frame): median and worst;
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

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
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


def settle(app: QApplication) -> None:
    """Process events until the loop is idle: two calls in a row with nothing to do."""
    quiet = 0
    while quiet < 2:
        t0 = time.perf_counter()
        app.processEvents()
        quiet = quiet + 1 if time.perf_counter() - t0 < 0.0002 else 0


def measure(keystrokes: int = KEYSTROKES) -> dict:
    """Keystroke to projector repaint over `keystrokes` keys, each timed until the loop is idle.

    Returns {"words", "sections", "turn_ms" (list), "painted" (keys after which the
    projector had painted), "gui_write_ms" (list)}.
    """
    app = QApplication.instance() or QApplication([])
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
    settle(app)
    target = editor.section_edits["current_situation"]
    editor.focus_section("current_situation")
    target.moveCursor(target.textCursor().MoveOperation.End)
    settle(app)

    # Time spent on the GUI thread handing writes to the worker.
    gui_write_ms: list[float] = []
    real_write = ops.write

    def timed_write(*args, **kw):
        t0 = time.perf_counter()
        real_write(*args, **kw)
        gui_write_ms.append((time.perf_counter() - t0) * 1000)

    ops.write = timed_write  # type: ignore[method-assign]

    class Painted(QObject):  # counts the projector's paints
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj is projector_body:
                Painted.count += 1
            return False

    projector_body = projector._blocks["current_situation"].body
    watch = Painted()
    projector_body.installEventFilter(watch)
    turn_ms: list[float] = []
    painted = 0
    for i in range(keystrokes):
        char = "a" if i % 7 else " "
        before = Painted.count
        t0 = time.perf_counter()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            app.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                            char))
        settle(app)  # the projector's layout and repaint, and the editor's own
        turn_ms.append((time.perf_counter() - t0) * 1000)
        painted += Painted.count > before
        if i % 25 == 0:  # a pause in typing: the debounce fires and a write goes out
            time.sleep(autosave.PAUSE_MS / 1000 + 0.01)
            settle(app)
    editor.flush()
    while editor.has_unsaved:
        app.processEvents()
        time.sleep(0.005)
    ops.shutdown()
    ws.close()
    return {"words": words, "sections": len(keys), "turn_ms": turn_ms, "painted": painted,
            "gui_write_ms": gui_write_ms}


def main() -> None:
    result = measure()
    turn_ms, gui_write_ms = result["turn_ms"], result["gui_write_ms"]
    median = statistics.median(turn_ms)
    worst = max(turn_ms)
    print(f"protocol: {result['words']} words in {result['sections']} sections; "
          f"{len(turn_ms)} keystrokes, each timed until the event loop is idle "
          f"(the projector painted after {result['painted']})")
    print(f"keystroke -> projector repaint: median {median:.2f} ms, "
          f"p95 {sorted(turn_ms)[int(0.95 * len(turn_ms))]:.2f} ms, worst {worst:.2f} ms "
          f"(worst / 16 ms frame = {worst / FRAME_MS:.2f})")
    over = sum(1 for t in turn_ms if t > FRAME_MS)
    print(f"  keystrokes over one frame: {over} of {len(turn_ms)}")
    if gui_write_ms:
        print(f"autosave on the GUI thread: {len(gui_write_ms)} writes queued, "
              f"median {statistics.median(gui_write_ms):.3f} ms, "
              f"worst {max(gui_write_ms):.3f} ms (worst / frame = "
              f"{max(gui_write_ms) / FRAME_MS:.3f}); the write itself runs on the worker")


if __name__ == "__main__":
    main()
