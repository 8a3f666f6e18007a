"""A place named by its owner's name alone, after a place preposition: "I cried in the lot at
Zupan's.", "got into it with a guy at Shorty's in September", "I see it at the Allsup's every
morning", "what happened at lucky's".

The name rules find the owner ("Shorty") and stop before the "'s"; one word said after "at",
"into", "from", "outside" (or "the") with no noun after the "'s" is one place with it, most often
a shop or a bar. A noun after it ("at Maria's house", "at Sal's party") leaves the
name a person's, and so do a whole name ("over to sarah hill's for tea": her home), "to"
("went to Keisha's") and a stay ("we stayed at jess's", "she slept at suvi's"). Places with a
street after them are :mod:`owned_venues`'.

Runs on the detector's final spans.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.ner_entities import Candidate

_PREPOSITION = re.compile(
    r"(?<![\w'-])(?:at|into|from|outside|behind|near)\s+(?:the\s+)?$", re.IGNORECASE
)
# Staying at someone's is their home, said by their name ("we stayed at jess's"): a NAME.
_STAYED_AT = re.compile(
    r"\b(?:stay|stays|stayed|staying|slept|sleep|sleeps|sleeping|crash|crashed|crashing|live"
    r"|lives|lived|living)\s+(?:over\s+)?at\s+$",
    re.IGNORECASE,
)
# What may follow the "'s" of a place: a pause, the end, or a word that opens no noun phrase
# of its own (a preposition, a conjunction, a time word).
_PLACE_ENDS = re.compile(
    r"'s(?=\s*(?:[.,;:!?)]|$|\n)|\s+(?:in|on|at|by|near|and|or|but|so|because|when|for|with"
    r"|every|last|this|yesterday|today|tonight|again|anymore|once|since|until|till|after"
    r"|before|all|too|now|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)


def owner_named_places(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each NAME said as a place by its owner's name made a LOCATION."""
    placed: list[Candidate] = []
    for start, end, label, conf, source in spans:
        if (
            label == "NAME"
            and " " not in text[start:end]
            and _PLACE_ENDS.match(text, end)
            and _PREPOSITION.search(text, max(0, start - 12), start)
            and not _STAYED_AT.search(text, max(0, start - 24), start)
        ):
            label, end = "LOCATION", end + 2
        placed.append((start, end, label, conf, source))
    return placed
