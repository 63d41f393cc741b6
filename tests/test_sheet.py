"""Score sheets: XLSX written for a juror, filled in Excel, loaded back all or nothing."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from jury_app.contest import create_contest
from jury_app.errors import JuryError
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.package import export_packages, open_package
from jury_app.jury.roster import add_juror
from jury_app.jury.scoring import (
    criteria,
    declare_conflict,
    juror_work,
    set_comment,
    set_score,
)
from jury_app.jury.sheet import FillReport, fill_score_sheet, write_score_sheet
from jury_app.presets import kuzbass_2025
from jury_app.settings import CriterionSpec
from jury_app.storage.engine import ContestDB, open_contest_file
from tests.conftest import DEMO_XLSX

FIXED = ["№ заявки", "Организация", "Номинация"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A contest with the demo applications, three jurors, two jurors per application."""
    folder = tmp_path_factory.mktemp("contest")
    db = create_contest(folder / "contest.jury", kuzbass_2025())
    import_file(db, DEMO_XLSX)
    for name in ("Иванов Иван", "Петрова Анна", "Сидоров Пётр"):
        add_juror(db, name)
    assign(db, per_application=2)
    export_packages(db, folder)
    db.close()
    return folder


@pytest.fixture
def package(built: Path, tmp_path: Path) -> Iterator[tuple[ContestDB, int]]:
    """The first juror's package (a private copy), open."""
    path = tmp_path / "juror.jurypkg"
    shutil.copy(built / "Иванов Иван.jurypkg", path)
    db, info = open_package(path)
    yield db, info.juror_id
    db.close()


@pytest.fixture
def contest(built: Path, tmp_path: Path) -> Iterator[ContestDB]:
    """The secretary's contest file (a private copy), open."""
    path = tmp_path / "contest.jury"
    shutil.copy(built / "contest.jury", path)
    db = open_contest_file(path)
    yield db
    db.close()


def _titles(db: ContestDB) -> list[str]:
    return [*FIXED, *(c.title for c in criteria(db)), "Комментарий"]


def _edit(path: Path, change: Callable[[Worksheet], None]) -> None:
    workbook = load_workbook(path)
    sheet = workbook["Оценки"]
    change(sheet)
    workbook.save(path)


def _row_of(sheet: Worksheet, application_id: int) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == application_id:
            return row
    raise AssertionError(f"no row for application {application_id}")


