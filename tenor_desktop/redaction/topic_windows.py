"""The windows a transcript is judged in for topics: its sentences, and a long sentence's clauses.

A sentence is what ends in ".", "!" or "?" or a line, without its speaker label and the spaces
around it; abbreviations ("Dr.", "a.m.") do not end one (``topic_speakers``). A sentence of
more than LONG_WORDS words is also read clause by clause, split at commas, semicolons, dashes
and joining words; a clause of fewer than MIN_WORDS words is no window.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.topic_speakers import join_abbreviations

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*|$)", re.MULTILINE)
_SPEAKER_PREFIX = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:\s\d+)?:\s*")
# Shorter sentences ("i take 10 mg.") carry no disclosure of their own.
MIN_WORDS = 5
# Sentences longer than this are also scored clause by clause (clauses holding a word of a
# topic's semantic field only: a clause without one is not embedded).
LONG_WORDS = 14
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:]|\s-+|--)\s*|\s+(?=(?:and|but|so|because|cause|then|when|after|until)\s)",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, without speaker labels and surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        prefix = (
            _SPEAKER_PREFIX.match(text, start, end)
            if start == 0 or text[start - 1] == "\n"
            else None
        )
        if prefix is not None:
            start = prefix.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return join_abbreviations(text, spans)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a long sentence (at commas, semicolons, dashes and joining words)."""
    if len(text[start:end].split()) <= LONG_WORDS:
        return []
    found: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        found.append((cursor, match.start()))
        cursor = match.end()
    found.append((cursor, end))
    return [(s, e) for s, e in found if len(text[s:e].split()) >= MIN_WORDS]
