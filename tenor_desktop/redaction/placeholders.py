"""Consistent placeholders within a session: the same person is "[NAME 1]" every time."""

from __future__ import annotations

import re
from collections import defaultdict

PLACEHOLDER = re.compile(r"\[(?:[A-Z_]+ \d+|Redacted: [^\]\n]{1,60})\]")
_NORMALISE = re.compile(r"[^a-z0-9]+")


def _key(surface: str) -> str:
    lowered = surface.lower()
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    return _NORMALISE.sub(" ", lowered).strip()


class PlaceholderRegistry:
    """Numbers identifiers per label in order of first appearance.

    It holds original surfaces only in memory for the life of a session (never stored), so
    that "Gregory" after "Gregory Hale" maps to the same placeholder.
    """

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._counters: dict[str, int] = defaultdict(int)

    def placeholder(self, label: str, surface: str) -> str:
        """The placeholder text for ``surface`` under ``label``."""
        key = _key(surface)
        number = self._numbers.get((label, key))
        if number is None and label == "NAME" and " " not in key:
            number = self._match_name_part(key)
        if number is None:
            self._counters[label] += 1
            number = self._counters[label]
        self._numbers[(label, key)] = number
        if label == "NAME":
            for part in key.split():
                self._numbers.setdefault((label, part), number)
        return f"[{label} {number}]"

    def _match_name_part(self, key: str) -> int | None:
        for (label, known), number in self._numbers.items():
            if label == "NAME" and key in known.split():
                return number
        return None

    def clear(self) -> None:
        """Forget every surface (end of session)."""
        self._numbers.clear()
        self._counters.clear()
