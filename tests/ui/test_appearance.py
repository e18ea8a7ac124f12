"""High contrast and text at 200 %: chosen in settings, applied to the whole application,
and the main window still needs no sideways scrolling at 1920x1080."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel

from sipdesk.ui import memory, theme
from sipdesk.ui.dialogs.settings import SettingsDialog
from sipdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_fits_1366 import _meeting_case, _scrolling_sideways

pytestmark = pytest.mark.demo_data(cases=12)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restored(qapp):
    """Whatever a test applies, the next test gets the application as it was."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    theme._base_font = theme._base_palette = None
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    theme._base_font = theme._base_palette = None
    theme._text_scale = 100


def _contrast(a: str, b: str) -> float:
    def luminance(name: str) -> float:
        c = QColor(name)
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_makes_text_white_and_background_black(qapp):
    before = QColor(qapp.palette().color(QPalette.ColorRole.Window))
    theme.apply_appearance(qapp, high_contrast=True, scale=100)
    palette = qapp.palette()
    role = QPalette.ColorRole
    assert palette.color(role.WindowText) == QColor("#ffffff")
    assert palette.color(role.Text) == QColor("#ffffff")
    assert palette.color(role.Window) == QColor("#000000")
    assert palette.color(role.Base) == QColor("#000000")
    assert palette.color(role.Highlight) == QColor("#ffff00")
    assert palette.color(role.HighlightedText) == QColor("#000000")
    theme.apply_appearance(qapp, high_contrast=False, scale=100)
    assert qapp.palette().color(role.Window) == before


def test_every_text_colour_of_high_contrast_is_aaa_on_black():
    colours = theme.HIGH_CONTRAST_COLOURS
    texts = ["INK", "STRONG", "MUTED", "FAINT", "HEADING", "ERROR", "ERROR_INK", "WARNING_INK",
             "NOTICE_INK", "OK_INK", "CURRENT", "SELECTED", "PAUSED_SCREEN_INK"]
    stages = colours["STAGE_COLOURS"]
    assert isinstance(stages, dict)
    for name, colour in [*((t, colours[t]) for t in texts), *stages.items()]:
        assert _contrast(str(colour), "#000000") >= 7, name
    for name in ("COLUMN", "OVERDUE_ROW", "SELECTED_FILL"):  # fills under white text
        assert _contrast("#ffffff", str(colours[name])) >= 7, name


def test_high_contrast_chosen_in_settings_colours_every_surface_at_the_next_start(tmp_path):
    """The surfaces take their colours from ui/theme.py when it is imported: a new start."""
    script = (
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,"
        f" {str(tmp_path)!r})\n"
        "from sipdesk.ui import memory\n"
        "memory.set_value('appearance/high_contrast', True)\n"
        "from sipdesk.ui import theme, forms\n"
        "print(theme.HIGH_CONTRAST, theme.INK, theme.PANEL, forms.theme.error_small())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=60).stdout.split()
    assert out[:3] == ["True", "#ffffff", "#000000"]
    assert theme.HIGH_CONTRAST_COLOURS["ERROR"] in " ".join(out[3:])


def test_the_settings_dialog_stores_the_choice_and_scales_the_text(qtbot, ops, qapp):
    base = qapp.font().pointSizeF()
    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    choice = dialog.appearance
    assert choice.objectName() == "AppearanceGroup"
    assert choice.scale.accessibleName() == "Textstorlek"
    choice.high_contrast.setChecked(True)
    choice.scale.setCurrentIndex(choice.scale.findData(200))
    dialog.accepted.emit()  # as "Spara" does once everything is stored
    assert memory.value(theme.FONT_SCALE_KEY, 0, int) == 200
    assert theme.high_contrast_chosen()
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    reopened = SettingsDialog(ops)
    qtbot.addWidget(reopened)
    assert reopened.appearance.chosen() == (True, 200)


@pytest.fixture
def at_200(qapp):
    theme.apply_appearance(qapp, high_contrast=True, scale=200)
    yield


def _fits(qtbot, ops, window, what: str) -> None:
    settle(qtbot, ops)
    qtbot.wait(20)
    assert window.width() <= 1920, f"{what} grew to {window.width()} px"
    assert _scrolling_sideways(window) == [], what


def test_at_200_percent_the_board_and_every_record_tab_fit_1920(qtbot, ops, ws, at_200):
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.resize(1920, 1040)  # 1080 less a taskbar
    window.show()
    _fits(qtbot, ops, window, "the board and the Today list")
    assert window.board.isVisible() and window.today.isVisible()
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    record = window.record
    assert record is not None
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        _fits(qtbot, ops, window, f"the record's tab {record.tabs.tabText(index)!r}")
    window.close()


def _record_fonts(qtbot, ops, ws) -> tuple[float, float, float]:
    """The record's title, its subtitle (body text) and the Today list's heading, in points."""
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.resize(1920, 1040)
    window.show()
    settle(qtbot, ops)
    case, _ = _meeting_case(ws)
    window.open_case(case.id)
    record = window.record
    assert record is not None
    settle(qtbot, ops)
    record.title.ensurePolished()
    record.subtitle.ensurePolished()
    today = window.today.findChild(QLabel, "TodayTitle")
    assert today is not None
    sizes = (record.title.font().pointSizeF(), record.subtitle.font().pointSizeF(),
             today.font().pointSizeF())
    window.close()
    return sizes


def test_at_200_percent_headings_grow_with_the_text(qtbot, ops, ws, qapp):
    theme.apply_appearance(qapp, high_contrast=False, scale=100)
    title_100, body_100, today_100 = _record_fonts(qtbot, ops, ws)
    assert theme.font_size(17) == "font-size: 17pt;"  # 100 %: the sizes as they were
    theme.apply_appearance(qapp, high_contrast=False, scale=200)
    title_200, body_200, today_200 = _record_fonts(qtbot, ops, ws)
    assert theme.font_size(17) == "font-size: 34pt;"
    assert theme.font_size(11, "px") == "font-size: 22px;"
    assert title_200 == pytest.approx(title_100 * 2)
    assert title_200 > body_200 > body_100
    assert today_200 > today_100 and today_200 > body_200


def test_no_style_sheet_sets_a_literal_font_size():
    """Every font size of a style sheet is built by theme.font_size, so it follows the scale."""
    declaration = re.compile(r"font-size\s*:", re.IGNORECASE)
    helper = len(declaration.findall(inspect.getsource(theme.font_size)))
    assert helper > 0
    found = []
    for path in sorted((ROOT / "sipdesk" / "ui").rglob("*.py")):
        count = len(declaration.findall(path.read_text(encoding="utf-8")))
        if path.name == "theme.py" and path.parent.name == "ui":
            count -= helper
        if count:
            found.append(f"{path.relative_to(ROOT)}: {count}")
    assert found == [], "font sizes not built by theme.font_size"
