"""A meeting killed mid-sentence: reopening the store restores the text typed.

A real subprocess opens a passphrase store, types into the protocol and is
killed with SIGKILL (no clean shutdown, no flush); the text is there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.services.demo import fill_demo_data
from sipdesk.services.errors import Secrets
from sipdesk.services.protocol import ProtocolService
from sipdesk.services.workspace import Workspace

PASSPHRASE = "korrekt häst batteri häftklammer"  # a test passphrase, nothing real
CHILD = Path(__file__).with_name("autosave_child.py")
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Barnet vill ha lugn i klassrummet och en vuxen att prata med"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_meeting_keeps_what_was_typed(tmp_path):
    data = tmp_path / "store"
    today = date(2026, 11, 23)
    with Workspace.create(data, Secrets(passphrase=PASSPHRASE), clock=lambda: today) as ws:
        fill_demo_data(ws, cases=6)
        case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
        meeting_id = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP).id

    env = dict(os.environ, SIPDESK_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(meeting_id), "child_voice", TEXT],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    with Workspace.open(data, Secrets(passphrase=PASSPHRASE), clock=lambda: today) as ws:
        protocol = ProtocolService(ws).open(meeting_id)
        assert protocol.section("child_voice").text == TEXT
