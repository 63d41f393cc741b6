"""Results benchmarks: the demo size with 15 jurors, and 20,000 applications × 200 jurors."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table
from sqlmodel import select

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.roster import add_juror
from jury_app.presets import kuzbass_2025
from jury_app.results.diagnostics import stability
from jury_app.results.service import compute_results
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Criterion, Score


def _scored(db: ContestDB, jurors: int, per_application: int | None, seed: int = 5) -> None:
    for i in range(jurors):
        add_juror(db, f"Член комиссии {i + 1:03d}")
    matrix = assign(db, per_application=per_application)
    rng = random.Random(seed)
    quality = {a.id: rng.random() for a in matrix.applications}
    leniency = {j: rng.uniform(-0.15, 0.15) for j, _ in matrix.jurors}
    with db.session() as session:
        criteria = list(session.exec(select(Criterion.id)).all())
        now = datetime.now()
        rows = [
            (
                1,
                j,
                a,
                c,
                float(max(0, min(10, round(10 * (quality[a] + leniency[j]) + rng.gauss(0, 1))))),
                0,
                now,
            )
            for j, a in matrix.assigned
            for c in criteria
        ]
        insert_many(
            session.connection(),
            cast(Table, Score.__table__),  # type: ignore[attr-defined]
            (
                "contest_id",
                "juror_id",
                "application_id",
                "criterion_id",
                "value",
                "revision",
                "updated_at",
            ),
            rows,
        )


def run() -> list[tuple[str, float, str]]:
    results: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = create_contest(folder / "demo15.jury", kuzbass_2025())
        import_file(db, demo_export_path())
        _scored(db, jurors=15, per_application=None)
        start = time.perf_counter()
        compute_results(db)
        stability(db, resamples=2000)
        results.append(
            ("results 475 × 15 jurors + 2000 resamples", time.perf_counter() - start, "≤ 2 s")
        )
        db.close()

        from tests.benchmarks.__main__ import write_big_export

        db = create_contest(folder / "big.jury", kuzbass_2025())
        big = folder / "big20k.xlsx"
        write_big_export(big, 20_000)
        import_file(db, big)
        _scored(db, jurors=200, per_application=7)
        start = time.perf_counter()
        compute_results(db, "adjusted")
        results.append(
            ("results 20000 × 200 jurors (adjusted)", time.perf_counter() - start, "≤ 15 s")
        )
        start = time.perf_counter()
        stability(db, resamples=2000)
        results.append(("  + 2000 resamples on 20000 × 200", time.perf_counter() - start, ""))
        db.close()
    return results


if __name__ == "__main__":
    for name, seconds, target in run():
        print(f"{name:55s} {seconds:7.3f}  {target}")
