"""The quality-mark badge: a round PNG for the cover of a community page (Pillow)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from jury_app.documents.fonts import font_file
from jury_app.documents.templates import DocumentTemplate, fill

SIZE = 1000  # pixels, square
_SCALE = 2  # drawn twice as large, then reduced: smooth edges without antialiasing support


def draw_badge(template: DocumentTemplate, values: dict[str, str], nomination: str) -> bytes:
    """The badge with the contest, the year and the nomination, as PNG bytes."""
    size = SIZE * _SCALE
    accent = _rgb(template.accent_color)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = 20 * _SCALE
    draw.ellipse((margin, margin, size - margin, size - margin), fill=accent)
    ring = 52 * _SCALE
    draw.ellipse((ring, ring, size - ring, size - ring), outline=(255, 255, 255), width=6 * _SCALE)
    inner = 80 * _SCALE
    draw.ellipse((inner, inner, size - inner, size - inner), fill=(255, 255, 255))
    family = template.font
    centre = size // 2
    top = fill(template.issuer, values).upper()
    _centred_lines(draw, top, family, 44, accent, centre, 250 * _SCALE, 620 * _SCALE, bold=True)
    heading = fill(template.heading, values).upper()
    _centred_lines(draw, heading, family, 86, (20, 20, 20), centre, 430 * _SCALE, 700 * _SCALE)
    year = fill(template.subheading, values)
    _centred_lines(draw, year, family, 150, accent, centre, 560 * _SCALE, 600 * _SCALE)
    line_y = 652 * _SCALE
    draw.line(
        (centre - 160 * _SCALE, line_y, centre + 160 * _SCALE, line_y),
        fill=accent,
        width=3 * _SCALE,
    )
    body = fill(template.body, values) or nomination
    _centred_lines(
        draw,
        body,
        family,
        36,
        (40, 40, 40),
        centre,
        740 * _SCALE,
        560 * _SCALE,
        bold=False,
        max_lines=4,
    )
    image = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _centred_lines(
    draw: ImageDraw.ImageDraw,
    text: str,
    family: str,
    size: int,
    color: tuple[int, int, int],
    centre: int,
    middle_y: int,
    max_width: int,
    *,
    bold: bool = True,
    max_lines: int = 2,
) -> None:
    """``text`` wrapped to ``max_width`` and centred around ``middle_y``; shrinks to fit."""
    if not text.strip():
        return
    size *= _SCALE
    while True:
        face = ImageFont.truetype(font_file(family, bold=bold), size)
        lines = _wrap(draw, text, face, max_width)
        if len(lines) <= max_lines or size <= 14 * _SCALE:
            break
        size = int(size * 0.9)
    height = size * 1.2
    y = middle_y - height * len(lines) / 2
    for line in lines:
        draw.text((centre, y + height / 2), line, font=face, fill=color, anchor="mm")
        y += height


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont, max_width: int
) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=face) <= max_width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
