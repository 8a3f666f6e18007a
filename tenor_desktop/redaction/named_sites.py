"""Sites whose name is a kind word and a name, said lowercase, found whole.

The name part alone is often found by other rules or the NER model ("pendleton", "denver"),
but a span must cover most of what the person said, so the kind word belongs in it:

- A base: "stationed at camp pendleton", "naval station norfolk", "dover air force base".
- A college of a place: "i go to community college of denver", "the university of iowa".
- A synagogue or reservation: "temple beth el", "grew up on the navajo reservation".
- A city's "little" quarter: "we hung out in little havana".

Runs on spoken-normalised, lowercased text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import name_like

_WORD = r"[a-z][a-z'-]*"
_BASE = re.compile(
    rf"\b(?:at|to|from|in|near|on|outside\s+of|outside)\s+((?:camp|naval\s+station|naval\s+air"
    rf"\s+station|naval\s+base|joint\s+base|marine\s+corps\s+base)\s+({_WORD})"
    rf"|({_WORD})\s+(?:air\s+force|army|navy|naval|marine\s+corps)\s+base)\b"
)
_COLLEGE_OF = re.compile(
    rf"\b((?:community\s+college|college|university|state\s+university|institute)\s+of\s+"
    rf"(?:the\s+)?({_WORD}(?:\s+{_WORD})?))\b"
)
_TEMPLE = re.compile(
    r"\b((?:temple|congregation)\s+(?:beth|bet|b'nai|bnai|shalom|emanu-el|emanuel|israel|sinai"
    rf"|tikvah|judea|adath|ahavath|rodef|kol|anshe|sha'arei|sharei|ohev|or)(?:\s+{_WORD})?)\b"
)
_RESERVATION = re.compile(
    rf"\b(?:on|from|in|near|at|off)\s+(?:the\s+)?(({_WORD})\s+(?:reservation|rez|pueblo))\b"
)
_LITTLE_QUARTER = re.compile(
    r"\b(?:in|from|to|near|around|through)\s+(little\s+(?:havana|italy|saigon|tokyo|india|haiti"
    r"|manila|armenia|ethiopia|odessa|korea|mexico|portugal|brazil|poland|ukraine|cuba|village"
    r"|five\s+points|senegal|bangladesh|guyana|lebanon|arabia|syria|kabul|caribbean))\b"
)
# The quarter's name alone, searched first (it opens with a literal, which is fast).
_LITTLE_NAME = re.compile(
    r"little\s+(?:havana|italy|saigon|tokyo|india|haiti|manila|armenia"
    r"|ethiopia|odessa|korea|mexico|portugal|brazil|poland|ukraine|cuba|village"
    r"|five\s+points|senegal|bangladesh|guyana|lebanon|arabia|syria|kabul|caribbean)\b"
)
# A feature named by a proper word before its kind: "the sand bar on tybee island", "behind
# the davis arboretum", "over the williamsburg bridge", "in the gallatin river" (not "on the
# beach", "the old bridge", "by the river").
_FEATURE_KINDS = (
    "island", "beach", "mall", "arboretum", "bridge", "pier", "harbor", "reservoir", "canyon",
    "creek", "bay", "springs", "marina", "boardwalk", "overlook", "river", "lake", "pond",
    "falls", "gorge", "lagoon", "bayou", "mountains", "mountain", "peak", "glacier",
)  # fmt: skip
_FEATURE_SITE = re.compile(
    r"\b(?:at|to|from|in|near|on|by|past|behind|around|off|over|across|outside|under)\s+"
    rf"(?:the\s+)?((?:{_WORD}\s+){{1,2}}?(?:{'|'.join(_FEATURE_KINDS)}))\b(?!['-])"
)
_NEEDLES = ("camp ", " station ", " base", "college", "university", "institute", "temple ",
            "congregation ", " rez", "reservation", "pueblo", "little ",
            *(f" {kind}" for kind in _FEATURE_KINDS))  # fmt: skip


def find_named_sites(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Sites of the shapes in the module docstring (``text`` is lowercased)."""
    if not any(needle in text for needle in _NEEDLES):
        return
    bases = "camp " in text or " station " in text or " base" in text
    for match in _BASE.finditer(text) if bases else ():
        name = match.group(2) or match.group(3)
        if _proper(name, lex):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    if " of " in text and ("college" in text or "university" in text or "institute" in text):
        for match in _COLLEGE_OF.finditer(text):
            words = match.group(2).split()
            two = " ".join(words)
            # A university of a state is a named school too ("the university of iowa").
            if two in lex.places or two in lex.broad_cities or two in lex.not_phi_places:
                yield match.start(1), match.end(1), "LOCATION", 0.7
            elif _proper(words[0], lex) or words[0] in lex.places or words[0] in lex.not_phi_places:
                yield match.start(1), match.start(2) + len(words[0]), "LOCATION", 0.7
    if "temple " in text or "congregation " in text:
        for match in _TEMPLE.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    if " rez" in text or "reservation" in text or "pueblo" in text:
        for match in _RESERVATION.finditer(text):
            if _proper(match.group(2), lex):
                yield match.start(1), match.end(1), "LOCATION", 0.65
    if any(f" {kind}" in text for kind in _FEATURE_KINDS):
        for match in _FEATURE_SITE.finditer(text):
            words = match.group(1).split()[:-1]
            if any(w in STOP_WORDS or w in NOT_NAME_WORDS for w in words):
                continue
            if any(_proper(w, lex) for w in words):
                yield match.start(1), match.end(1), "LOCATION", 0.65
    if _LITTLE_NAME.search(text):
        for match in _LITTLE_QUARTER.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.65


def _proper(word: str, lex: Lexicons) -> bool:
    return (
        word not in STOP_WORDS
        and word not in NOT_NAME_WORDS
        and word not in lex.everyday_words
        and word not in lex.not_phi_places
        and (name_like(word, lex) or word in lex.places)
    )
