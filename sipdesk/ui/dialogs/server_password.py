"""Lösenord till teamservern (objectName ServerPasswordDialog): asked when the server wants a
password and the keychain has none (or the kept one no longer works).

"Spara lösenordet i nyckelringen" keeps it in the OS keychain once it has
opened the store; it is never written to a file. After a wrong password the
dialog comes back with the reason above the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sipdesk.ui import theme
from sipdesk.ui.i18n_messages import failure_text


class ServerPasswordDialog(QDialog):
    def __init__(self, where: str, problem: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ServerPasswordDialog")
        self.setWindowTitle(self.tr("Lösenord till teamservern"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Skriv ditt lösenord för teamservern {server}.").format(
            server=where))
        intro.setObjectName("ServerPasswordIntro")
        intro.setWordWrap(True)
        self.problem = QLabel(failure_text(problem) if problem else "")
        self.problem.setObjectName("ServerPasswordProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.ERROR_TEXT)
        self.problem.setVisible(bool(problem))
        self.field = QLineEdit()
        self.field.setObjectName("ServerPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Lösenord"))
        self.field.setAccessibleDescription(self.tr(
            "Lösenordet till din inloggning på teamservern; det visas inte när du skriver"))
        self.remember = QCheckBox(self.tr("Spara lösenordet i nyckelringen"))
        self.remember.setObjectName("ServerPasswordRemember")
        self.remember.setToolTip(self.tr(
            "Lösenordet sparas i operativsystemets nyckelring, aldrig i en fil, och används "
            "vid nästa start"))
        self.remember.setAccessibleDescription(self.remember.toolTip())
        buttons = QDialogButtonBox()
        self.sign_in = buttons.addButton(self.tr("Logga in"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in.setObjectName("ServerPasswordSignIn")
        self.sign_in.setDefault(True)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("ServerPasswordCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.sign_in.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.sign_in.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.field.setFocus()

    def answer(self) -> tuple[str, bool] | None:
        """The password and whether to keep it, once accepted; None if cancelled."""
        if self.result() != QDialog.DialogCode.Accepted or not self.field.text():
            return None
        return self.field.text(), self.remember.isChecked()


def ask_server_password(where: str, problem: str = "",
                        parent: QWidget | None = None) -> tuple[str, bool] | None:
    """Ask (modal) on the GUI thread; the password and whether to keep it, or None."""
    dialog = ServerPasswordDialog(where, problem, parent)
    try:
        dialog.exec()
        return dialog.answer()
    finally:
        dialog.field.clear()
        dialog.deleteLater()
