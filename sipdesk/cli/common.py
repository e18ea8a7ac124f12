"""What every command shares: exit codes, where the store is, and opening it."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk import APP_NAME
from sipdesk.cli.cli_words import translate
from sipdesk.domain.passphrase import NOT_THE_SAME, passphrase_problem
from sipdesk.store.handle import Secrets
from sipdesk.store.keys import disable_core_dumps

if TYPE_CHECKING:  # at run time each command imports what it uses, when it runs
    from sipdesk.services.workspace import Workspace

EXIT_OK, EXIT_PROBLEM, EXIT_STORE, EXIT_USAGE = 0, 1, 2, 64
# A file outside the store could not be read or written (sysexits' EX_IOERR).
EXIT_FILE = 74
# The window was asked for but there is no display to show it on (sysexits' EX_UNAVAILABLE).
EXIT_NO_DISPLAY = 69


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


RECOVERY_TRIES = 3
CLEAN_FLAG = "--rensa-avbrutet"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(prompt: str) -> str | None:
    """A secret typed at the terminal; Ctrl+D (or nothing) is None, Ctrl+C ends the program.

    Ctrl+C leaves as KeyboardInterrupt, which the command line turns into exit
    status 130 without a traceback; the line is ended first so the shell's
    prompt starts on a line of its own.
    """
    try:
        return getpass.getpass(f"{prompt}: ") or None
    except EOFError:
        print(file=sys.stderr)
        return None
    except KeyboardInterrupt:
        print("\n" + translate("CommandLine", "Avbrutet."), file=sys.stderr)
        raise


def ask_new(prompt: str) -> str | None:
    """A new passphrase is typed twice: a typo here would lock the coordinator out.

    One that breaks the rule (too short, only spaces) is asked for again.
    """
    for _ in range(3):
        first = ask(prompt)
        if first is None:
            return None
        problem = passphrase_problem(first)
        if problem is not None:
            print(translate("Passphrase", problem), file=sys.stderr)
            continue
        second = ask(translate("CommandLine", "Skriv lösenfrasen en gång till"))
        if second is None:
            return None
        if second == first:
            return first
        print(translate("Passphrase", NOT_THE_SAME), file=sys.stderr)
    return None


def secrets(*, new_store: bool = False) -> Secrets:
    """The passphrase and recovery key from the environment (which forgets them), and
    prompts at a terminal. Also turns off core dumps: whatever asks for the key does."""
    disable_core_dumps()
    found = Secrets.from_env()
    if _interactive():
        found.ask_passphrase = ask_new if new_store else ask
        found.ask_new_passphrase = ask_new
    return found


def data_dir(args: argparse.Namespace) -> Path:
    """The store's folder; a file in its place (or on its way) is refused with a clear word."""
    from sipdesk.store.errors import StoreError

    folder: Path = args.data_dir or default_data_dir()
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                raise StoreError(translate("CommandLine", "{place} är en fil, inte en mapp. Ange "
                                                          "med --data-dir mappen där arkivet "
                                                          "ligger eller ska skapas.").format(
                    place=place))
            break
    return folder


def open_store(args: argparse.Namespace, *, create: bool = False,
               found: Secrets | None = None) -> Workspace:
    """Open the store (or, with create, make it), asking at a terminal for what is missing.

    A missing keychain entry or store.json asks for the recovery key; a creation
    cut short is cleaned with --rensa-avbrutet or a yes at the terminal.
    """
    from sipdesk.services.errors import (
        BadRecoveryKey,
        HalfCreated,
        HeaderMissing,
        KeyUnavailable,
        StoreError,
        WrongKey,
    )
    from sipdesk.services.workspace import Workspace

    server = getattr(args, "server", None)
    if server and not create:  # the team server (cli/server_commands.py)
        from sipdesk.cli.server_commands import open_server_store

        return open_server_store(args, server)
    folder = data_dir(args)
    # `found`: secrets the caller read already (the environment forgets them once read).
    if found is None:
        found = secrets(new_store=create and not Workspace.exists(folder))
    tries = 0
    while True:
        try:
            ws = (Workspace.open_or_create(folder, found) if create
                  else Workspace.open(folder, found))
            break
        except HalfCreated as exc:
            if not (getattr(args, "clean_half_made", False) or _confirm_clean(str(exc))):
                raise StoreError(translate("CommandLine", "{problem} Kör kommandot igen med {flag} "
                                                          "för att rensa mappen och skapa ett "
                                                          "nytt arkiv.").format(
                    problem=exc, flag=CLEAN_FLAG)) from None
            moved = Workspace.clean_half_made(folder)
            if moved is not None:
                print(translate("CommandLine", "Den ofullständiga arkivfilen har flyttats till "
                                               "{path}.").format(path=moved), file=sys.stderr)
            if not create:
                cleaned = translate("CommandLine", "Mappen {folder} är rensad. Skapa ett nytt "
                                                   "arkiv, till exempel med: sipdesk demo-data, "
                                                   "eller starta fönstret.")
                raise StoreError(cleaned.format(folder=folder)) from None
        except (KeyUnavailable, HeaderMissing, WrongKey, BadRecoveryKey) as exc:
            asked_before = found.recovery_key is not None
            if not _interactive() or (asked_before and (tries := tries + 1) >= RECOVERY_TRIES):
                raise
            if isinstance(exc, WrongKey) and not asked_before and found.passphrase is None \
                    and found.ask_passphrase is not None and not _keychain_message(exc):
                raise  # the passphrase was wrong every time
            again = translate("CommandLine", "Försök igen (Ctrl+D avbryter).")
            print(str(exc) if not asked_before else f"{exc}\n{again}", file=sys.stderr)
            found.recovery_key = ask(translate("CommandLine", "Återställningsnyckel"))
            if found.recovery_key is None:
                raise StoreError(translate("CommandLine", "Ingen återställningsnyckel angavs, så "
                                                          "arkivet öppnades inte. Ingenting har "
                                                          "ändrats.")) from None
    _tell_once(ws)
    return ws


def _keychain_message(exc: Exception) -> bool:
    return "nyckelringen" in str(exc)


def _confirm_clean(message: str) -> bool:
    if not _interactive():
        return False
    print(message, file=sys.stderr)
    try:
        answer = input(translate("CommandLine", "Rensa mappen och skapa ett nytt arkiv? [j/N] "))
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _tell_once(ws: Workspace) -> None:
    """A new recovery key and how the store was opened are said once, then forgotten."""
    notice, ws.store.notice = ws.store.notice, None
    if notice:
        print(notice, file=sys.stderr)
    if ws.store.recovery_key:
        recovery_key, ws.store.recovery_key = ws.store.recovery_key, None
        announce_recovery_key(recovery_key, new_store=not notice)


def announce_recovery_key(recovery_key: str, *, new_store: bool = True) -> None:
    first = (translate("CommandLine", "Ett nytt krypterat arkiv har skapats.") if new_store
             else translate("CommandLine", "Arkivet har fått en ny nyckel."))
    print(
        f"{first}\n"
        + translate("CommandLine", "Återställningsnyckel (skriv ut den eller skriv ner den och "
                                   "förvara den säkert;\nden behövs om nyckelringen eller "
                                   "lösenfrasen går förlorad):")
        + f"\n\n    {recovery_key}\n",
        file=sys.stderr,
    )
