"""What the store holds, as far as the editor knows: the rule for refreshing a typed-in form.

Per autosave key the last value known to be stored (read, or written and
confirmed), and the keys whose latest write has not come back yet. After a
change elsewhere, a field takes the value read from the store only when its
own write is not on its way and it still shows the stored value: what
somebody is typing is never overwritten. A refused write's field goes back
to what is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sipdesk.domain.protocol import Protocol
from sipdesk.ui.meeting_mode.form import Field


class StoredValues:
    def __init__(self) -> None:
        self._known: dict[str, Any] = {}
        self._sequence: dict[str, int] = {}
        self._unsettled: set[str] = set()
        self._forced: set[str] = set()

    def start(self, fields: Mapping[str, Field], protocol: Protocol) -> None:
        self._known = {key: field.stored(protocol) for key, field in fields.items()}

    # --- writes ---------------------------------------------------------------------------

    def sent(self, key: str) -> int:
        """A write for `key` is queued; its number, to know later whether it was the latest."""
        n = self._sequence[key] = self._sequence.get(key, 0) + 1
        self._unsettled.add(key)
        return n

    def stored(self, key: str, n: int, value: Any) -> None:
        if self._sequence.get(key) == n:
            self._unsettled.discard(key)
            self._known[key] = value

    def refused(self, key: str, n: int) -> bool:
        """The write was refused; True when it was the latest, so the field must go back."""
        if self._sequence.get(key) != n:
            return False
        self._unsettled.discard(key)
        self._forced.add(key)
        return True

    def forget(self, prefix: str) -> None:
        """Writes that were dropped (a removed row's cells) no longer hold anything up."""
        self._unsettled -= {k for k in self._unsettled if k.startswith(prefix)}

    def busy(self, *prefixes: str) -> bool:
        """Is a write of a key starting with one of `prefixes` (or of `key` itself) on its way?"""
        return any(k.startswith(prefixes) for k in self._unsettled)

    # --- refreshing -------------------------------------------------------------------------

    def refresh(self, fields: Mapping[str, Field], fresh: Protocol) -> None:
        """Show `fresh` in every field that nobody is typing in."""
        for key, field in fields.items():
            if key in self._unsettled:
                continue  # typing on its way to the store wins
            stored = field.stored(fresh)
            if key not in self._forced and key in self._known \
                    and field.read() != self._known[key]:
                continue
            if field.read() != stored:
                field.show(stored)
            self._known[key] = stored
        self._forced.clear()
