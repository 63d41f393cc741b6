"""Whatever the input, the importer either imports or reports — it never crashes."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jury_app.errors import ImportFailure
from jury_app.importing.analysis import analyze
from jury_app.importing.columns import detect_mapping
from jury_app.importing.reader import read_table
from jury_app.presets import KUZBASS_2025_NOMINATIONS
from tests.fixtures import HEADERS, messy_rows, write_xlsx

NOMINATIONS = list(enumerate(KUZBASS_2025_NOMINATIONS, 1))
SUFFIXES = st.sampled_from([".xlsx", ".csv", ".xls", ".ods", ".txt", ""])

cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["нет", "-", "=1+2", "@handle", "+7 913 000 00 00", "vk.com/x", "1 300"]),
    st.sampled_from(KUZBASS_2025_NOMINATIONS),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_random_bytes_are_read_or_refused(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except ImportFailure as failure:
            assert str(failure)
        else:
            assert all(isinstance(number, int) for number, _ in table.rows)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(0, 10_000), flip=st.integers(0, 10_000))
def test_damaged_workbooks_are_read_or_refused(cut: int, flip: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        good = write_xlsx(Path(folder) / "good.xlsx", messy_rows()).read_bytes()
        damaged = bytearray(good[: max(cut, 10)])
        damaged[flip % len(damaged)] ^= 0xFF
        path = Path(folder) / "damaged.xlsx"
        path.write_bytes(bytes(damaged))
        with contextlib.suppress(ImportFailure):
            read_table(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cell, max_size=len(HEADERS) + 2), max_size=25))
def test_random_rows_are_imported_or_reported(rows: list[list[object]]) -> None:
    numbered = [(i + 2, row) for i, row in enumerate(rows)]
    result = analyze(numbered, HEADERS, detect_mapping(HEADERS), NOMINATIONS)

    skipped_rows = {p.row for p in result.problems if p.skips_row and p.kind != "superseded"}
    superseded_rows = {p.row for p in result.problems if p.kind == "superseded" and p.skips_row}
    imported_rows = {a.row for a in result.applications}
    assert not imported_rows & (skipped_rows | superseded_rows)
    # Every row is accounted for: imported, reported as skipped, or blank.
    assert len(imported_rows) + len(skipped_rows | superseded_rows) + result.blank_rows == len(rows)
    assert all(1 <= a.nomination <= 12 for a in result.applications)
    assert all(a.organization.strip() for a in result.applications)
