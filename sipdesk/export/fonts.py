"""The embedded TrueType fonts every document uses, so that åäöÅÄÖé always render.

The export layer does not know where resources/ lives (source tree or a
PyInstaller bundle): the caller passes the fonts folder in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


FONTS = Fonts(regular="SipSans", bold="SipSans-Bold")


class FontsMissing(FileNotFoundError):
    """The fonts folder lacks a file: the installation is incomplete."""


def register_fonts(fonts_dir: Path) -> Fonts:
    """Register the DejaVu fonts from `fonts_dir` with reportlab (once per process)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if FONTS.regular in registered and FONTS.bold in registered:
        return FONTS
    fonts_dir = Path(fonts_dir)
    for name, file in ((FONTS.regular, REGULAR_FILE), (FONTS.bold, BOLD_FILE)):
        path = fonts_dir / file
        if not path.is_file():
            raise FontsMissing(f"Typsnittet {file} saknas i {fonts_dir}.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in a Paragraph picks the bold face of the family.
    addMapping(FONTS.regular, 0, 0, FONTS.regular)
    addMapping(FONTS.regular, 1, 0, FONTS.bold)
    addMapping(FONTS.regular, 0, 1, FONTS.regular)
    addMapping(FONTS.regular, 1, 1, FONTS.bold)
    return FONTS
