"""The case record's one binding engine: fields to services, through Autosave and the seam.

A binding joins a widget to one value of the case: how to read and show the
widget, where the value lives in a Case (`get`) and how a service stores it
(`put`, run on the store worker). Typed text is autosaved (a pause, and a
maximum wait); a choice is stored at once. Every stored change becomes an
undo step beside the services, whose undo and redo call `put` again, so undo
survives the record; a burst of typing in one field is one step.

What the user typed is never overwritten by a refresh: a field that is
waiting for a write, or shows something other than what the store held when
it was last shown, keeps its text. A value a rule refuses stays in the field
with the Swedish reason beside it, so it can be fixed. A write the store could
not do (a full disk) puts the stored value back in the field and is told in
the record's status line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from sipdesk.domain.entities import Case
from sipdesk.domain.views import CaseView
from sipdesk.ui.autosave import Autosave
from sipdesk.ui.forms import show_error
from sipdesk.ui.i18n_case import domain_sentence, translate
from sipdesk.ui.operations import Failure, Operations, UndoStep

Ws = Any  # the workspace: only ever touched on the store worker, inside `put`
Get = Callable[[Case], Any]
Put = Callable[[Ws, Any], Any]  # stores a value; returns the value as stored

_UNKNOWN: Any = object()


@dataclass(eq=False)
class Binding:
    key: str  # autosave key and undo key; no key is the start of another
    label: str  # the undo step, in the window's language ("Ändra frågeställningen")
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]
    get: Get
    put: Put
    text: bool  # typed text: kept while it differs from what the store held
    typed: bool  # stored while typing; one undo step per burst
    error: QLabel | None = None
    validate: Callable[[Any], str | None] | None = None
    stored: Any = _UNKNOWN  # the stored value, as last known
    clean: Any = _UNKNOWN  # what the widget showed for it
    outstanding: set[int] = field(default_factory=set)  # writes not yet answered
    queued: int | None = None  # the write still waiting in Autosave
    burst: bool = False  # an undo step of typing is open


class Bindings(QObject):
    """Every bound field of one case record, and its structural edits (`act`)."""

    edited = Signal()  # the user changed something: a write is on its way
    saving = Signal()
    saved = Signal()  # everything asked for is stored
    refused = Signal(object)  # Failure: a rule said no (also shown beside the field)
    faulted = Signal(object)  # Failure: the store failed; the field shows what is stored
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, ops: Operations, owner: QWidget, case_id: int):
        super().__init__(owner)
        self.ops = ops
        self.owner = owner
        self.case_id = case_id
        self.autosave = Autosave(ops, owner)
        self.autosave.saving.connect(self.saving)
        self.autosave.saved.connect(self.saved)
        self._bindings: dict[str, Binding] = {}
        self._tokens = itertools.count(1)

    # --- binding ---------------------------------------------------------------

    def text(self, key: str, title: str, widget: QLineEdit | QPlainTextEdit, *, get: Get,
             put: Put, error: QLabel | None = None,
             validate: Callable[[Any], str | None] | None = None,
             while_typing: bool = True) -> Binding:
        """Typed text; without `while_typing` it is stored when the field is left."""
        if isinstance(widget, QPlainTextEdit):
            binding = self._add(Binding(
                key, _change(title), widget, widget.toPlainText, widget.setPlainText, get, put,
                True, while_typing, error, validate))
            widget.textChanged.connect(lambda: self._edited(key))
        else:
            binding = self._add(Binding(
                key, _change(title), widget, widget.text, widget.setText, get, put,
                True, while_typing, error, validate))
            widget.textEdited.connect(lambda _text: self._edited(key))
            widget.editingFinished.connect(lambda: self.finish(key))
        widget.installEventFilter(self)
        return binding

    def choice(self, key: str, title: str, widget: QWidget, *, read: Callable[[], Any],
               show: Callable[[Any], None], get: Get, put: Put,
               error: QLabel | None = None) -> Binding:
        """A choice (a list, a date, a button), stored at once: connect its user signal to
        commit(key)."""
        return self._add(Binding(key, _change(title), widget, read, show, get, put,
                                 False, False, error))

    def unbind(self, key: str) -> None:
        binding = self._bindings.pop(key, None)
        if binding is not None:
            self.flush_one(binding)
            binding.widget.removeEventFilter(self)

    def binding(self, key: str) -> Binding:
        return self._bindings[key]

    def _add(self, binding: Binding) -> Binding:
        assert not any(k.startswith(binding.key) or binding.key.startswith(k)
                       for k in self._bindings), binding.key
        self._bindings[binding.key] = binding
        return binding

    # --- what the user does ------------------------------------------------------

    def _edited(self, key: str) -> None:
        b = self._bindings.get(key)
        if b is None:
            return
        if b.validate is not None and b.error is not None:
            show_error(b.error, b.widget, b.validate(b.read()))
        if b.typed:
            self._schedule(b)

    def finish(self, key: str) -> None:
        """The field was left (or Return pressed): store it now and end the burst of typing."""
        b = self._bindings.get(key)
        if b is None:
            return
        if b.typed:
            self.flush_one(b)
            self._settle(b)
        else:
            self.commit(key)

    def commit(self, key: str) -> None:
        """Store what the widget shows now, if it differs from what is stored."""
        b = self._bindings.get(key)
        if b is None:
            return
        if not self._busy(b) and b.read() == (b.clean if b.text else b.stored):
            if b.text and b.error is not None and b.validate is None:
                show_error(b.error, b.widget, None)  # back to what is stored: nothing refused
            return
        self._schedule(b)
        self.autosave.flush(key)

    def write_now(self, key: str) -> None:
        """Store what the widget shows now, even if it is what was last stored (a conflict
        resolved as "keep mine": the colleague's text stored since is to be replaced)."""
        b = self._bindings.get(key)
        if b is None:
            return
        self._schedule(b)
        self.autosave.flush(key)

    def take(self, key: str, value: Any) -> None:
        """Show `value` as what is stored (a conflict resolved as "take theirs")."""
        b = self._bindings.get(key)
        if b is None:
            return
        b.stored = value
        self._show(b, value)
        if b.error is not None:
            show_error(b.error, b.widget, None)

    def flush_one(self, b: Binding) -> None:
        if b.text and self._dirty(b) and not self._busy(b):
            self._schedule(b)
        self.autosave.flush(b.key)
        if b.burst:
            b.burst = False
            self.ops.end_typing(self.case_id, b.key)

    def flush(self) -> None:
        """Send every pending write now and end every burst of typing (closing, undoing)."""
        for b in list(self._bindings.values()):
            self.flush_one(b)

    @property
    def has_unsaved(self) -> bool:
        return self.autosave.has_unsaved

    def act(self, label: str, work: Callable[[Ws], Any], *,
            undo: UndoStep | Callable[[Any], UndoStep | None] | None = None,
            error: QLabel | None = None, done: Callable[[Any], None] | None = None,
            field_errors: Mapping[str, QLabel] | None = None) -> None:
        """A structural edit (a guardian, a consent, the network) as one write.

        `label` names it for the status line only; the undo step carries its own.
        A refusal shows in `error`, or under its field when `field_errors` has one.
        """
        labels = [*(field_errors or {}).values(), *([error] if error is not None else [])]
        self.edited.emit()
        for shown in labels:
            show_error(shown, None, None)

        def stored(result: Any) -> None:
            for shown in labels:
                show_error(shown, None, None)
            if done is not None:
                done(result)
            self.saved.emit()

        def failed(failure: Failure) -> None:
            under = (field_errors or {}).get(failure.field or "", error)
            if under is not None:
                show_error(under, None, domain_sentence(failure.message))
            (self.refused if failure.refused else self.faulted).emit(failure)

        self.saving.emit()
        self.ops.write(self.owner, work, stored, failed, undo=undo)

    def step(self, label: str, undo: Callable[[Ws], object],
             redo: Callable[[Ws], object]) -> UndoStep:
        return UndoStep(label, self.case_id, undo, redo)

    # --- writing -------------------------------------------------------------------

    def _schedule(self, b: Binding) -> None:
        value = b.read()
        if b.queued is not None and self.autosave.pending(b.key):
            b.outstanding.discard(b.queued)  # replaced by this one
        token = next(self._tokens)
        b.outstanding.add(token)
        b.queued = token
        b.burst = b.burst or b.typed
        self.edited.emit()
        # Undo goes back to what the store held as far as this record knows: the
        # value it last showed as stored (a refresh keeps that current).
        before = b.stored
        self.autosave.schedule(
            b.key, _work(self.case_id, b.get, b.put, value, before),
            done=lambda result: self._stored(b, token, value, result),
            failed=lambda failure: self._failed(b, token, value, failure),
            undo=_undo_of(b.label, self.case_id, b.put, b.key if b.typed else None, b.typed),
        )

    def _answered(self, b: Binding, token: int) -> bool:
        """Note the answer; False when the field is no longer bound (its widget may be gone)."""
        b.outstanding.discard(token)
        if b.queued == token:
            b.queued = None
        return self._bindings.get(b.key) is b

    def _stored(self, b: Binding, token: int, value: Any, result: tuple[Any, Any]) -> None:
        if not self._answered(b, token):
            return
        b.stored = result[1]
        if not b.text:
            if not self._busy(b) and b.read() != b.stored:
                self._show(b, b.stored)
            if b.error is not None:
                show_error(b.error, None, None)
            return
        if b.read() != value:
            return  # typed on since: that text has its own write coming
        b.clean = value
        if b.error is not None:
            show_error(b.error, b.widget, None)
        self._settle(b, force=not b.typed)

    def _failed(self, b: Binding, token: int, value: Any, failure: Failure) -> None:
        if not self._answered(b, token):
            (self.refused if failure.refused else self.faulted).emit(failure)
            return
        if failure.refused:
            if b.text and b.read() == value and b.error is not None:
                show_error(b.error, b.widget, domain_sentence(failure.message))  # to fix
            elif not b.text:
                self._show(b, b.stored)
                if b.error is not None:
                    show_error(b.error, None, domain_sentence(failure.message))
            self.refused.emit(failure)
            return
        if b.queued is not None and self.autosave.pending(b.key):
            b.outstanding.discard(b.queued)
            b.queued = None
            self.autosave.drop(b.key)
        if b.error is not None:
            show_error(b.error, b.widget, None)
        if b.stored is not _UNKNOWN:
            self._show(b, b.stored)
        self.faulted.emit(failure)

    # --- showing -------------------------------------------------------------------

    def show_view(self, view: CaseView) -> list[QWidget]:
        """Show the stored values of `view` in every field not being edited; returns the
        widgets whose shown value changed."""
        changed_widgets = []
        for b in list(self._bindings.values()):
            new = b.get(view.case)
            changed = b.stored is _UNKNOWN or new != b.stored
            b.stored = new
            if self._busy(b) or self._dirty(b):
                continue
            if b.text:
                if changed:
                    self._show(b, new)
                    changed_widgets.append(b.widget)
                continue
            before = b.read()
            self._show(b, new)
            if b.read() != before:
                changed_widgets.append(b.widget)
        return changed_widgets

    def _settle(self, b: Binding, force: bool = False) -> None:
        """Show the stored (tidied) value once the user has left a field of typed text."""
        if self._busy(b) or self._dirty(b) or b.stored is _UNKNOWN:
            return
        if b.typed and not force and b.widget.hasFocus():
            return  # tidying a trailing space away under the cursor would lose it
        if b.read() != b.stored:
            self._show(b, b.stored)

    def _show(self, b: Binding, value: Any) -> None:
        blocked = b.widget.blockSignals(True)
        try:
            b.show(value)
        finally:
            b.widget.blockSignals(blocked)
        b.clean = b.read()

    def _busy(self, b: Binding) -> bool:
        return bool(b.outstanding)

    def _dirty(self, b: Binding) -> bool:
        return b.text and b.clean is not _UNKNOWN and b.read() != b.clean

    # --- keys inside text fields ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a text field undoes record edits, not the field's own history."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undoRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or is_redo(event):
                self.redoRequested.emit()
                return True
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            key = next((k for k, b in self._bindings.items() if b.widget is watched), None)
            if key is not None:
                self.finish(key)
        return super().eventFilter(watched, event)


def is_redo(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    return bool(mods & ctrl) and (
        event.key() == Qt.Key.Key_Y or (event.key() == Qt.Key.Key_Z and bool(mods & shift))
    )


def _change(title: str) -> str:
    """The undo step of a field, in the window's language: 'Ändra frågeställningen'.

    The step lives beside the services for this session only, so it is named in
    the language the window speaks; `title` comes translated from the tab.
    """
    return translate("Bindings", "Ändra {what}").format(what=title)


# Built outside the engine so that what runs on the worker holds no widget.

def _work(case_id: int, get: Get, put: Put, value: Any,
          known: Any) -> Callable[[Ws], tuple[Any, Any]]:
    def work(ws: Ws) -> tuple[Any, Any]:
        # Only when the record has not shown the field yet is the case read for it.
        before = get(ws.cases.get(case_id)) if known is _UNKNOWN else known
        return before, put(ws, value)
    return work


def _undo_of(label: str, case_id: int, put: Put, key: str | None,
             typing: bool) -> Callable[[tuple[Any, Any]], UndoStep | None]:
    def step(result: tuple[Any, Any]) -> UndoStep | None:
        before, after = result
        if before == after:
            return None
        return UndoStep(label, case_id, lambda ws: put(ws, before), lambda ws: put(ws, after),
                        key=key, open=typing)
    return step
