"""Issue 13 in the window: letters one file per recipient, and a plan export that can be
cancelled (plan versions in the case record, and the end of the meeting)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from sipdesk.services.documents import DocumentService
from sipdesk.ui.case.plan_versions import PlanVersions
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from tests.services.conftest import network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case
from tests.ui.test_meeting_end import _editor, _end, held  # noqa: F401  (held: the fixture)
from tests.ui.test_plan_versions import signed_case  # noqa: F401  (the fixture)


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


@pytest.fixture
def tab(qtbot, ops, built):
    widget = CaseMeetings(ops, built["case"])
    qtbot.addWidget(widget)
    return widget


def test_one_per_recipient_asks_for_a_folder_and_writes_a_file_each(tab, tmp_path,
                                                                    monkeypatch):
    folder = tmp_path / "kallelser"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: (asked.append(a[1]), str(folder))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("asked for one file"))
    assert tab.per_recipient.isChecked()
    tab.pdf_button.click()
    assert asked == ["Välj mapp för kallelserna"]
    files = sorted(folder.iterdir())
    invitees = len(tab.tracker.model.items())
    assert len(files) == invitees == 4
    assert {f.name for f in files} >= {"Kallelse Anna Berg.pdf", "Inbjudan Maria Lind.pdf"}
    assert all(len(PdfReader(f).pages) == 1 for f in files)
    assert tab.message.text() == f"Sparade 4 kallelser, en per mottagare, i {folder}"


def test_a_shared_letter_still_asks_for_one_file(tab, tmp_path, monkeypatch):
    out = tmp_path / "kallelse.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.per_recipient.setChecked(False)
    tab.pdf_button.click()
    assert len(PdfReader(out).pages) == 1 and "Sparad" in tab.message.text()


def test_a_failed_folder_export_says_why(tab, tmp_path):
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    tab.export_invitation_letters(blocker)
    assert tab.message.text().startswith("Filen kunde inte sparas där.")
    assert blocker.read_text() == "inte en mapp"


def _cancel_while_rendering(monkeypatch, button):
    """The coordinator presses "Avbryt exporten" while the plan renders (ops run at once
    in these tests, so the press comes from inside the render)."""
    real = DocumentService.plan_pdf
    seen = []

    def plan_pdf(self, plan_id, out_path, cancelled=None):
        seen.append(button.isVisible())
        button.click()
        return real(self, plan_id, out_path, cancelled=cancelled)

    monkeypatch.setattr(DocumentService, "plan_pdf", plan_pdf)
    return seen


def test_the_plan_export_can_be_cancelled_in_the_case_record(qtbot, ops, signed_case,  # noqa: F811
                                                             tmp_path, monkeypatch):
    case, _plan = signed_case
    widget = PlanVersions(ops, case.id, choose_path=lambda title, name: tmp_path / name)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.cancel_export.isVisible()
    seen = _cancel_while_rendering(monkeypatch, widget.cancel_export)
    qtbot.mouseClick(widget.export_plan, Qt.MouseButton.LeftButton)
    assert seen == [True]  # offered while the plan rendered
    assert widget.status.text() == "Exporten avbröts."
    assert not widget.cancel_export.isVisible() and widget.export_plan.isEnabled()
    assert list(tmp_path.glob("*.pdf")) == []  # no file, not even half of one
    # The next export runs to the end.
    monkeypatch.undo()
    qtbot.mouseClick(widget.export_plan, Qt.MouseButton.LeftButton)
    assert "Sparad" in widget.status.text() and len(list(tmp_path.glob("*.pdf"))) == 1


def test_the_plan_export_can_be_cancelled_at_the_end_of_the_meeting(qtbot, ops, held,  # noqa: F811
                                                                    tmp_path, monkeypatch):
    editor = _editor(qtbot, ops, held["meeting_id"])
    dialog = _end(qtbot, editor, lambda title, name: Path(tmp_path / name))
    seen = _cancel_while_rendering(monkeypatch, dialog.cancel_export)
    qtbot.mouseClick(dialog.export_plan, Qt.MouseButton.LeftButton)
    assert seen == [True]
    assert dialog.export_status.text() == "Exporten avbröts."
    assert not dialog.cancel_export.isVisible()
    assert list(tmp_path.glob("*.pdf")) == []
    dialog.close()
