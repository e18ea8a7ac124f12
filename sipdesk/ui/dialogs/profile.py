"""The coordinator's own details: the form, and the question on the first start.

ProfileForm is the "Mina uppgifter" part of Inställningar and the whole of
the first-start dialog. What it checks as you type needs no store
(CoordinatorProfile.problems in sipdesk.domain.profile); a refusal from the
store is shown beside the field it names. ask_profile_if_missing() asks once,
window-modal, when there is no profile yet and the coordinator has not said
"Senare" (which is remembered in the store, so it is not asked every start).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.entities import Organisation
from sipdesk.domain.profile import DEFAULT_TITLE, CoordinatorProfile
from sipdesk.ui import theme
from sipdesk.ui.forms import describe, error_label, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import domain_sentence, profile_problem, translate
from sipdesk.ui.operations import Failure, Operations

PROFILE_FIELDS = ("name", "title", "organisation", "phone", "email")
# domain/profile.py's DEFAULT_TITLE, as the title field's example.
TITLE_EXAMPLE = QT_TRANSLATE_NOOP("ProfileForm", "SIP-samordnare")
ASKED_PROPERTY = "sipdeskProfileAsked"


class ProfileForm(QWidget):
    """Name, title, organisation (typed, or chosen from the directory), phone, e-mail.

    Signal edited() whenever the coordinator changes a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProfileForm")
        self._org_ids: dict[str, int] = {}  # display name -> id, from the directory
        self.name = self._line("ProfileName", translate("ProfileForm", "Förnamn Efternamn"))
        self.name.setAccessibleDescription(translate(
            "ProfileForm", "Ditt namn, som det står i kallelserna"))
        self.title = self._line("ProfileTitle", translate("ProfileForm", DEFAULT_TITLE))
        self.title.setAccessibleDescription(translate(
            "ProfileForm", "Din titel, som den står i kallelserna"))
        self.organisation = QComboBox()
        self.organisation.setObjectName("ProfileOrganisation")
        self.organisation.setAccessibleDescription(translate(
            "ProfileForm", "Organisationen du arbetar för; står i kallelserna"))
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Fixed)
        line = self.organisation.lineEdit()
        if line is not None:  # always, for an editable combo box
            line.setPlaceholderText(translate("ProfileForm", "till exempel Norrby kommun"))
        self.organisation.setToolTip(
            translate("ProfileForm", "Skriv namnet, eller välj en organisation ur katalogen."))
        self.organisation.editTextChanged.connect(self._changed)
        self.phone = self._line("ProfilePhone",
                                translate("ProfileForm", "till exempel 08-123 456 78"))
        self.phone.setAccessibleDescription(translate(
            "ProfileForm", "Telefonnummer dit de kallade kan ringa"))
        self.email = self._line("ProfileEmail",
                                translate("ProfileForm", "till exempel namn@kommun.se"))
        self.email.setAccessibleDescription(translate(
            "ProfileForm", "E-postadress dit de kallade kan svara"))
        self.errors = {name: error_label(self, f"Profile{name.capitalize()}Error")
                       for name in PROFILE_FIELDS}
        self.fields: dict[str, QWidget] = {
            "name": self.name, "title": self.title, "organisation": self.organisation,
            "phone": self.phone, "email": self.email,
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, name in ((translate("ProfileForm", "Namn"), "name"),
                            (translate("ProfileForm", "Titel"), "title"),
                            (translate("ProfileForm", "Organisation"), "organisation"),
                            (translate("ProfileForm", "Telefon"), "phone"),
                            (translate("ProfileForm", "E-post"), "email")):
            form.addRow(label, self.fields[name])
            form.addRow("", self.errors[name])
        note = QLabel(translate(
            "ProfileForm", "Uppgifterna skrivs i kallelser, e-post, familjens version av planen "
                           "och avvikelserapporter, så att familjer och verksamheter når dig."))
        note.setWordWrap(True)
        note.setStyleSheet(theme.MUTED_TEXT)
        form.addRow(note)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    # --- values ---------------------------------------------------------------------

    def set_organisations(self, organisations: list[Organisation]) -> None:
        """The directory's organisations to choose from; what is typed stays."""
        text = self.organisation.currentText()
        self._org_ids = {org.display_name: org.id for org in organisations
                         if org.id is not None}
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItems(list(self._org_ids))
        self.organisation.setEditText(text)
        self.organisation.blockSignals(False)
        self._show_start(self.organisation)

    def profile(self) -> CoordinatorProfile:
        """What the form shows now (not checked)."""
        organisation = self.organisation.currentText().strip()
        return CoordinatorProfile(
            name=self.name.text(), title=self.title.text(), organisation=organisation,
            phone=self.phone.text(), email=self.email.text(),
            organisation_id=self._org_ids.get(organisation),
        )

    def value(self, name: str) -> str:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            return field.currentText()
        return field.text() if isinstance(field, QLineEdit) else ""

    def set_value(self, name: str, text: str) -> None:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            field.setEditText(text)
            self._show_start(field)
        elif isinstance(field, QLineEdit):
            field.setText(text)

    @staticmethod
    def _show_start(combo: QComboBox) -> None:
        line = combo.lineEdit()
        if line is not None:  # a long name reads from its start, not its end
            line.setCursorPosition(0)

    def set_profile(self, profile: CoordinatorProfile) -> None:
        for name in PROFILE_FIELDS:
            self.set_value(name, getattr(profile, name))
        self.show_problems({})

    # --- problems -----------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        return self.profile().problems()

    def show_problems(self, problems: dict[str, str]) -> None:
        for name in PROFILE_FIELDS:
            show_error(self.errors[name], self.fields[name], profile_problem(problems.get(name)))

    def show_failure(self, failure: Failure) -> bool:
        """Show a refusal beside its field; False when it names none of these fields."""
        if failure.field not in self.fields:
            return False
        show_error(self.errors[failure.field], self.fields[failure.field],
                   domain_sentence(failure.message))
        self.fields[failure.field].setFocus()
        return True

    def _changed(self, *_args: object) -> None:
        # Only the errors already shown are updated as you type: a half-typed address
        # is not scolded before the coordinator has finished it.
        problems = self.problems()
        for name in PROFILE_FIELDS:
            if self.errors[name].text():
                show_error(self.errors[name], self.fields[name],
                           profile_problem(problems.get(name)))
        self.edited.emit()


class ProfileDialog(QDialog):
    """objectName ProfileDialog: the first start asks for the coordinator's details.

    "Spara" stores them (a refusal stays beside its field, nothing typed lost);
    "Senare" (or closing the dialog) remembers that the coordinator will fill them
    in later, in Inställningar, so the question is not asked at every start.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProfileDialog")
        self.setWindowTitle(translate("ProfileDialog", "Dina uppgifter"))
        self.setMinimumWidth(500)
        self._ops = ops
        self._writing = False
        intro = QLabel(translate(
            "ProfileDialog", "<b>Välkommen!</b> Skriv dina egna kontaktuppgifter en gång. De "
                             "står sedan i kallelser och andra brev, så att familjer och "
                             "verksamheter kan svara dig. Du kan ändra dem under Arkiv → "
                             "Inställningar."))
        intro.setWordWrap(True)
        self.form = ProfileForm(self)
        self.failure = error_label(self, "ProfileDialogError")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("ProfileDialog", "Spara"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("ProfileSave")
        self.later_button = self.buttons.addButton(
            translate("ProfileDialog", "Senare"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("ProfileLater")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        ops.read(self, lambda ws: ws.directory.organisations(), self.form.set_organisations)
        describe(self)

    def accept(self) -> None:
        if self._writing:
            return
        problems = self.form.problems()
        if problems:
            self.form.show_problems(problems)
            return
        if self.form.profile().is_empty:
            self.reject()  # nothing written is the same as "later"
            return
        profile = self.form.profile()
        self._writing = True
        self.save_button.setEnabled(False)
        show_error(self.failure, None, None)
        self._ops.write(self, lambda ws: ws.settings.save_profile(profile), self._stored,
                        self._refused)

    def _stored(self, _profile: Any) -> None:
        self._writing = False
        super().accept()

    def _refused(self, failure: Failure) -> None:
        self._writing = False
        self.save_button.setEnabled(True)
        if not self.form.show_failure(failure):
            show_error(self.failure, None, domain_sentence(failure.message))

    def reject(self) -> None:
        if self._writing:
            return
        # Remembered in the store: the next start does not ask again.
        self._ops.write(None, lambda ws: ws.settings.postpone_profile())
        super().reject()


def ask_profile_if_missing(ops: Operations, parent: QWidget) -> None:
    """On the first start, ask for the coordinator's own details (once).

    Nothing is asked when a profile is stored, or when the coordinator said
    "Senare" before; and at most once per window.
    """
    if parent.property(ASKED_PROPERTY):
        return
    parent.setProperty(ASKED_PROPERTY, True)

    def read(ws: Any) -> bool:
        return ws.settings.profile().is_empty and not ws.settings.profile_postponed()

    def answered(missing: bool) -> None:
        if not missing:
            return
        dialog = ProfileDialog(ops, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ops.read(parent, read, answered)
