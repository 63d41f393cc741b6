"""The kuzbass-2025 finalist rule and fixed quotas."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jury_app.quota import allocate_finalists, fixed_finalists

DEMO_COUNTS = {
    1: 112,
    2: 78,
    3: 41,
    4: 33,
    5: 52,
    6: 24,
    7: 27,
    8: 22,
    9: 30,
    10: 14,
    11: 25,
    12: 17,
}


def test_demo_counts_give_39_places() -> None:
    places = allocate_finalists(DEMO_COUNTS, total=39, minimum=3)
    # 36 minimum places, then 112/4 = 28 → №1, 112/5 = 22.4 → №1, 78/4 = 19.5 > 112/6 → №2.
    assert places == {1: 5, 2: 4, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3, 9: 3, 10: 3, 11: 3, 12: 3}
    assert sum(places.values()) == 39


def test_small_nominations_get_what_they_have() -> None:
    places = allocate_finalists({1: 1, 2: 2, 3: 50}, total=10, minimum=3)
    assert places == {1: 1, 2: 2, 3: 7}


def test_ties_go_to_the_lower_number() -> None:
    assert allocate_finalists({1: 10, 2: 10}, total=3, minimum=1) == {1: 2, 2: 1}
    assert allocate_finalists({2: 10, 1: 10}, total=3, minimum=1) == {1: 2, 2: 1}


def test_places_never_exceed_applications() -> None:
    assert allocate_finalists({1: 2, 2: 1}, total=39, minimum=3) == {1: 2, 2: 1}


def test_fixed_quota() -> None:
    assert fixed_finalists({1: 5, 2: 1, 3: 0}, {1: 3, 2: 3, 3: None}) == {1: 3, 2: 1, 3: 0}


@given(
    st.dictionaries(st.integers(1, 30), st.integers(0, 500), min_size=1, max_size=15),
    st.integers(0, 100),
    st.integers(0, 5),
)
def test_allocation_properties(counts: dict[int, int], total: int, minimum: int) -> None:
    places = allocate_finalists(counts, total, minimum)
    assert set(places) == set(counts)
    assert all(0 <= places[n] <= counts[n] for n in counts)
    assert all(places[n] >= min(minimum, counts[n]) for n in counts)
    floor = sum(min(minimum, c) for c in counts.values())
    assert sum(places.values()) == max(floor, min(total, sum(counts.values())))
