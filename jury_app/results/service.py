"""Results of the contest: scores by the chosen method, places, finalists, winners, ties."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import col, select

from jury_app.contest import contest_row
from jury_app.errors import JuryError
from jury_app.quota import allocate_finalists, fixed_finalists
from jury_app.results.aggregate import METHODS, Floats, aggregate
from jury_app.results.data import ScoreData, load_scores
from jury_app.results.ranking import Candidate, rank_nomination
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Nomination, ResultDecision

METHOD_LABELS = {
    "mean": "взвешенное среднее",
    "trimmed": "усечённое среднее",
    "median": "медиана",
    "zscore": "среднее стандартизованных оценок (z)",
    "adjusted": "среднее с поправкой на строгость членов комиссии",
}
STATUS_LABELS = {"winner": "победитель", "finalist": "финалист", "participant": "участник"}


@dataclass(frozen=True)
class RankedApplication:
    application_id: int
    organization: str
    municipality: str
    score: float | None  # on the contest's scale; None when nobody scored it
    rank: int | None
    status: str
    tie: bool
    jurors: int
    criterion_means: tuple[float | None, ...]
    decided: bool = False  # the status comes from a recorded commission decision


@dataclass(frozen=True)
class NominationResult:
    number: int
    title: str
    finalists: int
    winners: int
    ranking: list[RankedApplication]


@dataclass(frozen=True)
class Results:
    method: str
    nominations: list[NominationResult]
    notes: list[str] = field(default_factory=list)
    tiebreak: list[str] = field(default_factory=list)
    frozen: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "method": self.method,
            "nominations": [
                {
                    "number": n.number,
                    "title": n.title,
                    "finalists": n.finalists,
                    "winners": n.winners,
                    "ranking": [
                        {
                            "application_id": r.application_id,
                            "organization": r.organization,
                            "score": r.score,
                            "rank": r.rank,
                            "status": r.status,
                            "tie": r.tie,
                            "jurors": r.jurors,
                        }
                        for r in n.ranking
                    ],
                }
                for n in self.nominations
            ],
            "notes": self.notes,
            "tiebreak": self.tiebreak,
            "frozen": self.frozen,
        }


def tiebreak_chain(tiebreak_json: str, criteria_count: int) -> list[str]:
    """The configured chain, or the default: criteria from the last to the first, then the
    median of juror totals (for kuzbass-2025: engagement, regularity, variety, style)."""
    if tiebreak_json:
        chain = json.loads(tiebreak_json)
        if isinstance(chain, list) and all(isinstance(x, str) for x in chain):
            return chain
    return [f"criterion:{p}" for p in range(criteria_count, 0, -1)] + ["median"]


def compute_results(
    db: ContestDB, method: str | None = None, *, decisions_apply: bool = True
) -> Results:
    """Results with ``method`` (by default the one fixed in the contest settings); with
    ``decisions_apply=False`` the commission's recorded decisions are left out (diagnostics)."""
    with db.session() as session:
        contest = contest_row(session)
        chosen = method or contest.aggregation_method
        quotas = {
            n.number: n.finalist_quota
            for n in session.exec(
                select(Nomination).where(Nomination.contest_id == contest.id)
            ).all()
        }
        decisions = {
            d.application_id: d
            for d in session.exec(
                select(ResultDecision)
                .where(ResultDecision.contest_id == contest.id)
                .order_by(col(ResultDecision.id))
            ).all()
        }
        rule = (contest.finalist_rule, contest.finalist_total, contest.finalist_min_per_nomination)
        winners = contest.winners_per_nomination
        frozen = contest.results_frozen_at is not None
        tiebreak_json = contest.tiebreak_json
    if chosen not in METHODS:
        raise JuryError(f"Неизвестный способ подсчёта «{chosen}»: допустимы {', '.join(METHODS)}.")
    data = load_scores(db)
    chain = tiebreak_chain(tiebreak_json, len(data.criteria))
    obs = data.observations()
    groups = np.array([a.nomination for a in data.apps], dtype=np.int64)
    result = aggregate(chosen, obs, groups)
    scores = data.to_scale(result.scores)
    counts = _counts(data, quotas)
    places = finalist_places(counts, quotas, rule)
    criterion_means, medians, jurors = _per_app_stats(data, obs.total)
    nominations = []
    for number in sorted(counts):
        indexes = [i for i, a in enumerate(data.apps) if a.nomination == number]
        candidates = [
            Candidate(
                data.apps[i].id,
                float(scores[i]),
                _chain_values(chain, criterion_means[i], medians[i]),
            )
            for i in indexes
        ]
        placed = {p.key: p for p in rank_nomination(candidates, places[number], winners)}
        ranking = []
        for i in indexes:
            app = data.apps[i]
            p = placed[app.id]
            decision = decisions.get(app.id) if decisions_apply else None
            ranking.append(
                RankedApplication(
                    application_id=app.id,
                    organization=app.organization,
                    municipality=app.municipality,
                    score=None if math.isnan(scores[i]) else float(scores[i]),
                    rank=decision.rank if decision and decision.rank else p.rank,
                    status=decision.status if decision else p.status,
                    tie=False if decision else p.tie,
                    jurors=jurors[i],
                    criterion_means=tuple(
                        None if math.isnan(v) else float(v) for v in criterion_means[i]
                    ),
                    decided=decision is not None,
                )
            )
        ranking.sort(key=lambda r: (r.rank is None, r.rank or 0, -(r.score or 0)))
        nominations.append(
            NominationResult(
                number,
                data.nominations.get(number, ""),
                places[number],
                min(winners, places[number]),
                ranking,
            )
        )
    notes = list(result.notes)
    if data.excluded_jurors:
        notes.append(
            "Не учитываются оценки отсутствующих членов комиссии: "
            + ", ".join(data.excluded_jurors)
            + "."
        )
    return Results(chosen, nominations, notes, chain, frozen)


