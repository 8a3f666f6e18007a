"""Frames that turn a topic phrase into something else: a story about it, or a sale of it.

A phrase of a topic right after one of these frames is no disclosure of that topic:

* a story: "a movie about a bank robbery", "a podcast on heroin", "a book where he gets
  arrested" (any category but SELF_HARM, which the risk view keeps whatever the frame);
* a sale: "selling weed", "dealing coke", "sold pills" are a criminal matter, and the
  client's own use is not told by them (SUBSTANCE_USE only).

A crime suffered is no criminal matter of the client's (CRIMINAL): "i got robbed", "someone
broke into my car", "fraud on my credit card", "a victim of identity theft".

Each frame is matched against the lowercased text just before the phrase (up to the end of
the frame, a few words back), like the negation check.
"""

from __future__ import annotations

import re

_STORY = re.compile(
    r"\b(?:movies?|films?|shows?|series|books?|novels?|podcasts?|documentar(?:y|ies)|articles?"
    r"|stor(?:y|ies)|episodes?|videos?|true crime|news|headlines?|report on|play)"
    r"\W+(?:about|on|where|in which|with)\W+(?:\w+\W+){0,5}$"
)
_SALE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|dealing|dealt|push(?:ing|ed)|moving|resell\w*)"
    r"\W+(?:(?:some|a little|a lot of|a bunch of|the|his|her|my|our|their)\W+)?$"
)

# Category -> frames after which its phrases do not count.
FRAMES: dict[str, tuple[re.Pattern[str], ...]] = {
    "IMMIGRATION": (_STORY,),
    "SEXUAL_CONTENT": (_STORY,),
    "ABUSE": (_STORY,),
    "SUBSTANCE_USE": (_STORY, _SALE),
    "CRIMINAL": (_STORY,),
}


def framed(category: str, sentence: str, start: int) -> bool:
    """Whether the phrase of ``category`` at ``start`` of ``sentence`` follows a frame."""
    frames = FRAMES.get(category)
    if not frames:
        return False
    low = max(0, start - 60)
    return any(frame.search(sentence, low, start) is not None for frame in frames)


# A crime suffered: robbed or scammed, broken into, a theft or fraud against one's own things
# (also a CRIMINAL look-alike in topic_cues, so the embedding does not give it either).
VICTIM_PATTERN = (
    r"\b(?:(?:got|get|gets|getting|was|were|been|be)\W+(?:\w+\W+)?"
    r"(?:robbed|mugged|scammed|defrauded|burglarized|carjacked)"
    r"|(?:someone|somebody|they|people|a guy|some guy|thieves|kids)\W+(?:\w+\W+)?"
    r"(?:broke into|robbed|burglarized|stole from)\W+(?:\w+\W+)?(?:my|our|me|us)\b"
    r"|(?:identity|card|credit card|wallet|package|car|bike|mail) theft"
    r"|fraud (?:on|charges on|alert on|against) (?:my|our)\b|victims? of)"
)
_VICTIM = re.compile(VICTIM_PATTERN)


def suffered(sentence: str, start: int, end: int) -> bool:
    """Whether the criminal phrase at ``start:end`` of ``sentence`` tells a crime suffered."""
    return any(
        found.start() < end and start < found.end() + 12
        for found in _VICTIM.finditer(sentence, max(0, start - 60), min(len(sentence), end + 40))
    )
