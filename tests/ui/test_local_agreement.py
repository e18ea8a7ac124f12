"""The local agreement (lead time and the other deadlines) is changed in Inställningar."""

from __future__ import annotations

from sipdesk.ui.dialogs.settings import TAB_DEADLINES, SettingsDialog


def test_a_changed_lead_time_is_stored(qtbot, ops, ws):
    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(TAB_DEADLINES) == "Tidsfrister"
    lead = dialog.deadline_spins["invitation_lead_days"]
    assert lead.value() == ws.settings.deadlines().invitation_lead_days == 21
    lead.setValue(28)
    dialog.deadline_spins["follow_up_after_months"].setValue(6)
    dialog.accept()
    deadlines = ws.settings.deadlines()
    assert (deadlines.invitation_lead_days, deadlines.follow_up_after_months) == (28, 6)
