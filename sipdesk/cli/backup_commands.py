"""Backups on the command line: `sipdesk backups [--make]` and `sipdesk restore BACKUP`."""

from __future__ import annotations

import argparse

from sipdesk.cli.common import EXIT_OK, data_dir, open_store, secrets


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backups = sub.add_parser(
        "backups", help="lista säkerhetskopiorna (nyast först), eller gör en med --make"
    )
    backups.add_argument("--make", action="store_true",
                         help="gör en säkerhetskopia nu och kontrollera den")
    backups.set_defaults(run=cmd_backups)
    restore = sub.add_parser(
        "restore",
        help="lägg tillbaka en säkerhetskopia (arkivet som det är nu säkerhetskopieras först)",
    )
    restore.add_argument(
        "backup", metavar="KOPIA",
        help="säkerhetskopians namn (se sipdesk backups) eller sökvägen till dess .db-fil, "
             "t.ex. på ett USB-minne; i en tom mapp blir kopian arkivet (ny dator)",
    )
    restore.set_defaults(run=cmd_restore)


def cmd_backups(args: argparse.Namespace) -> int:
    from sipdesk.services.backups import reason_text
    from sipdesk.store.backup import describe_backup

    with open_store(args) as ws:
        if args.make:
            info = ws.backups.make("manual")
            print(f"Säkerhetskopian {describe_backup(info)} är gjord och kontrollerad.")
            mirror = ws.backups.mirror_dir()
            if ws.backups.mirror_problem:
                print(ws.backups.mirror_problem)
            elif mirror is not None:
                print(f"En kopia finns också i {mirror}.")
            return EXIT_OK
        infos = ws.backups.list()
        folder = ws.data_dir / "backups"
    if not infos:
        print(f"Inga säkerhetskopior i {folder}. Gör en med: sipdesk backups --make")
        return EXIT_OK
    print(f"{'Namn':<26} {'När':<16} {'Varför':<28} {'Ärenden':>7}  Kontrollerad")
    for i in infos:
        when = f"{i.made_at:%Y-%m-%d %H.%M}"
        print(f"{i.name:<26} {when:<16} {reason_text(i.reason):<28} {i.cases:>7}  "
              f"{'ja' if i.verified else 'NEJ'}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from sipdesk.services.backups import restore_in_folder
    from sipdesk.services.failures import is_damage
    from sipdesk.services.workspace import Workspace
    from sipdesk.store.backup import made_text

    folder = data_dir(args)
    # Read once: the passphrase or recovery key is taken out of the environment.
    found = secrets()
    if not Workspace.exists(folder):
        # A new computer: the backup and its header become the store; the key proves it.
        result = restore_in_folder(folder, args.backup, found)
    else:
        try:
            ws = open_store(args, found=found)
        except Exception as exc:
            if not is_damage(exc):
                raise
            result = restore_in_folder(folder, args.backup, found, damaged=True)
        else:
            with ws:
                result = ws.backups.restore_report(args.backup)
    print(f"Säkerhetskopian {result.backup.name} från {made_text(result.backup)} har lagts "
          f"tillbaka i {folder}. Arkivet har nu {result.cases} ärenden.")
    if result.safety is not None:
        print(f"Arkivet som det var före återställningen finns i säkerhetskopian "
              f"{result.safety.name}.")
    if result.set_aside is not None:
        print(f"Den skadade arkivfilen har flyttats undan till {result.set_aside}.")
    return EXIT_OK
