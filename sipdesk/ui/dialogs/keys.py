"""The store's keys from the window: change the passphrase, make a new recovery key.

Both give the store a new key on the worker (a verified backup first, under
the old key), and the new recovery key is shown once, as when the store was
made. A keyring store has no passphrase to change; a passphrase store needs
its passphrase (or, to change it, the recovery key) to prove who asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.passphrase import MIN_PASSPHRASE_LENGTH, repeat_problem
from sipdesk.ui import theme
from sipdesk.ui.forms import describe
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_rest import key_place, passphrase_text, translate
from sipdesk.ui.operations import Failure, Operations
from sipdesk.ui.unlock import RecoveryKeyShown

NEW_KEY_INTRO = QT_TRANSLATE_NOOP(
    "KeysDialog", "Arkivet har fått en ny nyckel och därmed en ny återställningsnyckel. Skriv "
                  "ut eller skriv ner den och förvara den säkert; den gamla "
                  "återställningsnyckeln gäller inte längre, utom för säkerhetskopior som "
                  "gjordes före bytet.")
WORKING = QT_TRANSLATE_NOOP("KeysDialog", "Gör en säkerhetskopia och byter nyckel …")


def _password(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _note(name: str, text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


class KeysDialog(QDialog):
    """Lösenfras och återställningsnyckel. `shown` is the dialog that shows a new key."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("KeysDialog")
        self.setWindowTitle(translate("KeysDialog", "Lösenfras och återställningsnyckel"))
        self._ops = ops
        self.key_source = ""
        self.shown: RecoveryKeyShown | None = None

        self.where = _note("KeysWhere", translate("KeysDialog", "Läser in …"))
        self.change_box = QGroupBox(translate("KeysDialog", "Byt lösenfras"))
        self.current = _password("CurrentPassphrase")
        self.new = _password("NewPassphrase")
        self.repeat = _password("RepeatPassphrase")
        self.change_error = _note("ChangeError", style=theme.ERROR_TEXT)
        self.change_button = QPushButton(translate("KeysDialog", "Byt lösenfras"))
        self.change_button.setObjectName("ChangePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        form = QFormLayout(self.change_box)
        form.addRow(translate("KeysDialog", "Nuvarande lösenfras (eller återställningsnyckeln)"),
                    self.current)
        form.addRow(translate("KeysDialog", "Ny lösenfras (minst {count} tecken)").format(
            count=MIN_PASSPHRASE_LENGTH), self.new)
        form.addRow(translate("KeysDialog", "Den nya en gång till"), self.repeat)
        form.addRow(self.change_error)
        form.addRow(self.change_button)

        self.recovery_box = QGroupBox(translate("KeysDialog", "Ny återställningsnyckel"))
        self.recovery_passphrase = _password("RecoveryPassphrase")
        self.recovery_error = _note("RecoveryError", style=theme.ERROR_TEXT)
        self.recovery_button = QPushButton(translate("KeysDialog",
                                                     "Gör en ny återställningsnyckel"))
        self.recovery_button.setObjectName("NewRecoveryKey")
        self.recovery_button.clicked.connect(self.new_recovery_key)
        rform = QFormLayout(self.recovery_box)
        rform.addRow(_note("RecoveryExplained", translate(
            "KeysDialog", "Gör en ny återställningsnyckel om den gamla kan ha kommit bort eller "
                          "setts av någon annan. Arkivet får då en ny nyckel; den gamla "
                          "återställningsnyckeln öppnar bara säkerhetskopior som gjordes före "
                          "bytet."), theme.MUTED_TEXT))
        self._passphrase_row = QLabel(translate("KeysDialog", "Lösenfras"))
        rform.addRow(self._passphrase_row, self.recovery_passphrase)
        rform.addRow(self.recovery_error)
        rform.addRow(self.recovery_button)

        self.status = _note("KeysStatus", style=theme.MUTED_TEXT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("KeysDialog", "Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.where, self.change_box, self.recovery_box, self.status):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.resize(620, 520)
        describe(self, {
            self.current: translate(
                "KeysDialog", "Lösenfrasen du öppnar arkivet med i dag, eller "
                              "återställningsnyckeln om du har glömt den"),
            self.new: translate(
                "KeysDialog", "Minst {count} tecken; arkivet öppnas sedan med den").format(
                count=MIN_PASSPHRASE_LENGTH),
            self.repeat: translate(
                "KeysDialog", "Samma nya lösenfras igen, så att ett skrivfel upptäcks"),
            self.change_button: translate(
                "KeysDialog", "Gör en säkerhetskopia, byter lösenfras och visar den nya "
                              "återställningsnyckeln en gång"),
            self.recovery_passphrase: translate(
                "KeysDialog", "Arkivets lösenfras, som visar att det är du som ber om en ny "
                              "nyckel"),
            self.recovery_button: translate(
                "KeysDialog", "Gör en säkerhetskopia, ger arkivet en ny nyckel och visar den nya "
                              "återställningsnyckeln en gång"),
            buttons.button(QDialogButtonBox.StandardButton.Close): translate(
                "KeysDialog", "Stänger fönstret utan att byta något"),
        })
        self._enable(False)
        ops.read(self, lambda ws: ws.keys.facts(), self._show_facts, self._read_failed)

    # --- showing ------------------------------------------------------------------------

    def _show_facts(self, facts: Any) -> None:
        self.key_source = facts.key_source
        self.where.setText(key_place(facts.where))
        self._enable(True)

    def _enable(self, on: bool) -> None:
        source = self.key_source
        self.change_box.setVisible(source == "passphrase")
        self.recovery_box.setVisible(source in ("passphrase", "keyring"))
        self.recovery_passphrase.setVisible(source == "passphrase")
        self._passphrase_row.setVisible(source == "passphrase")
        for button in (self.change_button, self.recovery_button):
            button.setEnabled(on)

    def _read_failed(self, failure: Failure) -> None:
        self.where.setText(failure_text(failure))

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self._enable(False)

    def _show_new_key(self, recovery_key: str) -> None:
        self.status.setText(translate("KeysDialog", "Nyckeln är bytt."))
        self._enable(True)
        for field in (self.current, self.new, self.repeat, self.recovery_passphrase):
            field.clear()
        dialog = RecoveryKeyShown(recovery_key, self,
                                  intro=translate("KeysDialog", NEW_KEY_INTRO))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shown = dialog
        dialog.open()

    def _failed(self, failure: Failure, where: QLabel) -> None:
        self.status.setText("")
        self._enable(True)
        where.setText(failure_text(failure))

    # --- asking ---------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        problem = repeat_problem(new, self.repeat.text())
        if not current:
            problem = translate("KeysDialog", "Skriv den nuvarande lösenfrasen (eller "
                                              "återställningsnyckeln) först.")
        self.change_error.setText(passphrase_text(problem or ""))
        if problem:
            return
        self._busy(translate("KeysDialog", WORKING))
        self._ops.write(self, lambda ws: ws.keys.change_passphrase(current, new),
                        self._show_new_key, lambda f: self._failed(f, self.change_error))

    def new_recovery_key(self) -> None:
        passphrase = self.recovery_passphrase.text() if self.key_source == "passphrase" else None
        if self.key_source == "passphrase" and not passphrase:
            self.recovery_error.setText(translate("KeysDialog", "Skriv lösenfrasen först."))
            return
        self.recovery_error.setText("")
        self._busy(translate("KeysDialog", WORKING))
        self._ops.write(self, lambda ws: ws.keys.new_recovery_key(passphrase),
                        self._show_new_key, lambda f: self._failed(f, self.recovery_error))
