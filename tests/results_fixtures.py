"""A scored demo contest: 475 applications, 7 jurors, 5 per application, synthetic scores."""

from __future__ import annotations

import random
from datetime import datetime

from sqlmodel import select

from jury_app.importing.service import import_file
from jury_app.jury.assignment import assign
from jury_app.jury.roster import add_juror
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Criterion, Score
from tests.conftest import DEMO_XLSX


def scored_demo(db: ContestDB, seed: int = 1, jurors: int = 7, per_application: int = 5) -> None:
    """Scores = hidden quality + juror leniency + noise, on the 0–10 scale of every criterion."""
    import_file(db, DEMO_XLSX)
    for i in range(jurors):
        add_juror(db, f"Член комиссии {i + 1}")
    matrix = assign(db, per_application=per_application)
    rng = random.Random(seed)
    quality = {a.id: rng.random() for a in matrix.applications}
    leniency = {j: rng.uniform(-0.15, 0.15) for j, _ in matrix.jurors}
    with db.session() as session:
        criteria = list(session.exec(select(Criterion.id)).all())
        now = datetime.now()
        for juror, app in sorted(matrix.assigned):
            for criterion in criteria:
                raw = 10 * (quality[app] + leniency[juror]) + rng.gauss(0, 1)
                session.add(
                    Score(
                        contest_id=1,
                        juror_id=juror,
                        application_id=app,
                        criterion_id=criterion,
                        value=float(max(0, min(10, round(raw)))),
                        updated_at=now,
                    )
                )