def test_header_rows_and_prefilled_values(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    work = juror_work(db, juror)
    set_score(db, juror, work[0].id, 1, 7)
    set_comment(db, juror, work[0].id, "Хорошая обложка")
    out = tmp_path / "оценки.xlsx"

    assert write_score_sheet(db, juror, out) == len(work)

    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Оценки", "Критерии"]
    sheet = workbook["Оценки"]
    header = [c.value for c in sheet[1]]
    assert header == _titles(db)
    assert sheet.max_row == len(work) + 1
    ids = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert ids == [a.id for a in work]  # the juror's own order
    assert sheet.cell(2, 2).value == work[0].organization
    assert sheet.cell(2, 4).value == 7
    assert sheet.cell(2, 5).value is None
    assert sheet.cell(2, len(header)).value == "Хорошая обложка"
    assert all(sheet.cell(1, c).font.b for c in range(1, len(header) + 1))
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(2, 2).alignment.wrap_text

    rubric_sheet = workbook["Критерии"]
    first = criteria(db)[0]
    assert rubric_sheet.cell(2, 2).value == first.title
    assert rubric_sheet.cell(2, 3).value == "от 0 до 10"
    assert rubric_sheet.cell(2, 5).value == first.rubric


def test_validation_and_protection(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    out = tmp_path / "s.xlsx"
    rows = write_score_sheet(db, juror, out)
    sheet = load_workbook(out)["Оценки"]
    infos = criteria(db)

    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    for index, info in enumerate(infos):
        letter = chr(ord("D") + index)
        validation = validations[f"{letter}2:{letter}{rows + 1}"]
        assert validation.type == "whole"
        assert validation.operator == "between"
        assert (validation.formula1, validation.formula2) == ("0", "10")
        assert validation.showErrorMessage
        assert validation.error and info.title in validation.error
    assert len(validations) == len(infos)

    assert sheet.protection.sheet
    assert not sheet.protection.password
    comment_column = 4 + len(infos)
    for row in (2, rows + 1):
        for column in range(4, comment_column + 1):
            assert not sheet.cell(row, column).protection.locked
        for column in (1, 2, 3):
            assert sheet.cell(row, column).protection.locked
    assert sheet.cell(1, 4).protection.locked


def test_recused_applications_listed_apart(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    work = juror_work(db, juror)
    declare_conflict(db, juror, work[1].id, "Работаю в этой организации")
    out = tmp_path / "s.xlsx"

    assert write_score_sheet(db, juror, out) == len(work) - 1

    workbook = load_workbook(out)
    ids = [c.value for c in workbook["Оценки"]["A"][1:]]
    assert work[1].id not in ids
    recusals = workbook["Самоотводы"]
    assert recusals.cell(2, 1).value == work[1].id
    assert recusals.cell(2, 4).value == "Работаю в этой организации"


def test_round_trip(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    work = juror_work(db, juror)
    a, b, c = work[0].id, work[1].id, work[2].id
    set_score(db, juror, c, 2, 4)
    set_comment(db, juror, c, "Было")
    out = tmp_path / "s.xlsx"
    write_score_sheet(db, juror, out)

    def fill(sheet: Worksheet) -> None:
        ra, rb, rc = _row_of(sheet, a), _row_of(sheet, b), _row_of(sheet, c)
        for column, value in zip((4, 5, 6, 7), (10, 0, 7, 3), strict=True):
            sheet.cell(ra, column).value = value
        sheet.cell(ra, 8).value = "  Сильный паблик  "
        sheet.cell(rb, 4).value = "8"  # typed as text
        sheet.cell(rc, 5).value = None  # blank: the stored 4 stays
        sheet.cell(rc, 8).value = None  # blank: the stored comment stays
        sheet.cell(rc, 6).value = 9

    _edit(out, fill)
    report = fill_score_sheet(db, juror, out)

    assert report == FillReport(scores=6, comments=1, unchanged=len(work) - 3)
    after = {x.id: x for x in juror_work(db, juror)}
    assert after[a].scores == {1: 10, 2: 0, 3: 7, 4: 3}
    assert after[a].comment == "Сильный паблик"
    assert after[b].scores == {1: 8}
    assert after[c].scores == {2: 4, 3: 9}
    assert after[c].comment == "Было"

    # The same sheet again changes nothing.
    assert fill_score_sheet(db, juror, out) == FillReport(0, 0, len(work))


def test_neutralised_text_survives_round_trip(
    package: tuple[ContestDB, int], tmp_path: Path
) -> None:
    db, juror = package
    first = juror_work(db, juror)[0].id
    set_comment(db, juror, first, '=HYPERLINK("http://evil","x")')
    out = tmp_path / "s.xlsx"
    write_score_sheet(db, juror, out)

    sheet = load_workbook(out)["Оценки"]
    cell = sheet.cell(_row_of(sheet, first), 4 + len(criteria(db)))
    assert cell.data_type == "s"
    assert cell.value == '\'=HYPERLINK("http://evil","x")'

    assert fill_score_sheet(db, juror, out).comments == 0
    assert juror_work(db, juror)[0].comment == '=HYPERLINK("http://evil","x")'


def _set(sheet: Worksheet, *cells: tuple[int, int, object]) -> None:
    for row, column, value in cells:
        sheet.cell(row, column).value = value


def _prepared(db: ContestDB, juror: int, tmp_path: Path) -> Path:
    out = tmp_path / "s.xlsx"
    write_score_sheet(db, juror, out)
    return out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: setattr(s.cell(5, 4), "value", 12), "Строка 5: оценка 12 по критерию «"),
        (lambda s: setattr(s.cell(3, 5), "value", -1), "Строка 3: оценка -1"),
        (lambda s: setattr(s.cell(4, 6), "value", 7.5), "Строка 4: оценка 7,5"),
        (lambda s: setattr(s.cell(6, 4), "value", "отлично"), "Строка 6: «отлично»"),
        (lambda s: setattr(s.cell(7, 1), "value", 999999), "Строка 7: заявки № 999999 нет"),
        (lambda s: setattr(s.cell(8, 1), "value", "abc"), "Строка 8: «abc» — не номер заявки"),
        (
            lambda s: setattr(s.cell(9, 1), "value", s.cell(2, 1).value),
            "Строка 9: заявка №",
        ),
        (
            lambda s: _set(s, (10, 1, None), (10, 4, 5)),
            "Строка 10: не указан № заявки",
        ),
    ],
    ids=["off-scale", "negative", "off-step", "text", "unknown", "bad-id", "dup", "no-id"],
)
def test_errors_change_nothing(
    package: tuple[ContestDB, int],
    tmp_path: Path,
    change: Callable[[Worksheet], object],
    expected: str,
) -> None:
    db, juror = package
    out = _prepared(db, juror, tmp_path)

    def edit(sheet: Worksheet) -> None:
        # A good change in the same sheet must not be stored either.
        sheet.cell(2, 4).value = 6
        sheet.cell(2, 8).value = "комментарий"
        change(sheet)

    _edit(out, edit)
    before = juror_work(db, juror)

    with pytest.raises(JuryError) as caught:
        fill_score_sheet(db, juror, out)

    assert expected in str(caught.value)
    assert "ничего не изменено" in str(caught.value)
    assert juror_work(db, juror) == before


def test_duplicate_row_names_the_first(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    out = _prepared(db, juror, tmp_path)
    _edit(out, lambda s: setattr(s.cell(9, 1), "value", s.cell(2, 1).value))
    with pytest.raises(JuryError, match=r"Строка 9: заявка № \d+ повторяется .*строке 2"):
        fill_score_sheet(db, juror, out)


def test_unassigned_application(contest: ContestDB, tmp_path: Path) -> None:
    mine = {a.id for a in juror_work(contest, 1)}
    other = next(a.id for a in juror_work(contest, 2) if a.id not in mine)
    out = _prepared(contest, 1, tmp_path)
    _edit(out, lambda s: setattr(s.cell(4, 1), "value", other))
    before = juror_work(contest, 1)

    with pytest.raises(JuryError, match=f"Строка 4: заявка № {other} не назначена"):
        fill_score_sheet(contest, 1, out)
    assert juror_work(contest, 1) == before


def test_score_on_recused_application(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    recused = juror_work(db, juror)[0].id
    declare_conflict(db, juror, recused, "родственник")
    out = _prepared(db, juror, tmp_path)

    def add_row(sheet: Worksheet) -> None:
        row = sheet.max_row + 1
        sheet.cell(row, 1).value = recused
        sheet.cell(row, 4).value = 5

    _edit(out, add_row)
    before = juror_work(db, juror)
    with pytest.raises(JuryError, match="конфликт интересов"):
        fill_score_sheet(db, juror, out)
    assert juror_work(db, juror) == before


def test_many_problems_are_cut(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    out = _prepared(db, juror, tmp_path)

    def spoil(sheet: Worksheet) -> None:
        for row in range(2, 17):
            sheet.cell(row, 4).value = 11

    _edit(out, spoil)
    with pytest.raises(JuryError) as caught:
        fill_score_sheet(db, juror, out)
    message = str(caught.value)
    assert "Строка 11:" in message and "Строка 12:" not in message
    assert message.endswith("и ещё 5.")


def test_missing_criterion_column(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    out = _prepared(db, juror, tmp_path)
    title = criteria(db)[1].title
    _edit(out, lambda s: setattr(s.cell(1, 5), "value", "Что-то другое"))
    before = juror_work(db, juror)
    with pytest.raises(JuryError, match=f"нет столбца критерия «{title}»"):
        fill_score_sheet(db, juror, out)
    assert juror_work(db, juror) == before


def test_header_may_move_and_columns_reorder(
    package: tuple[ContestDB, int], tmp_path: Path
) -> None:
    db, juror = package
    first = juror_work(db, juror)[0].id
    titles = _titles(db)
    out = tmp_path / "own.xlsx"
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Мои оценки"])
    sheet.append(list(reversed(titles)))
    sheet.append(["ок", None, 2, None, 9, "", "", first])
    workbook.save(out)

    assert fill_score_sheet(db, juror, out) == FillReport(scores=2, comments=1, unchanged=0)
    assert juror_work(db, juror)[0].scores == {3: 2, 1: 9}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("s.xlsx", b"not a workbook at all"),
        ("s.csv", "№ заявки;Организация\n1;x\n".encode()),
        ("s.xlsx", b""),
        ("s.xlsx", None),  # a zip that is not a workbook
    ],
    ids=["text", "csv", "empty", "zip"],
)
def test_unreadable_files(
    package: tuple[ContestDB, int], tmp_path: Path, name: str, content: bytes | None
) -> None:
    db, juror = package
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hi")
    else:
        path.write_bytes(content)
    with pytest.raises(JuryError, match=f"«{name}»"):
        fill_score_sheet(db, juror, path)


def test_missing_file(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    with pytest.raises(JuryError, match="не найден"):
        fill_score_sheet(db, juror, tmp_path / "нет.xlsx")


def test_write_refuses_other_formats(package: tuple[ContestDB, int], tmp_path: Path) -> None:
    db, juror = package
    with pytest.raises(JuryError, match=r"\.xlsx"):
        write_score_sheet(db, juror, tmp_path / "s.csv")
    assert not list(tmp_path.glob("*.csv"))


def test_half_step_scale_and_formula_like_title(tmp_path: Path) -> None:
    settings = replace(
        kuzbass_2025(),
        criteria=(
            CriterionSpec(title="-Креатив", min_score=1, max_score=5, step=0.5),
            CriterionSpec(title="Польза"),
        ),
    )
    db = create_contest(tmp_path / "half.jury", settings)
    try:
        import_file(db, DEMO_XLSX)
        juror = add_juror(db, "Орлова Ольга").id
        assign(db, per_application=1)
        out = tmp_path / "s.xlsx"
        write_score_sheet(db, juror, out)
        sheet = load_workbook(out)["Оценки"]
        assert sheet.cell(1, 4).value == "'-Креатив"
        validation = next(
            v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith("D")
        )
        assert (validation.type, validation.formula1, validation.formula2) == ("decimal", "1", "5")

        _edit(out, lambda s: _set(s, (2, 4, 3.5), (2, 5, 10)))
        assert fill_score_sheet(db, juror, out).scores == 2
        assert juror_work(db, juror)[0].scores == {1: 3.5, 2: 10}

        _edit(out, lambda s: _set(s, (2, 4, 3.25)))
        with pytest.raises(JuryError, match=r"Строка 2: оценка 3,25 .* вне шкалы 1–5 с шагом 0,5"):
            fill_score_sheet(db, juror, out)
        assert juror_work(db, juror)[0].scores == {1: 3.5, 2: 10}
    finally:
        db.close()
