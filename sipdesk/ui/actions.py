"""The main window's actions, in one place (as picard's mainwindow/actions.py).

Each action is made here with its Swedish text, shortcut and tip; the window
connects them. Menus are built from the names below, so the menu bar and the
shortcuts can never disagree.

Texts, tips and menu titles are Swedish source strings marked for Qt's
translation tools (context CONTEXT, see ui/i18n.py); Actions and menu_title()
translate them when the window is built, so in English they come from
resources/i18n/sipdesk_en.qm.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


# QT_TRANSLATE_NOOP only marks the Swedish source text for pyside6-lupdate; Actions
# and menu_title() translate it.
SPECS: dict[str, ActionSpec] = {
    # Arkiv
    "new_case": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Nytt ärende…"), QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions",
                          "Skapa ett ärende: vem som väckte behovet, frågan och barnet")),
    "directory": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Organisationer…"), "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Registret över verksamheter och personer som "
                                     "ärendena väljer från")),
    "import_directory": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "I&mportera katalog…"), None,
        QT_TRANSLATE_NOOP("Actions", "Läs in verksamheter och personer från en CSV- eller "
                                     "XLSX-fil")),
    "refresh": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Uppdatera"), QKeySequence.StandardKey.Refresh,
        QT_TRANSLATE_NOOP("Actions", "Läs in alla ärenden igen")),
    "settings": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Inställningar…"), "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Dina kontaktuppgifter, lokala tidsfrister, "
                                     "säkerhetskopior och lås")),
    "backups": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Säkerhetskopior…"), None,
        QT_TRANSLATE_NOOP("Actions", "Se när säkerhetskopior gjordes, gör en nu eller "
                                     "återställ en")),
    "keys": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Lösenfras och å&terställningsnyckel…"), None,
        QT_TRANSLATE_NOOP("Actions", "Byt lösenfras eller gör en ny återställningsnyckel")),
    "retention": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Gallra avslutade ärenden…"), None,
        QT_TRANSLATE_NOOP("Actions", "Avslutade ärenden vars gallringsfrist har gått ut")),
    "lock": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Lås"), "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Dölj allt och stäng arkivet tills du låser upp igen "
                                     "(när du går ifrån)")),
    "quit": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Avsluta"), QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Stäng sipdesk")),
    # Redigera
    "find": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Sök…"), QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Actions", "Sök på namn, personnummer, verksamhet eller fråga")),
    "clear_filters": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Rensa sökning och filter"), "Ctrl+Shift+L"),
    # Ctrl+Z and Ctrl+Y belong to the open record, so these two carry no shortcut.
    "undo": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Å&ngra i ärendet"), None,
        QT_TRANSLATE_NOOP("Actions", "Ångra den senaste ändringen (Ctrl+Z)")),
    "redo": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Gör om i ärendet"), None,
        QT_TRANSLATE_NOOP("Actions", "Gör om det som ångrades (Ctrl+Y)")),
    # Visa
    "show_initials": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Visa &initialer"), "Ctrl+I",
        QT_TRANSLATE_NOOP("Actions", "Visa barnens initialer i stället för namn (delad skärm)"),
        checkable=True),
    "needs_attention": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Bara ärenden som &behöver åtgärd"), "Ctrl+Shift+A",
        checkable=True),
    "show_today": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Visa listan &I dag"), "Ctrl+T", checkable=True),
    # Ctrl+Shift+S is the response tracker's "Markera skickad".
    "statistics": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Statistik"), "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Möten, närvaro, kallelsetider och planer för en period")),
    # Ärende
    "open_case": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ö&ppna ärendet"), None,
        QT_TRANSLATE_NOOP("Actions", "Öppna det markerade ärendet (Enter)")),
    "invitations_todo": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Kallelser att följa upp…"), "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Alla kallelser i alla ärenden som behöver åtgärd i dag")),
    "back_to_board": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Tillbaka till tavlan"), "Alt+Left",
        QT_TRANSLATE_NOOP("Actions", "Stäng ärendet och visa tavlan igen")),
    "move_forward": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Flytta till &nästa steg"), "Ctrl+Right"),
    "move_back": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Flytta till &föregående steg"), "Ctrl+Left"),
    # A case on a team server, taken along offline (ui/takealong_actions.py)
    "take_along": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ta &med ärendet…"), None,
        QT_TRANSLATE_NOOP("Actions", "Kopiera ärendet till den här datorn för att arbeta utan "
                                     "nät; kollegorna kan bara läsa det så länge")),
    "give_back": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Lämna tillbaka ärendet"), None,
        QT_TRANSLATE_NOOP("Actions", "Lägg tillbaka det som gjorts på datorn på teamservern "
                                     "och avsluta lånet")),
    "break_lease": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Bryt lånet…"), None,
        QT_TRANSLATE_NOOP("Actions", "Teamledare: avsluta ett lån som blivit kvar, så att "
                                     "ärendet kan ändras igen")),
    # Hjälp
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Om sipdesk")),
}

MENUS: list[tuple[str, list[str | None]]] = [
    (QT_TRANSLATE_NOOP("Actions", "&Arkiv"),
     ["new_case", "directory", "import_directory", "refresh", None, "backups", "retention",
      "settings", "keys", None, "lock", "quit"]),
    (QT_TRANSLATE_NOOP("Actions", "&Redigera"),
     ["undo", "redo", None, "find", "clear_filters"]),
    (QT_TRANSLATE_NOOP("Actions", "&Visa"),
     ["show_initials", "needs_attention", "show_today", None, "statistics"]),
    (QT_TRANSLATE_NOOP("Actions", "Ä&rende"),
     ["open_case", "back_to_board", None, "move_forward", "move_back", None,
      "invitations_todo", None, "take_along", "give_back", "break_lease"]),
    (QT_TRANSLATE_NOOP("Actions", "&Hjälp"), ["about"]),
]


def translated(text: str) -> str:
    """An action's or a menu's Swedish source text in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def menu_title(title: str) -> str:
    """A title from MENUS in the window's language ("&Arkiv", or "&File" in English)."""
    return translated(title)


class Actions:
    """The QActions of one main window, by name: actions.new_case, actions["find"]."""

    def __init__(self, parent: QObject):
        self._actions: dict[str, QAction] = {}
        for name, spec in SPECS.items():
            action = QAction(translated(spec.text), parent)
            action.setObjectName(f"action_{name}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                tip = translated(spec.tip)
                action.setToolTip(tip)
                action.setStatusTip(tip)
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
