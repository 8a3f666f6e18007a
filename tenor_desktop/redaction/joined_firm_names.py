"""Firms and hospitals named by two capitalised names joined by "and": "a partner at Ropes and
Gray", "the D&C at Brigham and Women's on October 30th", "she works at Skadden & Arps".

Law firms, hospitals and shops are often two founders' names with "and" between them and no
head word for the facility rules to find. After "at", "from" or "with", two capitalised words
joined by "and" (or "&") and followed by a pause or a small word are taken as one place, unless
either word is a given name ("at Jake and Emily's" is a couple's home, names for the name
rules), a family word, a month, a day, a holiday, a brand or a chain.

Runs on spoken-normalised text (capitals kept); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, ROLE_WORDS, TITLE_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS
from tenor_desktop.redaction.place_shapes import CHAINS

_JOINED = re.compile(
    r"\b(?:at|from|with)\s+([A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+(?:'s)?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:on|in|for|since|and|but|is|was|where|downtown|last|next)\b)",
    re.MULTILINE,
)
_CALENDAR = frozenset(
    "sister brother aunt uncle cousin son daughter wife husband mother father"
    " january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving"
    " halloween hanukkah passover ramadan".split()
)


def find_joined_firm_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Two capitalised names joined by "and" after a place preposition (module docstring)."""
    if " and " not in text and "&" not in text:
        return
    for match in _JOINED.finditer(text):
        words = [w.lower().removesuffix("'s") for w in match.group(1).split()[::2]]
        if any(
            w in lex.first_names
            or w in KIN_WORDS
            or w in ROLE_WORDS
            or w in TITLE_WORDS
            or w in NOT_NAME_WORDS
            or w in _CALENDAR
            or w in lex.not_phi_names
            or w in CHAINS
            for w in words
        ):
            continue
        yield match.start(1), match.end(1), "LOCATION", 0.6
