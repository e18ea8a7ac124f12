"""Säkerhetskopior: when they were made and why, make one now, put one back.

Putting one back replaces the whole store, so it is confirmed first, and the
store as it is is backed up before (the service does that). Afterwards every
surface reads again: the restore's Changes are announced to all of them.
"""

from __future__ import annotations

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
from sipdesk.ui.operations import Failure, Operations

HEADERS = ["När", "Varför", "Ärenden", "Kontrollerad"]

INTRO = (
    "Säkerhetskopior görs när programmet stängs, var 30:e minut medan något ändras och "
    "före en återställning eller gallring. De är krypterade med arkivets nyckel och "
    "kontrolleras innan de räknas. Äldre kopior gallras: de senaste, en per dag, vecka "
    "och månad sparas."
)


def when_text(entry: BackupEntry) -> str:
    """'2026-11-23 14.32': a list keeps ISO dates."""
    return f"{words.iso(entry.made_at)} {words.clock(entry.made_at.time())}"


class BackupsDialog(QDialog):
    """The list of backups; `make_button` makes one now, `restore_button` puts the chosen back."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle("Säkerhetskopior")
        self._ops = ops
        self.overview: BackupsOverview | None = None
        self._busy = False

        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.places = QLabel("Läser in…")
        self.places.setObjectName("BackupPlaces")
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.places.setStyleSheet(theme.MUTED_TEXT)
        self.table = forms.list_table(HEADERS, "BackupList", "Säkerhetskopior")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("BackupStatusLine")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.make_button = QPushButton("Gör en säkerhetskopia nu")
        self.make_button.setObjectName("MakeBackup")
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton("Återställ…")
        self.restore_button.setObjectName("RestoreBackup")
        self.restore_button.setToolTip(
            "Lägg tillbaka den markerade säkerhetskopian i arkivets ställe. Arkivet som "
            "det är nu säkerhetskopieras först."
        )
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton("Stäng")
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
        self._update_buttons()
        self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._ops.read(self, lambda ws: ws.backups.overview(), self._show, self._failed)

    def _show(self, overview: BackupsOverview) -> None:
        self.overview = overview
        chosen = self.selected()
        rows = [
            [when_text(e), e.reason, str(e.cases), "ja" if e.verified else "NEJ"]
            for e in overview.entries
        ]
        forms.fill_table(self.table, rows, [e.name for e in overview.entries])
        if chosen is not None:
            names = [e.name for e in overview.entries]
            if chosen.name in names:
                self.table.selectRow(names.index(chosen.name))
        self.places.setText(self._places_text(overview))
        if overview.demo:
            self._say("Det här är ett demoarkiv: dess nyckel finns bara medan programmet är "
                      "öppet, så säkerhetskopior av det kan aldrig öppnas.", "warning")
        elif overview.mirror_problem:
            self._say(overview.mirror_problem, "warning")
        self._update_buttons()

    @staticmethod
    def _places_text(overview: BackupsOverview) -> str:
        text = f"Kopiorna finns i {overview.folder}."
        if overview.mirror:
            return f"{text} De går också till {overview.mirror}."
        return (f"{text} Ingen extra mapp är vald; välj en (ett USB-minne, en nätverksmapp) "
                "under Arkiv → Inställningar…, så hamnar varje kopia där också.")

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
        self._set_busy(True, "Gör en säkerhetskopia och kontrollerar den…")
        self._ops.write(
            self, lambda ws: (ws.backups.make("manual"), ws.backups.overview()),
            self._made, self._failed,
        )

    def _made(self, outcome: tuple[Any, BackupsOverview]) -> None:
        _info, overview = outcome
        self._set_busy(False)
        self._say("Säkerhetskopian är gjord och kontrollerad.", "ok")
        self._show(overview)

    # --- restoring -------------------------------------------------------------------

    def confirm_restore(self, entry: BackupEntry) -> bool:
        """Ask before the store is replaced; tests replace this with an answer."""
        made = f"{words.long_date(entry.made_at)} kl. {words.clock(entry.made_at.time())}"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Återställ säkerhetskopia")
        box.setText(f"Lägga tillbaka säkerhetskopian från {made} ({entry.cases} ärenden)?")
        box.setInformativeText(
            "Arkivet som det är nu säkerhetskopieras först, så ingenting går förlorat: du "
            "kan lägga tillbaka det härifrån. Det som har ändrats efter kopian finns sedan "
            "bara i den nya säkerhetskopian."
        )
        restore = box.addButton("Återställ", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self.confirm_restore(entry):
            return
        name = entry.name
        self._set_busy(True, "Säkerhetskopierar arkivet och lägger tillbaka den valda kopian…")
        self._ops.write(
            self, lambda ws: (ws.backups.restore_report(name), ws.backups.overview()),
            self._restored, self._failed,
        )

    def _restored(self, outcome: tuple[Any, BackupsOverview]) -> None:
        result, overview = outcome
        self._set_busy(False)
        made = f"{words.long_date(result.backup.made_at)} kl. " \
               f"{words.clock(result.backup.made_at.time())}"
        text = f"Arkivet är återställt till säkerhetskopian från {made}."
        if result.safety is not None:
            text += (" Arkivet som det var finns kvar som säkerhetskopian "
                     "”före en återställning” överst i listan.")
        elif result.set_aside is not None:
            text += f" Den skadade arkivfilen har flyttats undan till {result.set_aside}."
        self._say(text, "ok")
        self._show(overview)
        # Every surface reads again (the board, an open record, the status bar).
        self._ops.announce(result.changes.with_origin(self))

    # --- telling ---------------------------------------------------------------------

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        self._say(failure.message, "error")

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
