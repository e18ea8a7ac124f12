"""The errors a caller of the services may need to show, in one place.

The UI may not import the store; it catches these through here.
"""

from sipdesk.domain.errors import DomainError, MoveRefused, OutsideConsent, ValidationError
from sipdesk.store.errors import (
    BadRecoveryKey,
    HalfCreated,
    HeaderMissing,
    KeyUnavailable,
    PassphraseRequired,
    StoreError,
    StoreInUse,
    StoreLocked,
    WeakPassphrase,
    WrongKey,
)
from sipdesk.store.opening import Secrets

__all__ = [
    "BadRecoveryKey",
    "DomainError",
    "HalfCreated",
    "HeaderMissing",
    "StoreLocked",
    "WeakPassphrase",
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
