"""Ctrl+C during `sipdesk export-plan` stops cleanly: one line saying so, exit status 130,
no traceback and no file, not even the temporary part of one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sipdesk.export import plan_pdf
from tests.cli.runner import PASSPHRASE, sipdesk_here

CANCELLED_SV = "Exporten avbröts. Ingen fil sparades."
CANCELLED_EN = "The export was cancelled. No file was saved."


def _draft_with_long_text(data_dir: Path, size: int = 0) -> str:
    """The reference of a demo case whose latest plan is a draft (its text made `size`
    bytes of one-line paragraphs, as typed in a long meeting)."""
    from sipdesk.services.errors import Secrets
    from sipdesk.services.workspace import Workspace

    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as ws:
        for case in ws.cases.all():
            if not ws.cases.get(case.id).plans:
                continue
            latest = ws.plans.latest(case.id)
            if latest.is_signed:
                continue
            if size:
                line = "Elsa berättar om dagen i skolan och vad som hände på rasten."
                text = "\n".join(f"{n}. {line}" for n in range(size // (len(line) + 6)))
                ws.plans.set_section(latest.id, "current_situation", text)
            return case.reference
    raise AssertionError("the demo store has no draft plan")


@pytest.fixture
def out_folder(tmp_path) -> Path:
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def _ctrl_c_during_layout(monkeypatch, folder: Path, presses: int = 1) -> list[list[str]]:
    """Ctrl+C pressed `presses` times while the plan is being laid out (the signal
    raised in this process, as the terminal sends it); what `folder` held then."""
    real = plan_pdf.plan_story
    seen: list[list[str]] = []

    def story(*args, **kwargs):
        for _ in range(presses):
            seen.append(_parts(folder))
            signal.raise_signal(signal.SIGINT)
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_pdf, "plan_story", story)
    return seen


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("presses", [1, 2], ids=["once", "twice"])
def test_ctrl_c_during_the_export_stops_it_cleanly(demo_store, out_folder, monkeypatch,
                                                   presses):
    """Once: the export stops at its next part. Twice: at once. Either way the same end."""
    ref = _draft_with_long_text(demo_store)
    before = signal.getsignal(signal.SIGINT)
    seen = _ctrl_c_during_layout(monkeypatch, out_folder, presses)
    out = out_folder / "plan.pdf"
    ran = sipdesk_here("--data-dir", str(demo_store), "export-plan", ref, str(out))
    assert len(seen) == presses and seen[0][0].endswith(".part")  # mid-export
    assert ran.returncode == 130
    assert ran.stderr.strip() == CANCELLED_SV  # one line, in Swedish
    assert "Traceback" not in ran.stderr and ran.stdout == ""
    assert _parts(out_folder) == []
    assert signal.getsignal(signal.SIGINT) is before  # Ctrl+C works as before afterwards


def test_the_line_is_english_under_english(demo_store, out_folder, monkeypatch):
    ref = _draft_with_long_text(demo_store)
    _ctrl_c_during_layout(monkeypatch, out_folder)
    ran = sipdesk_here("--lang", "en", "--data-dir", str(demo_store), "export-plan", ref,
                       str(out_folder / "plan.pdf"))
    assert ran.returncode == 130 and ran.stderr.strip() == CANCELLED_EN
    assert _parts(out_folder) == []


def test_without_ctrl_c_the_plan_is_written(demo_store, out_folder):
    ref = _draft_with_long_text(demo_store)
    before = signal.getsignal(signal.SIGINT)
    ran = sipdesk_here("--data-dir", str(demo_store), "export-plan", ref,
                       str(out_folder / "plan.pdf"))
    assert ran.returncode == 0, ran.stderr
    assert _parts(out_folder) == ["plan.pdf"]
    assert signal.getsignal(signal.SIGINT) is before


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_to_the_real_process_mid_export(demo_store, out_folder):
    """The real thing: a long plan exported by `python -m sipdesk`, interrupted as soon
    as its temporary file appears (the render has begun)."""
    ref = _draft_with_long_text(demo_store, size=400_000)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    environ.update({"QT_QPA_PLATFORM": "offscreen", "SIPDESK_PASSPHRASE": PASSPHRASE,
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    process = subprocess.Popen(
        [sys.executable, "-m", "sipdesk", "--data-dir", str(demo_store), "export-plan", ref,
         str(out_folder / "plan.pdf")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env=environ)
    try:
        while not _parts(out_folder) and process.poll() is None:
            time.sleep(0.005)
        started = _parts(out_folder)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert started and started[0].endswith(".part"), (started, stderr)  # stopped mid-export
    assert process.returncode == 130, stderr
    assert stderr.strip() == CANCELLED_SV and "Traceback" not in stderr
    assert stdout == ""
    assert _parts(out_folder) == []
