"""Rare words: outside the embedding model's everyday vocabulary, hence likely proper names."""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons

# What follows a name that ends its noun phrase: a preposition, a conjunction or punctuation.
_PHRASE_BREAK = re.compile(
    r"(?:\s+(?:in|from|at|on|and|with|who|to|for|over|about|is|was|from)\b|\s*[.,;!?)]|\s*$)"
)


def rare_word_before_break(text: str, start: int, word: str, lex: Lexicons) -> bool:
    """After a relation word, a rare word ending the phrase is a name: "my aunt ottoline in ...".

    "Rare" is outside the embedding model's everyday vocabulary (which holds "group", "again",
    "though"), so "my friend group in town" stays; medications and verb shapes are excluded.
    """
    return is_rare_word(word, lex) and _PHRASE_BREAK.match(text, start + len(word)) is not None


def is_rare_word(word: str, lex: Lexicons) -> bool:
    """Outside the everyday vocabulary, not a medication, alphabetic, not a verb/adverb shape."""
    lower = word.lower()
    return not (
        not lex.common_words
        or lower in lex.common_words
        or lower in lex.medications
        or len(word) < 3
        or not word.isalpha()
        or lower.endswith(("ing", "ly"))
    )
