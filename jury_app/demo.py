"""Deterministic demo data: a synthetic online-form export of contest applications.

The file imitates the Google-Forms export of the 2025 edition of «Лучший госпаблик Кузбасса»:
491 data rows that import as 475 applications in the 12 nominations, with a handful of messy
rows mixed in (exact duplicates, superseded resubmissions, empty names, unknown nominations,
a formula-looking name and a blank row).  Run ``python -m jury_app.demo`` to rewrite
``resources/demo/demo-applications.xlsx``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from jury_app.demo_names import (
    MUNICIPALITIES,
    POSITIONS,
    REGIONAL,
    REGIONAL_MUNICIPALITY,
    UNKNOWN_NOMINATIONS,
    Municipality,
    build_name,
    person,
    styled_quotes,
    translit,
)
from jury_app.presets import KUZBASS_2025_NOMINATIONS

Cell = str | int | float | datetime | None

DEMO_HEADERS: tuple[str, ...] = (
    "Отметка времени", "Номинация", "Полное наименование организации",
    "Муниципальное образование", "Ссылка на сообщество ВКонтакте",
    "Ссылка на группу в Одноклассниках", "Ссылка на Telegram-канал", "Ссылка на канал в MAX",
    "ФИО контактного лица", "Контактный телефон", "Адрес электронной почты",
    "Количество подписчиков", "Согласие на обработку персональных данных",
)  # fmt: skip
NOMINATIONS: tuple[str, ...] = KUZBASS_2025_NOMINATIONS  # the answers people chose
DEMO_PER_NOMINATION: dict[int, int] = {
    1: 112, 2: 78, 3: 41, 4: 33, 5: 52, 6: 24, 7: 27, 8: 22, 9: 30, 10: 14, 11: 25, 12: 17,
}  # fmt: skip
DEMO_APPLICATIONS = 475
DEMO_DUPLICATES = 4
DEMO_SUPERSEDED = 6
DEMO_EMPTY_NAMES = 2
DEMO_UNKNOWN_NOMINATIONS = 3
DEMO_SHEET_TITLE = "Ответы на форму (1)"
FORMULA_NAME = '=HYPERLINK("http://example.com";"МБОУ СОШ № 99")'
FIRST_SUBMISSION = datetime(2025, 9, 1, 9, 0)
LAST_SUBMISSION = datetime(2025, 10, 10, 18, 0)
TIMESTAMP_FORMAT = "%d.%m.%Y %H:%M:%S"

_NONE_ANSWERS = ("", "", "", "", "", "нет", "-", "Нет", "отсутствует")
_MOBILE_CODES = ("913", "923", "905", "950", "951", "960", "961", "903", "906", "908", "983")
_MAIL_DOMAINS = ("mail.ru",) * 9 + ("yandex.ru",) * 5 + ("list.ru", "bk.ru", "inbox.ru",
                 "rambler.ru", "gmail.com", "ya.ru")  # fmt: skip
_SUBSCRIBERS = {  # plausible audience range per nomination
    1: (250, 3500), 2: (90, 1400), 3: (300, 5000), 4: (800, 25000), 5: (400, 15000),
    6: (300, 6000), 7: (150, 3000), 8: (500, 6000), 9: (2000, 90000), 10: (3000, 60000),
    11: (300, 12000), 12: (500, 20000),
}  # fmt: skip


@dataclass
class _Entry:
    """One submission of the form, before it gets its timestamp."""

    number: int  # nomination number
    nomination: str  # nomination as answered
    name: str
    municipality: str
    vk: str
    ok: str
    telegram: str
    max: str
    contact: str
    phone: str | int
    email: str
    subscribers: str | int
    consent: str
    as_datetime: bool = False  # timestamp stored as a real date cell


def _key(name: str) -> str:
    """Strict uniqueness key: case, spacing, quote style and ё never tell two names apart."""
    for quote in '«»"“”„':
        name = name.replace(quote, " ")
    return " ".join(name.split()).casefold().replace("ё", "е")


def _nomination_text(number: int, rng: random.Random) -> str:
    title = NOMINATIONS[number - 1]
    if rng.random() >= 0.05:
        return title
    return rng.choice((
        title.lower(), f"«{title}»", f"{number}. {title}", title.removesuffix(" Кузбасса"),
        title.replace(" паблик", "  паблик") + " ",
    ))  # fmt: skip


def _phone(mo: Municipality, rng: random.Random) -> str | int:
    if rng.random() < 0.12:  # the organisation's landline
        size = 10 - len(mo.phone_code)
        digits = f"{rng.randint(2, 7)}{rng.randrange(10 ** (size - 1)):0{size - 1}d}"
        return f"8 ({mo.phone_code}) {digits[:-4]}-{digits[-4:-2]}-{digits[-2:]}"
    code, num = rng.choice(_MOBILE_CODES), f"{rng.randrange(10_000_000):07d}"
    a, b, c = num[:3], num[3:5], num[5:]
    return rng.choice((
        f"+7 ({code}) {a}-{b}-{c}", f"+7 ({code}) {a}-{b}-{c}", f"8-{code}-{a}-{b}-{c}",
        f"8{code}{num}", f"+7{code}{num}", f"8 {code} {a} {b} {c}", f"8 ({code}) {a}{b}{c}",
        int(f"8{code}{num}"), int(f"7{code}{num}"),
    ))  # fmt: skip


def _subscribers(nomination: int, rng: random.Random, telegram: str = "") -> str | int:
    low, high = _SUBSCRIBERS[nomination]
    n = int(math.exp(rng.uniform(math.log(low), math.log(high))))
    spaced = f"{n:,}".replace(",", " ")
    return rng.choice((
        str(n), str(n), str(n), spaced, spaced, n, n, f"около {round(n, -2)}",
        f"{n / 1000:.1f}".replace(".", ",") + " тыс." if n >= 1000 else str(n),
        f"более {n // 100 * 100}", f"{n} подписчиков",
        f"ВК — {n}, ТГ — {n // 7}" if telegram not in _NONE_ANSWERS else f"{n} (ВК)",
    ))  # fmt: skip


def _contact(rng: random.Random) -> tuple[str, str]:
    """Contact person as typed, and a latin personal e-mail stem."""
    surname, given, patronymic = person(rng)
    full = f"{surname} {given} {patronymic}"
    mail = f"{translit(surname)}.{translit(given)[0]}{translit(patronymic)[0]}"
    roll = rng.random()
    if roll < 0.05:
        full = f"{surname} {given[0]}.{patronymic[0]}."
    elif roll < 0.08:
        full = f"{given} {surname}"
    elif roll < 0.11:
        full = full.lower()
    elif roll < 0.16:
        full = f"{full}, {rng.choice(POSITIONS)}"
    return full, mail


class _Generator:
    """Invents submissions; remembers names and handles so that none repeats by accident."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.handles: set[str] = set()

    def links(self, nomination: int, tag: str, city: str) -> list[str]:
        """VK, OK, Telegram and MAX answers; at least one of them is a real link."""
        rng = self.rng
        handle = rng.choice((f"{tag}_{city}", f"{city}_{tag}", f"{tag}{city}", tag, tag))
        if nomination == 10 or city == "kem42":
            handle = f"{tag}_kuzbass" if nomination == 10 else tag
        elif handle == tag and (len(tag) < 9 or nomination in (9, 11, 12)):
            handle = f"{tag}_{city}"  # short generic names are long taken
        while handle in self.handles or len(handle) < 5:
            handle = f"{handle}{rng.randint(1, 99)}"
        self.handles.add(handle)
        gov = nomination >= 9
        want = [rng.random() < p for p in ((0.93, 0.27, 0.34, 0.11), (0.9, 0.5, 0.75, 0.35))[gov]]
        if not any(want[:3]):
            want[2] = True
        club = rng.randint(10_000_000, 229_999_999)
        group = rng.randint(50_000_000_000_000, 70_999_999_999_999)
        forms = (
            [f"https://vk.com/{handle}"] * 5 + [f"vk.com/{handle}", f"https://vk.com/club{club}",
             f"vk.com/club{club}", f"https://m.vk.com/public{club}", f"https://vk.ru/{handle}",
             f"http://vk.com/{handle}", f"https://vk.com/{handle}/"],
            [f"https://ok.ru/group/{group}"] * 2 + [f"ok.ru/{handle}", f"https://ok.ru/{handle}"],
            [f"https://t.me/{handle}"] * 3 + [f"@{handle}", f"t.me/{handle}"],
            [f"https://max.ru/{handle}"] * 3 + [f"max.ru/{handle}"],
        )  # fmt: skip
        none = rng.choice(_NONE_ANSWERS)
        return [rng.choice(f) if w else none for w, f in zip(want, forms, strict=True)]

    def entry(
        self, nomination: int, name: str, tag: str, mo: Municipality, regional: bool = False
    ) -> _Entry:
        rng = self.rng
        municipality = mo.name
        if nomination == 10 or (regional and nomination == 12):
            municipality = rng.choice((REGIONAL_MUNICIPALITY, MUNICIPALITIES[0].name))
        vk, ok, telegram, max_ = self.links(nomination, tag, "kem42" if regional else mo.slug)
        contact, personal = _contact(rng)
        local = rng.choice([tag.replace("_", sep) + sep + mo.slug for sep in ("", "-", ".")])
        local = personal if rng.random() < 0.3 else local
        suffix = str(rng.randint(1, 2025)) if rng.random() < 0.15 else ""
        email = f"{local}{suffix}@{rng.choice(_MAIL_DOMAINS)}"
        email = email.capitalize() if rng.random() < 0.03 else email
        return _Entry(
            nomination, _nomination_text(nomination, rng), name, municipality, vk, ok, telegram,
            max_, contact, _phone(mo, rng), email, _subscribers(nomination, rng, telegram),
            rng.choice(("Да", "Да", "Да", "Согласен(на)")), rng.random() < 0.02,
        )  # fmt: skip

    def applications(self) -> list[_Entry]:
        """The 475 applications that count, one organisation each, in nomination order."""
        rng = self.rng
        weights = [mo.weight for mo in MUNICIPALITIES]
        regional = {n: rng.sample(items, len(items)) for n, items in REGIONAL.items()}
        chance = {4: 0.2, 5: 0.15, 6: 0.15, 8: 0.15, 10: 1.0, 12: 0.3}
        admins = rng.sample(MUNICIPALITIES, DEMO_PER_NOMINATION[9])
        out: list[_Entry] = []
        for nomination, count in DEMO_PER_NOMINATION.items():
            for _ in range(count):
                for _attempt in range(500):
                    pool = regional.get(nomination, [])
                    central = bool(pool) and rng.random() < chance.get(nomination, 0.0)
                    if nomination == 9:
                        mo = admins.pop()
                    else:
                        mo = rng.choices(MUNICIPALITIES, weights)[0]
                    if central:
                        mo = MUNICIPALITIES[0]
                        name, tag = pool.pop()
                        name = styled_quotes(name, rng)
                    else:
                        name, tag = build_name(nomination, mo, rng)
                    if _key(name) not in self.names:
                        break
                else:
                    raise RuntimeError(f"no new name for nomination {nomination}")
                self.names.add(_key(name))
                out.append(self.entry(nomination, name, tag, mo, central))
        return out

    def stray(self, nomination: int) -> _Entry:
        """A submission whose name will be lost."""
        mo = self.rng.choices(MUNICIPALITIES, [mo.weight for mo in MUNICIPALITIES])[0]
        name, tag = build_name(nomination, mo, self.rng)
        return self.entry(nomination, name, tag, mo)


