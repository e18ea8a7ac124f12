"""Invite participants to a meeting, and record that an invitation was sent.

InviteDialog lists the child, the guardians and the case's network. Someone
whose organisation is outside the consent's scope cannot be ticked, and the
reason is shown beside the name; "Markera alla" ticks everyone who can be.
SendDialog asks when and how an invitation went out. Both read the meeting
once when they open and show the late-invitation warning as soon as the date
is late, before anything is stored (the domain's rule, on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.entities import Meeting
from sipdesk.domain.enums import SentVia
from sipdesk.domain.responses import Candidate
from sipdesk.domain.responses import send_warning as domain_send_warning
from sipdesk.domain.views import InviteResult, MeetingContext
from sipdesk.ui import theme
from sipdesk.ui.forms import date_edit, describe, error_label, pydate, show_error
from sipdesk.ui.i18n_meetings import enum_label, family_role, meeting_line, send_warning, translate
from sipdesk.ui.operations import Failure, Operations

WARNING_STYLE = theme.WARNING_BOX
KeyRole = Qt.ItemDataRole.UserRole + 1


def sending(invitation_id: int, meeting_id: int, on: date,
            via: SentVia) -> Callable[[Any], str | None]:
    """The write "this invitation went out": its result is the late warning, or None."""
    def write(ws: Any) -> str | None:
        warning = ws.meetings.send_warning(meeting_id, on)
        ws.meetings.mark_sent(invitation_id, on, via)
        return warning

    return write


def via_combo(selected: SentVia = SentVia.EMAIL) -> QComboBox:
    combo = QComboBox()
    for via in SentVia:
        combo.addItem(enum_label(via), via)
    combo.setCurrentIndex(combo.findData(selected))
    return combo


def warning_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("LateWarning")
    label.setStyleSheet(WARNING_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _buttons(accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("InviteDialog", "Avbryt"))
    return buttons, ok


class SendDialog(QDialog):
    """When and how an invitation was sent; warns at once when it is late.

    With `invitation_id` it stores the sending itself (a refusal keeps it open)
    and emits sent(date, warning or None); without, it only asks (values()).
    """

    sent = Signal(object, object)  # date, str | None

    def __init__(self, ops: Operations, meeting_id: int, name: str = "",
                 parent: QWidget | None = None, *, invitation_id: int | None = None):
        super().__init__(parent)
        self._ops = ops
        self._meeting_id = meeting_id
        self._invitation_id = invitation_id
        self._meeting: Meeting | None = None
        self._deadlines: DeadlineSettings | None = None
        self.setObjectName("SendDialog")
        self.setWindowTitle(translate("SendDialog", "Markera som skickad"))
        layout = QVBoxLayout(self)
        if name:
            layout.addWidget(QLabel(translate("SendDialog", "Kallelse till <b>{name}</b>").format(
                name=name)))
        form = QFormLayout()
        self.sent_on = date_edit(ops.today())
        self.via = via_combo()
        form.addRow(translate("SendDialog", "&Skickad"), self.sent_on)
        form.addRow(translate("SendDialog", "&Hur"), self.via)
        layout.addLayout(form)
        self.warning = warning_label(self)
        layout.addWidget(self.warning)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons, self.ok = _buttons(translate("SendDialog", "Markera skickad"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setEnabled(False)  # until the meeting is read: the warning comes first
        self.sent_on.dateChanged.connect(self._check)
        ops.read(self, lambda ws: (ws.meetings.get(meeting_id), ws.settings.deadlines()),
                 self._loaded, self._read_failed)
        describe(self)

    def values(self) -> tuple[date, SentVia]:
        return pydate(self.sent_on.date()), SentVia(self.via.currentData())

    def _loaded(self, result: tuple[Meeting, DeadlineSettings]) -> None:
        self._meeting, self._deadlines = result
        self.ok.setEnabled(True)
        self._check()

    def _read_failed(self, failure: Failure) -> None:
        show_error(self.error, None, failure.message)

    def late_warning(self) -> str | None:
        if self._meeting is None:
            return None
        return send_warning(domain_send_warning(self._meeting, self.values()[0],
                                                self._deadlines))

    def _check(self, *_args: object) -> None:
        on, _via = self.values()
        if on > self._ops.today():
            show_error(self.error, self.sent_on,
                       translate("SendDialog", "Välj dagens datum eller ett tidigare."))
        else:
            show_error(self.error, self.sent_on, None)
        text = self.late_warning()
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def _accept(self) -> None:
        if self.error.text() or self._meeting is None:
            return
        if self._invitation_id is None:
            self.accept()
            return
        on, via = self.values()
        self.ok.setEnabled(False)

        def done(warning: str | None) -> None:
            self.sent.emit(on, warning)
            self.accept()

        def failed(failure: Failure) -> None:
            show_error(self.error, None, failure.message)
            self.ok.setEnabled(True)

        self._ops.write(self, sending(self._invitation_id, self._meeting_id, on, via),
                        done, failed)


class InviteDialog(QDialog):
    """Tick who to invite; those outside the consent's scope are shown with the reason."""

    def __init__(self, ops: Operations, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._meeting_id = meeting_id
        self._meeting: Meeting | None = None
        self._deadlines: DeadlineSettings | None = None
        self.result_: InviteResult | None = None
        self.setObjectName("InviteDialog")
        self.setWindowTitle(translate("InviteDialog", "Bjud in till mötet"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(translate("InviteDialog", "Läser in…"))
        self.heading.setObjectName("InviteHeading")
        layout.addWidget(self.heading)
        hint = QLabel(translate(
            "InviteDialog",
            "Kallelse går till huvudmän som är skyldiga att delta, inbjudan till övriga. "
            "Mellanslag kryssar i; Markera alla kryssar i alla som kan bjudas in."))
        hint.setWordWrap(True)
        hint.setStyleSheet(theme.MUTED_TEXT)
        layout.addWidget(hint)
        self.people = QListWidget(self)
        self.people.setObjectName("InviteCandidates")
        self.people.setAccessibleDescription(translate(
            "InviteDialog", "Kryssa i dem som ska bjudas in; mellanslag kryssar i"))
        self.people.setAccessibleName(translate("InviteDialog", "Vem bjuds in"))
        self.people.setWordWrap(True)
        self.people.setAlternatingRowColors(True)
        layout.addWidget(self.people, 1)
        ticks = QHBoxLayout()
        self.check_all = QPushButton(translate("InviteDialog", "&Markera alla"))
        self.check_all.setObjectName("CheckAllCandidates")
        self.check_all.setToolTip(translate("InviteDialog",
            "Kryssa i alla som kan bjudas in och inte redan är inbjudna"))
        self.check_all.clicked.connect(lambda: self.set_all_checked(True))
        self.check_none = QPushButton(translate("InviteDialog", "&Avmarkera alla"))
        self.check_none.clicked.connect(lambda: self.set_all_checked(False))
        ticks.addWidget(self.check_all)
        ticks.addWidget(self.check_none)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        self.send_now = QCheckBox(translate("InviteDialog", "&Skickas nu"))
        self.send_now.setAccessibleDescription(translate(
            "InviteDialog", "Kryssa i om kallelserna skickas nu; annars markeras de senare"))
        self.send_now.setChecked(True)
        form = QFormLayout()
        self.sent_on = date_edit(ops.today())
        self.sent_on.setAccessibleDescription(translate(
            "InviteDialog", "Dagen då kallelserna skickades"))
        self.via = via_combo()
        self.via.setAccessibleDescription(translate(
            "InviteDialog", "Hur kallelserna skickades"))
        form.addRow(self.send_now)
        form.addRow(translate("InviteDialog", "S&kickad"), self.sent_on)
        form.addRow(translate("InviteDialog", "&Hur"), self.via)
        layout.addLayout(form)
        self.warning = warning_label(self)
        layout.addWidget(self.warning)
        self.error = error_label(self, "InviteError")
        layout.addWidget(self.error)
        buttons, self.ok = _buttons(translate("InviteDialog", "Bjud in"))
        buttons.accepted.connect(self.invite)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sending = False
        self.send_now.toggled.connect(self._check)
        self.sent_on.dateChanged.connect(self._check)
        self.people.itemChanged.connect(self._check)
        self._check()
        self.people.setFocus()
        ops.read(self, lambda ws: (ws.meetings.context(meeting_id),
                                   ws.meetings.candidates(meeting_id),
                                   ws.settings.deadlines()),
                 self._loaded, self._read_failed)
        describe(self)

    # --- reading ---------------------------------------------------------------------

    def _loaded(self, result: tuple[MeetingContext, list[Candidate], DeadlineSettings]) -> None:
        ctx, candidates, self._deadlines = result
        self._meeting = m = ctx.meeting
        self.heading.setText(
            f"<b>{meeting_line(m.kind.label, m.date, m.start, m.end)}</b>"
            f" · {ctx.case_reference} {ctx.child_name}"
        )
        self._fill(candidates)
        self._check()
        if self.people.count():
            self.people.setCurrentRow(0)

    def _read_failed(self, failure: Failure) -> None:
        show_error(self.error, None, failure.message)

    def _fill(self, candidates: Sequence[Candidate]) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for c in candidates:
            role = ", ".join(part for part in (family_role(c.role), c.organisation) if part)
            text = f"{c.name} – {role} · {enum_label(c.kind)}"
            item = QListWidgetItem(text)
            item.setData(KeyRole, c.key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if c.already_invited:
                item.setText(f"{text}\n" + translate("InviteDialog", "Redan inbjuden."))
                item.setForeground(QColor(theme.MUTED))
            elif not c.allowed:
                reason = send_warning(c.reason) or ""
                refused = translate("InviteDialog", "Kan inte bjudas in: {reason}")
                item.setText(f"{text}\n" + refused.format(reason=reason))
                item.setForeground(QColor(theme.ERROR_INK))
                item.setToolTip(reason)
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.people.addItem(item)
        self.people.blockSignals(False)

    # --- ticking ---------------------------------------------------------------------

    def _checkable(self) -> list[QListWidgetItem]:
        items = (self.people.item(row) for row in range(self.people.count()))
        return [item for item in items if item.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def checked_keys(self) -> list[tuple[str, int]]:
        return [tuple(item.data(KeyRole)) for item in self._checkable()
                if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, name: str, checked: bool = True) -> None:
        for item in self._checkable():
            if item.text().startswith(f"{name} –"):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all_checked(self, checked: bool = True) -> None:
        """Tick (or untick) everyone who can be invited, in one step."""
        self.people.blockSignals(True)
        for item in self._checkable():
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self._check()

    def _check(self, *_args: object) -> None:
        sending = self.send_now.isChecked()
        self.sent_on.setEnabled(sending)
        self.via.setEnabled(sending)
        text = None
        if sending and self._meeting is not None:
            text = send_warning(domain_send_warning(
                self._meeting, pydate(self.sent_on.date()), self._deadlines))
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))
        self.ok.setEnabled(bool(self.checked_keys()) and not self._sending)
        checkable = self._checkable()
        self.check_all.setEnabled(any(i.checkState() != Qt.CheckState.Checked
                                      for i in checkable))
        self.check_none.setEnabled(any(i.checkState() == Qt.CheckState.Checked
                                       for i in checkable))

    # --- storing ---------------------------------------------------------------------

    def invite(self) -> None:
        keys = self.checked_keys()
        if not keys:
            show_error(self.error, None,
                       translate("InviteDialog", "Kryssa i vem som ska bjudas in."))
            return
        if self._sending:
            return
        sending = self.send_now.isChecked()
        sent_on = pydate(self.sent_on.date()) if sending else None
        sent_via = SentVia(self.via.currentData()) if sending else None
        meeting_id = self._meeting_id
        self._sending = True
        self._check()
        show_error(self.error, None, None)
        self._ops.write(
            self,
            lambda ws: (ws.meetings.invite_many(meeting_id, keys, sent_on=sent_on,
                                                sent_via=sent_via),
                        ws.meetings.candidates(meeting_id)),
            self._invited, self._refused,
        )

    def _invited(self, outcome: tuple[InviteResult, list[Candidate]]) -> None:
        self._sending = False
        self.result_, candidates = outcome
        if self.result_.refused:
            lines = [f"{name}: {send_warning(reason)}" for name, reason in self.result_.refused]
            show_error(self.error, None, translate("InviteDialog", "Inte inbjudna:") + "\n"
                       + "\n".join(lines))
            self._fill(candidates)  # those invited now show as invited
            self._check()
            return
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self._sending = False
        show_error(self.error, None, failure.message)
        self._check()
