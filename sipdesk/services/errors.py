"""The errors a caller of the services may need to show, in one place.

The UI may not import the store; it catches these through here.
"""

from sipdesk.domain.errors import DomainError, MoveRefused, OutsideConsent, ValidationError
from sipdesk.store.errors import (
    KeyUnavailable,
    PassphraseRequired,
    StoreError,
    StoreInUse,
    WrongKey,
)
from sipdesk.store.opening import Secrets

__all__ = [
    "DomainError",
    "KeyUnavailable",
    "MoveRefused",
    "OutsideConsent",
    "PassphraseRequired",
    "Secrets",
    "StoreError",
    "StoreInUse",
    "ValidationError",
    "WrongKey",
]
