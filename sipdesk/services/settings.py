"""Settings kept in the store: local agreements, the coordinator's own details, safekeeping.

Deadlines and lead times are the region's local agreements; the profile is
who the coordinator is and how families and actors reach them; the lock and
retention periods are the municipality's rules. Each is stored as JSON in
the settings table, inside the encrypted file.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.errors import ValidationError
from sipdesk.store.models import Setting

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

DEADLINES_KEY = "deadlines"
LOCK_KEY = "lock_after_minutes"
RETENTION_KEY = "retention_months"

DEFAULT_LOCK_MINUTES = 5
LOCK_RANGE = (1, 120)
RETENTION_RANGE = (1, 1200)


class SettingsService:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self._deadlines: DeadlineSettings | None = None

    # --- plain values ---------------------------------------------------------------

    def _get(self, key: str) -> Any:
        with self._ws.reading() as s:
            row = s.get(Setting, key)
            return json.loads(row.value) if row else None

    def _put(self, key: str, value: Any) -> None:
        with self._ws.transaction() as s:
            s.merge(Setting(key=key, value=json.dumps(value, sort_keys=True)))

    # --- local agreements -------------------------------------------------------------

    def deadlines(self) -> DeadlineSettings:
        if self._deadlines is None:
            self._deadlines = DeadlineSettings.from_dict(self._get(DEADLINES_KEY) or {})
        return self._deadlines

    def save_deadlines(self, settings: DeadlineSettings) -> None:
        self._put(DEADLINES_KEY, settings.to_dict())
        self._deadlines = settings

    # --- the lock -----------------------------------------------------------------------

    def lock_minutes(self) -> int:
        """Minutes without input before the window locks itself (default 5)."""
        value = self._get(LOCK_KEY)
        return int(value) if isinstance(value, int) else DEFAULT_LOCK_MINUTES

    def save_lock_minutes(self, minutes: int) -> None:
        low, high = LOCK_RANGE
        if not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError(
                f"Låset ska slå till efter mellan {low} och {high} minuter.", field="lock")
        self._put(LOCK_KEY, minutes)

    # --- retention (gallring) -------------------------------------------------------------

    def retention_months(self) -> int | None:
        """Months after a case was closed until it comes up for deletion; None when the
        municipality has not decided (then nothing is offered for deletion)."""
        value = self._get(RETENTION_KEY)
        return int(value) if isinstance(value, int) else None

    def save_retention_months(self, months: int | None) -> None:
        low, high = RETENTION_RANGE
        if months is not None and (not isinstance(months, int) or not low <= months <= high):
            raise ValidationError(
                f"Gallringsfristen ska vara mellan {low} och {high} månader.", field="retention")
        self._put(RETENTION_KEY, months)
