"""Gallring: closed cases whose retention period has passed, deleted for good on request.

The municipality decides the period (Inställningar); until it has, nothing
is offered. The dialog lists the cases due with the child by initials only,
lets the coordinator export the plan and the access log extract first, and
deletes the ticked cases after a warning that it cannot be undone. The
deletion itself (a backup first, secure_delete, a log entry) is the
services' (ws.retention.delete).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain import words
from sipdesk.domain.changes import Changes
from sipdesk.domain.retention import RetentionCandidate, RetentionView
from sipdesk.ui import theme
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import translate
from sipdesk.ui.operations import Failure, Operations

Confirm = Callable[[str], bool]
ChoosePath = Callable[[str, str], Path | None]

NOT_DECIDED = QT_TRANSLATE_NOOP(
    "RetentionDialog", "Kommunen har inte bestämt någon gallringsfrist, så inga ärenden erbjuds "
                       "för gallring. Kommunen måste besluta om fristen; ange den sedan under "
                       "Arkiv → Inställningar….")
WARNING = QT_TRANSLATE_NOOP(
    "RetentionDialog", "Gallring raderar ärendet och allt som hör till det för gott: barnets "
                       "uppgifter, planer, möten och historik. Det går inte att ångra. Exportera "
                       "planen och loggutdraget först om de ska sparas någon annanstans. En "
                       "säkerhetskopia görs före raderingen och gallras sedan bort med tiden. "
                       "Åtkomstloggen finns kvar.")
HEADERS = [
    "",
    QT_TRANSLATE_NOOP("RetentionDialog", "Ärende"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Barn"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Avslutat"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Skäl"),
    QT_TRANSLATE_NOOP("RetentionDialog", "Kan gallras från"),
]
COALESCE_MS = 30


def _cases(n: int) -> str:
    if n == 1:
        return translate("RetentionDialog", "1 ärende")
    return translate("RetentionDialog", "{count} ärenden").format(count=n)


class RetentionDialog(QDialog):
    """objectName RetentionDialog: `RetentionDialog(ops, parent)`.

    `confirm(text) -> bool` and `choose_path(title, suggestion)` replace the
    message box and the file dialog (tests).
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 confirm: Confirm | None = None, choose_path: ChoosePath | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.setWindowTitle(translate("RetentionDialog", "Gallra avslutade ärenden"))
        self.setMinimumSize(720, 420)
        self._ops = ops
        self._confirm = confirm or self._ask
        self._choose_path = choose_path or self._ask_path
        self.view: RetentionView | None = None
        self._busy = False

        self.summary = QLabel(translate("RetentionDialog", "Läser in…"))
        self.summary.setObjectName("RetentionSummary")
        self.summary.setWordWrap(True)
        self.warning = QLabel(translate("RetentionDialog", WARNING))
        self.warning.setObjectName("RetentionWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(theme.WARNING_BOX)
        self.table = self._make_table()
        self.export_plan_button = QPushButton(translate("RetentionDialog", "Exportera plan…"))
        self.export_plan_button.setObjectName("RetentionExportPlan")
        self.export_plan_button.clicked.connect(self._ask_plan)
        self.export_log_button = QPushButton(translate("RetentionDialog",
                                                       "Exportera loggutdrag…"))
        self.export_log_button.setObjectName("RetentionExportLog")
        self.export_log_button.clicked.connect(self._ask_log)
        self.delete_button = QPushButton(translate("RetentionDialog",
                                                   "Radera markerade för gott…"))
        self.delete_button.setObjectName("RetentionDelete")
        self.delete_button.clicked.connect(self.delete_ticked)
        self.message = QLabel()
        self.message.setObjectName("RetentionMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("RetentionDialog", "Stäng"))
        buttons.rejected.connect(self.reject)

        exports = QHBoxLayout()
        exports.addWidget(QLabel(translate("RetentionDialog", "För det markerade ärendet:")))
        exports.addWidget(self.export_plan_button)
        exports.addWidget(self.export_log_button)
        exports.addStretch(1)
        exports.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(exports)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        describe(self, {
            self.table: translate(
                "RetentionDialog", "Avslutade ärenden vars gallringsfrist har gått ut, med "
                                   "barnets initialer. Kryssa i rutan först på raden för de "
                                   "ärenden som ska raderas."),
            self.export_plan_button: translate(
                "RetentionDialog", "Sparar det markerade ärendets senaste plan som PDF innan "
                                   "ärendet raderas"),
            self.export_log_button: translate(
                "RetentionDialog", "Sparar åtkomstloggen för det markerade ärendet som PDF "
                                   "innan ärendet raderas"),
            self.delete_button: translate(
                "RetentionDialog", "Raderar de ikryssade ärendena för gott, efter en fråga; "
                                   "det går inte att ångra"),
            buttons.button(QDialogButtonBox.StandardButton.Close): translate(
                "RetentionDialog", "Stänger fönstret utan att radera något"),
        })
        self._reread = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._reread.timeout.connect(self.refresh)
        ops.changed.connect(self._changed)
        self.table.itemChanged.connect(lambda _item: self._enable())
        self.table.currentCellChanged.connect(lambda *_a: self._enable())
        self._enable()
        self.refresh()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(HEADERS))
        table.setObjectName("RetentionTable")
        table.setHorizontalHeaderLabels([translate("RetentionDialog", h) if h else ""
                                         for h in HEADERS])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        self._ops.read(self, lambda ws: ws.retention.due(), self._show, self._failed)

    def _changed(self, changes: Changes) -> None:
        # A case closed, reopened or deleted, or the period changed in Inställningar.
        if changes.everything or changes.settings or changes.cases:
            self._reread.start()

    def _show(self, view: RetentionView) -> None:
        ticked = set(self.ticked_ids())
        self.view = view
        if not view.decided:
            self.summary.setText(translate("RetentionDialog", NOT_DECIDED))
            self.summary.setStyleSheet(theme.banner("warning"))
        elif not view.candidates:
            self.summary.setText(translate(
                "RetentionDialog", "Gallringsfristen är {months} månader efter att ett ärende "
                                   "avslutades. Inga avslutade ärenden har passerat den.").format(
                months=view.months))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(translate(
                "RetentionDialog", "Gallringsfristen är {months} månader efter att ett ärende "
                                   "avslutades. {cases} kan gallras. Markera dem som ska "
                                   "raderas.").format(months=view.months,
                                                      cases=_cases(len(view.candidates))))
            self.summary.setStyleSheet("")
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.candidates))
        for row, c in enumerate(view.candidates):
            self._fill_row(row, c, c.case_id in ticked)
        self.table.blockSignals(False)
        self.table.setEnabled(view.decided)
        if view.candidates and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 1)
        self._enable()

    def _fill_row(self, row: int, c: RetentionCandidate, ticked: bool) -> None:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        check.setData(Qt.ItemDataRole.UserRole, c.case_id)
        check.setToolTip(translate("RetentionDialog", "Markera för radering"))
        self.table.setItem(row, 0, check)
        values = [c.reference, c.initials, words.iso(c.closed_on),
                  translate("CloseReason", c.reason), words.iso(c.due_on)]
        for col, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, c.case_id)
            self.table.setItem(row, col, item)

    # --- choosing -------------------------------------------------------------------

    def ticked_ids(self) -> list[int]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def tick(self, case_id: int, on: bool = True) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == case_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def current(self) -> RetentionCandidate | None:
        row = self.table.currentRow()
        if self.view is None or not 0 <= row < len(self.view.candidates):
            return None
        return self.view.candidates[row]

    def _enable(self) -> None:
        current = self.current()
        idle = not self._busy
        self.export_plan_button.setEnabled(
            idle and current is not None and current.latest_plan_id is not None)
        self.export_log_button.setEnabled(idle and current is not None)
        self.delete_button.setEnabled(idle and bool(self.ticked_ids()))

    # --- exporting first --------------------------------------------------------------

    def _ask_plan(self) -> None:
        current = self.current()
        if current is None or current.latest_plan_id is None:
            return
        path = self._choose_path(translate("RetentionDialog", "Spara planen"),
                                 f"plan-{current.reference}.pdf")
        if path is not None:
            self.export_plan(current.case_id, path)

    def export_plan(self, case_id: int, path: Path) -> None:
        out = Path(path)
        self._ops.write(self, lambda ws: ws.documents.latest_plan_pdf(case_id, out),
                        lambda result: self._say(translate(
                            "RetentionDialog", "Planen sparades: {path}").format(
                                path=result.path), "ok"),
                        self._failed)

    def _ask_log(self) -> None:
        current = self.current()
        if current is None:
            return
        path = self._choose_path(translate("RetentionDialog", "Spara loggutdrag"),
                                 f"loggutdrag-{current.reference}.pdf")
        if path is not None:
            self.export_log(current.reference, path)

    def export_log(self, reference: str, path: Path) -> None:
        out = Path(path)
        self._ops.write(self, lambda ws: ws.access.extract_pdf(reference, out),
                        lambda saved: self._say(translate(
                            "RetentionDialog", "Loggutdraget sparades: {path}").format(
                                path=saved), "ok"),
                        self._failed)

    # --- deleting -------------------------------------------------------------------

    def delete_ticked(self) -> None:
        ids = self.ticked_ids()
        if not ids or self._busy or self.view is None:
            return
        refs = [c.reference for c in self.view.candidates if c.case_id in ids]
        question = translate("RetentionDialog", "Radera {cases} för gott ({references})?\n\n"
                                                "Det går inte att ångra. En säkerhetskopia "
                                                "görs först.").format(
            cases=_cases(len(ids)), references=", ".join(refs))
        if not self._confirm(question):
            return
        self._busy = True
        self._enable()
        self._say(translate("RetentionDialog", "Gör en säkerhetskopia och raderar …"), "")
        self._ops.write(self, lambda ws: ws.retention.delete(ids), self._deleted,
                        self._delete_failed)

    def _deleted(self, references: list[str]) -> None:
        self._busy = False
        self._say(translate("RetentionDialog", "{cases} raderades för gott: {references}. Det "
                                               "finns en post om det i åtkomstloggen.").format(
            cases=_cases(len(references)), references=", ".join(references)), "ok")
        self.refresh()

    def _delete_failed(self, failure: Failure) -> None:
        self._busy = False
        self._failed(failure)
        self._enable()

    def _ask_path(self, title: str, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggestion, "PDF (*.pdf)")
        return Path(name) if name else None

    def _ask(self, question: str) -> bool:
        title = translate("RetentionDialog", "Radera för gott")
        box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(title, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # --- saying ---------------------------------------------------------------------

    def _failed(self, failure: Failure) -> None:
        self._say(failure_text(failure), "error")

    def _say(self, text: str, kind: str) -> None:
        self.message.setStyleSheet(theme.banner(kind) if kind else theme.MUTED_TEXT)
        self.message.setText(text)
