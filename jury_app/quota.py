"""How many finalists each nomination gets."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction


def allocate_finalists(counts: Mapping[int, int], total: int, minimum: int) -> dict[int, int]:
    """Share ``total`` finalist places out over nominations (the ``kuzbass-2025`` rule).

    Each nomination first gets ``min(minimum, applications)`` places; every remaining place
    goes, one at a time, to the nomination with the most applications per (places + 1) among
    those that still have applications without a place (ties go to the lower number).
    """
    places = {number: min(max(minimum, 0), max(count, 0)) for number, count in counts.items()}
    remaining = total - sum(places.values())
    while remaining > 0:
        candidates = [n for n in sorted(counts) if counts[n] > places[n]]
        if not candidates:
            break
        best = max(candidates, key=lambda n: (Fraction(counts[n], places[n] + 1), -n))
        places[best] += 1
        remaining -= 1
    return places


def fixed_finalists(counts: Mapping[int, int], quotas: Mapping[int, int | None]) -> dict[int, int]:
    """Fixed quota per nomination, never more than the nomination's applications."""
    return {n: min(max(quotas.get(n) or 0, 0), max(c, 0)) for n, c in counts.items()}
