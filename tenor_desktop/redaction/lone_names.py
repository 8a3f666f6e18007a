"""A name said alone as a sentence, then spoken of as "he" or "she": "He's on the lacrosse
team. Tanner. He texted me", "Client: rafa. he said it was fine".

Speech names a person in a fragment of its own and goes on about them. Interjections take the
same shape ("Exactly. He said", "Okay. She left"), so the word must be a listed name or a word
no English vocabulary holds, and no role, title, kin, app or place word; nor an adjective
that a name list holds as a surname ("How was it? Short. He's living ...": "shortest" and
"shortly" are words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_context import Hit
from tenor_desktop.redaction.name_words import (
    EVERYDAY_ADVERBS,
    KIN_WORDS,
    NOT_PERSON,
    WEEKDAYS,
    chat_word,
    never_a_name,
)

_LONE = re.compile(
    r"(?:^|[.!?:]\s+)([A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?)\.\s+(?:[Hh]e|[Ss]he)(?:'s|\s+[a-z]{2,})"
)


def find_lone_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names said alone as a sentence before "he"/"she" (see the module docstring)."""
    if ". he" not in text and ". she" not in text and ". He" not in text and ". She" not in text:
        return
    for match in _LONE.finditer(text):
        lower = match.group(1).lower()
        listed = lower in lex.first_names or lower in lex.surnames or lower in lex.broad_names
        unknown = lower not in lex.common_words and lower not in lex.everyday_words
        if not (listed or unknown) or (
            never_a_name(lower, lex)
            or lower in NOT_PERSON
            or lower in KIN_WORDS
            or lower in WEEKDAYS
            or lower in EVERYDAY_ADVERBS
            or chat_word(lower)
            or (lower in lex.places and lower not in lex.first_names)
            or lower + "est" in lex.everyday_words
            or lower + "ly" in lex.everyday_words
        ):
            continue
        yield match.start(1), match.end(1), "NAME", 0.6
