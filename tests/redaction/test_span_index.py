"""The bisection overlap indexes answer exactly as testing every range."""

from __future__ import annotations

import random

from tenor_desktop.redaction.span_index import DisjointRanges, RangeIndex


def _brute(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in ranges)


def test_range_index_matches_brute_force_with_overlapping_and_empty_ranges() -> None:
    rng = random.Random(7)
    for _ in range(300):
        ranges = []
        for _ in range(rng.randrange(0, 8)):
            s = rng.randrange(0, 40)
            ranges.append((s, s + rng.randrange(0, 8)))
        index = RangeIndex(ranges)
        for start in range(0, 45):
            for end in range(start, start + 6):
                assert index.overlaps(start, end) == _brute(start, end, ranges)


def test_disjoint_ranges_match_brute_force_as_they_grow() -> None:
    rng = random.Random(11)
    for _ in range(200):
        held = DisjointRanges()
        taken: list[tuple[int, int]] = []
        for _ in range(20):
            s = rng.randrange(0, 60)
            e = s + rng.randrange(1, 9)
            assert held.overlaps(s, e) == _brute(s, e, taken)
            if not _brute(s, e, taken):
                held.add(s, e)
                taken.append((s, e))
        for start in range(0, 70):
            assert held.overlaps(start, start + 1) == _brute(start, start + 1, taken)
