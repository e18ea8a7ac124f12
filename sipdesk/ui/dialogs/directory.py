"""The local directory of organisations and their people, entered once and reused by cases.

Every field is stored when the user leaves it, through DirectoryService; a
value the service refuses (no name, a malformed mailbox) is shown with its
Swedish reason and not stored, and the field keeps the text for fixing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.services.errors import DomainError
from sipdesk.ui.dialogs.people import PersonDialog
from sipdesk.ui.forms import (
    MUTED_STYLE,
    error_label,
    fill_table,
    list_table,
    selected_id,
    show_error,
)

TEXT_FIELDS = {
    "name": "Namn",
    "unit": "Enhet",
    "address": "Adress",
    "mailbox": "Funktionsbrevlåda",
    "phone": "Telefon",
    "decision_maker": "Person med mandat att fatta beslut",
}


class OrganisationDirectory(QWidget):
    """Organisations on the left, the chosen one's details and people on the right."""

    directoryChanged = Signal()

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.setObjectName("OrganisationDirectory")
        self._ws = ws
        self._current: Organisation | None = None

        self.list = QListWidget()
        self.list.setObjectName("OrganisationList")
        self.list.currentItemChanged.connect(lambda *_: self._select())
        new = QPushButton("Ny organisation")
        new.setObjectName("NewOrganisation")
        new.clicked.connect(self.add_organisation)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("Organisationer"))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new)

        details = QGroupBox("Uppgifter")
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.setObjectName("OrganisationKind")
        for kind in OrgKind:
            self.kind.addItem(kind.label, kind)
        self.principal = QComboBox()
        self.principal.setObjectName("OrganisationPrincipal")
        for principal in Principal:
            self.principal.addItem(principal.label, principal)
        form.addRow("Verksamhet", self.kind)
        form.addRow("Huvudman", self.principal)
        self.fields: dict[str, QLineEdit] = {}
        for key, title in TEXT_FIELDS.items():
            edit = QLineEdit()
            edit.setObjectName(f"Organisation_{key}")
            edit.editingFinished.connect(self._store)
            self.fields[key] = edit
            form.addRow(title, edit)
        self.fields["mailbox"].setPlaceholderText("till exempel bup.norrby@exempel.se")
        self.fields["decision_maker"].setPlaceholderText("Namn och befattning")
        self.error = error_label(self, "OrganisationError")
        form.addRow("", self.error)
        self.kind.activated.connect(lambda _i: self._store())
        self.principal.activated.connect(lambda _i: self._store())

        people = QGroupBox("Personer i organisationen")
        self.people = list_table(["Namn", "Yrke", "Telefon", "E-post"], "PeopleTable")
        self.people.doubleClicked.connect(lambda *_: self.edit_person())
        add_person = QPushButton("Ny person…")
        add_person.setObjectName("NewPersonInOrganisation")
        add_person.clicked.connect(lambda: self.add_person())
        edit_person = QPushButton("Ändra…")
        edit_person.clicked.connect(lambda: self.edit_person())
        buttons = QHBoxLayout()
        buttons.addWidget(add_person)
        buttons.addWidget(edit_person)
        buttons.addStretch(1)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.people)
        people_layout.addLayout(buttons)

        note = QLabel("Ändringar sparas när du lämnar fältet. ”BUP” är en organisation, "
                      "inte ett yrke: ange yrket för varje person.")
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details)
        right_layout.addWidget(people, 1)
        right_layout.addWidget(note)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else (self._current.id if self._current else None)
        self.list.blockSignals(True)
        self.list.clear()
        for org in self._ws.directory.organisations():
            item = QListWidgetItem(org.display_name)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            item.setToolTip(f"{org.kind.label}, {org.principal.label.lower()}")
            self.list.addItem(item)
            if org.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._select()

    def _select(self) -> None:
        item = self.list.currentItem()
        org_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._current = self._ws.directory.organisation(org_id) if org_id else None
        org = self._current
        for widget in (self.kind, self.principal, *self.fields.values()):
            widget.setEnabled(org is not None)
        show_error(self.error, None, None)
        if org is None:
            fill_table(self.people, [], [])
            return
        self.kind.setCurrentIndex(self.kind.findData(org.kind))
        self.principal.setCurrentIndex(self.principal.findData(org.principal))
        for key, edit in self.fields.items():
            edit.setText(getattr(org, key))
            edit.setStyleSheet("")
        people = self._ws.directory.people(org.id)
        fill_table(self.people, [[p.name, p.profession, p.phone, p.email] for p in people],
              [p.id for p in people])

    def _store(self) -> bool:
        org = self._current
        if org is None:
            return False
        changed = replace(
            org,
            kind=OrgKind(self.kind.currentData()),
            principal=Principal(self.principal.currentData()),
            **{key: edit.text() for key, edit in self.fields.items()},
        )
        if changed == org:
            return True
        try:
            self._current = self._ws.directory.update_organisation(changed)
        except DomainError as error:
            field = self.fields.get(getattr(error, "field", "") or "")
            show_error(self.error, field, str(error))
            return False
        for edit in self.fields.values():
            edit.setStyleSheet("")
        show_error(self.error, None, None)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._current.display_name)
        self.directoryChanged.emit()
        return True

    def add_organisation(self) -> None:
        """A new organisation to fill in; its name is selected for typing over."""
        org = self._ws.directory.add_organisation(
            Organisation("Ny organisation", OrgKind.OTHER, Principal.OTHER)
        )
        self.reload(select=org.id)
        self.fields["name"].setFocus()
        self.fields["name"].selectAll()
        self.directoryChanged.emit()

    def add_person(self) -> None:
        if self._current is None:
            return
        dialog = PersonDialog(self._ws.directory.organisations(), self._ws.directory.add_person,
                              organisation_id=self._current.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._select()
            self.directoryChanged.emit()

    def edit_person(self) -> None:
        pid = selected_id(self.people)
        if pid is None:
            return
        dialog = PersonDialog(self._ws.directory.organisations(),
                              self._ws.directory.update_person,
                              person=self._ws.directory.person(pid), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._select()
            self.directoryChanged.emit()