def _timestamps(count: int, rng: random.Random) -> list[datetime]:
    """Distinct submission times: a start-up burst, a lull, a rush before the deadline."""
    days = (LAST_SUBMISSION - FIRST_SUBMISSION).days + 1
    day_weights = [
        (3.0 if d < 3 else 1.0 + 5.0 * max(0, d - days + 8) / 8)
        * (0.35 if (FIRST_SUBMISSION + timedelta(days=d)).weekday() >= 5 else 1.0)
        for d in range(days)
    ]
    hour_weights = [0.1] * 8 + [3, 5, 5, 5, 3, 4, 5, 5, 4, 2, 1.5, 1.2, 1, 0.6, 0.3, 0.1]
    stamps: set[datetime] = set()
    while len(stamps) < count:
        day = rng.choices(range(days), day_weights)[0]
        hour = rng.choices(range(24), hour_weights)[0]
        moment = FIRST_SUBMISSION.replace(hour=0) + timedelta(
            days=day, hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60)
        )
        if FIRST_SUBMISSION <= moment <= LAST_SUBMISSION:
            stamps.add(moment)
    return sorted(stamps)


def generate_demo_rows(seed: int = 2025) -> list[list[Cell]]:
    """The data rows of the demo export (no header), in the order the export lists them."""
    gen = _Generator(seed)
    rng = gen.rng
    apps = gen.applications()
    apps[rng.randrange(20, DEMO_PER_NOMINATION[1])].name = FORMULA_NAME
    extra = [replace(gen.entry(5, name, tag, MUNICIPALITIES[mo]), nomination=text)
             for text, name, tag, mo in UNKNOWN_NOMINATIONS]  # fmt: skip
    extra += [replace(gen.stray(rng.randint(1, 7)), name="") for _ in range(DEMO_EMPTY_NAMES)]
    pairs: list[tuple[_Entry, _Entry]] = []
    candidates = [app for app in apps if app.name != FORMULA_NAME]
    for i, app in enumerate(rng.sample(candidates, DEMO_SUPERSEDED)):
        # the same organisation, typed a little differently, before it added its Telegram
        name = (app.name.lower(), f"{app.name} ", app.name.replace(" ", "  ", 1), app.name)[i % 4]
        earlier = replace(app, name=name, telegram=rng.choice(_NONE_ANSWERS), as_datetime=False)
        earlier.subscribers = _subscribers(app.number, rng, earlier.telegram)
        pairs.append((earlier, app))
    order = apps + extra
    rng.shuffle(order)
    for earlier, app in pairs:
        position = next(i for i, e in enumerate(order) if e is app)
        order.insert(max(0, position - rng.randint(2, 60)), earlier)
    rows: list[list[Cell]] = []
    for entry, moment in zip(order, _timestamps(len(order), rng), strict=True):
        stamp: Cell = moment if entry.as_datetime else moment.strftime(TIMESTAMP_FORMAT)
        rows.append([stamp, entry.nomination, entry.name, entry.municipality, entry.vk,
                     entry.ok, entry.telegram, entry.max, entry.contact, entry.phone,
                     entry.email, entry.subscribers, entry.consent])  # fmt: skip
    # The export was sorted oddly: two resubmissions are listed before what they replace.
    for earlier, app in pairs[:2]:
        i, j = (next(k for k, e in enumerate(order) if e is x) for x in (earlier, app))
        rows[i], rows[j] = rows[j], rows[i]
    special = {id(e) for pair in pairs for e in pair} | {id(e) for e in extra}
    plain = [i for i, e in enumerate(order) if id(e) not in special and e.name != FORMULA_NAME]
    for i in sorted(rng.sample(plain, DEMO_DUPLICATES), reverse=True):
        rows.insert(i + 1, list(rows[i]))  # the same answer twice, as merged exports do
    middle = len(rows) // 2 + rng.randint(-20, 20)
    while rows[middle] == rows[middle - 1]:
        middle += 1
    rows.insert(middle, [None] * len(DEMO_HEADERS))
    return rows


def write_demo_xlsx(path: Path, seed: int = 2025) -> None:
    """Write the header and the demo rows to the first sheet of a new .xlsx workbook."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = DEMO_SHEET_TITLE
    sheet.append(list(DEMO_HEADERS))
    for r, row in enumerate(generate_demo_rows(seed), start=2):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue  # the export leaves unanswered questions as empty cells
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # literal text, never a formula
            elif isinstance(value, datetime):
                cell.number_format = "dd.mm.yyyy hh:mm:ss"
    for letter, width in zip("ABCDEFGHIJKLM", (20, 40, 60, 34, 32, 32, 28, 26, 32, 20, 28, 18, 14),
                             strict=True):  # fmt: skip
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def main() -> None:
    path = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo-applications.xlsx"
    write_demo_xlsx(path)
    print(f"{path}: {len(generate_demo_rows())} rows")


if __name__ == "__main__":
    main()
