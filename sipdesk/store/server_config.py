"""Which team server the window opens: one line of this computer's own configuration.

A small JSON file in the user's configuration folder (platformdirs), holding
the server's address without any password: the password is in the keychain
(server_credentials). No personal data is in it. Set from the settings
dialog, read at the next start; `sipdesk --server URL` overrides it and
`sipdesk --local` (or --server "") ignores it.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from sipdesk import APP_NAME

log = logging.getLogger(__name__)

CONFIG_FILE = "server.json"
KEY = "server_url"


def config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def saved_server_url(path: Path | None = None) -> str | None:
    """The saved address, or None (none saved, or the file is unreadable: then the
    window opens the local store, as before the setting was made)."""
    path = path or config_path()
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get(KEY)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError) as exc:
        log.warning("The server setting %s could not be read: %s", path, type(exc).__name__)
        return None
    return value.strip() or None if isinstance(value, str) else None


def checked_url(url: str) -> str:
    """The address as it is saved and shown: checked (StoreError says what is wrong), its
    password taken out."""
    # Imported here: the window reads the setting before its first paint, and these bring
    # SQLAlchemy and the keychain with them.
    from sipdesk.store import server
    from sipdesk.store.server_credentials import without_password

    return without_password(server.server_url(url.strip()))


def save_server_url(url: str | None, path: Path | None = None) -> str | None:
    """Save the address (checked, without password), or remove the setting for None/"".

    Written to a temporary file and renamed, so a crash leaves the old setting whole.
    """
    path = path or config_path()
    if not url or not url.strip():
        path.unlink(missing_ok=True)
        return None
    clean = checked_url(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({KEY: clean}, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return clean
