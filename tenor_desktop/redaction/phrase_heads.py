"""Everyday nouns that end a noun phrase: "a rehab center and I", "hookup apps and I".

A person slot read backwards from its tail ("X and I") takes the word before the tail. When
that word closes a noun phrase opened by a determiner a word or two earlier ("a lab tech",
"three different hookup apps", "her paperwork notarized"), is an everyday English word that
no name list holds ("questions about puberty"), or runs two everyday words together
("daycare", "storyline"), it is a thing, not a person. A determiner followed by a person noun
("my coworker tamsin and I", "the girl paisley and I") or a naming cue keeps the slot.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.entity_rules import RELATIONS, STOP_WORDS, TITLE_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_compound

# A determiner, possessive or count, then one or two words, then the word read as the slot.
_OPENED_PHRASE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|my|your|his|her|our|their|some|any|every|each"
    r"|another|no|two|three|four|five|six|seven|eight|nine|ten|several|many|few)"
    r"((?:\s+[a-z]+){1,2})\s+$"
)
# Nouns for a person, and cues that name one: after them the next word may be the name.
_PERSON_NOUN = re.compile(
    rf"(?:{RELATIONS}|girl|guy|boy|woman|man|lady|kid|person|dude|named|called|name)s?"
)


def everyday_phrase_head(low: str, start: int, word: str, lex: Lexicons) -> bool:
    """Whether ``word`` (lowercase, at ``start`` of ``low``) ends an everyday noun phrase."""
    if word in lex.first_names or word in lex.surnames or word in lex.broad_names:
        return False
    if word in lex.everyday_words or is_compound(word, lex, first=3, second=4):
        return True
    opened = _OPENED_PHRASE.search(low, max(0, start - 40), start)
    if opened is None:
        return False
    return not any(
        _PERSON_NOUN.fullmatch(part)
        or part in TITLE_WORDS
        or part in STOP_WORDS  # the phrase ended: "three days in vegas and I"
        or part in lex.first_names
        for part in opened.group(1).split()
    )
