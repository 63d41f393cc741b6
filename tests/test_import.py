"""Import behaviour end to end: files in, applications and problems out."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from jury_app.applications import list_applications
from jury_app.audit import audit_trail
from jury_app.contest import contest_status
from jury_app.errors import ImportFailure
from jury_app.importing.columns import Column
from jury_app.importing.service import commit_import, import_file, prepare_import, reanalyze
from jury_app.storage.engine import ContestDB, backups_dir
from tests.fixtures import (
    EXPECTED_PER_NOMINATION,
    EXPECTED_PROBLEMS,
    HEADERS,
    messy_rows,
    write_csv,
    write_xlsx,
)


def _skipping_and_injection(report_problems: list) -> set[tuple[int, str]]:
    kinds = {"duplicate", "empty_name", "superseded", "unknown_nomination", "formula_injection"}
    return {(p.row, p.kind) for p in report_problems if p.kind in kinds}


@pytest.fixture(params=["xlsx", "csv-cp1251-semicolon", "csv-utf8-bom-comma", "csv-utf8-tab"])
def messy_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    rows = messy_rows()
    if request.param == "xlsx":
        return write_xlsx(tmp_path / "export.xlsx", rows)
    if request.param == "csv-cp1251-semicolon":
        return write_csv(tmp_path / "export.csv", rows, delimiter=";", encoding="cp1251")
    if request.param == "csv-utf8-tab":
        return write_csv(tmp_path / "export.txt", rows, delimiter="\t", encoding="utf-8")
    return write_csv(tmp_path / "export.csv", rows, delimiter=",", encoding="utf-8-sig")


def test_messy_export_imports_and_reports_by_row(db: ContestDB, messy_file: Path) -> None:
    report = import_file(db, messy_file)

    assert report.imported == 5
    assert {k: v for k, v in report.per_nomination.items() if v} == EXPECTED_PER_NOMINATION
    assert _skipping_and_injection(report.problems) == EXPECTED_PROBLEMS
    assert contest_status(db).applications == 5


def test_normalised_fields_are_stored(db: ContestDB, messy_file: Path) -> None:
    import_file(db, messy_file)
    rows = {r.source_row: r for r in list_applications(db)}

    assert rows[2].vk == "https://vk.com/school1"
    assert rows[2].telegram == "https://t.me/school1_kem"
    assert rows[2].phone == "+79131234567"
    assert rows[2].subscribers == 1300
    assert rows[3].vk == "https://vk.com/ds5"
    assert rows[3].telegram == ""  # «нет» is no answer
    assert rows[3].phone == "+79131112233"  # numeric cell in xlsx
    assert rows[3].subscribers == 500
    assert rows[3].nomination == 2
    assert rows[5].vk == "https://vk.com/art_kuzbass"
    assert rows[5].phone == "+73842581234"
    assert rows[5].subscribers == 2500
    assert rows[9].organization.startswith("=HYPERLINK")  # literal text, never a formula
    assert rows[11].nomination == 4
    assert rows[11].organization == "ГБУЗ «Новокузнецкая городская клиническая больница № 1»"
    assert rows[11].vk == "https://vk.com/gkb1nk"
    assert rows[11].phone == ""


def test_later_timestamp_wins_not_later_row(db: ContestDB, messy_file: Path) -> None:
    import_file(db, messy_file)
    culture = [r for r in list_applications(db) if r.nomination == 5]

    assert len(culture) == 1
    assert culture[0].source_row == 5  # 05.09 beats row 7's 04.09 although row 7 comes later
    assert culture[0].vk == "https://vk.com/art_kuzbass"


def test_reimporting_the_same_file_changes_nothing(db: ContestDB, messy_file: Path) -> None:
    import_file(db, messy_file)
    before = (contest_status(db), list_applications(db), _file_hash(db))
    backups_before = sorted(backups_dir(db.path).iterdir())

    again = import_file(db, messy_file)

    assert again.imported == 0
    assert again.already_imported == 5
    assert (contest_status(db), list_applications(db)) == before[:2]
    assert sorted(backups_dir(db.path).iterdir()) == backups_before
    assert len(audit_trail_of(db, "import")) == 1


def _file_hash(db: ContestDB) -> str:
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def audit_trail_of(db: ContestDB, action: str) -> list:
    from jury_app.contest import contest_id

    with db.session() as session:
        return audit_trail(session, contest_id(session), action)


def test_import_is_audited_and_backed_up_first(db: ContestDB, messy_file: Path) -> None:
    report = import_file(db, messy_file)

    assert report.backup is not None and report.backup.exists()
    entries = audit_trail_of(db, "import")
    assert entries[0].details["file"] == messy_file.name
    assert entries[0].details["imported"] == 5
    # The backup holds the contest as it was before the import: no applications.
    from jury_app.storage.engine import open_contest_file

    with open_contest_file(report.backup) as backup:
        assert contest_status(backup).applications == 0


def test_a_later_file_supersedes_an_imported_application(db: ContestDB, tmp_path: Path) -> None:
    import_file(db, write_xlsx(tmp_path / "first.xlsx", messy_rows()[:2]))
    later = [
        [
            "20.09.2025 10:00:00",
            "Лучший школьный паблик Кузбасса",
            "мбоу «сош № 1»",
            "Кемеровский городской округ",
            "vk.com/school1_new",
            "",
            "",
            "",
        ]
    ]
    report = import_file(db, write_xlsx(tmp_path / "second.xlsx", later))

    assert report.imported == 1
    assert report.superseded_existing == 1
    schools = [r for r in list_applications(db) if r.nomination == 1]
    assert [r.vk for r in schools] == ["https://vk.com/school1_new"]
    inactive = [r for r in list_applications(db, include_inactive=True) if r.status != "active"]
    assert [r.status for r in inactive] == ["superseded"]


def test_an_older_file_does_not_replace_a_newer_application(db: ContestDB, tmp_path: Path) -> None:
    import_file(db, write_xlsx(tmp_path / "first.xlsx", messy_rows()[:1]))
    older = [
        [
            "01.08.2025 10:00:00",
            "Лучший школьный паблик Кузбасса",
            "МБОУ «СОШ № 1»",
            "Кемеровский городской округ",
            "vk.com/old",
            "",
            "",
            "",
        ]
    ]
    report = import_file(db, write_xlsx(tmp_path / "old.xlsx", older))

    assert report.imported == 0
    assert [(p.row, p.kind) for p in report.problems] == [(2, "superseded")]
    assert [r.vk for r in list_applications(db)] == ["https://vk.com/school1"]


def test_user_answers_an_unknown_nomination(db: ContestDB, messy_file: Path) -> None:
    preview = prepare_import(db, messy_file)
    question = preview.analysis.questions[0]
    assert question.rows == (8,)

    preview.nomination_choices[question.text] = 12
    reanalyze(db, preview)
    report = commit_import(db, preview)

    assert report.imported == 6
    assert report.per_nomination[12] == 1
    decided = audit_trail_of(db, "import")[0].details["nomination_choices"]
    assert decided == {question.text: 12}


def test_unsure_nominations_are_never_guessed(db: ContestDB, tmp_path: Path) -> None:
    rows = [
        ["01.09.2025 10:00:00", text, f"Организация {i}", "", f"vk.com/org{i}", "", "", ""]
        for i, text in enumerate(
            ["Лучший паблик образования", "Лучший паблик Кузбасса", "Номинация 5", "Другое"]
        )
    ]
    report = import_file(db, write_xlsx(tmp_path / "unsure.xlsx", rows))

    assert report.imported == 0
    assert [p.kind for p in report.problems] == ["unknown_nomination"] * 4


def test_user_corrects_the_column_mapping(db: ContestDB, tmp_path: Path) -> None:
    headers = ["Когда", "Конкурсная категория", "Кто подаёт", "Страница"]
    rows = [
        [
            "01.09.2025 10:00:00",
            "Лучший паблик учреждения спорта Кузбасса",
            "СШ № 1",
            "vk.com/sport1",
        ]
    ]
    path = write_xlsx(tmp_path / "odd.xlsx", rows, headers)
    with pytest.raises(ImportFailure, match="Номинация"):
        import_file(db, path)
    unmapped = prepare_import(db, path)
    assert unmapped.header_row_number == 1
    assert unmapped.mapping_errors

    mapping = {0: Column.SUBMITTED_AT, 1: Column.NOMINATION, 2: Column.ORGANIZATION, 3: Column.VK}
    preview = prepare_import(db, path, mapping=mapping)
    report = commit_import(db, preview)

    assert report.imported == 1
    assert list_applications(db)[0].vk == "https://vk.com/sport1"


def test_header_may_sit_below_a_title_row(db: ContestDB, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Заявки на конкурс «Лучший госпаблик Кузбасса»"])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append(messy_rows()[0])
    workbook.save(tmp_path / "titled.xlsx")

    report = import_file(db, tmp_path / "titled.xlsx")

    assert report.imported == 1
    assert list_applications(db)[0].source_row == 4


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.xlsx", b"", "пуст"),
        ("empty.csv", b"", "пуст"),
        ("notzip.xlsx", b"this is not a workbook at all", "повреждён"),
        ("junk.csv", b"\x00\x01\x02\x03" * 100, "не похож"),
    ],
)
def test_broken_files_are_refused_cleanly(
    db: ContestDB, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = contest_status(db)

    with pytest.raises(ImportFailure, match=expected):
        import_file(db, path)

    assert contest_status(db) == before


def test_truncated_xlsx_is_refused(db: ContestDB, tmp_path: Path) -> None:
    full = write_xlsx(tmp_path / "full.xlsx", messy_rows()).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(full[: len(full) // 2])

    with pytest.raises(ImportFailure, match="повреждён"):
        import_file(db, path)
    assert contest_status(db).applications == 0


def test_header_only_file_is_refused(db: ContestDB, tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="нет ни одной заявки"):
        import_file(db, write_xlsx(tmp_path / "header.xlsx", []))
    with pytest.raises(ImportFailure, match="нет ни одной заявки"):
        import_file(db, write_csv(tmp_path / "header.csv", [], delimiter=";"))


def test_wrong_columns_are_refused_with_the_missing_one_named(
    db: ContestDB, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "wrong.csv", [["a", "b"]], headers=["Номинация", "Город"])
    with pytest.raises(ImportFailure, match="Организация"):
        import_file(db, path)
    assert contest_status(db).applications == 0


def test_missing_input_file(db: ContestDB, tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="не найден"):
        import_file(db, tmp_path / "absent.xlsx")


def test_import_is_all_or_nothing(
    db: ContestDB, messy_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jury_app.importing.service as service

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "_write_problems", explode)
    with pytest.raises(RuntimeError):
        import_file(db, messy_file)
    assert contest_status(db).applications == 0
    assert audit_trail_of(db, "import") == []


def test_problems_are_kept_in_the_contest(db: ContestDB, messy_file: Path) -> None:
    from jury_app.applications import list_import_problems

    import_file(db, messy_file)
    kept = {(p.row, p.kind) for p in list_import_problems(db)}

    assert kept >= EXPECTED_PROBLEMS
    injected = next(r for r in list_applications(db) if r.source_row == 9)
    assert [p.kind for p in injected.problems] == ["formula_injection"]


def test_the_imported_file_is_kept_byte_for_byte(db: ContestDB, messy_file: Path) -> None:
    from sqlmodel import select

    from jury_app.storage.models import Application, ImportBatch

    import_file(db, messy_file)
    with db.session() as session:
        app = session.exec(select(Application).where(Application.source_row == 3)).one()
        batch = session.get(ImportBatch, app.batch_id)
        assert batch is not None
        assert batch.source == messy_file.read_bytes()
        assert batch.file_sha256 == hashlib.sha256(messy_file.read_bytes()).hexdigest()
        assert json.loads(batch.headers_json)[2] == "Полное наименование организации"


def test_a_row_that_replaces_an_imported_application_is_not_marked_skipped(
    db: ContestDB, tmp_path: Path
) -> None:
    import_file(db, write_xlsx(tmp_path / "first.xlsx", messy_rows()[:1]))
    later = [
        [
            "20.09.2025 10:00:00",
            "Лучший школьный паблик Кузбасса",
            "МБОУ «СОШ № 1»",
            "Кемеровский городской округ",
            "vk.com/school1_new",
            "",
            "",
            "",
        ]
    ]
    preview = prepare_import(db, write_xlsx(tmp_path / "second.xlsx", later))

    [problem] = [p for p in preview.analysis.problems if p.kind == "superseded"]
    assert not problem.skips_row
    assert [a.row for a in preview.analysis.applications] == [2]
