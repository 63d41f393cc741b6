"""Competition ranking, tie-breaks and cuts."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from jury_app.results.ranking import Candidate, rank_nomination

NAN = math.nan


def places(cands: list[Candidate], finalists: int = 3, winners: int = 1) -> dict[int, tuple]:
    return {p.key: (p.rank, p.status, p.tie) for p in rank_nomination(cands, finalists, winners)}


def test_clear_order() -> None:
    result = places([Candidate(1, 0.5), Candidate(2, 0.9), Candidate(3, 0.7), Candidate(4, 0.1)])
    assert result == {
        2: (1, "winner", False),
        3: (2, "finalist", False),
        1: (3, "finalist", False),
        4: (4, "participant", False),
    }


def test_equal_scores_share_a_rank_when_no_cut_is_crossed() -> None:
    result = places(
        [Candidate(1, 0.9), Candidate(2, 0.5), Candidate(3, 0.5), Candidate(4, 0.4)], finalists=3
    )
    assert result[2][:2] == (2, "finalist") and result[3][:2] == (2, "finalist")
    assert not result[2][2]
    assert result[4] == (4, "participant", False)


def test_tie_break_chain_decides() -> None:
    result = places([Candidate(1, 0.8, (0.6,)), Candidate(2, 0.8, (0.7,))])
    assert result[2] == (1, "winner", False)
    assert result[1] == (2, "finalist", False)


def test_unresolved_tie_at_the_winner_cut_is_flagged_not_broken() -> None:
    result = places([Candidate(1, 0.8, (0.5,)), Candidate(2, 0.8, (0.5,)), Candidate(3, 0.1)])
    assert result[1] == (1, "finalist", True)
    assert result[2] == (1, "finalist", True)


def test_unresolved_tie_at_the_finalist_cut() -> None:
    cands = [Candidate(1, 0.9), Candidate(2, 0.8), Candidate(3, 0.5), Candidate(4, 0.5)]
    result = places(cands, finalists=3)
    assert result[3] == (3, "participant", True)
    assert result[4] == (3, "participant", True)
    assert result[2] == (2, "finalist", False)


def test_floating_noise_is_equality() -> None:
    result = places([Candidate(1, 0.1 + 0.2), Candidate(2, 0.3), Candidate(3, 0.0)], finalists=2)
    assert result[1][0] == result[2][0] == 1


def test_unscored_have_no_rank() -> None:
    assert places([Candidate(1, NAN), Candidate(2, 0.4)])[1] == (None, "participant", False)


@given(st.lists(st.floats(0, 1), min_size=1, max_size=30), st.integers(0, 10), st.integers(0, 3))
def test_cuts_are_never_exceeded(scores: list[float], finalists: int, winners: int) -> None:
    placed = rank_nomination([Candidate(i, s) for i, s in enumerate(scores)], finalists, winners)
    assert sum(p.status in ("winner", "finalist") for p in placed) <= finalists
    assert sum(p.status == "winner" for p in placed) <= min(winners, finalists)
    ranks = sorted(p.rank for p in placed if p.rank is not None)
    assert ranks[0] == 1


def test_each_step_of_the_chain_in_turn() -> None:
    # Equal scores and equal first criterion: the second step (median) decides.
    result = places([Candidate(1, 0.8, (0.5, 0.6)), Candidate(2, 0.8, (0.5, 0.7))])
    assert result[2][:2] == (1, "winner") and result[1][:2] == (2, "finalist")
    # A NaN step (no value) loses against any value.
    result = places([Candidate(1, 0.8, (NAN,)), Candidate(2, 0.8, (0.1,))])
    assert result[2][0] == 1 and result[1][0] == 2
