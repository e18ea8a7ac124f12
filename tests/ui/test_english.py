"""English as the second language: the main window's menus, title and the board's column
headers in English from resources/i18n/sipdesk_en.qm, installed the way the program does
(ui/app.py's application()); Swedish back afterwards, with Qt's "Avbryt"; the command
line's argparse words in the chosen language; and the translation up to date with the code.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox

from sipdesk.cli.main import main
from sipdesk.domain.deadlines import DueItem, DueKind
from sipdesk.domain.enums import Stage
from sipdesk.domain.flags import Flag
from sipdesk.services.resources import resources_dir
from sipdesk.ui import i18n
from sipdesk.ui.app import application
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.dialogs.language_choice import LanguageChoice
from sipdesk.ui.language import installed_language, save_language, saved_language
from sipdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "sipdesk" / "ui"
# The command line's help and messages share the translation (cli/cli_words.py).
TRANSLATED = (UI, ROOT / "sipdesk" / "cli")
TS = resources_dir() / "i18n" / "sipdesk_en.ts"
QM = resources_dir() / "i18n" / "sipdesk_en.qm"
# Words that give Swedish away even without å, ä or ö.
SWEDISH_WORDS = {
    "arkiv", "redigera", "visa", "ärende", "ärendet", "ärenden", "hjälp", "och", "till",
    "nytt", "sök", "lås", "avsluta", "uppdatera", "inställningar", "statistik", "behov",
    "samtycke", "kallelse", "kallelser", "möte", "uppföljning", "avslut", "tillbaka",
    "tavlan", "flytta", "steg", "nästa", "bara", "initialer", "listan", "dag", "organisationer",
    "importera", "katalog", "gallra", "avslutade", "samordning", "rensa", "sökning", "filter",
    "om", "gör", "av", "som", "för", "aktörer", "kallas", "fortsatt", "planering",
    "alla", "samordnare", "verksamheter", "verksamhet", "försenad", "försenade", "totalt",
    "ingen", "ansvarig", "morgon", "barn", "nätverk", "avvikelser", "historik", "planversioner",
    "kartläggning", "frågeställning", "ändringar", "sparas", "direkt", "saknas", "inga",
}


def swedish_in(text: str) -> set[str]:
    """What in `text` is Swedish: å/ä/ö, or a known Swedish word."""
    plain = text.replace("&", "")
    found = {ch for ch in plain if ch in "åäöÅÄÖ"}
    return found | {w for w in re.findall(r"\w+", plain.lower()) if w in SWEDISH_WORDS}


@pytest.fixture
def english(qapp):
    """The program in English, as `sipdesk --lang en` starts it; Swedish again afterwards."""
    application("en")
    assert installed_language(qapp) == "en"
    try:
        yield
    finally:
        application("sv")
        assert installed_language(qapp) == "sv"


def _window(qtbot, ops) -> MainWindow:
    window = MainWindow(ops)
    qtbot.addWidget(window)
    return window


def _menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for top in window.menuBar().actions():
        texts.append(top.text())
        menu = top.menu()
        texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
        texts.extend(a.statusTip() for a in menu.actions() if a.statusTip())
    return texts


def _headers(window: MainWindow) -> list[str]:
    return [t for c in window.board.columns.values() for t in (c.title.text(), c.title.toolTip())]


@pytest.mark.demo_data(cases=12, seed=2026)
def test_the_main_windows_menus_and_board_headers_are_english(qtbot, ops, english):
    window = _window(qtbot, ops)
    assert QLocale().language() == QLocale.Language.English
    menus = _menu_texts(window)
    assert [t.replace("&", "") for t in menus[:1]] == ["File"]
    assert len(menus) > 40
    for text in [*menus, *_headers(window), window.windowTitle()]:
        assert not swedish_in(text), (text, swedish_in(text))
    assert window.board.columns[Stage.FOLLOW_UP].title.text() == "5. Follow-up"
    window._show_busy(True)
    assert window._busy.text() == "Working…"
    # Qt's own words are English too.
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"OK", "Cancel"}


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_the_same_checks_find_swedish_and_qt_says_avbryt(qtbot, ops, english):
    application("sv")  # as a Swedish start after an English one (the fixture ends Swedish too)
    window = _window(qtbot, ops)
    menus = _menu_texts(window)
    assert menus[0] == "&Arkiv"
    assert all(swedish_in(t) for t in [menus[0], *_headers(window)[::2]])
    box = QMessageBox(QMessageBox.Icon.Question, "Fråga", "Spara?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert "Avbryt" in {b.text().replace("&", "") for b in box.buttons()}
    assert QLocale().language() == QLocale.Language.Swedish


def test_the_stage_words_are_the_domains():
    domain = {s.label for s in Stage} | {s.short_label for s in Stage}
    assert set(i18n.STAGE_WORDS) == domain


def test_the_flag_and_due_words_are_the_domains():
    assert set(i18n.FLAG_WORDS) == {f.label for f in Flag} | {f.badge for f in Flag}
    assert set(i18n.DUE_WORDS) == {k.label for k in DueKind}


# --- the board's filter bar, its cards, the Today list and the case record ----------------


def _filter_bar(window: MainWindow) -> list[str]:
    board = window.board
    return [
        board.search.placeholderText(), board.search.accessibleName(),
        board.coordinator.itemText(0), board.coordinator.toolTip(),
        *(board.stage.itemText(i) for i in range(board.stage.count())),
        board.organisation.itemText(0),
        board.attention.text(), board.attention.toolTip(),
    ]


def _today(window: MainWindow) -> list[str]:
    title = window.today.findChild(QLabel, "TodayTitle")
    return [title.text(), window.today.summary.text()]


def _record(qtbot, ops, ws) -> CaseRecord:
    record = CaseRecord(ops, ws.board.snapshot().cards[0].id)
    qtbot.addWidget(record)
    return record


def _record_texts(record: CaseRecord) -> list[str]:
    return [*(record.tabs.tabText(i) for i in range(record.tabs.count())),
            record.undo_button.text(), record.undo_button.toolTip(), record.redo_button.text(),
            record.archive_button.text(), record.status.text()]


@pytest.mark.demo_data(cases=12, seed=2026)
def test_the_filter_bar_today_and_the_record_are_english(qtbot, ops, ws, english):
    window = _window(qtbot, ops)
    assert window.board.is_loaded and window.today.model.rowCount() > 0
    texts = [*_filter_bar(window), *_today(window)]
    for text in texts:
        assert not swedish_in(text), (text, swedish_in(text))
    assert window.board.coordinator.itemText(0) == "All coordinators"
    assert window.board.attention.text() == "Needs action"
    assert _today(window)[0] == "Today"
    assert re.fullmatch(r"\d+ overdue · \d+ in all", _today(window)[1])
    record = _record(qtbot, ops, ws)
    texts = _record_texts(record)
    for text in texts:
        assert not swedish_in(text), (text, swedish_in(text))
    assert texts[:2] == ["Child and guardians", "Question and assessment"]
    assert record.status.text() == "Every change is saved at once."
    assert "Stage" in record.subtitle.text()


def test_the_cards_words_are_english(english):
    from sipdesk.ui.board.cards import due_label, due_phrase

    due = date(2026, 11, 23)
    late = DueItem(due=due, case_reference="SIP-2026-001", kind=DueKind.BOOK_MEETING,
                   text="Boka SIP-möte", overdue=True)
    assert due_phrase(late, due) == "overdue today"
    assert due_phrase(late, due + timedelta(days=1)) == "1 day overdue"
    assert due_phrase(late, due + timedelta(days=3)) == "3 days overdue"
    assert due_phrase(late, due + timedelta(days=3), short=True) == "3 d overdue"
    coming = DueItem(due=due, case_reference="SIP-2026-001", kind=DueKind.BOOK_MEETING,
                     text="Boka SIP-möte")
    assert due_phrase(coming, due) == "today"
    assert due_phrase(coming, due - timedelta(days=1)) == "tomorrow"
    assert due_label(late) == "Book the SIP meeting"
    for kind in DueKind:
        assert not swedish_in(i18n.due_kind_label(kind)), kind
    for flag in Flag:
        assert not swedish_in(i18n.flag_badge(flag)), flag
    assert i18n.flag_badge(Flag.NO_PLAN_OWNER) == "No lead"


def test_under_swedish_the_cards_words_are_unchanged():
    from sipdesk.ui.board.cards import due_phrase

    due = date(2026, 11, 23)
    late = DueItem(due=due, case_reference="SIP-2026-001", kind=DueKind.BOOK_MEETING,
                   text="Boka SIP-möte", overdue=True)
    assert due_phrase(late, due + timedelta(days=1)) == "1 dag försenad"
    assert due_phrase(late, due + timedelta(days=3)) == "3 dagar försenad"
    assert due_phrase(late, due + timedelta(days=3), short=True) == "3 d försenad"
    assert i18n.flag_badge(Flag.NO_PLAN_OWNER) == "Ingen ansvarig"


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_the_filter_bar_today_and_the_record_are_unchanged(qtbot, ops, ws):
    window = _window(qtbot, ops)
    bar = _filter_bar(window)
    assert bar[0] == "Sök namn, personnummer, verksamhet eller fråga…"
    assert window.board.coordinator.itemText(0) == "Alla samordnare"
    assert window.board.stage.itemText(0) == "Alla steg"
    assert window.board.organisation.itemText(0) == "Alla verksamheter"
    assert window.board.attention.text() == "Behöver åtgärd"
    title, summary = _today(window)
    assert title == "I dag"
    assert re.fullmatch(r"\d+ försenade · \d+ totalt", summary)
    record = _record(qtbot, ops, ws)
    texts = _record_texts(record)
    assert texts[:3] == ["Barn och vårdnadshavare", "Frågeställning och kartläggning", "Samtycke"]
    assert texts[-5:] == ["Ångra", "Ångra senaste ändringen (Ctrl+Z)", "Gör om",
                          "Avsluta ärendet…", "Alla ändringar sparas direkt."]
    assert i18n.flag_badge(Flag.NO_PLAN_OWNER) == "Ingen ansvarig"


# --- the language choice -------------------------------------------------------------------


def test_the_choice_is_kept_for_the_next_start(qtbot, qapp):
    assert saved_language() == "sv"
    choice = LanguageChoice()
    qtbot.addWidget(choice)
    assert choice.title() == "Språk / Language"
    assert [choice.combo.itemText(i) for i in range(choice.combo.count())] == [
        "Svenska", "English"]
    choice.combo.setCurrentIndex(choice.combo.findData("en"))
    assert saved_language() == "sv"  # only when the settings dialog is saved
    choice.save()
    assert saved_language() == "en"
    assert installed_language(qapp) == "sv"  # at the next start, not now
    assert LanguageChoice().chosen() == "en"


def test_the_settings_dialog_saves_the_choice_with_the_rest(qtbot, ops):
    from sipdesk.ui.dialogs.settings import SettingsDialog
    from tests.ui.conftest import settle

    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("en"))
    dialog.reject()
    assert saved_language() == "sv"
    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: saved_language() == "en", timeout=3000)


# --- the command line ---------------------------------------------------------------------


def test_lang_en_gives_argparses_english(capsys):
    assert main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: sipdesk") and "show this help message and exit" in out
    assert main(["--lang=en", "--nosuch"]) == 2
    assert "error: unrecognized arguments: --nosuch" in capsys.readouterr().err


def test_swedish_by_default_and_the_saved_choice_followed(capsys):
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("användning: sipdesk")
    before = saved_language()
    save_language("en")
    try:
        assert main(["--help"]) == 0
        assert capsys.readouterr().out.startswith("usage: sipdesk")
        assert main(["--lang", "sv", "--help"]) == 0  # the command line wins
        assert capsys.readouterr().out.startswith("användning: sipdesk")
        assert main(["--lang", "de"]) == 2  # told in the saved language
        assert "invalid choice: 'de'" in capsys.readouterr().err
    finally:
        save_language(before)  # the settings are shared by the session's tests


# --- the translation is up to date ---------------------------------------------------------


def _ts_messages() -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _marked_in_code() -> set[tuple[str, str]]:
    """Every (context, source) of a translate() or QT_TRANSLATE_NOOP() call in sipdesk/ui and
    sipdesk/cli, and of a self.tr() call (its context is the class it is written in)."""
    marked = set()
    for path in (p for folder in TRANSLATED for p in folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    marked.add((cls.name, node.args[0].value))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, source = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                marked.add((context.value, source.value))
    return marked


def _forms(message: ET.Element) -> list[str]:
    """The English of a message: one text, or (numerus="yes") one per plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_marked_string_is_translated_and_finished():
    messages = _ts_messages()
    marked = _marked_in_code()
    assert {"Actions", "MainWindow", "CaseBoard", "Stage", "CaseRecord", "TodayList",
            "EmptyBoard", "Flag", "DueKind"} <= {c for c, _ in marked}
    missing = marked - set(messages)
    assert not missing, f"run packaging/update_translations.sh: {sorted(missing)}"
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None and all(_forms(message)), key
        assert translation.get("type") is None, (key, translation.get("type"))
    assert set(messages) == marked, "obsolete strings: run packaging/update_translations.sh"


def test_the_qm_is_compiled_from_the_ts():
    translator = QTranslator()
    assert translator.load(str(QM))
    for (context, source), message in _ts_messages().items():
        if message.get("numerus") == "yes":  # English: one, then many
            forms = _forms(message)
            assert translator.translate(context, source, "", 1) == forms[0], source
            assert translator.translate(context, source, "", 2) == forms[1], source
        else:
            assert translator.translate(context, source) == message.findtext("translation"), \
                source


@pytest.mark.slow
def test_lupdate_finds_nothing_new(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "sipdesk_en.ts"
    shutil.copy(TS, copy)
    files = sorted(str(p) for folder in TRANSLATED for p in folder.rglob("*.py"))
    subprocess.run([str(lupdate), "-locations", "none", "-no-obsolete", *files, "-ts", str(copy)],
                   check=True, capture_output=True, cwd=ROOT)
    assert "unfinished" not in copy.read_text(encoding="utf-8")
    # <message> and <message numerus="yes"> (plural forms) alike
    assert len(re.findall(r"<message[ >]", copy.read_text(encoding="utf-8"))) == len(
        _ts_messages())
