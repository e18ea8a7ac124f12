"""Inställningar and the first-start question: read and written through ops, refusals
beside their field, nothing typed lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from sipdesk.domain.changes import Changes
from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.profile import CoordinatorProfile
from sipdesk.ui.dialogs.profile import ProfileDialog
from sipdesk.ui.dialogs.settings import (
    TAB_BACKUPS,
    TAB_PROFILE,
    TAB_SECURITY,
    SettingsDialog,
    ask_profile_if_missing,
)
from tests.ui.conftest import settle

PHONE = "08-555 123 45"
EMAIL = "karin.sjoberg@norrby.exempel.se"
KARIN = CoordinatorProfile("Karin Sjöberg", "SIP-samordnare", "Norrby kommun", PHONE, EMAIL)


def _dialog(qtbot, ops) -> SettingsDialog:
    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    return dialog


def _type_profile(form, **values):
    for name, text in values.items():
        form.set_value(name, text)


# --- Inställningar --------------------------------------------------------------------


def test_shows_what_is_stored(qtbot, ops, ws, tmp_path):
    ws.settings.save_profile(KARIN)
    ws.settings.save_lock_minutes(12)
    ws.settings.save_retention_months(36)
    ws.settings.save_deadlines(DeadlineSettings(invitation_lead_days=14, school_obliged=True))
    ws.backups.set_mirror_dir(tmp_path)
    dialog = _dialog(qtbot, ops)
    assert dialog.objectName() == "SettingsDialog"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Mina uppgifter", "Tidsfrister", "Säkerhet", "Säkerhetskopior", "Teamserver"]
    form = dialog.profile_form
    assert form.name.text() == "Karin Sjöberg" and form.phone.text() == PHONE
    assert form.email.text() == EMAIL and form.organisation.currentText() == "Norrby kommun"
    assert dialog.deadline_spins["invitation_lead_days"].value() == 14
    assert dialog.deadline_checks["school_obliged"].isChecked()
    assert dialog.deadline_spins["first_meeting_within_days"].text() == "inte bestämt"
    assert dialog.lock_minutes.value() == 12
    assert dialog.retention_after.isChecked() and dialog.retention_months.value() == 36
    assert dialog.mirror_dir.text() == str(tmp_path)
    assert dialog.save_button.text() == "Spara"
    texts = {b.text() for b in dialog.buttons.buttons()}
    assert texts == {"Spara", "Avbryt"}


def test_labels_and_ranges_come_from_the_rules(qtbot, ops):
    dialog = _dialog(qtbot, ops)
    lead = dialog.deadline_spins["invitation_lead_days"]
    assert (lead.minimum(), lead.maximum()) == (0, 180)
    assert lead.accessibleName() == "Kallelser skickas senast (dagar före mötet)"
    assert (dialog.lock_minutes.minimum(), dialog.lock_minutes.maximum()) == (1, 120)
    assert not dialog.retention_after.isChecked()  # no default guess
    assert not dialog.retention_months.isEnabled()


def test_spara_stores_every_section(qtbot, ops, ws, tmp_path):
    dialog = _dialog(qtbot, ops)
    _type_profile(dialog.profile_form, name="Karin Sjöberg", phone=PHONE, email=EMAIL,
                  organisation="Norrby kommun")
    dialog.deadline_spins["answer_within_days"].setValue(10)
    dialog.deadline_spins["first_meeting_within_days"].setValue(60)
    dialog.lock_minutes.setValue(15)
    dialog.retention_after.setChecked(True)
    dialog.retention_months.setValue(24)
    dialog.mirror_dir.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    stored = ws.settings.profile()
    assert (stored.name, stored.phone, stored.email) == ("Karin Sjöberg", PHONE, EMAIL)
    assert ws.settings.deadlines().answer_within_days == 10
    assert ws.settings.deadlines().first_meeting_within_days == 60
    assert ws.settings.lock_minutes() == 15
    assert ws.settings.retention_months() == 24
    assert ws.backups.mirror_dir() == tmp_path


def test_retention_back_to_not_decided(qtbot, ops, ws):
    ws.settings.save_retention_months(24)
    dialog = _dialog(qtbot, ops)
    dialog.retention_undecided.setChecked(True)
    dialog.save_button.click()
    assert ws.settings.retention_months() is None


def test_an_organisation_from_the_directory_is_remembered(qtbot, ops, ws):
    org = ws.directory.add_organisation(
        Organisation("Norrby kommun", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY))
    dialog = _dialog(qtbot, ops)
    combo = dialog.profile_form.organisation
    assert combo.findText("Norrby kommun") >= 0
    dialog.profile_form.name.setText("Karin Sjöberg")
    combo.setCurrentIndex(combo.findText("Norrby kommun"))
    dialog.save_button.click()
    assert ws.settings.profile().organisation_id == org.id


def test_a_wrong_phone_is_shown_beside_it_and_nothing_is_lost(qtbot, ops, ws):
    dialog = _dialog(qtbot, ops)
    dialog.tabs.setCurrentIndex(TAB_SECURITY)
    _type_profile(dialog.profile_form, name="Karin Sjöberg", phone="åtta noll åtta",
                  email="karin")
    dialog.lock_minutes.setValue(30)
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == TAB_PROFILE
    errors = dialog.profile_form.errors
    assert "telefonnummer" in errors["phone"].text()
    assert "e-postadress" in errors["email"].text()
    assert dialog.profile_form.phone.text() == "åtta noll åtta"  # nothing typed lost
    assert dialog.lock_minutes.value() == 30
    assert ws.settings.profile().is_empty and ws.settings.lock_minutes() == 5
    dialog.profile_form.phone.setText(PHONE)  # the error follows the fix as you type
    assert errors["phone"].text() == ""


def test_a_refusal_of_the_store_is_shown_beside_its_field(qtbot, ops, ws, tmp_path):
    """The store refuses a second folder that does not exist: beside it, in Swedish, and
    nothing of the same save is stored (all or nothing)."""
    dialog = _dialog(qtbot, ops)
    dialog.lock_minutes.setValue(30)
    dialog.profile_form.name.setText("Karin Sjöberg")
    missing = tmp_path / "usb-minnet"
    dialog.mirror_dir.setText(str(missing))
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == TAB_BACKUPS
    assert "finns inte" in dialog.mirror_error.text() and dialog.mirror_error.isVisibleTo(dialog)
    assert dialog.mirror_dir.text() == str(missing)
    assert ws.settings.lock_minutes() == 5 and ws.settings.profile().is_empty
    missing.mkdir()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert ws.settings.lock_minutes() == 30 and ws.backups.mirror_dir() == missing


def test_unchanged_sections_are_not_written(qtbot, ops, ws, tmp_path):
    """A second folder that is unplugged today does not stop saving something else."""
    folder = tmp_path / "usb"
    folder.mkdir()
    ws.backups.set_mirror_dir(folder)
    folder.rmdir()
    dialog = _dialog(qtbot, ops)
    dialog.lock_minutes.setValue(9)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert ws.settings.lock_minutes() == 9


def test_avbryt_stores_nothing(qtbot, ops, ws):
    dialog = _dialog(qtbot, ops)
    dialog.profile_form.name.setText("Karin Sjöberg")
    dialog.lock_minutes.setValue(44)
    dialog.reject()
    assert ws.settings.profile().is_empty and ws.settings.lock_minutes() == 5


def test_a_change_elsewhere_reaches_only_untouched_fields(qtbot, ops, ws):
    dialog = _dialog(qtbot, ops)
    dialog.profile_form.name.setText("Karin Sjö")  # being typed
    ops.write(None, lambda w: w.settings.save_profile(
        CoordinatorProfile("Karin Sjöberg", phone=PHONE)))
    qtbot.waitUntil(lambda: dialog.profile_form.phone.text() == PHONE)
    assert dialog.profile_form.name.text() == "Karin Sjö"


def test_reads_and_writes_on_the_worker(qtbot, live_ops, ws, statements):
    dialog = SettingsDialog(live_ops)
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isEnabled()  # "Läser in…" until the read arrives
    settle(qtbot, live_ops)
    assert dialog.tabs.isEnabled()
    _type_profile(dialog.profile_form, name="Karin Sjöberg", phone=PHONE, email=EMAIL)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    settle(qtbot, live_ops)
    assert statements.on_gui_thread() == 0
    assert ws.settings.profile().phone == PHONE


# --- the first start -----------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _asked(window) -> ProfileDialog | None:
    return window.findChild(ProfileDialog)


def test_first_start_asks_once_and_stores(qtbot, ops, ws, window):
    ask_profile_if_missing(ops, window)
    dialog = _asked(window)
    assert dialog is not None and dialog.objectName() == "ProfileDialog"
    assert dialog.windowModality().name == "WindowModal"
    assert dialog.save_button.text() == "Spara" and dialog.later_button.text() == "Senare"
    _type_profile(dialog.form, name="Karin Sjöberg", phone=PHONE, email=EMAIL)
    dialog.save_button.click()
    assert ws.settings.profile().email == EMAIL
    ask_profile_if_missing(ops, window)  # the same window: never twice
    other = QWidget()
    qtbot.addWidget(other)
    ask_profile_if_missing(ops, other)  # the next start: filled in, so not asked
    assert _asked(other) is None


def test_after_later_it_is_not_asked_again(qtbot, ops, ws, window):
    ask_profile_if_missing(ops, window)
    dialog = _asked(window)
    dialog.later_button.click()
    assert ws.settings.profile_postponed() and ws.settings.profile().is_empty
    qtbot.waitUntil(lambda: _asked(window) is None)
    next_start = QWidget()
    qtbot.addWidget(next_start)
    ask_profile_if_missing(ops, next_start)
    assert _asked(next_start) is None


def test_a_wrong_email_at_first_start_is_shown_and_kept(qtbot, ops, ws, window):
    ask_profile_if_missing(ops, window)
    dialog = _asked(window)
    _type_profile(dialog.form, name="Karin Sjöberg", email="karin.sjoberg")
    dialog.save_button.click()
    assert "e-postadress" in dialog.form.errors["email"].text()
    assert dialog.form.email.text() == "karin.sjoberg" and dialog.isVisible()
    assert ws.settings.profile().is_empty and not ws.settings.profile_postponed()


def test_first_start_with_the_real_worker(qtbot, live_ops, ws, window):
    ask_profile_if_missing(live_ops, window)
    assert _asked(window) is None  # nothing read on the GUI thread: it comes later
    settle(qtbot, live_ops)
    dialog = _asked(window)
    assert dialog is not None
    _type_profile(dialog.form, name="Karin Sjöberg", phone=PHONE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    settle(qtbot, live_ops)
    assert ws.settings.profile().phone == PHONE


def test_settings_change_is_announced(qtbot, ops):
    seen: list[Changes] = []
    ops.changed.connect(seen.append)
    dialog = _dialog(qtbot, ops)
    dialog.lock_minutes.setValue(7)
    dialog.save_button.click()
    assert any(c.settings for c in seen)
