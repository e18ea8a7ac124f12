"""The case record: everything about one case, every edit stored at once.

No Save button: a text field is written through the services a moment after
the user stops typing and again when they leave the field. A value the
services refuse (a bad personnummer) is shown with its Swedish reason beside
the field, is not stored, and stays in the field so it can be fixed. Every
stored edit goes on a QUndoStack whose commands write through the services
too, so Ctrl+Z undoes in the widget and in the store alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.consent import consent_givers
from sipdesk.domain.entities import Consent, Guardian, Person
from sipdesk.domain.enums import ConsentForm, Participation
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer
from sipdesk.domain.stages import plan_owner_problems
from sipdesk.services.errors import DomainError
from sipdesk.ui.case.deviations import Deviations
from sipdesk.ui.case.plan_versions import PlanVersions
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.dialogs.people import GuardianDialog, PersonDialog
from sipdesk.ui.forms import (
    MUTED_STYLE,
    date_edit,
    error_label,
    fill_table,
    list_table,
    pydate,
    qdate,
    selected_id,
    show_error,
)
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from sipdesk.ui.tasks import TaskManager
from sipdesk.ui.undo import ActionCommand, EditCommand

TYPING_PAUSE_MS = 600

STYLE = """
#CaseRecord QLabel#RecordTitle { font-size: 17pt; font-weight: 600; }
#CaseRecord QLabel#RecordSubtitle { color: #5f6b7a; }
#CaseRecord QLabel#ArchivedBanner {
    background: #fff4e5; color: #7a4b00; border: 1px solid #f0c98a;
    border-radius: 4px; padding: 4px 8px;
}
#CaseRecord QLabel#SectionTitle { font-weight: 600; margin-top: 6px; }
#CaseRecord QLabel#SectionHelp { color: #5f6b7a; }
#CaseRecord QLabel#SaveState { color: #5f6b7a; }
#CaseRecord QLabel#Warning { color: #7a4b00; }
"""

ROLE_TITLES = {
    "initiator": "Initiativtagare",
    "chair": "Mötesledare",
    "plan_owner": "Samordningsansvarig",
}

PARTICIPATION_NOTE_HINT = {
    Participation.NOT_TAKING_PART: "Varför deltar barnet inte? Hur hörs barnets röst ändå?",
    Participation.LETTER: "Vem hjälper barnet med brevet, och vem läser upp det?",
    Participation.SUPPORT_PERSON: "Vem är stödpersonen?",
    Participation.PART_OF_MEETING: "Vilken del av mötet är barnet med på?",
}


@dataclass
class _Binding:
    """One field of the record: how to read the widget, store a value and show one."""

    key: str
    title: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], Any]  # stores; returns the value as stored
    show: Callable[[Any], None]
    error: QLabel | None = None
    timer: QTimer | None = None
    stored: Any = None
    validate: Callable[[Any], str | None] | None = None


def _label(text: str, name: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _form(layout: QFormLayout) -> QFormLayout:
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setHorizontalSpacing(16)
    layout.setVerticalSpacing(8)
    return layout


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


class CaseRecord(QWidget):
    """The record of one case. Emits caseChanged(case_id) after anything was stored."""

    caseChanged = Signal(int)
    protocolRequested = Signal(int)  # meeting id: start meeting mode

    def __init__(self, ws, case_id: int, parent: QWidget | None = None, *, tasks=None):
        super().__init__(parent)
        self.setObjectName("CaseRecord")
        self.setStyleSheet(STYLE)
        self._ws = ws
        self.case_id = case_id
        self.case = ws.cases.get(case_id)
        self._bindings: dict[str, _Binding] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        self._changed_timer = QTimer(self, singleShot=True, interval=300)
        self._changed_timer.timeout.connect(lambda: self.caseChanged.emit(self.case_id))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("CaseRecordTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._child_tab(), "Barn och vårdnadshavare")
        self.tabs.addTab(self._question_tab(), "Frågeställning och kartläggning")
        self.tabs.addTab(self._consent_tab(), "Samtycke")
        self.tabs.addTab(self._network_tab(), "Nätverk")
        tasks = tasks if tasks is not None else TaskManager(self, synchronous=True)
        self.meetings_tab = CaseMeetings(ws, case_id, tasks=tasks)
        self.meetings_tab.protocolRequested.connect(self.protocolRequested)
        self.meetings_tab.changed.connect(self._changed_timer.start)
        self.tabs.addTab(self.meetings_tab, "Möten och kallelser")
        self.plan_versions = PlanVersions(ws, tasks, case_id)
        self.plan_versions.caseChanged.connect(lambda _id: self._changed_timer.start())
        self.meetings_tab.changed.connect(self.plan_versions.refresh)
        self.tabs.addTab(self.plan_versions, "Planversioner")
        self.deviations = Deviations(ws, tasks, case_id)
        self.deviations.caseChanged.connect(lambda _id: self._changed_timer.start())
        self.meetings_tab.changed.connect(self.deviations.refresh)
        self.tabs.addTab(self.deviations, "Avvikelser")
        self.tabs.addTab(self._participation_tab(), "Barnets delaktighet")
        self.tabs.addTab(self._history_tab(), "Historik")

        self.status = _label("Alla ändringar sparas direkt.", "SaveState")
        self.status.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        layout.addWidget(self.archived_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self._shortcuts()
        self._refresh()

    # --- the header -------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        self.title = _label("", "RecordTitle")
        self.title.setWordWrap(False)
        self.subtitle = _label("", "RecordSubtitle")
        self.archived_banner = _label("", "ArchivedBanner")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)

        self.undo_button = QPushButton("Ångra")
        self.undo_button.setObjectName("UndoButton")
        self.undo_button.setToolTip("Ångra senaste ändringen (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton("Gör om")
        self.redo_button.setObjectName("RedoButton")
        self.redo_button.setToolTip("Gör om (Ctrl+Shift+Z)")
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.archive_button = QPushButton("Avsluta ärendet…")
        self.archive_button.setObjectName("ArchiveButton")
        self.archive_button.clicked.connect(self._archive_or_restore)

        row = QHBoxLayout()
        row.addLayout(texts, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.redo_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # --- the tabs ---------------------------------------------------------------

    def _child_tab(self) -> QWidget:
        page = QWidget()
        self.first_name = QLineEdit()
        self.first_name.setObjectName("ChildFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("ChildLastName")
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("ChildPersonnummer")
        self.personnummer.setPlaceholderText("ÅÅÅÅMMDD-NNNN")
        self.personnummer.setMaximumWidth(220)
        for edit in (self.first_name, self.last_name):
            edit.setMaximumWidth(420)
        self.birth_date = _label("", style=MUTED_STYLE)
        name_error = error_label(self, "ChildNameError")
        self.personnummer_error = error_label(self, "ChildPersonnummerError")

        form = _form(QFormLayout())
        form.addRow("Förnamn", self.first_name)
        form.addRow("Efternamn", self.last_name)
        form.addRow("", name_error)
        form.addRow("Personnummer", self.personnummer)
        form.addRow("", self.personnummer_error)
        form.addRow("Födelsedatum", self.birth_date)

        self._bind_text("child_first_name", "förnamn", self.first_name,
                        lambda v: self._ws.cases.update(
                            self.case_id, child_first_name=v).child.first_name,
                        error=name_error)
        self._bind_text("child_last_name", "efternamn", self.last_name,
                        lambda v: self._ws.cases.update(
                            self.case_id, child_last_name=v).child.last_name,
                        error=name_error)
        self._bind_text("personnummer", "personnummer", self.personnummer,
                        self._write_personnummer, error=self.personnummer_error,
                        validate=self._check_personnummer, while_typing=False)

        guardians = QGroupBox("Vårdnadshavare")
        self.guardian_table = list_table(
            ["Namn", "Personnummer", "Telefon", "E-post", "Adress"], "GuardianTable"
        )
        self.guardian_table.doubleClicked.connect(self._edit_guardian)
        add = QPushButton("Lägg till vårdnadshavare…")
        add.setObjectName("AddGuardian")
        add.clicked.connect(self._add_guardian)
        edit = QPushButton("Ändra…")
        edit.clicked.connect(self._edit_guardian)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        box = QVBoxLayout(guardians)
        box.addWidget(self.guardian_table)
        box.addLayout(buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(guardians, 1)
        return page

    def _question_tab(self) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 12, 16, 8)

        self.question = self._text_box("Question", 70)
        self.question.setPlaceholderText("Vilken fråga ska SIP:en besvara?")
        self.need_found_on = date_edit(self.case.need_found_on)
        self.need_found_on.setObjectName("NeedFoundOn")
        self.need_found_on.setMaximumWidth(160)
        orgs = self._ws.directory.organisations()
        self.raised_by = QComboBox()
        self.raised_by.setObjectName("RaisedBy")
        self.raised_by.setMaximumWidth(520)
        self.raised_by.addItem("(ingen organisation vald)", None)
        for org in orgs:
            self.raised_by.addItem(org.display_name, org.id)
        self.raised_by_function = QLineEdit()
        self.raised_by_function.setObjectName("RaisedByFunction")
        self.raised_by_function.setMaximumWidth(520)
        self.raised_by_function.setPlaceholderText("till exempel mentor eller kurator")
        self.coordinator = QLineEdit()
        self.coordinator.setObjectName("Coordinator")
        self.coordinator.setMaximumWidth(520)
        self.coordinator.setPlaceholderText("Vem som samordnar ärendet")
        question_error = error_label(self, "QuestionError")

        form = _form(QFormLayout())
        form.addRow("Frågeställning", self.question)
        form.addRow("", question_error)
        form.addRow("Behovet upptäcktes", self.need_found_on)
        form.addRow("Väckt av", self.raised_by)
        form.addRow("Funktion", self.raised_by_function)
        form.addRow("SIP-samordnare", self.coordinator)
        layout.addLayout(form)

        update = self._ws.cases.update
        self._bind_text("question", "frågeställningen", self.question,
                        lambda v: update(self.case_id, question=v).question,
                        error=question_error)
        self._bind_text("raised_by_function", "funktion", self.raised_by_function,
                        lambda v: update(self.case_id, raised_by_function=v).raised_by_function)
        self._bind_text("coordinator", "samordnare", self.coordinator,
                        lambda v: update(self.case_id, coordinator=v).coordinator)
        self._bind(
            "raised_by_org_id", "väckt av", self.raised_by,
            read=self.raised_by.currentData,
            write=lambda v: update(self.case_id, raised_by_org_id=v).raised_by_org_id,
            show=lambda v: self.raised_by.setCurrentIndex(max(self.raised_by.findData(v), 0)),
        )
        self.raised_by.currentIndexChanged.connect(lambda: self._commit("raised_by_org_id"))
        self._bind(
            "need_found_on", "datum", self.need_found_on,
            read=lambda: pydate(self.need_found_on.date()),
            write=lambda v: update(self.case_id, need_found_on=v).need_found_on,
            show=lambda v: self.need_found_on.setDate(qdate(v)),
        )
        self.need_found_on.dateChanged.connect(lambda: self._commit("need_found_on"))

        title = _label("Kartläggning", "SectionTitle")
        title.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 12px;")
        layout.addWidget(title)
        self.mapping_note = _label("", "Warning")
        self.new_version_button = QPushButton("Påbörja ny planversion")
        self.new_version_button.setObjectName("NewPlanVersion")
        self.new_version_button.clicked.connect(self._new_plan_version)
        note_row = QHBoxLayout()
        note_row.addWidget(self.mapping_note, 1)
        note_row.addWidget(self.new_version_button)
        layout.addLayout(note_row)

        self.mapping_fields: dict[str, QPlainTextEdit] = {}
        for section in self._ws.cases.mapping(self.case_id).sections:
            layout.addWidget(_label(section.title, "SectionTitle"))
            edit = self._text_box(f"Mapping_{section.key}", 64)
            edit.setPlaceholderText(section.help)
            edit.setToolTip(section.help)
            self.mapping_fields[section.key] = edit
            error = error_label(self, f"MappingError_{section.key}")
            layout.addWidget(edit)
            layout.addWidget(error)
            self._bind_text(f"section:{section.key}", section.title.lower(), edit,
                            self._section_writer(section.key), error=error)
        layout.addStretch(1)
        return _scrolling(inner)

    def _consent_tab(self) -> QWidget:
        page = QWidget()
        self.consent_table = list_table(
            ["Givet", "Av", "Form", "Omfattar", "Inte", "Gäller till", "Status"], "ConsentTable"
        )
        self.withdraw_on = date_edit(self._ws.today())
        self.withdraw_on.setObjectName("WithdrawOn")
        withdraw = QPushButton("Återkalla valt samtycke")
        withdraw.setObjectName("WithdrawConsent")
        withdraw.clicked.connect(self._withdraw_consent)
        self.consent_error = error_label(self, "ConsentError")
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(QLabel("Återkallat den"))
        withdraw_row.addWidget(self.withdraw_on)
        withdraw_row.addWidget(withdraw)
        withdraw_row.addStretch(1)

        new = QGroupBox("Registrera samtycke")
        grid = QGridLayout(new)
        grid.setHorizontalSpacing(16)
        self.consent_by_child = QCheckBox("Barnet")
        self.consent_by_child.setObjectName("ConsentByChild")
        self.consent_guardians = QListWidget()
        self.consent_guardians.setObjectName("ConsentGuardians")
        self.consent_guardians.setMaximumHeight(70)
        self.consent_form = QComboBox()
        self.consent_form.setObjectName("ConsentForm")
        for form in ConsentForm:
            self.consent_form.addItem(form.label, form)
        self.consent_given_on = date_edit(self._ws.today())
        self.consent_given_on.setObjectName("ConsentGivenOn")
        self.consent_has_end = QCheckBox("Gäller till")
        self.consent_has_end.setObjectName("ConsentHasEnd")
        self.consent_valid_until = date_edit(self._ws.today())
        self.consent_valid_until.setObjectName("ConsentValidUntil")
        self.consent_valid_until.setEnabled(False)
        self.consent_has_end.toggled.connect(self.consent_valid_until.setEnabled)
        self.consent_covered = QListWidget()
        self.consent_covered.setObjectName("ConsentCovered")
        self.consent_excluded = QListWidget()
        self.consent_excluded.setObjectName("ConsentExcluded")
        for org in self._ws.directory.organisations():
            for widget in (self.consent_covered, self.consent_excluded):
                item = QListWidgetItem(org.display_name)
                item.setData(Qt.ItemDataRole.UserRole, org.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        self.consent_exclusions = QLineEdit()
        self.consent_exclusions.setObjectName("ConsentExclusions")
        self.consent_exclusions.setPlaceholderText(
            "Det samtycket inte får omfatta, med familjens ord"
        )
        record = QPushButton("Registrera samtycke")
        record.setObjectName("RecordConsent")
        record.clicked.connect(self._record_consent)

        givers = QVBoxLayout()
        givers.addWidget(self.consent_by_child)
        givers.addWidget(self.consent_guardians)
        when = _form(QFormLayout())
        when.addRow("Form", self.consent_form)
        when.addRow("Givet den", self.consent_given_on)
        when.addRow(self.consent_has_end, self.consent_valid_until)
        grid.addWidget(_label("Vem gav samtycket", "SectionTitle"), 0, 0)
        grid.addLayout(givers, 1, 0)
        grid.addWidget(_label("Hur och när", "SectionTitle"), 0, 1)
        grid.addLayout(when, 1, 1)
        grid.addWidget(_label("Omfattar verksamheterna", "SectionTitle"), 2, 0)
        grid.addWidget(_label("Får inte omfatta", "SectionTitle"), 2, 1)
        grid.addWidget(self.consent_covered, 3, 0)
        grid.addWidget(self.consent_excluded, 3, 1)
        grid.addWidget(self.consent_exclusions, 4, 0, 1, 2)
        grid.addWidget(self.consent_error, 5, 0, 1, 2)
        grid.addWidget(record, 6, 1, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.consent_table, 1)
        layout.addLayout(withdraw_row)
        layout.addWidget(new, 2)
        return page

    def _network_tab(self) -> QWidget:
        page = QWidget()
        self.network_table = list_table(["Namn", "Yrke", "Organisation", "Roll"], "NetworkTable")
        self.directory_people = QComboBox()
        self.directory_people.setObjectName("DirectoryPeople")
        self.directory_people.setMinimumWidth(320)
        add = QPushButton("Lägg till i nätverket")
        add.setObjectName("AddToNetwork")
        add.clicked.connect(lambda: self._add_to_network())
        new = QPushButton("Ny person…")
        new.setObjectName("NewPerson")
        new.clicked.connect(self._new_person)
        remove = QPushButton("Ta bort ur nätverket")
        remove.setObjectName("RemoveFromNetwork")
        remove.clicked.connect(self._remove_from_network)
        self.network_error = error_label(self, "NetworkError")
        add_row = QHBoxLayout()
        add_row.addWidget(self.directory_people, 1)
        add_row.addWidget(add)
        add_row.addWidget(new)
        add_row.addStretch(0)
        add_row.addWidget(remove)

        roles = QGroupBox("Roller i ärendet")
        role_form = _form(QFormLayout(roles))
        self.role_combos: dict[str, QComboBox] = {}
        for role, title in ROLE_TITLES.items():
            combo = QComboBox()
            combo.setObjectName(f"Role_{role}")
            combo.setMinimumWidth(320)
            self.role_combos[role] = combo
            role_form.addRow(title, combo)
            self._bind(
                f"role:{role}", title.lower(), combo,
                read=combo.currentData,
                write=self._role_writer(role),
                show=lambda v, c=combo: c.setCurrentIndex(max(c.findData(v), 0)),
            )
            combo.activated.connect(lambda _i, r=role: self._commit(f"role:{r}"))
        self.owner_warning = _label("", "Warning")
        role_form.addRow("", self.owner_warning)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.network_table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.network_error)
        layout.addWidget(roles)
        return page

    def _participation_tab(self) -> QWidget:
        page = QWidget()
        intro = _label(
            "Hur vill barnet vara med? Barnet ska kunna påverka vem som bjuds in och "
            "hur barnets röst kommer fram på mötet.", style=MUTED_STYLE
        )
        self.participation = QButtonGroup(self)
        choices = QVBoxLayout()
        self.participation_buttons: dict[Participation, QRadioButton] = {}
        for value in Participation:
            button = QRadioButton(value.label)
            button.setObjectName(f"Participation_{value.value}")
            self.participation.addButton(button)
            self.participation_buttons[value] = button
            choices.addWidget(button)
        self.participation_note = self._text_box("ParticipationNote", 90)
        self.participation_hint = _label("", "SectionTitle")

        def read_participation():
            return next((v for v, b in self.participation_buttons.items() if b.isChecked()),
                        Participation.UNDECIDED)

        def show_participation(value):
            self.participation_buttons[value].setChecked(True)
            self._participation_hint(value)

        self._bind(
            "participation", "delaktighet", page, read=read_participation,
            write=lambda v: self._ws.cases.update(self.case_id, participation=v).participation,
            show=show_participation,
        )
        self.participation.buttonClicked.connect(lambda _b: self._commit("participation"))
        self.participation.buttonClicked.connect(
            lambda _b: self._participation_hint(read_participation())
        )
        self._bind_text("participation_note", "kommentar om delaktighet",
                        self.participation_note,
                        lambda v: self._ws.cases.update(
                            self.case_id, participation_note=v).participation_note)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addSpacing(8)
        layout.addWidget(self.participation_hint)
        layout.addWidget(self.participation_note)
        layout.addStretch(1)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        self.timeline = list_table(["Datum", "Händelse", "Beskrivning"], "Timeline")
        self.contact_on = date_edit(self._ws.today())
        self.contact_on.setObjectName("ContactOn")
        self.contact_text = QLineEdit()
        self.contact_text.setObjectName("ContactText")
        self.contact_text.setPlaceholderText("Kontakt med familj eller aktör, till exempel "
                                             "”Ringde mamma om samtycket”")
        add = QPushButton("Anteckna kontakt")
        add.setObjectName("RecordContact")
        add.clicked.connect(self._record_contact)
        self.contact_text.returnPressed.connect(self._record_contact)
        self.contact_error = error_label(self, "ContactError")
        row = QHBoxLayout()
        row.addWidget(self.contact_on)
        row.addWidget(self.contact_text, 1)
        row.addWidget(add)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)
        layout.addWidget(self.contact_error)
        return page

    def _text_box(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height + 16)
        return edit

    # --- binding fields to the services -----------------------------------------

    def _bind(self, key, title, widget, *, read, write, show, error=None, validate=None):
        binding = _Binding(key, title, widget, read, write, show, error, validate=validate)
        self._bindings[key] = binding
        return binding

    def _bind_text(self, key, title, widget, write, *, error=None, validate=None,
                   while_typing=True):
        if isinstance(widget, QPlainTextEdit):
            read, show = widget.toPlainText, widget.setPlainText
            changed = widget.textChanged
        else:
            read, show = widget.text, widget.setText
            changed = widget.textEdited
            widget.editingFinished.connect(lambda: self._commit(key))
        binding = self._bind(key, title, widget, read=read, write=write, show=show,
                             error=error, validate=validate)
        widget.installEventFilter(self)
        if while_typing:
            binding.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
            binding.timer.timeout.connect(lambda: self._commit(key, typing=True))
            changed.connect(binding.timer.start)
        if validate is not None:
            changed.connect(lambda *_: self._live_check(binding))

    def _live_check(self, binding: _Binding) -> None:
        problem = binding.validate(binding.read())
        if binding.error is not None:
            show_error(binding.error, binding.widget, problem)

    def _commit(self, key: str, typing: bool = False) -> bool:
        """Store what the field shows; False (with the reason shown) if it was refused."""
        b = self._bindings[key]
        if b.timer is not None:
            b.timer.stop()
        value = b.read()
        if value == b.stored:
            self._close_burst(key, typing)
            return True
        try:
            stored = b.write(value)
        except DomainError as error:
            if b.error is not None:
                show_error(b.error, b.widget, str(error))
            self.status.setText(f"Inte sparat: {error}")
            return False
        if b.error is not None:
            show_error(b.error, b.widget, None)
        old, b.stored = b.stored, stored
        if stored != old:
            self.undo_stack.push(EditCommand(
                f"Ändra {b.title}", key, old, stored,
                lambda v, k=key: self._apply(k, v), open=typing,
            ))
        self._close_burst(key, typing)
        self._stored_now(refresh=key.startswith("role:"))
        return True

    def _close_burst(self, key: str, typing: bool) -> None:
        if typing:
            return
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, EditCommand) and top.key == key:
            top.close()

    def _apply(self, key: str, value: Any) -> None:
        """Undo/redo: store `value` and show it in the field."""
        b = self._bindings[key]
        try:
            b.stored = b.write(value)
        except DomainError as error:
            self.status.setText(f"Kunde inte ångra: {error}")
            return
        self._show(b, b.stored)
        if b.error is not None:
            show_error(b.error, b.widget, None)
        self.tabs.setCurrentIndex(self._tab_of(b.widget))
        self._stored_now(refresh=True)

    def _show(self, b: _Binding, value: Any) -> None:
        b.widget.blockSignals(True)
        try:
            b.show(value if value is not None or b.key.startswith(("role:", "raised"))
                   else "")
        finally:
            b.widget.blockSignals(False)

    def _tab_of(self, widget: QWidget) -> int:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget) or self.tabs.widget(index) is widget:
                return index
        return self.tabs.currentIndex()

    def _stored_now(self, refresh: bool = False) -> None:
        self.status.setText("Sparat. Alla ändringar sparas direkt; Ctrl+Z ångrar.")
        self.case = self._ws.cases.get(self.case_id)
        self._refresh_header()
        if refresh:
            self._refresh_lists()
        self._changed_timer.start()

    def flush(self) -> bool:
        """Store every field that is still waiting for a pause in typing."""
        ok = True
        for key, b in self._bindings.items():
            if b.read() != b.stored:
                ok = self._commit(key) and ok
        return ok

    # --- writers with validation ---------------------------------------------------

    def _check_personnummer(self, text: str) -> str | None:
        text = text.strip()
        if not text or sum(ch.isdigit() for ch in text) < 10:
            return None  # still typing; editingFinished gives the full reason
        try:
            parse_personnummer(text, self._ws.today())
        except ValidationError as error:
            return error.message
        return None

    def _write_personnummer(self, text: str | None) -> str | None:
        case = self._ws.cases.set_personnummer(self.case_id, text)
        if case.child.personnummer != self.personnummer.text():
            # Show the stored, normalised number once the user has left the field.
            QTimer.singleShot(0, self, lambda: self._show(self._bindings["personnummer"],
                                                    case.child.personnummer))
        return case.child.personnummer or ""

    def _section_writer(self, key: str) -> Callable[[str], str]:
        def write(text: str) -> str:
            plan = self._ws.cases.set_mapping(self.case_id, key, text)
            return plan.sections.get(key, "")
        return write

    def _role_writer(self, role: str) -> Callable[[int | None], int | None]:
        attr = f"{role}_id"

        def write(person_id: int | None) -> int | None:
            return getattr(self._ws.cases.set_role(self.case_id, role, person_id), attr)
        return write

    # --- structural edits (each undoable) --------------------------------------------

    def _act(self, text: str, do: Callable[[], None], undo: Callable[[], None],
             error_label_: QLabel | None = None) -> bool:
        try:
            do()
        except DomainError as error:
            if error_label_ is not None:
                show_error(error_label_, None, str(error))
            self.status.setText(f"Inte sparat: {error}")
            return False
        if error_label_ is not None:
            show_error(error_label_, None, None)
        self.undo_stack.push(ActionCommand(text, self._guarded(do), self._guarded(undo)))
        self._stored_now(refresh=True)
        return True

    def _add_guardian(self) -> None:
        added: dict = {}

        def submit(guardian: Guardian):
            g = self._ws.cases.add_guardian(self.case_id, guardian)
            added["id"] = g.id
            added["guardian"] = guardian
            return g

        dialog = GuardianDialog(submit, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def redo():
            added["id"] = self._ws.cases.add_guardian(self.case_id, added["guardian"]).id

        self.undo_stack.push(ActionCommand(
            "Lägg till vårdnadshavare",
            self._guarded(redo),
            self._guarded(lambda: self._ws.cases.remove_guardian(self.case_id, added["id"])),
        ))
        self._stored_now(refresh=True)

    def _edit_guardian(self, *_args) -> None:
        gid = selected_id(self.guardian_table)
        old = next((g for g in self.case.guardians if g.id == gid), None)
        if old is None:
            return
        dialog = GuardianDialog(
            lambda g: self._ws.cases.update_guardian(self.case_id, g), old, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.value()
        self.undo_stack.push(ActionCommand(
            "Ändra vårdnadshavare",
            self._guarded(lambda: self._ws.cases.update_guardian(self.case_id, new)),
            self._guarded(lambda: self._ws.cases.update_guardian(self.case_id, old)),
        ))
        self._stored_now(refresh=True)

    def _guarded(self, fn: Callable[[], Any]) -> Callable[[], None]:
        def run():
            try:
                fn()
            except DomainError as error:
                self.status.setText(f"Kunde inte ångra: {error}")
            self._stored_now(refresh=True)
        return run

    def _checked_ids(self, widget: QListWidget) -> frozenset[int]:
        return frozenset(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def _record_consent(self) -> None:
        consent = Consent(
            given_on=pydate(self.consent_given_on.date()),
            form=ConsentForm(self.consent_form.currentData()),
            by_child=self.consent_by_child.isChecked(),
            guardian_ids=self._checked_ids(self.consent_guardians),
            covered_org_ids=self._checked_ids(self.consent_covered),
            excluded_org_ids=self._checked_ids(self.consent_excluded),
            exclusions=self.consent_exclusions.text().strip(),
            valid_until=pydate(self.consent_valid_until.date())
            if self.consent_has_end.isChecked() else None,
        )
        recorded: dict[str, int] = {}

        def do():
            recorded["id"] = self._ws.cases.record_consent(self.case_id, consent).id

        if self._act("Registrera samtycke", do,
                     lambda: self._ws.cases.remove_consent(self.case_id, recorded["id"]),
                     self.consent_error):
            self.consent_exclusions.clear()
            for widget in (self.consent_guardians, self.consent_covered, self.consent_excluded):
                for i in range(widget.count()):
                    widget.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.consent_by_child.setChecked(False)

    def _withdraw_consent(self) -> None:
        cid = selected_id(self.consent_table)
        if cid is None:
            show_error(self.consent_error, None, "Välj samtycket som ska återkallas i listan.")
            return
        on = pydate(self.withdraw_on.date())
        self._act("Återkalla samtycke",
                  lambda: self._ws.cases.withdraw_consent(self.case_id, cid, on),
                  lambda: self._ws.cases.reinstate_consent(self.case_id, cid),
                  self.consent_error)

    def _add_to_network(self, person_id: int | None = None) -> None:
        pid = person_id if person_id is not None else self.directory_people.currentData()
        if pid is None:
            show_error(self.network_error, None, "Välj en person i registret först.")
            return
        self._act("Lägg till i nätverket",
                  lambda: self._ws.cases.add_to_network(self.case_id, pid),
                  lambda: self._ws.cases.remove_from_network(self.case_id, pid),
                  self.network_error)

    def _remove_from_network(self) -> None:
        pid = selected_id(self.network_table)
        if pid is None:
            show_error(self.network_error, None, "Välj personen som ska tas bort i listan.")
            return
        self._act("Ta bort ur nätverket",
                  lambda: self._ws.cases.remove_from_network(self.case_id, pid),
                  lambda: self._ws.cases.add_to_network(self.case_id, pid),
                  self.network_error)

    def _new_person(self) -> None:
        dialog = PersonDialog(self._ws.directory.organisations(), self._ws.directory.add_person,
                              parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self._add_to_network(dialog.result_value.id)

    def _record_contact(self) -> None:
        try:
            self._ws.cases.record_contact(
                self.case_id, pydate(self.contact_on.date()), self.contact_text.text()
            )
        except DomainError as error:
            show_error(self.contact_error, self.contact_text, str(error))
            return
        show_error(self.contact_error, self.contact_text, None)
        self.contact_text.clear()
        self._stored_now(refresh=True)

    def _new_plan_version(self) -> None:
        try:
            self._ws.plans.start_draft(self.case_id)
        except DomainError as error:
            self.status.setText(str(error))
            return
        self._stored_now(refresh=True)
        self._refresh_fields()

    def _archive_or_restore(self) -> None:
        if self.case.archived:
            self._ws.cases.restore(self.case_id)
        else:
            dialog = CloseCaseDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason, note = dialog.chosen()
            self.archive(reason, note)
            return
        self._stored_now(refresh=True)

    def archive(self, reason, note: str = "") -> bool:
        """Close the case (it leaves the board, stays searchable)."""
        self.flush()
        try:
            self._ws.cases.archive(self.case_id, reason, note)
        except DomainError as error:
            QMessageBox.warning(self, "Ärendet kunde inte avslutas", str(error))
            return False
        self._stored_now(refresh=True)
        return True

    def restore(self) -> None:
        self._ws.cases.restore(self.case_id)
        self._stored_now(refresh=True)

    def _participation_hint(self, value: Participation) -> None:
        self.participation_hint.setText(
            PARTICIPATION_NOTE_HINT.get(value, "Kommentar om barnets delaktighet")
        )

    # --- undo and redo -------------------------------------------------------------

    def _shortcuts(self) -> None:
        sequences: dict[str, Callable[[], None]] = {}
        for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo):
            sequences[sequence.toString()] = self.undo
        for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            sequences[sequence.toString()] = self.redo
        sequences.setdefault("Ctrl+Z", self.undo)
        sequences.setdefault("Ctrl+Shift+Z", self.redo)
        sequences.setdefault("Ctrl+Y", self.redo)
        self._shortcut_objects = []
        for text, slot in sequences.items():
            shortcut = QShortcut(QKeySequence(text), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcut_objects.append(shortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z inside a text field undoes record edits, not the field's own history."""
        if event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or _is_redo(event):
                self.redo()
                return True
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            key = next((k for k, b in self._bindings.items() if b.widget is watched), None)
            if key is not None:
                self._commit(key)
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        self.flush()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    # --- showing the case ------------------------------------------------------------

    def _refresh(self) -> None:
        self.case = self._ws.cases.get(self.case_id)
        self._refresh_fields()
        self._refresh_header()
        self._refresh_lists()

    def _refresh_fields(self) -> None:
        case = self.case
        values = {
            "child_first_name": case.child.first_name,
            "child_last_name": case.child.last_name,
            "personnummer": case.child.personnummer or "",
            "question": case.question,
            "raised_by_function": case.raised_by_function,
            "coordinator": case.coordinator,
            "raised_by_org_id": case.raised_by_org_id,
            "need_found_on": case.need_found_on or self._ws.today(),
            "participation": case.participation,
            "participation_note": case.participation_note,
        }
        mapping = self._ws.cases.mapping(self.case_id)
        for section in mapping.sections:
            values[f"section:{section.key}"] = section.text
            self.mapping_fields[section.key].setReadOnly(not mapping.editable)
        self.mapping_note.setText(mapping.reason or (
            f"Kartläggningen skrivs i utkastet till plan version {mapping.plan_version}."
            if mapping.plan_version else
            "Kartläggningen sparas i ett utkast till plan när du börjar skriva."
        ))
        self.new_version_button.setVisible(not mapping.editable)
        for key, value in values.items():
            b = self._bindings[key]
            b.stored = value
            self._show(b, value)
        for role in ROLE_TITLES:
            self._bindings[f"role:{role}"].stored = getattr(case, f"{role}_id")

    def _refresh_header(self) -> None:
        case = self.case
        self.title.setText(case.child.full_name or "Barn utan namn")
        self.subtitle.setText(
            f"{case.reference}  ·  Steg {int(case.stage)}: {case.stage.label}"
            + (f"  ·  Behov upptäckt {case.need_found_on.isoformat()}"
               if case.need_found_on else "")
        )
        if case.archived:
            reason = case.close_reason.label.lower() if case.close_reason else "avslutat"
            self.archived_banner.setText(
                f"Ärendet är avslutat {_iso(case.closed_on)} ({reason}). Det syns inte på "
                "tavlan men kan sökas fram. Återöppna det för att arbeta vidare."
            )
        self.archived_banner.setVisible(case.archived)
        self.birth_date.setText(_iso(case.child.birth_date) or "–")
        self.archive_button.setText("Återöppna ärendet" if case.archived
                                    else "Avsluta ärendet…")

    def _refresh_lists(self) -> None:
        case = self.case
        orgs = self._ws.directory.organisations_by_id()
        fill_table(self.guardian_table,
              [[g.name, g.personnummer or "", g.phone, g.email, g.address]
               for g in case.guardians], [g.id for g in case.guardians])

        names = {g.id: g.name for g in case.guardians}
        today = self._ws.today()
        rows = []
        for c in case.consents:
            givers = (["barnet"] if c.by_child else []) + [
                names.get(i, "vårdnadshavare") for i in sorted(c.guardian_ids)]
            status = ("Återkallat " + _iso(c.withdrawn_on) if c.withdrawn_on
                      else "Gäller" if c.is_active(today) else "Gäller inte")
            excluded = [orgs[i].display_name for i in c.excluded_org_ids if i in orgs]
            rows.append([
                _iso(c.given_on), ", ".join(givers) or consent_givers(c), c.form.label,
                ", ".join(sorted(orgs[i].display_name for i in c.covered_org_ids if i in orgs)),
                "; ".join(filter(None, [", ".join(sorted(excluded)), c.exclusions])),
                _iso(c.valid_until), status,
            ])
        fill_table(self.consent_table, rows, [c.id for c in case.consents])
        self.consent_guardians.clear()
        for g in case.guardians:
            item = QListWidgetItem(g.name)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.consent_guardians.addItem(item)

        def role_of(person: Person) -> str:
            return ", ".join(title for role, title in ROLE_TITLES.items()
                             if getattr(case, f"{role}_id") == person.id)

        def org_name(person: Person) -> str:
            org = orgs.get(person.organisation_id)
            return org.display_name if org else ""

        fill_table(self.network_table,
              [[p.name, p.profession, org_name(p), role_of(p)] for p in case.network],
              [p.id for p in case.network])
        in_network = {p.id for p in case.network}
        self.directory_people.clear()
        for p in self._ws.directory.people():
            if p.id not in in_network:
                org = orgs.get(p.organisation_id)
                where = f", {org.display_name}" if org else ""
                self.directory_people.addItem(f"{p.name} ({p.profession}{where})", p.id)
        for role, combo in self.role_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(ingen vald)", None)
            for p in case.network:
                combo.addItem(f"{p.name}, {p.profession}", p.id)
            combo.setCurrentIndex(max(combo.findData(getattr(case, f"{role}_id")), 0))
            combo.blockSignals(False)
            self._bindings[f"role:{role}"].stored = getattr(case, f"{role}_id")
        problems = plan_owner_problems(case, orgs)
        self.owner_warning.setText(problems[0] if problems else "")
        self.owner_warning.setVisible(bool(problems))

        entries = self._ws.cases.timeline(self.case_id)
        fill_table(self.timeline,
              [[e.at.strftime("%Y-%m-%d"), e.label, e.text] for e in entries],
              [e.kind for e in entries])
        self.timeline.scrollToBottom()
        self._participation_hint(case.participation)


def _is_redo(event) -> bool:
    mods = event.modifiers()
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    return bool(mods & ctrl) and (
        event.key() == Qt.Key.Key_Y or (event.key() == Qt.Key.Key_Z and bool(mods & shift))
    )
