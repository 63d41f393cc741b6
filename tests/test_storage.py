"""The contest file: WAL, foreign keys, schema version, refusal of foreign or newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from jury_app.contest import contest_status, create_contest, load_settings, save_settings
from jury_app.errors import ContestFileError, JuryError
from jury_app.presets import kuzbass_2025, preset_settings
from jury_app.storage.engine import backup_contest, backups_dir, open_contest_file
from jury_app.storage.models import SCHEMA_VERSION


def test_new_contest_has_the_kuzbass_preset(contest_path: Path) -> None:
    with open_contest_file(contest_path) as db:
        settings = load_settings(db)
    assert [n.number for n in settings.nominations] == list(range(1, 13))
    assert settings.nominations[0].title == "Лучший школьный паблик Кузбасса"
    assert settings.nominations[10].title == (
        "Лучший паблик структурного подразделения администрации муниципального образования Кузбасса"
    )
    assert [c.title for c in settings.criteria] == [
        "Оформление в едином фирменном стиле",
        "Разнообразие контент-форматов",
        "Регулярность и качество публикаций",
        "Вовлечённость аудитории",
    ]
    assert all(
        (c.min_score, c.max_score, c.step, c.weight) == (0, 10, 1, 1) for c in settings.criteria
    )
    assert all("0" in c.rubric and "5" in c.rubric and "10" in c.rubric for c in settings.criteria)
    assert (
        settings.finalist_rule,
        settings.finalist_total,
        settings.finalist_min_per_nomination,
    ) == (
        "total",
        39,
        3,
    )
    assert settings.winners_per_nomination == 1
    assert settings.signatory_position == "Губернатор Кузбасса"


def test_wal_and_foreign_keys_on_every_connection(contest_path: Path) -> None:
    with open_contest_file(contest_path) as db, db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_foreign_keys_are_enforced(contest_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    from jury_app.storage.models import Nomination

    with (
        open_contest_file(contest_path) as db,
        pytest.raises(IntegrityError),
        db.session() as session,
    ):
        session.add(Nomination(contest_id=999, number=99, title="x"))


def test_refuses_to_overwrite(contest_path: Path) -> None:
    before = contest_path.read_bytes()
    with pytest.raises(ContestFileError, match="уже существует"):
        create_contest(contest_path, kuzbass_2025())
    assert contest_path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(contest_path: Path) -> None:
    with sqlite3.connect(contest_path) as raw:
        raw.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    raw.close()
    before = contest_path.read_bytes()

    with pytest.raises(ContestFileError, match="более новой версией"):
        open_contest_file(contest_path)
    assert contest_path.read_bytes() == before


def test_older_schema_is_migrated_after_a_backup(contest_path: Path) -> None:
    with sqlite3.connect(contest_path) as raw:
        raw.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    raw.close()

    with open_contest_file(contest_path) as db:
        assert contest_status(db).applications == 0
    backups = list(backups_dir(contest_path).iterdir())
    assert [b.name.endswith("before-migration-v0.jury") for b in backups] == [True]
    with open_contest_file(contest_path):
        pass  # now current: opens without another backup
    assert len(list(backups_dir(contest_path).iterdir())) == 1


@pytest.mark.parametrize(
    "content", [b"", b"not a database", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.jury"
    path.write_bytes(content)
    with pytest.raises(ContestFileError):
        open_contest_file(path)
    assert path.read_bytes() == content


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    with pytest.raises(ContestFileError, match="не файл конкурса"):
        open_contest_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContestFileError, match="не найден"):
        open_contest_file(tmp_path / "none.jury")


def test_backup_is_a_consistent_copy(contest_path: Path) -> None:
    with open_contest_file(contest_path) as db:
        backup = backup_contest(db, "test")
    with open_contest_file(backup) as copy:
        assert load_settings(copy) == kuzbass_2025()


def test_settings_round_trip_and_audit(contest_path: Path) -> None:
    from dataclasses import replace

    from jury_app.audit import audit_trail
    from jury_app.contest import contest_id

    with open_contest_file(contest_path) as db:
        changed = replace(kuzbass_2025(), signatory_name="С. Е. Цивилев", finalist_total=40)
        save_settings(db, changed, reason="новый состав")
        assert load_settings(db) == changed
        with db.session() as session:
            entries = audit_trail(session, contest_id(session), "settings.change")
    assert entries[0].reason == "новый состав"
    assert entries[0].details["old"]["signatory_name"] == "И. В. Середюк"
    assert entries[0].details["new"]["finalist_total"] == 40


def test_invalid_settings_are_refused(contest_path: Path) -> None:
    from dataclasses import replace

    from jury_app.settings import CriterionSpec

    with open_contest_file(contest_path) as db:
        bad = replace(
            kuzbass_2025(), criteria=(CriterionSpec("Оформление", min_score=5, max_score=5),)
        )
        with pytest.raises(JuryError, match="максимум"):
            save_settings(db, bad)
        assert load_settings(db) == kuzbass_2025()


def test_unknown_preset() -> None:
    with pytest.raises(JuryError, match="kuzbass-2025"):
        preset_settings("moscow-2030")


def test_a_version_1_file_gets_the_document_tables(contest_path: Path) -> None:
    with sqlite3.connect(contest_path) as raw:
        raw.execute("DROP TABLE issueddocument")
        raw.execute("DROP TABLE documenttemplaterecord")
        raw.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    raw.close()

    with open_contest_file(contest_path) as db:
        from jury_app.documents.journal import journal
        from jury_app.documents.templates import load_template

        assert journal(db) == []
        assert load_template(db, "thanks").heading == "Благодарственное письмо"
    with sqlite3.connect(contest_path) as raw:
        version = raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    raw.close()
    assert version == (str(SCHEMA_VERSION),)
    assert [
        b.name.endswith("before-migration-v1.jury") for b in backups_dir(contest_path).iterdir()
    ] == [True]
