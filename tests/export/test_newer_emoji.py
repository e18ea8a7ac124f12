"""Emoji newer than Symbola (Unicode 10 and later) print with Noto Emoji, not as empty boxes.

The check reads the PDF the way a viewer draws it: the font that holds the
character on the page, and in that embedded font an outline (not .notdef)
for the code the text uses.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from sipdesk.domain.plan_document import build_plan_document
from sipdesk.export.fonts import FONTS, register_fonts, with_symbols
from sipdesk.export.plan_pdf import plan_pdf_bytes
from tests.export.plan_sample import ORGS, TEMPLATE, sample_plan
from tests.export.sample import FONTS as FONTS_DIR

MELTING = "\U0001FAE0"  # 🫠, Unicode 14
TEAR = "\U0001F972"  # 🥲, Unicode 13
UNICORN = "\U0001F984"  # 🦄, Unicode 8: Symbola's


def _plan_with_name(first_name: str) -> bytes:
    case, plan, _ = sample_plan()
    case.child.first_name = first_name
    return plan_pdf_bytes(build_plan_document(case, plan, TEMPLATE, ORGS), FONTS_DIR)


def _embedded(data: bytes) -> dict[str, tuple[dict[str, int], TTFontFile, list[float]]]:
    """Per font on page 1 (its name without the subset prefix): the characters its
    codes stand for, the embedded font file, and the widths of its codes."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    found = {}
    for key in page["/Resources"]["/Font"]:
        font = page["/Resources"]["/Font"][key].get_object()
        name = str(font["/BaseFont"]).split("+")[-1]
        cmap = font["/ToUnicode"].get_object().get_data().decode()
        codes = {bytes.fromhex(utf16).decode("utf-16-be"): int(code, 16)
                 for code, utf16 in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,})>", cmap)
                 if utf16 != "0000"}
        file = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        found[name] = (codes, TTFontFile(io.BytesIO(file), validate=0),
                       [float(w) for w in font["/Widths"]])
    return found


def _outline_bytes(ttf: TTFontFile, code: int) -> int:
    """How long the outline is that the embedded font draws for `code` (0: nothing)."""
    glyph = ttf.charToGlyph.get(code, 0)
    if glyph == 0:
        return 0  # .notdef: the empty box
    return ttf.glyphPos[glyph + 1] - ttf.glyphPos[glyph]


def test_a_name_with_newer_emoji_is_drawn_with_the_emoji_font():
    data = _plan_with_name(f"Elsa {MELTING}{TEAR} {UNICORN}")
    fonts = _embedded(data)
    assert set(fonts) == {"DejaVuSans", "DejaVuSans-Bold", "Symbola", "NotoEmoji-Regular"}
    codes, ttf, widths = fonts["NotoEmoji-Regular"]
    for emoji in (MELTING, TEAR):
        assert emoji in codes, f"{emoji!r} is not set in Noto Emoji"
        code = codes[emoji]
        assert _outline_bytes(ttf, code) > 0, f"{emoji!r} has no outline"
        assert widths[code] > 1000  # an emoji's square, not the narrow .notdef box
        for other in ("DejaVuSans", "DejaVuSans-Bold", "Symbola"):
            assert emoji not in fonts[other][0], f"{emoji!r} also set in {other}"
    symbola_codes, symbola, _ = fonts["Symbola"]
    assert _outline_bytes(symbola, symbola_codes[UNICORN]) > 0  # the older one: Symbola's
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert f"Elsa {MELTING}{TEAR} {UNICORN} Lind" in text  # copyable, not boxes


def test_text_without_newer_emoji_embeds_no_emoji_font():
    fonts = _embedded(_plan_with_name(f"Elsa {UNICORN}"))
    assert "NotoEmoji-Regular" not in fonts and "Symbola" in fonts


def test_each_run_goes_to_the_font_that_has_it():
    register_fonts(FONTS_DIR)
    symbols, emoji = (f'<font name="{name}">' for name in (FONTS.symbols, FONTS.emoji))
    assert with_symbols(f"Elsa {MELTING}{TEAR}{UNICORN} Lind") == (
        f"Elsa {emoji}{MELTING}{TEAR}</font>{symbols}{UNICORN}</font> Lind")
    # The emoji presentation selector stays with its emoji, in its font.
    assert with_symbols(f"{TEAR}\ufe0f å") == f"{emoji}{TEAR}\ufe0f</font> å"
    assert with_symbols("Elsa åäö – ✓ ♥") == "Elsa åäö – ✓ ♥"  # DejaVu's own


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_page_with_newer_emoji_renders_as_it_did_before_them(tmp_path):
    """poppler draws the page without complaining of a missing glyph."""
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(_plan_with_name(f"Elsa {MELTING}{TEAR}"))
    done = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(pdf),
                           str(tmp_path / "page")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
    assert (tmp_path / "page-1.png").stat().st_size > 0
