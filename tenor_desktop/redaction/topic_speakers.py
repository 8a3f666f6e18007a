"""Who says a sentence, and where a sentence really ends, for topic detection.

A labelled transcript ("Therapist: ...", "Client: ...") tells whose turn a sentence is in.
A clinician's sentence is no disclosure: the reflection "so the drinking gets worse when
you're alone", the process talk "let's go over your safety plan" and the screening question
name a topic the client owns, and a judged transcript marks the client's sentence, not the
clinician's. Only SELF_HARM phrases still count in a clinician's turn, so the risk view never
loses what the clinician reads back. Live segments carry no labels: every sentence counts.

"a.m.", "p.m.", "St." before a lowercase word end no sentence; split there, the topic span
would be a fragment of the sentence.
"""

from __future__ import annotations

import re

# A line that opens a clinician's turn: the role, perhaps a number or a name, then a colon.
_CLINICIAN_LINE = re.compile(
    r"[ \t]*(?:therapist|clinician|counsel+or|provider|psychologist|psychiatrist|doctor"
    r"|interviewer|social worker|dr\.?|t)(?:[ \t]+[\w.]+)?[ \t]*:",
    re.IGNORECASE,
)
# A line that opens anyone's turn (a label of one to three words before a colon).
_ANY_SPEAKER_LINE = re.compile(r"[ \t]*[A-Za-z][\w.]*(?:[ \t]+[\w.]+){0,2}[ \t]*:(?!\d)")
# Abbreviations that may end a sentence ("i was up until 3 a.m. Then ..."): joined to the
# next piece only when it starts in lowercase ("at 9 a.m. and then" is one sentence). Titles
# ("Mr. [name] thinks ...") are left split: joined, the lawyer's and officer's sentences
# they open were read whole and cost precision on our held-out transcripts (one false span
# in each of two sets, recall unchanged).
ABBREVIATION_END = re.compile(r"(?:^|\W)(?:st|jr|sr|mt|ft|vs|a|p|a\.m|p\.m|etc)\.$", re.IGNORECASE)


def clinician_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` spoken in clinician turns (empty without labels).

    A line without a label continues the turn of the last labelled line.
    """
    if ":" not in text:
        return []
    ranges: list[tuple[int, int]] = []
    clinician = False
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if _CLINICIAN_LINE.match(line):
            clinician = True
        elif _ANY_SPEAKER_LINE.match(line):
            clinician = False
        if clinician:
            if ranges and ranges[-1][1] == position - 1:
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((position, end))
        position = end + 1
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether offset ``start`` falls in one of ``ranges``."""
    return any(low <= start < high for low, high in ranges)


def join_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a span ending in "a.m.", "St." ... joined to a lowercase next one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and text[start].islower() and "\n" not in text[joined[-1][1] : start]:
            last = joined[-1][1]
            if ABBREVIATION_END.search(text, max(0, last - 6), last):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined
