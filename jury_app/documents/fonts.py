"""The shipped PT Serif and PT Sans, registered in reportlab as families (bold and italic
work in <b>/<i> and in Cyrillic) and embedded in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jury_app.resources import resource_path

FAMILIES = {"serif": "PTSerif", "sans": "PTSans"}
_STYLES = {
    "Regular": (0, 0),
    "Bold": (1, 0),
    "Italic": (0, 1),
    "BoldItalic": (1, 1),
}


@cache
def register_fonts() -> None:
    # Binary (compressed) streams, not ASCII85: a third smaller and much faster to write.
    rl_config.useA85 = 0
    for family in FAMILIES.values():
        for style, (bold, italic) in _STYLES.items():
            name = f"{family}-{style}"
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
            addMapping(family, bold, italic, name)
    # A canvas starts with Helvetica selected, which lands in the PDF unembedded.
    rl_config.canvas_basefontname = "PTSans-Regular"


def font(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of a family key (``serif``/``sans``) in a style."""
    register_fonts()
    style = {(0, 0): "Regular", (1, 0): "Bold", (0, 1): "Italic", (1, 1): "BoldItalic"}
    return f"{FAMILIES[family]}-{style[(int(bold), int(italic))]}"


def font_file(family: str, *, bold: bool = False) -> str:
    """The TTF path of a family (for Pillow, which draws the badge)."""
    return str(resource_path("fonts", font(family, bold=bold) + ".ttf"))
