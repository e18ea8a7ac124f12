"""Säkerhetskopior: when they were made and why, make one now, put one back.

Putting one back replaces the whole store, so it is confirmed first, and the
store as it is is backed up before (the service does that). Afterwards every
surface reads again: the restore's Changes are announced to all of them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.views import BackupEntry, BackupsOverview
from sipdesk.ui import forms, theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import backup_reason, long_date, mirror_problem, translate
from sipdesk.ui.operations import Failure, Operations

HEADERS = [
    QT_TRANSLATE_NOOP("BackupsDialog", "När"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Varför"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Ärenden"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Kontrollerad"),
]

INTRO = QT_TRANSLATE_NOOP(
    "BackupsDialog", "Säkerhetskopior görs när programmet stängs, var 30:e minut medan något "
                     "ändras och före en återställning eller gallring. De är krypterade med "
                     "arkivets nyckel och kontrolleras innan de räknas. Äldre kopior gallras: "
                     "de senaste, en per dag, vecka och månad sparas.")


def when_text(entry: BackupEntry) -> str:
    """'2026-11-23 14.32': a list keeps ISO dates."""
    return f"{words.iso(entry.made_at)} {words.clock(entry.made_at.time())}"


def _made(at: datetime) -> str:
    """'21 december 2026 kl. 14.32' / '21 December 2026 at 14.32'."""
    return translate("BackupsDialog", "{date} kl. {time}").format(
        date=long_date(at.date()), time=words.clock(at.time()))


class BackupsDialog(QDialog):
    """The list of backups; `make_button` makes one now, `restore_button` puts the chosen back."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(translate("BackupsDialog", "Säkerhetskopior"))
        self._ops = ops
        self.overview: BackupsOverview | None = None
        self._busy = False

        intro = QLabel(translate("BackupsDialog", INTRO))
        intro.setWordWrap(True)
        self.places = QLabel(translate("BackupsDialog", "Läser in…"))
        self.places.setObjectName("BackupPlaces")
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.places.setStyleSheet(theme.MUTED_TEXT)
        self.table = forms.list_table([translate("BackupsDialog", h) for h in HEADERS],
                                      "BackupList", translate("BackupsDialog", "Säkerhetskopior"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("BackupStatusLine")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.make_button = QPushButton(translate("BackupsDialog", "Gör en säkerhetskopia nu"))
        self.make_button.setObjectName("MakeBackup")
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(translate("BackupsDialog", "Återställ…"))
        self.restore_button.setObjectName("RestoreBackup")
        self.restore_button.setToolTip(translate(
            "BackupsDialog", "Lägg tillbaka den markerade säkerhetskopian i arkivets ställe. "
                             "Arkivet som det är nu säkerhetskopieras först."))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(translate("BackupsDialog", "Stäng"))
        close.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.places)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 480)
        # The restore button is described by its tooltip.
        forms.describe(self, {
            self.make_button: translate(
                "BackupsDialog", "Gör en krypterad säkerhetskopia av arkivet nu, i datamappen och "
                                 "i den andra mappen om en är vald"),
            close: translate("BackupsDialog", "Stänger fönstret; säkerhetskopiorna görs ändå "
                                              "automatiskt"),
        })
        self._update_buttons()
        self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._ops.read(self, lambda ws: ws.backups.overview(), self._show, self._failed)

    def _show(self, overview: BackupsOverview) -> None:
        self.overview = overview
        chosen = self.selected()
        rows = [
            [when_text(e), backup_reason(e.reason), str(e.cases),
             translate("BackupsDialog", "ja") if e.verified else translate("BackupsDialog", "NEJ")]
            for e in overview.entries
        ]
        forms.fill_table(self.table, rows, [e.name for e in overview.entries])
        if chosen is not None:
            names = [e.name for e in overview.entries]
            if chosen.name in names:
                self.table.selectRow(names.index(chosen.name))
        self.places.setText(self._places_text(overview))
        if overview.demo:
            self._say(translate("BackupsDialog", "Det här är ett demoarkiv: dess nyckel finns "
                                                 "bara medan programmet är öppet, så "
                                                 "säkerhetskopior av det kan aldrig öppnas."),
                      "warning")
        elif overview.mirror_problem:
            self._say(mirror_problem(overview.mirror_problem), "warning")
        self._update_buttons()

    @staticmethod
    def _places_text(overview: BackupsOverview) -> str:
        text = translate("BackupsDialog", "Kopiorna finns i {folder}.").format(
            folder=overview.folder)
        if overview.mirror:
            also = translate("BackupsDialog", "De går också till {folder}.")
            return f"{text} {also.format(folder=overview.mirror)}"
        none = translate("BackupsDialog", "Ingen extra mapp är vald; välj en (ett USB-minne, en "
                                          "nätverksmapp) under Arkiv → Inställningar…, så "
                                          "hamnar varje kopia där också.")
        return f"{text} {none}"

    def selected(self) -> BackupEntry | None:
        if self.overview is None:
            return None
        name = forms.selected_id(self.table)
        return next((e for e in self.overview.entries if e.name == name), None)

    def _update_buttons(self) -> None:
        demo = self.overview is not None and self.overview.demo
        self.make_button.setEnabled(not self._busy and self.overview is not None and not demo)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)

    # --- making ----------------------------------------------------------------------

    def make_now(self) -> None:
        self._set_busy(True, translate("BackupsDialog",
                                       "Gör en säkerhetskopia och kontrollerar den…"))
        self._ops.write(
            self, lambda ws: (ws.backups.make("manual"), ws.backups.overview()),
            self._made, self._failed,
        )

    def _made(self, outcome: tuple[Any, BackupsOverview]) -> None:
        _info, overview = outcome
        self._set_busy(False)
        self._say(translate("BackupsDialog", "Säkerhetskopian är gjord och kontrollerad."), "ok")
        self._show(overview)

    # --- restoring -------------------------------------------------------------------

    def confirm_restore(self, entry: BackupEntry) -> bool:
        """Ask before the store is replaced; tests replace this with an answer."""
        made = _made(entry.made_at)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("BackupsDialog", "Återställ säkerhetskopia"))
        box.setText(translate("BackupsDialog", "Lägga tillbaka säkerhetskopian från {made} "
                                               "({cases} ärenden)?").format(
            made=made, cases=entry.cases))
        box.setInformativeText(translate(
            "BackupsDialog", "Arkivet som det är nu säkerhetskopieras först, så ingenting går "
                             "förlorat: du kan lägga tillbaka det härifrån. Det som har ändrats "
                             "efter kopian finns sedan bara i den nya säkerhetskopian."))
        restore = box.addButton(translate("BackupsDialog", "Återställ"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("BackupsDialog", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self.confirm_restore(entry):
            return
        name = entry.name
        self._set_busy(True, translate("BackupsDialog", "Säkerhetskopierar arkivet och lägger "
                                                        "tillbaka den valda kopian…"))
        self._ops.write(
            self, lambda ws: (ws.backups.restore_report(name), ws.backups.overview()),
            self._restored, self._failed,
        )

    def _restored(self, outcome: tuple[Any, BackupsOverview]) -> None:
        result, overview = outcome
        self._set_busy(False)
        text = translate("BackupsDialog", "Arkivet är återställt till säkerhetskopian från "
                                          "{made}.").format(made=_made(result.backup.made_at))
        if result.safety is not None:
            text += " " + translate("BackupsDialog", "Arkivet som det var finns kvar som "
                                                     "säkerhetskopian ”{reason}” överst i "
                                                     "listan.").format(
                reason=backup_reason("före en återställning"))
        elif result.set_aside is not None:
            text += " " + translate("BackupsDialog", "Den skadade arkivfilen har flyttats undan "
                                                     "till {path}.").format(path=result.set_aside)
        self._say(text, "ok")
        self._show(overview)
        # Every surface reads again (the board, an open record, the status bar).
        self._ops.announce(result.changes.with_origin(self))

    # --- telling ---------------------------------------------------------------------

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        self._say(failure_text(failure), "error")

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            self._say(text, "info")
        self._update_buttons()

    def _say(self, text: str, kind: str) -> None:
        style = theme.MUTED_TEXT if kind == "info" else theme.banner(kind)
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))
