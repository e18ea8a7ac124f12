"""The palette: every colour of the window by what it means (picard's ui/colors.py is the model).

Widgets name a role (INK, MUTED, ERROR …) instead of a hex value, so the
window has one look and a later dark or high-contrast theme changes one file.
Badges are (background, text) pairs with enough contrast for small type.

High contrast (white and yellow on black, every text at least 7:1, WCAG AAA)
replaces the colours below when chosen in settings; it is read once, when this
module is first imported, because widgets take their colours when built, so it
takes full effect at the next start. The font scale (100-200 %) changes the
application's font at once. Both are kept in QSettings (ui/memory.py).

A style sheet never writes a literal font size: `font_size(17)` gives 17pt at
100 % and 34pt at 200 %, so headings grow
with the text (tests/ui/test_appearance.py checks the sources). Style sheets are
built when a widget is, so build them in a function, not at import.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sipdesk.domain.enums import Stage
from sipdesk.ui import memory

HIGH_CONTRAST_KEY = "appearance/high_contrast"
FONT_SCALE_KEY = "appearance/font_scale"
FONT_SCALES = (100, 125, 150, 175, 200)  # per cent of the desktop's font size

# Text
INK = "#1d2733"  # body text
STRONG = "#111418"  # the clock, headings on white
MUTED = "#5f6b7a"  # secondary text: hints, references, counts
FAINT = "#8a94a3"  # keyboard hints
HEADING = "#0b3d91"  # a part's heading in the protocol

# Surfaces
WINDOW = "#f6f7f9"
PANEL = "#ffffff"
COLUMN = "#eef1f5"  # a board column
BORDER = "#d9dee5"
FIELD_BORDER = "#c9d0d9"
SCROLL_HANDLE = "#c3cad4"
SELECTED = "#2f6fd6"
SELECTED_FILL = "#eef4ff"
ROW_SELECTED = "#e3ecfb"
DIVIDER = "#e3e7ec"
OVERDUE_ROW = "#fff5f4"

# Meaning
ERROR = "#b3261e"  # a refusal, a failed save, something overdue
ERROR_FILL = "#fde7e7"
ERROR_INK = "#a61b1b"
ERROR_BORDER = "#f1b0ab"
WARNING_INK = "#7a4b00"  # calm warnings: late, over time, internal notes
WARNING_FILL = "#fff6e0"
WARNING_BORDER = "#f0c98a"
NOTICE_INK = "#6f5600"  # a late invitation
NOTICE_FILL = "#fff6cc"
NOTICE_BORDER = "#f0d77a"
OK_INK = "#1d6b3a"  # saved, answered
OK_FILL = "#e3f4e8"
CURRENT = "#d99400"  # the part of the meeting we are in
CURRENT_FILL = "#fff1b8"
PAUSED_SCREEN = "#2e3440"  # the projector while paused: dark, calm, not a blank glare
PAUSED_SCREEN_INK = "#e5e9f0"

STAGE_COLOURS: dict[Stage, str] = {
    Stage.NEED_FOUND: "#6b7a90",
    Stage.CONSENT_AND_PLANNING: "#2f7fb8",
    Stage.ACTORS_INVITED: "#7a5cc2",
    Stage.MEETING: "#1f8a70",
    Stage.FOLLOW_UP: "#c27c0e",
    Stage.CLOSE_OR_CONTINUE: "#5c6770",
}

# High contrast: white text on black, yellow for what is selected or current; every
# colour of text at least 7:1 against black.
HIGH_CONTRAST_COLOURS: dict[str, object] = {
    "INK": "#ffffff", "STRONG": "#ffffff", "MUTED": "#e0e0e0", "FAINT": "#d0d0d0",
    "HEADING": "#ffff66",
    "WINDOW": "#000000", "PANEL": "#000000", "COLUMN": "#141414", "BORDER": "#ffffff",
    "FIELD_BORDER": "#ffffff", "SCROLL_HANDLE": "#ffffff", "SELECTED": "#ffff00",
    "SELECTED_FILL": "#333300", "ROW_SELECTED": "#333300", "DIVIDER": "#9a9a9a",
    "OVERDUE_ROW": "#2a0000",
    "ERROR": "#ff8c8c", "ERROR_FILL": "#000000", "ERROR_INK": "#ff8c8c",
    "ERROR_BORDER": "#ff8c8c", "WARNING_INK": "#ffd75e", "WARNING_FILL": "#000000",
    "WARNING_BORDER": "#ffd75e", "NOTICE_INK": "#ffff66", "NOTICE_FILL": "#000000",
    "NOTICE_BORDER": "#ffff66", "OK_INK": "#8cff9e", "OK_FILL": "#000000",
    "CURRENT": "#ffff00", "CURRENT_FILL": "#333300", "PAUSED_SCREEN": "#000000",
    "PAUSED_SCREEN_INK": "#ffffff",
    "STAGE_COLOURS": {
        Stage.NEED_FOUND: "#d0d8e8",
        Stage.CONSENT_AND_PLANNING: "#7fd4ff",
        Stage.ACTORS_INVITED: "#d2b8ff",
        Stage.MEETING: "#6fffc8",
        Stage.FOLLOW_UP: "#ffc266",
        Stage.CLOSE_OR_CONTINUE: "#e0e0e0",
    },
}


def high_contrast_chosen() -> bool:
    # QSettings keeps a bool of an ini file as the text "true".
    return str(memory.value(HIGH_CONTRAST_KEY, False)).lower() in ("1", "true", "yes")


def font_scale_chosen() -> int:
    scale = memory.value(FONT_SCALE_KEY, 100, int)
    return min(max(scale, FONT_SCALES[0]), FONT_SCALES[-1])


HIGH_CONTRAST = high_contrast_chosen()
if HIGH_CONTRAST:
    globals().update(HIGH_CONTRAST_COLOURS)

# Badges: (background, text)
BADGE_RED = (ERROR_FILL, ERROR_INK)
BADGE_AMBER = ("#fff0dc", "#9a4a00")
BADGE_YELLOW = (NOTICE_FILL, NOTICE_INK)
BADGE_GREEN = (OK_FILL, OK_INK)
BADGE_GREY = (COLUMN, "#4a5564")
BADGE_PURPLE = ("#efe6fb", "#5b2a9e")
BADGE_PINK = ("#fde4ef", "#9c1c55")
if HIGH_CONTRAST:  # text of the badge's colour on black, the badge framed by its word
    BADGE_AMBER = ("#000000", "#ffc266")
    BADGE_GREY = ("#000000", "#ffffff")
    BADGE_PURPLE = ("#000000", "#d2b8ff")
    BADGE_PINK = ("#000000", "#ff9ccf")


def qcolor(name: str) -> QColor:
    return QColor(name)


_text_scale = 100  # per cent; set by apply_appearance


def text_scale() -> int:
    """The text size applied to the application, in per cent (100 until applied)."""
    return _text_scale


def font_size(size: float, unit: str = "pt", *, scaled: bool = True) -> str:
    """A style sheet's font size declaration: `size` at 100 %, grown with the text size.

    `scaled=False` only where a surface has its own size control (the projector's zoom).
    """
    value = size * _text_scale / 100 if scaled else size
    if unit == "px":  # Qt takes whole pixels
        return f"font-size: {max(round(value), 1)}px;"
    return f"font-size: {round(value, 2):g}{unit};"


# Style sheets shared by several surfaces.
ERROR_TEXT = f"color: {ERROR};"


def error_small() -> str:
    """The error line under a field: red, a little smaller than the text."""
    return f"color: {ERROR}; {font_size(9)}"


MUTED_TEXT = f"color: {MUTED};"
OK_TEXT = f"color: {OK_INK};"
INVALID_FIELD = f"border: 1px solid {ERROR}; border-radius: 3px;"
WARNING_BOX = (
    f"background: {NOTICE_FILL}; color: {NOTICE_INK}; border: 1px solid {NOTICE_BORDER};"
    " border-radius: 4px; padding: 6px;"
)


def banner(kind: str) -> str:
    """The style of a one-line message: 'error', 'warning' or 'ok'."""
    fill, ink = {"error": BADGE_RED, "warning": BADGE_YELLOW}.get(kind, BADGE_GREEN)
    return f"background: {fill}; color: {ink}; border-radius: 4px; padding: 6px 8px;"


# --- applied to the whole application ----------------------------------------------------


def high_contrast_palette() -> QPalette:
    """White on black, yellow for the selection and links; greyed text still 7:1."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, black), (role.WindowText, white), (role.Base, black),
        (role.AlternateBase, QColor("#141414")), (role.Text, white), (role.Button, black),
        (role.ButtonText, white), (role.BrightText, yellow), (role.Highlight, yellow),
        (role.HighlightedText, black), (role.ToolTipBase, black), (role.ToolTipText, white),
        (role.PlaceholderText, QColor("#c8c8c8")), (role.Link, yellow),
        (role.LinkVisited, QColor("#ffd75e")), (role.Light, white), (role.Midlight, white),
        (role.Mid, QColor("#9a9a9a")), (role.Dark, white), (role.Shadow, white),
    ):
        palette.setColor(r, colour)
    grey = QColor("#a8a8a8")
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, grey)
    return palette


