"""The questions sipdesk asks about keys: a passphrase, a new one (twice), the recovery key.

The dialogs know nothing of the store: they ask, check what can be checked
without it (the passphrase rule, that two typings agree) and hand the text
back. Start-up (sipdesk.ui.app) and the keys dialog decide what to do with it;
parsing the recovery key is the store's (the same tolerance for spaces, dashes
and case as on the command line). Escape or Avbryt answers None, never an
exception.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.passphrase import MIN_PASSPHRASE_LENGTH, repeat_problem
from sipdesk.ui import clipboard, theme

RECOVERY_KEY_CHARS = 56  # 14 groups of 4, as the recovery key is printed


def _message(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _error(parent: QWidget, name: str) -> QLabel:
    label = _message(parent, name)
    label.setStyleSheet(theme.ERROR_TEXT)
    label.hide()
    return label


def _show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def _password(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(360)
    return field


def _buttons(dialog: QDialog, ok: str, cancel: str = "Avbryt") -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PassphraseDialog(QDialog):
    """The passphrase of an existing store; "use the recovery key" is a way out."""

    def __init__(self, prompt: str, parent: QWidget | None = None, *,
                 offer_recovery: bool = True):
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle("Lås upp arkivet")
        self.wants_recovery_key = False
        layout = QVBoxLayout(self)
        layout.addWidget(_message(self, "PassphrasePrompt", prompt))
        self.field = _password("PassphraseField")
        layout.addWidget(self.field)
        self.use_recovery = QPushButton("Jag har glömt lösenfrasen – använd återställningsnyckeln")
        self.use_recovery.setObjectName("UseRecoveryKey")
        self.use_recovery.setFlat(True)
        self.use_recovery.setVisible(offer_recovery)
        self.use_recovery.clicked.connect(self._recovery)
        layout.addWidget(self.use_recovery, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_buttons(self, "Öppna arkivet"))

    def _recovery(self) -> None:
        self.wants_recovery_key = True
        self.reject()

    def accept(self) -> None:
        if self.field.text():
            super().accept()

    def value(self) -> str | None:
        return self.field.text() if self.result() == QDialog.DialogCode.Accepted else None


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; it closes only on one that keeps the rule."""

    def __init__(self, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NewPassphraseDialog")
        self.setWindowTitle("Välj en lösenfras")
        layout = QVBoxLayout(self)
        layout.addWidget(_message(self, "NewPassphrasePrompt", prompt))
        form = QFormLayout()
        self.first = _password("NewPassphrase")
        self.second = _password("RepeatPassphrase")
        form.addRow(f"Lösenfras (minst {MIN_PASSPHRASE_LENGTH} tecken)", self.first)
        form.addRow("Samma lösenfras en gång till", self.second)
        layout.addLayout(form)
        self.problem = _error(self, "PassphraseProblem")
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, "Välj lösenfrasen"))

    def accept(self) -> None:
        problem = repeat_problem(self.first.text(), self.second.text())
        _show_error(self.problem, problem)
        if problem is None:
            super().accept()
        else:
            self.second.clear()
            self.first.setFocus()
            self.first.selectAll()

    def value(self) -> str | None:
        return self.first.text() if self.result() == QDialog.DialogCode.Accepted else None


class RecoveryKeyDialog(QDialog):
    """The recovery key, as written on paper; spaces, dashes and case do not matter."""

    def __init__(self, why: str, parent: QWidget | None = None, *, problem: str = "",
                 offer_start_over: bool = False):
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.setWindowTitle("Återställningsnyckel")
        self.start_over = False
        layout = QVBoxLayout(self)
        layout.addWidget(_message(self, "RecoveryKeyWhy", why))
        layout.addWidget(_message(
            self, "RecoveryKeyHow",
            "Skriv de 14 grupperna om 4 tecken. Mellanslag, bindestreck och små eller stora "
            "bokstäver spelar ingen roll."))
        self.field = QLineEdit()
        self.field.setObjectName("RecoveryKeyField")
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.field.setMinimumWidth(560)
        self.field.textChanged.connect(self._count)
        layout.addWidget(self.field)
        self.counter = _message(self, "RecoveryKeyCount")
        self.counter.setStyleSheet(theme.MUTED_TEXT)
        layout.addWidget(self.counter)
        self.problem = _error(self, "RecoveryKeyProblem")
        _show_error(self.problem, problem)
        layout.addWidget(self.problem)
        buttons = _buttons(self, "Öppna arkivet")
        if offer_start_over:
            again = buttons.addButton("Arkivet blev aldrig klart – rensa och skapa nytt",
                                      QDialogButtonBox.ButtonRole.DestructiveRole)
            again.setObjectName("StartOverButton")
            again.clicked.connect(self._start_over)
        layout.addWidget(buttons)
        self._count("")

    def _count(self, text: str) -> None:
        typed = sum(1 for ch in text if ch.isalnum())
        self.counter.setText(f"{typed} av {RECOVERY_KEY_CHARS} tecken")

    def _start_over(self) -> None:
        self.start_over = True
        self.reject()

    def accept(self) -> None:
        if self.field.text().strip():
            super().accept()

    def value(self) -> str | None:
        return self.field.text() if self.result() == QDialog.DialogCode.Accepted else None


