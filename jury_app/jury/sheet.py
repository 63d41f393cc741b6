"""Score sheets: a juror's scores as an Excel workbook, written out and read back in.

:func:`write_score_sheet` writes the juror's assigned applications with the scores and
comments stored so far; score cells are validated to each criterion's scale and everything
else is locked (sheet protection without a password). :func:`fill_score_sheet` reads the
filled sheet back: it checks every row first and changes nothing unless all of it is
right, then stores the changes in one transaction.

An empty score or comment cell means "no change": what is stored stays. A stored score is
cleared in the program itself, never by a blank cell (a juror who leaves a cell empty by
mistake must not lose a score).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from jury_app.contest import contest_id
from jury_app.errors import ImportFailure, JuryError
from jury_app.exporting import atomic_output, neutralize
from jury_app.importing.reader import OLE_MAGIC, ZIP_MAGIC, read_table
from jury_app.jury.scoring import (
    AssignedApplication,
    CriterionInfo,
    _criteria,
    _items,
    _juror,
    criteria,
    juror_work,
)
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Criterion, Review, Score

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SCORES_SHEET = "Оценки"
CRITERIA_SHEET = "Критерии"
RECUSALS_SHEET = "Самоотводы"
ID_HEADER = "№ заявки"
ORGANIZATION_HEADER = "Организация"
NOMINATION_HEADER = "Номинация"
COMMENT_HEADER = "Комментарий"
MAX_LISTED_PROBLEMS = 10
# Excel refuses longer data validation texts.
_TITLE_LIMIT, _MESSAGE_LIMIT = 32, 255
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class FillReport:
    """What a filled sheet changed: score cells and comments written, rows left as stored."""

    scores: int
    comments: int
    unchanged: int  # data rows that changed nothing


# ---------------------------------------------------------------------------- writing


def write_score_sheet(db: ContestDB, juror_id: int, out: Path) -> int:
    """Write the juror's score sheet to ``out`` (.xlsx); return the number of rows written.

    Recused applications are not on the score sheet; they are listed on «Самоотводы».
    The file appears whole or not at all.
    """
    if out.suffix.lower() != ".xlsx":
        raise JuryError(
            f"Лист оценок сохраняется в формате .xlsx, а не «{out.suffix or out.name}»."
        )
    if not out.parent.is_dir():
        raise JuryError(f"Папка «{out.parent}» не существует.")
    infos = criteria(db)
    work = juror_work(db, juror_id)
    active = [a for a in work if not a.recused]
    recused = [a for a in work if a.recused]

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SCORES_SHEET
    _fill_scores_sheet(sheet, infos, active)
    _fill_criteria_sheet(workbook.create_sheet(CRITERIA_SHEET), infos)
    if recused:
        _fill_recusals_sheet(workbook.create_sheet(RECUSALS_SHEET), recused)
    workbook.active = 0
    try:
        with atomic_output(out) as tmp:
            workbook.save(tmp)
    except OSError as exc:
        raise JuryError(f"Не удалось сохранить «{out.name}»: {exc.strerror or exc}.") from None
    return len(active)


def _fill_scores_sheet(
    sheet: Worksheet, infos: list[CriterionInfo], rows: list[AssignedApplication]
) -> None:
    from openpyxl.styles import Alignment, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    headers = [
        ID_HEADER,
        ORGANIZATION_HEADER,
        NOMINATION_HEADER,
        *(c.title for c in infos),
        COMMENT_HEADER,
    ]
    first_score = 4  # 1-based column of the first criterion
    comment_column = first_score + len(infos)
    _header(sheet, headers)
    sheet.row_dimensions[1].height = 48
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    unlocked = Protection(locked=False)
    for offset, app in enumerate(rows):
        r = offset + 2
        sheet.cell(r, 1, app.id).alignment = top
        sheet.cell(r, 2, _text(app.organization)).alignment = wrap
        sheet.cell(r, 3, _text(f"{app.nomination}. {app.nomination_title}")).alignment = wrap
        for index, info in enumerate(infos):
            value = app.scores.get(info.position)
            cell = sheet.cell(r, first_score + index, _number(value))
            cell.protection = unlocked
            cell.alignment = centre
        cell = sheet.cell(r, comment_column, _text(app.comment) or None)
        cell.protection = unlocked
        cell.alignment = wrap

    last = len(rows) + 1
    for index, info in enumerate(infos):
        letter = get_column_letter(first_score + index)
        integral = info.step == 1 and info.min_score.is_integer() and info.max_score.is_integer()
        scale = _scale(info)
        kind = "целое число" if integral else "число"
        validation = DataValidation(
            type="whole" if integral else "decimal",
            operator="between",
            formula1=_formula_number(info.min_score),
            formula2=_formula_number(info.max_score),
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorStyle="stop",
            errorTitle=_clip("Оценка вне шкалы", _TITLE_LIMIT),
            error=_clip(f"Оценка по критерию «{info.title}» — {kind} {scale}.", _MESSAGE_LIMIT),
            promptTitle=_clip("Оценка", _TITLE_LIMIT),
            prompt=_clip(f"{info.title}: {scale}.", _MESSAGE_LIMIT),
        )
        if rows:
            validation.add(f"{letter}2:{letter}{last}")
            sheet.add_data_validation(validation)

    widths = [10, 50, 32, *(16 for _ in infos), 50]
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    _protect(sheet)


def _fill_criteria_sheet(sheet: Worksheet, infos: list[CriterionInfo]) -> None:
    from openpyxl.styles import Alignment

    _header(sheet, ["№", "Критерий", "Шкала", "Вес", "Описание (рубрика)"])
    wrap = Alignment(wrap_text=True, vertical="top")
    for offset, info in enumerate(infos):
        r = offset + 2
        values: list[object] = [
            info.position,
            _text(info.title),
            _text(_scale(info)),
            _number(info.weight),
            _text(info.rubric),
        ]
        for column, value in enumerate(values, 1):
            sheet.cell(r, column, value).alignment = wrap
    notes = (
        "Как заполнять лист «Оценки»:",
        "— ставьте оценки в столбцы критериев; вне шкалы Excel число не примет;",
        "— пустая ячейка оценки или комментария ничего не меняет: сохранённое остаётся;",
        "— не меняйте «№ заявки» и заголовки столбцов: по ним лист загружается обратно.",
    )
    start = len(infos) + 3
    for offset, note in enumerate(notes):
        sheet.cell(start + offset, 2, note)
    for letter, width in zip("ABCDE", (6, 40, 18, 8, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    _protect(sheet)


def _fill_recusals_sheet(sheet: Worksheet, rows: list[AssignedApplication]) -> None:
    from openpyxl.styles import Alignment

    _header(sheet, [ID_HEADER, ORGANIZATION_HEADER, NOMINATION_HEADER, "Причина самоотвода"])
    wrap = Alignment(wrap_text=True, vertical="top")
    for offset, app in enumerate(rows):
        r = offset + 2
        values: list[object] = [
            app.id,
            _text(app.organization),
            _text(f"{app.nomination}. {app.nomination_title}"),
            _text(app.recusal_reason),
        ]
        for column, value in enumerate(values, 1):
            sheet.cell(r, column, value).alignment = wrap
    for letter, width in zip("ABCD", (10, 50, 32, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    _protect(sheet)


def _header(sheet: Worksheet, titles: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, title in enumerate(titles, 1):
        cell = sheet.cell(1, column, _text(title))
        cell.font = bold
        cell.alignment = wrap


def _protect(sheet: Worksheet) -> None:
    """Lock the sheet without a password; columns and rows may still be resized."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _text(value: str) -> str:
    """A text cell: no characters XML refuses, no leading formula character."""
    return str(neutralize(_ILLEGAL_XML.sub("", value)))


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _formula_number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _g(value: float) -> str:
    """A number as a Russian reader writes it: 7, 7,5."""
    return f"{value:g}".replace(".", ",")


