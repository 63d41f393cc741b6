"""Correcting a wrongly imported field: normalised, audited, problems settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_app.applications import get_application, list_applications, update_application
from jury_app.audit import audit_trail
from jury_app.contest import contest_id, contest_status
from jury_app.errors import JuryError
from jury_app.importing.service import import_file
from jury_app.storage.engine import ContestDB
from tests.fixtures import messy_rows, write_xlsx


@pytest.fixture
def imported(db: ContestDB, tmp_path: Path) -> ContestDB:
    import_file(db, write_xlsx(tmp_path / "export.xlsx", messy_rows()))
    return db


def _by_row(db: ContestDB, row: int) -> int:
    return next(a.id for a in list_applications(db) if a.source_row == row)


def _edits(db: ContestDB) -> list:
    with db.session() as session:
        return audit_trail(session, contest_id(session), "application.edit")


def test_fixing_a_link_is_normalised_and_audited(imported: ContestDB) -> None:
    app_id = _by_row(imported, 3)
    updated = update_application(imported, app_id, "link_telegram", "@ds5_yurga", "прислали ссылку")

    assert updated.telegram == "https://t.me/ds5_yurga"
    entry = _edits(imported)[-1]
    assert entry.details == {
        "application_id": app_id,
        "field": "link_telegram",
        "old": "",
        "new": "https://t.me/ds5_yurga",
    }
    assert entry.reason == "прислали ссылку"


def test_fixing_the_injected_name_settles_the_problem(imported: ContestDB) -> None:
    app_id = _by_row(imported, 9)
    assert [p.kind for p in get_application(imported, app_id).problems] == ["formula_injection"]

    updated = update_application(imported, app_id, "organization", "МБУ «СШОР № 3»")

    assert updated.problems == ()
    assert updated.organization == "МБУ «СШОР № 3»"


def test_moving_to_another_nomination(imported: ContestDB) -> None:
    app_id = _by_row(imported, 3)
    update_application(imported, app_id, "nomination", "12")
    assert contest_status(imported).per_nomination[12] == 1
    assert contest_status(imported).per_nomination[2] == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("nomination", "13", "нет номинации"),
        ("organization", "   ", "пустым"),
        ("link_vk", "https://t.me/not_vk", "не похоже"),
        ("email", "not-an-email", "не похоже"),
        ("subscribers", "много", "не похоже"),
        ("source_row", "1", "нельзя"),
    ],
)
def test_bad_corrections_are_refused_and_change_nothing(
    imported: ContestDB, field: str, value: str, message: str
) -> None:
    app_id = _by_row(imported, 3)
    before = get_application(imported, app_id)
    with pytest.raises(JuryError, match=message):
        update_application(imported, app_id, field, value)
    assert get_application(imported, app_id) == before
    assert _edits(imported) == []


def test_unchanged_value_writes_no_audit_entry(imported: ContestDB) -> None:
    app_id = _by_row(imported, 2)
    update_application(imported, app_id, "link_vk", "https://vk.com/school1")
    assert _edits(imported) == []


def test_unknown_application(imported: ContestDB) -> None:
    with pytest.raises(JuryError, match="не найдена"):
        update_application(imported, 9999, "organization", "x")