HIGH_CONTRAST_STYLE = """
QAbstractButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus {
    border: 2px solid #ffff00;
}
QPushButton, QToolButton { border: 1px solid #ffffff; padding: 3px 8px; }
QToolTip { color: #ffffff; background: #000000; border: 1px solid #ffff00; }
"""

_base_font: QFont | None = None  # the desktop's, before any scaling
_base_palette: QPalette | None = None


def apply_appearance(app: QApplication, *, high_contrast: bool | None = None,
                     scale: int | None = None) -> None:
    """The chosen (or given) contrast and font scale, on the whole application."""
    global _base_font, _base_palette, _text_scale
    if _base_font is None:
        _base_font = QFont(app.font())
        _base_palette = QPalette(app.palette())
    if high_contrast is None:
        high_contrast = HIGH_CONTRAST
    if scale is None:
        scale = font_scale_chosen()
    _text_scale = scale
    font = QFont(_base_font)
    size = _base_font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale / 100)
    app.setFont(font)
    if high_contrast:
        app.setPalette(high_contrast_palette())
        if HIGH_CONTRAST_STYLE not in app.styleSheet():
            app.setStyleSheet(app.styleSheet() + HIGH_CONTRAST_STYLE)
    else:
        app.setPalette(_base_palette or app.style().standardPalette())
        app.setStyleSheet(app.styleSheet().replace(HIGH_CONTRAST_STYLE, ""))


def save_appearance(high_contrast: bool, scale: int) -> None:
    memory.set_value(HIGH_CONTRAST_KEY, high_contrast)
    memory.set_value(FONT_SCALE_KEY, scale)
