"""Finding the form's columns from their Russian header texts.

Each header is read like a person would: the earliest strong keyword names the field
(«Номер телефона контактного лица» is a phone, «Контактное лицо (ФИО, телефон)» a person).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from jury_app.importing.normalize import Platform, cell_text


class Column(StrEnum):
    ORGANIZATION = "organization"
    NOMINATION = "nomination"
    MUNICIPALITY = "municipality"
    VK = "vk"
    OK = "ok"
    TELEGRAM = "telegram"
    MAX = "max"
    LINKS = "links"  # a link column without a platform: routed by each link's host
    CONTACT = "contact"
    PHONE = "phone"
    EMAIL = "email"
    SUBSCRIBERS = "subscribers"
    SUBMITTED_AT = "submitted_at"
    CONSENT = "consent"


REQUIRED = (Column.ORGANIZATION, Column.NOMINATION)
LINK_COLUMNS = {
    Column.VK: Platform.VK,
    Column.OK: Platform.OK,
    Column.TELEGRAM: Platform.TELEGRAM,
    Column.MAX: Platform.MAX,
    Column.LINKS: None,
}

COLUMN_LABELS = {
    Column.ORGANIZATION: "Организация",
    Column.NOMINATION: "Номинация",
    Column.MUNICIPALITY: "Муниципальное образование",
    Column.VK: "ВКонтакте",
    Column.OK: "Одноклассники",
    Column.TELEGRAM: "Telegram",
    Column.MAX: "MAX",
    Column.LINKS: "Другие ссылки",
    Column.CONTACT: "Контактное лицо",
    Column.PHONE: "Телефон",
    Column.EMAIL: "Эл. почта",
    Column.SUBSCRIBERS: "Подписчики",
    Column.SUBMITTED_AT: "Время подачи",
    Column.CONSENT: "Согласие на обработку ПДн",
}

# Regular expressions over the normalised header (lower case, ё→е, punctuation → spaces,
# padded with spaces so that " вк " matches a whole word).
_STRONG: tuple[tuple[Column, str], ...] = (
    (Column.SUBMITTED_AT, r"отметка времени|timestamp|время (создания|отправки|заполнения)"),
    (Column.SUBMITTED_AT, r"дата (и время|заполнения|подачи|отправки|создания)|^ дата $"),
    (Column.CONSENT, r"согласи|согласен|персональн"),
    (Column.EMAIL, r" e mail|email| почт|электронн| mail "),
    (Column.PHONE, r"телефон| тел | моб| whatsapp"),
    (Column.SUBSCRIBERS, r"подписчик|(количеств|числ)\w* участник|численност|аудитори"),
    (Column.NOMINATION, r"номинац"),
    (Column.LINKS, r"ссылк| url | вконтакт| вк | vk | одноклассник| ок | ok | ok ru "),
    (Column.LINKS, r"telegram|телеграм| тг | tg | max | макс | мессенджер"),
    (Column.MUNICIPALITY, r"муниципал|территори| город| район| округ| мо | населенн"),
    (Column.CONTACT, r" фио |контактное лицо|контактного лица|ответственн|представител"),
    (Column.CONTACT, r"исполнител|куратор|администратор"),
    (Column.ORGANIZATION, r"организац|учрежден|участник| орган | оу | омсу "),
)
_WEAK_ORGANIZATION = re.compile(r"наименован|название")
_PLATFORMS: tuple[tuple[Column, re.Pattern[str]], ...] = (
    (Column.VK, re.compile(r"вконтакт| вк | vk ")),
    (Column.OK, re.compile(r"одноклассник| ок | ok | ok ru ")),
    (Column.TELEGRAM, re.compile(r"telegram|телеграм| тг | tg ")),
    (Column.MAX, re.compile(r" max | макс |мессенджер")),
)
_COMPILED = tuple((column, re.compile(pattern)) for column, pattern in _STRONG)
_PUNCT = re.compile(r"[^\w]+")


def normalize_header(text: str) -> str:
    """Lower case, ё→е, punctuation to spaces, padded with one space on each side."""
    return " " + _PUNCT.sub(" ", text.casefold().replace("ё", "е")).strip() + " "


def classify_header(text: str) -> Column | None:
    """The field a header names, or None when it names nothing we import."""
    header = normalize_header(text)
    if not header.strip():
        return None
    best: tuple[int, Column] | None = None
    for column, pattern in _COMPILED:
        found = pattern.search(header)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), column)
    if best is None:
        return Column.ORGANIZATION if _WEAK_ORGANIZATION.search(header) else None
    if best[1] is Column.LINKS:
        platforms = [column for column, pattern in _PLATFORMS if pattern.search(header)]
        return platforms[0] if len(platforms) == 1 else Column.LINKS
    return best[1]


def detect_mapping(headers: Sequence[str]) -> dict[int, Column]:
    """Map column indexes to fields; each field once (the leftmost), link columns any number.

    A second column for a platform that is already taken becomes a generic link column, so
    its links are still read and routed by their host.
    """
    mapping: dict[int, Column] = {}
    taken: set[Column] = set()
    for index, header in enumerate(headers):
        column = classify_header(header)
        if column is None:
            continue
        if column in taken:
            if column not in LINK_COLUMNS:
                continue
            column = Column.LINKS
        mapping[index] = column
        if column is not Column.LINKS:
            taken.add(column)
    return mapping


def find_header_row(rows: Sequence[tuple[int, Sequence[object]]], scan: int = 20) -> int | None:
    """Index (into ``rows``) of the header row: the early row naming the most fields."""
    best: tuple[int, int] | None = None
    for index, (_number, cells) in enumerate(rows[:scan]):
        texts = [cell_text(c) for c in cells]
        if any(_looks_like_data(text) for text in texts):
            continue
        fields = set(detect_mapping(texts).values())
        score = len(fields) + 2 * len(fields & set(REQUIRED))
        if len(fields) >= 2 and (best is None or score > best[0]):
            best = (score, index)
    return None if best is None else best[1]


_DATA = re.compile(r"https?://|www\.|\.(com|ru|me)\b|@\w|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{5,}")


def _looks_like_data(text: str) -> bool:
    """Links, dates and long numbers are answers, never header texts."""
    return bool(_DATA.search(text))


def mapping_problems(mapping: dict[int, Column], headers: Sequence[str]) -> list[str]:
    """Reasons (Russian) why this mapping cannot be used; empty when it can."""
    problems = []
    used = list(mapping.values())
    missing = [f"«{COLUMN_LABELS[c]}»" for c in REQUIRED if c not in used]
    if missing:
        present = ", ".join(f"«{h}»" for h in headers if h.strip()) or "нет заголовков"
        what = "Не найден столбец" if len(missing) == 1 else "Не найдены столбцы"
        problems.append(f"{what} {', '.join(missing)}. Столбцы в файле: {present}.")
    for column in set(used):
        if column is not Column.LINKS and used.count(column) > 1:
            problems.append(f"Поле «{COLUMN_LABELS[column]}» выбрано для нескольких столбцов.")
    return problems
