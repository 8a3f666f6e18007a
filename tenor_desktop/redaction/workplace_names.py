"""Workplaces, clinics and schools said lowercase by a proper name and a kind word after "at":
"i'm a cna at kessler rehab", "he works at holloway industries", "she's at meridian health".

Without an article, "at" and a name that is no everyday word start a place's name; the word
after it must be one a business or facility is named with ("rehab", "industries", "health"),
so "laughed at kevin and" and "at walmart" stay as they are (chains alone locate nobody).

Runs on spoken-normalised, lowercased text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import FACILITY_HEADS, TWO_WORD_HEADS, head_pattern
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON
from tenor_desktop.redaction.place_shapes import CHAINS, name_like

# Words that end a workplace's or a home's name after "at <name>": every facility head, and
# words of buildings, sites and homes ("at kessler house", "at brookside plaza").
_WORKPLACE_HEADS = (
    FACILITY_HEADS
    | TWO_WORD_HEADS
    | frozenset(
        "county family hall house mall mill place plant plaza point power ridge warehouse".split()
    )
)
_AT_NAME_KIND = re.compile(
    r"(?<![\w'-])at\s+([a-z][a-z'-]+)\s+((?:[a-z][a-z'-]+\s+)?"
    rf"(?:{head_pattern(_WORKPLACE_HEADS)}))\b"
)


# Two name words after "at" ("at kessler marsh", "at dunmore teague"): a place, unless the
# first is a given name (then a person: "mad at kevin brooks").
_AT_TWO_NAMES = re.compile(
    r"(?<![\w'-])at\s+([a-z][a-z-]{2,})\s+([a-z][a-z-]{2,})"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|on|for|since|now|when|because|so|with|as|until)\b)",
    re.MULTILINE,
)


def find_named_workplaces(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Places of the shape in the module docstring (``text`` is lowercased)."""
    if "at " not in text:
        return
    for match in _AT_NAME_KIND.finditer(text):
        name = match.group(1)
        if (
            name in STOP_WORDS
            or name in NOT_NAME_WORDS
            or name in NOT_PERSON
            or name in CHAINS
            or name in lex.everyday_words
            or name in lex.not_phi_names
            or name in lex.not_phi_places
            or name in lex.medications
            or name.endswith("'s")
            or not (name_like(name, lex) or name in lex.places or name in lex.broad_cities)
            or any(w in STOP_WORDS for w in match.group(2).split()[:-1])
        ):
            continue
        yield match.start(1), match.end(2), "LOCATION", 0.6
    for match in _AT_TWO_NAMES.finditer(text):
        first, second = match.group(1), match.group(2)
        if (
            first in lex.first_names
            or f"{first} {second}" in lex.not_phi_names
            or not (unusual_name(first, lex) and unusual_name(second, lex))
        ):
            continue
        yield match.start(1), match.end(2), "LOCATION", 0.55


def unusual_name(word: str, lex: Lexicons) -> bool:
    """A word no one uses as everyday English, and no brand, app or chain."""
    return not (
        word in lex.everyday_words
        or word in STOP_WORDS
        or word in NOT_NAME_WORDS
        or word in NOT_PERSON
        or word in CHAINS
        or word in lex.not_phi_names
        or word in lex.not_phi_places
        or word in lex.medications
    ) and (name_like(word, lex) or word in lex.places or word in lex.broad_cities)
