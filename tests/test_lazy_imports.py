"""Start-up imports nothing that only exports or migrations need (issue 14).

Each check runs in a fresh interpreter, since this test session has long since
imported everything. Nothing here is timed: benchmarks/startup_imports.py
measures the import time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sipdesk.store import schema

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("alembic", "reportlab", "icalendar", "openpyxl")
PASSPHRASE = "lång nog lösenfras för ett test 2026"

REPORT = f"import sys; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"


def _run(code: str, tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_window_module_imports_no_export_or_migration_module(tmp_path):
    assert _run(f"import sipdesk.ui.app; {REPORT}", tmp_path) == "[]"


def test_opening_an_up_to_date_store_imports_no_export_or_migration_module(tmp_path):
    data = tmp_path / "data"
    opening = (
        "from sipdesk.services.errors import Secrets\n"
        "from sipdesk.services.workspace import Workspace\n"
        f"with Workspace.open_or_create({str(data)!r}, Secrets(passphrase={PASSPHRASE!r})) as ws:\n"
        "    ws.cases.all()\n"
    )
    _run(opening + "print('created')", tmp_path)  # creating a store migrates: Alembic is due
    assert _run(opening + REPORT, tmp_path) == "[]"


def test_the_head_revision_constant_is_alembics_head():
    assert schema.HEAD_REVISION == schema.head_revision()
    assert schema.HEAD_REVISION in schema.known_revisions()
