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
_ANY_SPEAKER_LINE = re.compile(r"[ \t]*([A-Za-z][\w.]*(?:[ \t]+[\w.]+){0,2})[ \t]*:(?!\d)")
# A turn that asks: ends in a question mark, or opens like a question (ASR text has no marks).
_ASKING = re.compile(
    r"\s*(?:(?:so|and|okay|ok|well),?\s+)?(?:what|how|where|when|why|who|which|do|does|did|are"
    r"|is|was|were|can|could|have|has|would|will|tell me)\b",
    re.IGNORECASE,
)
# Abbreviations that may end a sentence ("i was up until 3 a.m. Then ..."): joined to the
# next piece only when it starts in lowercase ("at 9 a.m. and then" is one sentence). Titles
# ("Mr. [name] thinks ...") are left split: joined, the lawyer's and officer's sentences
# they open were read whole and cost precision on our held-out transcripts (one false span
# in each of two sets, recall unchanged).
ABBREVIATION_END = re.compile(r"(?:^|\W)(?:st|jr|sr|mt|ft|vs|a|p|a\.m|p\.m|etc)\.$", re.IGNORECASE)
# With generic labels ("Speaker 1"), the clinician is the speaker at least this share of whose
# turns ask, when every other speaker's share is lower by at least ASKING_LEAD.
ASKING_SHARE = 0.5
ASKING_LEAD = 0.4


def clinician_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` spoken in clinician turns (empty without labels).

    A label naming the role ("Therapist", "Counselor 2") marks the clinician; with generic
    labels only ("Speaker 1", "Speaker 2"), the speaker who clearly asks the most is taken
    as the clinician, and nobody when none does. A line without a label continues the turn
    of the last labelled line.
    """
    if ":" not in text:
        return []
    turns: list[tuple[int, int, str | None]] = []
    position = 0
    speaker: str | None = None
    named = False
    asked: dict[str, list[int]] = {}
    for line in text.split("\n"):
        end = position + len(line)
        label = _ANY_SPEAKER_LINE.match(line)
        if label is not None:
            speaker = label.group(1).lower()
            if _CLINICIAN_LINE.match(line):
                named = True
                speaker = "\0clinician"
            body = line[label.end() :]
            tally = asked.setdefault(speaker, [0, 0])
            tally[0] += int(body.rstrip().endswith("?") or _ASKING.match(body) is not None)
            tally[1] += 1
        turns.append((position, end, speaker))
        position = end + 1
    clinician = "\0clinician" if named else _most_asking(asked)
    ranges: list[tuple[int, int]] = []
    for start, end, who in turns:
        if clinician is None or who != clinician:
            continue
        if ranges and ranges[-1][1] == start - 1:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def _most_asking(asked: dict[str, list[int]]) -> str | None:
    """The speaker who clearly asks the most, if there are two or more speakers."""
    if len(asked) < 2:
        return None
    shares = {who: count / total for who, (count, total) in asked.items()}
    best = max(shares, key=lambda who: shares[who])
    if shares[best] < ASKING_SHARE:
        return None
    if any(share > shares[best] - ASKING_LEAD for who, share in shares.items() if who != best):
        return None
    return best


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
