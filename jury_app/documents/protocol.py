"""The protocol of the commission's meeting: who sat, how the results were counted, the
ranking of every nomination with finalists and winners, decisions, reliability, signatures."""

from __future__ import annotations

from datetime import date
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jury_app.contest import load_settings
from jury_app.documents.fonts import font, register_fonts
from jury_app.documents.recipients import STATUS_WORDS, contest_facts
from jury_app.documents.render import long_date, markup
from jury_app.documents.templates import DocumentTemplate, fill
from jury_app.jury.roster import ROLE_LABELS, list_jurors
from jury_app.results.decisions import list_decisions
from jury_app.results.diagnostics import reliability
from jury_app.results.service import METHOD_LABELS, Results, compute_results
from jury_app.storage.engine import ContestDB

_ROLE_ORDER = {"chair": 0, "deputy": 1, "member": 2, "secretary": 3}
_WINNER_BG = colors.HexColor("#f6e7b8")
_FINALIST_BG = colors.HexColor("#e4ecf7")


def write_protocol(
    db: ContestDB,
    stream: IO[bytes],
    *,
    template: DocumentTemplate,
    draft: bool,
    today: date | None = None,
    results: Results | None = None,
) -> None:
    register_fonts()
    facts = contest_facts(db)
    settings = load_settings(db)
    results = results or compute_results(db)
    jurors = sorted(list_jurors(db), key=lambda j: (_ROLE_ORDER.get(j.role, 9), j.name))
    values = {"contest": facts.title, "year": str(facts.year)}
    day = today or date.today()
    accent = colors.HexColor(template.accent_color)
    styles = _styles(template, accent)
    story: list[Any] = []

    def para(text: str, style: str = "body") -> None:
        story.append(Paragraph(text, styles[style]))

    para(markup(fill(template.issuer, values).upper()), "issuer")
    para(f"<b>{markup(fill(template.heading, values).upper())}</b>", "title")
    place = fill(template.place_line, values)
    when = fill(template.date_text, values) or long_date(day)
    story.append(_two_columns(markup(when), markup(place), styles))
    story.append(Spacer(1, 4 * mm))
    if template.body.strip():
        para(markup(fill(template.body, values)))

    present = [j for j in jurors if j.active]
    absent = [j for j in jurors if not j.active]
    para("Присутствовали члены конкурсной комиссии:", "h2")
    for juror in present:
        para(_juror_line(juror), "list")
    if not present:
        para("состав комиссии не внесён в программу", "list")
    if absent:
        para("Отсутствовали:", "h2")
        for juror in absent:
            para(_juror_line(juror), "list")

    para("Порядок подведения итогов", "h2")
    for line in _rules(settings, results):
        para(markup(line), "list")

    para("Итоги по номинациям", "h2")
    for nomination in results.nominations:
        story.append(CondPageBreak(40 * mm))
        para(f"Номинация № {nomination.number}. {markup(nomination.title)}", "h3")
        para(
            f"Заявок: {len(nomination.ranking)}; финалистов: {nomination.finalists}; "
            f"победителей: {nomination.winners}.",
            "small",
        )
        story.append(_ranking_table(nomination.ranking, styles, accent))
        story.append(Spacer(1, 3 * mm))

    para("Победители конкурса", "h2")
    for nomination in results.nominations:
        winners = [r.organization for r in nomination.ranking if r.status == "winner"]
        names = "; ".join(escape(w) for w in winners) or "не определён"
        para(f"№ {nomination.number}. {markup(nomination.title)} — <b>{names}</b>", "list")

    decisions = list_decisions(db)
    para("Решения комиссии", "h2")
    if decisions:
        titles = {r.application_id: r.organization for n in results.nominations for r in n.ranking}
        for decision in decisions:
            kind = "равенство баллов" if decision.kind == "tie" else "изменение итога"
            para(
                f"{decision.decided_at:%d.%m.%Y} — заявка № {decision.application_id} "
                f"«{escape(titles.get(decision.application_id, ''))}»: {kind}, статус — "
                f"{STATUS_WORDS.get(decision.status, decision.status)}. "
                f"Основание: {markup(decision.reason)}",
                "list",
            )
    else:
        para("Отдельных решений об изменении итогов комиссия не принимала.", "list")

    para("Согласованность оценок", "h2")
    for line in _reliability_lines(db):
        para(markup(line), "list")
    for note in results.notes:
        para(markup(note), "small")

    story.append(Spacer(1, 10 * mm))
    story.append(KeepTogether(_signatures(jurors, styles)))
    document = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=15 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=fill(template.heading, values),
        author="Jury App",
        creator="Jury App",
    )

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font(template.font), 9)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Страница {doc.page}")
        canvas.drawString(20 * mm, 10 * mm, f"{facts.title} — протокол")
        if draft:
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
            canvas.setFont(font("sans", bold=True), 120)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -40, "ПРОЕКТ")
        canvas.restoreState()

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _styles(template: DocumentTemplate, accent: colors.Color) -> dict[str, ParagraphStyle]:
    base = font(template.font)

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", base)
        return ParagraphStyle(name, fontSize=size, leading=size * 1.3, **kw)

    return {
        "issuer": style("issuer", 11, alignment=TA_CENTER, textColor=accent),
        "title": style("title", 17, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8),
        "h2": style("h2", 13, spaceBefore=10, spaceAfter=4, textColor=accent),
        "h3": style(
            "h3", 11.5, spaceBefore=6, spaceAfter=2, fontName=font(template.font, bold=True)
        ),
        "body": style("body", 11, alignment=4),
        "list": style("list", 10.5, leftIndent=6 * mm, spaceAfter=1.5),
        "small": style("small", 9, textColor=colors.HexColor("#444444"), spaceAfter=3),
        "cell": style("cell", 9, alignment=TA_LEFT),
        "cell_bold": style("cell_bold", 9, fontName=font(template.font, bold=True)),
        "head": style("head", 8.5, textColor=colors.white, fontName=font(template.font, bold=True)),
        "right": style("right", 11, alignment=2),
    }


