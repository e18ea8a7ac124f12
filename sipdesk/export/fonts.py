"""The embedded TrueType fonts every document uses, so that åäöÅÄÖé always render.

DejaVu Sans draws the text; Symbola, the fallback, draws the emoji and
symbols DejaVu lacks (a child called "Elsa 🦄" is printed with her unicorn,
not an empty box); Noto Emoji, the last fallback, draws the newer emoji that
Symbola (Unicode 9) lacks, such as 🥲 and 🫠. reportlab has no font fallback
of its own, so each run of such characters is put in a <font> tag of its
fallback before a paragraph is laid out (`with_symbols`); which characters
need which font is read from the fonts' own character maps.

The export layer does not know where resources/ lives (source tree or a
PyInstaller bundle): the caller passes the fonts folder in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
SYMBOLS_FILE = "Symbola.ttf"
EMOJI_FILE = "NotoEmoji-Regular.ttf"  # subset to what Symbola lacks (LICENSE-NotoEmoji.txt)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    symbols: str = "SipSymbols"  # the fallback for emoji and symbols
    emoji: str = "SipEmoji"  # the last fallback, for emoji newer than Symbola's


FONTS = Fonts(regular="SipSans", bold="SipSans-Bold", symbols="SipSymbols", emoji="SipEmoji")


class FontsMissing(FileNotFoundError):
    """The fonts folder lacks a file: the installation is incomplete."""


@dataclass(frozen=True)
class _Coverage:
    text: frozenset[int]  # what both DejaVu faces draw
    symbols: frozenset[int]  # what the fallback draws
    emoji: frozenset[int]  # what the last fallback draws


_coverage: _Coverage | None = None


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    reportlab writes each character as "<%04X>", which for an emoji (U+1F984)
    gives five hex digits, an invalid entry: the emoji was drawn but could not
    be copied, searched or read aloud from the PDF. Characters up to U+FFFF
    come out exactly as before.
    """
    entries = [f"<{i:02X}> <{ch.encode('utf-16-be').hex().upper()}>"
               for i, ch in enumerate(map(chr, subset))]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *entries,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


def register_fonts(fonts_dir: Path) -> Fonts:
    """Register DejaVu and the fallbacks from `fonts_dir` with reportlab (once per process)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # emoji copyable (see above)
    registered = set(pdfmetrics.getRegisteredFontNames())
    names = (FONTS.regular, FONTS.bold, FONTS.symbols, FONTS.emoji)
    if all(name in registered for name in names):
        _learn_coverage()
        return FONTS
    fonts_dir = Path(fonts_dir)
    files = (REGULAR_FILE, BOLD_FILE, SYMBOLS_FILE, EMOJI_FILE)
    for name, file in zip(names, files, strict=True):
        path = fonts_dir / file
        if not path.is_file():
            raise FontsMissing(f"Typsnittet {file} saknas i {fonts_dir}.")
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in a Paragraph picks the bold face of the family; each fallback has one face,
    # which <b> keeps (it is asked for inside bold text too).
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONTS.regular, bold, italic, FONTS.bold if bold else FONTS.regular)
            addMapping(FONTS.symbols, bold, italic, FONTS.symbols)
            addMapping(FONTS.emoji, bold, italic, FONTS.emoji)
    _learn_coverage()
    return FONTS


def _chars(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _learn_coverage() -> None:
    global _coverage
    if _coverage is None:
        _coverage = _Coverage(_chars(FONTS.regular) & _chars(FONTS.bold),
                              _chars(FONTS.symbols), _chars(FONTS.emoji))


# DejaVu draws all of Latin: only characters beyond it are looked up.
_BEYOND_LATIN = re.compile("[^\x00-\u024f]+")
# Zero-width characters that belong to the emoji before them: variation selectors
# (U+FE0E text, U+FE0F emoji presentation) and the zero-width joiner of sequences.
_JOINERS = frozenset({0xFE0E, 0xFE0F, 0x200D})
# Skin tones (U+1F3FB-U+1F3FF): in one colour the fallback can only draw them as a
# grey square beside the emoji, so after another character they are left out.
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def _fallback(code: int, coverage: _Coverage) -> str:
    """The fallback font that draws `code`; '' for DejaVu's, and for what no font has."""
    if code in coverage.text:
        return ""
    if code in coverage.symbols:
        return FONTS.symbols
    if code in coverage.emoji:
        return FONTS.emoji
    return ""


def needs_symbols(text: str) -> bool:
    """Does `text` hold a character that only a fallback font draws?"""
    coverage = _coverage
    if coverage is None or text.isascii():
        return False
    return any(_fallback(ord(ch), coverage)
               for run in _BEYOND_LATIN.findall(text) for ch in run)


def _wrap_run(match: re.Match[str]) -> str:
    coverage = _coverage
    assert coverage is not None
    out: list[str] = []
    font = ""  # the fallback of the run being collected ('' for none)
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(f'<font name="{font}">{"".join(run)}</font>')
            run.clear()

    for index, ch in enumerate(match.group()):
        code = ord(ch)
        if code in _SKIN_TONES and index:
            continue
        # A joiner or variation selector stays in the run of the emoji before it
        # (both fallbacks have them), so that a sequence is not split by DejaVu.
        wanted = font if run and code in _JOINERS else _fallback(code, coverage)
        if wanted != font:
            close()
            font = wanted
        if font:
            run.append(ch)
        else:
            out.append(ch)
    close()
    return "".join(out)


def with_symbols(markup: str) -> str:
    """Paragraph markup with each run of characters DejaVu lacks set in its fallback font.

    Symbola first, then Noto Emoji for the newer emoji Symbola lacks. Safe on
    markup: the tags sipdesk writes are plain ASCII, and only characters beyond
    Latin are looked at. Characters no font has are left as they are; a skin
    tone after an emoji is left out. Before the fonts are registered, `markup`
    is returned unchanged.
    """
    if _coverage is None or markup.isascii():
        return markup
    return _BEYOND_LATIN.sub(_wrap_run, markup)
