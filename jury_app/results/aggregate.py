"""Aggregation of juror scores into one score per application (pure NumPy functions).

Observations are (application, juror, juror total) triples: a juror total is the weighted
mean of that juror's criterion scores rescaled to 0–1, so criteria on different scales
compare. Missing scores are never zeros: they simply are not observations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

METHODS = ("mean", "trimmed", "median", "zscore", "adjusted")
RIDGE_LAMBDA = 5.0
TRIM_MIN_JURORS = 5

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]


@dataclass(frozen=True)
class Observations:
    """One juror total per (application, juror); indexes are 0-based positions."""

    app: Ints
    juror: Ints
    total: Floats  # 0–1
    n_apps: int
    n_jurors: int


@dataclass
class Aggregate:
    scores: Floats  # per application, 0–1; NaN when nobody scored it
    notes: list[str] = field(default_factory=list)
    leniency: Floats | None = None  # per juror, 0–1 units (adjusted method only)


def _bincount(index: Ints, weights: Floats | None = None, minlength: int = 0) -> Floats:
    """np.bincount that always gives floats (it gives integers for an empty input)."""
    return np.bincount(index, weights=weights, minlength=minlength).astype(np.float64)


def juror_totals(
    values: Floats, weights: Floats, mins: Floats, maxs: Floats
) -> tuple[Floats, NDArray[np.bool_]]:
    """Weighted mean of the rescaled criterion scores of each row; NaN criteria are skipped
    (their weight is left out). Returns the totals and which rows had any score."""
    unit = (values - mins) / (maxs - mins)
    present = ~np.isnan(unit)
    w = np.where(present, weights, 0.0)
    denominator = w.sum(axis=1)
    has_any = denominator > 0
    totals = np.where(
        has_any, np.nansum(unit * w, axis=1) / np.where(has_any, denominator, 1), np.nan
    )
    return totals, has_any


def aggregate(method: str, obs: Observations, groups: Ints | None = None) -> Aggregate:
    """Aggregate the observations with ``method``; ``groups`` (nomination per application)
    lets the adjusted method fall back to the mean where a nomination is not connected."""
    if method == "mean":
        return Aggregate(_grouped(obs, np.mean))
    if method == "median":
        return Aggregate(_grouped(obs, np.median))
    if method == "trimmed":
        return _trimmed(obs)
    if method == "zscore":
        return Aggregate(_zscore(obs))
    if method == "adjusted":
        return _adjusted(obs, groups)
    raise ValueError(f"unknown method {method!r}")


def _by_app(obs: Observations) -> list[Floats]:
    order = np.argsort(obs.app, kind="stable")
    apps = obs.app[order]
    totals = obs.total[order]
    bounds = np.searchsorted(apps, np.arange(obs.n_apps + 1))
    return [totals[bounds[i] : bounds[i + 1]] for i in range(obs.n_apps)]


def _grouped(obs: Observations, fn: object) -> Floats:
    out = np.full(obs.n_apps, np.nan)
    for i, values in enumerate(_by_app(obs)):
        if values.size:
            out[i] = fn(values)  # type: ignore[operator]
    return out


def _trimmed(obs: Observations) -> Aggregate:
    out = np.full(obs.n_apps, np.nan)
    short = 0
    for i, values in enumerate(_by_app(obs)):
        if values.size >= TRIM_MIN_JURORS:
            ordered = np.sort(values)
            out[i] = ordered[1:-1].mean()
        elif values.size:
            out[i] = values.mean()
            short += 1
    notes = []
    if short:
        notes.append(
            f"Усечённое среднее: у {short} заявок меньше {TRIM_MIN_JURORS} оценок — "
            "для них взято обычное среднее."
        )
    return Aggregate(out, notes)


def _zscore(obs: Observations) -> Floats:
    """Each juror's totals standardised, averaged per application, mapped back to 0–1."""
    count = _bincount(obs.juror, minlength=obs.n_jurors).astype(float)
    sums = _bincount(obs.juror, weights=obs.total, minlength=obs.n_jurors)
    means = np.divide(sums, count, out=np.zeros_like(sums), where=count > 0)
    squares = _bincount(
        obs.juror, weights=(obs.total - means[obs.juror]) ** 2, minlength=obs.n_jurors
    )
    sds = np.sqrt(np.divide(squares, count, out=np.zeros_like(squares), where=count > 0))
    # A juror who gave everyone the same total says nothing about order: z = 0.
    z = np.divide(
        obs.total - means[obs.juror],
        sds[obs.juror],
        out=np.zeros_like(obs.total),
        where=sds[obs.juror] > 0,
    )
    app_count = _bincount(obs.app, minlength=obs.n_apps).astype(float)
    z_mean = _bincount(obs.app, weights=z, minlength=obs.n_apps)
    z_mean = np.divide(z_mean, app_count, out=np.full(obs.n_apps, np.nan), where=app_count > 0)
    grand_mean = float(obs.total.mean()) if obs.total.size else 0.0
    grand_sd = float(obs.total.std()) if obs.total.size else 0.0
    return np.asarray(np.clip(grand_mean + z_mean * grand_sd, 0.0, 1.0), dtype=np.float64)


