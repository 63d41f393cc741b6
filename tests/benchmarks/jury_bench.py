"""Jury-loop benchmarks: merging 15 score files, assigning 200 jurors × 20,000 applications."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlmodel import select

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.package import export_packages, open_package
from jury_app.jury.roster import add_juror
from jury_app.jury.scorefile import export_score_file, merge_score_files
from jury_app.presets import kuzbass_2025
from jury_app.storage.models import Application
from tests.results_fixtures import insert_scores


def _fill_package(path: Path, seed: int) -> None:
    """Every assigned application scored on every criterion, written in one go."""
    db, info = open_package(path)
    rng = random.Random(seed)
    with db, db.session() as session:
        apps = session.exec(select(Application.id)).all()
        rows = [
            (1, info.juror_id, app, criterion, float(rng.randint(0, 10)), 0, datetime.now())
            for app in apps
            for criterion in range(1, 5)
        ]
        insert_scores(session, rows)


def bench_merge(folder: Path) -> tuple[float, int]:
    db = create_contest(folder / "merge.jury", kuzbass_2025())
    import_file(db, demo_export_path())
    for i in range(15):
        add_juror(db, f"Член комиссии {i + 1:02d}")
    assign(db)
    packages = folder / "packages"
    packages.mkdir()
    files = []
    for i, path in enumerate(export_packages(db, packages)):
        _fill_package(path, i)
        package, info = open_package(path)
        with package:
            files.append(
                export_score_file(package, info.juror_id, folder / f"s{i}.juryscores").path
            )
    start = time.perf_counter()
    report = merge_score_files(db, files)
    elapsed = time.perf_counter() - start
    db.close()
    assert not report.rejected, report.rejected
    return elapsed, report.scores


def bench_assignment(folder: Path) -> float:
    from tests.benchmarks.__main__ import write_big_export

    db = create_contest(folder / "assign.jury", kuzbass_2025())
    big = folder / "big20k.xlsx"
    write_big_export(big, 20_000)
    import_file(db, big)
    for i in range(200):
        add_juror(db, f"Член комиссии {i + 1:03d}")
    start = time.perf_counter()
    assign(db, per_application=7)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def bench_coverage(folder: Path) -> float:
    from jury_app.jury.coverage import coverage
    from tests.big_contest import fill_big_contest

    db = create_contest(folder / "coverage.jury", kuzbass_2025())
    fill_big_contest(db)
    start = time.perf_counter()
    coverage(db).missing()
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def bench_nomination_matching() -> float:
    from jury_app.importing.nominations import NominationMatcher
    from jury_app.presets import KUZBASS_2025_NOMINATIONS

    matcher = NominationMatcher(list(enumerate(KUZBASS_2025_NOMINATIONS, start=1)))
    answers = [*KUZBASS_2025_NOMINATIONS, "Лучший паблик школы", "лучший паблик администрации МО"]
    start = time.perf_counter()
    for index in range(50_000):
        matcher.match(answers[index % len(answers)])
    return time.perf_counter() - start


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        merge_seconds, scores = bench_merge(folder)
        assign_seconds = bench_assignment(folder)
        coverage_seconds = bench_coverage(folder)
    return [
        (f"merge 15 score files ({scores} scores)", merge_seconds, "≤ 1 s"),
        ("assign 200 jurors × 20000 applications, 7 each", assign_seconds, "≤ 15 s"),
        ("coverage 200 jurors × 20000 applications, 7 each", coverage_seconds, "≤ 3 s"),
        ("match 50000 nomination answers", bench_nomination_matching(), "≤ 0.5 s"),
    ]


if __name__ == "__main__":
    for name, seconds, target in run():
        print(f"{name:55s} {seconds:7.3f}  {target}")
