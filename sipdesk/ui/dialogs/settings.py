"""Inställningar (objectName SettingsDialog): the coordinator's own details, local
deadlines, the lock and retention, a second folder for backups, and the team server
this computer opens (server_choice.py).

Everything is read and written through ops. "Spara" stores what was changed,
all of it or nothing (one transaction); a refused value is shown in Swedish
beside its field, on its tab, and nothing typed is lost. While the dialog is
open a change made elsewhere reaches only the fields that still show the
stored value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.deadline_settings import DeadlineSettings, number_fields, yes_no_fields
from sipdesk.domain.entities import Organisation
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.domain.safekeeping_settings import LOCK_RANGE, RETENTION_RANGE
from sipdesk.ui import theme
from sipdesk.ui.dialogs.appearance_choice import AppearanceChoice
from sipdesk.ui.dialogs.language_choice import LanguageChoice
from sipdesk.ui.dialogs.profile import PROFILE_FIELDS, ProfileForm, ask_profile_if_missing
from sipdesk.ui.dialogs.server_choice import ServerChoice
from sipdesk.ui.forms import describe, error_label, show_error
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import deadline_label, translate
from sipdesk.ui.operations import Changes, Failure, Operations

__all__ = ["SettingsDialog", "SettingsValues", "ask_profile_if_missing", "read_settings"]

REREAD_MS = 20
NOT_DECIDED = QT_TRANSLATE_NOOP("SettingsDialog", "inte bestämt")
# What each lead time governs, for a screen reader after the field's name.
DEADLINE_DESCRIPTIONS = {
    "invitation_lead_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många dagar före mötet ska kallelserna vara skickade; annars "
                          "visas de som försenade."),
    "first_meeting_within_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många dagar efter samtycket ska det första SIP-mötet hållas. "
                          "Vid ”inte bestämt” bevakas bara att ett mötesdatum bokas snart "
                          "efter samtycket."),
    "answer_within_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många dagar efter att kallelsen skickades ska de kallade ha "
                          "svarat."),
    "follow_up_after_months": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många månader efter att planen undertecknades ska den följas upp."),
    "consent_warning_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många dagar innan ett samtycke går ut flaggas ärendet, så att ett "
                          "nytt hinner inhämtas."),
    "consent_within_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Så många dagar efter att behovet upptäcktes ska samtycket vara "
                          "inhämtat."),
    "school_obliged": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Markerad: skolan räknas som skyldig att delta och får en kallelse. "
                          "Inte markerad: skolan får en inbjudan, som familjen."),
}
TAB_PROFILE, TAB_DEADLINES, TAB_SECURITY, TAB_BACKUPS, TAB_SERVER = range(5)


@dataclass(frozen=True)
class SettingsValues:
    """What the dialog shows, as one read answered it."""

    profile: CoordinatorProfile
    deadlines: DeadlineSettings
    lock_minutes: int
    retention_months: int | None
    mirror_dir: str
    organisations: tuple[Organisation, ...] = ()
    server_url: str = ""  # this computer's choice of team server ("" the local store)

    def value(self, key: str) -> Any:
        """One field's stored value, by the dialog's field key."""
        group, _, name = key.partition(".")
        if group == "profile":
            return getattr(self.profile, name)
        if group == "deadline":
            return getattr(self.deadlines, name)
        return {"lock": self.lock_minutes, "retention": self.retention_months,
                "mirror": self.mirror_dir, "server": self.server_url}[key]


def read_settings(ws: Any) -> SettingsValues:
    """Everything the dialog shows (runs on the store worker)."""
    mirror = ws.backups.mirror_dir()
    return SettingsValues(
        profile=ws.settings.profile(),
        deadlines=ws.settings.deadlines(),
        lock_minutes=ws.settings.lock_minutes(),
        retention_months=ws.settings.retention_months(),
        mirror_dir=str(mirror) if mirror else "",
        organisations=tuple(ws.directory.organisations()),
        server_url=ws.server_connection.saved_url(),
    )


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(theme.MUTED_TEXT)
    return label


class SettingsDialog(QDialog):
    """Mina uppgifter, Tidsfrister, Säkerhet, Säkerhetskopior; "Spara" and "Avbryt"."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Inställningar"))
        self.setMinimumSize(660, 440)
        self._ops = ops
        self._stored: SettingsValues | None = None
        self._writing = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("SettingsTabs")
        self.tabs.addTab(self._profile_tab(), translate("SettingsDialog", "Mina uppgifter"))
        self.tabs.addTab(self._deadlines_tab(), translate("SettingsDialog", "Tidsfrister"))
        self.tabs.addTab(self._security_tab(), translate("SettingsDialog", "Säkerhet"))
        self.tabs.addTab(self._backups_tab(), translate("SettingsDialog", "Säkerhetskopior"))
        self.server = ServerChoice(ops)
        self.tabs.addTab(self.server, translate("SettingsDialog", "Teamserver"))
        self.status = QLabel(translate("SettingsDialog", "Läser in…"))
        self.status.setObjectName("SettingsStatus")
        self.status.setStyleSheet(theme.MUTED_TEXT)
        self.failure = error_label(self, "SettingsError")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(translate("SettingsDialog", "Spara"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("SettingsSave")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(translate("SettingsDialog", "Avbryt"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("SettingsCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.language = LanguageChoice(self)  # stored in QSettings once the dialog is saved
        self.accepted.connect(self.language.save)
        layout.addWidget(self.language)
        self.appearance = AppearanceChoice(self)  # contrast and text size, in QSettings
        self.accepted.connect(self.appearance.save)
        layout.addWidget(self.appearance)
        layout.addWidget(self.status)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        describe(self, self._descriptions())
        self._set_ready(False)
        self._reread = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._reread.timeout.connect(self.refresh)
        ops.changed.connect(self._on_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _descriptions(self) -> dict[QWidget, str]:
        said = {
            self.tabs.tabBar(): translate("SettingsDialog",
                                          "Inställningarnas delar; Ctrl+Tab byter flik"),
            self.lock_minutes: translate(
                "SettingsDialog", "Efter så många minuter utan tangentbord eller mus döljs "
                                  "allt i fönstret och arkivet stängs"),
            self.retention_undecided: translate(
                "SettingsDialog", "Kommunen har inte beslutat hur länge avslutade ärenden "
                                  "sparas; inga ärenden föreslås för gallring"),
            self.retention_after: translate(
                "SettingsDialog", "Avslutade ärenden föreslås för gallring när antalet månader "
                                  "i rutan bredvid har gått sedan avslutet"),
            self.retention_months: translate(
                "SettingsDialog", "Antal månader efter avslutet innan ett ärende föreslås för "
                                  "gallring"),
            self.mirror_dir: translate(
                "SettingsDialog", "Mappen där en extra kopia av varje säkerhetskopia sparas, "
                                  "till exempel på ett USB-minne. Tom: ingen andra mapp."),
            self._choose_mirror: translate(
                "SettingsDialog", "Öppnar en mappväljare för den andra mappen"),
            self._clear_mirror: translate(
                "SettingsDialog", "Tömmer fältet, så att kopiorna bara sparas i datamappen"),
            self.save_button: translate(
                "SettingsDialog", "Sparar ändringarna på alla flikar och stänger fönstret"),
        }
        widgets = {**self.deadline_spins, **self.deadline_checks}
        for name, text in DEADLINE_DESCRIPTIONS.items():
            if name in widgets:
                said[widgets[name]] = translate("SettingsDialog", text)
        return said

    def _profile_tab(self) -> QWidget:
        self.profile_form = ProfileForm()
        return self.profile_form

    def _deadlines_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(_note(translate("SettingsDialog", "Regionens och kommunens lokala "
                                                      "överenskommelser om tider. De styr vad "
                                                      "som visas som försenat på tavlan och i "
                                                      "I dag-listan.")))
        self.deadline_spins: dict[str, QSpinBox] = {}
        self.deadline_errors: dict[str, QLabel] = {}
        for name, swedish, low, high, optional in number_fields():
            label = deadline_label(swedish)
            spin = QSpinBox()
            spin.setObjectName(f"Deadline_{name}")
            # An optional setting one below its lowest value reads "inte bestämt" (None).
            spin.setRange(low - 1 if optional else low, high)
            if optional:
                spin.setSpecialValueText(translate("SettingsDialog", NOT_DECIDED))
            spin.setAccessibleName(label)
            spin.setMinimumWidth(130)
            self.deadline_spins[name] = spin
            self.deadline_errors[name] = error_label(page, f"Deadline_{name}Error")
            form.addRow(label, spin)
            form.addRow("", self.deadline_errors[name])
        self.deadline_checks: dict[str, QCheckBox] = {}
        for name, label in yes_no_fields():
            check = QCheckBox(deadline_label(label))
            check.setObjectName(f"Deadline_{name}")
            self.deadline_checks[name] = check
            self.deadline_errors[name] = error_label(page, f"Deadline_{name}Error")
            form.addRow(check)
            form.addRow(self.deadline_errors[name])
        self.deadlines_error = error_label(page, "DeadlinesError")
        form.addRow(self.deadlines_error)
        return page

    def _security_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("LockMinutes")
        self.lock_minutes.setRange(*LOCK_RANGE)
        self.lock_minutes.setSuffix(translate("SettingsDialog", " minuter"))
        self.lock_minutes.setMinimumWidth(130)
        self.lock_error = error_label(page, "LockError")
        form.addRow(translate("SettingsDialog", "Lås fönstret efter"), self.lock_minutes)
        form.addRow("", self.lock_error)
        form.addRow(_note(translate("SettingsDialog", "När ingen har rört tangentbord eller "
                                                      "mus så länge döljs allt i fönstret och "
                                                      "arkivet stängs. Ctrl+L låser direkt.")))
        self.retention_undecided = QRadioButton(translate("SettingsDialog", "Inte bestämt"))
        self.retention_undecided.setObjectName("RetentionUndecided")
        self.retention_after = QRadioButton(translate("SettingsDialog", "Efter"))
        self.retention_after.setObjectName("RetentionAfter")
        self.retention_months = QSpinBox()
        self.retention_months.setObjectName("RetentionMonths")
        self.retention_months.setRange(*RETENTION_RANGE)
        self.retention_months.setSuffix(translate("SettingsDialog", " månader"))
        self.retention_months.setMinimumWidth(130)
        self.retention_months.setValue(24)
        self.retention_after.toggled.connect(self.retention_months.setEnabled)
        self.retention_undecided.setChecked(True)
        self.retention_months.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.retention_undecided)
        row.addSpacing(12)
        row.addWidget(self.retention_after)
        row.addWidget(self.retention_months)
        row.addStretch(1)
        self.retention_error = error_label(page, "RetentionError")
        form.addRow(translate("SettingsDialog", "Gallring av avslutade ärenden"), row)
        form.addRow("", self.retention_error)
        form.addRow(_note(translate("SettingsDialog", "Kommunen bestämmer hur länge ett "
                                                      "avslutat ärende sparas. När tiden har "
                                                      "gått föreslås ärendet för gallring; "
                                                      "inget tas bort utan att du bekräftar.")))
        return page

    def _backups_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_note(translate(
            "SettingsDialog", "Säkerhetskopiorna görs automatiskt i datamappen. Välj en andra "
                              "mapp, till exempel ett USB-minne eller en nätverksmapp, så "
                              "sparas en kopia där också. Kopiorna är krypterade. Under Arkiv "
                              "→ Säkerhetskopior… ser du när de gjordes och kan lägga tillbaka "
                              "en.")))
        row = QHBoxLayout()
        self.mirror_dir = QLineEdit()
        self.mirror_dir.setObjectName("MirrorDir")
        self.mirror_dir.setPlaceholderText(translate("SettingsDialog", "Ingen andra mapp vald"))
        self.mirror_dir.setAccessibleName(translate("SettingsDialog",
                                                    "Andra mapp för säkerhetskopior"))
        self._choose_mirror = choose = QPushButton(translate("SettingsDialog", "Välj mapp…"))
        choose.setObjectName("ChooseMirrorDir")
        choose.clicked.connect(self.choose_mirror_dir)
        self._clear_mirror = clear = QPushButton(translate("SettingsDialog", "Ingen"))
        clear.setObjectName("ClearMirrorDir")
        clear.clicked.connect(self.mirror_dir.clear)
        row.addWidget(QLabel(translate("SettingsDialog", "Andra mapp")))
        row.addWidget(self.mirror_dir, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        layout.addLayout(row)
        self.mirror_error = error_label(page, "MirrorDirError")
        layout.addWidget(self.mirror_error)
        layout.addStretch(1)
        return page

    def choose_mirror_dir(self) -> QFileDialog:
        """A folder chooser (window-modal); the chosen folder goes into the field."""
        chooser = QFileDialog(self, translate("SettingsDialog", "Välj mapp för säkerhetskopior"),
                              self.mirror_dir.text())
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.mirror_dir.setText)
        chooser.open()
        return chooser

    # --- fields by key --------------------------------------------------------------------

    def _keys(self) -> list[str]:
        return ([f"profile.{n}" for n in PROFILE_FIELDS]
                + [f"deadline.{n}" for n in (*self.deadline_spins, *self.deadline_checks)]
                + ["lock", "retention", "mirror", "server"])

    def _shown(self, key: str) -> Any:
        group, _, name = key.partition(".")
        if group == "profile":
            return self.profile_form.value(name).strip()
        if name in self.deadline_spins:
            spin = self.deadline_spins[name]
            return None if spin.specialValueText() and spin.value() == spin.minimum() \
                else spin.value()
        if name in self.deadline_checks:
            return self.deadline_checks[name].isChecked()
        if key == "lock":
            return self.lock_minutes.value()
        if key == "retention":
            return self.retention_months.value() if self.retention_after.isChecked() else None
        if key == "server":
            return self.server.value()
        return self.mirror_dir.text().strip()

    def _show(self, key: str, value: Any) -> None:
        group, _, name = key.partition(".")
        if group == "profile":
            self.profile_form.set_value(name, value or "")
        elif name in self.deadline_spins:
            spin = self.deadline_spins[name]
            spin.setValue(spin.minimum() if value is None else value)
        elif name in self.deadline_checks:
            self.deadline_checks[name].setChecked(bool(value))
        elif key == "lock":
            self.lock_minutes.setValue(value)
        elif key == "retention":
            (self.retention_after if value is not None else self.retention_undecided).setChecked(
                True)
            if value is not None:
                self.retention_months.setValue(value)
        elif key == "server":
            self.server.set_value(value)
        else:
            self.mirror_dir.setText(value)

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._reread.stop()
        self._ops.read(self, read_settings, self._loaded, self._read_failed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings or changes.directory or changes.everything:
            self._reread.start()

    def _loaded(self, values: SettingsValues) -> None:
        before = self._stored
        self.profile_form.set_organisations(list(values.organisations))
        for key in self._keys():
            # A field the coordinator has changed keeps what was typed.
            if before is None or self._shown(key) == before.value(key):
                self._show(key, values.value(key))
        self._stored = values
        self.status.setText("")
        self.status.hide()
        self._set_ready(True)
        if before is None:
            self.profile_form.name.setFocus()

    def _read_failed(self, failure: Failure) -> None:
        self.status.setText(translate("SettingsDialog", "Inställningarna kunde inte läsas in."))
        show_error(self.failure, None, failure_text(failure))

    def _set_ready(self, ready: bool) -> None:
        self.tabs.setEnabled(ready)
        self.save_button.setEnabled(ready and not self._writing)

    # --- saving -----------------------------------------------------------------------------

    def _deadlines(self) -> DeadlineSettings:
        values = {name: self._shown(f"deadline.{name}")
                  for name in (*self.deadline_spins, *self.deadline_checks)}
        return DeadlineSettings(**values)

    def _clear_errors(self) -> None:
        show_error(self.failure, None, None)
        self.profile_form.show_problems({})
        for name, label in self.deadline_errors.items():
            show_error(label, self.deadline_spins.get(name) or self.deadline_checks.get(name),
                       None)
        show_error(self.deadlines_error, None, None)
        show_error(self.lock_error, self.lock_minutes, None)
        show_error(self.retention_error, self.retention_months, None)
        show_error(self.mirror_error, self.mirror_dir, None)
        self.server.show_error(None)

    def accept(self) -> None:
        stored = self._stored
        if self._writing or stored is None:
            return
        self._clear_errors()
        profile = self.profile_form.profile()
        problems = profile.problems()
        if problems:
            self.profile_form.show_problems(problems)
            self.tabs.setCurrentIndex(TAB_PROFILE)
            return
        try:
            deadlines = self._deadlines()
        except ValidationError as refused:
            self._show_failure(Failure(refused.message, field=refused.field))
            return
        changed = {key for key in self._keys() if self._shown(key) != stored.value(key)}
        if not changed:
            super().accept()
            return
        self._writing = True
        self._set_ready(True)
        self._ops.write(self, self._write_of(changed, profile, deadlines),
                        self._stored_all, self._refused)

    def _write_of(self, changed: set[str], profile: CoordinatorProfile,
                  deadlines: DeadlineSettings) -> Callable[[Any], None]:
        lock, retention = self._shown("lock"), self._shown("retention")
        mirror, server = self._shown("mirror"), self._shown("server")

        def write(ws: Any) -> None:
            with ws.transaction():  # all of it, or none of it
                if any(key.startswith("profile.") for key in changed):
                    ws.settings.save_profile(profile)
                if "lock" in changed:
                    ws.settings.save_lock_minutes(lock)
                if "retention" in changed:
                    ws.settings.save_retention_months(retention)
                if "mirror" in changed:
                    ws.backups.set_mirror_dir(Path(mirror) if mirror else None)
                if any(key.startswith("deadline.") for key in changed):
                    ws.settings.save_deadlines(deadlines)
                if "server" in changed:  # last: a file of this computer, not in the store
                    ws.server_connection.save_url(server)

        return write

    def _stored_all(self, _result: object) -> None:
        self._writing = False
        super().accept()

    def _refused(self, failure: Failure) -> None:
        self._writing = False
        self._set_ready(True)
        self._show_failure(failure)

    def _show_failure(self, failure: Failure) -> None:
        """Beside the field the refusal names, on its tab; else under the tabs."""
        field = failure.field or ""
        if field in PROFILE_FIELDS:
            self.tabs.setCurrentIndex(TAB_PROFILE)
            self.profile_form.show_failure(failure)
        elif field == "settings":
            self.tabs.setCurrentIndex(TAB_DEADLINES)
            name = next((n for n, label, *_ in number_fields() if label in failure.message),
                        next((n for n, label in yes_no_fields() if label in failure.message),
                             None))
            widget = (self.deadline_spins.get(name or "") or self.deadline_checks.get(name or ""))
            show_error(self.deadline_errors[name] if name else self.deadlines_error, widget,
                       failure_text(failure))
        elif field == "lock":
            self.tabs.setCurrentIndex(TAB_SECURITY)
            show_error(self.lock_error, self.lock_minutes, failure_text(failure))
        elif field == "retention":
            self.tabs.setCurrentIndex(TAB_SECURITY)
            show_error(self.retention_error, self.retention_months, failure_text(failure))
        elif field == "server":
            self.tabs.setCurrentIndex(TAB_SERVER)
            self.server.show_error(failure.message)
        elif field == "folder":
            self.tabs.setCurrentIndex(TAB_BACKUPS)
            show_error(self.mirror_error, self.mirror_dir, failure_text(failure))
        else:
            show_error(self.failure, None, failure_text(failure))
