"""A record that may only be read (a case taken along to a colleague's laptop).

The team server refuses every write to such a case; the record must not invite
one. Text stays readable, selectable and scrollable (fields become read-only,
not greyed out); whatever would store something (buttons, lists to choose from,
dates, check boxes) is disabled, and stays so while the guard holds even when a
panel enables its buttons again after a selection. Released, every widget gets
back the state it had or was given meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_FORCE_DISABLED = Qt.WidgetAttribute.WA_ForceDisabled  # set by setEnabled(False) itself


class ReadOnlyGuard(QObject):
    """Holds the fields and controls under `root` read-only while `hold()` is in force."""

    def __init__(self, root: QWidget, keep: tuple[QWidget, ...] = ()):
        super().__init__(root)
        self._root = root
        self._keep = keep  # controls that only read (moving between tabs, going back)
        self.holding = False
        self._texts: dict[QLineEdit | QPlainTextEdit | QTextEdit, bool] = {}  # -> read-only before
        self._controls: dict[QWidget, bool] = {}  # control -> enabled as its panel wants

    def hold(self) -> None:
        """Make everything under the root read-only now (again after a refresh rebuilt
        part of it)."""
        self.holding = True
        for widget in self._root.findChildren(QWidget):
            if self._kept(widget):
                continue
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                if widget not in self._texts:
                    self._texts[widget] = widget.isReadOnly()
                    widget.destroyed.connect(lambda _o=None, w=widget: self._texts.pop(w, None))
                widget.setReadOnly(True)
                _repolish(widget)
            elif isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
                if widget not in self._controls:
                    self._controls[widget] = not widget.testAttribute(_FORCE_DISABLED)
                    widget.installEventFilter(self)
                    widget.destroyed.connect(
                        lambda _o=None, w=widget: self._controls.pop(w, None))
                widget.setEnabled(False)

    def release(self) -> None:
        """Everything back as it was, or as its panel asked for meanwhile."""
        self.holding = False
        for field, was in self._texts.items():
            field.setReadOnly(was)
            _repolish(field)
        for control, wanted in self._controls.items():
            control.removeEventFilter(self)
            control.setEnabled(wanted)
        self._texts.clear()
        self._controls.clear()

    def _kept(self, widget: QWidget) -> bool:
        if any(widget is k or k.isAncestorOf(widget) for k in self._keep):
            return True
        parent = widget.parentWidget()
        return isinstance(widget, QTabBar) or isinstance(parent, QTabBar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A panel enabling a button (a row was selected): remember the wish, keep it off.
        if (self.holding and event.type() == QEvent.Type.EnabledChange
                and isinstance(watched, QWidget) and watched in self._controls
                and watched.isEnabled()):
            self._controls[watched] = True
            watched.setEnabled(False)
        return super().eventFilter(watched, event)


def _repolish(widget: QWidget) -> None:
    """Let the style sheet's [readOnly="true"] look follow the field's new state."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
