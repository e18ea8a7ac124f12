"""Qt's own words are Swedish: standard buttons, a text field's menu, the file dialog and
the calendar, as in the program (ui/language.py, installed by ui/app.py's application())."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from sipdesk.ui.app import application
from sipdesk.ui.language import install_swedish


def _texts(menu) -> list[str]:
    return [action.text().replace("&", "").split("\t")[0] for action in menu.actions()]


def test_a_message_box_says_avbryt_not_cancel(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Fråga", "Spara?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Ok", "Avbryt"}  # Qt's Swedish translation writes "Ok"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Stäng"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Spara"


def test_a_text_fields_menu_is_swedish(qtbot):
    field = QLineEdit("text")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = _texts(menu)
    for word in ("Ångra", "Klipp ut", "Kopiera", "Klistra in"):
        assert word in texts, texts
    assert "Paste" not in texts and "Undo" not in texts
    menu.deleteLater()


def test_the_file_dialog_is_swedish(qtbot, tmp_path):
    dialog = QFileDialog(None, "Spara planen", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Titta i:", "Filnamn:"} <= labels, labels  # "Look in:", "File name:"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept).replace("&", "") == "Spara"


def test_the_calendar_names_months_and_days_in_swedish(qtbot):
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 12, 21))
    assert calendar.locale().language() == QLocale.Language.Swedish
    assert calendar.locale().monthName(12) == "december"
    assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat).startswith("mån")
    assert QLocale().toString(QDate(2026, 12, 21), "dddd d MMMM") == "måndag 21 december"


def test_the_program_and_the_tests_install_it_the_same_way(qapp):
    assert application() is qapp
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert install_swedish(qapp)  # twice is harmless
    assert QLocale().language() == QLocale.Language.Swedish
