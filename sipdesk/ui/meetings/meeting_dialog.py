"""Schedule or change a meeting: kind, date, start and end, mode, place or link, purpose.

Problems show under their field as soon as they appear (errors in red stop
saving, warnings in amber only inform); nothing typed is lost on a bad field.
The rules come from the meeting service, which refuses the same things.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Meeting
from sipdesk.domain.enums import MeetingKind, MeetingMode
from sipdesk.services.errors import DomainError, ValidationError
from sipdesk.ui.forms import date_edit, error_label, pydate, show_error
from sipdesk.ui.meetings.invite_dialog import WARNING_STYLE

_PLACE_LABELS = {
    MeetingMode.IN_PERSON: ("&Plats", "Adress och rum, t.ex. Kommunhuset, rum 3"),
    MeetingMode.VIDEO: ("&Videolänk", "Länken deltagarna klickar på"),
    MeetingMode.PHONE: ("&Ringa in", "Telefonnummer och kod att ringa in med"),
}


def _time_edit(value: time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class MeetingDialog(QDialog):
    """New meeting for `case_id`, or change `meeting_id`. `meeting` holds what was stored."""

    def __init__(self, ws, case_id: int | None = None, meeting_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if case_id is None and meeting_id is None:
            raise ValueError("MeetingDialog needs a case or a meeting")
        self._ws = ws
        self.meeting_id = meeting_id
        self.meeting: Meeting | None = None
        self.cancelled = False
        existing = None
        if meeting_id is not None:
            ctx = ws.meetings.context(meeting_id)
            case_id, existing = ctx.case_id, ctx.meeting
        self.case_id = case_id
        self.setWindowTitle("Ändra möte" if existing else "Nytt möte")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for kind in (MeetingKind.FIRST_SIP, MeetingKind.FOLLOW_UP, MeetingKind.PRE_MEETING):
            self.kind.addItem(kind.label, kind)
        self.date = date_edit(existing.date if existing and existing.date else ws.today())
        self.start = _time_edit(existing.start if existing else time(13, 0))
        self.end = _time_edit(existing.end if existing else time(14, 30))
        self.mode = QComboBox()
        for mode in MeetingMode:
            self.mode.addItem(mode.label, mode)
        self.place = QLineEdit()
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(80)
        self.errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {
            "kind": self.kind, "date": self.date, "start": self.start, "end": self.end,
            "mode": self.mode, "place": self.place, "purpose": self.purpose,
        }
        self.place_label = QLabel()
        rows = [("kind", "&Typ av möte"), ("date", "&Datum"), ("start", "&Börjar"),
                ("end", "&Slutar"), ("mode", "&Form"), ("place", None),
                ("purpose", "S&yfte / frågeställning")]
        for key, label in rows:
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(self._fields[key])
            self.errors[key] = error_label(holder, f"MeetingError_{key}")
            inner.addWidget(self.errors[key])
            if label is None:
                self.place_label.setBuddy(self._fields[key])
                form.addRow(self.place_label, holder)
            else:
                form.addRow(label, holder)
                form.labelForField(holder).setBuddy(self._fields[key])
        layout.addLayout(form)
        self.purpose_hint = QLabel("")
        self.purpose_hint.setStyleSheet("color: #5f6b7a;")
        self.purpose_hint.setWordWrap(True)
        layout.addWidget(self.purpose_hint)
        self.banner = error_label(self, "MeetingError")
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Boka mötet" if existing is None else "Spara ändringarna")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        if existing is not None:
            cancel_meeting = QPushButton("Ställ &in mötet…")
            buttons.addButton(cancel_meeting, QDialogButtonBox.ButtonRole.DestructiveRole)
            cancel_meeting.clicked.connect(self._cancel_meeting)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            self.mode.setCurrentIndex(self.mode.findData(existing.mode))
            self.place.setText(existing.place)
            self.purpose.setPlainText(existing.purpose)
        for signal in (self.kind.currentIndexChanged, self.date.dateChanged,
                       self.start.timeChanged, self.end.timeChanged,
                       self.mode.currentIndexChanged, self.place.textChanged,
                       self.purpose.textChanged):
            signal.connect(self.validate)
        self.validate()
        self.kind.setFocus()

    def value(self) -> Meeting:
        return Meeting(
            kind=MeetingKind(self.kind.currentData()),
            date=pydate(self.date.date()),
            start=_pytime(self.start.time()),
            end=_pytime(self.end.time()),
            place=self.place.text().strip(),
            mode=MeetingMode(self.mode.currentData()),
            purpose=self.purpose.toPlainText().strip(),
            id=self.meeting_id,
        )

    def validate(self, *_args) -> bool:
        """Show every problem under its field; True when there is no error."""
        mode = MeetingMode(self.mode.currentData())
        text, placeholder = _PLACE_LABELS[mode]
        self.place_label.setText(text)
        self.place.setPlaceholderText(placeholder)
        meeting = self.value()
        problems = self._ws.meetings.check(meeting, is_new=self.meeting_id is None,
                                           case_id=self.case_id)
        by_field = {p.field: p for p in problems}
        for key, label in self.errors.items():
            problem = by_field.get(key)
            show_error(label, self._fields[key] if problem and problem.error else None,
                       problem.message if problem else None)
            if problem is not None and not problem.error:
                label.setStyleSheet(WARNING_STYLE)
            elif problem is not None:
                label.setStyleSheet("color: #b3261e; font-size: 9pt;")
            if problem is None or not problem.error:
                self._fields[key].setStyleSheet("")
        if not meeting.purpose and "purpose" not in by_field and meeting.kind is not (
            MeetingKind.PRE_MEETING
        ):
            self.purpose_hint.setText("Utan syfte används ärendets frågeställning.")
        else:
            self.purpose_hint.setText("")
        ok = not any(p.error for p in problems)
        self.save_button.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        meeting = self.value()
        try:
            if self.meeting_id is None:
                self.meeting = self._ws.meetings.schedule(self.case_id, meeting)
                self.meeting_id = self.meeting.id
            else:
                self.meeting = self._ws.meetings.update(self.meeting_id, meeting)
        except ValidationError as refused:
            label = self.errors.get(refused.field or "", self.banner)
            show_error(label, self._fields.get(refused.field or ""), str(refused))
            return
        except DomainError as refused:
            show_error(self.banner, None, str(refused))
            return
        self.accept()

    def _cancel_meeting(self) -> None:
        reason, ok = QInputDialog.getText(
            self, "Ställ in mötet", "Varför ställs mötet in? (sparas i ärendets historik)"
        )
        if not ok:
            return
        self.cancel_meeting(reason)

    def cancel_meeting(self, reason: str) -> bool:
        try:
            self._ws.meetings.cancel(self.meeting_id, reason)
        except DomainError as refused:
            show_error(self.banner, None, str(refused))
            return False
        self.cancelled = True
        self.accept()
        return True
