"""What every command shares: exit codes, where the store is, and opening it."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk import APP_NAME
from sipdesk.store.opening import Secrets

if TYPE_CHECKING:  # at run time each command imports what it uses, when it runs
    from sipdesk.services.workspace import Workspace

EXIT_OK, EXIT_PROBLEM, EXIT_STORE, EXIT_USAGE = 0, 1, 2, 64


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ask(prompt: str) -> str | None:
    return getpass.getpass(f"{prompt}: ") or None


def ask_new(prompt: str) -> str | None:
    """A new passphrase is typed twice: a typo here would lock the coordinator out."""
    for _ in range(3):
        first = ask(prompt)
        if first is None:
            return None
        if ask("Skriv lösenfrasen en gång till") == first:
            return first
        print("Lösenfraserna var inte likadana. Försök igen.", file=sys.stderr)
    return None


def secrets(*, new_store: bool = False) -> Secrets:
    found = Secrets.from_env()
    if sys.stdin is not None and sys.stdin.isatty():
        found.ask_passphrase = ask_new if new_store else ask
    return found


def data_dir(args: argparse.Namespace) -> Path:
    folder: Path = args.data_dir or default_data_dir()
    return folder


def open_store(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    from sipdesk.services.workspace import Workspace

    folder = data_dir(args)
    if create:
        ws = Workspace.open_or_create(folder, secrets(new_store=not Workspace.exists(folder)))
        if ws.store.recovery_key:
            announce_recovery_key(ws.store.recovery_key)
        return ws
    return Workspace.open(folder, secrets())


def announce_recovery_key(recovery_key: str) -> None:
    print(
        "Ett nytt krypterat arkiv har skapats.\n"
        "Återställningsnyckel (skriv ut den eller skriv ner den och förvara den säkert;\n"
        "den behövs om nyckelringen eller lösenfrasen går förlorad):\n\n"
        f"    {recovery_key}\n",
        file=sys.stderr,
    )
