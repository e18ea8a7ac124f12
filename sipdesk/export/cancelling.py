"""A cancelled export: its message, its error and the question asked between parts.

Kept apart from layout.py (which imports reportlab) so that the window can
recognise a cancelled export without importing reportlab at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from sipdesk.domain.errors import DomainError

__all__ = ["CANCELLED", "Cancelled", "ExportCancelled"]

CANCELLED = "Exporten avbröts."

# Asked between the document's parts (from any thread): true stops the export.
Cancelled = Callable[[], bool]


class ExportCancelled(DomainError):
    """The coordinator stopped an export before it was finished; no file is left."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)
