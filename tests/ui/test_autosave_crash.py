"""A meeting killed mid-sentence: reopening the store restores what was typed.

A real subprocess opens a passphrase store, types into the protocol through
the real store worker and is killed with SIGKILL (no clean shutdown, no
flush). Text typed with a pause is all there; text typed steadily, without
the pause, is there up to at least one second before the kill.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.services.demo import fill_demo_data
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation

PASSPHRASE = "korrekt häst batteri häftklammer"  # a test passphrase, nothing real
CHILD = Path(__file__).with_name("autosave_child.py")
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Barnet vill ha lugn i klassrummet och en vuxen att prata med"
# Long enough for more than STEADY_SECONDS at one key every 150 ms. Three seconds of
# typing without a pause already spans four maximum waits of the autosave.
STEADY_TEXT = ("Barnet vill ha lugn i klassrummet och en vuxen att prata med varje dag "
               "och vill fortsatta med fotbollen")
STEADY_SECONDS = 3.0
TODAY = date(2026, 11, 23)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def _store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    data = tmp_path / "store"
    # scrypt's smallest accepted cost, named in the store's header: the child process
    # derives its key in milliseconds (the production cost is tested with the keys).
    monkeypatch.setattr(creation, "SCRYPT_N", 2**14)
    with Workspace.create(data, Secrets(passphrase=PASSPHRASE), clock=lambda: TODAY) as ws:
        fill_demo_data(ws, cases=6)
        case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
        meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id
        assert meeting_id is not None
        assert ws.protocol.open(meeting_id).section("child_voice").text == ""
    return data, meeting_id


def _child(data: Path, meeting_id: int, text: str, mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ, SIPDESK_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(meeting_id), "child_voice", text, mode],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def _line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline()
    if not line:
        child.wait(timeout=10)
        pytest.fail(f"the child ended early:\n{child.stderr.read()}")
    return line.strip()


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)


def _cleanup(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def _stored(data: Path, meeting_id: int) -> str:
    with Workspace.open(data, Secrets(passphrase=PASSPHRASE), clock=lambda: TODAY) as ws:
        return ws.protocol.open(meeting_id).section("child_voice").text


def test_killed_meeting_keeps_what_was_typed_with_a_pause(tmp_path, monkeypatch):
    data, meeting_id = _store(tmp_path, monkeypatch)
    child = _child(data, meeting_id, TEXT, "paused")
    try:
        assert _line(child) == "typed"
        _kill(child)
    finally:
        _cleanup(child)
    assert child.returncode == -signal.SIGKILL
    assert _stored(data, meeting_id) == TEXT


def test_killed_meeting_keeps_steady_typing_up_to_a_second_before(tmp_path, monkeypatch):
    data, meeting_id = _store(tmp_path, monkeypatch)
    child = _child(data, meeting_id, STEADY_TEXT, "steady")
    seen: list[tuple[float, int]] = []  # (when this process saw it, characters typed)
    try:
        while True:
            line = _line(child)
            assert line != "done", "the text ran out before the kill"
            word, count, _child_time = line.split()
            assert word == "typed"
            seen.append((time.monotonic(), int(count)))
            if seen[-1][0] - seen[0][0] >= STEADY_SECONDS:
                break
        killed_at = time.monotonic()
        _kill(child)
    finally:
        _cleanup(child)
    assert child.returncode == -signal.SIGKILL

    # Seen here no later than a second before the kill, so typed no later than that.
    typed_by_then = max(count for at, count in seen if at <= killed_at - 1.0)
    stored = _stored(data, meeting_id)
    assert STEADY_TEXT.startswith(stored), stored
    assert len(stored) >= typed_by_then, (len(stored), typed_by_then, seen[-1][1])
