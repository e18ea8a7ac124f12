"""Local agreements as settings: deadlines and lead times, stored in the store."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.store.models import Setting

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

DEADLINES_KEY = "deadlines"


class SettingsService:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self._deadlines: DeadlineSettings | None = None

    def deadlines(self) -> DeadlineSettings:
        if self._deadlines is None:
            with self._ws.reading() as s:
                row = s.get(Setting, DEADLINES_KEY)
                data = json.loads(row.value) if row else {}
            self._deadlines = DeadlineSettings.from_dict(data)
        return self._deadlines

    def save_deadlines(self, settings: DeadlineSettings) -> None:
        value = json.dumps(settings.to_dict(), sort_keys=True)
        with self._ws.transaction() as s:
            s.merge(Setting(key=DEADLINES_KEY, value=value))
        self._deadlines = settings
