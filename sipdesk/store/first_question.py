"""What opening a store will ask first, known from store.json alone.

Start-up reads this before it imports the engine, so that the window can ask
for the passphrase at once and the coordinator types it while the rest of the
program loads. It is a guess that is never trusted: opening still finds the
key its own way, and an answer given early is used only if opening asks
exactly this question first (see sipdesk.ui.app).
"""

from __future__ import annotations

from pathlib import Path

from sipdesk.store.errors import StoreError
from sipdesk.store.handle import Secrets
from sipdesk.store.header import HEADER_NAME, read_store_header

PROMPT_PASSPHRASE = "Ange lösenfrasen för arkivet i {data_dir}."


def passphrase_prompt(data_dir: Path, secrets: Secrets) -> str | None:
    """The passphrase question opening will ask first, or None if it will ask another
    (or none: a keychain store, a passphrase or recovery key already given)."""
    if secrets.passphrase or secrets.recovery_key:
        return None
    data_dir = Path(data_dir)
    try:
        if not (data_dir / HEADER_NAME).is_file():
            return None
        header = read_store_header(data_dir)
    except (StoreError, OSError):
        return None  # opening says what is wrong, as it always has
    if header.key_source != "passphrase":
        return None
    return PROMPT_PASSPHRASE.format(data_dir=data_dir)
