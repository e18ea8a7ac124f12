"""Schedule or change a meeting: kind, date, start and end, mode, place or link, purpose,
and who convened it (sammankallande: one of the directory's organisations, or not given).

Problems show under their field as soon as they appear (errors in red stop
saving, warnings in amber only inform); nothing typed is lost on a bad field.
The dialog reads the meeting (or the case's question), the directory's
organisations and the coordinator's own organisation once when it opens, and
checks every keystroke with the domain's rule, which the meeting service also
applies when it stores; a refusal from the store shows under its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Meeting, Organisation, stored_id
from sipdesk.domain.enums import MeetingKind, MeetingMode
from sipdesk.domain.responses import Problem, meeting_problems
from sipdesk.ui import theme
from sipdesk.ui.forms import date_edit, describe, error_label, pydate, qdate, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_meetings import enum_label, meeting_problem, translate
from sipdesk.ui.meetings.text_dialog import TextDialog
from sipdesk.ui.operations import Failure, Operations

# Translated when shown (MeetingDialog context).
_PLACE_LABELS = {
    MeetingMode.IN_PERSON: (QT_TRANSLATE_NOOP("MeetingDialog", "&Plats"),
                            QT_TRANSLATE_NOOP("MeetingDialog",
                                              "Adress och rum, t.ex. Kommunhuset, rum 3")),
    MeetingMode.VIDEO: (QT_TRANSLATE_NOOP("MeetingDialog", "&Videolänk"),
                        QT_TRANSLATE_NOOP("MeetingDialog", "Länken deltagarna klickar på")),
    MeetingMode.PHONE: (QT_TRANSLATE_NOOP("MeetingDialog", "&Ringa in"),
                        QT_TRANSLATE_NOOP("MeetingDialog",
                                          "Telefonnummer och kod att ringa in med")),
}


NOT_GIVEN = QT_TRANSLATE_NOOP("MeetingDialog", "(inte angiven)")  # no convener: first choice


@dataclass(frozen=True)
class _Loaded:
    """What the dialog reads when it opens, on the store worker."""

    case_id: int
    question: str
    meeting: Meeting | None
    organisations: list[Organisation]
    own_organisation_id: int | None  # the coordinator's, from the profile


def _time_edit(value: time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def form_problems(meeting: Meeting, question: str, on: date, *, is_new: bool) -> list[Problem]:
    """The meeting service's check, without the store: an empty purpose is no error
    when the case has a question, which becomes the purpose when the meeting is stored."""
    problems = meeting_problems(meeting, on, is_new=is_new)
    if not meeting.purpose.strip() and question.strip():
        problems = [p for p in problems if p.field != "purpose"]
    return problems


class MeetingDialog(QDialog):
    """New meeting for `case_id`, or change `meeting_id`. `meeting` holds what was stored."""

    def __init__(self, ops: Operations, case_id: int | None = None,
                 meeting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if case_id is None and meeting_id is None:
            raise ValueError("MeetingDialog needs a case or a meeting")
        self._ops = ops
        self._is_new = meeting_id is None
        self.meeting_id = meeting_id
        self.case_id = case_id
        self.meeting: Meeting | None = None
        self.cancelled = False
        self._question: str | None = None  # None until read: then saving is allowed
        self._saving = False
        self.setObjectName("MeetingDialog")
        self.setWindowTitle(translate("MeetingDialog", "Nytt möte") if self._is_new
                            else translate("MeetingDialog", "Ändra möte"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form_box = QWidget()
        layout.addWidget(self.form_box)
        self._build_form(self.form_box)
        self.purpose_hint = QLabel("")
        self.purpose_hint.setStyleSheet(theme.MUTED_TEXT)
        self.purpose_hint.setWordWrap(True)
        layout.addWidget(self.purpose_hint)
        self.banner = error_label(self, "MeetingError")
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleDescription(translate(
            "MeetingDialog", "Sparar mötet; de inbjudna kallas sedan från ärendet"))
        self.save_button.setText(translate("MeetingDialog", "Boka mötet") if self._is_new
                                 else translate("MeetingDialog", "Spara ändringarna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("MeetingDialog", "Avbryt"))
        self.cancel_button: QPushButton | None = None
        if not self._is_new:
            self.cancel_button = QPushButton(translate("MeetingDialog", "Ställ &in mötet…"))
            self.cancel_button.setAccessibleDescription(translate(
                "MeetingDialog", "Ställer in mötet efter en fråga; de inbjudna behöver få veta"))
            buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.cancel_button.clicked.connect(self._cancel_meeting)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.kind.currentIndexChanged, self.date.dateChanged,
                       self.start.timeChanged, self.end.timeChanged,
                       self.mode.currentIndexChanged, self.place.textChanged,
                       self.purpose.textChanged):
            signal.connect(self.validate)
        # Nothing can be typed before what is stored has arrived, so nothing typed is lost.
        self.form_box.setEnabled(False)
        self.save_button.setEnabled(False)
        self.purpose_hint.setText(translate("MeetingDialog", "Läser in…"))
        self._read()
        describe(self)

    def _build_form(self, box: QWidget) -> None:
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.setAccessibleDescription(translate(
            "MeetingDialog", "Första SIP-möte, uppföljning eller förmöte"))
        for kind in (MeetingKind.FIRST_SIP, MeetingKind.FOLLOW_UP, MeetingKind.PRE_MEETING):
            self.kind.addItem(enum_label(kind), kind)
        self.date = date_edit(self._ops.today())
        self.date.setAccessibleDescription(translate(
            "MeetingDialog", "Mötets datum; en helgdag ger en varning"))
        self.start = _time_edit(time(13, 0))
        self.start.setAccessibleDescription(translate(
            "MeetingDialog", "När mötet börjar"))
        self.end = _time_edit(time(14, 30))
        self.end.setAccessibleDescription(translate(
            "MeetingDialog", "När mötet slutar"))
        self.mode = QComboBox()
        self.mode.setAccessibleDescription(translate(
            "MeetingDialog", "På plats, på distans eller både och"))
        for mode in MeetingMode:
            self.mode.addItem(enum_label(mode), mode)
        self.place = QLineEdit()
        self.place.setAccessibleDescription(translate(
            "MeetingDialog", "Lokal och adress, eller länk till distansmötet"))
        self.purpose = QPlainTextEdit()
        self.purpose.setAccessibleDescription(translate(
            "MeetingDialog", "Vad mötet ska leda till; står i kallelsen"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(80)
        self.convened_by = QComboBox()
        self.convened_by.setObjectName("ConvenedBy")
        self.convened_by.setAccessibleName(translate("MeetingDialog", "Sammankallande"))
        self.convened_by.setAccessibleDescription(
            translate("MeetingDialog", "Verksamheten som kallar till mötet"))
        self.convened_by.setToolTip(
            translate("MeetingDialog", "Verksamheten som kallar till mötet"))
        # Long organisation names must not widen the dialog; the open list shows them whole.
        self.convened_by.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.convened_by.setMinimumContentsLength(24)
        self.convened_by.addItem(translate("MeetingDialog", NOT_GIVEN), None)
        self.errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {
            "kind": self.kind, "date": self.date, "start": self.start, "end": self.end,
            "mode": self.mode, "place": self.place, "purpose": self.purpose,
            "convened_by": self.convened_by,
        }
        self.place_label = QLabel()
        rows = [("kind", translate("MeetingDialog", "&Typ av möte")),
                ("date", translate("MeetingDialog", "&Datum")),
                ("start", translate("MeetingDialog", "&Börjar")),
                ("end", translate("MeetingDialog", "&Slutar")),
                ("mode", translate("MeetingDialog", "&Form")), ("place", None),
                ("convened_by", translate("MeetingDialog", "Sa&mmankallande")),
                ("purpose", translate("MeetingDialog", "S&yfte / frågeställning"))]
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
                buddy = form.labelForField(holder)
                if isinstance(buddy, QLabel):
                    buddy.setBuddy(self._fields[key])
        self._show_place_label()

    # --- reading ---------------------------------------------------------------------

    def _read(self) -> None:
        meeting_id, case_id = self.meeting_id, self.case_id

        def read(ws: Any) -> _Loaded:
            organisations = ws.directory.organisations()
            own = ws.settings.profile().organisation_id
            if meeting_id is not None:
                ctx = ws.meetings.context(meeting_id)
                return _Loaded(ctx.case_id, ctx.case_question, ctx.meeting, organisations, own)
            assert case_id is not None  # the constructor refuses neither
            return _Loaded(case_id, ws.cases.get(case_id).question, None, organisations, own)

        self._ops.read(self, read, self._loaded, self._read_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self.case_id, self._question = loaded.case_id, loaded.question
        self._show_organisations(loaded.organisations)
        if loaded.meeting is not None:
            self._show(loaded.meeting)
        else:  # a new meeting is convened by the coordinator's organisation
            self._choose_convener(loaded.own_organisation_id)
        self.form_box.setEnabled(True)
        self.validate()
        self.kind.setFocus()

    def _read_failed(self, failure: Failure) -> None:
        self.purpose_hint.setText("")
        show_error(self.banner, None, failure.message)

    def _show(self, meeting: Meeting) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(meeting.kind), 0))
        if meeting.date is not None:
            self.date.setDate(qdate(meeting.date))
        if meeting.start is not None:
            self.start.setTime(QTime(meeting.start.hour, meeting.start.minute))
        if meeting.end is not None:
            self.end.setTime(QTime(meeting.end.hour, meeting.end.minute))
        self.mode.setCurrentIndex(max(self.mode.findData(meeting.mode), 0))
        self.place.setText(meeting.place)
        self.purpose.setPlainText(meeting.purpose)
        self._choose_convener(meeting.convened_by_org_id)

    def _show_organisations(self, organisations: list[Organisation]) -> None:
        self.convened_by.clear()
        self.convened_by.addItem(translate("MeetingDialog", NOT_GIVEN), None)
        for org in organisations:
            self.convened_by.addItem(org.display_name, stored_id(org))

    def _choose_convener(self, organisation_id: int | None) -> None:
        """Select the organisation; "(inte angiven)" when none or not in the directory."""
        index = self.convened_by.findData(organisation_id) if organisation_id is not None else 0
        self.convened_by.setCurrentIndex(max(index, 0))

    def convener(self) -> int | None:
        """The organisation chosen as convener; None for "(inte angiven)"."""
        data = self.convened_by.currentData()
        return int(data) if data is not None else None

    # --- checking ----------------------------------------------------------------------

    def value(self) -> Meeting:
        return Meeting(
            kind=MeetingKind(self.kind.currentData()),
            date=pydate(self.date.date()),
            start=_pytime(self.start.time()),
            end=_pytime(self.end.time()),
            place=self.place.text().strip(),
            mode=MeetingMode(self.mode.currentData()),
            purpose=self.purpose.toPlainText().strip(),
            convened_by_org_id=self.convener(),
            id=self.meeting_id,
        )

    def _show_place_label(self) -> None:
        text, placeholder = _PLACE_LABELS[MeetingMode(self.mode.currentData())]
        self.place_label.setText(translate("MeetingDialog", text))
        self.place.setPlaceholderText(translate("MeetingDialog", placeholder))

    def validate(self, *_args: object) -> bool:
        """Show every problem under its field; True when there is no error."""
        self._show_place_label()
        if self._question is None:
            return False
        meeting = self.value()
        problems = form_problems(meeting, self._question, self._ops.today(),
                                 is_new=self._is_new)
        by_field = {p.field: p for p in problems}
        for key, label in self.errors.items():
            problem = by_field.get(key)
            show_error(label, self._fields[key] if problem and problem.error else None,
                       meeting_problem(problem.message) if problem else None)
            if problem is not None and not problem.error:
                label.setStyleSheet(theme.WARNING_BOX)
            elif problem is not None:
                label.setStyleSheet(theme.error_small())
            if problem is None or not problem.error:
                self._fields[key].setStyleSheet("")
        if not meeting.purpose and "purpose" not in by_field and meeting.kind is not (
            MeetingKind.PRE_MEETING
        ):
            self.purpose_hint.setText(translate("MeetingDialog",
                "Utan syfte används ärendets frågeställning."))
        else:
            self.purpose_hint.setText("")
        ok = not any(p.error for p in problems)
        self.save_button.setEnabled(ok and not self._saving)
        return ok

    # --- storing -------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.validate():
            return
        meeting = self.value()
        meeting_id, case_id = self.meeting_id, self.case_id
        if meeting_id is None:
            def write(ws: Any) -> Meeting:
                return ws.meetings.schedule(case_id, meeting)
        else:
            def write(ws: Any) -> Meeting:
                return ws.meetings.update(meeting_id, meeting)
        self._busy(True)
        show_error(self.banner, None, None)
        self._ops.write(self, write, self._saved, self._refused)

    def _saved(self, meeting: Meeting) -> None:
        self._busy(False)
        self.meeting = meeting
        self.meeting_id = meeting.id
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self._busy(False)
        label = self.errors.get(failure.field or "", self.banner)
        show_error(label, self._fields.get(failure.field or ""), failure.message)

    def _busy(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(not saving)

    def _cancel_meeting(self) -> TextDialog:
        dialog = TextDialog(
            self, translate("MeetingDialog", "Ställ in mötet"),
            translate("MeetingDialog", "Varför ställs mötet in? (sparas i ärendets historik)"),
            accept_text=translate("MeetingDialog", "Ställ in mötet"), name="CancelMeetingDialog")
        dialog.submitted.connect(lambda reason: self.cancel_meeting(reason, dialog))
        dialog.open()
        return dialog

    def cancel_meeting(self, reason: str, dialog: TextDialog | None = None) -> None:
        """Cancel the meeting; a refusal (no reason) is shown and the dialog stays open."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(_result: object) -> None:
            self.cancelled = True
            if dialog is not None:
                dialog.succeed()
            self.accept()

        def failed(failure: Failure) -> None:
            show_error(self.banner, None, failure.message)
            if dialog is not None:
                dialog.refuse(failure.message)

        self._ops.write(self, lambda ws: ws.meetings.cancel(meeting_id, reason), done, failed)
