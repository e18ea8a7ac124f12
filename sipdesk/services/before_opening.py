"""What the window needs before a store is opened, importing no SQL, keychain or service.

Start-up paints its window with only these and Qt imported; then it derives
the key of a passphrase store on a thread of its own while a worker imports
the services and opens the store (sipdesk.ui.app).
"""

from __future__ import annotations

from sipdesk.store.first_question import passphrase_prompt
from sipdesk.store.handle import Secrets
from sipdesk.store.key_ahead import derive_ahead
from sipdesk.store.key_ahead import forget as forget_key_ahead
from sipdesk.store.keys import disable_core_dumps

__all__ = ["Secrets", "derive_ahead", "disable_core_dumps", "forget_key_ahead",
           "passphrase_prompt"]
