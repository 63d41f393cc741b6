"""Exports: canonical links, problems, and no formula ever reaching a spreadsheet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jury_app.errors import JuryError
from jury_app.exporting import export_applications, neutralize
from jury_app.importing.service import import_file
from jury_app.storage.engine import ContestDB
from tests.fixtures import messy_rows, write_xlsx


@pytest.fixture
def imported(db: ContestDB, tmp_path: Path) -> ContestDB:
    import_file(db, write_xlsx(tmp_path / "export.xlsx", messy_rows()))
    return db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+79131234567", "'+79131234567"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("МБОУ «СОШ № 1»", "МБОУ «СОШ № 1»"),
        (42, 42),
        (None, None),
    ],
)
def test_neutralize(value: object, expected: object) -> None:
    assert neutralize(value) == expected


def test_xlsx_export_has_no_formula_and_canonical_links(
    imported: ContestDB, tmp_path: Path
) -> None:
    out = tmp_path / "applications.xlsx"
    assert export_applications(imported, out) == 5

    workbook = load_workbook(out)
    sheet = workbook["Заявки"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_org = {r[header.index("Организация")]: r for r in rows[1:]}
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    injected = [org for org in by_org if "HYPERLINK" in str(org)]
    assert injected == ['\'=HYPERLINK("http://evil.example";"СШОР № 3")']
    school = by_org["МБОУ «СОШ № 1»"]
    assert school[header.index("ВКонтакте")] == "https://vk.com/school1"
    assert school[header.index("Telegram")] == "https://t.me/school1_kem"
    problems = list(workbook["Замечания импорта"].iter_rows(values_only=True))
    assert {(r[1], r[3]) for r in problems[1:]} >= {(4, "duplicate"), (7, "superseded")}


def test_csv_export_opens_in_russian_excel(imported: ContestDB, tmp_path: Path) -> None:
    out = tmp_path / "applications.csv"
    export_applications(imported, out)

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "№ заявки"
    assert len(rows) == 6
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_json_export_keeps_literal_values(imported: ContestDB, tmp_path: Path) -> None:
    out = tmp_path / "applications.json"
    export_applications(imported, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    organizations = {a["organization"] for a in data["applications"]}
    assert '=HYPERLINK("http://evil.example";"СШОР № 3")' in organizations
    first = next(a for a in data["applications"] if a["organization"] == "МБОУ «СОШ № 1»")
    assert first["links"] == {
        "vk": "https://vk.com/school1",
        "telegram": "https://t.me/school1_kem",
    }
    assert first["phone"] == "+79131234567"


def test_failed_export_leaves_no_half_written_file(
    imported: ContestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jury_app.exporting as exporting

    out = tmp_path / "applications.csv"
    out.write_text("previous export", encoding="utf-8")

    def explode(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(exporting, "_write_csv", explode)
    with pytest.raises(OSError):
        export_applications(imported, out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


def test_unknown_format_is_refused(imported: ContestDB, tmp_path: Path) -> None:
    with pytest.raises(JuryError, match=r"\.xlsx"):
        export_applications(imported, tmp_path / "out.docx")
