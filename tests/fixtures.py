"""Messy form exports made by the tests themselves (xlsx, csv in several encodings)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "Отметка времени",
    "Номинация",
    "Полное наименование организации",
    "Муниципальное образование",
    "Ссылка на сообщество ВКонтакте",
    "Ссылка на Telegram-канал",
    "Контактный телефон",
    "Количество подписчиков",
]

Cell = str | int | float | None


def messy_rows() -> list[list[Cell]]:
    """Rows 2.. of a sheet: every import behaviour at least once (see test_import.py)."""
    return [
        # 2: a plain good row
        [
            "01.09.2025 10:00:00",
            "Лучший школьный паблик Кузбасса",
            "МБОУ «СОШ № 1»",
            "Кемеровский городской округ",
            "vk.com/school1",
            "@school1_kem",
            "8 913 123 45 67",
            "1 300",
        ],
        # 3: variation of a title, m.vk link, «нет» telegram, numeric phone, «около 500»
        [
            "02.09.2025 11:30:00",
            "лучший паблик детского сада",
            "МБДОУ «Детский сад № 5»",
            "Юргинский городской округ",
            "https://m.vk.com/ds5",
            "нет",
            89131112233,
            "около 500",
        ],
        # 4: exact duplicate of row 2
        [
            "01.09.2025 10:00:00",
            "Лучший школьный паблик Кузбасса",
            "МБОУ «СОШ № 1»",
            "Кемеровский городской округ",
            "vk.com/school1",
            "@school1_kem",
            "8 913 123 45 67",
            "1 300",
        ],
        # 5: a LATER submission of row 7's organisation placed EARLIER in the file
        [
            "05.09.2025 09:00:00",
            "Лучший паблик учреждения культуры Кузбасса",
            "ГАУК  «Кузбасский центр искусств»",
            "Кемеровский городской округ",
            "https://vk.ru/art_kuzbass",
            "t.me/art_kuzbass",
            "+7 (3842) 58-12-34",
            "2,5 тыс.",
        ],
        # 6: no organisation name
        [
            "03.09.2025 12:00:00",
            "Лучший школьный паблик Кузбасса",
            "",
            "Беловский городской округ",
            "vk.com/x",
            "",
            "",
            "",
        ],
        # 7: the EARLIER submission of row 5's organisation (differs in case and spaces)
        [
            "04.09.2025 15:00:00",
            "Лучший паблик учреждения культуры Кузбасса",
            "гаук «кузбасский центр искусств»",
            "Кемеровский городской округ",
            "vk.com/old_art",
            "",
            "",
            "100",
        ],
        # 8: unknown nomination
        [
            "06.09.2025 10:00:00",
            "Лучший паблик учреждения молодёжной политики",
            "МБУ «Молодёжный центр»",
            "Новокузнецкий городской округ",
            "vk.com/mc",
            "",
            "",
            "",
        ],
        # 9: formula injection in the organisation name (kept, reported)
        [
            "07.09.2025 10:00:00",
            "Лучший паблик учреждения спорта Кузбасса",
            '=HYPERLINK("http://evil.example";"СШОР № 3")',
            "Междуреченский городской округ",
            "vk.com/sport3",
            "",
            "",
            "",
        ],
        # 10: completely blank row: skipped silently
        [None, None, None, None, None, None, None, None],
        # 11: typo in nomination, ё/е, quotes; line break inside the name
        [
            "08.09.2025 10:00:00",
            "«Лучший паблик учреждения здравохранения Кузбаса»",
            "ГБУЗ «Новокузнецкая городская\nклиническая больница № 1»",
            "Новокузнецкий городской округ",
            "https://vk.com/gkb1nk/",
            "",
            "-",
            "более 10000",
        ],
    ]


# What importing messy_rows() must give: rows 2, 3, 5, 9 and 11 become applications.
EXPECTED_PER_NOMINATION = {1: 1, 2: 1, 4: 1, 5: 1, 6: 1}
EXPECTED_PROBLEMS = {
    (4, "duplicate"),
    (6, "empty_name"),
    (7, "superseded"),
    (8, "unknown_nomination"),
    (9, "formula_injection"),
}


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Cell]], headers: Sequence[str] = HEADERS
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Ответы на форму (1)"
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            # openpyxl would store "=…" as a formula; a real export holds it as text.
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    workbook.save(path)
    return path


def csv_text(
    rows: Sequence[Sequence[Cell]], delimiter: str, headers: Sequence[str] = HEADERS
) -> str:
    def quote(value: Cell) -> str:
        text = "" if value is None else str(value)
        if any(c in text for c in (delimiter, '"', "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text

    lines = [delimiter.join(quote(h) for h in headers)]
    lines += [delimiter.join(quote(v) for v in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Cell]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
    headers: Sequence[str] = HEADERS,
) -> Path:
    path.write_bytes(csv_text(rows, delimiter, headers).encode(encoding))
    return path
