"""The status bar's word on backups, and the backups made while the window is open.

A verified backup is made every half hour while something has changed (the
timer only asks when ops.changed has announced a change since the last
backup) and when the window closes. The label says when the newest verified
backup was made ("Säkerhetskopia 14.32"), turns amber when there is none or
it is older than two days, and red when making one failed: a failed backup
is never silent.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from sipdesk.domain import words
from sipdesk.domain.changes import Changes
from sipdesk.domain.views import BackupEntry, BackupsOverview
from sipdesk.ui import theme
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import long_date, mirror_problem, short_date, translate
from sipdesk.ui.operations import Failure, Operations

log = logging.getLogger(__name__)

BACKUP_EVERY_MS = 30 * 60 * 1000
# Age shows as time passes (amber after two days) and backups made from the
# Säkerhetskopior dialog appear; a listing of the backup folder, not of the store.
READ_AGAIN_MS = 5 * 60 * 1000

WHEN_AND_WHY = QT_TRANSLATE_NOOP(
    "BackupStatus", "Säkerhetskopior görs när programmet stängs och var 30:e minut medan något "
                    "ändras. De är krypterade med arkivets nyckel och kontrolleras innan de "
                    "räknas.")

AMBER = (f"color: {theme.WARNING_INK}; background: {theme.WARNING_FILL};"
         " border-radius: 3px; padding: 1px 6px;")
RED = (f"color: {theme.ERROR_INK}; background: {theme.ERROR_FILL};"
       " border-radius: 3px; padding: 1px 6px;")


def made_when(entry: BackupEntry, now: datetime) -> str:
    """'14.32' today, '21 nov 14.32' another day ('21 Nov 14.32' in English)."""
    clock = words.clock(entry.made_at.time())
    day = entry.made_at.date()
    if day == now.date():
        return clock
    return f"{short_date(day)} {clock}"


class BackupStatus(QLabel):
    """The status bar's backup line; `timer` makes a backup every 30 minutes after changes.

    `kind` says what the line shows: "loading", "ok", "old", "missing",
    "failed", "mirror" (the copy to the second folder failed), "demo" or "server".
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupStatus")
        self._ops = ops
        self.kind = "loading"
        self.overview: BackupsOverview | None = None
        self.failure: str = ""
        # Did ops.changed announce anything since the last backup was asked for?
        self.changed_since_backup = False
        self._making = False
        self._closing = False
        self.setText(translate("BackupStatus", "Säkerhetskopia: läser in…"))
        self.setStyleSheet(theme.MUTED_TEXT)

        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()
        self._read_again = QTimer(self)
        self._read_again.setInterval(READ_AGAIN_MS)
        self._read_again.timeout.connect(self.reload)
        self._read_again.start()
        # A burst of changes (a restore announces everything) is read once.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(30)
        self._reload_soon.timeout.connect(self.reload)
        ops.changed.connect(self._on_changed)
        self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._ops.read(self, lambda ws: ws.backups.overview(), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.empty:
            return
        self.changed_since_backup = True
        # A restore changes everything (and the list); the second folder is a setting.
        if changes.everything or changes.settings:
            self._reload_soon.start()

    # --- making ----------------------------------------------------------------------

    def backup_if_changed(self) -> None:
        """The timer's tick: a backup only if something changed since the last one."""
        if self.changed_since_backup and not self._making and not self._closing:
            self._make("timer")

    def backup_on_close(self) -> None:
        """Queue a verified backup before the window closes (the worker finishes it)."""
        self._closing = True
        self.timer.stop()
        self._read_again.stop()
        self._ops.write(self, _backup_on_close)

    def _make(self, reason: str) -> None:
        self._making = True
        # Cleared when asked, not when done: a change announced meanwhile may
        # not be in this backup, so it counts for the next one.
        self.changed_since_backup = False
        self._ops.write(self, lambda ws: _backup_and_overview(ws, reason),
                        self._made, self._failed)

    def _made(self, outcome: tuple[object, BackupsOverview | None]) -> None:
        made, overview = outcome
        self._making = False
        if made is None or overview is None:  # the store was locked: the next tick tries
            self.changed_since_backup = True
            return
        self.failure = ""
        self._show(overview)

    def _failed(self, failure: Failure) -> None:
        self._making = False
        self.changed_since_backup = True  # nothing was saved: the next tick tries again
        self.failure = failure_text(failure)
        self._render()

    # --- showing ---------------------------------------------------------------------

    def _show(self, overview: BackupsOverview) -> None:
        self.overview = overview
        self._render()

    def _render(self) -> None:
        overview = self.overview
        now = datetime.now()
        why = translate("BackupStatus", WHEN_AND_WHY)
        places = ""
        if overview is not None:
            places = "\n" + translate("BackupStatus", "Kopiorna finns i {folder}.").format(
                folder=overview.folder)
            if overview.mirror:
                places += "\n" + translate("BackupStatus", "De går också till {folder}.").format(
                    folder=overview.mirror)
        last = overview.last_verified if overview is not None else None
        last_text = ""
        if last is not None:
            last_text = translate(
                "BackupStatus", "Senaste kontrollerade säkerhetskopia: {date} kl. {time} "
                                "({cases} ärenden).").format(
                date=long_date(last.made_at.date()), time=words.clock(last.made_at.time()),
                cases=last.cases)
        if self.failure:
            self._set("failed", translate("BackupStatus", "Säkerhetskopian misslyckades"), RED,
                      f"{self.failure}\n{last_text}{places}\n{why}")
        elif overview is None:
            return
        elif overview.on_server:
            self._set("server", translate("BackupStatus", "Säkerhetskopior: teamservern"),
                      theme.MUTED_TEXT,
                      translate("BackupStatus", "Ärendena finns på teamservern, som kommunens "
                                                "IT-avdelning säkerhetskopierar. Datorn gör "
                                                "inga egna kopior av den."))
        elif overview.demo:
            self._set("demo", translate("BackupStatus", "Demoarkiv: inga säkerhetskopior"),
                      theme.MUTED_TEXT,
                      translate("BackupStatus", "Demoarkivets nyckel finns bara medan "
                                                "programmet är öppet, så det görs inga "
                                                "säkerhetskopior av det."))
        elif last is None:
            none = translate("BackupStatus", "Det finns ingen kontrollerad säkerhetskopia.")
            self._set("missing", translate("BackupStatus", "Ingen säkerhetskopia ännu"), AMBER,
                      f"{none}{places}\n{why}")
        elif overview.stale:
            self._set("old", translate("BackupStatus", "Säkerhetskopia {when} – äldre än 2 "
                                                       "dagar").format(when=made_when(last, now)),
                      AMBER, f"{last_text}{places}\n{why}")
        elif overview.mirror_problem:
            self._set("mirror", translate("BackupStatus", "Säkerhetskopia {when} – inte i extra "
                                                          "mappen").format(
                          when=made_when(last, now)),
                      AMBER, f"{mirror_problem(overview.mirror_problem)}\n{last_text}{places}")
        else:
            self._set("ok", translate("BackupStatus", "Säkerhetskopia {when}").format(
                          when=made_when(last, now)), theme.MUTED_TEXT,
                      f"{last_text}{places}\n{why}")

    def _set(self, kind: str, text: str, style: str, tooltip: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(style)
        self.setToolTip(tooltip.strip())
        self.setAccessibleName(text)


def _backup_and_overview(ws: Any, reason: str) -> tuple[object, BackupsOverview | None]:
    made = ws.backups.make_auto(reason)
    # A locked store (made is None) cannot be read either; the line stays as it is.
    return made, ws.backups.overview() if made is not None else None


def _backup_on_close(ws: Any) -> object:
    # Runs while the window goes away, when no one is left to show a failure:
    # at least the log says that the last backup is missing.
    try:
        return ws.backups.make_auto("close")
    except Exception as exc:
        log.warning("the backup on closing failed (%s)", type(exc).__name__)
        raise