def _two_columns(left: str, right: str, styles: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[Paragraph(left, styles["body"]), Paragraph(right, styles["right"])]],
        colWidths=[87 * mm, 88 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), styles["body"].fontName),
            ]
        )
    )
    return table


def _juror_line(juror: Any) -> str:
    role = ROLE_LABELS.get(juror.role, juror.role)
    position = f", {escape(juror.position)}" if juror.position else ""
    return f"{escape(juror.name)} — {role}{position}"


def _rules(settings: Any, results: Results) -> list[str]:
    lines = [f"Способ подсчёта: {METHOD_LABELS.get(results.method, results.method)}."]
    criteria = ", ".join(f"«{c.title}» (вес {c.weight:g})" for c in settings.criteria)
    lines.append(f"Критерии оценки: {criteria}.")
    if settings.finalist_rule == "total":
        lines.append(
            f"Финалисты: всего {settings.finalist_total}, не менее "
            f"{settings.finalist_min_per_nomination} в номинации, остальные места — "
            "пропорционально числу заявок."
        )
    else:
        lines.append("Финалисты: квоты, установленные для каждой номинации.")
    lines.append(f"Победителей в номинации: {settings.winners_per_nomination}.")
    titles = {f"criterion:{i + 1}": c.title for i, c in enumerate(settings.criteria)}
    chain = [
        "медиана сумм баллов членов комиссии" if step == "median" else f"«{titles.get(step, step)}»"
        for step in results.tiebreak
    ]
    if chain:
        lines.append(
            "При равенстве баллов выше заявка с большим средним баллом по: "
            + ", затем ".join(chain)
            + "."
        )
    if settings.quality_bar is not None:
        lines.append(f"Знак качества — итоговый балл не ниже {settings.quality_bar:g}.")
    lines.append(
        "Недостающие оценки не считаются нулями; оценки при конфликте интересов не учитываются."
    )
    return lines


def _ranking_table(ranking: Any, styles: dict[str, ParagraphStyle], accent: colors.Color) -> Table:
    head = ["Место", "Организация", "Муниципальное образование", "Балл", "Оценок", "Итог"]
    rows: list[list[Any]] = [[Paragraph(h, styles["head"]) for h in head]]
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, row in enumerate(ranking, start=1):
        bold = row.status in {"winner", "finalist"}
        style = styles["cell_bold" if row.status == "winner" else "cell"]
        rank = "—" if row.rank is None else f"{row.rank}{'=' if row.tie else ''}"
        status = STATUS_WORDS.get(row.status, row.status) + (" *" if row.decided else "")
        rows.append(
            [
                Paragraph(rank, style),
                Paragraph(escape(row.organization), style),
                Paragraph(escape(row.municipality), styles["cell"]),
                Paragraph("—" if row.score is None else f"{row.score:.2f}", style),
                Paragraph(str(row.jurors), styles["cell"]),
                Paragraph(status, style),
            ]
        )
        if row.status == "winner":
            commands.append(("BACKGROUND", (0, index), (-1, index), _WINNER_BG))
        elif bold:
            commands.append(("BACKGROUND", (0, index), (-1, index), _FINALIST_BG))
    table = Table(
        rows,
        colWidths=[15 * mm, 63 * mm, 40 * mm, 15 * mm, 17 * mm, 25 * mm],
        repeatRows=1,
    )
    table.setStyle(TableStyle(commands))
    return table


def _reliability_lines(db: ContestDB) -> list[str]:
    report = reliability(db)
    if report.total_alpha is None:
        return ["Согласованность не вычислялась: заявок с двумя и более оценками нет."]
    lines = [
        f"Коэффициент Криппендорфа α по итоговым баллам: {report.total_alpha:.3f} "
        f"({report.units} заявок, {report.jurors} членов комиссии)."
    ]
    for criterion in report.criteria:
        value = "не определён" if criterion.alpha is None else f"{criterion.alpha:.3f}"
        lines.append(f"По критерию «{criterion.title}»: α = {value}.")
    return lines


def _signatures(jurors: list[Any], styles: dict[str, ParagraphStyle]) -> list[Any]:
    def name(role: str) -> str:
        found = [j.name for j in jurors if j.role == role and j.active]
        return escape(found[0]) if found else ""

    rows = [
        [
            Paragraph("Председатель конкурсной комиссии", styles["body"]),
            "",
            Paragraph(name("chair"), styles["right"]),
        ],
        ["", "", ""],
        [
            Paragraph("Секретарь конкурсной комиссии", styles["body"]),
            "",
            Paragraph(name("secretary"), styles["right"]),
        ],
    ]
    table = Table(
        rows, colWidths=[70 * mm, 55 * mm, 50 * mm], rowHeights=[12 * mm, 6 * mm, 12 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles["body"].fontName),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("LINEBELOW", (1, 2), (1, 2), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [table]
