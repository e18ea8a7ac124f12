"""The house style of sipdesk's documents: one palette and one page geometry.

Every exported document (invitation, plan, attendance list, family version)
looks like it comes from the same office.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

ACCENT = colors.HexColor("#1E5A73")  # a calm deep blue-green
ACCENT_TINT = colors.HexColor("#EAF2F5")
FAMILY_TINT = colors.HexColor("#FBF5E9")
FAMILY_EDGE = colors.HexColor("#C9A04E")
TEXT = colors.HexColor("#1F2629")
MUTED_HEX = "#5B676E"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#C8D3D8")
ZEBRA = colors.HexColor("#F5F8F9")

PAGE_W, PAGE_H = A4
MARGIN_X = 24 * mm
MARGIN_TOP = 23 * mm
MARGIN_BOTTOM = 21 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
PAD = 6  # reportlab's frame padding: header and footer line up with the text
TEXT_W = FRAME_W - 2 * PAD