def fit_leniency(obs: Observations, ridge: float = RIDGE_LAMBDA) -> tuple[float, Floats, Floats]:
    """Least squares of total = μ + quality(app) + leniency(juror) + noise, with a ridge
    penalty on the leniencies only.

    The penalty (λ pseudo-ratings at zero) keeps the offset of a juror with few scores near
    zero; qualities are free, so with a complete design μ + quality is each application's
    mean shifted by a constant and ranks exactly like the mean. Solved by block coordinate
    descent, the exact minimiser of this strictly convex problem; returns μ (the grand
    mean), quality per application and leniency per juror.
    """
    mu = float(obs.total.mean()) if obs.total.size else 0.0
    quality = np.zeros(obs.n_apps)
    leniency = np.zeros(obs.n_jurors)
    app_n = _bincount(obs.app, minlength=obs.n_apps).astype(float)
    juror_n = _bincount(obs.juror, minlength=obs.n_jurors).astype(float)
    for _ in range(1000):
        residual = obs.total - mu - leniency[obs.juror]
        sums = _bincount(obs.app, weights=residual, minlength=obs.n_apps)
        new_quality = np.divide(sums, app_n, out=np.zeros_like(sums), where=app_n > 0)
        residual = obs.total - mu - new_quality[obs.app]
        new_leniency = _bincount(obs.juror, weights=residual, minlength=obs.n_jurors) / (
            juror_n + ridge
        )
        change = max(
            float(np.abs(new_quality - quality).max(initial=0.0)),
            float(np.abs(new_leniency - leniency).max(initial=0.0)),
        )
        quality, leniency = new_quality, new_leniency
        if change < 1e-12:
            break
    return mu, quality, leniency


def _adjusted(obs: Observations, groups: Ints | None) -> Aggregate:
    mu, quality, leniency = fit_leniency(obs)
    scores = np.where(_bincount(obs.app, minlength=obs.n_apps) > 0, mu + quality, np.nan)
    notes: list[str] = []
    if groups is not None:
        means = _grouped(obs, np.mean)
        for group in np.unique(groups):
            members = np.flatnonzero(groups == group)
            if not connected(obs, members):
                scores[members] = means[members]
                notes.append(
                    f"Номинация № {int(group)}: члены комиссии и заявки не связаны общими "
                    "оценками — поправка на строгость не применима, взято обычное среднее."
                )
    return Aggregate(np.asarray(np.clip(scores, 0.0, 1.0)), notes, leniency)


def connected(obs: Observations, apps: Ints) -> bool:
    """True when the juror–application graph restricted to ``apps`` is connected."""
    chosen = np.isin(obs.app, apps)
    app_ids = obs.app[chosen]
    juror_ids = obs.juror[chosen]
    rated = np.unique(app_ids)
    if rated.size <= 1:
        return True
    # Union-find over applications and jurors (jurors offset past the applications).
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    offset = obs.n_apps
    for a, j in zip(app_ids.tolist(), juror_ids.tolist(), strict=True):
        ra, rj = find(a), find(offset + j)
        if ra != rj:
            parent[ra] = rj
    roots = {find(int(a)) for a in rated}
    return len(roots) == 1
