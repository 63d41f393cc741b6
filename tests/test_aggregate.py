"""Aggregation methods on hand-made observations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_app.results.aggregate import Observations, aggregate, connected, juror_totals


def obs(triples: list[tuple[int, int, float]], n_apps: int, n_jurors: int) -> Observations:
    apps, jurors, totals = zip(*triples, strict=True) if triples else ((), (), ())
    return Observations(
        np.array(apps, dtype=np.int64),
        np.array(jurors, dtype=np.int64),
        np.array(totals, dtype=float),
        n_apps,
        n_jurors,
    )


def test_juror_totals_skip_missing_criteria_instead_of_zero() -> None:
    values = np.array([[10, 10, np.nan, np.nan], [10, 0, 5, 5]], dtype=float)
    totals, present = juror_totals(values, np.ones(4), np.zeros(4), np.full(4, 10.0))
    assert totals.tolist() == [1.0, 0.5]
    assert present.tolist() == [True, True]


def test_weights_and_scales() -> None:
    values = np.array([[5, 1]], dtype=float)
    totals, _ = juror_totals(
        values, np.array([3.0, 1.0]), np.array([0.0, 1.0]), np.array([10.0, 5.0])
    )
    assert totals[0] == pytest.approx((0.5 * 3 + 0.0 * 1) / 4)


def test_mean_median_trimmed() -> None:
    data = obs([(0, j, v) for j, v in enumerate([0.1, 0.5, 0.6, 0.7, 1.0])] + [(1, 0, 0.4)], 3, 5)
    assert aggregate("mean", data).scores[0] == pytest.approx(0.58)
    assert aggregate("median", data).scores[0] == pytest.approx(0.6)
    trimmed = aggregate("trimmed", data)
    assert trimmed.scores[0] == pytest.approx(0.6)  # 0.1 and 1.0 dropped
    assert trimmed.scores[1] == pytest.approx(0.4)  # one juror: the mean, and said so
    assert trimmed.notes and "меньше 5" in trimmed.notes[0]
    assert np.isnan(aggregate("mean", data).scores[2])  # nobody scored it


def test_adjusted_ranks_like_the_mean_when_everyone_scores_everything() -> None:
    rng = np.random.default_rng(3)
    quality = rng.random(20)
    lenient = rng.normal(0, 0.1, 6)
    triples = [
        (a, j, float(np.clip(quality[a] + lenient[j] + rng.normal(0, 0.05), 0, 1)))
        for a in range(20)
        for j in range(6)
    ]
    data = obs(triples, 20, 6)
    mean = aggregate("mean", data).scores
    adjusted = aggregate("adjusted", data).scores
    assert np.argsort(-mean).tolist() == np.argsort(-adjusted).tolist()


def test_adjusted_corrects_lenient_and_strict_jurors_with_incomplete_assignment() -> None:
    rng = np.random.default_rng(7)
    n_apps, n_jurors = 60, 8
    quality = rng.random(n_apps)
    leniency = np.array([0.25, -0.25, 0, 0, 0, 0, 0.1, -0.1])
    triples = []
    for a in range(n_apps):
        for j in rng.choice(n_jurors, 3, replace=False):
            triples.append((a, int(j), float(quality[a] + leniency[j] + rng.normal(0, 0.03))))
    data = obs(triples, n_apps, n_jurors)
    error_mean = np.abs(aggregate("mean", data).scores - quality).mean()
    fitted = aggregate("adjusted", data)
    centred = fitted.scores - fitted.scores.mean() + quality.mean()
    error_adjusted = np.abs(centred - quality).mean()
    assert error_adjusted < error_mean / 2
    wrong_pairs = lambda s: int(  # noqa: E731
        sum((s[i] > s[k]) != (quality[i] > quality[k]) for i in range(60) for k in range(i))
    )
    assert wrong_pairs(fitted.scores) < wrong_pairs(aggregate("mean", data).scores)
    assert fitted.leniency is not None
    assert fitted.leniency[0] > 0.1 and fitted.leniency[1] < -0.1


def test_disconnected_nomination_falls_back_to_the_mean() -> None:
    # Nomination 1: apps 0,1 scored by juror 0; apps 2,3 by juror 1 — two islands.
    data = obs([(0, 0, 0.9), (1, 0, 0.5), (2, 1, 0.8), (3, 1, 0.2)], 4, 2)
    groups = np.array([1, 1, 1, 1], dtype=np.int64)
    assert not connected(data, np.arange(4))
    result = aggregate("adjusted", data, groups)
    assert result.scores.tolist() == pytest.approx([0.9, 0.5, 0.8, 0.2])
    assert result.notes and "№ 1" in result.notes[0]


def test_zscore_removes_a_juror_offset() -> None:
    # Juror 1 gives everyone 0.3 more: after standardisation the two jurors agree.
    triples = [(a, 0, v) for a, v in enumerate([0.2, 0.4, 0.6])]
    triples += [(a, 1, v + 0.3) for a, v in enumerate([0.2, 0.4, 0.6])]
    scores = aggregate("zscore", obs(triples, 3, 2)).scores
    assert scores[0] < scores[1] < scores[2]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 9), st.integers(0, 4), st.floats(0, 1)), min_size=1, max_size=60
    ),
    st.sampled_from(["mean", "trimmed", "median", "zscore", "adjusted"]),
)
def test_every_method_stays_on_the_scale(triples: list, method: str) -> None:
    unique = {(a, j): v for a, j, v in triples}
    data = obs([(a, j, v) for (a, j), v in unique.items()], 10, 5)
    scores = aggregate(method, data, np.zeros(10, dtype=np.int64)).scores
    scored = np.bincount(data.app, minlength=10) > 0
    assert np.all(np.isnan(scores[~scored]))
    assert np.all((scores[scored] >= 0) & (scores[scored] <= 1))


@settings(max_examples=40, deadline=None)
@given(
    n_apps=st.integers(2, 15),
    n_jurors=st.integers(1, 6),
    seed=st.integers(0, 10_000),
)
def test_complete_design_adjusted_ranks_like_mean(n_apps: int, n_jurors: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    triples = [
        (a, j, float(rng.integers(0, 11)) / 10) for a in range(n_apps) for j in range(n_jurors)
    ]
    data = obs(triples, n_apps, n_jurors)
    mean = np.round(aggregate("mean", data).scores, 9)
    adjusted = np.round(aggregate("adjusted", data).scores, 9)
    for i in range(n_apps):
        for k in range(n_apps):
            if mean[i] > mean[k]:
                assert adjusted[i] > adjusted[k]
