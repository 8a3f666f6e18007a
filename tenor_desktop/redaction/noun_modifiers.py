"""Words before a lowercase given name that make it the everyday noun it also is.

"study criminal justice", "the closet rod", "a fake charity": a given name that is an everyday
English word, after an adjective or after an article and a modifier, is the noun ("rod" the
pole, not Rod). A person's name follows a verb, a preposition or a pause instead ("told rod",
"with charity", "the girl charity"). And a title said right after a subject pronoun is the
verb it also is: "I coach youth soccer", "we nurse the puppies"; after a determiner, before
an everyday word, it is the first half of a noun: "call the nurse line", "a nurse exam", "does
your probation officer test?".
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import ROLE_WORDS, STOP_WORDS, TITLE_WORDS

# Adjective endings of everyday words: "criminal", "poetic", "restorative", "juvenile".
_ADJECTIVE_ENDINGS = ("al", "ic", "tive", "sive", "ous", "ile", "ary")
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ ]$")
_ARTICLE_AND_WORDS = re.compile(
    r"\b(?:a|an|the|this|that|these|those|every|each|some|any|another|no)((?:[ ][a-z]+){1,2})[ ]$"
)
# Nouns for people: after them the next word may be the person's name ("the girl charity").
_PERSON_NOUNS = frozenset("girl guy boy woman man lady kid dude person chick friend".split())
_SUBJECT_PRONOUN = re.compile(r"\b(?:i|we|you|they|he|she)[ ]$", re.IGNORECASE)


def _adjective(word: str, lex: Lexicons) -> bool:
    return (
        len(word) >= 6
        and word.endswith(_ADJECTIVE_ENDINGS)
        and not word.endswith("eal")  # "reveal", "appeal": verbs
        and word in lex.everyday_words
    )


def modified_noun(text: str, start: int, lower: str, lex: Lexicons) -> bool:
    """Whether the lowercase given name ``lower`` at ``start`` is an everyday noun there."""
    if lower not in lex.everyday_words:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    if not _modifier(before.group(1), lex):
        return False
    if _adjective(before.group(1), lex):
        return True  # "criminal justice"
    # "the closet rod", "a new fishing rod"
    opened = _ARTICLE_AND_WORDS.search(text, max(0, start - 40), start)
    return opened is not None and all(_modifier(word, lex) for word in opened.group(1).split())


def _modifier(word: str, lex: Lexicons) -> bool:
    """A word that may modify a noun: no function word, title, role, name or person noun."""
    return not (
        word in STOP_WORDS
        or word in TITLE_WORDS
        or word in ROLE_WORDS
        or word in lex.first_names
        or word in lex.surnames
        or word in _PERSON_NOUNS
    )


def title_said_as_verb(text: str, start: int) -> bool:
    """Whether the title at ``start`` follows a subject pronoun: "I coach", "we nurse"."""
    return _SUBJECT_PRONOUN.search(text, max(0, start - 6), start) is not None


# Professional titles that also modify a noun ("nurse line", "officer certification").
_NOUN_TITLES = frozenset(
    "nurse officer doctor detective coach judge captain sergeant professor pastor".split()
)
# The title, after a determiner or an owner and up to two modifiers: "the nurse", "your
# probation officer", "the school resource officer", "dr lindqvist's nurse" (the re-check reads
# "dr [NAME]'s nurse" with the placeholder blanked).
_DETERMINED_TITLE = re.compile(
    r"(?:\b(?:a|an|the|this|that|my|your|his|her|our|their|its)|'s)(?:[ ][a-z]+){0,2}"
    r"[ ]([a-z]+)\.?[ ]$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[a-z]+\b")
# What a person does, said right after the word: "my first sergeant moody says".
_PERSON_VERB_AFTER = re.compile(
    r"\s+(?:says|said|told|tells|asked|asks|wants|wanted|thinks|thought|called|calls|texted)\b"
)


def title_said_as_modifier(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the title cue ending at ``end`` begins a noun ("their nurse line is 816...").

    It does after a determiner, before a lowercase everyday word that no given-name or surname
    list holds and that does nothing a person does next ("the nurse abena", "the officer wood"
    and "my first sergeant moody says" are people).
    """
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group()
    if word not in lex.everyday_words or word in lex.first_names or word in lex.surnames:
        return False
    if _PERSON_VERB_AFTER.match(text, after.end()):
        return False
    title = _DETERMINED_TITLE.search(text, max(0, end - 50), end)
    return title is not None and title.group(1).lower() in _NOUN_TITLES
