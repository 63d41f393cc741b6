"""Jury packages hold exactly what one juror needs: no other juror, no contacts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jury_app.errors import JuryError
from jury_app.jury.assignment import assignment_matrix
from jury_app.jury.package import file_mode, open_package, package_file_name
from jury_app.jury.roster import add_conflict, juror_secret
from jury_app.jury.scoring import juror_work, set_score
from jury_app.storage.engine import ContestDB, open_contest_file
from tests.jury_fixtures import Jury, make_jury


@pytest.fixture
def jury(db: ContestDB, tmp_path: Path) -> Jury:
    return make_jury(db, tmp_path, per_application=2)


def _dump(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute(sql).fetchall()


def test_one_package_per_juror_with_their_applications_only(jury: Jury) -> None:
    matrix = assignment_matrix(jury.db)
    assert set(jury.packages) == set(jury.juror_ids)
    for juror, path in jury.packages.items():
        mine = {a for j, a in matrix.assigned if j == juror}
        assert {r[0] for r in _dump(path, "SELECT id FROM application")} == mine
        assert _dump(path, "SELECT id FROM juror") == [(juror,)]
        assert {r[0] for r in _dump(path, "SELECT juror_id FROM assignment")} == {juror}


def test_no_contacts_and_no_other_secret(jury: Jury) -> None:
    for juror, path in jury.packages.items():
        contacts = _dump(path, "SELECT contact_name, phone, email FROM application")
        assert all(row == ("", "", "") for row in contacts)
        [(secret,)] = _dump(path, "SELECT secret_hex FROM juror")
        assert bytes.fromhex(secret) == juror_secret(jury.db, juror)
        others = [juror_secret(jury.db, j).hex() for j in jury.juror_ids if j != juror]
        raw = path.read_bytes()
        assert not any(other.encode() in raw for other in others)
        assert _dump(path, "SELECT count(*) FROM importbatch") == [(0,)]


def test_no_scores_of_other_jurors(jury: Jury, tmp_path: Path) -> None:
    first, second = jury.juror_ids[:2]
    shared = next(iter(a.id for a in juror_work(jury.db, first)))
    set_score(jury.db, first, shared, 1, 8)
    from jury_app.jury.package import export_package

    out = export_package(jury.db, second, tmp_path / "again.jurypkg")
    assert {r[0] for r in _dump(out, "SELECT DISTINCT juror_id FROM score")} <= {second}


def test_conflicted_applications_are_not_in_the_package(jury: Jury, tmp_path: Path) -> None:
    from jury_app.jury.package import export_package

    juror = jury.juror_ids[0]
    target = juror_work(jury.db, juror)[0].id
    add_conflict(jury.db, juror, "application", application_id=target, reason="родство")
    out = export_package(jury.db, juror, tmp_path / "p.jurypkg")
    assert target not in {r[0] for r in _dump(out, "SELECT id FROM application")}


def test_mode_follows_the_file(jury: Jury) -> None:
    assert file_mode(jury.db) == "secretary"
    package = open_contest_file(next(iter(jury.packages.values())))
    with package:
        assert file_mode(package) == "juror"
    with pytest.raises(JuryError, match="не пакет"):
        open_package(jury.db.path)


def test_package_file_names_are_safe() -> None:
    assert package_file_name('Иванов И. И. / "ЦУР"') == "Иванов И. И. ЦУР.jurypkg"
    assert package_file_name("...") == "член комиссии.jurypkg"
