"""Lowercase words that read as a name and as nothing else, wherever they stand: "ximena".

Most name rules need a person slot because transcripts lose capitals and many names are
everyday words ("will", "summer", "beer"). A word of the given-name or surname lists that is
no everyday word and no proper word everyone says (:func:`name_words.is_name_like`, decided
from SCOWL) needs no slot: it is redacted in any position. Places, apps and medications that
share a name's spelling are left to their own rules.

Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON, is_name_like, never_a_name

# A whole lowercase word: not part of an e-mail address, a handle, a path or a hyphenated word.
_LOWER_WORD = re.compile(r"(?<![\w'@./-])[a-z]{3,}(?![\w@/-])")


def find_listed_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Listed given names and surnames that no everyday word spells (see the module docstring)."""
    names = _names_of(lex)
    # One C-level scan finds whether any is present (most segments hold none).
    if names.isdisjoint(_LOWER_WORD.findall(text)):
        return
    for match in _LOWER_WORD.finditer(text):
        if match.group() in names:
            yield match.start(), match.end(), "NAME", 0.55


# The set depends on the lexicons alone; keyed by identity (hashing them would read every list).
_NAMES_CACHE: dict[int, tuple[Lexicons, frozenset[str]]] = {}


def _names_of(lex: Lexicons) -> frozenset[str]:
    cached = _NAMES_CACHE.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    listed = lex.first_names | lex.broad_names | lex.surnames
    names = frozenset(
        word
        for word in listed
        if len(word) >= 3
        and word.isascii()
        and word.isalpha()
        and is_name_like(word, lex)
        and word not in lex.places
        and word not in lex.broad_cities
        and word not in NOT_PERSON
        and not never_a_name(word, lex)
    )
    _NAMES_CACHE[id(lex)] = (lex, names)
    return names
