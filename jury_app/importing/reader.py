"""Reading the online-form export (XLSX, XLS, ODS or CSV) into rows of raw cell values.

Spreadsheets are read with calamine, which returns the cached values of formula cells and
never evaluates them. Row numbers are the ones the user sees in the spreadsheet program.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from jury_app.errors import ImportFailure

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class SourceTable:
    """Rows of one sheet, each with its 1-based row number as the user sees it."""

    file_name: str
    sheet: str
    rows: list[tuple[int, list[object]]]


def read_table(path: Path) -> SourceTable:
    """Read the first sheet of a spreadsheet or a CSV file; raise ImportFailure if unreadable."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportFailure(f"Файл «{path.name}» не найден или недоступен.") from None
    if size == 0:
        raise ImportFailure(f"Файл «{path.name}» пуст.")
    if size > MAX_BYTES:
        raise ImportFailure(f"Файл «{path.name}» слишком велик для выгрузки заявок.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"Не удалось прочитать «{path.name}»: {exc.strerror}.") from None
    suffix = path.suffix.lower()
    if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return _read_spreadsheet(path.name, data)
    if suffix in SPREADSHEET_SUFFIXES:
        raise ImportFailure(
            f"Файл «{path.name}» повреждён или не является книгой Excel: "
            "сохраните выгрузку заново (XLSX или CSV)."
        )
    return _read_csv(path.name, data)


def _read_spreadsheet(name: str, data: bytes) -> SourceTable:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet_names = workbook.sheet_names
        if not sheet_names:
            raise ImportFailure(f"В книге «{name}» нет листов.")
        sheet = workbook.get_sheet_by_index(0)
        # Without skipping the empty area the values start at A1, so row numbers are true.
        values = sheet.to_python(skip_empty_area=False)
    except ImportFailure:
        raise
    except BaseException as exc:  # calamine raises its own errors and may panic on junk
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise ImportFailure(
            f"Файл «{name}» повреждён или не является книгой Excel: "
            "сохраните выгрузку заново (XLSX или CSV)."
        ) from None
    rows: list[tuple[int, list[object]]] = []
    for offset, cells in enumerate(values):
        rows.append((offset + 1, list(cells)))
    return SourceTable(name, str(sheet_names[0]), rows)


def decode_text(data: bytes) -> str:
    """Decode a text export: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _sniff_delimiter(text: str) -> str:
    # The header line decides: Russian Excel writes ";", Google Forms ",", some tools tabs.
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _read_csv(name: str, data: bytes) -> SourceTable:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailure(f"Файл «{name}» не похож на таблицу (XLSX или CSV).")
    text = decode_text(data).replace("\x00", "")
    if not text.strip():
        raise ImportFailure(f"Файл «{name}» пуст.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    rows: list[tuple[int, list[object]]] = []
    try:
        for number, record in enumerate(reader, 1):
            rows.append((number, list(record)))
    except csv.Error as exc:
        raise ImportFailure(f"Файл «{name}» не читается как CSV: {exc}.") from None
    return SourceTable(name, "", rows)
