"""Diagnostics for the secretary: how stable the finalists are, how much the method matters,
how each juror scores, and how well the jurors agree.

Everything here only informs the commission: nothing excludes a juror or changes a result.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from jury_app.contest import contest_row
from jury_app.errors import JuryError
from jury_app.results.aggregate import (
    METHODS,
    RIDGE_LAMBDA,
    TRIM_MIN_JURORS,
    Floats,
    Ints,
    Observations,
    aggregate,
    fit_leniency,
)
from jury_app.results.data import ScoreData, load_scores
from jury_app.results.ranking import FINALIST, WINNER
from jury_app.results.reliability import krippendorff_alpha
from jury_app.results.service import compute_results, nomination_quotas, tiebreak_chain
from jury_app.storage.engine import ContestDB

GREY_LOW, GREY_HIGH = 0.1, 0.9
REPORT_EVERY = 50
_DIGITS = 12  # as in ranking.py: equality at full precision, minus floating-point noise

Progress = Callable[[int, int], None]

FLAG_LABELS = {
    "lenient": "завышает оценки",
    "strict": "занижает оценки",
    "low_agreement": "слабо согласуется с остальными",
    "straight_lining": "ставит одинаковые баллы по всем критериям",
}


# --------------------------------------------------------------------------- stability


@dataclass(frozen=True)
class AppStability:
    application_id: int
    nomination: int
    organization: str
    status: str  # computed on the full data (recorded decisions are not applied)
    p_finalist: float  # share of resamples where it is a finalist or a winner
    p_winner: float


@dataclass(frozen=True)
class Stability:
    method: str
    resamples: int
    seed: int
    applications: tuple[AppStability, ...]
    grey_zone: tuple[int, ...]  # application ids with 0.1 < P(finalist) < 0.9
    notes: tuple[str, ...] = ()


def stability(
    source: ContestDB | ScoreData,
    method: str | None = None,
    resamples: int = 2000,
    seed: int = 0,
    report: Progress | None = None,
    *,
    cuts: Mapping[int, tuple[int, int]] | None = None,
    chain: Sequence[str] | None = None,
) -> Stability:
    """P(finalist) and P(winner) of every application under a bootstrap over jurors.

    Each resample draws as many jurors as there are (active jurors with at least one score),
    with replacement; a juror drawn twice contributes all of their scores twice, as two
    distinct jurors. The method and the cuts (same quotas, same tie-break chain) are then
    applied again. As in ``rank_nomination``, a group still tied after the whole chain that
    straddles a cut gets the status certain for all its members, i.e. it counts as *not*
    finalist (or not winner) in that resample; recorded commission decisions are ignored.

    ``source`` is a contest (method, quotas and chain come from its settings) or a
    ``ScoreData`` with explicit ``cuts`` = {nomination: (finalists, winners)}.
    ``report(done, total)`` is called at the start, every 50 resamples and at the end; an
    exception it raises (a cancel) propagates.
    """
    if isinstance(source, ScoreData):
        data = source
        if cuts is None:
            raise ValueError("cuts are required with ScoreData")
        chosen = method or "mean"
        steps = list(chain) if chain is not None else tiebreak_chain("", len(data.criteria))
    else:
        data = load_scores(source)
        with source.session() as session:
            contest = contest_row(session)
            chosen = method or contest.aggregation_method
            tiebreak_json = contest.tiebreak_json
        cuts = cuts if cuts is not None else nomination_quotas(source, data)
        steps = (
            list(chain) if chain is not None else tiebreak_chain(tiebreak_json, len(data.criteria))
        )
    if chosen not in METHODS:
        raise JuryError(f"Неизвестный способ подсчёта «{chosen}»: допустимы {', '.join(METHODS)}.")
    if resamples < 1:
        raise ValueError("resamples must be positive")
    engine = _Engine(data, chosen, cuts, steps)
    everyone = np.arange(engine.obs.total.size)
    base_finalist, base_winner = engine.statuses(everyone, engine.obs.juror)
    finalist_count = np.zeros(len(data.apps))
    winner_count = np.zeros(len(data.apps))
    notes: list[str] = []
    raters = engine.raters
    rng = np.random.default_rng(seed)
    if report is not None:
        report(0, resamples)
    if raters.size == 0:
        notes.append("Оценок нет — устойчивость оценить нельзя.")
    else:
        for done in range(1, resamples + 1):
            draw = raters[rng.integers(0, raters.size, size=raters.size)]
            rows = np.concatenate([engine.rows_of[j] for j in draw])
            slots = np.repeat(np.arange(draw.size, dtype=np.int64), engine.juror_n[draw])
            finalist, winner = engine.statuses(rows, slots)
            finalist_count += finalist
            winner_count += winner
            if report is not None and (done % REPORT_EVERY == 0 or done == resamples):
                report(done, resamples)
        finalist_count /= resamples
        winner_count /= resamples
    if raters.size == 1:
        notes.append("Оценки есть только у одного члена комиссии — выборки совпадают.")
    apps = tuple(
        AppStability(
            application_id=app.id,
            nomination=app.nomination,
            organization=app.organization,
            status=WINNER if base_winner[i] else FINALIST if base_finalist[i] else "participant",
            p_finalist=float(finalist_count[i]),
            p_winner=float(winner_count[i]),
        )
        for i, app in enumerate(data.apps)
    )
    grey = tuple(
        a.application_id
        for a in sorted(apps, key=lambda a: (a.nomination, -a.p_finalist, a.application_id))
        if GREY_LOW < a.p_finalist < GREY_HIGH
    )
    return Stability(chosen, resamples, seed, apps, grey, tuple(notes))


class _Engine:
    """Scores and cuts for any multiset of observations, vectorised with NumPy."""

    def __init__(
        self,
        data: ScoreData,
        method: str,
        cuts: Mapping[int, tuple[int, int]],
        chain: Sequence[str],
    ) -> None:
        self.data = data
        self.method = method
        self.obs = data.observations()
        self.n_apps = len(data.apps)
        numbers = sorted({a.nomination for a in data.apps})
        group_of = {n: g for g, n in enumerate(numbers)}
        self.groups = np.array([a.nomination for a in data.apps], dtype=np.int64)
        self.group_index = np.array([group_of[a.nomination] for a in data.apps], dtype=np.int64)
        self.n_groups = len(numbers)
        self.finalists = np.array([cuts.get(n, (0, 0))[0] for n in numbers], dtype=np.int64)
        self.winners = np.array(
            [min(cuts.get(n, (0, 0))[1], cuts.get(n, (0, 0))[0]) for n in numbers],
            dtype=np.int64,
        )
        self.chain = [
            step
            for step in chain
            if step == "median"
            or (
                step.startswith("criterion:")
                and step.split(":", 1)[1].isdigit()
                and 0 < int(step.split(":", 1)[1]) <= len(data.criteria)
            )
        ]
        # Criteria scored by everyone need no NaN masking in each resample (the usual case).
        self.complete_columns: NDArray[np.bool_] = np.asarray(~np.isnan(data.values).any(axis=0))
        # Unknown steps add no key in _chain_values; a criterion out of range adds NaN for
        # everyone there, which orders nothing either.
        order = np.argsort(self.obs.juror, kind="stable")
        bounds = np.searchsorted(self.obs.juror[order], np.arange(self.obs.n_jurors + 1))
        self.rows_of = [order[bounds[j] : bounds[j + 1]] for j in range(self.obs.n_jurors)]
        self.juror_n = np.diff(bounds).astype(np.int64)
        self.raters = np.flatnonzero(self.juror_n > 0).astype(np.int64)
        self.lo, self.hi = data.scale if data.criteria else (0.0, 1.0)

    # ---- scores

    def unit_scores(self, app: Ints, juror: Ints, total: Floats, n_jurors: int) -> Floats:
        n = self.n_apps
        if self.method == "mean":
            return _mean(app, total, n)
        if self.method in ("median", "trimmed"):
            return _order_stats(app, total, n, self.method)
        if self.method == "zscore":
            return aggregate("zscore", Observations(app, juror, total, n, n_jurors)).scores
        return self._adjusted(app, juror, total, n_jurors)

    def _adjusted(self, app: Ints, juror: Ints, total: Floats, n_jurors: int) -> Floats:
        """``fit_leniency`` solved exactly: the qualities are eliminated and the juror
        offsets come from a small J × J linear system (same minimiser, no iterations)."""
        n = self.n_apps
        mu = float(total.mean())
        y = total - mu
        app_n = np.bincount(app, minlength=n).astype(np.float64)
        app_sum = np.bincount(app, weights=y, minlength=n)
        counts = np.zeros((n, n_jurors))
        np.add.at(counts, (app, juror), 1.0)
        inverse = np.divide(1.0, app_n, out=np.zeros(n), where=app_n > 0)
        juror_n = counts.sum(axis=0)
        system = np.diag(juror_n + RIDGE_LAMBDA) - counts.T @ (counts * inverse[:, None])
        rhs = np.bincount(juror, weights=y, minlength=n_jurors) - counts.T @ (app_sum * inverse)
        leniency = np.linalg.solve(system, rhs)
        quality = (app_sum - counts @ leniency) * inverse
        scores = np.where(app_n > 0, mu + quality, np.nan)
        # Nominations whose juror–application graph is not connected fall back to the mean.
        linked = counts > 0
        for g in self._disconnected(linked):
            members = self.group_index == g
            scores[members] = _mean(app, total, n)[members]
        return np.asarray(np.clip(scores, 0.0, 1.0), dtype=np.float64)

    def _disconnected(self, linked: np.ndarray) -> list[int]:
        """Groups (nomination indexes) where the jurors who scored there are not all linked
        through shared applications — equivalent to ``aggregate.connected``."""
        n_jurors = linked.shape[1]
        pairs = (linked[:, :, None] & linked[:, None, :]).reshape(self.n_apps, -1)
        one_hot = np.zeros((self.n_apps, self.n_groups))
        one_hot[np.arange(self.n_apps), self.group_index] = 1.0
        reach = (one_hot.T @ pairs.astype(np.float64)).reshape(self.n_groups, n_jurors, n_jurors)
        reach = (reach > 0).astype(np.float64)
        for _ in range(max(1, math.ceil(math.log2(max(n_jurors, 2))))):
            reach = ((reach @ reach) > 0).astype(np.float64)
        out = []
        for g in range(self.n_groups):
            active = np.flatnonzero(np.diag(reach[g]) > 0)
            if active.size > 1 and not bool((reach[g, active[0], active] > 0).all()):
                out.append(g)
        return out

    # ---- cuts

    def statuses(self, rows: Ints, slots: Ints) -> tuple[np.ndarray, np.ndarray]:
        """(finalist or winner, winner) per application for the observations ``rows``
        attributed to jurors ``slots``."""
        n = self.n_apps
        app = self.obs.app[rows]
        total = self.obs.total[rows]
        n_jurors = int(slots.max()) + 1 if slots.size else 0
        unit = self.unit_scores(app, slots, total, n_jurors) if rows.size else np.full(n, np.nan)
        scale = self.hi - self.lo
        keys = [self.lo + unit * scale]
        median: Floats | None = None
        count: Floats | None = None
        for step in self.chain:
            if step == "median":
                if median is None:
                    median = self.lo + _order_stats(app, total, n, "median") * scale
                keys.append(median)
            else:
                position = int(step.split(":", 1)[1]) - 1
                column = self.data.values[rows, position]
                complete = bool(self.complete_columns[position])
                if complete:
                    if count is None:
                        count = np.bincount(app, minlength=n).astype(np.float64)
                    keys.append(_mean(app, column, n, count))
                else:
                    keys.append(_nan_mean(app, column, n))
        scored = ~np.isnan(keys[0])
        # Higher is better; NaN in the chain sorts last, like rank_nomination's +inf key.
        matrix = np.array([np.where(np.isnan(k), -np.inf, np.round(k, _DIGITS)) for k in keys])
        order = np.lexsort((*(-matrix[::-1]), self.group_index))
        ranked = matrix[:, order]
        groups = self.group_index[order]
        fresh = np.ones(n, dtype=bool)
        fresh[1:] = (groups[1:] != groups[:-1]) | (ranked[:, 1:] != ranked[:, :-1]).any(axis=0)
        run = np.cumsum(fresh) - 1
        run_last = np.flatnonzero(np.append(fresh[1:], True))
        group_first = np.searchsorted(groups, groups, side="left")
        last_place = run_last[run] - group_first + 1
        finalist = np.zeros(n, dtype=bool)
        winner = np.zeros(n, dtype=bool)
        finalist[order] = last_place <= self.finalists[groups]
        winner[order] = last_place <= self.winners[groups]
        return finalist & scored, winner & scored


def _mean(app: Ints, total: Floats, n: int, count: Floats | None = None) -> Floats:
    """Mean per application; ``count`` (observations per application) may be passed in
    when several columns of the same observations are averaged."""
    if count is None:
        count = np.bincount(app, minlength=n).astype(np.float64)
    sums = np.bincount(app, weights=total, minlength=n)
    return np.asarray(np.divide(sums, count, out=np.full(n, np.nan), where=count > 0))


def _nan_mean(app: Ints, values: Floats, n: int) -> Floats:
    present = ~np.isnan(values)
    count = np.bincount(app[present], minlength=n).astype(np.float64)
    sums = np.bincount(app[present], weights=values[present], minlength=n)
    return np.asarray(np.divide(sums, count, out=np.full(n, np.nan), where=count > 0))


def _order_stats(app: Ints, total: Floats, n: int, method: str) -> Floats:
    """Median, or the trimmed mean of ``aggregate`` (drop the lowest and the highest when an
    application has at least TRIM_MIN_JURORS totals, else the plain mean), per application."""
    # One float key (application + total in [0, 1)) sorts several times faster than lexsort;
    # the stable sort is the faster one here (the observations come in runs per juror).
    order = np.argsort(app + np.clip(total, 0.0, 1.0) * 0.999, kind="stable")
    values = total[order]
    count = np.bincount(app, minlength=n)
    start = np.concatenate(([0], np.cumsum(count)[:-1]))
    has = count > 0
    out = np.full(n, np.nan)
    s, c = start[has], count[has]
    if method == "median":
        low = values[s + (c - 1) // 2]
        high = values[s + c // 2]
        out[has] = (low + high) / 2
        return out
    sums = np.bincount(app, weights=total, minlength=n)[has]
    trim = c >= TRIM_MIN_JURORS
    lowest, highest = values[s], values[s + c - 1]
    out[has] = np.where(
        trim, (sums - lowest - highest) / np.maximum(c - 2, 1), sums / np.maximum(c, 1)
    )
    return out


# --------------------------------------------------------------------------- methods


@dataclass(frozen=True)
class SensitivityRow:
    application_id: int
    nomination: int
    organization: str
    statuses: Mapping[str, str]  # method -> winner | finalist | participant
    ranks: Mapping[str, int | None]
    scores: Mapping[str, float | None]  # on the contest's scale
    changes: bool  # the status is not the same under every method


def method_sensitivity(db: ContestDB) -> list[SensitivityRow]:
    """Every application that is a finalist (or winner) under at least one method, with its
    status under each method — recorded decisions left out, so the methods compare."""
    by_method = {m: compute_results(db, m, decisions_apply=False) for m in METHODS}
    cells: dict[int, dict[str, tuple[str, int | None, float | None]]] = {}
    info: dict[int, tuple[int, str]] = {}
    for m, results in by_method.items():
        for nomination in results.nominations:
            for r in nomination.ranking:
                cells.setdefault(r.application_id, {})[m] = (r.status, r.rank, r.score)
                info[r.application_id] = (nomination.number, r.organization)
    rows = []
    for app_id, per_method in cells.items():
        statuses = {m: per_method[m][0] for m in METHODS}
        if not any(s in (WINNER, FINALIST) for s in statuses.values()):
            continue
        rows.append(
            SensitivityRow(
                application_id=app_id,
                nomination=info[app_id][0],
                organization=info[app_id][1],
                statuses=statuses,
                ranks={m: per_method[m][1] for m in METHODS},
                scores={m: per_method[m][2] for m in METHODS},
                changes=len(set(statuses.values())) > 1,
            )
        )
    rows.sort(
        key=lambda r: (
            r.nomination,
            min((x for x in r.ranks.values() if x is not None), default=10**9),
            r.application_id,
        )
    )
    return rows


# --------------------------------------------------------------------------- jurors


@dataclass(frozen=True)
class JurorDiagnostics:
    juror_id: int
    name: str
    scored: int  # applications scored
    offset: float  # leniency on the contest scale: + scores higher than the others
    offset_se: float  # its standard error (pooled residual SD / √(n + λ))
    agreement: float | None  # Spearman ρ with the mean of the other jurors, same applications
    agreement_pearson: float | None
    shared: int  # applications that at least one other juror scored too
    straight_lining: float  # share of applications with the same value on every criterion
    total_sd: float  # SD of the juror's totals on the contest scale
    flags: tuple[str, ...]  # lenient | strict | low_agreement | straight_lining


LOW_AGREEMENT = 0.2
MIN_SHARED = 5
STRAIGHT_SHARE = 0.8


def juror_diagnostics(db: ContestDB) -> list[JurorDiagnostics]:
    """Per active juror: leniency, agreement with the others, straight-lining, and flags for
    the commission to look at. Flags never exclude anyone."""
    data = load_scores(db)
    obs = data.observations()
    lo, hi = data.scale if data.criteria else (0.0, 1.0)
    scale = hi - lo
    n = np.bincount(obs.juror, minlength=obs.n_jurors)
    if obs.total.size:
        mu, quality, leniency = fit_leniency(obs)
        residual = obs.total - mu - quality[obs.app] - leniency[obs.juror]
        rated = int(np.unique(obs.app).size)
        dof = max(obs.total.size - rated - int((n > 0).sum()), 1)
        sd = math.sqrt(float((residual**2).sum()) / dof)
    else:
        leniency, sd = np.zeros(obs.n_jurors), 0.0
    offsets = leniency * scale
    ses = sd * scale / np.sqrt(n + RIDGE_LAMBDA)
    active = n > 0
    spread = float(np.std(offsets[active], ddof=1)) if active.sum() >= 3 else math.inf
    app_n = np.bincount(obs.app, minlength=obs.n_apps)
    app_sum = np.bincount(obs.app, weights=obs.total, minlength=obs.n_apps)
    same_row = _identical_rows(data.values)
    out = []
    for j, (juror_id, name) in enumerate(data.jurors):
        mine = obs.juror == j
        totals = obs.total[mine]
        apps = obs.app[mine]
        others_n = app_n[apps] - 1
        shared = others_n > 0
        others = (app_sum[apps][shared] - totals[shared]) / others_n[shared]
        pearson = _correlation(totals[shared], others)
        spearman = _correlation(_ranks(totals[shared]), _ranks(others))
        rows_considered = same_row[mine]
        share = float(np.nanmean(rows_considered)) if (~np.isnan(rows_considered)).any() else 0.0
        total_sd = float(np.std(totals) * scale) if totals.size else 0.0
        flags = []
        offset, se = float(offsets[j]), float(ses[j])
        if active[j] and abs(offset) > 2 * spread and abs(offset) > 2 * se:
            flags.append("lenient" if offset > 0 else "strict")
        if int(shared.sum()) >= MIN_SHARED and spearman is not None and spearman < LOW_AGREEMENT:
            flags.append("low_agreement")
        if share > STRAIGHT_SHARE or (totals.size >= MIN_SHARED and total_sd < 1e-9):
            flags.append("straight_lining")
        out.append(
            JurorDiagnostics(
                juror_id=juror_id,
                name=name,
                scored=int(n[j]),
                offset=offset,
                offset_se=se,
                agreement=spearman,
                agreement_pearson=pearson,
                shared=int(shared.sum()),
                straight_lining=share,
                total_sd=total_sd,
                flags=tuple(flags),
            )
        )
    return out


def _identical_rows(values: Floats) -> Floats:
    """1 where every present criterion of a row has the same value, 0 where not, NaN where
    fewer than two criteria are present (nothing to compare)."""
    present = ~np.isnan(values)
    count = present.sum(axis=1)
    high = np.where(present, values, -np.inf).max(axis=1, initial=-np.inf)
    low = np.where(present, values, np.inf).min(axis=1, initial=np.inf)
    return np.where(count >= 2, (high == low).astype(np.float64), np.nan)


def _ranks(x: Floats) -> Floats:
    """Ranks with ties averaged (1-based)."""
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    average = ends - (counts - 1) / 2.0
    return np.asarray(average[inverse.ravel()], dtype=np.float64)


def _correlation(x: Floats, y: Floats) -> float | None:
    if x.size < 2:
        return None
    dx, dy = x - x.mean(), y - y.mean()
    denominator = math.sqrt(float((dx**2).sum()) * float((dy**2).sum()))
    if denominator <= 0:
        return None
    return float((dx * dy).sum()) / denominator


# --------------------------------------------------------------------------- reliability


@dataclass(frozen=True)
class CriterionReliability:
    position: int
    title: str
    alpha: float | None  # interval α; None when undefined (nothing pairable, no variation)


@dataclass(frozen=True)
class ReliabilityReport:
    total_alpha: float | None  # interval α on juror totals (contest scale)
    criteria: tuple[CriterionReliability, ...]
    units: int  # applications with at least two jurors' totals
    jurors: int  # jurors with at least one score


def reliability(db: ContestDB) -> ReliabilityReport:
    """Krippendorff's α (interval) between jurors: units = applications, raters = jurors."""
    data = load_scores(db)
    obs = data.observations()
    shape = (obs.n_jurors, obs.n_apps)

    def matrix(values: Floats) -> Floats:
        out = np.full(shape, np.nan)
        out[obs.juror, obs.app] = values
        return out

    def alpha(values: Floats) -> float | None:
        value = krippendorff_alpha(matrix(values), "interval")
        return None if math.isnan(value) else value

    totals = data.to_scale(obs.total) if data.criteria else obs.total
    criteria = tuple(
        CriterionReliability(c.position, c.title, alpha(data.values[:, i]))
        for i, c in enumerate(data.criteria)
    )
    app_n = np.bincount(obs.app, minlength=obs.n_apps)
    jurors = int((np.bincount(obs.juror, minlength=obs.n_jurors) > 0).sum())
    return ReliabilityReport(alpha(totals), criteria, int((app_n >= 2).sum()), jurors)
