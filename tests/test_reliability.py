"""Krippendorff's alpha: the published worked examples and properties."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jury_app.results.reliability import krippendorff_alpha

N = None

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units.
FOUR_OBSERVERS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
# The 3 coders × 15 units example (Wikipedia, "Krippendorff's alpha", computational example).
THREE_CODERS = [
    [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
    [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
    [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
]
# Krippendorff (2011): two observers, ten units, binary data.
TWO_OBSERVERS = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]


def test_four_observers_example() -> None:
    assert krippendorff_alpha(FOUR_OBSERVERS, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(FOUR_OBSERVERS, "interval") == pytest.approx(0.849, abs=5e-4)


def test_three_coders_example_canonical_values() -> None:
    assert krippendorff_alpha(THREE_CODERS, "nominal") == pytest.approx(0.691358, abs=1e-6)
    assert krippendorff_alpha(THREE_CODERS, "interval") == pytest.approx(0.810845, abs=1e-6)


def test_two_observers_binary_example() -> None:
    assert krippendorff_alpha(TWO_OBSERVERS, "nominal") == pytest.approx(0.095, abs=5e-4)


def test_nan_and_none_are_the_same_and_arrays_work() -> None:
    as_nan = np.array(FOUR_OBSERVERS, dtype=float)
    assert krippendorff_alpha(as_nan, "interval") == krippendorff_alpha(FOUR_OBSERVERS, "interval")


def test_undefined_cases() -> None:
    assert math.isnan(krippendorff_alpha([[1, N], [N, 2]], "interval"))  # nothing pairable
    assert math.isnan(krippendorff_alpha([[3, 3], [3, 3]], "nominal"))  # no variation
    with pytest.raises(ValueError):
        krippendorff_alpha([[1, 2]], "ordinal")  # type: ignore[arg-type]


values = st.integers(min_value=0, max_value=5).map(float)
cell = st.one_of(st.none(), values)


@st.composite
def matrices(draw: st.DrawFn) -> list[list[float | None]]:
    raters = draw(st.integers(min_value=2, max_value=5))
    units = draw(st.integers(min_value=1, max_value=12))
    return [draw(st.lists(cell, min_size=units, max_size=units)) for _ in range(raters)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(values, min_size=2, max_size=15),
    st.integers(min_value=2, max_value=6),
    st.sampled_from(["nominal", "interval"]),
)
def test_perfect_agreement_is_one(units: list[float], raters: int, level: str) -> None:
    assume(len(set(units)) > 1)
    alpha = krippendorff_alpha([units] * raters, level)  # type: ignore[arg-type]
    assert alpha == pytest.approx(1.0)


@settings(max_examples=300, deadline=None)
@given(matrices(), st.sampled_from(["nominal", "interval"]))
def test_alpha_is_in_range(data: list[list[float | None]], level: str) -> None:
    alpha = krippendorff_alpha(data, level)  # type: ignore[arg-type]
    assert math.isnan(alpha) or -1.0 - 1e-12 <= alpha <= 1.0 + 1e-12


@settings(max_examples=200, deadline=None)
@given(matrices(), st.sampled_from(["nominal", "interval"]), st.randoms(use_true_random=False))
def test_permuting_raters_and_units_changes_nothing(
    data: list[list[float | None]], level: str, rnd: object
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    alpha = krippendorff_alpha(data, level)  # type: ignore[arg-type]
    raters = list(range(len(data)))
    units = list(range(len(data[0])))
    rnd.shuffle(raters)
    rnd.shuffle(units)
    shuffled = [[data[r][u] for u in units] for r in raters]
    again = krippendorff_alpha(shuffled, level)  # type: ignore[arg-type]
    if math.isnan(alpha):
        assert math.isnan(again)
    else:
        assert again == pytest.approx(alpha, abs=1e-12)
