"""Places in a nomination: competition ranking, the tie-break chain, finalist and winner cuts.

Ties are never broken silently: when candidates stay equal after the whole chain and their
group straddles a cut, each of them is flagged and gets the status that is certain for all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

WINNER, FINALIST, PARTICIPANT = "winner", "finalist", "participant"
_DIGITS = 12  # equality at full precision, minus floating-point noise


@dataclass(frozen=True)
class Candidate:
    key: int  # the caller's identifier (application id)
    score: float  # NaN when nobody scored it
    tiebreak: tuple[float, ...] = ()  # higher is better, in chain order; NaN = no value


@dataclass(frozen=True)
class Placed:
    key: int
    rank: int | None
    status: str
    tie: bool


def _sort_key(c: Candidate) -> tuple[float, ...]:
    values = (c.score, *c.tiebreak)
    return tuple(-round(v, _DIGITS) if not math.isnan(v) else math.inf for v in values)


def rank_nomination(candidates: Sequence[Candidate], finalists: int, winners: int) -> list[Placed]:
    """Rank by score then the tie-break chain; mark winners and finalists by the cuts."""
    scored = sorted((c for c in candidates if not math.isnan(c.score)), key=_sort_key)
    groups: list[list[Candidate]] = []
    for candidate in scored:
        if groups and _sort_key(groups[-1][0]) == _sort_key(candidate):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    placed: list[Placed] = []
    rank = 1
    winners = min(winners, finalists)
    for group in groups:
        last = rank + len(group) - 1
        status, tie = _status(rank, last, finalists, winners)
        placed.extend(Placed(c.key, rank, status, tie) for c in group)
        rank = last + 1
    unscored = [c for c in candidates if math.isnan(c.score)]
    placed.extend(Placed(c.key, None, PARTICIPANT, False) for c in unscored)
    return placed


def _status(first: int, last: int, finalists: int, winners: int) -> tuple[str, bool]:
    """Status certain for every member of a group occupying places first..last."""
    crosses_winner = first <= winners < last
    crosses_finalist = first <= finalists < last
    if last <= winners:
        return WINNER, False
    if last <= finalists:
        return FINALIST, crosses_winner
    return PARTICIPANT, crosses_finalist or crosses_winner
