"""The local directory of organisations and their people, entered once and reused by cases.

Everything is read and written through ops on the store worker. A field is
stored when the user leaves it; a value the services refuse (no name, a
malformed mailbox) is shown with its Swedish reason and not stored, and the
field keeps the text for fixing. The directory reads itself again when any
write changed the directory (a person added from a case record, say), and a
field being edited keeps what is typed in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
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

from sipdesk.domain.changes import Changes
from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.ui import theme
from sipdesk.ui.dialogs.people import PersonDialog
from sipdesk.ui.forms import describe, error_label, fill_table, list_table, selected_id, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import domain_sentence, enum_label, translate
from sipdesk.ui.operations import Failure, Operations

# The fields' labels in Swedish, shown through translate().
TEXT_FIELDS = {
    "name": QT_TRANSLATE_NOOP("OrganisationDirectory", "Namn"),
    "unit": QT_TRANSLATE_NOOP("OrganisationDirectory", "Enhet"),
    "address": QT_TRANSLATE_NOOP("OrganisationDirectory", "Adress"),
    "mailbox": QT_TRANSLATE_NOOP("OrganisationDirectory", "Funktionsbrevlåda"),
    "phone": QT_TRANSLATE_NOOP("OrganisationDirectory", "Telefon"),
    "decision_maker": QT_TRANSLATE_NOOP("OrganisationDirectory",
                                        "Person med mandat att fatta beslut"),
}
COALESCE_MS = 20


@dataclass(frozen=True)
class DirectoryContent:
    """One read of the directory: every organisation and every person."""

    organisations: tuple[Organisation, ...]
    people: tuple[Person, ...]


def _read(ws: Any) -> DirectoryContent:
    return DirectoryContent(tuple(ws.directory.organisations()), tuple(ws.directory.people()))


class OrganisationDirectory(QWidget):
    """objectName OrganisationDirectory: organisations on the left, the chosen one on the right."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OrganisationDirectory")
        self._ops = ops
        self.content = DirectoryContent((), ())
        self._current: Organisation | None = None  # as stored

        self.list = QListWidget()
        self.list.setObjectName("OrganisationList")
        self.list.setAccessibleDescription(translate(
            "OrganisationDirectory", "Katalogens organisationer; välj en för att ändra den"))
        self.list.setAccessibleName(translate("OrganisationDirectory", "Organisationer"))
        self.list.currentItemChanged.connect(lambda *_: self._select())
        new = QPushButton(translate("OrganisationDirectory", "Ny organisation"))
        new.setObjectName("NewOrganisation")
        new.setAccessibleDescription(translate(
            "OrganisationDirectory", "Lägger till en tom organisation att fylla i"))
        new.clicked.connect(self.add_organisation)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(translate("OrganisationDirectory", "Organisationer")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new)
        import_button = QPushButton(translate("OrganisationDirectory", "Importera katalog…"))
        import_button.setObjectName("ImportDirectory")
        import_button.setToolTip(
            translate("OrganisationDirectory",
                      "Läs in verksamheter och personer från en CSV- eller XLSX-fil"))
        import_button.clicked.connect(lambda: self.import_directory())
        left_layout.addWidget(import_button)

        details = QGroupBox(translate("OrganisationDirectory", "Uppgifter"))
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.setObjectName("OrganisationKind")
        self.kind.setAccessibleDescription(translate(
            "OrganisationDirectory", "Vilket slags verksamhet, till exempel skola eller BUP"))
        for kind in OrgKind:
            self.kind.addItem(enum_label(kind), kind)
        self.principal = QComboBox()
        self.principal.setObjectName("OrganisationPrincipal")
        self.principal.setAccessibleDescription(translate(
            "OrganisationDirectory", "Huvudmannen: region, kommun eller enskild"))
        for principal in Principal:
            self.principal.addItem(enum_label(principal), principal)
        form.addRow(translate("OrganisationDirectory", "Verksamhet"), self.kind)
        form.addRow(translate("OrganisationDirectory", "Huvudman"), self.principal)
        self.fields: dict[str, QLineEdit] = {}
        for key, title in TEXT_FIELDS.items():
            edit = QLineEdit()
            edit.setObjectName(f"Organisation_{key}")
            edit.setAccessibleDescription(translate(
                "OrganisationDirectory", "Sparas när du lämnar fältet"))
            edit.editingFinished.connect(self._store)
            self.fields[key] = edit
            form.addRow(translate("OrganisationDirectory", title), edit)
        self.fields["mailbox"].setPlaceholderText(
            translate("OrganisationDirectory", "till exempel bup.norrby@exempel.se"))
        self.fields["decision_maker"].setPlaceholderText(
            translate("OrganisationDirectory", "Namn och befattning"))
        self.error = error_label(self, "OrganisationError")
        form.addRow("", self.error)
        self.kind.activated.connect(lambda _i: self._store())
        self.principal.activated.connect(lambda _i: self._store())

        people = QGroupBox(translate("OrganisationDirectory", "Personer i organisationen"))
        self.people = list_table(
            [translate("OrganisationDirectory", "Namn"),
             translate("OrganisationDirectory", "Yrke"),
             translate("OrganisationDirectory", "Telefon"),
             translate("OrganisationDirectory", "E-post")],
            "PeopleTable", translate("OrganisationDirectory", "Personer i organisationen"))
        self.people.doubleClicked.connect(lambda *_: self.edit_person())
        add_person = QPushButton(translate("OrganisationDirectory", "Ny person…"))
        add_person.setObjectName("NewPersonInOrganisation")
        add_person.setAccessibleDescription(translate(
            "OrganisationDirectory", "Lägger till en person i vald organisation"))
        add_person.clicked.connect(lambda: self.add_person())
        edit_person = QPushButton(translate("OrganisationDirectory", "Ändra…"))
        edit_person.setObjectName("EditPersonInOrganisation")
        edit_person.setAccessibleDescription(translate(
            "OrganisationDirectory", "Ändrar den person som är vald i listan"))
        edit_person.clicked.connect(lambda: self.edit_person())
        buttons = QHBoxLayout()
        buttons.addWidget(add_person)
        buttons.addWidget(edit_person)
        buttons.addStretch(1)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.people)
        people_layout.addLayout(buttons)

        note = QLabel(translate(
            "OrganisationDirectory", "Ändringar sparas när du lämnar fältet. ”BUP” är en "
                                     "organisation, inte ett yrke: ange yrket för varje person."))
        note.setWordWrap(True)
        note.setStyleSheet(theme.MUTED_TEXT)
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

        self._select_next: int | None = None
        self._name_for_typing: int | None = None  # a new organisation, to be named
        self._reread = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._reread.timeout.connect(self.reload)
        ops.changed.connect(self._changed)
        self._select()
        self.reload()
        describe(self)

    # --- reading ----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the directory on the worker; `select` is chosen when it arrives."""
        if select is not None:
            self._select_next = select
        self._ops.read(self, _read, self._show, self._failed)

    def _changed(self, changes: Changes) -> None:
        # What this widget wrote itself it has already shown from the write's result.
        if (changes.directory or changes.everything) and changes.origin is not self:
            self._reread.start()

    def _show(self, content: DirectoryContent) -> None:
        self.content = content
        wanted = self._select_next if self._select_next is not None else self._current_id()
        self._select_next = None
        self.list.blockSignals(True)
        self.list.clear()
        for org in content.organisations:
            item = QListWidgetItem(org.display_name)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            item.setToolTip(f"{enum_label(org.kind)}, {enum_label(org.principal).lower()}")
            self.list.addItem(item)
            if org.id == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._select(keep_typed=self._current_id() == self._list_id())
        if self._name_for_typing is not None and self._name_for_typing == self._current_id():
            self._name_for_typing = None
            self.fields["name"].setFocus()
            self.fields["name"].selectAll()

    def _current_id(self) -> int | None:
        return self._current.id if self._current is not None else None

    def _list_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def organisation(self, org_id: int | None) -> Organisation | None:
        return next((o for o in self.content.organisations if o.id == org_id), None)

    def _select(self, keep_typed: bool = False) -> None:
        """Show the chosen organisation; with `keep_typed`, only fields that show what was
        stored take the newly read value, so typing is never lost to a refresh."""
        before = self._current
        org = self.organisation(self._list_id())
        self._current = org
        for widget in (self.kind, self.principal, *self.fields.values()):
            widget.setEnabled(org is not None)
        if not keep_typed:
            show_error(self.error, None, None)
        if org is None:
            fill_table(self.people, [], [])
            return
        self.kind.setCurrentIndex(self.kind.findData(org.kind))
        self.principal.setCurrentIndex(self.principal.findData(org.principal))
        for key, edit in self.fields.items():
            shown_stored = before is not None and edit.text() == getattr(before, key)
            if not keep_typed or shown_stored:
                edit.setText(getattr(org, key))
                edit.setStyleSheet("")
        people = [p for p in self.content.people if p.organisation_id == org.id]
        fill_table(self.people, [[p.name, p.profession, p.phone, p.email] for p in people],
                   [p.id for p in people])

    # --- writing ----------------------------------------------------------------------

    def _store(self) -> None:
        org = self._current
        if org is None:
            return
        values: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        changed = replace(org, kind=OrgKind(self.kind.currentData()),
                          principal=Principal(self.principal.currentData()), **values)
        if changed == org:
            return
        self._ops.write(self, lambda ws: ws.directory.update_organisation(changed),
                        self._stored, self._refused)

    def _stored(self, org: Organisation) -> None:
        self.content = replace(self.content, organisations=tuple(
            org if o.id == org.id else o for o in self.content.organisations))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == org.id:
                item.setText(org.display_name)
        if self._current_id() == org.id:
            self._current = org
            for edit in self.fields.values():
                edit.setStyleSheet("")
            show_error(self.error, None, None)

    def _refused(self, failure: Failure) -> None:
        """The reason next to the field; the field keeps the text for fixing."""
        field = self.fields.get(failure.field or "")
        show_error(self.error, field, domain_sentence(failure.message))

    def _failed(self, failure: Failure) -> None:
        show_error(self.error, None, failure.message)

    def add_organisation(self) -> None:
        """A new organisation to fill in; its name is selected for typing over once shown."""
        new = Organisation(translate("OrganisationDirectory", "Ny organisation"),
                           OrgKind.OTHER, Principal.OTHER)

        def added(org: Organisation) -> None:
            self._name_for_typing = org.id
            self.reload(select=org.id)

        self._ops.write(self, lambda ws: ws.directory.add_organisation(new), added, self._failed)

    def import_directory(self) -> QDialog:
        """Importera katalog: the dialog, over this one; the list reads itself again after."""
        from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog

        dialog = DirectoryImportDialog(self._ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_person(self) -> None:
        if self._current is None:
            return
        dialog = PersonDialog.adding(self._ops, organisation_id=self._current.id, parent=self)
        dialog.open()

    def edit_person(self) -> None:
        pid = selected_id(self.people)
        person = next((p for p in self.content.people if p.id == pid), None)
        if person is None:
            return
        dialog = PersonDialog.editing(self._ops, person, parent=self)
        dialog.open()
