"""Overlap tests against many character ranges in logarithmic time.

A long transcript has hundreds of speaker labels and candidate spans; testing each candidate
against every range (``phi_mentions.overlaps_any``) grows with the square of the text. These
answer the same question, ``any(start < e and s < end for s, e in ranges)``, by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class RangeIndex:
    """Fixed ranges (any, overlapping or empty): does [start, end) overlap one of them?"""

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _e in ordered]
        # Furthest end among the ranges up to each position (ranges sorted by start).
        self._reach: list[int] = []
        furthest = -1
        for _s, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """``any(start < e and s < end for s, e in ranges)``."""
        # Ranges before ``index`` start before ``end``; one of them overlaps when the
        # furthest end among them lies past ``start``.
        index = bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start


class DisjointRanges:
    """A growing set of disjoint, non-empty ranges: overlap test and insertion."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a range held (disjoint ranges: ends sorted too)."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        """Hold [start, end), which must be non-empty and overlap no range held."""
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
