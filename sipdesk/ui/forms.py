"""Pieces every form shares: the Swedish error line under a field, date conversion, tables.

Colours come from sipdesk.ui.theme; the *_STYLE names stay for the modules
that import them from here. The error line's style is built when the line is, so
its size follows the text size chosen in settings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sipdesk.domain.entities import Organisation
from sipdesk.ui import theme

MUTED_STYLE = theme.MUTED_TEXT
INVALID_FIELD = theme.INVALID_FIELD


def error_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A red line of text under a field; empty (and hidden) when all is well."""
    label = QLabel(parent)
    label.setObjectName(name or "FieldError")
    label.setStyleSheet(theme.error_small())
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, field: QWidget | None, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))
    if field is not None:
        field.setStyleSheet(INVALID_FIELD if message else "")
        field.setToolTip(message or "")


def _plain(text: str) -> str:
    """Text as a screen reader would compare it: no markup, mnemonics or trailing dots."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "").replace("…", "")
    return " ".join(text.split()).strip(" .:").casefold()


def describe(top: QWidget, descriptions: Mapping[QWidget, str] | None = None) -> None:
    """Give the controls under `top` an accessible description: what they do or expect.

    `descriptions` are written for the purpose; any other control without one gets
    its tooltip, unless the tooltip only repeats its name (a screen reader would
    then say the same thing twice). A dialog's OK and Cancel buttons say what they do.
    Call it when the controls are built (and again after building more).
    """
    for widget, text in (descriptions or {}).items():
        widget.setAccessibleDescription(text)
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.accessibleDescription():
            continue
        name = _plain(widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""))
        tip = widget.toolTip()
        if tip and _plain(tip) not in {"", name}:
            widget.setAccessibleDescription(re.sub(r"<[^>]+>", "", tip).strip())
            continue
        box = widget.parentWidget()
        if not (isinstance(widget, QAbstractButton) and isinstance(box, QDialogButtonBox)):
            continue
        role = box.buttonRole(widget)
        if role == QDialogButtonBox.ButtonRole.RejectRole:
            widget.setAccessibleDescription(QCoreApplication.translate(
                "Forms", "Stänger fönstret utan att spara det som skrivits här"))
        elif role == QDialogButtonBox.ButtonRole.AcceptRole:
            widget.setAccessibleDescription(QCoreApplication.translate(
                "Forms", "Sparar det som skrivits här och stänger fönstret"))


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None, parent: QWidget | None = None, *,
              accessible: str = "") -> QDateEdit:
    """A date field with a calendar; `accessible` is its name for a screen reader
    when no label beside it is its buddy."""
    edit = QDateEdit(parent)
    if accessible:
        edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if value is not None:
        edit.setDate(qdate(value))
    return edit


def organisation_combo(
    organisations: Iterable[Organisation] = (), selected: int | None = None,
    none_text: str = "",
) -> QComboBox:
    """Organisations of the directory by display name; item data is the id (None for none)."""
    combo = QComboBox()
    fill_organisation_combo(combo, organisations, selected, none_text)
    return combo


def fill_organisation_combo(
    combo: QComboBox, organisations: Iterable[Organisation], selected: int | None = None,
    none_text: str = "",
) -> None:
    """(Re)fill `combo` when the directory has been read; `selected` is chosen if present."""
    combo.blockSignals(True)
    combo.clear()
    if none_text:
        combo.addItem(none_text, None)
    for org in organisations:
        combo.addItem(org.display_name, org.id)
    index = combo.findData(selected) if selected is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def read_only_rows(table: QTableView) -> None:
    """The look and keys of every read-only table: whole rows picked one at a time."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
    table.setShowGrid(False)


def list_table(headers: list[str], name: str, accessible: str = "") -> QTableWidget:
    """A read-only table of rows to pick one from, in the look of the case record;
    `accessible` names it for a screen reader (its columns describe it)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    if accessible:
        table.setAccessibleName(accessible)
    columns = QCoreApplication.translate("Forms", "Kolumner: {columns}")
    table.setAccessibleDescription(columns.format(columns=", ".join(headers)))
    table.setHorizontalHeaderLabels(headers)
    read_only_rows(table)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[Any]) -> None:
    table.setRowCount(len(rows))
    for r, (values, ident) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(value)
            table.setItem(r, c, item)


def selected_id(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None
