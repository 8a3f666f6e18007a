"""Restaurants, bars and gyms named lowercase after what people do there: "after six beers at
husk", "practice at twistars", "we met at rusty nail", "drinks at waffle shop".

A word of eating, drinking, meeting or a shift before "at", then one to three words with no
article that end the phrase: English puts an article before a bar or a shop that is no name
("drinks at a bar", "lunch at the diner"), and says "at home", "at work", "at lunch" of
things that are no places' names (``_BARE_NOUNS``). A given name's possessive is a person's
home ("at jess's") and a chain alone locates nobody; both are left to other rules.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

_CUE = (
    r"(?:beers?|drinks?|drinking|shots|lunch|dinner|breakfast|brunch|coffee|practice|shifts?"
    r"|tables|celebrated|proposed|met|meet|party|date|ate|eat|eating|hung\s+out|hang\s+out"
    r"|sitting|sat|parked|bartend(?:s|ed|ing)?|cook(?:s|ed|ing)?|waitress(?:ing)?|drunk|wasted"
    r"|high|fight|stay\s+after\s+practice)"
)
_VENUE = re.compile(
    rf"\b{_CUE}\b(?:\s+[a-z']+){{0,3}}?\s+(?:at|outside|behind) "
    r"((?!(?:the|a|an|my|his|her|our|their|your|this|that|some|one)\b)[a-z][a-z'-]*"
    r"(?:\s+[a-z][a-z'-]*){0,2}?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:on|in|and|but|last|every|after|before|for|with|when|then|so"
    r"|tonight|yesterday|today|years?|weeks?|months?|once|again|till|until|around)\b)",
    re.MULTILINE,
)
_BARE_NOUNS = frozenset(
    "home work school church practice night lunch dinner breakfast brunch noon midnight first"
    " least all once times best most last bedtime recess camp college court sea war peace"
    " risk ease rest stake fault heart gunpoint random length dawn dusk sunrise sunset"
    " hand bay large heart odds play fault gunpoint capacity altitude"
    " bars parties clubs restaurants places games meetings".split()
)


# Mail and tech companies met as products ("we met at gmail headquarters" is a joke).
_TECH = frozenset("gmail google yahoo hotmail outlook facebook instagram tiktok zoom".split())


def find_venue_slots(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Venues of the shape in the module docstring (``text`` spoken-normalised)."""
    low = lower_same_length(text)
    if " at " not in low:
        return
    for match in _VENUE.finditer(low):
        words = match.group(1).split()
        first = words[0]
        if first in _BARE_NOUNS or any(w in STOP_WORDS for w in words):
            continue
        if first.endswith("'s") and (
            first[:-2] in lex.first_names or first[:-2] in lex.broad_names
        ):
            continue
        phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, 4)}
        if any(p.removesuffix("'s") in CHAINS or p in lex.not_phi_names for p in phrases):
            continue
        if any(w in _TECH for w in words):
            continue
        if first[0].isdigit() or first in lex.medications:
            continue
        yield match.start(1), match.end(1), "LOCATION", 0.55