def _scale(info: CriterionInfo) -> str:
    scale = f"от {_g(info.min_score)} до {_g(info.max_score)}"
    return scale if info.step == 1 else f"{scale} с шагом {_g(info.step)}"


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _SheetRow:
    row: int
    application_id: int
    scores: dict[int, float]  # criterion position → value, only the filled cells
    comment: str | None  # None: the cell is empty or there is no comment column


def fill_score_sheet(db: ContestDB, juror_id: int, sheet: Path) -> FillReport:
    """Store the scores and comments of a filled score sheet; all or nothing.

    Every row is checked first; on any problem a JuryError lists them by sheet row and
    nothing is changed. Empty cells change nothing (see the module docstring).
    """
    table = _read_sheet(sheet)
    with db.session() as session:
        juror = _juror(session, juror_id)
        infos = _criteria(session)
        header_row, id_index, columns, comment_column = _find_columns(sheet.name, table, infos)
        problems: list[tuple[int, str]] = []
        parsed = _parse_rows(table, header_row, id_index, columns, comment_column, infos, problems)
        work = {a.id: a for a in _items(session, juror, None)}
        _check_rows(session, parsed, work, problems)
        if problems:
            raise JuryError(_problem_message(sheet.name, problems))
        return _apply(session, juror_id, parsed, work)


