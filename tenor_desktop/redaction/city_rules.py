"""Towns and cities of the world after place words: "we moved to krakow", "they're from cebu".

The broad city list (derived from Faker's address data, see derive_broad_names.py) holds many
everyday words too ("nice", "split", "most"), so a city from it counts only in a strong place
slot: after a verb of moving, living or origin, or, for names of two or more words, after any
place preposition ("in san pedro sula"). Rare single words after a place preposition are found
by :mod:`place_rules` already. Runs on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

_WORDS = re.compile(r"[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}")
# Matched on lowercased text (see speech_names.lower_same_length).
_STRONG = re.compile(
    r"\b(?:(?:moved|move|moving|relocated|flew|fly|flying|drove|driving|trip|ticket|flight"
    r"|deported|sent\s+back|went\s+back|going\s+back|go\s+back)\s+(?:to|into)|(?:born|raised"
    r"|grew\s+up|live|lives|lived|living|stay|stays|stayed|staying|settled)\s+in|(?:i'm|i\s+am"
    r"|we're|he's|she's|they're|are|is|was|were|came|come|comes|family|originally)\s+from"
    r"|back\s+home\s+in|hometown\s+(?:is|of))\s+$"
)
_PLACE_WORD = re.compile(
    r"\b(?:in|from|near|outside|of|around|to|into|visiting|visit|is)\s+([a-z][a-z'-]*)"
)


def find_cities(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Cities of the broad list in strong place slots (see the module docstring)."""
    if not lex.broad_cities:
        return
    low = lower_same_length(text)
    for match in _PLACE_WORD.finditer(low):
        if match.group(1) not in lex.broad_city_heads:
            continue
        start = match.start(1)
        strong = _STRONG.search(low[max(0, start - 30) : start]) is not None
        phrase = _WORDS.match(low, start)
        if phrase is None or (not strong and match.group().split()[0] in ("of", "is")):
            continue
        words = phrase.group().split()
        for length in range(min(4, len(words)), 0, -1):
            candidate = " ".join(words[:length]).rstrip(".")
            if candidate not in lex.broad_cities:
                continue
            if length == 1 and (
                not strong or candidate in NOT_NAME_WORDS or candidate in STOP_WORDS
            ):
                break
            if candidate in lex.not_phi_places:
                break
            yield start, start + len(candidate), "LOCATION", 0.65
            break
