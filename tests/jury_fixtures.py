"""A contest with applications, a commission, an assignment and packages, for jury tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.package import export_packages, open_package
from jury_app.jury.roster import add_juror
from jury_app.storage.engine import ContestDB
from tests.fixtures import messy_rows, write_xlsx

JURORS = ("Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр Ильич")


@dataclass
class Jury:
    db: ContestDB
    juror_ids: list[int]
    packages: dict[int, Path]


def make_jury(db: ContestDB, tmp_path: Path, per_application: int | None = None) -> Jury:
    """Five applications (tests/fixtures.py), three jurors, everything assigned, packages out."""
    import_file(db, write_xlsx(tmp_path / "export.xlsx", messy_rows()))
    ids = [add_juror(db, name).id for name in JURORS]
    assign(db, per_application)
    folder = tmp_path / "packages"
    folder.mkdir()
    paths = export_packages(db, folder)
    packages = {}
    for path in paths:
        package, info = open_package(path)
        package.close()
        packages[info.juror_id] = path
    return Jury(db, ids, packages)
