"""Scored contests for results tests and benchmarks: hidden quality + juror leniency + noise."""

from __future__ import annotations

import random
from datetime import datetime
from typing import cast

from sqlalchemy import Table
from sqlmodel import Session, select

from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.roster import add_juror
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Criterion, Score
from tests.conftest import DEMO_XLSX

SCORE_COLUMNS = (
    "contest_id", "juror_id", "application_id", "criterion_id", "value", "revision", "updated_at",
)  # fmt: skip


def insert_scores(session: Session, rows: list[tuple[object, ...]]) -> None:
    """Write score rows (in SCORE_COLUMNS order) in one driver call."""
    insert_many(
        session.connection(),
        cast(Table, Score.__table__),  # type: ignore[attr-defined]
        SCORE_COLUMNS,
        rows,
    )


def score_contest(db: ContestDB, jurors: int, per_application: int | None, seed: int = 1) -> None:
    """Add jurors, distribute the contest's applications and score every assignment on every
    criterion (0–10): 10 × (quality + leniency) + noise, rounded and clipped."""
    for i in range(jurors):
        add_juror(db, f"Член комиссии {i + 1}")
    matrix = assign(db, per_application=per_application)
    rng = random.Random(seed)
    quality = {a.id: rng.random() for a in matrix.applications}
    leniency = {j: rng.uniform(-0.15, 0.15) for j, _ in matrix.jurors}
    with db.session() as session:
        criteria = list(session.exec(select(Criterion.id)).all())
        now = datetime.now()
        rows = []
        for juror, app in sorted(matrix.assigned):
            for criterion in criteria:
                raw = 10 * (quality[app] + leniency[juror]) + rng.gauss(0, 1)
                rows.append((1, juror, app, criterion, float(max(0, min(10, round(raw)))), 0, now))
        insert_scores(session, rows)


def scored_demo(db: ContestDB, seed: int = 1, jurors: int = 7, per_application: int = 5) -> None:
    """The demo applications (475), scored by ``jurors`` jurors, ``per_application`` each."""
    import_file(db, DEMO_XLSX)
    score_contest(db, jurors, per_application, seed)
