"""The family version of the plan can be cancelled while it renders, as the plan for signing
can: in the case record and at the end of the meeting, with the real store worker thread.

The render is held at its start (a gate in the family story) until "Avbryt exporten" has
been pressed, so that the press always lands in the middle of the export, never after it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from sipdesk.export import family_plan_pdf
from sipdesk.ui.case.plan_versions import PlanVersions
from tests.ui.conftest import settle
from tests.ui.test_meeting_end import _editor, _end, held  # noqa: F401  (held: the fixture)
from tests.ui.test_plan_versions import signed_case  # noqa: F401  (the fixture)


class Gate:
    """Holds the family render (on the worker) until the test lets it go."""

    def __init__(self, monkeypatch):
        self.started, self.go = threading.Event(), threading.Event()
        self.threads: list[str] = []
        real = family_plan_pdf.family_story

        def held_story(*args, **kwargs):
            self.threads.append(threading.current_thread().name)
            self.started.set()
            assert self.go.wait(10), "the test never let the render go on"
            return real(*args, **kwargs)

        monkeypatch.setattr(family_plan_pdf, "family_story", held_story)


def _left_in(folder: Path) -> list[str]:
    """Every file in the folder: no PDF, and no temporary part of one."""
    return sorted(p.name for p in folder.iterdir())


def test_the_family_version_can_be_cancelled_in_the_case_record(
        qtbot, live_ops, signed_case, tmp_path, monkeypatch):  # noqa: F811
    case, _plan = signed_case
    folder = tmp_path / "ut"
    folder.mkdir()
    widget = PlanVersions(live_ops, case.id, choose_path=lambda title, name: folder / name)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, live_ops)
    qtbot.waitUntil(lambda: widget.export_family.isEnabled())
    gate = Gate(monkeypatch)
    qtbot.mouseClick(widget.export_family, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.started.is_set)
    assert widget.cancel_export.isVisible() and widget.cancel_export.isEnabled()
    assert not widget.export_family.isEnabled()  # one export at a time
    qtbot.mouseClick(widget.cancel_export, Qt.MouseButton.LeftButton)
    assert widget.status.text() == "Avbryter exporten …"
    gate.go.set()
    qtbot.waitUntil(lambda: widget.status.text() == "Exporten avbröts.", timeout=10_000)
    settle(qtbot, live_ops)
    assert gate.threads and gate.threads[0] != threading.main_thread().name  # the worker's
    assert _left_in(folder) == []  # no file, not even half of one
    assert not widget.cancel_export.isVisible() and widget.export_family.isEnabled()
    # Not cancelled, the family version is written whole.
    monkeypatch.undo()
    qtbot.mouseClick(widget.export_family, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sparad" in widget.status.text(), timeout=10_000)
    assert _left_in(folder) == [f"plan-{case.reference}-v1-familj.pdf"]


def test_the_family_version_can_be_cancelled_at_the_end_of_the_meeting(
        qtbot, live_ops, held, tmp_path, monkeypatch):  # noqa: F811
    folder = tmp_path / "ut"
    folder.mkdir()
    editor = _editor(qtbot, live_ops, held["meeting_id"])
    dialog = _end(qtbot, editor, lambda title, name: Path(folder / name))
    gate = Gate(monkeypatch)
    assert not dialog.cancel_export.isVisible()
    qtbot.mouseClick(dialog.export_family, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.started.is_set)
    assert dialog.cancel_export.isVisible()  # offered for the family version too
    qtbot.mouseClick(dialog.cancel_export, Qt.MouseButton.LeftButton)
    gate.go.set()
    qtbot.waitUntil(lambda: dialog.export_status.text() == "Exporten avbröts.",
                    timeout=10_000)
    settle(qtbot, live_ops)
    assert not dialog.cancel_export.isVisible()
    assert _left_in(folder) == []
    dialog.close()
    editor.close()
