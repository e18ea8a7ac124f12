"""Small layout pieces the case record's tabs share: labels, forms, text boxes, check lists."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from sipdesk.ui import theme


def style() -> str:
    """The record's look; built when a record is, so its title follows the text size."""
    return f"""
#CaseRecord QLabel#RecordTitle {{ {theme.font_size(17)} font-weight: 600; }}
#CaseRecord QLabel#RecordSubtitle {{ color: {theme.MUTED}; }}
#CaseRecord QLabel#ArchivedBanner {{
    background: {theme.WARNING_FILL}; color: {theme.WARNING_INK};
    border: 1px solid {theme.WARNING_BORDER}; border-radius: 4px; padding: 4px 8px;
}}
#CaseRecord QLabel#LeaseBanner {{
    background: {theme.SELECTED_FILL}; color: {theme.HEADING};
    border: 1px solid {theme.SELECTED}; border-radius: 4px; padding: 4px 8px;
    font-weight: 600;
}}
#CaseRecord QLineEdit[readOnly="true"], #CaseRecord QPlainTextEdit[readOnly="true"] {{
    background: {theme.WINDOW};
}}
#CaseRecord QLabel#SectionTitle {{ font-weight: 600; margin-top: 6px; }}
#CaseRecord QLabel#SectionHelp {{ color: {theme.MUTED}; }}
#CaseRecord QLabel#SaveState {{ color: {theme.MUTED}; }}
#CaseRecord QLabel#Warning {{ color: {theme.WARNING_INK}; }}
"""


def label(text: str, name: str = "", style: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    if style:
        widget.setStyleSheet(style)
    return widget


def form(layout: QFormLayout) -> QFormLayout:
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setHorizontalSpacing(16)
    layout.setVerticalSpacing(8)
    return layout


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


def text_box(name: str, height: int, accessible: str = "") -> QPlainTextEdit:
    """A text field of the record; `accessible` names it for a screen reader."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    if accessible:
        edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + 16)
    return edit


def checked_ids(widget: QListWidget) -> frozenset[int]:
    return frozenset(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def fill_checklist(widget: QListWidget, entries: Iterable[tuple[int | None, str]]) -> None:
    """Entries (id, text) as check boxes; what was ticked stays ticked if it is still there."""
    ticked = checked_ids(widget)
    widget.clear()
    for ident, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ident in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def untick(widget: QListWidget) -> None:
    for i in range(widget.count()):
        widget.item(i).setCheckState(Qt.CheckState.Unchecked)
