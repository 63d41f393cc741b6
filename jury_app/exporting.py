"""Export of applications with canonical links and import problems (XLSX, CSV, JSON).

Spreadsheet exports neutralise cells that a spreadsheet program would run as formulas.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from jury_app.applications import (
    PROBLEM_LABELS,
    ApplicationRow,
    ImportProblemRow,
    list_applications,
    list_import_problems,
)
from jury_app.errors import JuryError
from jury_app.storage.engine import ContestDB

APPLICATION_HEADERS = (
    "№ заявки",
    "№ номинации",
    "Номинация",
    "Организация",
    "Муниципальное образование",
    "ВКонтакте",
    "Одноклассники",
    "Telegram",
    "MAX",
    "Другие ссылки",
    "Контактное лицо",
    "Телефон",
    "Эл. почта",
    "Подписчики",
    "Время подачи",
    "Файл",
    "Строка в файле",
    "Замечания",
)
PROBLEM_HEADERS = ("Файл", "Строка", "Вид", "Код", "Описание", "№ заявки", "Решено")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """Make a text cell safe for spreadsheets: a leading formula character gets an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _application_cells(row: ApplicationRow) -> list[object]:
    return [
        row.id,
        row.nomination,
        row.nomination_title,
        row.organization,
        row.municipality,
        row.vk,
        row.ok,
        row.telegram,
        row.max,
        "\n".join(row.other_links),
        row.contact_name,
        row.phone,
        row.email,
        row.subscribers,
        row.submitted_at.strftime("%d.%m.%Y %H:%M:%S") if row.submitted_at else "",
        row.source_file,
        row.source_row,
        "\n".join(p.message for p in row.problems),
    ]


def _problem_cells(p: ImportProblemRow) -> list[object]:
    return [
        p.file_name,
        p.row,
        PROBLEM_LABELS.get(p.kind, p.kind),
        p.kind,
        p.message,
        p.application_id,
        "да" if p.resolved else "",
    ]


def export_applications(db: ContestDB, out: Path) -> int:
    """Write the contest's applications to ``out`` (.xlsx, .csv or .json); return their count.

    The file appears whole or not at all.
    """
    suffix = out.suffix.lower()
    writers: dict[str, Callable[[Path, list[ApplicationRow], list[ImportProblemRow]], None]] = {
        ".xlsx": _write_xlsx,
        ".csv": _write_csv,
        ".json": _write_json,
    }
    if suffix not in writers:
        raise JuryError(
            f"Формат «{out.suffix or out.name}» не поддерживается: укажите .xlsx, .csv или .json."
        )
    if not out.parent.is_dir():
        raise JuryError(f"Папка «{out.parent}» не существует.")
    rows = list_applications(db)
    problems = list_import_problems(db)
    with atomic_output(out) as tmp:
        writers[suffix](tmp, rows, problems)
    return len(rows)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; it replaces ``target`` only on success."""
    fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        # mkstemp creates the file private; give it the mode any new file of the user gets.
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _write_xlsx(path: Path, rows: list[ApplicationRow], problems: list[ImportProblemRow]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, headers, lines, widths in (
        (
            "Заявки",
            APPLICATION_HEADERS,
            (_application_cells(r) for r in rows),
            (9, 7, 40, 50, 30, 32, 32, 32, 32, 30, 28, 16, 28, 12, 20, 24, 10, 60),
        ),
        (
            "Замечания импорта",
            PROBLEM_HEADERS,
            (_problem_cells(p) for p in problems),
            (24, 8, 28, 20, 90, 10, 8),
        ),
    ):
        sheet = workbook.create_sheet(title)
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        sheet.freeze_panes = "A2"
        header_cells = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for line in lines:
            sheet.append([_xlsx_value(v) for v in line])
    workbook.save(path)


def _xlsx_value(value: object) -> object:
    value = neutralize(value)
    # openpyxl would store a str starting with "=" as a formula; neutralize() prevents that.
    return "" if value is None else value


def _write_csv(path: Path, rows: list[ApplicationRow], _problems: list[ImportProblemRow]) -> None:
    # UTF-8 with BOM and ";" so that Russian Excel opens it correctly by double click.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(APPLICATION_HEADERS)
        for row in rows:
            writer.writerow(["" if v is None else neutralize(v) for v in _application_cells(row)])


def _write_json(path: Path, rows: list[ApplicationRow], problems: list[ImportProblemRow]) -> None:
    data = {
        "applications": [_application_json(r) for r in rows],
        "problems": [
            {
                "file": p.file_name,
                "row": p.row,
                "kind": p.kind,
                "message": p.message,
                "application_id": p.application_id,
                "resolved": p.resolved,
            }
            for p in problems
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _application_json(row: ApplicationRow) -> dict[str, object]:
    return {
        "id": row.id,
        "nomination": row.nomination,
        "nomination_title": row.nomination_title,
        "organization": row.organization,
        "municipality": row.municipality,
        "links": {
            k: v
            for k, v in (
                ("vk", row.vk),
                ("ok", row.ok),
                ("telegram", row.telegram),
                ("max", row.max),
            )
            if v
        },
        "other_links": list(row.other_links),
        "contact_name": row.contact_name,
        "phone": row.phone,
        "email": row.email,
        "subscribers": row.subscribers,
        "submitted_at": row.submitted_at.isoformat(sep=" ") if row.submitted_at else None,
        "source_file": row.source_file,
        "source_row": row.source_row,
        "problems": [{"kind": p.kind, "message": p.message} for p in row.problems],
    }
