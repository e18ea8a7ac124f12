"""A signed plan version in meeting mode: shown as it was signed, nothing can be typed.

Only the box "Efter mötet: så fick barnet veta" stays open: how the child was
told is written after the meeting, also for a signed plan.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from sipdesk.ui.meeting_mode.form import ProtocolForm


def freeze(form: ProtocolForm) -> None:
    """Make every field of `form` read-only, except those of the child-informed box."""
    informed = form.informed_on.parentWidget()
    for widget in form.findChildren(QWidget):
        if informed is not None and (widget is informed or informed.isAncestorOf(widget)):
            continue
        if isinstance(widget, QPlainTextEdit | QLineEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, QToolButton):
            continue  # "Internt" only shows or hides a note
        elif isinstance(widget, QComboBox | QAbstractButton | QAbstractSpinBox):
            widget.setEnabled(False)
    form.setProperty("frozen", True)


def is_frozen(form: ProtocolForm) -> bool:
    return bool(form.property("frozen"))
