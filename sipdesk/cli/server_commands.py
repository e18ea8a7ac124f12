"""The team server on the command line: `sipdesk server init`, `add-user` and `import`, and
`--server URL` for the commands that read the store (the password asked with getpass).

Run by the municipality's IT department with its own administrator role,
never by the program's users. A password is read from a prompt or from
SIPDESK_NEW_PASSWORD, never from the command line, where it would be seen in
the process list and the shell's history.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_STORE, EXIT_USAGE, ask

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.server_credentials import PasswordAnswer

ENV_NEW_PASSWORD = "SIPDESK_NEW_PASSWORD"
PASSWORD_MIN = 12
ROLE_WORDS = {"coordinator": QT_TRANSLATE_NOOP("CommandLine", "samordnare"),
              "teamlead": QT_TRANSLATE_NOOP("CommandLine", "teamledare"),
              "admin": QT_TRANSLATE_NOOP("CommandLine", "administratör")}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help=translate(
        "CommandLine",
        "förbered en teamserver för PostgreSQL och lägg till användare; för IT-avdelningen"))
    commands = server.add_subparsers(dest="server_command", metavar=translate(
        "CommandLine", "KOMMANDO"), required=True)
    address = translate("CommandLine", "ADRESS")
    init = commands.add_parser("init", help=translate(
        "CommandLine",
        "skapa roller, tabeller, radsäkerhet och rättigheter; kan köras igen efter en uppgradering"))  # noqa: E501 - one literal for lupdate
    init.add_argument("url", metavar=address, help=translate(
        "CommandLine",
        "databasens adress med en administratörsroll, t.ex. postgresql://itadmin@server.kommun.se/sipdesk"))
    init.set_defaults(run=cmd_init)
    add = commands.add_parser("add-user", help=translate(
        "CommandLine",
        "skapa en inloggning i ett team eller lägg en befintlig i ett team till; lösenordet frågas efter eller läses ur {env}").format(env=ENV_NEW_PASSWORD))  # noqa: E501 - one literal for lupdate
    add.add_argument("name", metavar=translate("CommandLine", "NAMN"), help=translate(
        "CommandLine", "inloggningens namn, t.ex. anna.berg"))
    add.add_argument("--team", required=True, metavar="TEAM", help=translate(
        "CommandLine", "teamets namn; skapas om det är nytt"))
    add.add_argument("--role", choices=tuple(ROLE_WORDS), default="coordinator", help=translate(
        "CommandLine",
        "coordinator: samordnare, standard; teamlead: teamledare, även teamets statistik; admin: katalogen, inga ärenden"))  # noqa: E501 - one literal for lupdate
    add.add_argument("--url", metavar=address, help=translate(
        "CommandLine", "databasens adress med den administratörsroll som körde init"))
    add.set_defaults(run=cmd_add_user)
    register_import(commands)


def register_import(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    move = commands.add_parser("import", help=translate(
        "CommandLine",
        "flytta alla ärenden, planversioner, möten och åtkomstloggen från en dators arkiv till servern, en gång per arkiv"))  # noqa: E501 - one literal for lupdate
    move.add_argument("--data-dir", dest="import_data_dir", type=Path,
                      metavar=translate("CommandLine", "MAPP"), help=translate(
                          "CommandLine", "mappen där datorns arkiv ligger"))
    move.add_argument("--team", metavar="TEAM", help=translate(
        "CommandLine", "teamet ärendena ska höra till, på en server med team"))
    move.add_argument("url", metavar=translate("CommandLine", "ADRESS"), help=translate(
        "CommandLine", "serverns adress med den administratörsroll som körde init"))
    move.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    import tempfile

    from sipdesk.cli.common import open_store
    from sipdesk.services.errors import DomainError, StoreError
    from sipdesk.services.server_import import import_store
    from sipdesk.services.workspace import Workspace

    if args.import_data_dir is not None:
        args.data_dir = args.import_data_dir
    args.server = None  # what is moved is this computer's own store
    try:
        laptop = open_store(args)
    except StoreError as exc:
        return _fail(exc)
    try:
        ask_admin_password(args.url)
        with tempfile.TemporaryDirectory(prefix="sipdesk-import-") as folder, \
                Workspace.open_server(args.url, Path(folder)) as server:
            done = import_store(laptop, server, args.team)
    except (StoreError, DomainError) as exc:
        return _fail(exc)
    finally:
        laptop.close()
    print(translate(
        "CommandLine",
        "Flyttat till servern: {cases} ärenden, {plans} planversioner, {meetings} möten och "
        "{entries} poster i åtkomstloggen. Antal och fingeravtryck är kontrollerade och lika."
    ).format(cases=done.cases, plans=done.plan_versions, meetings=done.meetings,
             entries=done.log_entries))
    if done.renumbered:
        print(translate(
            "CommandLine",
            "Servern hade redan {count} av diarienumren; de ärendena fick nya nummer (det "
            "gamla står i ärendets historik):").format(count=len(done.renumbered)))
        for old, new in done.renumbered:
            print(f"  {old} -> {new}")
    print(translate("CommandLine", "Arkivet på datorn är orört; ta bort det när ni har sett "
                                   "att allt finns på servern."))
    return EXIT_OK


def ask_admin_password(url: str) -> None:
    """At a terminal, the administrator role's password when the server wants one.

    It is put in this process's PGPASSWORD, where libpq reads it for every
    connection the command makes, and is gone when the command ends; the
    address, the command line and the keychain never hold it. In a script the
    password comes from PGPASSWORD or ~/.pgpass, as for PostgreSQL's own tools.
    """
    from sipdesk.store.server_admin import AdminPasswordNeeded, ServerSetupError, connect

    if os.environ.get("PGPASSWORD") or not (sys.stdin is not None and sys.stdin.isatty()):
        return
    try:
        with connect(url):
            return
    except AdminPasswordNeeded:
        pass
    except ServerSetupError:
        return  # the command itself tells what is wrong
    from sqlalchemy import make_url

    from sipdesk.store.server import short_name
    from sipdesk.store.server_admin import conninfo

    login = make_url(conninfo(url))
    password = ask(translate("CommandLine", "Lösenord för {server}").format(
        server=f"{login.username}@{short_name(login)}"))
    if password:
        os.environ["PGPASSWORD"] = password


def _fail(exc: Exception) -> int:
    from sipdesk.cli.server_words import server_text
    from sipdesk.store.server_admin import ServerSetupError, ServerUnreachable

    if not isinstance(exc, ServerSetupError):
        # The laptop's store or a refused import: told as every other command tells it.
        from sipdesk.cli.main import report_failure

        return report_failure(exc)
    print(f"sipdesk: {server_text(str(exc))}", file=sys.stderr)
    return EXIT_STORE if isinstance(exc, ServerUnreachable) else EXIT_PROBLEM


def cmd_init(args: argparse.Namespace) -> int:
    from sipdesk.store.server_admin import ServerSetupError, init_server

    try:
        ask_admin_password(args.url)
        done = init_server(args.url)
    except ServerSetupError as exc:
        return _fail(exc)
    from sipdesk.cli.server_words import server_text

    for line in done:
        print(server_text(line))
    print(translate("CommandLine",
                    "Lägg till användare med: sipdesk server add-user NAMN --team TEAM --url ADRESS"))  # noqa: E501 - one literal for lupdate
    return EXIT_OK


def new_password() -> str | None:
    """From SIPDESK_NEW_PASSWORD (forgotten at once) or typed twice at the terminal."""
    given = os.environ.pop(ENV_NEW_PASSWORD, None)
    if given is not None:
        return given
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return None
    for _ in range(3):
        first = ask(translate("CommandLine", "Lösenord för den nya användaren"))
        if first is None:
            return None
        if len(first) < PASSWORD_MIN:
            print(translate("CommandLine", "Lösenordet ska vara minst {count} tecken.").format(
                count=PASSWORD_MIN), file=sys.stderr)
            continue
        if ask(translate("CommandLine", "Skriv lösenordet en gång till")) == first:
            return first
        print(translate("CommandLine", "Lösenorden var inte lika. Försök igen."),
              file=sys.stderr)
    return None


def cmd_add_user(args: argparse.Namespace) -> int:
    from sipdesk.store.server_admin import (
        ServerSetupError,
        add_user,
        check_team,
        check_user_name,
        login_exists,
    )

    url = args.url or getattr(args, "server", None)
    if not url:
        print(translate("CommandLine", "sipdesk: Ange databasens adress med --url ADRESS."),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        check_user_name(args.name)
        check_team(args.team)
        ask_admin_password(url)
        password = None
        if not login_exists(url, args.name):
            password = new_password()
            if password is None:
                print(translate(
                    "CommandLine",
                    "sipdesk: Ett lösenord behövs. Skriv det när det frågas efter, eller ge det "
                    "i miljövariabeln {env} (aldrig på kommandoraden).").format(
                        env=ENV_NEW_PASSWORD), file=sys.stderr)
                return EXIT_PROBLEM
            if len(password) < PASSWORD_MIN:
                print("sipdesk: " + translate(
                    "CommandLine", "Lösenordet ska vara minst {count} tecken.").format(
                        count=PASSWORD_MIN), file=sys.stderr)
                return EXIT_PROBLEM
        user = add_user(url, args.name, args.team, args.role, password)
    except ServerSetupError as exc:
        return _fail(exc)
    role = translate("CommandLine", ROLE_WORDS[user.role])
    team = (translate("CommandLine", "det nya teamet {team}") if user.created_team
            else translate("CommandLine", "teamet {team}")).format(team=user.team)
    if user.created_login:
        said = translate("CommandLine", "Användaren {name} är skapad som {role} i {team}.")
    else:
        said = translate("CommandLine",
                         "Användaren {name} fanns redan och är nu också {role} i {team}.")
    print(said.format(name=user.name, role=role, team=team))
    return EXIT_OK


# --- the store on a team server, for the commands that read it ----------------------------

# The commands that read the store and may do so on a team server (--server URL).
SERVER_READERS = ("cases", "check", "export-plan", "log", "stats")
PASSWORD_IN_URL = QT_TRANSLATE_NOOP(
    "CommandLine", "sipdesk: Skriv inte lösenordet i adressen: den syns i processlistan och "
                   "skalets historik. Utan lösenord i adressen frågar sipdesk efter det och kan "
                   "spara det i nyckelringen.")


def add_server_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--server URL and --local; on a subcommand they are left out of the namespace unless
    given, so `sipdesk --server URL cases` and `sipdesk cases --server URL` both work."""
    parser.add_argument("--server", metavar=translate("CommandLine", "ADRESS"),
                        default=None if top else argparse.SUPPRESS,
                        help=translate("CommandLine",
                                       "arbeta mot teamservern på ADRESS (postgresql://"
                                       "inloggning@server/databas) i stället för datorns arkiv; "
                                       "gäller före inställningen. Lösenordet frågas efter och "
                                       "kan sparas i nyckelringen"))
    parser.add_argument("--local", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help=translate("CommandLine",
                                       "använd datorns eget arkiv även om en teamserver är "
                                       "vald i inställningarna"))


