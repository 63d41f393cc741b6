"""Document templates as data: texts with placeholders, layout choices, colours and images,
stored in the contest and edited in the documents page."""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass, fields, replace

from sqlmodel import select

from jury_app import audit
from jury_app.contest import contest_id
from jury_app.documents.grammar import CASES
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import DocumentTemplateRecord

KINDS = ("thanks", "diploma", "certificate", "badge", "protocol")
KIND_LABELS = {
    "thanks": "Благодарственное письмо Губернатора",
    "diploma": "Диплом финалиста",
    "certificate": "Сертификат участника",
    "badge": "Знак качества",
    "protocol": "Протокол заседания комиссии",
}
# What may appear in braces in a template's texts, and what it becomes.
PLACEHOLDERS = {
    "recipient": "получатель в падеже, выбранном для документа",
    "organization": "название организации, как в заявке",
    "municipality": "муниципальное образование",
    "nomination": "название номинации",
    "nomination_number": "номер номинации",
    "contest": "название конкурса",
    "year": "год конкурса",
    "status": "победитель, финалист или участник",
    "place": "место в номинации",
    "number": "регистрационный номер документа",
    "date": "дата выдачи",
}
LAYOUTS = ("frame", "plain")
FONTS = ("serif", "sans")
IMAGES = ("emblem", "facsimile", "seal")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NUMBER_FIELD = re.compile(r"\{(year|seq(?::0?\d)?)\}")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class DocumentTemplate:
    kind: str
    issuer: str = ""  # the line above the heading (who issues the document)
    heading: str = ""
    subheading: str = ""
    lead: str = ""  # the words before the recipient line («награждается»)
    recipient_case: str = "nomn"
    body: str = ""  # paragraphs separated by empty lines
    signatory_name: str = ""  # empty: the signatory of the contest settings
    signatory_position: str = ""
    place_line: str = "г. Кемерово"
    number_pattern: str = ""
    date_text: str = ""  # the protocol's meeting date as typed; empty: the issue date
    font: str = "serif"
    layout: str = "frame"
    accent_color: str = "#1f3b73"
    emblem: bytes = b""
    facsimile: bytes = b""
    seal: bytes = b""


DEFAULTS = {
    "thanks": DocumentTemplate(
        kind="thanks",
        issuer="Губернатор Кузбасса",
        heading="Благодарственное письмо",
        recipient_case="datv",
        body=(
            "Выражаю искреннюю благодарность за победу в номинации «{nomination}» "
            "регионального конкурса «{contest}» {year} года.\n\n"
            "Ваша работа делает диалог власти и жителей Кузбасса открытым, живым и "
            "понятным. Благодарю за профессионализм, внимание к людям и верность делу. "
            "Желаю новых творческих идей, благодарной аудитории и успехов!"
        ),
        number_pattern="БП-{year}/{seq:03}",
        accent_color="#7a1f1f",
    ),
    "diploma": DocumentTemplate(
        kind="diploma",
        issuer="Региональный конкурс «{contest}» {year}",
        heading="Диплом",
        subheading="{status}",
        lead="награждается",
        recipient_case="nomn",
        body="в номинации «{nomination}»",
        number_pattern="ДФ-{year}/{seq:03}",
    ),
    "certificate": DocumentTemplate(
        kind="certificate",
        issuer="Региональный конкурс «{contest}» {year}",
        heading="Сертификат участника",
        lead="настоящий сертификат выдан",
        recipient_case="datv",
        body=(
            "за участие в региональном конкурсе «{contest}» {year} года в номинации «{nomination}»"
        ),
        number_pattern="ЛГ-{year}/{seq:03}",
        accent_color="#1f4f3a",
    ),
    "badge": DocumentTemplate(
        kind="badge",
        issuer="{contest}",
        heading="Знак качества",
        subheading="{year}",
        body="{nomination}",
        accent_color="#1f3b73",
        layout="plain",
        font="sans",
    ),
    "protocol": DocumentTemplate(
        kind="protocol",
        issuer="Конкурсная комиссия регионального конкурса «{contest}» {year}",
        heading="Протокол заседания конкурсной комиссии",
        body=(
            "Комиссия рассмотрела заявки участников, подвела итоги оценивания "
            "и определила финалистов и победителей по номинациям."
        ),
        place_line="г. Кемерово",
        number_pattern="",
        layout="plain",
    ),
}


