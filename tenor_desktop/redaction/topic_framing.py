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
    r"(?:robbed|mugged|scammed|defrauded|burglarized|carjacked|stolen|broken into|vandalized"
    r"|keyed|hacked)"
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


# A denial of self-harm, right before its phrase: "i've never hurt myself", "i've never
# thought about killing myself", "no thoughts of suicide", "not suicidal". An intent that is
# only negated ("i don't want to kill myself", "i'm not going to hurt myself") is no denial:
# it stays risk talk, and so does "i never want to wake up".
_DENIAL = re.compile(
    r"(?:\b(?:i'?ve|i have|i had|i'?d|i) never(?:\W+(?:ever|really|once|seriously|actually))?"
    r"(?:\W+(?:been|had|thought|tried|done|felt|attempted|wanted|considered|gone)"
    r"(?:\W+(?:about|of))?)?|\bno (?:thoughts?|history|plans?|intention) of|\b(?:not|no))\W*$"
)
_PRESENT_WISH = re.compile(r"(?:want|wish|wanna|hope|see)\b")


def denied(sentence: str, start: int) -> bool:
    """Whether the SELF_HARM phrase at ``start`` of ``sentence`` is denied, not told."""
    return (
        _PRESENT_WISH.match(sentence, start) is None
        and _DENIAL.search(sentence, max(0, start - 50), start) is not None
    )