def _read_sheet(path: Path) -> list[tuple[int, list[object]]]:
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(OLE_MAGIC))
    except FileNotFoundError:
        raise JuryError(f"Файл «{path.name}» не найден.") from None
    except OSError as exc:
        raise JuryError(f"Не удалось прочитать «{path.name}»: {exc.strerror or exc}.") from None
    if not magic:
        raise JuryError(f"Файл «{path.name}» пуст.")
    broken = (
        f"Файл «{path.name}» повреждён или не является книгой Excel: "
        "выберите лист оценок, сохранённый в формате .xlsx."
    )
    if not magic.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise JuryError(broken)
    try:
        return read_table(path).rows
    except ImportFailure:
        raise JuryError(broken) from None


def _cell_text(value: object) -> str:
    """A header cell as written: trimmed, with the neutralising apostrophe taken off."""
    return _plain(value.strip()).strip() if isinstance(value, str) else ""


def _header_key(title: str) -> str:
    """What a criterion title reads back as from a sheet this module wrote."""
    return _cell_text(_text(title.strip()))


def _plain(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS) else text


def _find_columns(
    name: str, table: list[tuple[int, list[object]]], infos: list[CriterionInfo]
) -> tuple[int, int, dict[int, int], int | None]:
    """The header row, the id column, criterion position → column, the comment column."""
    for number, cells in table:
        titles = [_cell_text(c) for c in cells]
        if ID_HEADER not in titles:
            continue
        id_index = titles.index(ID_HEADER)
        used = {id_index}
        columns: dict[int, int] = {}
        missing: list[str] = []
        for info in infos:
            key = _header_key(info.title)
            # Same-titled criteria take the same-titled columns in order.
            found = next(
                (i for i, t in enumerate(titles) if t == key and i not in used),
                None,
            )
            if found is None:
                missing.append(f"«{info.title}»")
            else:
                used.add(found)
                columns[info.position] = found
        if missing:
            what = "столбца критерия" if len(missing) == 1 else "столбцов критериев"
            raise JuryError(
                f"В листе «{name}» нет {what} {', '.join(missing)} "
                f"(строка заголовков {number}): не переименовывайте и не удаляйте столбцы."
            )
        comment = next(
            (i for i, t in enumerate(titles) if t == COMMENT_HEADER and i not in used), None
        )
        return number, id_index, columns, comment
    raise JuryError(
        f"В файле «{name}» на первом листе нет строки заголовков со столбцом «{ID_HEADER}»: "
        "это не лист оценок Jury App или его заголовки изменены."
    )


def _parse_rows(
    table: list[tuple[int, list[object]]],
    header_row: int,
    id_index: int,
    columns: dict[int, int],
    comment_column: int | None,
    infos: list[CriterionInfo],
    problems: list[tuple[int, str]],
) -> list[_SheetRow]:
    by_position = {info.position: info for info in infos}
    rows: list[_SheetRow] = []
    for number, cells in table:
        if number <= header_row:
            continue

        def at(index: int, cells: list[object] = cells) -> object:
            return cells[index] if index < len(cells) else ""

        raw_scores = {p: at(i) for p, i in columns.items() if not _is_empty(at(i))}
        comment_raw = at(comment_column) if comment_column is not None else ""
        comment = _comment(comment_raw)
        raw_id = at(id_index)
        if _is_empty(raw_id):
            if raw_scores or comment:
                problems.append((number, "не указан № заявки"))
            continue
        application_id = _whole(raw_id)
        if application_id is None or application_id <= 0:
            problems.append((number, f"«{_show(raw_id)}» — не номер заявки"))
            continue
        scores: dict[int, float] = {}
        for position, raw in raw_scores.items():
            info = by_position[position]
            value = _number_of(raw)
            if value is None:
                problems.append((number, f"«{_show(raw)}» по критерию «{info.title}» — не число"))
            elif not info.allows(value):
                problems.append(
                    (
                        number,
                        f"оценка {_g(value)} по критерию «{info.title}» вне шкалы "
                        + _scale_short(info),
                    )
                )
            else:
                scores[position] = float(value)
        rows.append(_SheetRow(number, application_id, scores, comment or None))
    return rows


