"""Importera katalog (objectName DirectoryImportDialog): the directory from a CSV or XLSX file.

Choose a file; the store worker reads it and the directory and answers with a
preview, row by row: what is added, what the directory has already (skipped),
and which rows are wrong and why (in words, not only in red). "Importera N
organisationer och M personer" stores the good rows in one transaction, on
the worker; the wrong ones stay out until the file is fixed and read again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.directory_import import HEADINGS, ImportPreview, RowStatus
from sipdesk.ui import theme
from sipdesk.ui.forms import describe, error_label, fill_table, list_table, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import enum_label, translate
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_refusals import import_reason
from sipdesk.ui.operations import Failure, Operations

# The reason comes right after the status, so it is seen without scrolling sideways.
# In Swedish, shown through translate(); the file's own headings (HEADINGS) stay Swedish.
COLUMNS = [QT_TRANSLATE_NOOP("DirectoryImportDialog", "Rad"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Status"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Kommentar"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Organisation"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Enhet"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Typ"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Huvudman"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Namn"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Yrke/roll"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "Telefon"),
           QT_TRANSLATE_NOOP("DirectoryImportDialog", "E-post")]
STATUS_COLUMN, NOTE_COLUMN = 1, 2
NOTE_WIDTH, WIDEST = 300, 200
NARROWEST = 48  # a squeezed column still shows the start of its text
FILE_FILTER = QT_TRANSLATE_NOOP("DirectoryImportDialog",
                                "Kalkylblad (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;"
                                "Excel (*.xlsx)")
EXPLANATION = QT_TRANSLATE_NOOP(
    "DirectoryImportDialog",
    "Läs in verksamheter och personer från ett kalkylblad (CSV eller XLSX). Första raden "
    "ska ha rubrikerna {headings}. En rad utan namn beskriver "
    "organisationen själv: dess växel och funktionsbrevlåda. Det som redan finns i katalogen "
    "hoppas över, och rader med fel importeras inte."
)


def explanation_text() -> str:
    return translate("DirectoryImportDialog", EXPLANATION).format(headings=", ".join(HEADINGS))


def counted(organisations: int, people: int) -> str:
    """domain.directory_import.counted() in the window's language:
    '3 organisationer och 12 personer', '1 organisation och 1 person'."""
    orgs = (translate("DirectoryImportDialog", "1 organisation") if organisations == 1
            else translate("DirectoryImportDialog", "{count} organisationer").format(
                count=organisations))
    persons = (translate("DirectoryImportDialog", "1 person") if people == 1
               else translate("DirectoryImportDialog", "{count} personer").format(count=people))
    return translate("DirectoryImportDialog", "{organisations} och {people}").format(
        organisations=orgs, people=persons)


def _summary(preview: ImportPreview) -> str:
    return counted(len(preview.organisations), len(preview.people))


def _row_values(preview: ImportPreview) -> list[list[str]]:
    return [[str(r.number), enum_label(r.status), " ".join(import_reason(x) for x in r.reasons),
             r.organisation, r.unit, translate("OrgKind", r.kind),
             translate("Principal", r.principal), r.name, r.profession, r.phone, r.email]
            for r in preview.rows]


class DirectoryImportDialog(QDialog):
    """Välj fil…, the preview table, and "Importera N organisationer och M personer"."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DirectoryImportDialog")
        self.setWindowTitle(translate("DirectoryImportDialog", "Importera katalog"))
        self.setMinimumSize(760, 420)
        self.resize(1100, 600)
        self._ops = ops
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self._busy = False
        self._natural: list[int] = []  # the columns' widths for their contents

        explanation = QLabel(explanation_text())
        explanation.setWordWrap(True)
        explanation.setStyleSheet(theme.MUTED_TEXT)
        self.file = QLineEdit()
        self.file.setObjectName("ImportFile")
        self.file.setAccessibleDescription(translate(
            "DirectoryImportDialog", "Filen som läses in; välj den med knappen bredvid"))
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(translate("DirectoryImportDialog", "Ingen fil vald"))
        self.file.setAccessibleName(translate("DirectoryImportDialog", "Vald fil"))
        self.choose_button = QPushButton(translate("DirectoryImportDialog", "Välj fil…"))
        self.choose_button.setObjectName("ImportChooseFile")
        self.choose_button.setAccessibleDescription(translate(
            "DirectoryImportDialog",
            "Väljer en CSV- eller XLSX-fil med organisationer och personer"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(translate("DirectoryImportDialog", "Fil")))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)

        self.summary = QLabel(
            translate("DirectoryImportDialog", "Välj en fil för att se vad som importeras."))
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        self.only_errors = QCheckBox(translate("DirectoryImportDialog", "Visa bara rader med fel"))
        self.only_errors.setObjectName("ImportOnlyErrors")
        self.only_errors.toggled.connect(self._filter_rows)
        self.only_errors.setEnabled(False)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.only_errors)

        self.table = list_table([translate("DirectoryImportDialog", c) for c in COLUMNS],
                                "ImportPreviewTable")
        self.table.setAccessibleName(
            translate("DirectoryImportDialog", "Förhandsvisning av importen"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The columns fit the table's width (no sideways scrolling, even at 1366 px): a
        # long value wraps or ends in "…", and its whole text is in the cell's tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self.error = error_label(self, "ImportError")

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("DirectoryImportDialog", "Importera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("ImportRun")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            translate("DirectoryImportDialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("ImportClose")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(file_row)
        layout.addLayout(summary_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.choose_button.setFocus()
        describe(self)

    # --- choosing and reading -------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """A file chooser (window-modal); the chosen file is read at once."""
        start = str(self.path.parent) if self.path else str(Path.home())
        chooser = QFileDialog(self, translate("DirectoryImportDialog", "Välj katalogfil"), start,
                              translate("DirectoryImportDialog", FILE_FILTER))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self.load(Path(name)))
        chooser.open()
        return chooser

    def load(self, path: Path) -> None:
        """Read `path` and the directory on the worker; the preview is shown when it comes."""
        self.path = Path(path)
        self.file.setText(str(self.path))
        self.preview = None
        self._busy = True
        self._update_button()
        show_error(self.error, None, None)
        self.summary.setStyleSheet("")
        self.close_button.setText(translate("DirectoryImportDialog", "Avbryt"))
        self.summary.setText(
            translate("DirectoryImportDialog", "Läser ”{name}”…").format(name=self.path.name))
        chosen = self.path
        self._ops.read(self, lambda ws: ws.directory.preview(chosen),
                       self._show_preview, self._read_failed)

    def _show_preview(self, preview: ImportPreview) -> None:
        self._busy = False
        self.preview = preview
        fill_table(self.table, _row_values(preview), [r.number for r in preview.rows])
        bold = QFont(self.table.font())
        bold.setBold(True)
        for index, row in enumerate(preview.rows):
            status = self.table.item(index, STATUS_COLUMN)
            note = self.table.item(index, NOTE_COLUMN)
            if status is None or note is None:
                continue
            if row.status is RowStatus.ERROR:
                for item in (status, note):
                    item.setForeground(QBrush(QColor(theme.ERROR)))
                status.setFont(bold)
            elif row.status is RowStatus.DUPLICATE:
                status.setForeground(QBrush(QColor(theme.MUTED)))
        self.table.resizeColumnsToContents()
        self._natural = [
            NOTE_WIDTH if column == NOTE_COLUMN else min(self.table.columnWidth(column), WIDEST)
            for column in range(len(COLUMNS))]
        self._fit_columns()
        self.only_errors.setEnabled(bool(preview.errors))
        if not preview.errors:
            self.only_errors.setChecked(False)
        self._filter_rows()
        self.summary.setText(self._summary_text(preview))
        self._update_button()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The columns at their contents' widths, or, when that is wider than the table,
        the row number and the status as they are and the others narrowed in proportion."""
        if not self._natural:
            return
        available = self.table.viewport().width()
        fixed = {0, STATUS_COLUMN}
        kept = sum(self._natural[c] for c in fixed)
        rest = sum(w for c, w in enumerate(self._natural) if c not in fixed)
        factor = min(1.0, max(available - kept, 0) / rest) if rest else 1.0
        widths = [w if c in fixed else max(int(w * factor), NARROWEST)
                  for c, w in enumerate(self._natural)]
        if widths == [self.table.columnWidth(c) for c in range(len(widths))]:
            return
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    @staticmethod
    def _summary_text(preview: ImportPreview) -> str:
        rows = len(preview.rows)
        parts = [translate("DirectoryImportDialog", "1 rad i filen.") if rows == 1
                 else translate("DirectoryImportDialog", "{count} rader i filen.").format(
                     count=rows)]
        if preview.is_empty:
            parts.append(translate("DirectoryImportDialog", "Inget nytt att lägga till."))
        else:
            summary = _summary(preview)
            parts.append(translate("DirectoryImportDialog", "{what} läggs till.").format(
                what=f"{summary[0].upper()}{summary[1:]}"))
        if preview.duplicates:
            count = len(preview.duplicates)
            parts.append(translate(
                "DirectoryImportDialog", "{count} finns redan och hoppas över.").format(
                    count=count))
        if preview.errors:
            count = len(preview.errors)
            numbers = ", ".join(str(r.number) for r in preview.errors[:8])
            more = " …" if count > 8 else ""
            wrong = (translate("DirectoryImportDialog",
                               "1 rad har fel och importeras inte (rad {numbers}).")
                     if count == 1 else
                     translate("DirectoryImportDialog",
                               "{count} rader har fel och importeras inte (rad {numbers})."))
            parts.append(wrong.format(count=count, numbers=numbers + more))
        if preview.ignored_columns:
            parts.append(translate("DirectoryImportDialog",
                                   "Kolumner som inte används: {columns}.").format(
                columns=", ".join(f"”{c}”" for c in preview.ignored_columns)))
        return " ".join(parts)

    def _read_failed(self, failure: Failure) -> None:
        self._busy = False
        self.preview = None
        fill_table(self.table, [], [])
        self.summary.setText(translate("DirectoryImportDialog", "Filen kunde inte läsas in."))
        show_error(self.error, None, failure_text(failure))
        self._update_button()

    def _filter_rows(self, *_args: object) -> None:
        only = self.only_errors.isChecked()
        rows = self.preview.rows if self.preview is not None else ()
        for index, row in enumerate(rows):
            self.table.setRowHidden(index, only and row.status is not RowStatus.ERROR)

    def _update_button(self) -> None:
        preview = self.preview
        if preview is None:
            self.import_button.setText(translate("DirectoryImportDialog", "Importera"))
            self.import_button.setEnabled(False)
            return
        self.import_button.setText(translate("DirectoryImportDialog", "Importera {what}").format(
            what=_summary(preview)))
        self.import_button.setEnabled(not preview.is_empty and not self._busy)

    # --- importing --------------------------------------------------------------------------

    def run_import(self) -> None:
        preview = self.preview
        if preview is None or preview.is_empty or self._busy:
            return
        self._busy = True
        self._update_button()
        self.choose_button.setEnabled(False)
        show_error(self.error, None, None)
        self.summary.setText(translate("DirectoryImportDialog", "Importerar…"))
        self._ops.write(self, lambda ws: ws.directory.import_rows(preview),
                        self._imported, self._import_failed)

    def _imported(self, result: object) -> None:
        self._busy = False
        organisations = getattr(result, "organisations", 0)
        people = getattr(result, "people", 0)
        skipped = getattr(result, "skipped", 0)
        text = translate("DirectoryImportDialog",
                         "Klart: {what} har lagts till i katalogen.").format(
            what=counted(organisations, people))
        if skipped:
            text += " " + translate(
                "DirectoryImportDialog", "{count} fanns redan och hoppades över.").format(
                    count=skipped)
        self.summary.setText(text)
        self.summary.setStyleSheet(theme.OK_TEXT)
        self.preview = None
        self.import_button.setText(translate("DirectoryImportDialog", "Importerat"))
        self.import_button.setEnabled(False)
        self.close_button.setText(translate("DirectoryImportDialog", "Stäng"))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.choose_button.setEnabled(True)

    def _import_failed(self, failure: Failure) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        self.summary.setText(translate("DirectoryImportDialog", "Inget importerades."))
        show_error(self.error, None, failure_text(failure))
        self._update_button()
