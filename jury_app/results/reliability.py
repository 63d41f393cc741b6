"""Krippendorff's alpha: agreement between raters, missing values allowed.

Our own implementation of the coincidence-matrix definition (Krippendorff 2011, "Computing
Krippendorff's Alpha-Reliability"): only units with at least two values are pairable; each
ordered pair of values from different raters within a unit of m values counts 1/(m − 1).

    α = 1 − D_o / D_e,  D_o = Σ o_ck δ²_ck / n,  D_e = Σ n_c n_k δ²_ck / (n (n − 1)).

For the interval metric δ² = (c − k)², and both sums reduce to sums of squares: within a
unit Σ_{i≠j} (v_i − v_j)² = 2 m SS_unit and over all pairable values Σ n_c n_k δ² = 2 n SS.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

Level = Literal["nominal", "interval"]
LEVELS: tuple[Level, ...] = ("nominal", "interval")


def krippendorff_alpha(
    data: Sequence[Sequence[float | None]] | ArrayLike, level: Level = "interval"
) -> float:
    """Alpha of ``data`` given as raters × units; None or NaN marks a missing value.

    Returns NaN when nothing is pairable (no unit has two values) or when the pairable values
    do not vary at all (D_e = 0: agreement cannot be told from chance)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    matrix = np.array(data, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError("data must be raters × units")
    present = ~np.isnan(matrix)
    m = present.sum(axis=0)
    pairable = m >= 2
    matrix, present, m = matrix[:, pairable], present[:, pairable], m[pairable]
    n = int(m.sum())
    if n == 0:
        return float("nan")
    if level == "interval":
        observed, expected = _interval(matrix, present, m, n)
    else:
        observed, expected = _nominal(matrix, present, m, n)
    if expected <= 0:
        return float("nan")
    return float(1.0 - observed / expected)


def _interval(
    matrix: np.ndarray, present: np.ndarray, m: np.ndarray, n: int
) -> tuple[float, float]:
    """D_o / 2 and D_e / 2 for δ² = (c − k)² (the common factor cancels in α)."""
    values = np.where(present, matrix, 0.0)
    unit_means = values.sum(axis=0) / m
    within = (np.where(present, matrix - unit_means, 0.0) ** 2).sum(axis=0)
    observed = float((m * within / (m - 1)).sum()) / n  # Σ o δ² / (2 n) = D_o / 2
    pooled = matrix[present]
    total = float(((pooled - pooled.mean()) ** 2).sum())
    expected = total / (n - 1)  # Σ n_c n_k δ² / (2 n (n − 1)) = D_e / 2
    return observed, expected


def _nominal(matrix: np.ndarray, present: np.ndarray, m: np.ndarray, n: int) -> tuple[float, float]:
    """D_o and D_e with δ = 1 for different values, 0 for equal ones."""
    categories, codes = np.unique(matrix[present], return_inverse=True)
    k = categories.size
    units = np.broadcast_to(np.arange(matrix.shape[1]), matrix.shape)[present]
    per_unit = np.bincount(units * k + codes.ravel(), minlength=matrix.shape[1] * k).reshape(
        matrix.shape[1], k
    )
    disagreeing = m.astype(np.float64) ** 2 - (per_unit.astype(np.float64) ** 2).sum(axis=1)
    observed = float((disagreeing / (m - 1)).sum()) / n
    overall = per_unit.sum(axis=0).astype(np.float64)
    expected = (float(n) ** 2 - float((overall**2).sum())) / (n * (n - 1))
    return observed, expected
