"""The palette: every colour of the window by what it means (picard's ui/colors.py is the model).

Widgets name a role (INK, MUTED, ERROR …) instead of a hex value, so the
window has one look and a later dark or high-contrast theme changes one file.
Badges are (background, text) pairs with enough contrast for small type.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from sipdesk.domain.enums import Stage

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

# Badges: (background, text)
BADGE_RED = (ERROR_FILL, ERROR_INK)
BADGE_AMBER = ("#fff0dc", "#9a4a00")
BADGE_YELLOW = (NOTICE_FILL, NOTICE_INK)
BADGE_GREEN = (OK_FILL, OK_INK)
BADGE_GREY = (COLUMN, "#4a5564")
BADGE_PURPLE = ("#efe6fb", "#5b2a9e")
BADGE_PINK = ("#fde4ef", "#9c1c55")

STAGE_COLOURS: dict[Stage, str] = {
    Stage.NEED_FOUND: "#6b7a90",
    Stage.CONSENT_AND_PLANNING: "#2f7fb8",
    Stage.ACTORS_INVITED: "#7a5cc2",
    Stage.MEETING: "#1f8a70",
    Stage.FOLLOW_UP: "#c27c0e",
    Stage.CLOSE_OR_CONTINUE: "#5c6770",
}


def qcolor(name: str) -> QColor:
    return QColor(name)


# Style sheets shared by several surfaces.
ERROR_TEXT = f"color: {ERROR};"
ERROR_SMALL = f"color: {ERROR}; font-size: 9pt;"
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