def chosen_server(args: argparse.Namespace, *, use_setting: bool) -> str | None:
    """The server to work on: --local or --server "" mean none; --server URL that one;
    else (for the window and the reading commands) the one saved in the settings."""
    if getattr(args, "local", False):
        return None
    given = getattr(args, "server", None)
    if given is not None:
        return given.strip() or None
    if not use_setting:
        return None
    from sipdesk.store.server_config import saved_server_url

    return saved_server_url()


def warn_password_in_url(url: str) -> None:
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        has_password = make_url(url).password is not None
    except ArgumentError:
        return
    if has_password:
        print(translate("CommandLine", PASSWORD_IN_URL), file=sys.stderr)


def ask_server_password(where: str, problem: str) -> PasswordAnswer | None:
    """The password at the terminal (getpass), and whether the keychain should keep it."""
    from sipdesk.store.server_credentials import PasswordAnswer

    if problem:
        print(f"sipdesk: {translate('Failure', problem)}", file=sys.stderr)
    password = ask(translate("CommandLine", "Lösenord för {server}").format(server=where))
    if password is None:
        return None
    try:
        answer = input(translate("CommandLine", "Spara lösenordet i nyckelringen? [j/N] "))
    except EOFError:
        answer = ""
    return PasswordAnswer(password, remember=answer.strip().lower() in ("j", "ja", "y", "yes"))


def open_server_store(args: argparse.Namespace, url: str) -> Workspace:
    """The workspace on the team server; at a terminal a missing or wrong password is
    asked for, in a script it is an error that says so (exit status 2)."""
    from sipdesk.cli.common import data_dir
    from sipdesk.services.workspace import Workspace

    interactive = sys.stdin is not None and sys.stdin.isatty()
    ws = Workspace.open_server(url, data_dir(args),
                               ask_password=ask_server_password if interactive else None)
    notice, ws.store.notice = ws.store.notice, None
    if notice:
        print(translate("Failure", notice), file=sys.stderr)
    return ws
