"""The settings dialog's "Teamserver" tab: which team server the window opens at the next
start, and "Testa anslutningen".

The address is this computer's setting (no password in it: that goes in the
keychain when the window asks for it). Empty means this computer's own store.
The test runs on the store worker through ops and connects once with the
password the keychain keeps, if any.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sipdesk.ui import theme
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.operations import Failure, Operations

EXAMPLE = "postgresql://anna.berg@sipdesk.kommun.se/sipdesk"


class ServerChoice(QWidget):
    """The address field (objectName ServerUrl), the test button and its result."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ServerChoice")
        self._ops = ops
        intro = QLabel(self.tr(
            "Arbetar ni flera samordnare i ett team kan ärendena ligga på kommunens "
            "teamserver i stället för på den här datorn. Skriv adressen som IT-avdelningen "
            "har gett dig. Tom: datorns eget arkiv. Gäller från nästa start; "
            "”sipdesk --local” startar med datorns arkiv ändå."))
        intro.setWordWrap(True)
        intro.setStyleSheet(theme.MUTED_TEXT)
        self.url = QLineEdit()
        self.url.setObjectName("ServerUrl")
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setAccessibleName(self.tr("Teamserverns adress"))
        self.url.setAccessibleDescription(self.tr(
            "Adressen till teamservern, utan lösenord; lösenordet frågas efter vid start och "
            "kan sparas i nyckelringen"))
        self.test_button = QPushButton(self.tr("Testa anslutningen"))
        self.test_button.setObjectName("ServerTest")
        self.test_button.setAccessibleDescription(self.tr(
            "Ansluter en gång till adressen i fältet och säger om det fungerar"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel("")
        self.result.setObjectName("ServerTestResult")
        self.result.setWordWrap(True)
        self.error = QLabel("")  # a refused address, when the dialog is saved
        self.error.setObjectName("ServerUrlError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.ERROR_TEXT)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Teamserver")))
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.url.textEdited.connect(lambda _text: self.result.clear())

    def value(self) -> str:
        return self.url.text().strip()

    def set_value(self, url: str) -> None:
        self.url.setText(url)

    def show_error(self, message: str | None) -> None:
        self.error.setText(failure_text(message) if message else "")
        self.error.setVisible(bool(message))

    # --- the test -------------------------------------------------------------------------

    def test(self) -> None:
        url = self.value()
        if not url:
            self._say(self.tr("Ingen adress: programmet använder datorns eget arkiv."), True)
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("Ansluter…"), True)
        self._ops.read(self, lambda ws: ws.server_connection.test(url), self._tested,
                       self._test_failed)

    def _tested(self, outcome: Any) -> None:
        self.test_button.setEnabled(True)
        kind = outcome.outcome.value
        if kind == "works":
            self._say(self.tr("Anslutningen fungerar: {server} svarar och arkivet finns där. "
                              "Spara, så används teamservern från nästa start.").format(
                server=outcome.where), True)
        elif kind == "needs_password":
            self._say(self.tr("{server} svarar och vill ha ditt lösenord. Det frågas efter "
                              "vid nästa start, och du kan spara det i nyckelringen.").format(
                server=outcome.where), True)
        else:
            self._say(failure_text(outcome.message), False)

    def _test_failed(self, failure: Failure) -> None:
        self.test_button.setEnabled(True)
        self._say(failure_text(failure), False)

    def _say(self, text: str, good: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(theme.MUTED_TEXT if good else theme.ERROR_TEXT)