def _counts(data: ScoreData, quotas: Mapping[int, int | None]) -> dict[int, int]:
    """Active applications per nomination, nominations without applications included."""
    counts: dict[int, int] = {}
    for app in data.apps:
        counts[app.nomination] = counts.get(app.nomination, 0) + 1
    for number in quotas:
        counts.setdefault(number, 0)
    return counts


def finalist_places(
    counts: Mapping[int, int], quotas: Mapping[int, int | None], rule: tuple[str, int, int]
) -> dict[int, int]:
    """Finalist places per nomination: ``rule`` is (finalist_rule, total, minimum)."""
    if rule[0] == "fixed":
        return fixed_finalists(counts, quotas)
    return allocate_finalists(counts, rule[1], rule[2])


def nomination_quotas(db: ContestDB, data: ScoreData) -> dict[int, tuple[int, int]]:
    """(finalists, winners) per nomination number, exactly as ``compute_results`` cuts."""
    with db.session() as session:
        contest = contest_row(session)
        quotas = {
            n.number: n.finalist_quota
            for n in session.exec(
                select(Nomination).where(Nomination.contest_id == contest.id)
            ).all()
        }
        rule = (contest.finalist_rule, contest.finalist_total, contest.finalist_min_per_nomination)
        winners = contest.winners_per_nomination
    places = finalist_places(_counts(data, quotas), quotas, rule)
    return {number: (f, min(winners, f)) for number, f in places.items()}


def _chain_values(chain: list[str], means: Floats, median: float) -> tuple[float, ...]:
    values = []
    for step in chain:
        if step == "median":
            values.append(median)
        elif step.startswith("criterion:"):
            position = int(step.split(":", 1)[1])
            values.append(float(means[position - 1]) if 0 < position <= len(means) else math.nan)
    return tuple(values)


def _per_app_stats(data: ScoreData, totals: Floats) -> tuple[Floats, Floats, list[int]]:
    """Mean of each criterion over jurors, median of juror totals, number of jurors."""
    n_apps, n_criteria = len(data.apps), len(data.criteria)
    means = np.full((n_apps, n_criteria), np.nan)
    medians = np.full(n_apps, np.nan)
    jurors = [0] * n_apps
    order = np.argsort(data.obs_app, kind="stable")
    bounds = np.searchsorted(data.obs_app[order], np.arange(n_apps + 1))
    for i in range(n_apps):
        rows = order[bounds[i] : bounds[i + 1]]
        if rows.size == 0:
            continue
        jurors[i] = int(rows.size)
        block = data.values[rows]
        present = ~np.isnan(block)
        with np.errstate(invalid="ignore"):
            means[i] = np.where(
                present.any(axis=0),
                np.nansum(block, axis=0) / np.maximum(present.sum(axis=0), 1),
                np.nan,
            )
        lo, hi = data.scale
        medians[i] = lo + float(np.median(totals[rows])) * (hi - lo)
    return means, medians, jurors
