"""Fast whole-word regex search.

A pattern that opens with ``\\b`` cannot use the regex engine's literal-prefix scan, so it is
tried at every position of the text (about ten times slower on transcripts). The rule modules
compile their patterns without the leading ``\\b`` and search with :func:`word_matches`, which
keeps only matches that start a word: the same matches ``\\b``-anchored ``finditer`` yields
(for patterns whose first character is a word character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def word_matches(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` in ``text`` that start at a word boundary."""
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        yield match
        pos = match.end() if match.end() > start else start + 1
