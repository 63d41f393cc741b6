"""Loading what the results need from a contest: applications, jurors, scores as arrays."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlmodel import Session, col, select

from jury_app.contest import contest_id
from jury_app.jury.roster import conflicted_applications
from jury_app.results.aggregate import Floats, Ints, Observations, juror_totals
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import (
    Application,
    Criterion,
    Juror,
    Nomination,
    Review,
    Score,
)


@dataclass(frozen=True)
class AppInfo:
    id: int
    nomination: int
    organization: str
    municipality: str


@dataclass(frozen=True)
class CriterionData:
    position: int
    title: str
    min_score: float
    max_score: float
    weight: float


@dataclass(frozen=True)
class ScoreData:
    """Everything the aggregation needs, indexed by position."""

    apps: list[AppInfo]
    jurors: list[tuple[int, str]]  # (id, name) of the jurors whose scores count
    criteria: list[CriterionData]
    nominations: dict[int, str]
    values: Floats  # observations × criteria, NaN where a criterion is missing
    obs_app: Ints
    obs_juror: Ints
    excluded_jurors: list[str]  # absent jurors, left out of the results

    @property
    def scale(self) -> tuple[float, float]:
        """The contest's scale on which scores are reported."""
        return (min(c.min_score for c in self.criteria), max(c.max_score for c in self.criteria))

    def observations(self) -> Observations:
        c = self.criteria
        totals, _ = juror_totals(
            self.values,
            np.array([x.weight for x in c]),
            np.array([x.min_score for x in c]),
            np.array([x.max_score for x in c]),
        )
        return Observations(self.obs_app, self.obs_juror, totals, len(self.apps), len(self.jurors))

    def to_scale(self, unit: Floats) -> Floats:
        lo, hi = self.scale
        return lo + unit * (hi - lo)


def load_scores(db: ContestDB) -> ScoreData:
    """Active applications, active jurors, and their scores — recusals and conflicts excluded."""
    with db.session() as session:
        return _load(session)


def _load(session: Session) -> ScoreData:
    cid = contest_id(session)
    criteria = [
        CriterionData(c.position, c.title, c.min_score, c.max_score, c.weight)
        for c in session.exec(
            select(Criterion).where(Criterion.contest_id == cid).order_by(col(Criterion.position))
        ).all()
    ]
    criterion_index = {
        c.id: i
        for i, c in enumerate(
            session.exec(
                select(Criterion)
                .where(Criterion.contest_id == cid)
                .order_by(col(Criterion.position))
            ).all()
        )
    }
    nominations = dict(
        session.exec(
            select(Nomination.number, Nomination.title).where(Nomination.contest_id == cid)
        ).all()
    )
    apps = [
        AppInfo(a.id or 0, number, a.organization, a.municipality)
        for a, number in session.exec(
            select(Application, Nomination.number)
            .join(Nomination, col(Application.nomination_id) == col(Nomination.id))
            .where(Application.contest_id == cid, Application.status == "active")
            .order_by(col(Nomination.number), col(Application.id))
        ).all()
    ]
    app_index = {a.id: i for i, a in enumerate(apps)}
    all_jurors = session.exec(
        select(Juror).where(Juror.contest_id == cid).order_by(col(Juror.id))
    ).all()
    jurors = [(j.id or 0, j.name) for j in all_jurors if j.status == "active"]
    excluded = [j.name for j in all_jurors if j.status != "active"]
    juror_index = {j: i for i, (j, _) in enumerate(jurors)}
    recused = {
        (r.juror_id, r.application_id)
        for r in session.exec(
            select(Review).where(Review.contest_id == cid, col(Review.recused))
        ).all()
    }
    conflicts = {(j, a) for j, _ in jurors for a in conflicted_applications(session, cid, j)}
    cells: dict[tuple[int, int], list[float]] = {}
    for juror_id, app_id, criterion_id, value in session.exec(
        select(Score.juror_id, Score.application_id, Score.criterion_id, Score.value).where(
            Score.contest_id == cid
        )
    ).all():
        if juror_id not in juror_index or app_id not in app_index:
            continue
        if (juror_id, app_id) in recused or (juror_id, app_id) in conflicts:
            continue
        row = cells.setdefault((app_index[app_id], juror_index[juror_id]), [np.nan] * len(criteria))
        row[criterion_index[criterion_id]] = value
    keys = sorted(cells)
    values = np.array([cells[k] for k in keys], dtype=float).reshape(len(keys), len(criteria))
    return ScoreData(
        apps=apps,
        jurors=jurors,
        criteria=criteria,
        nominations=nominations,
        values=values,
        obs_app=np.array([k[0] for k in keys], dtype=np.int64),
        obs_juror=np.array([k[1] for k in keys], dtype=np.int64),
        excluded_jurors=excluded,
    )
