"""A closed workspace leaves nothing behind in the process.

A window that opens stores one after another (and a test suite that opens
hundreds) must not keep every closed store's engine, sessions and services alive.
"""

from __future__ import annotations

import gc
import weakref

from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from tests.conftest import TODAY


def test_a_closed_workspace_can_be_freed(tmp_path):
    with Workspace.create(tmp_path / "data", Secrets(), clock=lambda: TODAY) as ws:
        ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")
    freed = weakref.ref(ws)
    engine = weakref.ref(ws.store.engine)
    del ws
    gc.collect()
    assert freed() is None and engine() is None


def test_closing_twice_is_harmless(tmp_path):
    ws = Workspace.create(tmp_path / "data", Secrets(), clock=lambda: TODAY)
    ws.close()
    ws.close()