def _check_rows(
    session: Session,
    rows: list[_SheetRow],
    work: dict[int, AssignedApplication],
    problems: list[tuple[int, str]],
) -> None:
    ids = {r.application_id for r in rows}
    statuses = dict(
        session.exec(
            select(Application.id, Application.status).where(col(Application.id).in_(ids))
        ).all()
    )
    seen: dict[int, int] = {}
    for row in rows:
        app_id = row.application_id
        if app_id in seen:
            problems.append(
                (row.row, f"заявка № {app_id} повторяется (уже была в строке {seen[app_id]})")
            )
            continue
        seen[app_id] = row.row
        if app_id not in statuses:
            problems.append((row.row, f"заявки № {app_id} нет в конкурсе"))
        elif app_id not in work:
            if statuses[app_id] != "active":
                problems.append((row.row, f"заявка № {app_id} снята с конкурса"))
            else:
                problems.append((row.row, f"заявка № {app_id} не назначена этому члену комиссии"))
        elif work[app_id].recused and row.scores:
            problems.append(
                (
                    row.row,
                    f"по заявке № {app_id} заявлен конфликт интересов: оценки не ставятся",
                )
            )


def _apply(
    session: Session,
    juror_id: int,
    rows: list[_SheetRow],
    work: dict[int, AssignedApplication],
) -> FillReport:
    cid = contest_id(session)
    criterion_ids = {
        c.position: c.id or 0
        for c in session.exec(select(Criterion).where(Criterion.contest_id == cid)).all()
    }
    stored_scores = {
        (s.application_id, s.criterion_id): s
        for s in session.exec(select(Score).where(Score.juror_id == juror_id)).all()
    }
    reviews = {
        r.application_id: r
        for r in session.exec(select(Review).where(Review.juror_id == juror_id)).all()
    }
    now = datetime.now()
    scores = comments = unchanged = 0
    for row in rows:
        app = work[row.application_id]
        changed = False
        for position, value in row.scores.items():
            old = app.scores.get(position)
            if old is not None and math.isclose(old, value, abs_tol=1e-9):
                continue
            key = (row.application_id, criterion_ids[position])
            score = stored_scores.get(key) or Score(
                contest_id=cid,
                juror_id=juror_id,
                application_id=row.application_id,
                criterion_id=criterion_ids[position],
                value=value,
                updated_at=now,
            )
            score.value = value
            score.updated_at = now
            session.add(score)
            scores += 1
            changed = True
        if row.comment is not None and row.comment != app.comment:
            review = reviews.get(row.application_id) or Review(
                contest_id=cid,
                juror_id=juror_id,
                application_id=row.application_id,
                updated_at=now,
            )
            review.comment = row.comment
            review.updated_at = now
            session.add(review)
            comments += 1
            changed = True
        if not changed:
            unchanged += 1
    return FillReport(scores=scores, comments=comments, unchanged=unchanged)


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _comment(value: object) -> str:
    """A comment cell as stored: trimmed, with the neutralising apostrophe taken off."""
    if value is None or isinstance(value, bool):
        return ""
    return _plain((_g(value) if isinstance(value, float) else str(value)).strip())


def _number_of(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _whole(value: object) -> int | None:
    number = _number_of(value)
    if number is None or not number.is_integer():
        return None
    return int(number)


def _show(value: object) -> str:
    text = _g(value) if isinstance(value, float) else str(value)
    text = " ".join(text.split())
    return _clip(text, 40)


def _scale_short(info: CriterionInfo) -> str:
    scale = f"{_g(info.min_score)}–{_g(info.max_score)}"
    return scale if info.step == 1 else f"{scale} с шагом {_g(info.step)}"


def _problem_message(name: str, problems: list[tuple[int, str]]) -> str:
    problems = sorted(problems, key=lambda p: p[0])
    lines = [f"Лист оценок «{name}» не загружен, ничего не изменено:"]
    lines += [f"Строка {row}: {text}." for row, text in problems[:MAX_LISTED_PROBLEMS]]
    rest = len(problems) - MAX_LISTED_PROBLEMS
    if rest > 0:
        lines.append(f"…и ещё {rest}.")
    return "\n".join(lines)
