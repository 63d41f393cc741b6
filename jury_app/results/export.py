"""Export of the results table (XLSX or CSV), as the commission reads it."""

from __future__ import annotations

import csv
from pathlib import Path

from jury_app.errors import JuryError
from jury_app.exporting import atomic_output, neutralize
from jury_app.results.service import METHOD_LABELS, STATUS_LABELS, Results


def _headers(criteria: list[str]) -> list[str]:
    return [
        "№ номинации", "Номинация", "Место", "№ заявки", "Организация",
        "Муниципальное образование", "Итоговый балл", "Статус", "Спорное место",
        "Решение комиссии", "Оценок", *[f"Среднее: {c}" for c in criteria],
    ]  # fmt: skip


def _rows(results: Results) -> list[list[object]]:
    rows: list[list[object]] = []
    for nomination in results.nominations:
        for r in nomination.ranking:
            rows.append(
                [
                    nomination.number,
                    nomination.title,
                    r.rank,
                    r.application_id,
                    r.organization,
                    r.municipality,
                    None if r.score is None else round(r.score, 3),
                    STATUS_LABELS[r.status],
                    "да" if r.tie else "",
                    "да" if r.decided else "",
                    r.jurors,
                    *[None if m is None else round(m, 2) for m in r.criterion_means],
                ]
            )
    return rows


def export_results(results: Results, criteria: list[str], out: Path) -> int:
    """Write the ranking of every nomination to ``out`` (.xlsx or .csv); return the rows."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise JuryError(
            f"Формат «{out.suffix or out.name}» не поддерживается: укажите .xlsx или .csv."
        )
    if not out.parent.is_dir():
        raise JuryError(f"Папка «{out.parent}» не существует.")
    headers, rows = _headers(criteria), _rows(results)
    with atomic_output(out) as tmp:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(headers)
                writer.writerows(
                    [["" if v is None else neutralize(v) for v in row] for row in rows]
                )
        else:
            _write_xlsx(tmp, headers, rows, results)
    return len(rows)


def _write_xlsx(path: Path, headers: list[str], rows: list[list[object]], results: Results) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Итоги"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([neutralize(v) for v in row])
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJK", (8, 40, 7, 9, 50, 30, 12, 13, 10, 10, 8), strict=True):
        sheet.column_dimensions[column].width = width
    about = workbook.create_sheet("Способ подсчёта")
    about.append(["Способ", METHOD_LABELS.get(results.method, results.method)])
    about.append(["Дополнительные показатели при равенстве", ", ".join(results.tiebreak)])
    for note in results.notes:
        about.append(["Примечание", note])
    about.column_dimensions["A"].width = 40
    about.column_dimensions["B"].width = 100
    workbook.save(path)
