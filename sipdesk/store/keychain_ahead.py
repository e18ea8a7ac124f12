"""A keychain store's start-up lookup, made on a thread beside the imports (key_ahead.py).

look_up asks the OS keychain exactly what opening asks (is it usable, the key,
a key waiting from a re-key cut short); AnsweredKeychain hands those answers
to opening once each and asks the keychain itself for anything else, or again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sipdesk.store.keys import Keychain
from sipdesk.store.rekey import pending_account


@dataclass
class KeychainAnswers:
    store_id: str
    usable: bool
    keys: dict[str, bytes | None] = field(default_factory=dict)  # account -> key


def look_up(store_id: str) -> KeychainAnswers:
    keychain = Keychain()
    if not keychain.usable():
        return KeychainAnswers(store_id, usable=False)
    accounts = (store_id, pending_account(store_id))
    return KeychainAnswers(store_id, usable=True,
                           keys={account: keychain.get(account) for account in accounts})


class AnsweredKeychain(Keychain):
    """The OS keychain, answering its first questions from a lookup already made."""

    def __init__(self, answers: KeychainAnswers):
        super().__init__()
        self._usable: bool | None = answers.usable
        self._keys = dict(answers.keys)

    def usable(self) -> bool:
        if self._usable is not None:
            usable, self._usable = self._usable, None
            return usable
        return super().usable()

    def get(self, store_id: str) -> bytes | None:
        if store_id in self._keys:
            return self._keys.pop(store_id)
        return super().get(store_id)

    def put(self, store_id: str, key: bytes) -> None:
        self._keys.pop(store_id, None)
        super().put(store_id, key)

    def delete(self, store_id: str) -> None:
        self._keys.pop(store_id, None)
        super().delete(store_id)
