"""Backups on the command line: `sipdesk backups [--make]` and `sipdesk restore BACKUP`."""

from __future__ import annotations

import argparse

from sipdesk.cli.cli_words import translate
from sipdesk.cli.common import EXIT_OK, data_dir, open_store, secrets


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backups = sub.add_parser(
        "backups", help=translate("CommandLine", "lista säkerhetskopiorna (nyast först), eller "
                                                 "gör en med --make")
    )
    backups.add_argument("--make", action="store_true",
                         help=translate("CommandLine",
                                        "gör en säkerhetskopia nu och kontrollera den"))
    backups.set_defaults(run=cmd_backups)
    restore = sub.add_parser(
        "restore",
        help=translate("CommandLine", "lägg tillbaka en säkerhetskopia (arkivet som det är nu "
                                      "säkerhetskopieras först)"),
    )
    restore.add_argument(
        "backup", metavar=translate("CommandLine", "KOPIA"),
        help=translate("CommandLine", "säkerhetskopians namn (se sipdesk backups) eller "
                                      "sökvägen till dess .db-fil, t.ex. på ett USB-minne; i en "
                                      "tom mapp blir kopian arkivet (ny dator)"),
    )
    restore.set_defaults(run=cmd_restore)


def cmd_backups(args: argparse.Namespace) -> int:
    from sipdesk.cli.check_words import backup_text
    from sipdesk.services.backups import reason_text
    from sipdesk.store.backup import describe_backup

    with open_store(args) as ws:
        if args.make:
            info = ws.backups.make("manual")
            print(translate("CommandLine", "Säkerhetskopian {backup} är gjord och "
                                           "kontrollerad.").format(backup=backup_text(describe_backup(info))))
            mirror = ws.backups.mirror_dir()
            if ws.backups.mirror_problem:
                from sipdesk.ui.i18n_rest import mirror_problem  # Qt-free: no widgets

                print(mirror_problem(ws.backups.mirror_problem))
            elif mirror is not None:
                print(translate("CommandLine", "En kopia finns också i {folder}.").format(
                    folder=mirror))
            return EXIT_OK
        infos = ws.backups.list()
        folder = ws.data_dir / "backups"
    if not infos:
        print(translate("CommandLine", "Inga säkerhetskopior i {folder}. Gör en med: sipdesk "
                                       "backups --make").format(folder=folder))
        return EXIT_OK
    name, made = translate("CommandLine", "Namn"), translate("CommandLine", "När")
    why, cases = translate("CommandLine", "Varför"), translate("CommandLine", "Ärenden")
    checked = translate("CommandLine", "Kontrollerad")
    yes, no = translate("CommandLine", "ja"), translate("CommandLine", "NEJ")
    print(f"{name:<26} {made:<16} {why:<28} {cases:>7}  {checked}")
    for i in infos:
        when = f"{i.made_at:%Y-%m-%d %H.%M}"
        reason = translate("BackupReason", reason_text(i.reason))
        print(f"{i.name:<26} {when:<16} {reason:<28} {i.cases:>7}  "
              f"{yes if i.verified else no}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from sipdesk.cli.check_words import backup_text
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
    print(translate("CommandLine", "Säkerhetskopian {backup} från {made} har lagts tillbaka i "
                                   "{folder}. Arkivet har nu {cases} ärenden.").format(
        backup=result.backup.name, made=backup_text(made_text(result.backup)), folder=folder,
        cases=result.cases))
    if result.safety is not None:
        print(translate("CommandLine", "Arkivet som det var före återställningen finns i "
                                       "säkerhetskopian {backup}.").format(
            backup=result.safety.name))
    if result.set_aside is not None:
        print(translate("CommandLine", "Den skadade arkivfilen har flyttats undan till "
                                       "{path}.").format(path=result.set_aside))
    return EXIT_OK
