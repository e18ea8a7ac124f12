"""The case history (the timeline): one entry per thing that happened, on the workspace's clock,
with the user account that made it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipdesk.store import models as m

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


def add_event(ws: Workspace, case: m.CaseRow, kind: str, text: str) -> None:
    """Add an entry to `case`'s history, in the caller's transaction."""
    case.events.append(m.EventRow(at=ws.now(), kind=kind, text=text, user=ws.access.user))
