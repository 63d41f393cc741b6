"""Drawing one letter, diploma or certificate on an A4 page (reportlab).

Every text is escaped before it reaches reportlab's paragraph markup, so what an applicant
typed (``<b>``, ``&amp;``, quotes) is printed literally. Blocks that may be long (the
recipient, the body) are fitted: the font shrinks until the block fits its box, and the
whole page shrinks its texts together if the blocks still do not fit above the signatures.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jury_app.documents.fonts import font, register_fonts
from jury_app.documents.templates import DocumentTemplate, fill

PAGE_W, PAGE_H = A4
CONTENT_W = 150 * mm
MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


@dataclass(frozen=True)
class DocumentData:
    """Everything one document says besides its template."""

    values: dict[str, str]  # placeholder values, as plain text
    recipient: str  # the recipient line, already in its case (or typed by hand)
    number: str
    issued_on: date | None
    signatory_name: str
    signatory_position: str


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} г."


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("№ ", "№&nbsp;").replace("\n", "<br/>")


@cache
def _image(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def new_canvas(target: io.BytesIO | str, *, title: str, invariant: bool = False) -> Canvas:
    register_fonts()
    canvas = Canvas(target, pagesize=A4, invariant=int(invariant), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Jury App")
    canvas.setCreator("Jury App")
    return canvas


def draw_document(
    canvas: Canvas, template: DocumentTemplate, data: DocumentData, *, draft: bool
) -> None:
    """Draw one document as one page of ``canvas`` and finish the page."""
    accent = colors.HexColor(template.accent_color)
    if template.layout == "frame":
        _frame(canvas, accent)
    top = PAGE_H - (52 * mm if template.emblem else 28 * mm)
    for scale in (1.0, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55):
        blocks = _blocks(template, data, accent, scale)
        spare = top - sum(height + gap for _, height, gap in blocks) - 70 * mm
        if spare >= 0:
            break
    top -= max(0.0, spare) * 0.4  # a little lower than the middle of the free space
    if template.emblem:
        _draw_image(canvas, template.emblem, PAGE_W / 2, PAGE_H - 32 * mm, 34 * mm, 28 * mm)
    y = top
    for paragraph, height, gap in blocks:
        if paragraph is None:
            _ornament(canvas, accent, y - height / 2)
        else:
            paragraph.drawOn(canvas, (PAGE_W - CONTENT_W) / 2, y - height)
        y -= height + gap
    _signature(canvas, template, data)
    _footer(canvas, template, data, accent)
    if draft:
        _watermark(canvas)
    canvas.showPage()


def _style(template: DocumentTemplate, name: str, size: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font(template.font),
        fontSize=size,
        leading=size * 1.25,
        **{"alignment": TA_CENTER, **kw},
    )


Block = tuple[Paragraph | None, float, float]  # paragraph (None = ornament), height, gap after


def _blocks(
    template: DocumentTemplate, data: DocumentData, accent: colors.Color, scale: float
) -> list[Block]:
    values = data.values
    blocks: list[Block] = []

    def add(text: str, style: ParagraphStyle, gap: float) -> None:
        if not text.strip():
            return
        paragraph = Paragraph(text, style)
        _, height = paragraph.wrap(CONTENT_W, PAGE_H)
        blocks.append((paragraph, height, gap * scale))

    issuer = fill(template.issuer, values).upper()
    add(f"<b>{markup(issuer)}</b>", _style(template, "issuer", 11 * scale, textColor=accent), 10)
    heading = fill(template.heading, values).upper()
    size = (46 if len(heading) <= 12 else 34 if len(heading) <= 16 else 26) * scale
    add(f"<b>{markup(heading)}</b>", _style(template, "heading", size, textColor=accent), 4)
    subheading = fill(template.subheading, values).upper()
    add(f"<b>{markup(subheading)}</b>", _style(template, "sub", 20 * scale), 4)
    blocks.append((None, 8 * mm, 6 * mm * scale))
    # Two faces per document (regular and bold): each embedded face costs time in a batch.
    lead = _style(template, "lead", 14 * scale, textColor=colors.HexColor("#444444"))
    add(markup(fill(template.lead, values)), lead, 6)
    blocks.append(_fitted(template, data.recipient, 24 * scale, 48 * mm * scale, 10 * scale))
    body_style = _style(template, "body", (14 if template.kind == "thanks" else 15) * scale)
    if template.kind == "thanks":
        body_style.alignment = TA_JUSTIFY
        body_style.firstLineIndent = 12 * mm
    for paragraph in fill(template.body, values).split("\n\n"):
        add(markup(paragraph.strip()), body_style, 4)
    return blocks


def _fitted(
    template: DocumentTemplate,
    text: str,
    size: float,
    max_height: float,
    gap: float,
) -> Block:
    """The recipient line, shrunk until it fits ``max_height``; it always wraps in width."""
    while True:
        style = _style(template, "recipient", size, textColor=colors.black)
        paragraph = Paragraph(f"<b>{markup(text)}</b>", style)
        _, height = paragraph.wrap(CONTENT_W, PAGE_H)
        if height <= max_height or size <= 10:
            return paragraph, height, gap
        size -= 1


def _frame(canvas: Canvas, accent: colors.Color) -> None:
    canvas.saveState()
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(2.2)
    canvas.rect(10 * mm, 10 * mm, PAGE_W - 20 * mm, PAGE_H - 20 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(12.5 * mm, 12.5 * mm, PAGE_W - 25 * mm, PAGE_H - 25 * mm)
    canvas.setFillColor(accent)
    for x in (12.5 * mm, PAGE_W - 12.5 * mm):
        for y in (12.5 * mm, PAGE_H - 12.5 * mm):
            _diamond(canvas, x, y, 2.4 * mm)
    canvas.restoreState()


def _diamond(canvas: Canvas, x: float, y: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament(canvas: Canvas, accent: colors.Color, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(accent)
    canvas.setFillColor(accent)
    canvas.setLineWidth(0.8)
    canvas.line(PAGE_W / 2 - 45 * mm, y, PAGE_W / 2 - 5 * mm, y)
    canvas.line(PAGE_W / 2 + 5 * mm, y, PAGE_W / 2 + 45 * mm, y)
    _diamond(canvas, PAGE_W / 2, y, 2 * mm)
    canvas.restoreState()


def _draw_image(
    canvas: Canvas, data: bytes, cx: float, cy: float, max_w: float, max_h: float
) -> None:
    image = _image(data)
    width, height = image.getSize()
    ratio = min(max_w / width, max_h / height)
    w, h = width * ratio, height * ratio
    canvas.drawImage(image, cx - w / 2, cy - h / 2, w, h, mask="auto")


def _signature(canvas: Canvas, template: DocumentTemplate, data: DocumentData) -> None:
    base = 48 * mm
    left, right = (PAGE_W - CONTENT_W) / 2, (PAGE_W + CONTENT_W) / 2
    position = Paragraph(
        markup(data.signatory_position),
        _style(template, "position", 12, alignment=TA_LEFT),
    )
    _, height = position.wrap(62 * mm, 40 * mm)
    position.drawOn(canvas, left, base - height + 12)
    if template.seal:
        _draw_image(canvas, template.seal, PAGE_W / 2 - 10 * mm, base + 4 * mm, 40 * mm, 40 * mm)
    if template.facsimile:
        _draw_image(
            canvas, template.facsimile, PAGE_W / 2 + 8 * mm, base + 6 * mm, 42 * mm, 20 * mm
        )
    else:
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_W / 2 - 12 * mm, base - 1 * mm, PAGE_W / 2 + 28 * mm, base - 1 * mm)
    name = Paragraph(
        f"<b>{markup(data.signatory_name)}</b>",
        _style(template, "signatory", 12, alignment=TA_RIGHT),
    )
    _, height = name.wrap(48 * mm, 40 * mm)
    name.drawOn(canvas, right - 48 * mm, base - height + 12)


def _footer(
    canvas: Canvas, template: DocumentTemplate, data: DocumentData, accent: colors.Color
) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont(font(template.font), 10)
    y = 22 * mm
    left, right = (PAGE_W - CONTENT_W) / 2, (PAGE_W + CONTENT_W) / 2
    if data.number:
        canvas.drawString(left, y, f"№ {data.number}")
    if data.issued_on is not None:
        canvas.drawRightString(right, y, data.issued_on.strftime("%d.%m.%Y"))
    place = fill(template.place_line, data.values)
    if place:
        canvas.setFont(font(template.font), 11)
        canvas.drawCentredString(PAGE_W / 2, y, place)
    canvas.restoreState()


def _watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
    canvas.setFont(font("sans", bold=True), 120)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -40, "ПРОЕКТ")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.7, 0.1, 0.1))
    canvas.setFont(font("sans", bold=True), 9)
    canvas.drawCentredString(
        PAGE_W / 2, PAGE_H - 7 * mm, "ПРОЕКТ — итоги конкурса ещё не утверждены"
    )
    canvas.restoreState()


def document_pdf(
    template: DocumentTemplate, data: DocumentData, *, draft: bool, invariant: bool = False
) -> bytes:
    """One document as the bytes of a one-page PDF (``invariant``: no dates or ids inside,
    the same input gives the same bytes)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=data.values.get("organization", ""), invariant=invariant)
    draw_document(canvas, template, data, draft=draft)
    canvas.save()
    return buffer.getvalue()
