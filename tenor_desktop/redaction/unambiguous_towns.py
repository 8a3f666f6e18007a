"""A listed town said with no cue at all: "long. amarillo to joliet and back", "tulsa was
hard on him".

Most listed places need a preposition or a capital before they are taken, since many are
everyday words, given names or surnames ("hope", "austin", "jackson"). A listed town of five
or more letters that is none of those reads as the town wherever it is said. What else such
a word can be is a truck ("his white tacoma"), a tobacco ("bringing copenhagen"), a language
("my english") or a race ("the boston marathon"): a word before it that owns or describes a
thing, or a noun after it that names an event or a product, leaves it alone.

Runs inside :func:`town_rules.find_lexicon_places`, which walks the listed places.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_NAME_WORDS, STOP_WORDS

# Listed towns that are English words the everyday list lacks: languages SCOWL writes only
# capitalised, and the British "centre" (the list reads SCOWL's neutral and American spellings,
# so "honor", "candor", "center", "french" and "polish" are everyday words there).
_NOT_TOWNS = frozenset("centre english spanish german dutch irish".split())
_THING_BEFORE = re.compile(
    r"(?:\b(?:my|your|his|her|our|their|its|a|an|the|old|new|white|black|silver|red|blue|gray"
    r"|grey|green|used|little|some)\s+)$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:marathon|accent|language|tobacco|dip|truck|pickup|plate|class|lessons|bombing"
    r"|massacre|game|team|fans|jersey|style|cream|sauce)\b",
    re.IGNORECASE,
)


def unambiguous_town(text: str, start: int, end: int, key: str, lex: Lexicons) -> bool:
    """Whether the one-word listed place ``key`` at ``text[start:end]`` is a town by itself."""
    if (
        len(key) < 5
        or " " in key
        or key in _NOT_TOWNS
        or key in lex.everyday_words
        or key in lex.first_names
        or key in lex.surnames
        or key in lex.ambiguous_names
        or key in STOP_WORDS
        or key in NOT_NAME_WORDS
    ):
        return False
    if _THING_BEFORE.search(text, max(0, start - 10), start):
        return False
    return _EVENT_AFTER.match(text, end) is None
