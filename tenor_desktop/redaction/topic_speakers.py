"""Who says a sentence, how the clinician's words read in the client's voice, and where a
sentence really ends, for topic detection.

A labelled transcript ("Therapist: ...", "Client: ...") tells whose turn a sentence is in. A
clinician's sentence that restates, asks about or follows up on the client's sensitive matter
tells the topic as surely as the client's own: when "i came here without papers" is redacted
but "so since you crossed without papers, work has been hard" stays, the stored transcript
still says it. So the reflection ("so the drinking gets worse when you're alone"), the follow-up
("you said ICE came to the house") and the screening question that names the topic ("any
thoughts of ending your life?", "what's your drinking like now?") are redacted like the
client's sentence (the product decision of issue 4; the newer judged sets mark them, older ones
mostly not). Said back in the second person, they are also read in the client's first person
(``client_voice``: "have you hurt yourself" -> "have i hurt myself"), as the lexicon is
written. Live segments carry no labels: every sentence counts, questions too.

"a.m.", "p.m.", "St." before a lowercase word end no sentence; split there, the topic span
would be a fragment of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line that opens a clinician's turn: the role, perhaps a number or a name, then a colon.
_CLINICIAN_LINE = re.compile(
    r"[ \t]*(?:therapist|clinician|counsel+or|provider|psychologist|psychiatrist|doctor"
    r"|interviewer|social worker|dr\.?|t)(?:[ \t]+[\w.]+)?[ \t]*:",
    re.IGNORECASE,
)
# A line that opens anyone's turn (a label of one to three words before a colon).
_ANY_SPEAKER_LINE = re.compile(r"[ \t]*([A-Za-z][\w.]*(?:[ \t]+[\w.]+){0,2})[ \t]*:(?!\d)")
# A turn that asks: ends in a question mark, or opens like a question (ASR text has no marks).
ASKING = re.compile(
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
            tally[0] += int(body.rstrip().endswith("?") or ASKING.match(body) is not None)
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


# Second-person words and their first-person forms: the lexicon is written as the client
# speaks ("i've been drinking"), the clinician says it back ("you've been drinking").
_SECOND_PERSON = re.compile(
    r"\b(?:yourself|yourselves|yours|your|you're|youre|you've|you'd|you'll|you)\b"
)
_FIRST_PERSON = {
    "yourself": "myself",
    "yourselves": "ourselves",
    "yours": "mine",
    "your": "my",
    "you're": "i'm",
    "youre": "i'm",
    "you've": "i've",
    "you'd": "i'd",
    "you'll": "i'll",
}
# "you" is the subject ("i") after these words or at the start, the object ("me") elsewhere.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\b(?:are|were|do|did|have|has|had|can|could|would|will|should|if|when|and|so|that"
    r"|because|since|or|but|while|after|before|until|said|think|mean|how|what|where|why|once"
    r"|ever|still|then|maybe|okay|ok|yeah|now)|[,;:.!?])\W*$"
)


_FIRST_PERSON_WORD = re.compile(r"\b(?:i|me|my|myself|mine|ourselves|i'm|i've|i'd|i'll|im)\b")


def first_person_phrases(phrases: Sequence[str]) -> tuple[str, ...]:
    """The phrases (patterns) with a first-person word: only they can match a sentence in the
    client's voice where they did not match it as said."""
    return tuple(p for p in phrases if _FIRST_PERSON_WORD.search(p.lower()) is not None)


def client_voice(lowered: str) -> str:
    """A (lowercased) clinician sentence in the client's first person: "have you hurt
    yourself" -> "have i hurt myself", "he hit you" -> "he hit me"."""
    if "you" not in lowered:
        return lowered

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word != "you":
            return _FIRST_PERSON[word]
        before = lowered[max(0, match.start() - 12) : match.start()]
        return "i" if _SUBJECT_BEFORE.search(before) is not None else "me"

    return _SECOND_PERSON.sub(swap, lowered)


def after_a_topic(
    sentences: list[tuple[int, int]], index: int, told: set[int], clinician: list[tuple[int, int]]
) -> bool:
    """Whether a clinician's sentence ``index`` follows a sentence with a topic (its start in
    ``told``) in the client's turn before it or earlier in its own turn."""
    in_client_turn = False
    for start, _end in reversed(sentences[:index]):
        if start in told:
            return True
        if not in_ranges(start, clinician):
            in_client_turn = True
        elif in_client_turn:
            return False
    return False


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
