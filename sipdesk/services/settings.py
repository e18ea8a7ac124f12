"""Settings kept in the store: local agreements, the coordinator's own details, safekeeping.

Deadlines and lead times are the region's local agreements; the profile is
who the coordinator is and how families and actors reach them; the lock and
retention periods are the municipality's rules. Each is stored as JSON in
the settings table, inside the encrypted file.

On a team server the settings table is shared by everyone, but a profile is one
person's: there it is kept under the login's own key, so Anna's letters never
carry Bo's name and phone.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.domain.safekeeping_settings import (
    DEFAULT_LOCK_MINUTES,
    LOCK_RANGE,
    RETENTION_RANGE,
    check_lock_minutes,
    check_retention_months,
)
from sipdesk.store.models import Setting
from sipdesk.store.session_user import server_login

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace

DEADLINES_KEY = "deadlines"
LOCK_KEY = "lock_after_minutes"
RETENTION_KEY = "retention_months"
PROFILE_KEY = "coordinator_profile"
PROFILE_LATER_KEY = "coordinator_profile_later"

__all__ = ["DEFAULT_LOCK_MINUTES", "LOCK_RANGE", "RETENTION_RANGE", "SettingsService"]


class SettingsService:
    def __init__(self, ws: Workspace):
        self._ws = ws
        self._deadlines: DeadlineSettings | None = None
        self._login: str | None = None

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
        # Read back on next use rather than cached now: inside a larger transaction
        # that is rolled back, the value cached here would never have been stored.
        self._deadlines = None

    # --- the coordinator's own details ----------------------------------------------------

    def _own(self, key: str) -> str:
        """The key of one person's setting: the login's own on a server."""
        if not self._ws.on_server:
            return key
        if self._login is None:
            with self._ws.reading() as s:
                self._login = server_login(s)
        return f"{key}:{self._login}"

    def profile(self) -> CoordinatorProfile:
        """Who the coordinator is and how to reach them; empty until entered."""
        return CoordinatorProfile.from_dict(self._get(self._own(PROFILE_KEY)))

    def save_profile(self, profile: CoordinatorProfile) -> CoordinatorProfile:
        """Store the profile (spaces trimmed); a wrong phone or e-mail is refused by field."""
        checked = profile.check()
        self._put(self._own(PROFILE_KEY), checked.to_dict())
        return checked

    def profile_postponed(self) -> bool:
        """Whether the coordinator said "later" when the first start asked for the profile."""
        return self._get(self._own(PROFILE_LATER_KEY)) is True

    def postpone_profile(self, later: bool = True) -> None:
        self._put(self._own(PROFILE_LATER_KEY), bool(later))

    # --- the lock -----------------------------------------------------------------------

    def lock_minutes(self) -> int:
        """Minutes without input before the window locks itself (default 5)."""
        value = self._get(LOCK_KEY)
        return int(value) if isinstance(value, int) else DEFAULT_LOCK_MINUTES

    def save_lock_minutes(self, minutes: int) -> None:
        self._put(LOCK_KEY, check_lock_minutes(minutes))

    # --- retention (gallring) -------------------------------------------------------------

    def retention_months(self) -> int | None:
        """Months after a case was closed until it comes up for deletion; None when the
        municipality has not decided (then nothing is offered for deletion)."""
        value = self._get(RETENTION_KEY)
        return int(value) if isinstance(value, int) else None

    def save_retention_months(self, months: int | None) -> None:
        self._put(RETENTION_KEY, check_retention_months(months))
