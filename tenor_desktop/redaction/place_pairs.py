"""A place said with the town or street it stands in, as one span: "the amazon warehouse in
shakopee", "the tesla plant in fremont", "virtua in voorhees".

Two places found apart, the first a workplace, shop or facility and the second where it is,
joined by "in" or "on" (with at most one kind word of the first between them: "warehouse",
"plant"), are one place as said: one site of the firm, the way "Kroger on Ridgeway Avenue" is.
An article right before the first is taken in too.

Runs on the detector's final LOCATION spans (after :func:`place_extents.widen_places`).
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.facility_words import FACILITY_HEADS
from tenor_desktop.redaction.ner_entities import Candidate

# A kind word of a firm's site said between its name and its town: "the BMW plant in Greer".
_SITE_WORDS = FACILITY_HEADS | frozenset(
    "warehouse plant factory mill store shop branch office campus site location facility"
    " depot yard terminal outlet dealership distribution fulfillment".split()
)
_JOIN = re.compile(r"\s+(?:([A-Za-z][\w'-]*)\s+)?(?:in|on)\s+")
_ARTICLE = re.compile(r"(?<![\w'-])the\s+$", re.IGNORECASE)


def join_place_pairs(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each LOCATION followed by its town or street ("in"/"on") made one."""
    joined: list[Candidate] = []
    for cand in spans:
        if joined and joined[-1][2] == cand[2] == "LOCATION":
            prev = joined[-1]
            gap = _JOIN.fullmatch(text, prev[1], cand[0])
            if gap is not None and (gap.group(1) is None or gap.group(1).lower() in _SITE_WORDS):
                floor = joined[-2][1] if len(joined) > 1 else 0
                article = _ARTICLE.search(text, max(floor, prev[0] - 4), prev[0])
                start = article.start() if article is not None else prev[0]
                joined[-1] = (start, cand[1], "LOCATION", max(prev[3], cand[3]), prev[4])
                continue
        joined.append(cand)
    return joined
