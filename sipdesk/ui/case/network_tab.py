"""The record's network tab: the professionals of the case, and who holds which role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Case, Person
from sipdesk.domain.views import CaseView
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.pieces import form, label
from sipdesk.ui.dialogs.people import PersonDialog
from sipdesk.ui.forms import error_label, fill_table, list_table, selected_id, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import owner_problem, translate

# In Swedish; role_title() shows them in the window's language.
ROLE_TITLES = {
    "initiator": QT_TRANSLATE_NOOP("NetworkTab", "Initiativtagare"),
    "chair": QT_TRANSLATE_NOOP("NetworkTab", "Mötesledare"),
    "plan_owner": QT_TRANSLATE_NOOP("NetworkTab", "Samordningsansvarig"),
}
# The role as the undo step names it ("Ändra mötesledare").
ROLE_OBJECTS = {
    "initiator": QT_TRANSLATE_NOOP("NetworkTab", "initiativtagare"),
    "chair": QT_TRANSLATE_NOOP("NetworkTab", "mötesledare"),
    "plan_owner": QT_TRANSLATE_NOOP("NetworkTab", "samordningsansvarig"),
}


def role_title(role: str) -> str:
    return translate("NetworkTab", ROLE_TITLES[role])


def _chooser(combo: QComboBox) -> Callable[[Any], None]:
    return lambda value: combo.setCurrentIndex(max(combo.findData(value), 0))


def _role_value(case_id: int, role: str) -> dict[str, Callable[..., Any]]:
    """Where a role lives in a case, and how the services store it."""
    attr = f"{role}_id"

    def get(case: Case) -> int | None:
        return getattr(case, attr)

    def put(ws: Any, person_id: int | None) -> int | None:
        return ws.cases.set_role(case_id, role, person_id)

    return {"get": get, "put": put}


class NetworkTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        case_id = edits.case_id

        self.network_table = list_table(
            [translate("NetworkTab", "Namn"), translate("NetworkTab", "Yrke"),
             translate("NetworkTab", "Organisation"), translate("NetworkTab", "Roll")],
            "NetworkTable", translate("NetworkTab", "Nätverket"))
        self.directory_people = QComboBox()
        self.directory_people.setObjectName("DirectoryPeople")
        self.directory_people.setAccessibleDescription(translate(
            "NetworkTab", "Välj en person ur katalogen att lägga till i nätverket"))
        self.directory_people.setAccessibleName(translate("NetworkTab", "Person ur katalogen"))
        self.directory_people.setMinimumWidth(320)
        add = QPushButton(translate("NetworkTab", "Lägg till i nätverket"))
        add.setObjectName("AddToNetwork")
        add.setAccessibleDescription(translate(
            "NetworkTab", "Lägger till personen som är vald ur katalogen"))
        add.clicked.connect(lambda: self.add_to_network())
        new = QPushButton(translate("NetworkTab", "Ny person…"))
        new.setObjectName("NewPerson")
        new.setAccessibleDescription(translate(
            "NetworkTab", "Lägger till en ny person i katalogen och i nätverket"))
        new.clicked.connect(self.new_person)
        remove = QPushButton(translate("NetworkTab", "Ta bort ur nätverket"))
        remove.setObjectName("RemoveFromNetwork")
        remove.setAccessibleDescription(translate(
            "NetworkTab", "Tar bort personen som är vald i tabellen ur nätverket"))
        remove.clicked.connect(self.remove_from_network)
        self.network_error = error_label(self, "NetworkError")
        add_row = QHBoxLayout()
        add_row.addWidget(self.directory_people, 1)
        add_row.addWidget(add)
        add_row.addWidget(new)
        add_row.addStretch(0)
        add_row.addWidget(remove)

        roles = QGroupBox(translate("NetworkTab", "Roller i ärendet"))
        role_form = form(QFormLayout(roles))
        self.role_combos: dict[str, QComboBox] = {}
        for role in ROLE_TITLES:
            combo = QComboBox()
            combo.setObjectName(f"Role_{role}")
            combo.setAccessibleDescription(translate(
                "NetworkTab", "Vem i nätverket som har rollen; sparas när du väljer"))
            combo.setMinimumWidth(320)
            combo.addItem(translate("NetworkTab", "(ingen vald)"), None)
            self.role_combos[role] = combo
            role_form.addRow(role_title(role), combo)
            edits.choice(f"role:{role}", translate("NetworkTab", ROLE_OBJECTS[role]), combo,
                         read=combo.currentData,
                         show=_chooser(combo), error=self.network_error,
                         **_role_value(case_id, role))
            combo.activated.connect(lambda _i, r=role: edits.commit(f"role:{r}"))
        self.owner_warning = label("", "Warning")
        self.owner_warning.hide()
        role_form.addRow("", self.owner_warning)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.network_table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.network_error)
        layout.addWidget(roles)

    def show_view(self, view: CaseView) -> None:
        case, orgs = view.case, view.organisations

        def role_of(person: Person) -> str:
            return ", ".join(role_title(role) for role in ROLE_TITLES
                             if getattr(case, f"{role}_id") == person.id)

        def org_name(person: Person) -> str:
            org = orgs.get(person.organisation_id) if person.organisation_id else None
            return org.display_name if org else ""

        fill_table(self.network_table,
                   [[p.name, p.profession, org_name(p), role_of(p)] for p in case.network],
                   [p.id for p in case.network])
        in_network = {p.id for p in case.network}
        chosen = self.directory_people.currentData()
        self.directory_people.clear()
        for p in view.people:
            if p.id not in in_network:
                where = f", {org_name(p)}" if org_name(p) else ""
                self.directory_people.addItem(f"{p.name} ({p.profession}{where})", p.id)
        self.directory_people.setCurrentIndex(max(self.directory_people.findData(chosen), 0))
        for combo in self.role_combos.values():
            combo.blockSignals(True)
            chosen = combo.currentData()  # the bindings then show what is stored
            combo.clear()
            combo.addItem(translate("NetworkTab", "(ingen vald)"), None)
            for p in case.network:
                combo.addItem(f"{p.name}, {p.profession}", p.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        problems = view.owner_problems
        self.owner_warning.setText(owner_problem(problems[0]) if problems else "")
        self.owner_warning.setVisible(bool(problems))

    # --- the network (each change undoable) ----------------------------------------------

    def add_to_network(self, person_id: int | None = None) -> None:
        pid = person_id if person_id is not None else self.directory_people.currentData()
        if pid is None:
            show_error(self.network_error, None,
                       translate("NetworkTab", "Välj en person i registret först."))
            return
        case_id = self._edits.case_id
        self._edits.act(
            "Lägg till i nätverket", lambda ws: ws.cases.add_to_network(case_id, pid),
            error=self.network_error,
            undo=self._edits.step(translate("NetworkTab", "Lägg till i nätverket"),
                                  lambda ws: ws.cases.remove_from_network(case_id, pid),
                                  lambda ws: ws.cases.add_to_network(case_id, pid)),
        )

    def remove_from_network(self, *_args: Any) -> None:
        pid = selected_id(self.network_table)
        if pid is None:
            show_error(self.network_error, None,
                       translate("NetworkTab", "Välj personen som ska tas bort i listan."))
            return
        case_id = self._edits.case_id
        self._edits.act(
            "Ta bort ur nätverket", lambda ws: ws.cases.remove_from_network(case_id, pid),
            error=self.network_error,
            undo=self._edits.step(translate("NetworkTab", "Ta bort ur nätverket"),
                                  lambda ws: ws.cases.add_to_network(case_id, pid),
                                  lambda ws: ws.cases.remove_from_network(case_id, pid)),
        )

    def new_person(self, *_args: Any) -> None:
        """A new person goes into the directory (the dialog stores it), then the network."""
        dialog = PersonDialog.adding(self._edits.ops, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.add_to_network(dialog.result_value.id)
