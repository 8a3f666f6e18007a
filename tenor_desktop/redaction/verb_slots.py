"""A rare word after "my coworker" that takes an object is the verb, not a name.

"my coworker gaslit me", "my manager micromanages everything", "my aunt homeschools her kids":
speech recognition writes new verbs as rare words, and a rare word after a relation looks
like a name ("my coworker delphine"). A name is followed by a verb or a pause; a verb by its
object: a pronoun, an article or a possessive. So a lowercase single word right after a
relation and right before such an object word is no name.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.entity_rules import RELATIONS
from tenor_desktop.redaction.lexicons import Lexicons

_RELATION_BEFORE = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:[a-z]+\s+)?(?:{RELATIONS})\s+$", re.IGNORECASE
)
_OBJECT_AFTER = re.compile(
    r"\s+(?:me|him|her|us|them|the|a|an|my|his|their|our|your|everything|everyone|everybody"
    r"|stuff|things|it)\b"
)


def verb_after_relation(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``text[start:end]`` is a lowercase word between a relation and an object, and
    no listed name ("my friend jess the whole time" keeps its name; "my son read a book" is
    read, a surname of the broad lists that is an everyday word)."""
    word = text[start:end]
    return (
        word.isalpha()
        and word.islower()
        and word not in lex.first_names
        and word not in lex.surnames
        # "my son read a book": a broad-list surname that is an everyday verb is the verb.
        and (word not in lex.broad_names or word in lex.everyday_words)
        and _OBJECT_AFTER.match(text, end) is not None
        and _RELATION_BEFORE.search(text, max(0, start - 40), start) is not None
    )
