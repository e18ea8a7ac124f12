"""The protocol's form: one box per part of the meeting, in the order the meeting goes.

ProtocolForm builds the boxes from a Protocol and says what was typed or
chosen through its signals; it never stores anything itself. Every field is
also listed in `fields` under the key its autosave write uses, with how to
read it, show a value without that counting as typing, and find its value in
a protocol, so the editor can refresh what nobody is typing in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import Attendance, GoalStatus, ReviewStatus
from sipdesk.domain.protocol import (
    ACTIONS,
    FORMALITIES,
    REVIEW,
    Choice,
    Participant,
    Protocol,
    ProtocolSection,
)
from sipdesk.ui import forms
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import owner_problem
from sipdesk.ui.i18n_meetings import enum_label, family_role, translate
from sipdesk.ui.meeting_mode.actions_model import ActionsModel, ChoiceDelegate, KeyboardTable

INTERNAL_LABEL = QT_TRANSLATE_NOOP("ProtocolForm", "Internt – visas inte på skärmen")
PART = "agendaPart"  # the widget property naming the part of the meeting a box is
PEOPLE = ("plan_owner_id", "chair_id", "note_taker_id")


@dataclasses.dataclass(frozen=True)
class Field:
    """One stored value of the form, as the refresh after a change elsewhere sees it."""

    read: Callable[[], Any]  # what the field shows now
    show: Callable[[Any], None]  # show a value, without it counting as typing
    stored: Callable[[Protocol], Any]  # the field's value in a protocol read from the store


def _keep_cursor(edit: QPlainTextEdit, text: str) -> None:
    cursor = edit.textCursor()
    position = min(cursor.position(), len(text))
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


def _who(p: Participant) -> tuple[Any, ...]:
    return p.invitation_id, p.name, p.role, p.is_child, p.substitute_name


class _OptionalDateEdit(QDateEdit):
    """A date that may be "not set" (its lowest date, shown as words)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        # Showing the words, Qt's date field has no part for Tab to step through and
        # keeps the focus for ever: Tab must leave it like any other field.
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def _optional_date(floor: date, value: date | None, none_text: str) -> QDateEdit:
    edit = _OptionalDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(forms.qdate(floor))
    edit.setSpecialValueText(none_text)
    edit.setDate(forms.qdate(value or floor))
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == edit.minimumDate() else forms.pydate(edit.date())


def _show_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(forms.qdate(value) if value is not None else edit.minimumDate())


