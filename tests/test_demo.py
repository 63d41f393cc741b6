"""The demo export: deterministic, with exactly the advertised mix of rows."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import openpyxl
import pytest

from jury_app import demo

REPO = Path(__file__).resolve().parents[1]
DEMO_FILE = REPO / "resources" / "demo" / "demo-applications.xlsx"
NAME, NOMINATION, TIME = 2, 1, 0
LINKS = slice(4, 8)
EMPTY_ANSWERS = {"", "нет", "-", "отсутствует"}
PLATFORM = re.compile(r"(?:^|[/.])(?:vk\.com|vk\.ru|ok\.ru|t\.me|max\.ru)/\w|^@[A-Za-z]\w{4,}$")

Row = list[object]


def _norm_nomination(text: object) -> str:
    value = str(text or "").strip()
    value = re.sub(r"^\d+[.)]\s*", "", value)
    value = value.strip("«»\"' ")
    value = " ".join(value.split()).casefold().replace("ё", "е")
    return value.removesuffix(" кузбасса")


TITLES = {_norm_nomination(title): n for n, title in enumerate(demo.NOMINATIONS, start=1)}


def _org_key(name: object) -> str:
    return " ".join(str(name).split()).casefold()


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.strptime(str(value), "%d.%m.%Y %H:%M:%S")


def _classify(rows: list[Row]) -> dict[str, object]:
    """Sort the rows the way an importer would, without help from the generator."""
    blank = duplicates = empty = unknown = 0
    seen: list[Row] = []
    candidates: dict[str, list[tuple[int, Row]]] = {}
    for index, row in enumerate(rows):
        if all(cell is None or str(cell).strip() == "" for cell in row):
            blank += 1
            continue
        if row in seen:
            duplicates += 1
            continue
        seen.append(row)
        if row[NAME] is None or str(row[NAME]).strip() == "":
            empty += 1
            continue
        if _norm_nomination(row[NOMINATION]) not in TITLES:
            unknown += 1
            continue
        candidates.setdefault(_org_key(row[NAME]), []).append((index, row))
    superseded = sum(len(group) - 1 for group in candidates.values())
    winners = {key: max(group, key=lambda item: _moment(item[1][TIME]))
               for key, group in candidates.items()}  # fmt: skip
    reordered = sum(
        1 for key, (index, _row) in winners.items()
        if len(candidates[key]) > 1 and index < max(i for i, _ in candidates[key])
    )  # fmt: skip
    return {
        "blank": blank, "duplicates": duplicates, "empty": empty, "unknown": unknown,
        "superseded": superseded, "reordered": reordered,
        "imported": [row for _index, row in winners.values()],
    }  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return [list(row) for row in demo.generate_demo_rows()]


def test_generation_is_deterministic(rows: list[Row]) -> None:
    assert demo.generate_demo_rows(2025) == rows
    assert demo.generate_demo_rows(7) == demo.generate_demo_rows(7)
    assert demo.generate_demo_rows(7) != rows


def test_row_shape(rows: list[Row]) -> None:
    expected = (
        demo.DEMO_APPLICATIONS + demo.DEMO_DUPLICATES + demo.DEMO_SUPERSEDED
        + demo.DEMO_EMPTY_NAMES + demo.DEMO_UNKNOWN_NOMINATIONS + 1
    )  # fmt: skip
    assert len(rows) == expected == 491
    assert all(len(row) == len(demo.DEMO_HEADERS) == 13 for row in rows)
    assert sum(demo.DEMO_PER_NOMINATION.values()) == demo.DEMO_APPLICATIONS
    blank = [i for i, row in enumerate(rows) if all(cell is None for cell in row)]
    assert len(blank) == 1 and 50 < blank[0] < len(rows) - 50


def test_counts_of_each_kind(rows: list[Row]) -> None:
    kinds = _classify(rows)
    assert kinds["blank"] == 1
    assert kinds["duplicates"] == demo.DEMO_DUPLICATES
    assert kinds["empty"] == demo.DEMO_EMPTY_NAMES
    assert kinds["unknown"] == demo.DEMO_UNKNOWN_NOMINATIONS
    assert kinds["superseded"] == demo.DEMO_SUPERSEDED
    assert isinstance(kinds["reordered"], int) and kinds["reordered"] >= 2
    imported = kinds["imported"]
    assert isinstance(imported, list) and len(imported) == demo.DEMO_APPLICATIONS
    per = Counter(TITLES[_norm_nomination(row[NOMINATION])] for row in imported)
    assert dict(per) == demo.DEMO_PER_NOMINATION
    formulas = [row[NAME] for row in imported if str(row[NAME]).startswith("=")]
    assert formulas == [demo.FORMULA_NAME]


def test_imported_names_are_unique(rows: list[Row]) -> None:
    imported = _classify(rows)["imported"]
    assert isinstance(imported, list)
    keys = [_org_key(row[NAME]) for row in imported]
    assert len(set(keys)) == len(keys)


def test_nomination_answers_are_mostly_exact(rows: list[Row]) -> None:
    answers = [row[NOMINATION] for row in rows if row[NOMINATION] is not None]
    exact = sum(answer in demo.NOMINATIONS for answer in answers)
    assert 0.9 * len(answers) < exact < len(answers) - 10


def test_timestamps_in_range_and_mostly_ascending(rows: list[Row]) -> None:
    moments = [_moment(row[TIME]) for row in rows if row[TIME] is not None]
    assert all(demo.FIRST_SUBMISSION <= m <= demo.LAST_SUBMISSION for m in moments)
    descents = sum(later < earlier for earlier, later in pairwise(moments))
    assert 2 <= descents <= 4  # only around the two oddly sorted resubmissions
    assert any(isinstance(row[TIME], datetime) for row in rows)
    text = [row[TIME] for row in rows if isinstance(row[TIME], str)]
    assert all(re.fullmatch(r"\d\d\.\d\d\.2025 \d\d:\d\d:\d\d", str(t)) for t in text)


def test_links_name_a_platform(rows: list[Row]) -> None:
    for row in rows:
        for cell in row[LINKS]:
            if cell is None or str(cell).strip().casefold() in EMPTY_ANSWERS:
                continue
            assert PLATFORM.search(str(cell)), cell
    with_vk = sum(1 for row in rows if row[4] and "vk." in str(row[4]))
    assert with_vk > 0.85 * len(rows)


def test_numeric_cells_occur(rows: list[Row]) -> None:
    assert any(isinstance(row[9], int) for row in rows)
    assert any(isinstance(row[11], int) for row in rows)


def _read(path: Path) -> tuple[str, list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    values = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    formula_types = [
        cell.data_type for row in sheet.iter_rows() for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=")
    ]  # fmt: skip
    assert formula_types == ["s"]
    return sheet.title, values


def test_committed_file_matches_generator(tmp_path: Path) -> None:
    fresh = tmp_path / "demo.xlsx"
    demo.write_demo_xlsx(fresh)
    title, committed = _read(DEMO_FILE)
    assert (title, committed) == _read(fresh)
    assert title == demo.DEMO_SHEET_TITLE
    assert committed[0] == demo.DEMO_HEADERS
    generated = [tuple(None if cell == "" else cell for cell in row)
                 for row in demo.generate_demo_rows()]  # fmt: skip
    assert committed[1:] == generated
