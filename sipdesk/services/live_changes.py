"""Colleagues' changes on a team server, heard live (store/server_listen.py does the work).

The window asks for a listener through ui/operations.py; on a laptop store
there is nothing to hear (every change is this program's own) and none is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sipdesk.domain.changes import Changes
from sipdesk.store.server_listen import ChangeListener

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

__all__ = ["ChangeListener", "listen"]


def listen(ws: Workspace, on_changes: Callable[[Changes], None]) -> ChangeListener | None:
    """A started listener calling `on_changes` from its own thread; None off a server."""
    if not ws.on_server:
        return None
    def heard(changes: Changes) -> None:
        # While the window is locked the store is sealed: nothing may read, so nothing
        # is asked to; unlocking announces that everything may have changed.
        if not ws.store.sealed:
            on_changes(changes)

    listener = ChangeListener.for_engine(ws.store.engine, heard)
    listener.start()
    return listener
