"""The protocol editor's way into "Avsluta mötet", and back to where a missing item is fixed.

"Gå dit" on an item of the checklist closes MeetingEnd and puts the cursor in
the editor's place for it: the formalities' check box and pickers, the action
row (in its first empty cell), the follow-up date, or the section's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QWidget

from sipdesk.domain import signing
from sipdesk.domain.signing import CheckItem
from sipdesk.ui.meeting_mode.meeting_end import ChoosePath, MeetingEnd
from sipdesk.ui.operations import Operations

if TYPE_CHECKING:
    from sipdesk.ui.meeting_mode.actions_model import ActionsModel, KeyboardTable
    from sipdesk.ui.meeting_mode.protocol_editor import ProtocolEditor

# The cells an action row needs before signing, in the order they are filled in.
_NEEDED = ("organisation_id", "person_name", "due")


class Ending(QObject):
    """Opens MeetingEnd for the editor's plan (one at a time) and carries out its jumps."""

    def __init__(self, editor: ProtocolEditor, ops: Operations):
        super().__init__(editor)
        self._editor = editor
        self._ops = ops
        self.dialog: MeetingEnd | None = None
        self.choose_path: ChoosePath | None = None  # where PDFs go; tests skip the file dialog

    def open(self) -> MeetingEnd | None:
        """Show "Avsluta mötet" (None until the meeting is open)."""
        editor = self._editor
        if editor.protocol is None:
            return None
        self._commit_open_cells()
        editor.flush()  # what is typed is stored before the checklist reads it
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.activateWindow()
            return self.dialog
        dialog = MeetingEnd(self._ops, editor.protocol.plan_id, editor,
                            choose_path=self.choose_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.jumpRequested.connect(self.jump)
        dialog.finished.connect(lambda _result: self._gone(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _commit_open_cells(self) -> None:
        """A cell still being typed in (the last "När") is taken, as leaving it would."""
        form = self._editor.form
        if form is None:
            return
        for table in (form.actions_table, form.review_table):
            if table is not None and table.editing:
                # Moving the current cell commits and closes the open editor.
                table.setCurrentIndex(QModelIndex())

    def _gone(self, dialog: MeetingEnd) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # --- jumping --------------------------------------------------------------------

    def jump(self, item: CheckItem) -> None:
        """Put the cursor where `item` is fixed."""
        editor = self._editor
        form = editor.form
        if form is None:
            return
        key = item.key
        if key.startswith("section:"):
            editor.focus_section(key.removeprefix("section:"))
            return
        if key == signing.ACTIONS:
            editor.add_action_row()
            return
        if key.startswith(signing.ACTION):
            self._jump_to_action(item)
            return
        target: QWidget = {
            signing.CONSENT: form.consent,
            signing.PLAN_OWNER: form.plan_owner,
            signing.CHAIR: form.chair,
            signing.NOTE_TAKER: form.note_taker,
            signing.FOLLOW_UP: form.next_date,
        }.get(key, form.consent)
        self._focus(target)

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor.form_area.ensureWidgetVisible(widget)
        self._editor.show_part_of(widget)

    def _jump_to_action(self, item: CheckItem) -> None:
        form = self._editor.form
        assert form is not None
        tables: list[tuple[ActionsModel, KeyboardTable]] = [
            (form.actions_model, form.actions_table)]
        if form.review_model is not None and form.review_table is not None:
            tables.append((form.review_model, form.review_table))
        for model, table in tables:
            row = next((n for n, r in enumerate(model.rows)
                        if item.action_id is not None and r.ref.id == item.action_id), None)
            if row is None:
                continue
            action = model.rows[row].action
            fields = [f for f, _t in model.columns]
            empty = next((f for f in _NEEDED if f in fields and not getattr(action, f)),
                         fields[0])
            index = model.index(row, fields.index(empty))
            self._focus(table)
            table.setCurrentIndex(index)
            if not table.editing and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                table.edit(index)
            return
        self._focus(form.actions_table)
