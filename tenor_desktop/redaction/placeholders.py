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
        # Each word of a NAME key -> the number of the first NAME key holding it, so a name
        # part is matched by one look-up, not a scan of the whole session's names.
        self._name_parts: dict[str, int] = {}

    def placeholder(self, label: str, surface: str) -> str:
        """The placeholder text for ``surface`` under ``label``."""
        key = _key(surface)
        number = self._numbers.get((label, key))
        if number is None and label == "NAME" and " " not in key:
            number = self._name_parts.get(key)
        if number is None:
            self._counters[label] += 1
            number = self._counters[label]
        self._remember(label, key, number)
        if label == "NAME":
            for part in key.split():
                self._remember(label, part, number)
        return f"[{label} {number}]"

    def _remember(self, label: str, key: str, number: int) -> None:
        # A key once numbered keeps its number (a known key is looked up before numbering).
        if (label, key) in self._numbers:
            return
        self._numbers[(label, key)] = number
        if label == "NAME":
            for part in key.split():
                self._name_parts.setdefault(part, number)

    def clear(self) -> None:
        """Forget every surface (end of session)."""
        self._numbers.clear()
        self._counters.clear()
        self._name_parts.clear()
