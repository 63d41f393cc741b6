"""The made-up contest the guide's screenshots show: the demo applications, a commission of
seven, their packages, and score files merged the way a secretary would merge them.

Everything is built in a folder the caller gives (a temporary one), never in the user's
files. Scores are drawn from a fixed seed, so the pictures come out the same every time.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table
from sqlmodel import col, select

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.package import export_packages, open_package
from jury_app.jury.roster import add_juror
from jury_app.jury.scorefile import SCORE_SUFFIX, MergeReport, export_score_file, merge_score_files
from jury_app.jury.scoring import (
    NOT_STARTED,
    declare_conflict,
    juror_work,
    set_comment,
    set_score,
)
from jury_app.presets import kuzbass_2025
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Assignment, Criterion, Juror, Score

CONTEST_FILE = "Лучший госпаблик Кузбасса 2025.jury"
FORM_EXPORT = "Выгрузка формы 2025.xlsx"  # the demo export, as the secretary downloaded it
SEED = 2025
PER_APPLICATION = 3

# name, role, position, municipalities with a conflict of interest
COMMISSION = (
    ("Ковалёва Ирина Павловна", "chair", "заместитель Губернатора Кузбасса", ()),
    ("Дорофеев Андрей Викторович", "deputy", "руководитель ЦУР Кузбасса", ()),
    ("Баранова Елена Сергеевна", "member", "начальник отдела ЦУР",
     ("Новокузнецкий городской округ",)),
    ("Гусев Максим Олегович", "member", "главный редактор регионального портала", ()),
    ("Лаптева Ольга Николаевна", "member", "доцент КемГУ", ()),
    ("Мельников Сергей Ильич", "member", "SMM-специалист ЦУР", ()),
    ("Рябова Наталья Андреевна", "member", "консультант пресс-службы Губернатора", ()),
)  # fmt: skip
# How much of their work each juror had done when the screenshots were taken (by index).
SCORED_SHARE = {5: 0.62, 6: 0.0}
JUROR_WINDOW = 5  # the juror whose package the juror window shows (half way through)
MERGED_FIRST = 4  # score files merged quietly before the merge the dialog shows


@dataclass
class ScreenshotContest:
    contest: Path
    form_export: Path
    packages: list[Path]  # by commission order
    juror_package: Path
    merge_report: MergeReport


def build(folder: Path) -> ScreenshotContest:
    """Create the contest, the commission, the packages and the score files in ``folder``."""
    rng = random.Random(SEED)
    path = folder / CONTEST_FILE
    export = folder / FORM_EXPORT
    shutil.copyfile(demo_export_path(), export)
    db = create_contest(path, kuzbass_2025())
    try:
        import_file(db, export)
        for name, role, position, conflicts in COMMISSION:
            juror = add_juror(db, name, role=role, position=position, conflicts=conflicts)
            _fix_uid(db, juror.id, name)
        assign(db, per_application=PER_APPLICATION)
        out = folder / "Пакеты членов комиссии"
        out.mkdir()
        packages = export_packages(db, out)
        quality: dict[int, float] = {}
        files = []
        for index, package in enumerate(packages):
            share = SCORED_SHARE.get(index, 1.0)
            if share > 0:
                files.append(_score_package(package, share, index, quality, rng))
        # The juror's own copy of the package (on their laptop); the original stays as sent.
        laptop = folder / "Член комиссии"
        laptop.mkdir()
        juror_package = laptop / packages[JUROR_WINDOW].name
        shutil.copyfile(packages[JUROR_WINDOW], juror_package)
        _start_next(juror_package)
        merge_score_files(db, files[:MERGED_FIRST])
        late = [*files[MERGED_FIRST:], files[0], _tampered(files[1], folder)]
        report = merge_score_files(db, late)
    finally:
        db.close()
    return ScreenshotContest(path, export, packages, juror_package, report)


def _fix_uid(db: ContestDB, juror_id: int, name: str) -> None:
    """A juror's identifier from their name, not random: it orders the juror's list of
    applications, and the screenshots should come out the same every time."""
    with db.session() as session:
        juror = session.get(Juror, juror_id)
        assert juror is not None
        juror.uid = hashlib.sha256(name.encode()).hexdigest()[:32]
        session.add(juror)


def _score_package(
    package: Path, share: float, index: int, quality: dict[int, float], rng: random.Random
) -> Path:
    """Score ``share`` of the package's applications (a hidden quality, the juror's own
    leniency and noise), add a comment and a recusal, and export the score file."""
    pdb, info = open_package(package)
    try:
        leniency = rng.uniform(-1.2, 1.2)
        with pdb.session() as session:
            criteria = session.exec(select(Criterion).order_by(col(Criterion.position))).all()
            apps = sorted(set(session.exec(select(Assignment.application_id)).all()))
            done = apps[: round(len(apps) * share)]
            now = datetime.now()
            rows = []
            for app in done:
                base = quality.setdefault(app, rng.betavariate(2.2, 1.8) * 10)
                for criterion in criteria:
                    raw = base + leniency + rng.gauss(0, 1.1)
                    value = min(criterion.max_score, max(criterion.min_score, round(raw)))
                    rows.append(
                        (criterion.contest_id, info.juror_id, app, criterion.id, value, now)
                    )
            insert_many(
                session.connection(),
                cast(Table, Score.__table__),  # type: ignore[attr-defined]
                ("contest_id", "juror_id", "application_id", "criterion_id", "value", "updated_at"),
                rows,
            )
        if done:
            set_comment(pdb, info.juror_id, done[0], "Хорошее оформление, но мало видео.")
        if index == 3 and len(done) > 2:
            declare_conflict(pdb, info.juror_id, done[2], "Работал в этой организации до 2024 года")
        name = package.with_suffix("").name + SCORE_SUFFIX
        return export_score_file(pdb, info.juror_id, package.parent / name).path
    finally:
        pdb.close()


def _start_next(package: Path) -> None:
    """Two criteria of the next application already scored: the juror is mid-way through."""
    pdb, info = open_package(package)
    try:
        todo = [a for a in juror_work(pdb, info.juror_id) if a.state == NOT_STARTED]
        if todo:
            set_score(pdb, info.juror_id, todo[0].id, 1, 8)
            set_score(pdb, info.juror_id, todo[0].id, 2, 6)
    finally:
        pdb.close()


def _tampered(score_file: Path, folder: Path) -> Path:
    """A copy of a score file with one score changed by hand: its signature no longer fits."""
    copy = folder / (score_file.stem + " (исправлен)" + SCORE_SUFFIX)
    body, signature, _ = score_file.read_bytes().split(b"\n")
    copy.write_bytes(body.replace(b'"value":7.0', b'"value":9.0', 1) + b"\n" + signature + b"\n")
    return copy
