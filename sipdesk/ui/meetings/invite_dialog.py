"""Invite participants to a meeting, and record that an invitation was sent.

InviteDialog lists the child, the guardians and the case's network. Someone
whose organisation is outside the consent's scope cannot be ticked, and the
reason is shown beside the name. SendDialog asks when and how an invitation
went out. Both show the late-invitation warning as soon as the date is late,
before anything is stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import SentVia
from sipdesk.services.errors import DomainError
from sipdesk.ui.forms import date_edit, error_label, pydate, show_error

WARNING_STYLE = (
    "background: #fff6cc; color: #6f5600; border: 1px solid #f0d77a; border-radius: 4px;"
    " padding: 6px;"
)
KeyRole = Qt.ItemDataRole.UserRole + 1


def via_combo(selected: SentVia = SentVia.EMAIL) -> QComboBox:
    combo = QComboBox()
    for via in SentVia:
        combo.addItem(via.label, via)
    combo.setCurrentIndex(combo.findData(selected))
    return combo


def warning_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("LateWarning")
    label.setStyleSheet(WARNING_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SendDialog(QDialog):
    """When and how an invitation was sent; warns at once when it is late."""

    def __init__(self, ws, meeting_id: int, name: str = "", parent=None):
        super().__init__(parent)
        self._ws = ws
        self._meeting_id = meeting_id
        self.setWindowTitle("Markera som skickad")
        layout = QVBoxLayout(self)
        if name:
            layout.addWidget(QLabel(f"Kallelse till <b>{name}</b>"))
        form = QFormLayout()
        self.sent_on = date_edit(ws.today())
        self.via = via_combo()
        form.addRow("&Skickad", self.sent_on)
        form.addRow("&Hur", self.via)
        layout.addLayout(form)
        self.warning = warning_label(self)
        layout.addWidget(self.warning)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Markera skickad")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sent_on.dateChanged.connect(self._check)
        self._check()

    def values(self) -> tuple[date, SentVia]:
        return pydate(self.sent_on.date()), SentVia(self.via.currentData())

    def _check(self) -> None:
        on, _via = self.values()
        text = self._ws.meetings.send_warning(self._meeting_id, on)
        if on > self._ws.today():
            show_error(self.error, self.sent_on, "Välj dagens datum eller ett tidigare.")
        else:
            show_error(self.error, self.sent_on, None)
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def _accept(self) -> None:
        if self.error.text():
            return
        self.accept()


class InviteDialog(QDialog):
    """Tick who to invite; those outside the consent's scope are shown with the reason."""

    def __init__(self, ws, meeting_id: int, parent=None):
        super().__init__(parent)
        self._ws = ws
        self._meeting_id = meeting_id
        self.result_ = None
        self.setWindowTitle("Bjud in till mötet")
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        ctx = ws.meetings.context(meeting_id)
        when = ctx.meeting.date.isoformat() if ctx.meeting.date else "datum ej satt"
        heading = QLabel(
            f"<b>{ctx.meeting.kind.label} {when}</b> · {ctx.case_reference} {ctx.child_name}"
        )
        layout.addWidget(heading)
        hint = QLabel(
            "Kallelse går till huvudmän som är skyldiga att delta, inbjudan till övriga. "
            "Mellanslag kryssar i."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(hint)
        self.people = QListWidget(self)
        self.people.setObjectName("InviteCandidates")
        self.people.setAccessibleName("Vem bjuds in")
        self.people.setWordWrap(True)
        self.people.setAlternatingRowColors(True)
        layout.addWidget(self.people, 1)
        self._fill(ws.meetings.candidates(meeting_id))
        self.send_now = QCheckBox("&Skickas nu")
        self.send_now.setChecked(True)
        form = QFormLayout()
        self.sent_on = date_edit(ws.today())
        self.via = via_combo()
        form.addRow(self.send_now)
        form.addRow("S&kickad", self.sent_on)
        form.addRow("&Hur", self.via)
        layout.addLayout(form)
        self.warning = warning_label(self)
        layout.addWidget(self.warning)
        self.error = error_label(self, "InviteError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Bjud in")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self.invite)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.send_now.toggled.connect(self._check)
        self.sent_on.dateChanged.connect(self._check)
        self.people.itemChanged.connect(self._check)
        self._check()
        self.people.setFocus()

    def _fill(self, candidates) -> None:
        for c in candidates:
            role = ", ".join(part for part in (c.role, c.organisation) if part)
            text = f"{c.name} – {role} · {c.kind.label}"
            item = QListWidgetItem(text)
            item.setData(KeyRole, c.key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if c.already_invited:
                item.setText(f"{text}\nRedan inbjuden.")
                item.setForeground(QColor("#5f6b7a"))
            elif not c.allowed:
                item.setText(f"{text}\nKan inte bjudas in: {c.reason}")
                item.setForeground(QColor("#a61b1b"))
                item.setToolTip(c.reason)
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.people.addItem(item)

    def checked_keys(self) -> list[tuple[str, int]]:
        keys = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and (
                item.checkState() == Qt.CheckState.Checked
            ):
                keys.append(tuple(item.data(KeyRole)))
        return keys

    def set_checked(self, name: str, checked: bool = True) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.text().startswith(f"{name} –") and (
                item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            ):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _check(self, *_args) -> None:
        sending = self.send_now.isChecked()
        self.sent_on.setEnabled(sending)
        self.via.setEnabled(sending)
        text = None
        if sending:
            text = self._ws.meetings.send_warning(self._meeting_id, pydate(self.sent_on.date()))
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))
        self.ok.setEnabled(bool(self.checked_keys()))

    def invite(self) -> None:
        keys = self.checked_keys()
        if not keys:
            show_error(self.error, None, "Kryssa i vem som ska bjudas in.")
            return
        sending = self.send_now.isChecked()
        try:
            self.result_ = self._ws.meetings.invite_many(
                self._meeting_id,
                keys,
                sent_on=pydate(self.sent_on.date()) if sending else None,
                sent_via=SentVia(self.via.currentData()) if sending else None,
            )
        except DomainError as refused:
            show_error(self.error, None, str(refused))
            return
        if self.result_.refused:
            lines = [f"{name}: {reason}" for name, reason in self.result_.refused]
            show_error(self.error, None, "Inte inbjudna:\n" + "\n".join(lines))
            self.people.clear()  # those invited now show as invited
            self._fill(self._ws.meetings.candidates(self._meeting_id))
            return
        self.accept()