class RecoveryKeyShown(QDialog):
    """A new recovery key, shown once: to be printed or written down and kept safe."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None, *,
                 intro: str = ""):
        super().__init__(parent)
        self.setObjectName("RecoveryKeyShown")
        self.setWindowTitle("Återställningsnyckel")
        layout = QVBoxLayout(self)
        layout.addWidget(_message(self, "RecoveryKeyIntro", intro or (
            "Ett nytt krypterat arkiv har skapats. Skriv ut eller skriv ner "
            "återställningsnyckeln och förvara den säkert. Den behövs om nyckelringen "
            "eller lösenfrasen går förlorad.")))
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        # Two lines of seven groups, as it would be written on paper.
        key = QLabel("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        key.setObjectName("RecoveryKey")
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        key.setFont(font)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(key)
        self.setMinimumWidth(560)
        layout.addWidget(_message(self, "RecoveryKeyOnce",
                                  "Nyckeln visas bara nu. Den sparas inte någonstans i klartext."))
        copy = QPushButton("Kopiera (tas bort från urklipp efter 30 sekunder)")
        copy.setObjectName("CopyRecoveryKey")
        copy.clicked.connect(lambda: clipboard.copy_personal(recovery_key))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        self.written = QCheckBox("Jag har skrivit ner eller skrivit ut nyckeln")
        self.written.setObjectName("RecoveryKeyWritten")
        layout.addWidget(self.written)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Klart")
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:
        # Escape must not hide the key before the coordinator has it.
        if self.written.isChecked():
            super().reject()


class StartPrompts:
    """The questions of start-up, each a modal dialog over the opening window.

    Tests drive the same dialogs; `cancelled` and `wants_recovery_key` record
    how the last passphrase question ended.
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent
        self.cancelled = False
        self.wants_recovery_key = False
        self._early: tuple[str, PassphraseDialog] | None = None

    def ask_passphrase_early(self, prompt: str) -> PassphraseDialog:
        """Show the passphrase question now and return at once: the coordinator types
        while the program loads, and passphrase(prompt), when opening asks exactly
        this, takes that answer instead of asking again."""
        self.drop_early()
        dialog = PassphraseDialog(prompt, self.parent)
        dialog.open()
        self._early = (prompt, dialog)
        return dialog

    def _take_early(self, prompt: str) -> PassphraseDialog | None:
        """The early question, answered (waiting for the answer), if it was this one."""
        early, self._early = self._early, None
        if early is None:
            return None
        asked, dialog = early
        if asked != prompt:
            dialog.done(QDialog.DialogCode.Rejected)
            self._done_with(dialog)
            return None
        if dialog.isVisible():
            answered = QEventLoop()
            dialog.finished.connect(answered.quit)
            answered.exec()
        return dialog

    def drop_early(self) -> None:
        """Opening asks something else first: the early question goes unanswered."""
        early, self._early = self._early, None
        if early is not None:
            early[1].done(QDialog.DialogCode.Rejected)
            self._done_with(early[1])

    def passphrase(self, prompt: str) -> str | None:
        dialog = self._take_early(prompt)
        if dialog is None:
            dialog = PassphraseDialog(prompt, self.parent)
            dialog.exec()
        value = dialog.value()
        self.wants_recovery_key = dialog.wants_recovery_key
        self.cancelled = value is None and not dialog.wants_recovery_key
        self._done_with(dialog)
        return value

    def new_passphrase(self, prompt: str) -> str | None:
        self.drop_early()
        dialog = NewPassphraseDialog(prompt, self.parent)
        dialog.exec()
        value = dialog.value()
        self.cancelled = value is None
        self._done_with(dialog)
        return value

    def _done_with(self, dialog: QWidget) -> None:
        # A dialog with a parent lives as long as the window, and the typed secret in it:
        # it goes now. Without one, Python lets it go with the last reference.
        if self.parent is not None:
            dialog.deleteLater()

    def recovery_key(self, why: str, *, problem: str = "",
                     offer_start_over: bool = False) -> tuple[str | None, bool]:
        """The typed recovery key (None when cancelled) and whether to start over instead."""
        self.drop_early()
        dialog = RecoveryKeyDialog(why, self.parent, problem=problem,
                                   offer_start_over=offer_start_over)
        dialog.exec()
        answer = dialog.value(), dialog.start_over
        self._done_with(dialog)
        return answer

    def confirm(self, title: str, text: str, yes: str) -> bool:
        self.drop_early()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        box.setObjectName("StartQuestion")
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)  # the question names what happens; Escape declines
        box.exec()
        yes_clicked = box.clickedButton() is go
        self._done_with(box)
        return yes_clicked

    def show_recovery_key(self, recovery_key: str, intro: str = "") -> None:
        self.drop_early()
        shown = RecoveryKeyShown(recovery_key, self.parent, intro=intro)
        shown.exec()
        self._done_with(shown)

    def tell(self, title: str, text: str, *, problem: bool = False) -> None:
        self.drop_early()
        box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information,
                          title, text, parent=self.parent)
        box.setObjectName("StartMessage")
        box.exec()
        self._done_with(box)