class ProtocolForm(QWidget):
    """The boxes of the protocol; signals say what the coordinator typed or chose."""

    sectionTyped = Signal(str, str)  # section key, text
    noteTyped = Signal(str, str)  # section key, internal note
    attendanceChosen = Signal(int, object)  # invitation id, Attendance
    consentToggled = Signal(bool)
    personChosen = Signal(str, object)  # "chair_id" …, person id or None
    actionEdited = Signal(object, str, object)  # ActionRow, field, value
    reviewEdited = Signal(object)  # ActionRow
    addRowRequested = Signal()
    removeRowRequested = Signal()
    nextChanged = Signal(object, str)  # date or None, place
    informedChanged = Signal(object, str, str)  # date or None, by whom, how

    def __init__(self, protocol: Protocol, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProtocolForm")
        self._quiet = 0
        self.boxes: list[tuple[str, QFrame]] = []  # (part, box); a part may have two boxes
        self.errors: dict[str, QLabel] = {}
        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.note_edits: dict[str, QPlainTextEdit] = {}
        self.attendance: dict[int, QComboBox] = {}
        self.fields: dict[str, Field] = {}
        self._people: tuple[Choice, ...] = protocol.people
        self._participants: tuple[Participant, ...] | None = None
        self.review_model: ActionsModel | None = None
        self.review_table: KeyboardTable | None = None
        p = protocol
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 24)
        layout.setSpacing(14)
        layout.addWidget(self._formalities_box(p))
        if p.review_actions:
            layout.addWidget(self._review_box(p))
        keys = [s.key for s in p.sections]
        after_actions = "goals" if "goals" in keys else keys[-1]
        for section in p.sections:
            layout.addWidget(self._section_box(section))
            if section.key == after_actions:
                layout.addWidget(self._actions_box(p))
            if section.key == "follow_up":
                layout.addWidget(self._next_meeting_box(p, today))
            if section.key == "child_feedback":
                layout.addWidget(self._child_informed_box(p, today))
        if "follow_up" not in keys:
            layout.addWidget(self._next_meeting_box(p, today))
        if "child_feedback" not in keys:
            layout.addWidget(self._child_informed_box(p, today))
        layout.addStretch(1)

    # --- showing without typing ---------------------------------------------------------

    def quietly(self, fn: Callable[[], None]) -> None:
        """Run `fn` (which sets fields) without the fields' signals counting as typing."""
        self._quiet += 1
        try:
            fn()
        finally:
            self._quiet -= 1

    def _typed(self, emit: Callable[[], None]) -> None:
        if not self._quiet:
            emit()

    def _field(self, key: str, read: Callable[[], Any], show: Callable[[Any], None],
               stored: Callable[[Protocol], Any]) -> None:
        self.fields[key] = Field(read, lambda v: self.quietly(lambda: show(v)), stored)

    # --- boxes -------------------------------------------------------------------------

    def _box(self, title: str, part: str, help_text: str = "",
             name: str = "") -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        box.setObjectName("ProtocolPart")
        box.setProperty(PART, part)
        box.setProperty("current", False)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("PartHeading")
        layout.addWidget(heading)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName("PartHelp")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.boxes.append((part, box))
        self.errors[name or part] = forms.error_label(box, "PartError")
        return box, layout

    def _formalities_box(self, p: Protocol) -> QFrame:
        box, layout = self._box(translate("ProtocolForm", "Närvaro och formalia"), FORMALITIES,
                                translate("ProtocolForm", "Vilka är med? Stäm av samtycke, "
                                                           "samordningsansvarig, mötesledare "
                                                           "och sekreterare."))
        self._attendance_grid = QGridLayout()
        self._attendance_grid.setHorizontalSpacing(12)
        layout.addLayout(self._attendance_grid)
        self.set_participants(p.participants)
        form = QFormLayout()
        self.consent = QCheckBox(translate("ProtocolForm",
            "Samtycket är bekräftat och gäller de verksamheter som är här"))
        self.consent.setToolTip(self.consent.text())
        self.consent.setAccessibleDescription(translate(
            "ProtocolForm", "Kryssa i när samtycket är stämt av med de närvarande"))
        self.consent.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.consent.setChecked(p.formalities.consent_confirmed)
        self.consent.toggled.connect(lambda on: self._typed(lambda: self.consentToggled.emit(on)))
        self._field("formalities:consent_confirmed", self.consent.isChecked,
                    self.consent.setChecked, lambda x: x.formalities.consent_confirmed)
        form.addRow(self.consent)
        self.plan_owner = self._person_combo(p, "plan_owner_id")
        self.chair = self._person_combo(p, "chair_id")
        self.note_taker = self._person_combo(p, "note_taker_id")
        form.addRow(translate("ProtocolForm", "Samordningsansvarig"), self.plan_owner)
        self.owner_problem = QLabel()
        self.owner_problem.setObjectName("CalmWarning")
        self.owner_problem.setWordWrap(True)
        self.show_owner_problems(p.formalities.plan_owner_problems)
        form.addRow("", self.owner_problem)
        form.addRow(translate("ProtocolForm", "Mötesledare"), self.chair)
        form.addRow(translate("ProtocolForm", "Sekreterare"), self.note_taker)
        layout.addLayout(form)
        layout.addWidget(self.errors[FORMALITIES])
        return box

    def set_participants(self, participants: Sequence[Participant]) -> None:
        """The invitees, a substitute shown as the one who came; attendance as chosen here.

        Rebuilt only when who is invited changed; an attendance chosen here
        stays (the editor's refresh decides whether the stored one replaces it).
        """
        participants = tuple(participants)
        if self._participants is not None and \
                [_who(x) for x in participants] == [_who(x) for x in self._participants]:
            return
        chosen = {inv: Attendance(c.currentData()) for inv, c in self.attendance.items()}
        grid = self._attendance_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.attendance.clear()
        for key in [k for k in self.fields if k.startswith("attendance:")]:
            del self.fields[key]
        for row, person in enumerate(participants):
            name = QLabel(person.shown_name)
            name.setObjectName("ParticipantName")
            name.setWordWrap(True)
            role = QLabel(family_role(f"{person.role} ({person.note})" if person.note
                                      else person.role))
            role.setObjectName("PartHelp")
            role.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"attendance:{person.invitation_id}")
            combo.setAccessibleDescription(translate(
                "ProtocolForm", "Om personen är på mötet; sparas när du väljer"))
            combo.setAccessibleName(translate("ProtocolForm", "Närvaro: {name}").format(
                name=person.shown_name))
            for value in Attendance:
                combo.addItem(enum_label(value), value.value)
            shown = chosen.get(person.invitation_id, person.attendance)
            combo.setCurrentIndex(combo.findData(shown.value))
            combo.currentIndexChanged.connect(
                lambda _i, inv=person.invitation_id, c=combo: self._typed(
                    lambda: self.attendanceChosen.emit(inv, Attendance(c.currentData()))))
            self.attendance[person.invitation_id] = combo
            self._attendance_field(person.invitation_id, combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(role, row, 1)
            grid.addWidget(combo, row, 2)
        if not participants:
            nobody = translate("ProtocolForm", "Ingen är kallad till mötet ännu.")
            grid.addWidget(QLabel(nobody), 0, 0)
        self._participants = participants

    def _attendance_field(self, invitation_id: int, combo: QComboBox) -> None:
        def stored(x: Protocol) -> Attendance:
            return next((q.attendance for q in x.participants
                         if q.invitation_id == invitation_id), Attendance.UNKNOWN)

        self._field(f"attendance:{invitation_id}", lambda: Attendance(combo.currentData()),
                    lambda v: combo.setCurrentIndex(combo.findData(Attendance(v).value)),
                    stored)

    def _person_combo(self, p: Protocol, field: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"person:{field}")
        combo.setAccessibleDescription(translate(
            "ProtocolForm", "Välj en av de kallade; sparas när du väljer"))
        # A long name and role is cut in the closed box (whole in the list), so the
        # form never grows wider than a laptop screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fill_people(combo, p.people, getattr(p.formalities, field))
        combo.currentIndexChanged.connect(
            lambda _i: self._typed(lambda: self.personChosen.emit(field, combo.currentData())))
        self._field(f"formalities:{field}", combo.currentData,
                    lambda v: combo.setCurrentIndex(max(0, combo.findData(v))
                                                    if v is not None else 0),
                    lambda x: getattr(x.formalities, field))
        return combo

    @staticmethod
    def _fill_people(combo: QComboBox, people: Sequence[Choice], current: int | None) -> None:
        combo.clear()
        combo.addItem(translate("ProtocolForm", "– Välj –"), None)
        for person in people:
            combo.addItem(person.label, person.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def set_people(self, people: Sequence[Choice]) -> None:
        """The case's network changed: the pickers list it, keeping what each shows."""
        people = tuple(people)
        if people == self._people:
            return
        self._people = people
        for combo in (self.plan_owner, self.chair, self.note_taker):
            self._refill(combo, people)

    def _refill(self, combo: QComboBox, people: tuple[Choice, ...]) -> None:
        current = combo.currentData()
        self.quietly(lambda: self._fill_people(combo, people, current))

    def show_owner_problems(self, problems: Sequence[str]) -> None:
        self.owner_problem.setText("\n".join(owner_problem(p) for p in problems))
        self.owner_problem.setVisible(bool(problems))

    def _section_box(self, section: ProtocolSection) -> QFrame:
        key = section.key
        box, layout = self._box(section.title, key, section.help)
        edit = QPlainTextEdit()
        edit.setObjectName(f"section:{key}")
        edit.setAccessibleName(section.title)
        edit.setAccessibleDescription(section.help)
        edit.setTabChangesFocus(True)
        edit.setPlainText(section.text)
        edit.setMinimumHeight(84)
        edit.textChanged.connect(
            lambda: self._typed(lambda: self.sectionTyped.emit(key, edit.toPlainText())))
        self.section_edits[key] = edit
        self._field(f"section:{key}", edit.toPlainText, lambda v: _keep_cursor(edit, v),
                    lambda x: x.section(key).text)
        layout.addWidget(edit)
        toggle = QToolButton()
        toggle.setObjectName("InternalToggle")
        toggle.setAccessibleDescription(translate(
            "ProtocolForm", "Visar ett fält för anteckningar som inte syns på väggskärmen"))
        internal = translate("ProtocolForm", INTERNAL_LABEL)
        toggle.setText(internal)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        note = QPlainTextEdit()
        note.setObjectName(f"internal:{key}")
        note.setProperty("internal", True)
        note.setTabChangesFocus(True)
        note.setPlaceholderText(translate(
            "ProtocolForm", "{internal}. Anteckningen följer inte med i planen.").format(
                internal=internal))
        note.setPlainText(section.internal_note)
        note.setMaximumHeight(70)
        note.setVisible(bool(section.internal_note))
        toggle.setChecked(bool(section.internal_note))
        toggle.toggled.connect(note.setVisible)
        note.textChanged.connect(
            lambda: self._typed(lambda: self.noteTyped.emit(key, note.toPlainText())))
        self.note_edits[key] = note

        def show_note(text: str) -> None:
            _keep_cursor(note, text)
            if text and not toggle.isChecked():
                toggle.setChecked(True)

        self._field(f"internal:{key}", note.toPlainText, show_note,
                    lambda x: x.section(key).internal_note)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        layout.addWidget(self.errors[key])
        return box

    def _actions_box(self, p: Protocol) -> QFrame:
        box, layout = self._box(
            translate("ProtocolForm", "Insatser: vem gör vad och när"), ACTIONS,
            translate("ProtocolForm", "En rad per insats: mål, insats, ansvarig organisation, "
                                      "namngiven person och när. Tab till nästa ruta, Enter i "
                                      "sista rutan ger en ny rad."))
        self.actions_model = ActionsModel(p, parent=self)
        self.actions_model.cellEdited.connect(
            lambda row, field, value: self.actionEdited.emit(row, field, value))
        self.actions_table = KeyboardTable()
        self.actions_table.setObjectName("ActionsTable")
        self.actions_table.setAccessibleName(translate("ProtocolForm", "Insatser"))
        self.actions_table.setAccessibleDescription(translate("ProtocolForm",
            "En rad per insats: mål, insats, ansvarig organisation, person och när."))
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setMinimumHeight(180)
        self._org_delegate: ChoiceDelegate | None = None
        org_col = next((i for i, (k, _t) in enumerate(self.actions_model.columns)
                        if k == "organisation_id"), None)
        if org_col is not None:
            self._org_delegate = ChoiceDelegate(self._org_choices(p), self)
            self.actions_table.setItemDelegateForColumn(org_col, self._org_delegate)
        self.actions_table.rowAddRequested.connect(self.addRowRequested)
        layout.addWidget(self.actions_table)
        buttons = QHBoxLayout()
        add = QPushButton(translate("ProtocolForm", "Ny rad"))
        add.setAccessibleDescription(translate(
            "ProtocolForm", "Lägger till en insats i tabellen ovan"))
        add.clicked.connect(self.addRowRequested)
        remove = QPushButton(translate("ProtocolForm", "Ta bort raden"))
        remove.setAccessibleDescription(translate(
            "ProtocolForm", "Tar bort den valda insatsen ur tabellen"))
        remove.clicked.connect(self.removeRowRequested)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors[ACTIONS])
        return box

    @staticmethod
    def _org_choices(p: Protocol) -> list[tuple[Any, str]]:
        none = translate("ProtocolForm", "– Välj –")
        return [(None, none)] + [(o.id, o.name) for o in p.organisations]

    def show_actions(self, p: Protocol) -> None:
        """The action rows as stored (nothing of them is being written just now)."""
        self.actions_model.set_protocol(p)
        if self._org_delegate is not None:
            self._org_delegate.choices = self._org_choices(p)
        if self.review_model is not None:
            self.review_model.set_protocol(p)

    def _review_box(self, p: Protocol) -> QFrame:
        box, layout = self._box(
            translate("ProtocolForm", "Uppföljning av förra planen"), REVIEW,
            translate("ProtocolForm", "Gå igenom varje åtagande: genomfört, delvis eller inte – "
                                      "och varför. Behålls, ändras eller avslutas målet?"))
        model = self.review_model = ActionsModel(p, review=True, parent=self)
        model.cellEdited.connect(lambda row, _field, _value: self.reviewEdited.emit(row))
        table = self.review_table = KeyboardTable()
        table.setObjectName("ReviewTable")
        table.setModel(model)
        table.setMinimumHeight(150)
        status = [(s, enum_label(s)) for s in ReviewStatus]
        goal: list[tuple[Any, str]] = [(None, "–")] + [(g, enum_label(g)) for g in GoalStatus]
        table.setItemDelegateForColumn(3, ChoiceDelegate(status, self))
        table.setItemDelegateForColumn(5, ChoiceDelegate(goal, self))
        layout.addWidget(table)
        layout.addWidget(self.errors[REVIEW])
        return box

    def _next_meeting_box(self, p: Protocol, today: date) -> QFrame:
        box, layout = self._box(
            translate("ProtocolForm", "Nästa uppföljning"), "follow_up",
            translate("ProtocolForm", "Datum och plats för uppföljningen. Den bokas direkt."),
            name="next")
        row = QHBoxLayout()
        self.next_date = _optional_date(p.meeting_date or today, p.next_follow_up_date,
                                        translate("ProtocolForm", "Inte bokad"))
        self.next_date.setObjectName("NextFollowUpDate")
        self.next_date.setAccessibleDescription(translate(
            "ProtocolForm", "Dagen för nästa uppföljning"))
        self.next_date.setAccessibleName(translate("ProtocolForm", "Nästa uppföljning, datum"))
        self.next_place = QLineEdit(p.next_follow_up_place)
        self.next_place.setObjectName("NextFollowUpPlace")
        self.next_place.setAccessibleDescription(translate(
            "ProtocolForm", "Var nästa uppföljning hålls"))
        self.next_place.setAccessibleName(translate("ProtocolForm", "Nästa uppföljning, plats"))
        self.next_place.setPlaceholderText(translate("ProtocolForm", "Plats"))
        row.addWidget(QLabel(translate("ProtocolForm", "Datum")))
        row.addWidget(self.next_date)
        row.addWidget(QLabel(translate("ProtocolForm", "Plats")))
        row.addWidget(self.next_place, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors["next"])

        def changed() -> None:
            self._typed(lambda: self.nextChanged.emit(*self.next_values()))

        def show(value: tuple[date | None, str]) -> None:
            _show_date(self.next_date, value[0])
            self.next_place.setText(value[1])

        self.next_date.dateChanged.connect(lambda _d: changed())
        self.next_place.textEdited.connect(lambda _t: changed())
        self._field("next", self.next_values, show,
                    lambda x: (x.next_follow_up_date, x.next_follow_up_place))
        return box

    def next_values(self) -> tuple[date | None, str]:
        return _date_of(self.next_date), self.next_place.text()

    def _child_informed_box(self, p: Protocol, today: date) -> QFrame:
        box, layout = self._box(
            translate("ProtocolForm", "Efter mötet: så fick barnet veta"), "child_feedback",
            translate("ProtocolForm", "Fylls i efteråt: när och av vem barnet fick veta vad som "
                                      "bestämdes och hur barnets åsikter vägdes in."),
            name="informed")
        row = QHBoxLayout()
        floor = (p.meeting_date or today) - timedelta(days=1)
        self.informed_on = _optional_date(floor, p.child_informed_on,
                                          translate("ProtocolForm", "Inte ännu"))
        self.informed_on.setObjectName("ChildInformedOn")
        self.informed_on.setAccessibleDescription(translate(
            "ProtocolForm", "Dagen då barnet fick veta vad mötet kom fram till"))
        self.informed_on.setAccessibleName(translate("ProtocolForm", "Datum då barnet fick veta"))
        self.informed_by = QLineEdit(p.child_informed_by)
        self.informed_by.setObjectName("ChildInformedBy")
        self.informed_by.setAccessibleDescription(translate(
            "ProtocolForm", "Den som berättade för barnet"))
        self.informed_by.setAccessibleName(translate("ProtocolForm", "Av vem barnet fick veta"))
        self.informed_by.setPlaceholderText(translate("ProtocolForm", "Av vem"))
        row.addWidget(QLabel(translate("ProtocolForm", "Datum")))
        row.addWidget(self.informed_on)
        row.addWidget(QLabel(translate("ProtocolForm", "Av")))
        row.addWidget(self.informed_by, 1)
        layout.addLayout(row)
        self.informed_how = QPlainTextEdit(p.child_informed_how)
        self.informed_how.setObjectName("ChildInformedHow")
        self.informed_how.setAccessibleDescription(translate(
            "ProtocolForm", "Hur barnet fick veta, till exempel samtal eller brev"))
        self.informed_how.setAccessibleName(translate("ProtocolForm", "Hur barnet fick veta"))
        self.informed_how.setTabChangesFocus(True)
        self.informed_how.setPlaceholderText(translate(
            "ProtocolForm", "Hur barnet fick veta, och hur barnets åsikter vägdes in"))
        self.informed_how.setMaximumHeight(70)
        layout.addWidget(self.informed_how)
        layout.addWidget(self.errors["informed"])

        def changed() -> None:
            self._typed(lambda: self.informedChanged.emit(*self.informed_values()))

        def show(value: tuple[date | None, str, str]) -> None:
            _show_date(self.informed_on, value[0])
            self.informed_by.setText(value[1])
            _keep_cursor(self.informed_how, value[2])

        self.informed_on.dateChanged.connect(lambda _d: changed())
        self.informed_by.textEdited.connect(lambda _t: changed())
        self.informed_how.textChanged.connect(changed)
        self._field("informed", self.informed_values, show,
                    lambda x: (x.child_informed_on, x.child_informed_by, x.child_informed_how))
        return box

    def informed_values(self) -> tuple[date | None, str, str]:
        return _date_of(self.informed_on), self.informed_by.text(), \
            self.informed_how.toPlainText()

    # --- what is shown, as a protocol -------------------------------------------------------

    def shown(self, stored: Protocol) -> Protocol:
        """`stored` with what the form shows: what the wall mirrors after a refresh."""
        p = stored
        for key, edit in self.section_edits.items():
            p = p.with_section_text(key, edit.toPlainText())
        for key, note in self.note_edits.items():
            p = p.with_internal_note(key, note.toPlainText())
        review = self.review_model.actions() if self.review_model is not None else []
        p = p.with_actions(review + self.actions_model.actions())
        on, place = self.next_values()
        informed_on, by, how = self.informed_values()
        return dataclasses.replace(
            p,
            participants=tuple(
                dataclasses.replace(x, attendance=Attendance(combo.currentData()))
                if (combo := self.attendance.get(x.invitation_id)) is not None else x
                for x in p.participants),
            formalities=dataclasses.replace(
                p.formalities, consent_confirmed=self.consent.isChecked(),
                plan_owner_id=self.plan_owner.currentData(), chair_id=self.chair.currentData(),
                note_taker_id=self.note_taker.currentData()),
            next_follow_up_date=on, next_follow_up_place=place,
            child_informed_on=informed_on, child_informed_by=by, child_informed_how=how,
        )

    def show_error(self, name: str, message: str | None) -> None:
        label = self.errors.get(name)
        if label is not None:
            forms.show_error(label, None, message)

