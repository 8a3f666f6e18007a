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
    """Outside the everyday vocabulary, not a medication, alphabetic, not a verb/adverb shape.

    Inflections and derivations of everyday words ("cravings", "insurer", "unsee", "maxed")
    are everyday words too.
    """
    lower = word.lower()
    return not (
        not lex.common_words
        or lower in lex.common_words
        or lower in lex.medications
        or len(word) < 3
        or not word.isalpha()
        or lower.endswith(("ing", "ly"))
        or _derived_from_common(lower, lex.common_words)
    )


_SUFFIXES = (
    ("ings", ""), ("ings", "e"), ("ers", ""), ("ers", "e"), ("ies", "y"), ("es", ""), ("s", ""),
    ("ed", ""), ("ed", "e"), ("d", ""), ("er", ""), ("er", "e"), ("r", ""), ("or", ""),
    ("able", ""), ("able", "e"), ("ness", ""), ("ment", ""), ("less", ""), ("ful", ""),
    ("ance", ""), ("ence", ""), ("ity", ""), ("ist", ""), ("ism", ""), ("y", ""), ("ies", "y"),
)  # fmt: skip
_PREFIXES = ("un", "re", "dis", "mis", "over", "under", "non", "pre", "out")


def _derived_from_common(lower: str, common: frozenset[str]) -> bool:
    for suffix, restore in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: len(lower) - len(suffix)] + restore
            if stem in common:
                return True
            if stem[-1:] == stem[-2:-1] and stem[:-1] in common:  # "stopped" -> "stop"
                return True
    for prefix in _PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 3:
            if rest in common or _derived_from_common(rest, common):
                return True
    return False


def is_compound(word: str, lex: Lexicons, first: int = 3, second: int = 2) -> bool:
    """Two everyday words run together ("labmate", "daycare", "login"): a word, not a name.

    The first part has at least ``first`` letters and the second at least ``second``.
    """
    return any(
        word[:i] in lex.common_words and word[i:] in lex.common_words
        for i in range(first, len(word) - second + 1)
    )