def default_template(kind: str) -> DocumentTemplate:
    if kind not in DEFAULTS:
        raise JuryError(f"Неизвестный вид документа «{kind}»: допустимы {', '.join(KINDS)}.")
    return DEFAULTS[kind]


def load_template(db: ContestDB, kind: str) -> DocumentTemplate:
    """The contest's template of ``kind``: the defaults with what the secretary changed."""
    template = default_template(kind)
    with db.session() as session:
        cid = contest_id(session)
        record = session.exec(
            select(DocumentTemplateRecord).where(
                DocumentTemplateRecord.contest_id == cid, DocumentTemplateRecord.kind == kind
            )
        ).first()
        if record is None:
            return template
        stored = json.loads(record.data_json or "{}")
        texts = {f.name for f in fields(DocumentTemplate)} - {"kind", *IMAGES}
        values = {k: v for k, v in stored.items() if k in texts and isinstance(v, str)}
        return replace(
            template,
            **values,
            emblem=record.emblem,
            facsimile=record.facsimile,
            seal=record.seal,
        )


def save_template(db: ContestDB, template: DocumentTemplate, reason: str = "") -> None:
    """Store a template (after :func:`validate_template`), audited."""
    problems = validate_template(template)
    if problems:
        raise JuryError(problems[0])
    data = {k: v for k, v in asdict(template).items() if k not in {"kind", *IMAGES}}
    with db.session() as session:
        cid = contest_id(session)
        record = session.exec(
            select(DocumentTemplateRecord).where(
                DocumentTemplateRecord.contest_id == cid,
                DocumentTemplateRecord.kind == template.kind,
            )
        ).first()
        if record is None:
            record = DocumentTemplateRecord(contest_id=cid, kind=template.kind)
        record.data_json = json.dumps(data, ensure_ascii=False)
        record.emblem = template.emblem
        record.facsimile = template.facsimile
        record.seal = template.seal
        session.add(record)
        audit.record(session, cid, "documents.template", {"kind": template.kind}, reason=reason)


def reset_template(db: ContestDB, kind: str) -> None:
    """Back to the built-in template of ``kind``."""
    save_template(db, default_template(kind), reason="сброс к исходному виду")


def validate_template(template: DocumentTemplate) -> list[str]:
    """Reasons (Russian) why the template cannot be used; empty when fine."""
    problems: list[str] = []
    if template.kind not in KINDS:
        problems.append(f"Неизвестный вид документа «{template.kind}».")
    for name in ("issuer", "heading", "subheading", "lead", "body", "place_line", "date_text"):
        for key in _PLACEHOLDER.findall(getattr(template, name)):
            if key not in PLACEHOLDERS:
                problems.append(
                    f"Неизвестная подстановка {{{key}}}: допустимы "
                    + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                    + "."
                )
    if template.recipient_case not in CASES:
        problems.append(f"Неизвестный падеж «{template.recipient_case}».")
    if template.font not in FONTS:
        problems.append(f"Неизвестный шрифт «{template.font}».")
    if template.layout not in LAYOUTS:
        problems.append(f"Неизвестное оформление «{template.layout}».")
    if not _COLOR.fullmatch(template.accent_color):
        problems.append("Цвет задаётся в виде #RRGGBB, например #1f3b73.")
    pattern = template.number_pattern
    if pattern and "{seq" not in pattern:
        problems.append(
            "В шаблоне номера нужен порядковый номер {seq} (например ЛГ-{year}/{seq:03})."
        )
    if _NUMBER_FIELD.sub("", pattern).count("{") or _NUMBER_FIELD.sub("", pattern).count("}"):
        problems.append("В шаблоне номера допустимы только {year}, {seq} и {seq:03}.")
    for name in IMAGES:
        data: bytes = getattr(template, name)
        if data and not _is_image(data):
            problems.append(f"Изображение «{IMAGE_LABELS[name]}» не читается: нужен PNG или JPEG.")
    return problems


IMAGE_LABELS = {"emblem": "герб или эмблема", "facsimile": "факсимиле подписи", "seal": "печать"}


def _is_image(data: bytes) -> bool:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            return image.format in {"PNG", "JPEG"}
    except Exception:  # Pillow raises many kinds for damaged or foreign data
        return False


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with every known {placeholder} replaced; other braces stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def format_number(pattern: str, year: int, seq: int) -> str:
    def field(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "year":
            return str(year)
        width = key.partition(":")[2].lstrip("0")
        return str(seq).zfill(int(width) if width else 0)

    return _NUMBER_FIELD.sub(field, pattern)
