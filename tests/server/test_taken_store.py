"""The cases taken along, opened where there is no network: `sipdesk --taken`, and the
window's offer when the team server does not answer.

The laptop's store of taken cases is an ordinary encrypted local store in
`<data dir>/med-mig`; here it is made directly, with one case in it.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from sipdesk.domain.enums import Stage

pytest.importorskip("psycopg")

TAKEN_TITLE = "Med mig: ärenden tagna från teamservern"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """This computer's data folder, holding one case taken along."""
    from sipdesk.services.errors import Secrets
    from sipdesk.services.takealong import LAPTOP_FOLDER
    from sipdesk.services.workspace import Workspace

    with Workspace.open_or_create(tmp_path / LAPTOP_FOLDER, Secrets()) as ws:
        case = ws.cases.create(first_name="Vera", last_name="Vind", question="Skolan i Åby?")
    (tmp_path / "reference").write_text(case.reference)  # for the tests to look for
    return tmp_path


def _silent_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _look_and_close(seen: dict[str, Any]) -> QTimer:
    """Reads the opened window's title, status and cards, then closes it."""
    from sipdesk.ui.main_window import MainWindow

    def tick() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None or not window.attached or not window.board.is_loaded:
            return
        timer.stop()
        try:
            seen["title"] = window.windowTitle()
            label = window.statusBar().findChild(QLabel, "TakenStatus")
            seen["status"] = label.text() if label is not None else None
            seen["cards"] = [card.reference for stage in Stage
                             for card in window.board.model.stage_model(stage).cards()]
        finally:  # a failed look must fail the test, not leave the window open
            window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    return timer


def test_taken_opens_the_window_on_the_cases_taken_along(qtbot, data_dir: Path) -> None:
    from sipdesk.cli.main import main

    seen: dict[str, Any] = {}
    timer = _look_and_close(seen)
    try:
        assert main(["--data-dir", str(data_dir), "--taken"]) == 0
    finally:
        timer.stop()
    assert seen["title"].endswith(TAKEN_TITLE)
    assert seen["status"] == TAKEN_TITLE
    assert seen["cards"] == [(data_dir / "reference").read_text()]


def test_taken_on_the_command_line_reads_the_same_store(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.cli.main import main

    assert main(["--data-dir", str(data_dir), "--taken", "cases"]) == 0
    reference = (data_dir / "reference").read_text()
    assert capsys.readouterr().out.splitlines()[1].startswith(reference)


def test_taken_without_cases_taken_along_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sipdesk.cli.main import main

    assert main(["--data-dir", str(tmp_path), "--taken", "cases"]) == 2
    err = capsys.readouterr().err
    assert "Du har inga ärenden med dig på den här datorn" in err
    assert not (tmp_path / "med-mig").exists()  # nothing made on the way


@pytest.mark.parametrize("accepted", [True, False])
def test_when_the_server_does_not_answer_the_window_offers_the_cases_taken_along(
        qtbot, data_dir: Path, accepted: bool) -> None:
    from sipdesk.ui import app as start
    from sipdesk.ui.unlock import StartPrompts

    asked: list[str] = []
    told: list[str] = []

    class Prompts(StartPrompts):
        def confirm(self, title: str, text: str, yes: str) -> bool:
            asked.append(text)
            return accepted

        def tell(self, title, text, *, problem=False):
            told.append(text)

    seen: dict[str, Any] = {}
    timer = _look_and_close(seen)
    try:
        status = start.run(data_dir, server=f"postgresql://anna@127.0.0.1:{_silent_port()}/x",
                           prompts=Prompts())
    finally:
        timer.stop()
    assert len(asked) == 1 and "Du har ärenden med dig" in asked[0]
    if accepted:
        assert status == 0
        assert seen["title"].endswith(TAKEN_TITLE) and len(seen["cards"]) == 1
    else:
        assert status == start.EXIT_NOT_OPENED
        assert told and told[0].startswith("Teamservern svarar inte")
        assert seen == {}


def test_without_cases_taken_along_an_unanswering_server_offers_nothing(
        qtbot, tmp_path: Path) -> None:
    from sipdesk.ui import app as start
    from sipdesk.ui.unlock import StartPrompts

    asked: list[str] = []

    class Prompts(StartPrompts):
        def confirm(self, title: str, text: str, yes: str) -> bool:
            asked.append(text)
            return True

        def tell(self, title, text, *, problem=False):
            pass

    status = start.run(tmp_path, server=f"postgresql://anna@127.0.0.1:{_silent_port()}/x",
                       prompts=Prompts())
    assert status == start.EXIT_NOT_OPENED and asked == []
