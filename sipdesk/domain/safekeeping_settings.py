"""The municipality's safekeeping settings: when the window locks, when cases are deleted.

Checked here, without a store, so that the settings dialog shows the same
limits and words the store enforces (sipdesk.services.settings).
"""

from __future__ import annotations

from sipdesk.domain.errors import ValidationError

DEFAULT_LOCK_MINUTES = 5
LOCK_RANGE = (1, 120)
RETENTION_RANGE = (1, 1200)


def check_lock_minutes(minutes: object) -> int:
    """Minutes without input before the window locks itself."""
    low, high = LOCK_RANGE
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not low <= minutes <= high:
        raise ValidationError(
            f"Låset ska slå till efter mellan {low} och {high} minuter.", field="lock")
    return minutes


def check_retention_months(months: object) -> int | None:
    """Months after closing until a case comes up for deletion; None: not decided."""
    low, high = RETENTION_RANGE
    if months is None:
        return None
    if not isinstance(months, int) or isinstance(months, bool) or not low <= months <= high:
        raise ValidationError(
            f"Gallringsfristen ska vara mellan {low} och {high} månader.", field="retention")
    return months
