"""The main window's actions, in one place (as picard's mainwindow/actions.py).

Each action is made here with its Swedish text, shortcut and tip; the window
connects them. Menus are built from the names below, so the menu bar and the
shortcuts can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


SPECS: dict[str, ActionSpec] = {
    # Arkiv
    "new_case": ActionSpec("&Nytt ärende…", QKeySequence.StandardKey.New,
                           "Skapa ett ärende: vem som väckte behovet, frågan och barnet"),
    "directory": ActionSpec("&Organisationer…", "Ctrl+Shift+O",
                            "Registret över verksamheter och personer som ärendena väljer från"),
    "import_directory": ActionSpec("I&mportera katalog…", None,
                                   "Läs in verksamheter och personer från en CSV- eller "
                                   "XLSX-fil"),
    "refresh": ActionSpec("&Uppdatera", QKeySequence.StandardKey.Refresh,
                          "Läs in alla ärenden igen"),
    "settings": ActionSpec("&Inställningar…", "Ctrl+,",
                           "Dina kontaktuppgifter, lokala tidsfrister, säkerhetskopior och lås"),
    "backups": ActionSpec("&Säkerhetskopior…", None,
                          "Se när säkerhetskopior gjordes, gör en nu eller återställ en"),
    "keys": ActionSpec("Lösenfras och å&terställningsnyckel…", None,
                       "Byt lösenfras eller gör en ny återställningsnyckel"),
    "retention": ActionSpec("&Gallra avslutade ärenden…", None,
                            "Avslutade ärenden vars gallringsfrist har gått ut"),
    "lock": ActionSpec("&Lås", "Ctrl+L",
                       "Dölj allt och stäng arkivet tills du låser upp igen (när du går ifrån)"),
    "quit": ActionSpec("&Avsluta", QKeySequence.StandardKey.Quit, "Stäng sipdesk"),
    # Redigera
    "find": ActionSpec("&Sök…", QKeySequence.StandardKey.Find,
                       "Sök på namn, personnummer, verksamhet eller fråga"),
    "clear_filters": ActionSpec("&Rensa sökning och filter", "Ctrl+Shift+L"),
    # Ctrl+Z and Ctrl+Y belong to the open record, so these two carry no shortcut.
    "undo": ActionSpec("Å&ngra i ärendet", None, "Ångra den senaste ändringen (Ctrl+Z)"),
    "redo": ActionSpec("&Gör om i ärendet", None, "Gör om det som ångrades (Ctrl+Y)"),
    # Visa
    "show_initials": ActionSpec("Visa &initialer", "Ctrl+I",
                                "Visa barnens initialer i stället för namn (delad skärm)",
                                checkable=True),
    "needs_attention": ActionSpec("Bara ärenden som &behöver åtgärd", "Ctrl+Shift+A",
                                  checkable=True),
    "show_today": ActionSpec("Visa listan &I dag", "Ctrl+T", checkable=True),
    # Ctrl+Shift+S is the response tracker's "Markera skickad".
    "statistics": ActionSpec("&Statistik", "Ctrl+Shift+T",
                             "Möten, närvaro, kallelsetider och planer för en period"),
    # Ärende
    "open_case": ActionSpec("Ö&ppna ärendet", None, "Öppna det markerade ärendet (Enter)"),
    "invitations_todo": ActionSpec("&Kallelser att följa upp…", "Ctrl+Shift+K",
                                   "Alla kallelser i alla ärenden som behöver åtgärd i dag"),
    "back_to_board": ActionSpec("&Tillbaka till tavlan", "Alt+Left",
                                "Stäng ärendet och visa tavlan igen"),
    "move_forward": ActionSpec("Flytta till &nästa steg", "Ctrl+Right"),
    "move_back": ActionSpec("Flytta till &föregående steg", "Ctrl+Left"),
    # Hjälp
    "about": ActionSpec("&Om sipdesk"),
}

MENUS: list[tuple[str, list[str | None]]] = [
    ("&Arkiv", ["new_case", "directory", "import_directory", "refresh", None, "backups",
                "retention", "settings", "keys", None, "lock", "quit"]),
    ("&Redigera", ["undo", "redo", None, "find", "clear_filters"]),
    ("&Visa", ["show_initials", "needs_attention", "show_today", None, "statistics"]),
    ("Ä&rende", ["open_case", "back_to_board", None, "move_forward", "move_back", None,
                 "invitations_todo"]),
    ("&Hjälp", ["about"]),
]


class Actions:
    """The QActions of one main window, by name: actions.new_case, actions["find"]."""

    def __init__(self, parent: QObject):
        self._actions: dict[str, QAction] = {}
        for name, spec in SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{name}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setToolTip(spec.tip)
                action.setStatusTip(spec.tip)
            action.setCheckable(spec.checkable)
            self._actions[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError:
            raise AttributeError(name) from None

    def all(self) -> list[QAction]:
        return list(self._actions.values())
